/**
 * Issue 17, the PII scan: a register whose clients carry NIKs in every odd form (separators,
 * 15 and 17 digits, full-width and Arabic-Indic digits, zero-width characters) and whose every
 * free-text field (every string field of the register schema without a fixed list or format)
 * holds a NIK and the client's name. Every command runs over it in every format; everything it
 * writes — stdout, stderr and each file (docx/xlsx unzipped) — is searched: no full NIK anywhere
 * (nor its hidden middle digits), and no client name in the annual report or its messages.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { stringify } from 'yaml';
import { KASUS_SCHEMA } from '../../src/model/register-schema.js';
import { jalankan } from '../helpers/cli.js';
import { ROOT } from '../corpus/make-corpus.js';
import { NIK_ANEH } from './nik-aneh.js';

const TANGGAL = '2026-11-25';
const NAMA = ['Sulastri Wibisono', 'Bambang Kusumadewa', 'Theresia Manurung', 'Ahmad Fauzan Lubis'];
const NIK = ['3273014507950001', '3204126612080003', '3171011203100005', '1271054408990007'];
/** The way each NIK is typed in the fields, rotating through the odd forms. */
const bentuk = (nik: string, i: number): string => {
  const f = NIK_ANEH[i % NIK_ANEH.length]!;
  // Carry the form of the sample (separators, digits, invisible characters) over to this NIK.
  let j = 0;
  return Array.from(f)
    .map((ch) =>
      /\p{Nd}/u.test(ch) || /[\u{1d7ce}-\u{1d7ff}]/u.test(ch) ? mapDigit(ch, nik[j++] ?? '') : ch,
    )
    .join('');
};
function mapDigit(ch: string, d: string): string {
  if (d === '') return '';
  const cp = ch.codePointAt(0)!;
  if (cp >= 0xff10 && cp <= 0xff19) return String.fromCharCode(0xff10 + Number(d));
  if (cp >= 0x660 && cp <= 0x669) return String.fromCharCode(0x660 + Number(d));
  if (cp >= 0x1d7ce && cp <= 0x1d7ff) return String.fromCodePoint(0x1d7ce + Number(d));
  return d;
}

/** Paths of the free-text fields of a case (string, no list of values, no format). */
function teksBebas(s: Record<string, unknown>, p: string[] = [], out: string[][] = []) {
  if (s.type === 'string' && !s.enum && !s.format && !s.pattern) out.push(p);
  const props = s.properties as Record<string, Record<string, unknown>> | undefined;
  if (props) for (const [k, v] of Object.entries(props)) teksBebas(v, [...p, k], out);
  if (s.items && typeof s.items === 'object')
    teksBebas(s.items as Record<string, unknown>, [...p, '0'], out);
  return out;
}

function isi(obj: Record<string, unknown>, p: string[], v: string): void {
  let o: Record<string, unknown> = obj;
  for (let i = 0; i < p.length - 1; i++) {
    const k = p[i]!;
    const next = p[i + 1] === '0' ? [] : {};
    if (o[k] === undefined) o[k] = next;
    o = (Array.isArray(o[k]) ? ((o[k] as unknown[])[0] ??= {}) : o[k]) as Record<string, unknown>;
  }
  o[p[p.length - 1]!] = v;
}

function register(): string {
  const bebas = teksBebas(KASUS_SCHEMA as unknown as Record<string, unknown>).filter(
    (p) => p[0] !== 'nomor',
  );
  const kasus = NAMA.map((nama, i) => {
    const k: Record<string, unknown> = {
      // One register number typed as a NIK (it shows in the trace workbook).
      nomor: i === 2 ? bentuk(NIK[i]!, 1) : `PII-2026-00${i + 1}`,
      layanan: i % 2 ? 'rehabilitasi' : 'perlindungan',
      status: i === 3 ? 'dirujuk' : 'aktif',
      klien: { jenis: 'individu', jenisKelamin: i % 2 ? 'L' : 'P', tanggalLahir: '2010-01-01' },
      tahapan: {
        pendekatanAwal: { tanggal: '2026-02-01', kesepakatan: '2026-02-03' },
        asesmen: { tanggal: '2026-02-10' },
        ...(i === 3 ? { rujukan: { tanggal: '2026-06-01' } } : {}),
      },
      kegiatan: [{ tanggal: '2026-02-10', kegiatan: 'pengumpulan-data' }],
      pengaduan: [{ tanggal: '2026-03-01', jenis: 'komentar-saran', saluran: 'kotak-pengaduan' }],
    };
    bebas.forEach((p, j) => isi(k, p, `${nama} NIK ${bentuk(NIK[i]!, i + j)}`));
    (k.klien as Record<string, unknown>).nama = nama;
    (k.klien as Record<string, unknown>).nik = bentuk(NIK[i]!, i);
    return k;
  });
  return stringify({ kasus }, { lineWidth: 0 });
}

