/**
 * Excel rendering of the annual report: one sheet per part, figures as real numbers
 * (with Indonesian number formats) so users can compute with them, charts as images,
 * A4 print setup with a "Halaman X dari Y" footer. Pure: document model in, bytes out.
 */
import { isiPadat } from '../xlsx-gaya.js';
import ExcelJS from 'exceljs';
import type { Translate } from '../../i18n/index.js';
import type { Blok, Dokumen, Sel } from './dokumen.js';
import { selTeks, type Bahasa } from './dokumen.js';
import type { GambarGrafik } from './render-docx.js';
import type { Satuan } from './types.js';

export interface XlsxOptions {
  bahasa: Bahasa;
  t: Translate;
  grafik?: ReadonlyMap<string, GambarGrafik>;
}

const KOLOM = 8;
const FMT: Record<Satuan, string> = {
  kasus: '#,##0',
  kegiatan: '#,##0',
  pengaduan: '#,##0',
  rujukan: '#,##0',
  produk: '#,##0',
  orang: '#,##0',
  hari: '#,##0.0',
  rupiah: '"Rp "#,##0',
  persen: '0.0" %"',
};
const isi = isiPadat;
const FILL_KEPALA = isi('FFD9E2F3');
const FILL_TOTAL = isi('FFF2F2F2');
const TIPIS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function tulisSel(cell: ExcelJS.Cell, s: Sel, bahasa: Bahasa): void {
  if ('angka' in s) {
    cell.value = s.angka;
    cell.numFmt = FMT[s.satuan];
    cell.alignment = { horizontal: 'right' };
  } else {
    cell.value = selTeks(s, bahasa);
    if (/^(< \d+|–)$/.test(s.teks)) cell.alignment = { horizontal: 'right' };
  }
}

/** Text across the sheet's width at `row`; returns the next row. */
function tulisTeksPenuh(
  ws: ExcelJS.Worksheet,
  row: number,
  teks: string,
  font: Partial<ExcelJS.Font>,
  tinggi?: number,
): number {
  ws.mergeCells(row, 1, row, KOLOM);
  const c = ws.getCell(row, 1);
  c.value = teks;
  c.font = font;
  c.alignment = { wrapText: true, vertical: 'top' };
  // Merged cells do not grow with their text in Excel: estimate the height.
  ws.getRow(row).height = tinggi ?? Math.max(15, Math.ceil(teks.length / 120) * 15);
  return row + 1;
}

/** A table block: title, note, header row, rows (the last one the totals), notes below. */
function blokTabel(
  ws: ExcelJS.Worksheet,
  b: Extract<Blok, { jenis: 'tabel' }>,
  row: number,
  o: XlsxOptions,
): number {
  const teksPenuh = (teks: string, font: Partial<ExcelJS.Font>) =>
    tulisTeksPenuh(ws, row, teks, font);
  row = teksPenuh(b.judul, { bold: true, size: 11 });
  if (b.keterangan) row = teksPenuh(b.keterangan, { italic: true, size: 9 });
  // A two-column table (identity) spreads its text column over the rest of the sheet.
  const lebarKedua = b.kepala.length === 2;
  if (lebarKedua) ws.mergeCells(row, 2, row, KOLOM);
  const kepala = ws.getRow(row);
  b.kepala.forEach((h, i) => {
    const c = kepala.getCell(i + 1);
    c.value = h;
    c.font = { bold: true, size: 10 };
    c.fill = FILL_KEPALA;
    c.border = TIPIS;
    c.alignment = {
      wrapText: true,
      vertical: 'middle',
      horizontal: i === 0 ? 'left' : 'center',
    };
  });
  row++;
  b.baris.forEach((r, ri) => {
    if (lebarKedua) ws.mergeCells(row, 2, row, KOLOM);
    const xr = ws.getRow(row);
    const total = b.adaTotal && ri === b.baris.length - 1;
    r.forEach((s, i) => {
      const c = xr.getCell(i + 1);
      tulisSel(c, s, o.bahasa);
      c.border = TIPIS;
      c.font = { size: 10, bold: total };
      if (total) c.fill = FILL_TOTAL;
      if (i === 0 || !('angka' in s))
        c.alignment = { ...(c.alignment ?? {}), wrapText: true, vertical: 'top' };
    });
    const panjang = Math.max(
      ...r.map((s, i) => selTeks(s, o.bahasa).length / (i === 0 ? 55 : lebarKedua ? 110 : 16)),
    );
    if (panjang > 1) xr.height = Math.ceil(panjang) * 14;
    row++;
  });
  for (const c of b.catatan) row = teksPenuh(c, { italic: true, size: 9 });
  return row + 1;
}

/** Write one block at `row`; returns the next free row. */
function blok(
  ws: ExcelJS.Worksheet,
  wb: ExcelJS.Workbook,
  b: Blok,
  row: number,
  o: XlsxOptions,
): number {
  const teksPenuh = (teks: string, font: Partial<ExcelJS.Font>, tinggi?: number) =>
    tulisTeksPenuh(ws, row, teks, font, tinggi);
  switch (b.jenis) {
    case 'judul':
      return (
        teksPenuh(
          b.teks,
          { bold: true, size: b.tingkat === 1 ? 14 : 12, color: { argb: 'FF1F3864' } },
          b.tingkat === 1 ? 22 : 18,
        ) + 0
      );
    case 'paragraf':
      return teksPenuh(b.teks, { size: 10 }) + 1;
    case 'daftar': {
      for (const x of b.butir) row = teksPenuh(`• ${x}`, { size: 10 });
      return row + 1;
    }
    case 'grafik': {
      const g = o.grafik?.get(b.id);
      if (!g) return row;
      const id = wb.addImage({
        buffer: Buffer.from(g.png) as unknown as ExcelJS.Buffer,
        extension: 'png',
      });
      const lebar = 720;
      const tinggi = Math.round((g.tinggi / g.lebar) * lebar);
      ws.addImage(id, { tl: { col: 0, row: row - 1 }, ext: { width: lebar, height: tinggi } });
      const baris = Math.ceil(tinggi / 20) + 1;
      row += baris;
      return teksPenuh(b.judul, { italic: true, size: 9 }) + 1;
    }
    case 'tabel':
      return blokTabel(ws, b, row, o);
  }
}

/** The report as an .xlsx workbook. */
export async function renderXlsx(doc: Dokumen, o: XlsxOptions): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lembaga';
  wb.title = doc.judul;
  const footer = o.t('laporan.footer', { halaman: '&P', jumlah: '&N' });
  const versi = doc.publik ? o.t('laporan.footerPublik') : o.t('laporan.footerInternal');
  doc.bab.forEach((bab, i) => {
    const ws = wb.addWorksheet(bab.lembar, {
      pageSetup: {
        paperSize: 9,
        orientation: 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
      },
      headerFooter: { oddFooter: `&L${versi}&C${footer}`, evenFooter: `&L${versi}&C${footer}` },
      views: [{ showGridLines: false }],
    });
    ws.columns = [{ width: 48 }, ...Array.from({ length: KOLOM - 1 }, () => ({ width: 15 }))];
    let row = 1;
    if (i === 0) {
      row = blok(ws, wb, { jenis: 'judul', tingkat: 1, teks: doc.judul }, row, o);
      row = blok(ws, wb, { jenis: 'paragraf', teks: doc.subjudul }, row, o);
    }
    for (const b of bab.blok) row = blok(ws, wb, b, row, o);
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
