/**
 * Issue 16: a canonical register read case by case gives exactly what a whole read gives — the
 * same cases, the same places (Sheet!Cell of every child row) and the same findings — and a
 * workbook that cannot stream (child rows out of order, a sheet that breaks) is read whole.
 */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import {
  alirRegisterXlsx,
  readRegisterXlsx,
  readRegisterXlsxBuffer,
  type LoadedRegister,
} from '../../src/io/register-xlsx.js';
import { kelompokkanMasukan, loadKelompok, loadRegisterFile } from '../../src/io/load-folder.js';
import type { KasusTerdaftar } from '../../src/standards/rule.js';
import { handXlsx, textRow } from './xlsx-reader-zip.js';
import type { Kasus } from '../../src/model/kasus.js';
import { createT } from '../../src/i18n/index.js';
import { EXAMPLES } from '../helpers/examples.js';

const t = createT('id');
const BALAI = path.join(EXAMPLES, 'balai-rehsos-sentosa/register/register-2026.xlsx');

/** Every place a finding can point at in a case: the case row and each child row. */
function tempat(reg: LoadedRegister, k: KasusTerdaftar): string[] {
  const out = [JSON.stringify(reg.locator.locate(`${k.pointer}/nomor`))];
  for (const arr of ['kegiatan', 'pengaduan', 'supervisi'] as const)
    (k.kasus[arr] ?? []).forEach((_, j) =>
      out.push(JSON.stringify(reg.locator.locate(`${k.pointer}/${arr}/${j}/tanggal`))),
    );
  return out;
}

interface Hasil {
  kasus: Kasus[];
  tempat: string[];
  masalah: string[];
}

const masalah = (reg: LoadedRegister) => reg.problems.map((p) => JSON.stringify(p)).sort();

async function utuh(src: string | Uint8Array): Promise<Hasil> {
  const reg =
    typeof src === 'string'
      ? await readRegisterXlsx(src, 'r.xlsx', t)
      : await readRegisterXlsxBuffer(src, 'r.xlsx', t);
  return {
    kasus: reg.kasus.map((k) => k.kasus),
    tempat: reg.kasus.flatMap((k) => tempat(reg, k)),
    masalah: masalah(reg),
  };
}

/** Streamed: the places are taken while each window is handed on (its child rows go after). */
async function alir(src: string | Uint8Array, jendela: number) {
  const kasus: Kasus[] = [];
  const tmp: string[] = [];
  const a = await alirRegisterXlsx(
    src,
    'r.xlsx',
    t,
    (batch, reg) => {
      for (const k of batch) {
        kasus.push(k.kasus);
        tmp.push(...tempat(reg, k));
      }
    },
    { jendela },
  );
  if (!('register' in a)) return a;
  expect(a.jumlah).toBe(kasus.length);
  expect(a.register.kasus).toEqual([]);
  return { kasus, tempat: tmp, masalah: masalah(a.register) };
}

/**
 * A register of `n` cases by hand (Register, Kegiatan with 0–3 rows per case, Supervisi with
 * one), in a few milliseconds: a long note makes each sheet span several inflated chunks
 * (256 KB), so windows are handed on between chunks and a child row can arrive after its case.
 * `ubah` rewrites the Kegiatan rows (number, date) before they are written.
 */
function registerTangan(
  n: number,
  ubah: (rows: [nomor: string | null, tanggal: string][]) => void = () => {},
  awalan = 'REG-',
): Uint8Array {
  const note = 'catatan '.repeat(40);
  const nomor = (i: number) => `${awalan}${String(i + 1).padStart(5, '0')}`;
  const reg = [textRow(1, ['No. Register', 'Layanan', 'Status', 'Tgl Pendekatan Awal', 'Catatan'])];
  const keg: [string | null, string][] = [];
  const sup = [textRow(1, ['No. Register', 'Tanggal', 'Supervisor', 'Catatan'])];
  for (let i = 0; i < n; i++) {
    reg.push(textRow(i + 2, [nomor(i), 'rehabilitasi', 'aktif', '2026-01-05', note]));
    for (let j = 0; j < i % 4; j++) keg.push([nomor(i), `2026-02-0${j + 1}`]);
    sup.push(textRow(i + 2, [nomor(i), '2026-03-01', 'sup-01', note]));
  }
  ubah(keg);
  const kegRows = [
    textRow(1, ['No. Register', 'Tanggal', 'Kegiatan', 'Catatan']),
    ...keg.map(([no, tgl], i) => textRow(i + 2, [no, tgl, 'konseling', note])),
  ];
  return handXlsx([
    { name: 'Register', rows: reg.join('') },
    { name: 'Kegiatan', rows: kegRows.join('') },
    { name: 'Supervisi', rows: sup.join('') },
  ]);
}
const N = 900;

