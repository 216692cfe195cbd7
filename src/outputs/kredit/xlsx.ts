/**
 * Excel outputs of `lembaga angka-kredit`: the report for the Tim Penilai (a
 * summary sheet, one sheet per worker with the trace and the activities, and a
 * findings sheet) and the empty log template (`--kosong`). exceljs is loaded
 * lazily; dates are written as text (YYYY-MM-DD) so no time zone can shift them.
 */
import type { Translate } from '../../i18n/index.js';
import type { Staf } from '../../model/lembaga.js';
import { JENJANG } from '../../standards/permenpanrb-2020/data.js';
import type { LembarKredit } from '../../standards/permenpanrb-2020/kolom.js';
import { LEMBAR, LEMBAR_DATA } from '../../standards/permenpanrb-2020/kolom.js';
import type { LaporanKredit } from './laporan.js';
import { barisJudul, bukuKerja } from './buku-kerja.js';

import type { CellValue, Workbook, Worksheet } from 'exceljs';

const BOLD = { bold: true } as const;
const NUM = '0.000';
const workbook = bukuKerja;
const header = (ws: Worksheet, row: number, titles: string[]) => barisJudul(ws, row, titles);
const HALAMAN = {
  pageSetup: {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
  },
} as const;

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique. */
export function namaLembar(base: string, used: Set<string>): string {
  const clean = base.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Pegawai';
  let name = clean;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 28)}~${i}`;
  used.add(name.toLowerCase());
  return name;
}

type Pegawai = LaporanKredit['pegawai'][number];

function statusPegawai(p: Pegawai, errors: number, t: Translate): string {
  if (p.keadaan === 'kurang') return t('kredit.status.kurang');
  if (errors) return t('kredit.status.temuan');
  if (p.keadaan === 'belum-diisi') return t('kredit.status.belumDiisi');
  if (p.keadaan === 'berjalan') return t('kredit.status.berjalan');
  return t('kredit.status.memenuhi');
}

const KOLOM_RINGKASAN = [
  'no',
  'staf',
  'nip',
  'kategori',
  'jenjang',
  'golongan',
  'target',
  'dasarTarget',
  'klaimUtama',
  'diakuiUtama',
  'penunjangDiakui',
  'ppDiakui',
  'totalDiakui',
  'selisih',
  'status',
  'galat',
];

/** The summary sheet: one row per worker. */
function lembarRingkasan(ws: Worksheet, l: LaporanKredit, t: Translate): void {
  ws.getCell('A1').value = t('kredit.teks.judul', { tahun: l.tahun, ruleset: l.ruleset.judul });
  ws.getCell('A1').font = { bold: true, size: 13 };
  header(
    ws,
    3,
    KOLOM_RINGKASAN.map((h) => t(`kredit.xlsx.kol.${h}`)),
  );
  ws.columns = [6, 12, 22, 13, 24, 10, 9, 24, 10, 10, 10, 12, 10, 10, 14, 8].map((width) => ({
    width,
  }));
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  l.pegawai.forEach((p, i) => {
    const r = ws.getRow(4 + i);
    const errors = p.findings.filter((f) => f.severity === 'error').length;
    r.values = [
      i + 1,
      p.staf,
      p.nip ?? '',
      p.kategori,
      JENJANG[p.jenjang].label,
      p.golongan ?? '',
      p.target?.nilai ?? null,
      p.target?.bagian ?? '',
      p.klaim.utama,
      p.diakui.utama,
      p.diakui.penunjang,
      p.diakui['pengembangan-profesi'],
      p.diakui.total,
      p.selisihTarget,
      statusPegawai(p, errors, t),
      errors,
    ];
    r.getCell(3).numFmt = '@';
    for (const c of [7, 9, 10, 11, 12, 13, 14]) r.getCell(c).numFmt = NUM;
  });
}

/** A worker sheet's heading block; returns the next free row. */
function tulisInfo(ws: Worksheet, p: Pegawai, tahun: number, t: Translate): number {
  ws.getCell('A1').value = t('kredit.xlsx.judulPegawai', { tahun, staf: p.staf });
  ws.getCell('A1').font = { bold: true, size: 13 };
  const info: [string, string | number | null, string?][] = [
    [t('kredit.xlsx.info.staf'), p.staf],
    [t('kredit.xlsx.info.nip'), p.nip ?? ''],
    [t('kredit.xlsx.info.jenjang'), JENJANG[p.jenjang].label],
    [t('kredit.xlsx.info.golongan'), [p.pangkat, p.golongan].filter(Boolean).join(' ')],
    [t('kredit.xlsx.info.pendidikan'), p.pendidikan ?? ''],
    [t('kredit.xlsx.info.target'), p.target?.nilai ?? null, p.target?.bagian],
    [t('kredit.xlsx.info.batas'), p.batasCapaian, 'Pasal 29 ayat 2'],
    [t('kredit.xlsx.info.diakuiUtama'), p.diakui.utama],
    [t('kredit.xlsx.info.selisih'), p.selisihTarget],
    [t('kredit.xlsx.info.total'), p.diakui.total],
    [
      t('kredit.xlsx.info.kumulatif'),
      p.kumulatif.ambangPangkat !== null ? p.kumulatif.total : null,
      p.kumulatif.ambangPangkat !== null ? `/ ${p.kumulatif.ambangPangkat}` : undefined,
    ],
  ];
  info.forEach(([label, value, note], i) => {
    const r = ws.getRow(3 + i);
    r.getCell(1).value = label;
    r.getCell(1).font = BOLD;
    r.getCell(2).value = value;
    if (typeof value === 'number') r.getCell(2).numFmt = NUM;
    if (i === 1) r.getCell(2).numFmt = '@';
    if (note) r.getCell(3).value = note;
  });
  return 3 + info.length + 1;
}

/** A titled table: title in `row`, header below it, then `rows`; returns the last row written. */
function tabel(
  ws: Worksheet,
  row: number,
  judul: string,
  kolom: string[],
  rows: readonly (readonly CellValue[])[],
  gaya: (r: ReturnType<Worksheet['getRow']>) => void,
): number {
  ws.getCell(`A${row}`).value = judul;
  ws.getCell(`A${row}`).font = BOLD;
  header(ws, ++row, kolom);
  for (const values of rows) {
    const r = ws.getRow(++row);
    r.values = [...values];
    gaya(r);
  }
  return row;
}

/** One worker's sheet: heading, the trace of steps, the activities, the findings. */
function lembarPegawai(ws: Worksheet, p: Pegawai, tahun: number, t: Translate): void {
  ws.columns = [28, 44, 20, 10, 22, 10, 10, 24, 10].map((width) => ({ width }));
  let row = tulisInfo(ws, p, tahun, t);
  const kol = (grup: string, keys: string[]) => keys.map((h) => t(`kredit.xlsx.${grup}.${h}`));
  row = tabel(
    ws,
    row,
    t('kredit.xlsx.langkah'),
    kol('kolLangkah', ['langkah', 'dasar', 'utama', 'penunjang', 'pp', 'total', 'perubahan']),
    p.langkah.map((s) => [
      t(`kredit.langkah.${s.kunci}`),
      s.bagian ?? '',
      s.nilai.utama,
      s.nilai.penunjang,
      s.nilai['pengembangan-profesi'],
      s.total,
      s.kunci === 'klaim' ? null : s.selisih,
    ]),
    (r) => {
      for (const c of [3, 4, 5, 6, 7]) r.getCell(c).numFmt = NUM;
    },
  );
  row = tabel(
    ws,
    row + 2,
    t('kredit.xlsx.kegiatan'),
    kol('kolKegiatan', [
      'no',
      'uraian',
      'unsur',
      'klaim',
      'tingkat',
      'faktorTingkat',
      'faktorPenulis',
      'dasar',
      'diakui',
    ]),
    p.kegiatan.map((k) => [
      k.index + 1,
      k.uraian,
      k.unsur,
      k.klaim,
      k.tingkat,
      k.faktorTingkat,
      k.faktorPenulis,
      [k.bagianTingkat, k.bagianPenulis].filter(Boolean).join('; '),
      k.diakui,
    ]),
    (r) => {
      r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
      for (const c of [4, 6, 7, 9]) r.getCell(c).numFmt = NUM;
    },
  );
  if (p.findings.length)
    tabel(
      ws,
      row + 2,
      t('kredit.xlsx.temuan'),
      kol('kolTemuan', ['tingkat', 'aturan', 'pesan', 'rujukan']),
      p.findings.map((f) => [f.severity, f.rule, f.message, f.ref ?? '']),
      (r) => {
        r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
      },
    );
}

/** Where a finding points, as one cell of text. */
function lokasiTeks(f: LaporanKredit['temuanUmum'][number]): string {
  if (f.sheet) return `${f.file ?? ''} ${f.sheet}!${f.cell ?? ''}`;
  if (f.line !== null) return `${f.file ?? ''}:${f.line}:${f.column ?? 1}`;
  return f.file ?? '';
}

/** Every finding of the report in one sheet. */
function lembarTemuan(ws: Worksheet, l: LaporanKredit, t: Translate): void {
  ws.columns = [10, 26, 70, 36, 30].map((width) => ({ width }));
  header(
    ws,
    1,
    ['tingkat', 'aturan', 'pesan', 'rujukan', 'lokasi'].map((h) => t(`kredit.xlsx.kolTemuan.${h}`)),
  );
  const all = [...l.pegawai.flatMap((p) => p.findings), ...l.temuanUmum];
  all.forEach((f, i) => {
    const r = ws.getRow(2 + i);
    r.values = [f.severity, f.rule, f.message, f.ref ?? '', lokasiTeks(f)];
    r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
  });
  ws.views = [{ state: 'frozen', ySplit: 1 }];
}

/** The report workbook. */
export async function renderKreditXlsx(l: LaporanKredit, o: { t: Translate }): Promise<Uint8Array> {
  const { t } = o;
  const wb = await workbook();
  const used = new Set<string>();
  const sum = wb.addWorksheet(namaLembar(t('kredit.xlsx.ringkasan'), used), HALAMAN);
  const temuanName = namaLembar(t('kredit.xlsx.temuan'), used);
  lembarRingkasan(sum, l, t);
  for (const p of l.pegawai)
    lembarPegawai(wb.addWorksheet(namaLembar(p.staf, used), HALAMAN), p, l.tahun, t);
  lembarTemuan(wb.addWorksheet(temuanName), l, t);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function lembarData(wb: Workbook, { nama, kolom }: LembarKredit, baris = 500): Worksheet {
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = kolom.map((k) => ({ width: k.lebar }));
  header(
    ws,
    1,
    kolom.map((k) => k.judul),
  );
  kolom.forEach((k, i) => {
    const col = ws.getColumn(i + 1);
    if (k.path === '/nip' || k.jenis === 'teks' || k.jenis === 'tanggal') col.numFmt = '@';
    if (k.pilihan) {
      for (let r = 2; r <= baris; r++) {
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [`"${k.pilihan.join(',')}"`],
          showErrorMessage: true,
        };
      }
    }
  });
  return ws;
}

/** What a template needs: messages, the year, lembaga.yaml's staff. */
export interface OpsiTemplat {
  t: Translate;
  tahun: number;
  staf: readonly Staf[];
}

/** The Petunjuk sheet: title, the year in B2 (read back by the loader), the instructions below. */
function lembarPetunjuk(wb: Workbook, judul: string, tahun: number, petunjuk: string): void {
  const pet = wb.addWorksheet(LEMBAR.petunjuk);
  pet.columns = [{ width: 16 }, { width: 100 }];
  pet.getCell('A1').value = judul;
  pet.getCell('A1').font = { bold: true, size: 13 };
  pet.getCell('A2').value = 'Tahun';
  pet.getCell('A2').font = BOLD;
  pet.getCell('B2').value = tahun;
  petunjuk.split('\n').forEach((s, i) => {
    pet.getCell(`B${4 + i}`).value = s;
    pet.getCell(`B${4 + i}`).alignment = { wrapText: true };
  });
}

/** The sheet with one row per active civil servant of lembaga.yaml, each cell from `nilai` by the column's path. */
function isiStaf(
  wb: Workbook,
  lembar: LembarKredit,
  staf: readonly Staf[],
  nilai: (s: Staf) => Record<string, string | undefined>,
): void {
  const ws = lembarData(wb, lembar);
  const { kolom } = lembar;
  staf
    .filter((s) => s.asn && (s.aktif ?? true))
    .forEach((s, i) => {
      const val = nilai(s);
      kolom.forEach((k, c) => {
        const v = val[k.path];
        if (v !== undefined && v !== null) ws.getRow(2 + i).getCell(c + 1).value = String(v);
      });
    });
}

/** A template workbook: the Petunjuk sheet (title and instructions by message key), then the data sheets `isi` adds. */
async function templat(
  o: OpsiTemplat,
  judul: string,
  petunjuk: string,
  isi: (wb: Workbook) => void,
): Promise<Uint8Array> {
  const wb = await workbook();
  lembarPetunjuk(wb, o.t(judul), o.tahun, o.t(petunjuk));
  isi(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The empty credit-log template (`lembaga angka-kredit --kosong`), pre-filled with the lembaga's civil-service workers. */
export function buildKreditTemplate(o: OpsiTemplat): Promise<Uint8Array> {
  return templat(o, 'kredit.templat.judul', 'kredit.templat.petunjuk', (wb) => {
    // Pre-fill the workers the lembaga marks as civil servants in the functional position (asn).
    isiStaf(wb, LEMBAR_DATA.pegawai, o.staf, (s) => ({
      '/staf': s.id,
      '/nip': s.asn?.nip,
      '/kategori': s.asn?.kategori,
      '/jenjang': s.asn?.jenjang,
      '/pangkat': s.asn?.pangkat,
      '/golongan': s.asn?.golongan,
    }));
    lembarData(wb, LEMBAR_DATA.kegiatan, 2000);
    lembarData(wb, LEMBAR_DATA.ambang, 100);
  });
}

/** The empty conversion-form template (2023 onward): the Periode sheet pre-filled with one full-year row per civil servant. */
export function buildKonversiTemplate(o: OpsiTemplat): Promise<Uint8Array> {
  return templat(o, 'kredit.konversi.judulKonversi', 'kredit.konversi.petunjuk', (wb) =>
    isiStaf(wb, LEMBAR_DATA.periode, o.staf, (s) => ({
      '/staf': s.id,
      '/nip': s.asn?.nip === undefined ? undefined : String(s.asn.nip),
      '/jenjang': s.asn?.jenjang,
      '/golongan': s.asn?.golongan,
      '/dari': `${o.tahun}-01`,
      '/sampai': `${o.tahun}-12`,
    })),
  );
}
