/**
 * Issue 9, part 1: every command that reads files, over the whole bad-input
 * corpus, through the built binary. Each case: exit 1 or 2 (never 0 for a file
 * the command reads, never a crash or a signal), an Indonesian message that
 * names the file, no stack trace, within a time bound; the zip bombs and the
 * million-row sheet with a 512 MB heap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeCorpus, type CorpusCase } from '../corpus/make-corpus.js';
import {
  MEMBACA,
  STACK,
  argsFor,
  folderFor,
  lembagaAsync,
  namaBerkas,
  type Hasil,
  type Perintah,
} from './harness.js';

/** Inputs that are odd but valid: the command may succeed, it must only not break. */
const SAH = new Set(['csv-utf16le', 'csv-utf16be', 'csv-win1252']);
/** A word every Indonesian message of ours carries one of. */
const INDONESIA =
  /berkas|galat|tidak|baris|lembar|kosong|kunci|masalah|bukan|rusak|batas|kasus|ditolak|judul/i;
const BIG_ROWS = 1_048_576;

let base = '';
let corpus: CorpusCase[] = [];
const hasil = new Map<string, Hasil>();
const key = (cmd: string, c: CorpusCase) => `${cmd} ${c.id}`;

/** Run `jobs` with at most `n` child processes at a time (two cores: two to three). */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

beforeAll(async () => {
  base = mkdtempSync(path.join(os.tmpdir(), 'lembaga korpus '));
  corpus = await makeCorpus(path.join(base, 'korpus'), { bigRows: BIG_ROWS });
  const jobs: (() => Promise<void>)[] = [];
  for (const c of corpus) {
    const { folder } = folderFor(c, base);
    for (const cmd of Object.keys(MEMBACA) as Perintah[]) {
      if (!MEMBACA[cmd].includes(c.role)) continue;
      // The big sheet and the bombs: the commands that open workbooks, on a bounded heap.
      jobs.push(async () => {
        const r = await lembagaAsync(argsFor(cmd, c, folder), base, {
          timeout: c.heavy ? 60_000 : 30_000,
          env: c.heavy
            ? {
                NODE_OPTIONS: '--max-old-space-size=512',
                // A streamed import's own limit is 10 000 000 rows (ALIR_LIMITS): the million-row
                // sheet is refused by a limit set below it, as a user would set it.
                ...(cmd === 'impor' && c.id === `xlsx-${BIG_ROWS}-baris`
                  ? { LEMBAGA_MAKS_BARIS: '1000000' }
                  : {}),
              }
            : {},
        });
        hasil.set(key(cmd, c), r);
      });
    }
  }
  await pool(jobs, Math.max(2, Math.min(3, os.availableParallelism())));
}, 300_000);

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

describe('the bad-input corpus, every command (bin/lembaga)', () => {
  it('covers what issue 9 lists', () => {
    const ids = corpus.map((c) => c.id);
    for (const want of [
      'yaml-rusak',
      'yaml-kosong-0',
      'yaml-biner',
      'yaml-alias-bom',
      'yaml-yaml11',
      'yaml-kunci-ganda',
      'register-nik-angka',
      'xls-ole',
      'ods',
      'csv-as-xlsx',
      'xlsx-0',
      'zip-bom',
      'xlsx-sel-aneh',
      'xlsx-judul-gabung',
      'xlsx-lembar-tersembunyi',
      `xlsx-${BIG_ROWS}-baris`,
      'csv-win1252',
      'csv-utf16le',
    ])
      expect(ids).toContain(want);
    expect(hasil.size).toBeGreaterThan(100);
  });

  it('no case crashes, hangs or prints a stack trace', () => {
    const bad: string[] = [];
    for (const [k, r] of hasil) {
      const all = r.stdout + r.stderr;
      if (r.signal || r.status === null || ![0, 1, 2].includes(r.status))
        bad.push(`${k}: status ${r.status} signal ${r.signal}\n${all.slice(-400)}`);
      else if (STACK.test(all)) bad.push(`${k}: stack trace\n${all.slice(0, 600)}`);
      else if (/galat internal|internal error/i.test(all))
        bad.push(`${k}: internal error\n${all.slice(0, 600)}`);
    }
    expect(bad, bad.join('\n\n')).toEqual([]);
  });

  it('a file the command reads and cannot use ends in exit 1 or 2, with a message naming it', () => {
    const bad: string[] = [];
    for (const c of corpus) {
      if (SAH.has(c.id)) continue;
      for (const cmd of Object.keys(MEMBACA) as Perintah[]) {
        const r = hasil.get(key(cmd, c));
        if (!r) continue;
        const all = r.stdout + r.stderr;
        if (r.status !== 1 && r.status !== 2) bad.push(`${cmd} ${c.id}: exit ${r.status}`);
        else if (!all.includes(namaBerkas(c)))
          bad.push(`${cmd} ${c.id}: no mention of ${namaBerkas(c)}\n${all.slice(0, 400)}`);
        else if (!INDONESIA.test(r.stderr + r.stdout))
          bad.push(`${cmd} ${c.id}: no Indonesian message\n${all.slice(0, 400)}`);
      }
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('YAML problems are located (file:line:col) where the parser knows the place', () => {
    for (const id of ['yaml-rusak', 'yaml-kunci-ganda', 'yaml-akar-daftar']) {
      const c = corpus.find((x) => x.id === id)!;
      for (const cmd of ['validasi', 'tarif', 'sop', 'register', 'laporan'] as const) {
        const r = hasil.get(key(cmd, c))!;
        const all = r.stdout + r.stderr;
        // validasi's stylish text puts "line:col" under the file; the others "file:line:col".
        expect(all, `${cmd} ${id}`).toMatch(
          cmd === 'validasi' ? /^\s+\d+:\d+\s+galat/m : /lembaga\.yaml:\d+:\d+: /,
        );
      }
    }
  });

  it('the zip bombs and the million-row sheet are refused by name of the limit, fast, on a 512 MB heap', () => {
    for (const id of ['zip-bom', 'zip-bom-bohong', `xlsx-${BIG_ROWS}-baris`]) {
      const c = corpus.find((x) => x.id === id)!;
      const imp = hasil.get(key('impor', c))!;
      expect(imp.status, imp.stderr).toBe(2);
      expect(imp.ms).toBeLessThan(20_000);
      if (id === 'zip-bom') expect(imp.stderr).toMatch(/LEMBAGA_MAKS_XLSX_MB/);
      if (id.endsWith('baris')) expect(imp.stderr).toMatch(/LEMBAGA_MAKS_BARIS/);
      const val = hasil.get(key('validasi', c))!;
      expect(val.status).toBe(1);
      expect(val.stdout + val.stderr).toContain(c.file);
    }
  });

  it('odd but valid encodings are decoded, not garbled', () => {
    for (const id of SAH) {
      const c = corpus.find((x) => x.id === id)!;
      const r = hasil.get(key('impor', c))!;
      expect([0, 1], `${id}: ${r.stderr}`).toContain(r.status);
    }
    // The Windows-1252 file's accented name survives into the register YAML.
    const w = corpus.find((x) => x.id === 'csv-win1252')!;
    const folder = `LKS Harapan Bunda – Cabang Cipete (${w.id}) Ñ’é`;
    const yaml = path.join(base, folder, 'keluaran', 'impor.yaml');
    expect(existsSync(yaml)).toBe(true);
    expect(readFileSync(yaml, 'utf8')).toContain('André François');
  });
});
