/**
 * Issue 9, part 2: property-based tests, seeded so a failure reproduces
 * (FUZZ_SEED), sized by FUZZ_RUNS (`npm run fuzz` runs a longer campaign).
 * - random mutations of the examples' YAML never make `validasi`, `tarif` or
 *   `laporan` throw, crash or print a stack;
 * - `impor` accounts for every row: rowsRead = imported + rejected;
 * - a register written to Excel and read back gives the same cases;
 * - CSV/Markdown cells never start a formula.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument, visit, Scalar } from 'yaml';
import { run } from '../../src/cli.js';
import { createT } from '../../src/i18n/index.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { imporBerkas } from '../../src/io/impor/run.js';
import { buildRegisterXlsx, readRegisterXlsxBuffer } from '../../src/io/register-xlsx.js';
import { csvCell } from '../../src/outputs/tarif/render-lain.js';
import { mdCell } from '../../src/outputs/findings/render.js';
import type { Kasus } from '../../src/model/kasus.js';
import { EXAMPLE } from '../corpus/make-corpus.js';
import { STACK, TANGGAL } from './harness.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_125);
const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const runs = (dflt: number) => ({ seed: SEED, numRuns: RUNS > 0 ? RUNS : dflt });
const t = createT('id');

class Capture {
  text = '';
  write(s: string) {
    this.text += s;
    return true;
  }
}

const LEMBAGA_YAML = readFileSync(path.join(EXAMPLE, 'lembaga.yaml'), 'utf8');
const REGISTER_YAML = readFileSync(path.join(EXAMPLE, 'register', 'register-2026.yaml'), 'utf8');

/** One mutation of a YAML document: which node (by index among all), and what to do to it. */
const mutasi = fc.record({
  target: fc.nat(),
  op: fc.constantFrom(
    'hapus',
    'angka',
    'teks-angka',
    'null',
    'daftar',
    'peta',
    'unicode',
    'kontrol',
    'tanggal-tukar',
    'tanggal-rusak',
    'panjang',
    'bool',
  ),
  teks: fc.string({ unit: 'binary', maxLength: 40 }),
  angka: fc.oneof(
    fc.integer(),
    fc.double({ noNaN: false }),
    // eslint-disable-next-line no-loss-of-precision -- on purpose: a Papua NIK typed as a number
    fc.constant(9171012345678901),
    fc.constant(-1),
  ),
});

/** Apply mutations to the YAML text through the document model (so the result still parses). */
function mutate(
  text: string,
  ms: { target: number; op: string; teks: string; angka: number }[],
): string {
  const doc = parseDocument(text);
  for (const m of ms) {
    let i = 0;
    const wanted = m.target;
    visit(doc, {
      Pair(_k, pair) {
        if (i++ !== wanted % 997) return;
        switch (m.op) {
          case 'hapus':
            return visit.REMOVE;
          case 'angka':
            pair.value = new Scalar(m.angka);
            break;
          case 'teks-angka':
            pair.value = new Scalar(String(m.angka));
            break;
          case 'null':
            pair.value = new Scalar(null);
            break;
          case 'daftar':
            pair.value = doc.createNode([m.teks, m.angka]);
            break;
          case 'peta':
            pair.value = doc.createNode({ x: m.teks });
            break;
          case 'unicode':
            pair.value = new Scalar('\u202e\u0301ß漢字😀' + m.teks);
            break;
          case 'kontrol':
            pair.value = new Scalar('\u0000\u0007\u001b[31m' + m.teks);
            break;
          case 'tanggal-tukar':
            pair.value = new Scalar('2026-13-45');
            break;
          case 'tanggal-rusak':
            pair.value = new Scalar('31/02/2024');
            break;
          case 'panjang':
            pair.value = new Scalar(m.teks.repeat(500));
            break;
          case 'bool':
            pair.value = new Scalar(true);
            break;
        }
        return undefined;
      },
    });
  }
  return doc.toString();
}

function tanpaCatatanTahap(k: Kasus): Kasus {
  const c = structuredClone(k) as Kasus & { tahapan?: Record<string, Record<string, unknown>> };
  for (const tahap of Object.values(c.tahapan ?? {}))
    if (tahap && typeof tahap === 'object') delete tahap.catatan;
  return c;
}

async function cli(args: string[], cwd: string) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await run(args, {
    stdout,
    stderr,
    env: { NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
    cwd,
    stdinIsTTY: false,
  });
  return { code, out: stdout.text + stderr.text };
}

