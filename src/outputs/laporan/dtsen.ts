/**
 * The national social register's name in the annual report: DTKS until Inpres 4/2025 made
 * DTSEN its successor (from 2025-02-05, src/standards/dtsen.ts). A report whose period reaches
 * that date calls it "DTSEN (dahulu DTKS)" in its tables and notes, as the messages do.
 */
import type { Translate } from '../../i18n/index.js';
import { eraDtsen } from '../../standards/dtsen.js';

/** `t` with "DTKS" named as DTSEN in the report's data-social labels when `akhirPeriode` calls for it. */
export function denganNamaDtsen(
  t: Translate,
  akhirPeriode: string,
  bahasa: 'id' | 'en',
): Translate {
  if (!eraDtsen(akhirPeriode)) return t;
  const nama = bahasa === 'en' ? 'DTSEN (formerly DTKS)' : 'DTSEN (dahulu DTKS)';
  return (key, params) => {
    const s = t(key, params);
    return /dtks/i.test(key) && !s.includes('DTSEN') ? s.replace(/\bDTKS\b/g, nama) : s;
  };
}
