/**
 * Cell styles shared by the workbooks the outputs write (the tariff matrix, the register
 * books, the annual report): solid fills and the thin border. Print setup (paper, footer,
 * signature block) is in tarif/cetak-xlsx.ts; the paper sizes in kertas.ts.
 */
import type ExcelJS from 'exceljs';

/** A thin black border on all four sides. */
export const TIPIS: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A solid cell fill of one ARGB colour. */
export function isiPadat(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

/** The pale blue of header cells in the printed workbooks. */
export const ISI_KEPALA = isiPadat('FFD9E1F2');
