/** Calendar arithmetic on ISO dates `YYYY-MM-DD`, in UTC so no time zone shifts a day. */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date if it is a real calendar date, else null. */
export function tanggalSah(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const m = ISO.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) &&
    d.getUTCMonth() === Number(m[2]) - 1 &&
    d.getUTCDate() === Number(m[3])
    ? s
    : null;
}

/** Days since 1970-01-01. */
export function hariKe(s: string): number {
  return Math.round(Date.parse(s + 'T00:00:00Z') / 86_400_000);
}

/** Whole days from a to b. */
export function selisihHari(a: string, b: string): number {
  return hariKe(b) - hariKe(a);
}

/** The same day n months later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function tambahBulan(s: string, n: number): string {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7)) - 1 + n;
  const d = Number(s.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${String(ty).padStart(4, '0')}-${String(tm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Completed years between a birth date and a date. */
export function umurPada(lahir: string, pada: string): number {
  let u = Number(pada.slice(0, 4)) - Number(lahir.slice(0, 4));
  if (pada.slice(5) < lahir.slice(5)) u--;
  return u;
}

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
