/**
 * The service documents of Lampiran A–E angka 2.2.1 as one workbook (or one book with
 * `--buku`). Each printable book has the lembaga's identity and the period above a frozen,
 * filterable header row that repeats on every printed page, page numbers "Halaman X dari
 * Y", and the signature block "Mengetahui, Pimpinan Lembaga".
 *
 * The register book also carries the canonical `Register` and `Kegiatan` sheets in the
 * exact layout of src/io/register-columns.ts (header in row 1), so `lembaga validasi` reads
 * the book back as a register (issue 5 §4). The printable "Buku Register Klien" sheet is a
 * narrower view of the same cases: 40 canonical columns do not print legibly on one page width.
 */
import ExcelJS from 'exceljs';
import type { Translate } from '../../i18n/index.js';
import type { Kasus } from '../../model/kasus.js';
import {
  KOLOM_KEGIATAN,
  KOLOM_REGISTER,
  SHEET_KEGIATAN,
  SHEET_REGISTER,
  TIDAK,
  YA,
  allowedValues,
  type Kolom,
} from '../../io/register-columns.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { aturCetak, blokTandaTangan, gabung, TIPIS, type Kertas } from '../tarif/cetak-xlsx.js';
import type { BukuData, BukuKey } from './buku.js';
import { catatanKasus } from './buku.js';

export interface BukuRenderOptions {
  t: Translate;
  buku: readonly BukuKey[];
  kertas?: Kertas;
}

const HEAD_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
};
const BLOK_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF2F2F2' },
};
const FORMAT_TANGGAL = 'dd/mm/yyyy';
/** Header row of the printable books: rows 1–4 identity block, row 5 blank. */
export const BARIS_HEADER_BUKU = 6;
/** Blank rows written in empty (`--kosong`) books and under the aset list. */
const BARIS_KOSONG = 30;

/** ISO date → a UTC Date (LIBRARIES.md: exceljs dates are UTC; Jakarta would shift a day). */
function tanggal(iso: string | null | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );
}

interface Kol {
  header: string;
  width: number;
  kind?: 'date' | 'text' | 'number';
  align?: 'left' | 'center' | 'right';
}

