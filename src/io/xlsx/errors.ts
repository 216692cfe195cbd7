/**
 * Why a workbook could not be read, as a value: a code (its message key is
 * `register.xlsx.<code>`) and the parameters of the message.
 */
export type XlsxErrorCode =
  | 'tidakAda'
  | 'tidakTerbaca'
  | 'kosong'
  | 'xls'
  | 'ods'
  | 'bukanZip'
  | 'teks'
  | 'bukanXlsx'
  | 'rusak'
  | 'bagianHilang'
  | 'terlaluBesar'
  | 'terlaluBanyakBagian'
  | 'terlaluBanyakBaris'
  | 'xmlRusak';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'XlsxError';
  }
}