describe('properties (fast-check, seed ' + SEED + ')', () => {
  it('mutated lembaga.yaml and register never break validasi, tarif or laporan', async () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'mutasi-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutasi, { minLength: 1, maxLength: 6 }),
        fc.array(mutasi, { minLength: 0, maxLength: 6 }),
        async (mL, mR) => {
          const dir = path.join(base, String(n++));
          mkdirSync(path.join(dir, 'register'), { recursive: true });
          writeFileSync(path.join(dir, 'lembaga.yaml'), mutate(LEMBAGA_YAML, mL));
          writeFileSync(
            path.join(dir, 'register', 'register-2026.yaml'),
            mutate(REGISTER_YAML, mR),
          );
          for (const args of [
            ['validasi', dir, '--tanggal', TANGGAL, '--format', 'json'],
            ['tarif', dir, '--tahun', '2026'],
            ['laporan', dir, '--tahun', '2026', '--tanggal', TANGGAL, '--format', 'json'],
          ]) {
            const r = await cli(args, base);
            expect([0, 1, 2], `${args[0]}: ${r.out.slice(0, 500)}`).toContain(r.code);
            expect(r.out).not.toMatch(STACK);
            expect(r.out, args[0]).not.toMatch(/galat internal/i);
          }
        },
      ),
      runs(15),
    );
  }, 120_000);

  it('raw byte mutations of the YAML never throw in the loader', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
          maxLength: 20,
        }),
        (edits) => {
          const b = Buffer.from(LEMBAGA_YAML);
          for (const e of edits) b[e.at % b.length] = e.byte;
          const src = parseYamlSource(b, 'lembaga.yaml');
          for (const p of src.problems) expect(typeof p.key).toBe('string');
        },
      ),
      runs(200),
    );
  });

  it('impor: rowsRead = imported + rejected, whatever the rows', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-prop-'));
    const sel = fc.oneof(
      fc.constantFrom(
        '',
        'TOTAL',
        '=SUM(A1:A9)',
        '3273064905120002',
        '05/01/2024',
        '2024-13-45',
        'rehabilitasi',
        '-',
        '"',
      ),
      fc.string({ maxLength: 12 }).map((s) => s.replace(/[";\r\n]/g, ' ')),
      fc.integer({ min: 0, max: 99999 }).map(String),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(sel, { minLength: 0, maxLength: 7 }), { minLength: 1, maxLength: 60 }),
        async (rows) => {
          const file = path.join(dir, `r${n++}.csv`);
          const lines = ['No;Nama Klien;NIK;Tgl Masuk;Layanan', ...rows.map((r) => r.join(';'))];
          writeFileSync(file, lines.join('\r\n'));
          let h;
          try {
            h = await imporBerkas(file, { t, staf: null, tahunAcuan: 2026, collect: 'yaml' });
          } catch (e) {
            // Refusing the whole file is allowed, only as a user-facing error.
            expect((e as Error).name).toMatch(/InputError|UsageError/);
            return;
          }
          const s = h.session;
          expect(s.rowsRead).toBe(s.imported + s.rejected);
          expect(s.ditolak.length).toBe(s.rejected);
          expect(h.yaml.length).toBe(s.imported);
        },
      ),
      runs(40),
    );
  }, 120_000);

  it('a register written to Excel and read back gives the same cases', async () => {
    const src = parseYamlSource(
      readFileSync(path.join(EXAMPLE, 'register', 'register-2026.yaml')),
      'r.yaml',
    );
    const contoh = (src.data as { kasus: Kasus[] }).kasus;
    const teks = fc
      .string({ maxLength: 30 })
      .map((s) => s.replace(/[\u0000-\u001f\ud800-\udfff]/g, '').trim());
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(contoh, { minLength: 1 }),
        fc.array(fc.record({ i: fc.nat(), catatan: teks, nama: teks }), { maxLength: 5 }),
        async (pilih, ubah) => {
          const kasus = structuredClone(pilih) as Kasus[];
          for (const u of ubah) {
            const k = kasus[u.i % kasus.length]!;
            if (u.catatan) k.catatan = u.catatan;
            if (u.nama && k.klien) k.klien.nama = u.nama;
          }
          const bytes = await buildRegisterXlsx(kasus, null, {}, t);
          const r = await readRegisterXlsxBuffer(bytes, 'register/r.xlsx', t);
          expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
          // The reader fills the empty lists; a stage's own `catatan` is not a register column
          // (known loss, reported: see the it.fails below).
          const sama = kasus.map((k) => ({
            kegiatan: [],
            pengaduan: [],
            perpanjangan: [],
            ...tanpaCatatanTahap(k),
          }));
          expect(r.kasus.map((k) => k.kasus)).toEqual(sama);
        },
      ),
      runs(15),
    );
  }, 120_000);

  // Known gap found by this property (issue 9 report): tahapan.<tahap>.catatan is not written
  // to the register workbook, so it is lost on a YAML → Excel → YAML trip. Flips when fixed.
  it.fails('a stage note (tahapan.pendekatanAwal.catatan) survives Excel', async () => {
    const k: Kasus = {
      nomor: 'HB-1',
      layanan: 'rehabilitasi',
      status: 'aktif',
      klien: { jenis: 'individu', nama: 'X' },
      tahapan: { pendekatanAwal: { tanggal: '2026-01-05', catatan: 'catatan tahap' } },
    } as Kasus;
    const r = await readRegisterXlsxBuffer(await buildRegisterXlsx([k], null, {}, t), 'r.xlsx', t);
    expect(JSON.stringify(r.kasus[0]!.kasus)).toContain('catatan tahap');
  });

  it('CSV and Markdown cells never start a formula', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => {
        const c = csvCell(s).replace(/^"/, '');
        expect(c).not.toMatch(/^[=+\-@\t\r]/);
        expect(mdCell(s)).not.toMatch(/^[=+\-@\t\r]/);
      }),
      runs(1000),
    );
  });
});