const letter = (n: number): string => {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** Identity block + header row; returns the first data row. */
function kepala(
  ws: ExcelJS.Worksheet,
  d: BukuData,
  judul: string,
  kolom: readonly Kol[],
  t: Translate,
): number {
  const last = letter(kolom.length);
  ws.columns = kolom.map((k) => ({ width: k.width }));
  gabung(ws, `A1:${last}1`, judul.toUpperCase(), { bold: true, size: 14 });
  gabung(ws, `A2:${last}2`, d.lembaga.nama || t('buku.lembagaTanpaNama'), { bold: true, size: 12 });
  gabung(ws, `A3:${last}3`, [d.lembaga.alamat, d.lembaga.kota].filter(Boolean).join(', '), {
    size: 10,
  });
  gabung(
    ws,
    `A4:${last}4`,
    d.kosong ? t('buku.periodeKosong') : t('buku.periode', { tahun: d.tahun }),
    { size: 11 },
  );
  const h = BARIS_HEADER_BUKU;
  kolom.forEach((k, i) => {
    const c = ws.getCell(h, i + 1);
    c.value = k.header;
    c.font = { bold: true, size: 10 };
    c.fill = HEAD_FILL;
    c.border = TIPIS;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  ws.getRow(h).height = 42; // three lines: headers wrap, never cut
  kolom.forEach((k, i) => {
    const col = ws.getColumn(i + 1);
    if (k.kind === 'date') col.numFmt = FORMAT_TANGGAL;
    if (k.kind === 'text') col.numFmt = '@';
  });
  return h + 1;
}

/** Bordered data cells, frozen header, filter, print titles, page numbers, signature. */
function penutup(
  ws: ExcelJS.Worksheet,
  d: BukuData,
  kolom: readonly Kol[],
  firstRow: number,
  endRow: number,
  judul: string,
  t: Translate,
  o: BukuRenderOptions,
  extra: { filter?: boolean; portrait?: boolean } = {},
): void {
  const h = BARIS_HEADER_BUKU;
  for (let r = firstRow; r < endRow; r++)
    for (let c = 1; c <= kolom.length; c++) {
      const cell = ws.getCell(r, c);
      cell.border = TIPIS;
      cell.font = { size: 10, ...(cell.font ?? {}) };
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        horizontal: kolom[c - 1]?.align ?? (kolom[c - 1]?.kind === 'date' ? 'center' : 'left'),
        ...(cell.alignment ?? {}),
      };
    }
  // exceljs writes no row heights and LibreOffice does not grow a row for wrapped text on
  // open: size each data row for its longest wrapped cell so nothing is cut when printed.
  for (let r = firstRow; r < endRow; r++) {
    let lines = 1;
    kolom.forEach((k, c) => {
      const cell = ws.getCell(r, c + 1);
      const v = cell.value;
      // A merged section title spans the row: its width is not its first column's.
      if (typeof v === 'string' && !cell.isMerged)
        lines = Math.max(lines, Math.ceil((v.length * 1.1) / Math.max(1, k.width - 1)));
    });
    // Blank rows are for writing by hand: give them room.
    ws.getRow(r).height = lines > 1 ? 13 * lines + 2 : 18;
  }
  ws.views = [{ state: 'frozen', ySplit: h, xSplit: 0 }];
  if (extra.filter !== false)
    ws.autoFilter = {
      from: { row: h, column: 1 },
      to: { row: Math.max(h, endRow - 1), column: kolom.length },
    };
  // The signature block spans the last columns, as many as it takes to be 36 characters wide.
  const n = kolom.length;
  let start = n;
  for (let w = kolom[n - 1]?.width ?? 0; start > 1 && w < 36;) w += kolom[--start - 1]?.width ?? 0;
  const from = letter(start);
  tandaTangan(ws, d, endRow + 1, from, letter(n), t);
  aturCetak(ws, {
    kertas: o.kertas,
    judulBaris: `${h}:${h}`,
    footer: t('buku.footer', { judul }),
    portrait: extra.portrait,
  });
}

function tandaTangan(
  ws: ExcelJS.Worksheet,
  d: BukuData,
  row: number,
  from: string,
  to: string,
  t: Translate,
): number {
  return blokTandaTangan(ws, row, from, to, {
    tempat: d.lembaga.kota ?? '....................',
    peran: [
      t('buku.mengetahui'),
      d.lembaga.pimpinan.jabatan
        ? `${d.lembaga.pimpinan.jabatan} ${d.lembaga.nama}`
        : t('buku.pimpinanLembaga'),
    ],
    nama: d.lembaga.pimpinan.nama,
    nip: d.lembaga.pimpinan.nip,
  });
}

const layananNama = (k: Kasus) => STANDAR[k.layanan]?.nama ?? k.layanan;

/* ------------------------------------------------------------ 1. register */

function bukuRegister(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  const { t } = o;
  const judul = t('buku.judul.register');
  const ws = wb.addWorksheet(t('buku.lembar.register'));
  const kolom: Kol[] = [
    { header: t('buku.kol.no'), width: 5, align: 'center' },
    { header: 'No. Register', width: 15, kind: 'text' },
    { header: t('buku.kol.tglMasuk'), width: 11, kind: 'date' },
    { header: t('buku.kol.namaKlien'), width: 22 },
    { header: 'NIK', width: 18, kind: 'text' },
    { header: 'L/P', width: 5, align: 'center' },
    { header: t('buku.kol.tglLahir'), width: 11, kind: 'date' },
    { header: t('buku.kol.jenisKlien'), width: 10 },
    { header: t('buku.kol.ppks'), width: 24 },
    { header: t('buku.kol.layanan'), width: 13 },
    { header: t('buku.kol.pekerjaSosial'), width: 11 },
    { header: t('buku.kol.status'), width: 9 },
    { header: t('buku.kol.tglSelesai'), width: 11, kind: 'date' },
    { header: t('buku.kol.keterangan'), width: 24 },
  ];
  let r = kepala(ws, d, judul, kolom, t);
  const first = r;
  d.kasus.forEach((k, i) => {
    const tp = k.tahapan;
    const ket = [
      k.klien.abh ? t('buku.ketAbh') : null,
      tp.rujukan?.lembagaPenerima
        ? t('buku.ketRujukan', { lembaga: tp.rujukan.lembagaPenerima })
        : null,
    ]
      .filter(Boolean)
      .join('; ');
    ws.getRow(r).values = [
      i + 1,
      k.nomor,
      tanggal(tp.pendekatanAwal?.tanggal ?? tp.pendekatanAwal?.kesepakatan),
      k.klien.nama ?? null,
      k.klien.nik ?? null,
      k.klien.jenisKelamin ?? null,
      tanggal(k.klien.tanggalLahir),
      k.klien.jenis ?? null,
      k.klien.ppks ?? null,
      k.layanan,
      k.pekerjaSosial ?? null,
      k.status,
      tanggal(
        tp.terminasi?.tanggal ?? tp.rujukan?.tanggal ?? tp.pendekatanAwal?.rujukKeluar?.tanggal,
      ),
      ket || null,
    ];
    r++;
  });
  if (d.kosong) r += BARIS_KOSONG;
  penutup(ws, d, kolom, first, r, judul, t, o);
  const note = r + 8;
  gabung(ws, `A${note}:J${note}`, t('buku.catatanSumber'), {
    italic: true,
    size: 9,
    align: 'left',
  });
}

/* ---------------------------------------------------- canonical sheets */

/** Values at a canonical column path ("klien/nama", "perpanjangan/*\/tanggal"). */
function nilaiPath(obj: unknown, path: string): unknown {
  const parts = path.split('/');
  const walk = (o: unknown, i: number): unknown => {
    if (i === parts.length) return o;
    if (o === null || typeof o !== 'object') return undefined;
    const p = parts[i] ?? '';
    if (p === '*') return Array.isArray(o) ? o.map((x) => walk(x, i + 1)) : undefined;
    return walk((o as Record<string, unknown>)[p], i + 1);
  };
  return walk(obj, 0);
}

const isoToDmy = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;

/** A model value as the canonical cell (register-columns.ts kinds). */
export function selKanonik(k: Kolom, v: unknown): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) {
    const parts = v
      .filter((x) => x !== undefined && x !== null)
      .map((x) => (k.kind === 'date' && typeof x === 'string' ? isoToDmy(x) : String(x)));
    return parts.length ? parts.join('; ') : null;
  }
  switch (k.kind) {
    case 'date':
      return typeof v === 'string' ? (tanggal(v) ?? v) : null;
    case 'bool':
      return v === true ? YA : v === false ? TIDAK : null;
    case 'number':
      return typeof v === 'number' ? v : null;
    default:
      return typeof v === 'string' || typeof v === 'number' ? String(v) : null;
  }
}

