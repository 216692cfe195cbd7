/**
 * Every command's output on both examples, at a fixed date, rendered to plain text and
 * compared with the committed files under __snapshots__/: every text line, JSON value,
 * workbook cell and document paragraph. A refactor that changes what a user gets fails
 * here; an intended change is reviewed in the diff of the snapshot and committed with it
 * (`npx vitest run tests/snapshot -u`).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { jalankan } from '../helpers/cli.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';
import { teksDocx } from '../unit/sop-baca-docx.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'lembaga-snap-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

function sel(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('formula' in v)
      return `=${String(v.formula)} → ${sel((v.result ?? null) as ExcelJS.CellValue)}`;
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    return JSON.stringify(v);
  }
  return `${typeof v === 'number' ? '#' : ''}${String(v)}`;
}

async function teksXlsx(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    out.push(`[${ws.name}]${ws.state === 'visible' ? '' : ` (${ws.state})`}`);
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (c) => {
        const t = sel(c.value);
        if (t !== '') out.push(`${c.address}=${t}`);
      });
    });
  });
  return out.join('\n');
}

async function teksBerkas(file: string): Promise<string> {
  const ext = path.extname(file);
  if (ext === '.xlsx') return teksXlsx(file);
  if (ext === '.docx') return (await teksDocx(readFileSync(file))).teks;
  if (ext === '.png') return `(gambar PNG)`;
  return readFileSync(file, 'utf8');
}

/** Every file under `dir`, sorted, as "== name" followed by its content. */
async function teksFolder(dir: string): Promise<string> {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const parts: string[] = [];
  for (const f of files) parts.push(`== ${path.relative(dir, f)}\n${await teksBerkas(f)}`);
  return parts.join('\n\n');
}

let n = 0;
/** Run the command; its stdout, stderr, exit code and every file it wrote under a fresh folder. */
async function keluaran(args: (out: string) => string[], folder = false): Promise<string> {
  const out = path.join(TMP, `k${n++}`);
  if (folder) mkdirSync(out);
  const r = await jalankan(args(out), EXAMPLES);
  // The output folder is named <OUT>, so one failing test does not renumber every later one.
  const bersih = (s: string) =>
    s.split(out).join('<OUT>').split(TMP).join('<TMP>').split(EXAMPLES).join('<EXAMPLES>');
  let berkas = '';
  try {
    if (statSync(out).isDirectory()) berkas = await teksFolder(out);
    else berkas = `== ${path.basename(out)}\n${await teksBerkas(out)}`;
  } catch {
    berkas = '(tidak ada berkas)';
  }
  return bersih(
    `$ lembaga ${args('<OUT>').join(' ')}\nkode: ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}\n--- berkas\n${berkas}\n`,
  );
}

const T = ['--tanggal', TANGGAL_UJI];
const CONTOH = ['lks-harapan-bunda', 'balai-rehsos-sentosa'] as const;

describe.each(CONTOH)('keluaran setiap perintah: %s', (contoh) => {
  const snap = (nama: string) => `./__snapshots__/${contoh}/${nama}.txt`;
  it('validasi (teks, json, xlsx)', async () => {
    await expect(await keluaran(() => ['validasi', contoh, ...T])).toMatchFileSnapshot(
      snap('validasi-teks'),
    );
    await expect(
      await keluaran(() => ['validasi', contoh, ...T, '--format', 'json']),
    ).toMatchFileSnapshot(snap('validasi-json'));
    await expect(
      await keluaran((o) => ['validasi', contoh, ...T, '--format', 'xlsx', '-o', `${o}.xlsx`]),
    ).toMatchFileSnapshot(snap('validasi-xlsx'));
  });
  it('tarif (teks, xlsx)', async () => {
    await expect(await keluaran(() => ['tarif', contoh])).toMatchFileSnapshot(snap('tarif-teks'));
    await expect(
      await keluaran((o) => ['tarif', contoh, '--format', 'xlsx', '-o', `${o}.xlsx`]),
    ).toMatchFileSnapshot(snap('tarif-xlsx'));
  });
  it('register (buku)', async () => {
    await expect(await keluaran((o) => ['register', contoh, '-o', o], true)).toMatchFileSnapshot(
      snap('register'),
    );
  });
  it('laporan (semua format, publik)', async () => {
    await expect(
      await keluaran((o) => ['laporan', contoh, ...T, '-o', o], true),
    ).toMatchFileSnapshot(snap('laporan'));
    await expect(
      await keluaran(
        (o) => ['laporan', contoh, ...T, '--publik', '--format', 'markdown', '-o', o],
        true,
      ),
    ).toMatchFileSnapshot(snap('laporan-publik'));
  });
  it('sop (markdown, dengan SK)', async () => {
    await expect(
      await keluaran((o) => ['sop', contoh, '--format', 'markdown', '--sk', '-o', o], true),
    ).toMatchFileSnapshot(snap('sop'));
  });
  it('angka-kredit (teks, json)', async () => {
    await expect(await keluaran(() => ['angka-kredit', contoh, ...T])).toMatchFileSnapshot(
      snap('angka-kredit-teks'),
    );
    await expect(
      await keluaran(() => ['angka-kredit', contoh, ...T, '--format', 'json']),
    ).toMatchFileSnapshot(snap('angka-kredit-json'));
  });
});

describe('keluaran perintah tanpa contoh lembaga', () => {
  it('aturan (json)', async () => {
    await expect(await keluaran(() => ['aturan', '--format', 'json'])).toMatchFileSnapshot(
      './__snapshots__/aturan-json.txt',
    );
  });
  it('impor (pratinjau json dari setiap berkas contoh)', async () => {
    const dir = path.join(EXAMPLES, 'impor');
    for (const f of readdirSync(dir)
      .filter((x) => /\.(xlsx|csv)$/.test(x))
      .sort())
      await expect(
        await keluaran(() => ['impor', `impor/${f}`, '--ya', '--format', 'json']),
      ).toMatchFileSnapshot(`./__snapshots__/impor-${f}.txt`);
  });
});
