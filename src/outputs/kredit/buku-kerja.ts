/**
 * What the credit report workbooks share: a reproducible workbook (fixed dates, loaded lazily)
 * and a bold, shaded header row. Used by the 2020 report (xlsx.ts) and the conversion report
 * (konversi.ts).
 */
import type { Workbook, Worksheet } from 'exceljs';

export const HEAD_FILL = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFD9E1F2' },
} as const;

/** A new workbook; a fixed date keeps the file reproducible between runs. */
export async function bukuKerja(): Promise<Workbook> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lembaga';
  wb.created = new Date(Date.UTC(2020, 0, 1));
  wb.modified = wb.created;
  return wb;
}

/** Titles in `row`, bold on the header fill; `bungkus` also wraps them at the top. */
export function barisJudul(ws: Worksheet, row: number, titles: string[], bungkus = true): void {
  const r = ws.getRow(row);
  titles.forEach((h, i) => {
    const c = r.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = HEAD_FILL;
    if (bungkus) c.alignment = { wrapText: true, vertical: 'top' };
  });
}