function lembarKanonik(
  wb: ExcelJS.Workbook,
  name: string,
  kolom: readonly Kolom[],
  rows: unknown[][],
  kosong: boolean,
  daftar: () => ExcelJS.Worksheet,
  t: Translate,
  o: BukuRenderOptions,
): void {
  const ws = wb.addWorksheet(name);
  ws.columns = kolom.map((k) => ({ header: k.header, key: k.key, width: k.width }));
  kolom.forEach((k, i) => {
    const col = ws.getColumn(i + 1);
    if (k.kind === 'date' && !k.multi) col.numFmt = FORMAT_TANGGAL;
    if (k.kind === 'id' || k.kind === 'text' || k.multi) col.numFmt = '@';
  });
  const head = ws.getRow(1);
  head.font = { bold: true };
  head.fill = HEAD_FILL;
  head.alignment = { vertical: 'middle', wrapText: true };
  head.height = 30;
  rows.forEach((vals, i) => {
    ws.getRow(i + 2).values = vals as ExcelJS.CellValue[];
  });
  const last = rows.length + 1 + (kosong ? 200 : 0);
  // Dropdowns (register-columns.ts `allowed`/`katalog`); lists over Excel's 255-character literal limit reference the hidden Daftar sheet.
  if (kosong) {
    kolom.forEach((k, i) => {
      const vals = allowedValues(k);
      if (!vals || k.multi) return;
      const literal = `"${vals.join(',')}"`;
      let formula = literal;
      if (literal.length > 255) {
        const dws = daftar();
        const c = dws.columnCount + 1;
        vals.forEach((v, j) => (dws.getCell(j + 1, c).value = v));
        formula = `Daftar!$${letter(c)}$1:$${letter(c)}$${vals.length}`;
      }
      for (let r = 2; r <= last; r++)
        ws.getCell(r, i + 1).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorTitle: t('buku.validasiJudul'),
          error: t('buku.validasiPesan'),
        };
    });
  }
  ws.views = [{ state: 'frozen', ySplit: 1, xSplit: 1 }];
  ws.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, last), column: kolom.length },
  };
  aturCetak(ws, { kertas: o.kertas, judulBaris: '1:1', footer: t('buku.footer', { judul: name }) });
}

