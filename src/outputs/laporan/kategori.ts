/**
 * Fixed category lists of the report's breakdowns. Every breakdown also has
 * `tidak-diisi` (not filled in) and, where values are free text, `lainnya`
 * (a value that is not in the list), so its categories always add up to its total.
 */

/** The 26 PPKS categories, from the one list in src/standards/ppks.ts. */
export { PPKS } from '../../standards/ppks.js';

/**
 * Age groups, by age at the start of the service period (intake): a child taken in at 17 is
 * counted as a child for the whole case. Limits follow UU 35/2014 (anak: under 18) and
 * UU 13/1998 (lanjut usia: 60 and over).
 */
export const KELOMPOK_UMUR: readonly (readonly [key: string, min: number, max: number])[] = [
  ['0-5', 0, 5],
  ['6-12', 6, 12],
  ['13-17', 13, 17],
  ['18-59', 18, 59],
  ['60+', 60, 200],
];

export const TIDAK_DIISI = 'tidak-diisi';
export const LAINNYA = 'lainnya';
/** Sex and age do not apply to a family, group or community client. */
export const TIDAK_BERLAKU = 'tidak-berlaku';

/** Normalise a free-text value to a grouping key. */
export function kunciTeks(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
