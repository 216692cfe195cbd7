/**
 * Sections of the catalogue looked up by key, so that no rule types a Lampiran letter by hand
 * (letters differ between services; katalog.ts numbers them from the text).
 */
import type { Bagian, StandarLayanan } from '../types.js';

/** The section of the catalogue item `key` of a list (an SOP activity, a guarantee, a complaint step…). */
export const itemBagian = <T extends { key: string; bagian: Bagian }>(
  list: readonly T[],
  key: string,
) => list.find((i) => i.key === key)?.bagian;

/** The section of one competence (`key`) of social workers (2.3.1) or supervisors (2.3.2). */
export const huruf = (s: StandarLayanan, list: 'pekerjaSosial' | 'supervisor', key: string) =>
  s.kompetensi[list].find((q) => q.key === key)!.bagian;

/** The sections of one competence for social workers and for supervisors (2.3.1, 2.3.2). */
export const hurufPekerjaSupervisor = (s: StandarLayanan, key: string) => [
  huruf(s, 'pekerjaSosial', key),
  huruf(s, 'supervisor', key),
];