function lembarKanonikSemua(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  let daftarWs: ExcelJS.Worksheet | null = null;
  const daftar = () =>
    (daftarWs ??= (() => {
      const w = wb.addWorksheet('Daftar');
      w.state = 'hidden';
      return w;
    })());
  // A masked NIK is not a NIK: the canonical sheet leaves it blank (it would fail the schema's
  // 16-digit pattern when read back); the printable sheet shows the masked form.
  const reg = d.kasus.map((k) =>
    KOLOM_REGISTER.map((c) =>
      c.key === 'nik' && k.klien.nik?.includes('*') ? null : selKanonik(c, nilaiPath(k, c.path)),
    ),
  );
  lembarKanonik(wb, SHEET_REGISTER, KOLOM_REGISTER, reg, d.kosong, daftar, o.t, o);
  const keg = d.kasus.flatMap((k) =>
    (k.kegiatan ?? []).map((g) =>
      KOLOM_KEGIATAN.map((c) =>
        c.key === 'nomor' ? k.nomor : selKanonik(c, nilaiPath(g, c.path)),
      ),
    ),
  );
  lembarKanonik(wb, SHEET_KEGIATAN, KOLOM_KEGIATAN, keg, d.kosong, daftar, o.t, o);
}

/* --------------------------------------------------------- 2. catatan */

function bukuCatatan(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  const { t } = o;
  const judul = t('buku.judul.catatan');
  const ws = wb.addWorksheet(t('buku.lembar.catatan'));
  const kolom: Kol[] = [
    { header: t('buku.kol.no'), width: 5, align: 'center' },
    { header: 'No. Register', width: 15, kind: 'text' },
    { header: t('buku.kol.tanggal'), width: 11, kind: 'date' },
    { header: t('buku.kol.tahap'), width: 18 },
    { header: t('buku.kol.kegiatan'), width: 38 },
    { header: t('buku.kol.durasi'), width: 9, align: 'center' },
    { header: t('buku.kol.tingkat'), width: 9, align: 'center' },
    { header: t('buku.kol.pelaksana'), width: 11 },
    { header: t('buku.kol.proBono'), width: 8, align: 'center' },
    { header: t('buku.kol.sesi'), width: 11 },
    { header: t('buku.kol.catatan'), width: 30 },
  ];
  let r = kepala(ws, d, judul, kolom, t);
  const first = r;
  let n = 0;
  for (const k of d.kasus)
    for (const e of catatanKasus(k)) {
      ws.getRow(r++).values = [
        ++n,
        e.nomor,
        tanggal(e.tanggal),
        t(`buku.tahap.${e.tahap || 'lainnya'}`),
        e.jenis === 'tahap' ? t(`buku.peristiwa.${e.kode}`) : (e.label ?? e.kode),
        e.durasi ? t(`tarif.durasi.${e.durasi}`) : null,
        e.tingkat ? t(`buku.tingkat.${e.tingkat}`) : null,
        e.pelaksana,
        e.jenis === 'kegiatan' ? (e.proBono ? YA : TIDAK) : null,
        e.sesi,
        e.catatan,
      ];
    }
  if (d.kosong) r += BARIS_KOSONG;
  penutup(ws, d, kolom, first, r, judul, t, o);
}

/* ------------------------------------------------------- 3. ringkasan */

