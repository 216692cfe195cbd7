/**
 * The paper sizes the printed outputs support: A4 and F4 (215 × 330 mm, sold in Indonesia as
 * "folio", the paper many offices print decrees on). One list for the Word renderer
 * (dokumen/render-docx.ts), the workbooks' print setup (tarif/cetak-xlsx.ts) and the
 * `--kertas` option that chooses among them.
 */
import { terdekat } from '../core/mirip.js';

export const KERTAS = ['A4', 'F4'] as const;

export type Kertas = (typeof KERTAS)[number];

/**
 * A paper size as typed (any case, surrounding spaces ignored; "folio" is F4): the size, or
 * the closest supported one as a suggestion ("A5" → A4) when it is one edit away, else null.
 */
export function bacaKertas(nilai: string): { kertas: Kertas } | { saran: Kertas | null } {
  const n = nilai.trim().toUpperCase();
  const kertas = n === 'FOLIO' ? 'F4' : KERTAS.find((k) => k === n);
  if (kertas) return { kertas };
  const dekat = terdekat(n, KERTAS);
  return { saran: dekat && dekat.jarak <= 1 ? (dekat.nilai as Kertas) : null };
}
