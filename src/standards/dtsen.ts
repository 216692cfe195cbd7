/**
 * DTKS → DTSEN (Inpres 4/2025): a register may write the client's status under
 * `dtsen` or `dtks` (same values); rules read either through this helper, and
 * name the register "DTSEN (dahulu DTKS)" for dates from the Inpres.
 */
import type { StatusDtks } from '../model/kasus.js';

/** Inpres 4/2025 tentang Data Tunggal Sosial dan Ekonomi Nasional. */
export const DTSEN_SEJAK = '2025-02-05';

/** The client's status in the national social register, and the field it was written in. */
export function statusDataSosial(klien: { dtks?: StatusDtks; dtsen?: StatusDtks }): {
  status: StatusDtks | undefined;
  kunci: 'dtsen' | 'dtks';
} {
  if (klien.dtsen !== undefined) return { status: klien.dtsen, kunci: 'dtsen' };
  return { status: klien.dtks, kunci: 'dtks' };
}

/** Whether DTSEN is the register's name on this date. */
export function eraDtsen(tanggal: string): boolean {
  return tanggal >= DTSEN_SEJAK;
}