/** All text of an output: plain files as they are, docx/xlsx as the XML of their parts. */
async function teksBerkas(f: string): Promise<string> {
  const data = readFileSync(f);
  if (!/\.(docx|xlsx)$/i.test(f)) return data.toString('utf8');
  const zip = await JSZip.loadAsync(data);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((z) => !z.dir && /\.(xml|rels)$/.test(z.name))
      .map((z) => z.async('string')),
  );
  // Excel/Word split text into runs and escape it: join the runs' text.
  return parts
    .join('\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&');
}

/** Digits normalised (any Unicode digit, invisible characters and separators between digits gone). */
function normal(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, (d) => {
      const cp = d.codePointAt(0)!;
      let z = cp;
      while (/\p{Nd}/u.test(String.fromCodePoint(z - 1))) z--;
      return String((cp - z) % 10);
    })
    .replace(/[\p{Cf}\p{Mn}]/gu, '')
    .replace(/(?<=\d)[\p{Zs}\t.\-\u2010-\u2015\u2212]{1,3}(?=\d)/gu, '');
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

describe('PII scan over every output of every command (issue 17)', () => {
  it('finds no full NIK anywhere and no client name in the report', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'pii-'));
    const dir = path.join(base, 'lembaga');
    mkdirSync(path.join(dir, 'register'), { recursive: true });
    writeFileSync(
      path.join(dir, 'lembaga.yaml'),
      readFileSync(path.join(ROOT, 'examples', 'lks-harapan-bunda', 'lembaga.yaml')),
    );
    const reg = register();
    writeFileSync(path.join(dir, 'register', 'register-2026.yaml'), reg);
    // The search can fail: the input holds every NIK and name, in odd forms.
    for (const n of NIK) expect(normal(reg)).toContain(n);
    expect(reg).toContain('\u200b');

    const out = (s: string) => path.join(base, 'keluaran', s);
    const laporan = (f: string, extra: string[] = []) => [
      'laporan',
      dir,
      '--tahun',
      '2026',
      '--tanggal',
      TANGGAL,
      '--format',
      f,
      '-o',
      out(`lap-${f}${extra.join('')}/`),
      ...extra,
    ];
    const runs: { args: string[]; laporan: boolean }[] = [
      ...['teks', 'json', 'sarif', 'markdown'].map((f) => ({
        args: ['validasi', dir, '--tanggal', TANGGAL, '--format', f],
        laporan: false,
      })),
      ...['docx', 'xlsx', 'markdown', 'json'].flatMap((f) => [
        { args: laporan(f), laporan: true },
        { args: laporan(f, ['--publik']), laporan: true },
      ]),
      { args: [...laporan('json', ['--jejak']), '--timpa'], laporan: true },
      {
        args: ['laporan', dir, '--tahun', '2026', '--tanggal', TANGGAL, '--format', 'json'],
        laporan: true,
      },
      { args: ['register', dir, '--tahun', '2026', '-o', out('buku/')], laporan: false },
      { args: ['tarif', dir, '--tahun', '2026', '-o', out('tarif/')], laporan: false },
      { args: ['sop', dir, '--format', 'markdown', '-o', out('sop/')], laporan: false },
      { args: ['angka-kredit', dir], laporan: false },
    ];
    const bocor: string[] = [];
    const periksa = (asal: string, teks: string, nama: boolean) => {
      const n = normal(teks);
      for (const nik of NIK) {
        if (n.includes(nik))
          bocor.push(
            `${asal}: full NIK ${nik} in …${n.slice(Math.max(0, n.indexOf(nik) - 80), n.indexOf(nik) + 20)}`,
          );
        else if (n.includes(nik.slice(4, 12))) bocor.push(`${asal}: middle of NIK ${nik}`);
      }
      if (nama) for (const x of NAMA) if (teks.includes(x)) bocor.push(`${asal}: name ${x}`);
    };
    for (const r of runs) {
      const before = new Set(walk(base));
      const res = await jalankan(r.args, base);
      expect(res.stderr, r.args.join(' ')).not.toMatch(/galat internal/i);
      periksa(`${r.args[0]} ${r.args.slice(-2).join(' ')} stdout`, res.stdout, r.laporan);
      periksa(`${r.args.join(' ')} stderr`, res.stderr, r.laporan);
      for (const f of walk(base).filter((x) => !before.has(x)))
        periksa(path.relative(base, f), await teksBerkas(f), r.laporan);
    }
    rmSync(base, { recursive: true, force: true });
    expect(bocor).toEqual([]);
  }, 120_000);
});
