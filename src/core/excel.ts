/**
 * Spreadsheet primitives that every workbook reader and writer shares: the column letters of
 * a column number, and the date arithmetic of the spreadsheet serial number (days since
 * 1899-12-30, with Lotus's 1900 leap-year bug; or since 1904-01-01). Dates are calendar
 * dates: UTC, never local time (a Jakarta machine at UTC+7 would otherwise shift them by a day).
 */

/** Excel column letters of a 1-based column number: 1 → A, 26 → Z, 27 → AA. */
export function hurufKolom(n: number): string {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Largest serial Excel accepts (9999-12-31). */
export const MAX_SERIAL = 2958465;

const isoCache = new Map<number, string | null>();

/** ISO YYYY-MM-DD of a serial date number, or null when out of Excel's range. */
export function serialToIso(serial: number, date1904 = false): string | null {
  // Registers repeat the same few thousand days; formatting a Date each time was a hot spot.
  const key = date1904 ? serial + 1e7 : serial;
  const hit = isoCache.get(key);
  if (hit !== undefined) return hit;
  const iso = computeIso(serial, date1904);
  if (isoCache.size < 200_000) isoCache.set(key, iso);
  return iso;
}

function computeIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL) return null;
  // Times stored as fractions can land a hair below midnight (45658.99999999): round to the millisecond first.
  let days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  if (!date1904 && days === 60) return null; // 1900-02-29, Lotus's day that never was
  if (!date1904 && days < 60) days += 1; // before it the epoch is one day later
  const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Serial date number of an ISO date (1900 system). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_1900) / DAY_MS);
}

/** An ISO date as the UTC midnight Date a workbook writer stores; null for anything else. */
export function isoKeDate(iso: string | null | undefined): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  return new Date(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))),
  );
}
