/**
 * The dry-run preview and the import are one code path: the preview's verdict for a
 * row (the case it becomes, or the reasons it is rejected) is the import's verdict,
 * with the same date orders (decided from the whole column) and footer detection.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createT } from '../../src/i18n/index.js';
import type { HasilBaris } from '../../src/io/impor/core.js';
import { imporBerkas, type BarisPratinjau, type ImporOptions } from '../../src/io/impor/run.js';
import { usulanKeluaran } from '../../src/cli/commands/impor.js';

const t = createT('id');
const examples = path.resolve(import.meta.dirname, '../../examples/impor');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/impor');

/** The reviewer's file: US-ordered dates that only the whole column reveals, and a totals row. */
const SEMI = [
  'No;No Reg;Nama;NIK;Tgl Masuk;Layanan;Peksos',
  '1;S-01;Rudi;3273011203100001;05/01/2025;Rehsos;Sari Dewi',
  '2;S-02;Susi;3,27301E+15;1/13/2025;Rehsos;Sari',
  '3;S-03;Tini;;12/01/2025;Pencegahan;',
  ';;Total: 3;;;;',
].join('\r\n');

function semiCsv(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-pratinjau-'));
  const file = path.join(dir, 'semi.csv');
  writeFileSync(file, SEMI + '\r\n');
  return file;
}

/** Preview (as the command shows it) and every row's final verdict. */
async function both(
  file: string,
  extra: Partial<ImporOptions> = {},
): Promise<{ pratinjau: BarisPratinjau[]; akhir: Map<number, HasilBaris> }> {
  let pratinjau: BarisPratinjau[] = [];
  const akhir = new Map<number, HasilBaris>();
  await imporBerkas(file, {
    t,
    staf: [{ id: 'ps-01', nama: 'Sari Dewi' }],
    tahunAcuan: 2025,
    collect: 'none',
    ...extra,
    hooks: {
      periksaPemetaan: async (draft) => {
        pratinjau = await draft.pratinjau(draft.columns);
        return draft.columns;
      },
      onBaris: (n, h) => akhir.set(n, h),
      ...extra.hooks,
    },
  });
  return { pratinjau, akhir };
}

describe('preview = import', () => {
  const files = [
    path.join(examples, 'Register 2024.xlsx'),
    path.join(examples, 'register-2024.csv'),
    path.join(fixtures, 'lks-2024.xlsx'),
    path.join(fixtures, 'windows-1252.csv'),
  ];
  it.each(files)('per-row verdicts of %s', async (file) => {
    const { pratinjau, akhir } = await both(file);
    expect(pratinjau.length).toBe(5);
    for (const p of pratinjau) expect(akhir.get(p.n), `baris ${p.n}`).toEqual(p.hasil);
  });

  it('uses the date order of the whole column and shows the totals row as rejected', async () => {
    const file = semiCsv();
    const { pratinjau, akhir } = await both(file);
    expect(pratinjau.map((p) => p.n)).toEqual([2, 3, 4, 5]);
    for (const p of pratinjau) expect(akhir.get(p.n)).toEqual(p.hasil);
    const [r2, r3, r4, r5] = pratinjau.map((p) => p.hasil);
    // "1/13/2025" settles the column as month/day/year: row 3 is a case, 05/01 is 1 May.
    expect(r2!.kind === 'kasus' && r2!.kasus.tahapan.pendekatanAwal?.tanggal).toBe('2025-05-01');
    expect(r3!.kind === 'kasus' && r3!.kasus.tahapan.pendekatanAwal?.tanggal).toBe('2025-01-13');
    expect(r4!.kind === 'kasus' && r4!.kasus.nomor).toBe('S-03');
    expect(r5!.kind === 'ditolak' && r5!.baris.alasan[0]!.message).toMatch(/jumlah\/total/);
  });

  it('follows --urutan-tanggal', async () => {
    const { pratinjau, akhir } = await both(semiCsv(), { urutanTanggal: 'hbt' });
    for (const p of pratinjau) expect(akhir.get(p.n)).toEqual(p.hasil);
    const r3 = pratinjau.find((p) => p.n === 3)!.hasil;
    expect(r3.kind === 'ditolak' && r3.baris.alasan[0]!.message).toMatch(/1\/13\/2025/);
    const r2 = pratinjau.find((p) => p.n === 2)!.hasil;
    expect(r2.kind === 'kasus' && r2.kasus.tahapan.pendekatanAwal?.tanggal).toBe('2025-01-05');
  });

  it('a corrected mapping gets a fresh preview; the service is asked once', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-pratinjau-'));
    const file = path.join(dir, 'tanpa-layanan.csv');
    writeFileSync(file, 'No Reg;Nama;Tgl Masuk;Tgl Lahir\nA-1;Ani;13/01/2025;01/02/2010\n');
    let ditanya = 0;
    const akhir = new Map<number, HasilBaris>();
    let kedua: BarisPratinjau[] = [];
    await imporBerkas(file, {
      t,
      staf: null,
      tahunAcuan: 2025,
      collect: 'none',
      hooks: {
        pilihLayanan: async () => (ditanya++, 'perlindungan'),
        periksaPemetaan: async (draft) => {
          await draft.pratinjau(draft.columns);
          const cols = draft.columns.map((c) =>
            c.header === 'Tgl Lahir' ? { ...c, target: 'simpan-di-catatan' } : c,
          );
          kedua = await draft.pratinjau(cols);
          return cols;
        },
        onBaris: (n, h) => akhir.set(n, h),
      },
    });
    expect(ditanya).toBe(1);
    expect(kedua[0]!.hasil).toEqual(akhir.get(2));
    const k = kedua[0]!.hasil;
    expect(
      k.kind === 'kasus' && [k.kasus.layanan, k.kasus.klien.tanggalLahir, k.kasus.catatan],
    ).toEqual(['perlindungan', undefined, 'Kolom Tgl Lahir: 01/02/2010']);
  });
});

describe('the -o a dry run suggests', () => {
  const cwd = path.resolve(os.tmpdir(), 'kerja');
  const session = (years: number[]) =>
    ({
      session: { tahunMasuk: new Map(years.map((y) => [y, 1])) },
    }) as unknown as Parameters<typeof usulanKeluaran>[0];
  it('takes the year from the data, else the file name, in the lembaga folder', () => {
    expect(usulanKeluaran(session([2025]), 'semi.csv', cwd, null)).toBe('register/2025.yaml');
    expect(usulanKeluaran(session([2025]), 'Register 2024.xlsx', cwd, cwd)).toBe(
      'register/2025.yaml',
    );
    expect(usulanKeluaran(session([2024, 2025]), 'Register 2024.xlsx', cwd, null)).toBe(
      'register/2024.yaml',
    );
    expect(usulanKeluaran(session([2023, 2025]), 'data.csv', cwd, null)).toBe(
      'register/2023-2025.yaml',
    );
    expect(usulanKeluaran(session([]), 'Data Klien Lama.xlsx', cwd, null)).toBe(
      'register/data-klien-lama.yaml',
    );
    const lembaga = path.join(path.dirname(cwd), 'panti');
    expect(usulanKeluaran(session([2025]), 'x.csv', cwd, lembaga)).toBe(
      '../panti/register/2025.yaml',
    );
  });
});
