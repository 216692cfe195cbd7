/**
 * One normaliser (src/model/nilai.ts) for the choice values: `lembaga impor` and the
 * canonical Excel register reader must accept the same spellings, so the same
 * table is fed to both and both must give the same keys.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { createT } from '../../src/i18n/index.js';
import { imporBerkas } from '../../src/io/impor/run.js';
import { normaliseNilai, parseYaTidak } from '../../src/model/nilai.js';
import { KOLOM_KEGIATAN, KOLOM_REGISTER, normaliseEnum } from '../../src/model/register-kolom.js';
import { readRegisterXlsxBuffer } from '../../src/io/register-xlsx.js';
import type { Kasus } from '../../src/model/kasus.js';

const t = createT('id');

/** [what the administrator typed, the key] per register field, one row per case. */
const BARIS: Record<string, [string, string]>[] = [
  {
    layanan: ['Rehabilitasi Sosial', 'rehabilitasi'],
    status: ['Aktif', 'aktif'],
    jenisKelamin: ['Laki-laki', 'L'],
    jenis: ['Perorangan', 'individu'],
    ppks: ['Anak Terlantar', 'anak-telantar'],
    klaster: ['Anak', 'anak'],
    basisLayanan: ['Panti', 'residensial'],
    dtks: ['Ya', 'terdaftar'],
  },
  {
    layanan: ['rehab', 'rehabilitasi'],
    status: ['Selesai', 'selesai'],
    jenisKelamin: ['Pr', 'P'],
    jenis: ['Keluarga', 'keluarga'],
    ppks: ['ABH', 'anak-berhadapan-dengan-hukum'],
    klaster: ['NAPZA', 'korban-napza'],
    basisLayanan: ['Berbasis Keluarga', 'keluarga'],
    dtks: ['Belum', 'belum-terdaftar'],
  },
  {
    layanan: ['Rehsos', 'rehabilitasi'],
    status: ['Dirujuk', 'dirujuk'],
    jenisKelamin: ['wanita', 'P'],
    jenis: ['individu', 'individu'],
    ppks: ['Lansia', 'lanjut-usia-telantar'],
    klaster: ['Lansia', 'lanjut-usia'],
    basisLayanan: ['Komunitas', 'komunitas'],
    dtks: ['Diusulkan', 'diusulkan'],
  },
  {
    layanan: ['Perlindungan Sosial', 'perlindungan'],
    status: ['Meninggal', 'berhenti'],
    jenisKelamin: ['Pria', 'L'],
    jenis: ['perorangan', 'individu'],
    ppks: ['fakir miskin', 'fakir-miskin'],
    klaster: ['Penyandang Disabilitas', 'penyandang-disabilitas'],
    basisLayanan: ['Residensial', 'residensial'],
    dtks: ['tidak', 'belum-terdaftar'],
  },
];

const FIELDS = [
  'layanan',
  'status',
  'jenisKelamin',
  'jenis',
  'ppks',
  'klaster',
  'basisLayanan',
  'dtks',
] as const;

function valuesOf(k: Kasus): Record<string, unknown> {
  return {
    layanan: k.layanan,
    status: k.status,
    jenisKelamin: k.klien.jenisKelamin,
    jenis: k.klien.jenis,
    ppks: k.klien.ppks,
    klaster: k.klien.klaster,
    basisLayanan: k.klien.basisLayanan,
    dtks: k.klien.dtks,
  };
}

const expected = BARIS.map((b) => Object.fromEntries(FIELDS.map((f) => [f, b[f]![1]])));

describe('one normaliser for impor and the Excel register reader', () => {
  it('impor reads the spellings', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-nilai-'));
    const file = path.join(dir, 'lama.csv');
    const lines = [
      'No Reg;Nama;Tgl Masuk;Layanan;Status;JK;Jenis Klien;PPKS;Klaster;Basis Layanan;DTKS',
      ...BARIS.map((b, i) =>
        [`R-${i + 1}`, `Klien ${i + 1}`, '05/01/2025', ...FIELDS.map((f) => b[f]![0])].join(';'),
      ),
    ];
    writeFileSync(file, lines.join('\r\n') + '\r\n');
    const h = await imporBerkas(file, { t, staf: null, tahunAcuan: 2025, collect: 'objects' });
    expect(h.columns.map((c) => c.target).slice(3)).toEqual([
      'layanan',
      'status',
      'klien.jenisKelamin',
      'klien.jenis',
      'klien.ppks',
      'klien.klaster',
      'klien.basisLayanan',
      'klien.dtks',
    ]);
    expect(h.session.rejected).toBe(0);
    expect(h.session.peringatan.size).toBe(0);
    expect(h.kasus.map(valuesOf)).toEqual(expected);
  });

  it('the Excel register reader reads the same spellings without schema errors', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow([
      'No. Register',
      'Layanan',
      'Status',
      'Jenis Klien',
      'Nama Klien',
      'L/P',
      'Kategori PPKS',
      'Klaster ATENSI',
      'Basis Layanan',
      'Status DTKS',
      'Tgl Pendekatan Awal',
    ]);
    BARIS.forEach((b, i) =>
      ws.addRow([
        `R-${i + 1}`,
        b.layanan![0],
        b.status![0],
        b.jenis![0],
        `Klien ${i + 1}`,
        b.jenisKelamin![0],
        b.ppks![0],
        b.klaster![0],
        b.basisLayanan![0],
        b.dtks![0],
        '05/01/2025',
      ]),
    );
    const k = wb.addWorksheet('Kegiatan');
    k.addRow(['No. Register', 'Tanggal', 'Kegiatan', 'Durasi', 'Tingkat', 'Pro Bono']);
    k.addRow(['R-1', '15/01/2025', 'bimbingan-mental-spiritual', '> 2 jam', 'Tingkat I', 'Ya']);
    k.addRow(['R-1', '16/01/2025', 'bimbingan-mental-spiritual', '2 Jam', 'Spesialis', 'tdk']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const reg = await readRegisterXlsxBuffer(bytes, 'register.xlsx', t);
    expect(reg.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(reg.kasus.map((x) => valuesOf(x.kasus))).toEqual(expected);
    expect(reg.kasus[0]!.kasus.kegiatan?.map((g) => [g.durasi, g.tingkat, g.proBono])).toEqual([
      ['lebih-2-jam', 'tingkat1', true],
      ['2-jam', 'tingkat2', false],
    ]);
  });

  it('the reader keeps what it cannot read, for the schema check to report', () => {
    const layanan = KOLOM_REGISTER.find((c) => c.key === 'layanan')!;
    const durasi = KOLOM_KEGIATAN.find((c) => c.key === 'durasi')!;
    const tingkat = KOLOM_KEGIATAN.find((c) => c.key === 'tingkat')!;
    expect(normaliseEnum(layanan, ' Rehabilitasi Sosial ')).toBe('rehabilitasi');
    expect(normaliseEnum(layanan, 'olahraga')).toBe('olahraga');
    expect(normaliseEnum(durasi, '3 jam')).toBe('3 jam');
    expect(normaliseEnum(durasi, 'lebih dari 2 jam')).toBe('lebih-2-jam');
    expect(normaliseEnum(tingkat, 'Tingkat III (Sub Spesialis)')).toBe('tingkat3');
    expect(normaliseNilai('tingkat', 'tingkat 9')).toBeNull();
    expect(normaliseNilai('durasi', '5 tahap')).toBe('5-tahap');
    expect([parseYaTidak('Sudah'), parseYaTidak('belum'), parseYaTidak('mungkin')]).toEqual([
      true,
      false,
      null,
    ]);
  });
});
