/** Date helpers of the report: the calendar arithmetic is src/core/tanggal.ts, shared with the rules. */
import { isTanggal, selisihHari, tambahBulan, umur } from '../../core/tanggal.js';

export { selisihHari, tambahBulan };

/** The date if it is a real calendar date, else null. */
export function tanggalSah(s: unknown): string | null {
  return isTanggal(s) ? s : null;
}

/** Days since 1970-01-01. */
export function hariKe(s: string): number {
  return selisihHari('1970-01-01', s);
}

/** Completed years between a birth date and a date. */
export const umurPada = umur;

export function minTanggal(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxTanggal(a: string, b: string): string {
  return a > b ? a : b;
}

/** Median of numbers (mean of the two middle values for an even count). */
export function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = Float64Array.from(xs).sort();
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export { tanggalPanjang, tanggalPanjangDalam } from '../../core/tanggal.js';
