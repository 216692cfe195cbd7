/**
 * `lembaga laporan` end to end: the built CLI on the fixture folder (a fixed random
 * register of 150 cases). Run `npm run build` first.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURE = path.join(ROOT, 'tests/fixtures/laporan');
const BIN = path.join(ROOT, 'bin/lembaga');
const TAHUN = ['--tahun', '2025', '--tanggal', '2026-01-15'];
/** The fixture register has deliberate input problems: the report is written, exit 1 (docs/kontrak-cli.md). */
const MASALAH = 1;

function lembaga(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('lembaga laporan', () => {
  it('writes Word and Excel by default, then refuses to overwrite without --timpa', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'laporan-e2e-'));
    const r = lembaga(['laporan', FIXTURE, ...TAHUN, '-o', out + path.sep]);
    expect(r.code, r.stderr).toBe(MASALAH);
    expect(readdirSync(out).sort()).toEqual([
      'laporan-tahunan-2025.docx',
      'laporan-tahunan-2025.xlsx',
    ]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Laporan tahun 2025: \d+ kasus dilayani/);
    const again = lembaga(['laporan', FIXTURE, ...TAHUN, '-o', out + path.sep]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--timpa/);
    expect(lembaga(['laporan', FIXTURE, ...TAHUN, '-o', out + path.sep, '--timpa']).code).toBe(
      MASALAH,
    );
    // -o naming one .docx writes that file only, not a second .xlsx the user did not name.
    const satu = mkdtempSync(path.join(os.tmpdir(), 'laporan-e2e-'));
    lembaga(['laporan', FIXTURE, ...TAHUN, '-o', path.join(satu, 'tahunan.docx')]);
    expect(readdirSync(satu)).toEqual(['tahunan.docx']);
  });

  it('prints JSON to stdout alone, with figures that add up', () => {
    const r = lembaga(['laporan', FIXTURE, ...TAHUN, '--format', 'json']);
    expect(r.code, r.stderr).toBe(MASALAH);
    const j = JSON.parse(r.stdout) as {
      tahun: number;
      tabel: {
        id: string;
        jenis: string;
        kolom: string[];
        baris: { key: string; nilai: Record<string, number> }[];
      }[];
    };
    expect(j.tahun).toBe(2025);
    for (const tb of j.tabel.filter((x) => x.jenis === 'rincian')) {
      const total = tb.baris.find((b) => b.key === 'total')!;
      for (const k of tb.kolom)
        expect(
          tb.baris.filter((b) => b.key !== 'total').reduce((a, b) => a + b.nilai[k]!, 0),
          `${tb.id}/${k}`,
        ).toBe(total.nilai[k]);
    }
  });

  it('--publik --jejak: suppressed public report and an internal trace workbook', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'laporan-e2e-'));
    const r = lembaga([
      'laporan',
      FIXTURE,
      ...TAHUN,
      '--format',
      'markdown',
      '--publik',
      '--jejak',
      '-o',
      path.join(out, 'lap.md'),
    ]);
    expect(r.code, r.stderr).toBe(MASALAH);
    const md = readFileSync(path.join(out, 'lap.md'), 'utf8');
    expect(md).toContain('< 5');
    expect(md).toContain('Versi publik');
    expect(existsSync(path.join(out, 'lap-grafik-bulan.png'))).toBe(true);
    const reg = readFileSync(path.join(FIXTURE, 'register/kasus.yaml'), 'utf8');
    for (const m of reg.matchAll(/nama: "([^"]+)"|nik: "(\d+)"|alamat: "([^"]+)"/g))
      expect(md.includes(m[1] ?? m[2] ?? m[3]!)).toBe(false);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'lap-jejak-INTERNAL.xlsx'));
    for (const ws of wb.worksheets)
      expect(ws.getCell('A1').value).toBe('INTERNAL — berisi nomor register');
  });

  it('rejects a bad year and a year that has not started (exit 2)', () => {
    expect(lembaga(['laporan', FIXTURE, '--tahun', '25']).code).toBe(2);
    const r = lembaga([
      'laporan',
      FIXTURE,
      '--tahun',
      '2030',
      '--tanggal',
      '2026-01-15',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/belum dimulai/);
    expect(r.stderr).not.toMatch(/at .*\.js/);
  });
});