function bukuRingkasan(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  const { t } = o;
  const judul = t('buku.judul.ringkasan');
  const ws = wb.addWorksheet(t('buku.lembar.ringkasan'));
  const kolom: Kol[] = [
    { header: t('buku.kol.uraian'), width: 30 },
    { header: t('buku.kol.isi'), width: 36 },
    { header: t('buku.kol.uraian'), width: 30 },
    { header: t('buku.kol.isi'), width: 36 },
  ];
  let r = kepala(ws, d, judul, kolom, t);
  const first = r;
  const kasus = d.kosong ? [null, null] : d.kasus;
  kasus.forEach((k, i) => {
    const tp = k?.tahapan;
    gabung(ws, `A${r}:D${r}`, k ? `${k.nomor} — ${layananNama(k)}` : t('buku.kasusKosong'), {
      bold: true,
      align: 'left',
    }).fill = BLOK_FILL;
    r++;
    const keg = k?.kegiatan ?? [];
    const pairs: [string, ExcelJS.CellValue][] = [
      [t('buku.kol.namaKlien'), k?.klien.nama ?? null],
      ['NIK', k?.klien.nik ?? null],
      [t('buku.kol.jenisKlien'), k?.klien.jenis ?? null],
      ['L/P', k?.klien.jenisKelamin ?? null],
      [t('buku.kol.tglLahir'), tanggal(k?.klien.tanggalLahir)],
      [t('buku.kol.ppks'), k?.klien.ppks ?? null],
      [
        t('buku.kol.pemohon'),
        k?.pemohon ? [k.pemohon.jenis, k.pemohon.nama].filter(Boolean).join(': ') : null,
      ],
      [t('buku.kol.status'), k?.status ?? null],
      [t('buku.kol.pekerjaSosial'), k?.pekerjaSosial ?? null],
      [t('buku.kol.supervisor'), k?.supervisor ?? null],
      [t('buku.peristiwa.pendekatanAwal'), tanggal(tp?.pendekatanAwal?.tanggal)],
      [t('buku.peristiwa.kesepakatan'), tanggal(tp?.pendekatanAwal?.kesepakatan)],
      [t('buku.peristiwa.asesmen'), tanggal(tp?.asesmen?.tanggal)],
      [t('buku.peristiwa.perencanaan'), tanggal(tp?.perencanaan?.tanggal)],
      [t('buku.peristiwa.intervensiMulai'), tanggal(tp?.intervensi?.mulai)],
      [t('buku.peristiwa.intervensiSelesai'), tanggal(tp?.intervensi?.selesai)],
      [t('buku.peristiwa.evaluasi'), tanggal(tp?.evaluasi?.tanggal)],
      [
        t('buku.peristiwa.rujukan'),
        tp?.rujukan?.tanggal
          ? `${isoToDmy(tp.rujukan.tanggal)}${tp.rujukan.lembagaPenerima ? ' — ' + tp.rujukan.lembagaPenerima : ''}`
          : null,
      ],
      [t('buku.peristiwa.terminasi'), tanggal(tp?.terminasi?.tanggal)],
      [
        t('buku.kol.jumlahKegiatan'),
        k
          ? `${keg.length} (${t('buku.kol.proBono')}: ${keg.filter((g) => g.proBono).length})`
          : null,
      ],
      [t('buku.kol.catatan'), k?.catatan ?? null],
    ];
    if (k?.klien.abh) pairs.push([t('buku.kol.keterangan'), t('buku.ketAbh')]);
    const start = r;
    for (let j = 0; j < pairs.length; j += 2) {
      const a = pairs[j];
      const b = pairs[j + 1];
      ws.getRow(r).values = [a?.[0] ?? null, a?.[1] ?? null, b?.[0] ?? null, b?.[1] ?? null];
      for (const c of [1, 3]) ws.getCell(r, c).font = { bold: true, size: 10 };
      for (const c of [2, 4])
        ws.getCell(r, c).numFmt = ws.getCell(r, c).value instanceof Date ? FORMAT_TANGGAL : '@';
      r++;
    }
    for (let row = start - 1; row < r; row++)
      for (let c = 1; c <= 4; c++) ws.getCell(row, c).border = TIPIS;
    r++;
    // Two blocks to a printed landscape page, never a block split across pages.
    if ((i + 1) % 2 === 0 && i + 1 < kasus.length) ws.getRow(r - 1).addPageBreak();
  });
  ws.views = [{ state: 'frozen', ySplit: BARIS_HEADER_BUKU }];
  for (let row = first; row < r; row++)
    for (let c = 1; c <= 4; c++)
      ws.getCell(row, c).alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
  tandaTangan(ws, d, r + 1, 'C', 'D', t);
  aturCetak(ws, {
    kertas: o.kertas,
    judulBaris: `${BARIS_HEADER_BUKU}:${BARIS_HEADER_BUKU}`,
    footer: t('buku.footer', { judul }),
  });
}

