/**
 * Print setup shared by the workbooks an administrator prints, signs and files (the tariff
 * matrix of 1.4.4, the service documents of 2.2.1 f): landscape A4 (or F4, sold in
 * Indonesia as "folio", Excel's paper size 14), fit to the page width, repeated header
 * rows, page numbers, and a signature block. The cell styles are in ../xlsx-gaya.ts.
 */
import type ExcelJS from 'exceljs';
import type { Kertas } from '../kertas.js';

/** Excel paper sizes: 9 = A4, 14 = Folio 8.5 × 13 in (216 × 330 mm, the Indonesian F4). */
const PAPER: Record<Kertas, number> = { A4: 9, F4: 14 };

/** Landscape, fit to width (as many pages tall as needed), header rows repeated, "Halaman X dari Y". */
export function aturCetak(
  ws: ExcelJS.Worksheet,
  opts: {
    kertas?: Kertas;
    judulBaris?: string;
    footer: string;
    portrait?: boolean;
    satuHalaman?: boolean;
  },
): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: PAPER[opts.kertas ?? 'A4'] as ExcelJS.PaperSize,
    orientation: opts.portrait ? 'portrait' : 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    // One page tall for a one-page attachment (the SK's Lampiran); otherwise as many as needed.
    fitToHeight: opts.satuHalaman ? 1 : 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(opts.judulBaris ? { printTitlesRow: opts.judulBaris } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: opts.footer, evenFooter: opts.footer };
}

/** Merge a range and style its master cell. */
export function gabung(
  ws: ExcelJS.Worksheet,
  range: string,
  value: ExcelJS.CellValue,
  style: {
    bold?: boolean;
    size?: number;
    italic?: boolean;
    align?: 'left' | 'center' | 'right';
    wrap?: boolean;
  } = {},
): ExcelJS.Cell {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(':')[0] ?? range);
  cell.value = value;
  cell.font = { bold: style.bold ?? false, italic: style.italic ?? false, size: style.size ?? 11 };
  cell.alignment = {
    horizontal: style.align ?? 'center',
    vertical: 'middle',
    wrapText: style.wrap ?? false,
  };
  return cell;
}

/**
 * A signature block at `row`, spanning columns `from`–`to`: place and date to fill, the
 * role line(s), room to sign, the name in brackets (dotted when unknown) and the NIP if any.
 * Returns the row after the block.
 */
export function blokTandaTangan(
  ws: ExcelJS.Worksheet,
  row: number,
  from: string,
  to: string,
  isi: { tempat: string; peran: string[]; nama: string | null; nip: string | null },
): number {
  let r = row;
  const line = (v: string, bold = false) => {
    gabung(ws, `${from}${r}:${to}${r}`, v, { bold, align: 'center' });
    r++;
  };
  line(`${isi.tempat}, ....................................`);
  for (const p of isi.peran) line(p);
  r += 3;
  line(isi.nama ? `( ${isi.nama} )` : '( ........................................ )', true);
  if (isi.nip) line(`NIP. ${isi.nip}`);
  return r;
}