describe('register xlsx, case by case (issue 16)', () => {
  test('the balai example: the same cases, places and findings in windows of 1, 2 and 1000', async () => {
    const whole = await utuh(BALAI);
    expect(whole.kasus.length).toBeGreaterThan(3);
    expect(whole.masalah.length).toBeGreaterThan(0);
    for (const n of [1, 2, 1000]) expect(await alir(BALAI, n)).toEqual(whole);
  });

  test('900 cases in windows of 7: every child row joined to its case, in place', async () => {
    const bytes = registerTangan(N);
    const whole = await utuh(bytes);
    expect(whole.kasus).toHaveLength(N);
    expect(whole.tempat.some((s) => s.includes('"sheet":"Kegiatan"'))).toBe(true);
    let windows = 0;
    await alirRegisterXlsx(bytes, 'r.xlsx', t, () => windows++, { jendela: 7 });
    expect(windows).toBeGreaterThan(2);
    expect(await alir(bytes, 7)).toEqual(whole);
  });

  test('a child row of an unknown number at the end: still streams, and is named', async () => {
    const bytes = registerTangan(N, (rows) => rows.push(['TIDAK-ADA', '2026-02-01']));
    const whole = await utuh(bytes);
    expect(whole.masalah.join('\n')).toContain('TIDAK-ADA');
    expect(await alir(bytes, 7)).toEqual(whole);
  });

  test('child rows out of order: not streamed, and read whole gives the same as before', async () => {
    // The first and the last activity swap numbers: the last case's row comes first.
    const bytes = registerTangan(N, (rows) => {
      const a = rows[0]![0];
      rows[0]![0] = rows[rows.length - 1]![0];
      rows[rows.length - 1]![0] = a;
    });
    expect(await alir(bytes, 7)).toEqual({ tidakUrut: true });
    // Through the loader: the whole read, handed on in windows, then forgotten.
    const file = path.join(await tmpDir(), 'r.xlsx');
    await import('node:fs/promises').then((fs) => fs.writeFile(file, bytes));
    const got: Kasus[] = [];
    const reg = await loadRegisterFile(file, 'r.xlsx', { cwd: '/', t }, (batch) =>
      got.push(...batch.map((k) => k.kasus)),
    );
    const whole = await utuh(file);
    expect(got).toEqual(whole.kasus);
    expect(reg.jumlah).toBe(whole.kasus.length);
    expect(masalah(reg)).toEqual(whole.masalah);
  });

  test('a cell that cannot be read and an empty number: the same findings streamed', async () => {
    const bytes = registerTangan(N, (rows) => {
      rows[3]![1] = 'bukan tanggal';
      rows[5]![0] = null;
    });
    const whole = await utuh(bytes);
    expect(whole.masalah.length).toBeGreaterThanOrEqual(2);
    expect(await alir(bytes, 7)).toEqual(whole);
  });
});

describe('a sheet that breaks while streaming (issue 16)', () => {
  test('a row limit met in a child sheet: the cases read are handed on once, the limit named', async () => {
    const bytes = registerTangan(N);
    const nomor: string[] = [];
    const a = await alirRegisterXlsx(
      bytes,
      'r.xlsx',
      t,
      (b) => nomor.push(...b.map((k) => k.kasus.nomor)),
      {
        jendela: 7,
        limits: { maxRows: N + 1, maxUncompressedBytes: 1 << 30, maxEntries: 100 },
      },
    );
    expect('register' in a).toBe(true);
    if (!('register' in a)) return;
    expect(new Set(nomor).size).toBe(nomor.length);
    expect(a.jumlah).toBe(nomor.length);
    expect(nomor.length).toBeGreaterThan(0);
    expect(a.register.problems.map((p) => p.message).join('\n')).toMatch(/lebih dari 901 baris/);
  });
});

describe('a folder whose second workbook cannot stream (issue 16)', () => {
  test('reading starts afresh: the last consumer gets every case once, as a whole read would', async () => {
    const dir = await tmpDir();
    const fs = await import('node:fs/promises');
    await fs.mkdir(path.join(dir, 'register'));
    await fs.copyFile(
      path.join(EXAMPLES, 'balai-rehsos-sentosa/lembaga.yaml'),
      path.join(dir, 'lembaga.yaml'),
    );
    await fs.writeFile(path.join(dir, 'register/a.xlsx'), registerTangan(N));
    const b = registerTangan(
      N,
      (rows) => {
        const a = rows[0]![0];
        rows[0]![0] = rows[rows.length - 1]![0];
        rows[rows.length - 1]![0] = a;
      },
      'REB-',
    );
    await fs.writeFile(path.join(dir, 'register/b.xlsx'), b);
    const groups = await kelompokkanMasukan([dir], { cwd: dir, t });
    const whole = await loadKelompok(groups[0]!, { cwd: dir, t });
    const diterima: Kasus[][] = [];
    const streamed = await loadKelompok(groups[0]!, {
      cwd: dir,
      t,
      jendela: 50,
      alirkan: () => {
        const mine: Kasus[] = [];
        diterima.push(mine);
        return (batch) => mine.push(...batch.map((k) => k.kasus));
      },
    });
    expect(diterima).toHaveLength(2);
    expect(diterima[1]).toEqual(whole.registers.flatMap((r) => r.kasus.map((k) => k.kasus)));
    expect(streamed.registers.map((r) => r.jumlah)).toEqual([N, N]);
    expect(streamed.problems).toEqual(whole.problems);
  });
});

async function tmpDir(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  return mkdtemp(path.join(tmpdir(), 'lembaga-alir-'));
}