/* ---------------------------------------------------------- 4. hadir */

function bukuHadir(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  const { t } = o;
  const judul = t('buku.judul.hadir');
  const ws = wb.addWorksheet(t('buku.lembar.hadir'));
  const kolom: Kol[] = [
    { header: t('buku.kol.no'), width: 5, align: 'center' },
    { header: 'No. Register', width: 16, kind: 'text' },
    { header: t('buku.kol.namaPeserta'), width: 30 },
    { header: 'L/P', width: 5, align: 'center' },
    { header: t('buku.kol.tandaTangan'), width: 30 },
  ];
  let r = kepala(ws, d, judul, kolom, t);
  const sesi = d.kosong || d.sesi.length === 0 ? [null] : d.sesi;
  sesi.forEach((s, i) => {
    const info: [string, string][] = [
      [t('buku.kol.sesi'), s?.sesi ?? ''],
      [t('buku.kol.tanggal'), s ? isoToDmy(s.tanggal) : ''],
      [
        t('buku.kol.kegiatan'),
        s ? `${s.label ?? s.kegiatan} (${STANDAR[s.layanan]?.nama ?? s.layanan})` : '',
      ],
      [t('buku.kol.pelaksana'), s?.pelaksana ?? ''],
    ];
    for (const [k, v] of info) {
      ws.getCell(r, 1).value = null;
      gabung(ws, `A${r}:B${r}`, k, { bold: true, align: 'left' });
      gabung(ws, `C${r}:E${r}`, v || '.................................................', {
        align: 'left',
      });
      r++;
    }
    kolom.forEach((k, c) => {
      const cell = ws.getCell(r, c + 1);
      cell.value = k.header;
      cell.font = { bold: true, size: 10 };
      cell.fill = HEAD_FILL;
      cell.border = TIPIS;
      cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    r++;
    const peserta = s?.peserta ?? [];
    const rows = Math.max(peserta.length + 3, s ? 0 : 20);
    for (let j = 0; j < rows; j++) {
      const p = peserta[j];
      ws.getRow(r).values = [
        j + 1,
        p?.nomor ?? null,
        p?.nama ?? null,
        p?.jenisKelamin ?? null,
        null,
      ];
      ws.getRow(r).height = 26; // room to sign
      for (let c = 1; c <= 5; c++) {
        ws.getCell(r, c).border = TIPIS;
        ws.getCell(r, c).alignment = {
          vertical: 'middle',
          horizontal: c === 1 || c === 4 ? 'center' : 'left',
        };
      }
      r++;
    }
    r = tandaTanganPelaksana(ws, r + 1, t);
    if (i + 1 < sesi.length) ws.getRow(r).addPageBreak();
    r += 2;
  });
  ws.views = [{ state: 'frozen', ySplit: BARIS_HEADER_BUKU }];
  ws.getRow(BARIS_HEADER_BUKU).hidden = true; // each session block has its own header row
  aturCetak(ws, { kertas: o.kertas, footer: t('buku.footer', { judul }), portrait: true });
}

function tandaTanganPelaksana(ws: ExcelJS.Worksheet, row: number, t: Translate): number {
  let r = row;
  gabung(ws, `D${r}:E${r}`, t('buku.pelaksanaKegiatan'), { align: 'center' });
  r += 4;
  gabung(ws, `D${r}:E${r}`, '( ........................................ )', { align: 'center' });
  return r + 1;
}

/* ----------------------------------------------------------- 5. aset */

function bukuAset(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  const { t } = o;
  const judul = t('buku.judul.aset');
  const ws = wb.addWorksheet(t('buku.lembar.aset'));
  const kolom: Kol[] = [
    { header: t('buku.kol.no'), width: 5, align: 'center' },
    { header: t('buku.kol.namaAset'), width: 40 },
    { header: t('buku.kol.dasar'), width: 24 },
    { header: t('buku.kol.ada'), width: 7, align: 'center' },
    { header: t('buku.kol.jumlah'), width: 8, align: 'center' },
    { header: t('buku.kol.kondisi'), width: 12 },
    { header: t('buku.kol.lokasi'), width: 16 },
    { header: t('buku.kol.tahunPerolehan'), width: 11, align: 'center' },
    { header: t('buku.kol.keterangan'), width: 24 },
  ];
  let r = kepala(ws, d, judul, kolom, t);
  const first = r;
  for (const kelompok of ['fasilitas', 'peralatan'] as const) {
    gabung(ws, `A${r}:I${r}`, t(`buku.aset.${kelompok}`), { bold: true, align: 'left' }).fill =
      BLOK_FILL;
    r++;
    let n = 0;
    for (const a of d.aset.filter((x) => x.kelompok === kelompok)) {
      const show = !d.kosong;
      ws.getRow(r++).values = [
        ++n,
        a.label,
        a.bagian,
        show && a.ada !== null ? (a.ada ? YA : TIDAK) : null,
        show ? a.jumlah : null,
        null,
        null,
        null,
        show ? a.keterangan : null,
      ];
    }
  }
  gabung(ws, `A${r}:I${r}`, t('buku.aset.lainnya'), { bold: true, align: 'left' }).fill = BLOK_FILL;
  r++;
  r += 10;
  penutup(ws, d, kolom, first, r, judul, t, o, { filter: false });
}

/* -------------------------------------------------------- 6. laporan */

function bukuLaporan(wb: ExcelJS.Workbook, d: BukuData, o: BukuRenderOptions): void {
  const { t } = o;
  const judul = t('buku.judul.laporan');
  const ws = wb.addWorksheet(t('buku.lembar.laporan'));
  const bulan = Array.from({ length: 12 }, (_, i) => t(`buku.bulan.${i + 1}`));
  const kolom: Kol[] = [
    { header: t('buku.kol.uraian'), width: 38 },
    ...bulan.map((b) => ({ header: b, width: 6, align: 'center' as const })),
    { header: t('buku.kol.jumlah'), width: 8, align: 'center' },
  ];
  let r = kepala(ws, d, judul, kolom, t);
  const first = r;
  const L = d.laporan;
  const measures = ['kasusBaru', 'kegiatan', 'proBono', 'terminasi', 'dirujuk'] as const;
  for (const m of measures) {
    const vals = L.bulan.map((b) => (d.kosong ? null : b[m]));
    ws.getRow(r++).values = [
      t(`buku.laporan.${m}`),
      ...vals,
      d.kosong ? null : vals.reduce<number>((s, v) => s + (v ?? 0), 0),
    ];
  }
  gabung(ws, `A${r}:N${r}`, t('buku.laporan.perKegiatan'), { bold: true, align: 'left' }).fill =
    BLOK_FILL;
  r++;
  for (const e of L.perKegiatan) {
    ws.getRow(r++).values = [
      `${e.label ?? e.kegiatan} (${e.layanan})`,
      ...e.perBulan,
      e.perBulan.reduce((s, v) => s + v, 0),
    ];
  }
  if (d.kosong) r += 15;
  penutup(ws, d, kolom, first, r, judul, t, o, { filter: false });
}

/** The books as one workbook. */
export async function renderBukuXlsx(d: BukuData, o: BukuRenderOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lembaga';
  wb.created = new Date(Date.UTC(2020, 0, 1));
  wb.modified = wb.created;
  const want = new Set(o.buku);
  if (want.has('register')) bukuRegister(wb, d, o);
  if (want.has('catatan')) bukuCatatan(wb, d, o);
  if (want.has('ringkasan')) bukuRingkasan(wb, d, o);
  if (want.has('hadir')) bukuHadir(wb, d, o);
  if (want.has('aset')) bukuAset(wb, d, o);
  if (want.has('laporan')) bukuLaporan(wb, d, o);
  if (want.has('register')) lembarKanonikSemua(wb, d, o);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
