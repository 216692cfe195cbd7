/**
 * Value normalisation for legacy registers: dates in every form Indonesian
 * offices type them, NIK and staff names; the choice values (sex, service names,
 * statuses, ATENSI clusters, DTKS status, PPKS categories…) come from ../nilai.ts.
 * Pure functions; reasons are returned as i18n keys + params so the caller
 * localises them.
 */
import { serialToIso } from '../../core/excel.js';
import { distance } from 'fastest-levenshtein';
import type { Cell } from './cell.js';
import { fold } from '../../model/nilai.js';
import { maskNikText } from '../../core/nik.js';

// The choice values (sex, service, status, cluster, DTKS, PPKS, client kind…) are
// normalised in one place shared with the canonical Excel register reader.
export {
  fold,
  parseBasisLayanan,
  parseDtks,
  parseJenisKelamin,
  parseJenisKlien,
  parseKlaster,
  parseLayanan,
  parsePpks,
  parseStatus,
} from '../../model/nilai.js';

/** Day/month order: hari-bulan-tahun (Indonesia) or bulan-hari-tahun (US exports). */
export type UrutanTanggal = 'hbt' | 'bht';

export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(key: string, params?: Record<string, string | number>): Parsed<T> => ({
  ok: false,
  problem: { key, params },
});

// ---------------------------------------------------------------- dates

const BULAN: Record<string, number> = {
  januari: 1,
  jan: 1,
  january: 1,
  februari: 2,
  pebruari: 2,
  feb: 2,
  peb: 2,
  february: 2,
  febr: 2,
  maret: 3,
  mar: 3,
  march: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  agustus: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  agust: 8,
  aug: 8,
  august: 8,
  agus: 8,
  september: 9,
  sep: 9,
  sept: 9,
  spt: 9,
  oktober: 10,
  okt: 10,
  oct: 10,
  october: 10,
  november: 11,
  nov: 11,
  nop: 11,
  nopember: 11,
  desember: 12,
  des: 12,
  dec: 12,
  december: 12,
};

const HARI =
  /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*/i;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fullYear(y: string, tahunAcuan: number): number {
  if (y.length === 4) return Number(y);
  // Two-digit years: the latest year not more than one year after the reference year
  // ("12 Mar 75" is a birth in 1975, "12 Mar 24" an admission in 2024).
  const yy = Number(y);
  return 2000 + yy <= tahunAcuan + 1 ? 2000 + yy : 1900 + yy;
}

function checked(y: number, m: number, d: number, raw: string): Parsed<string> {
  if (y < 1900 || y > 2100) return bad('impor.alasan.tahunAneh', { nilai: raw });
  if (m < 1 || m > 12) return bad('impor.alasan.bulanTidakAda', { nilai: raw });
  if (d < 1 || d > daysIn(y, m)) return bad('impor.alasan.tanggalTidakAda', { nilai: raw });
  return ok(iso(y, m, d));
}

/** A serial day number of Excel's 1900 system (core/excel.ts), taken as a date only up to 2099-12-31. */
function serialKeIso(serial: number): string | null {
  return serial >= 1 && serial < 73051 ? serialToIso(serial) : null;
}

const NUMERIC_DMY =
  /^(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4}|\d{2})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
const ISO_YMD =
  /^(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const NAMED = /^(\d{1,2})(?:\s*[-/.\s]\s*|\s+)([a-z]+)\.?\s*[-/.,\s]\s*(\d{4}|\d{2})$/i;
const NAMED_US = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/i;

/** Evidence one value gives about day/month order: 'hbt' (first part > 12), 'bht' (second part > 12) or none. */
export function orderEvidence(cell: Cell): UrutanTanggal | 'ambigu' | null {
  if (cell.kind !== 'text') return null;
  const m = NUMERIC_DMY.exec(cell.text.replace(HARI, ''));
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'hbt';
  if (b > 12 && a <= 12) return 'bht';
  if (a <= 12 && b <= 12 && a !== b) return 'ambigu';
  return null;
}

/** Tally of a column's evidence, then the decision. */
export interface BuktiUrutan {
  hbt: number;
  bht: number;
  ambigu: number;
}

export function emptyBukti(): BuktiUrutan {
  return { hbt: 0, bht: 0, ambigu: 0 };
}

export function addBukti(b: BuktiUrutan, cell: Cell): void {
  const e = orderEvidence(cell);
  if (e) b[e]++;
}

export type AlasanUrutan = 'pilihan' | 'bukti' | 'bawaan' | 'bertentangan' | 'tidak-perlu';

/** Decide a column's order from all its values; ambiguous columns default to day-first (Indonesia). */
export function decideOrder(
  b: BuktiUrutan,
  override?: UrutanTanggal,
): { urutan: UrutanTanggal; alasan: AlasanUrutan } {
  if (override) return { urutan: override, alasan: 'pilihan' };
  if (b.hbt > 0 && b.bht === 0) return { urutan: 'hbt', alasan: 'bukti' };
  if (b.bht > 0 && b.hbt === 0) return { urutan: 'bht', alasan: 'bukti' };
  if (b.bht > 0 && b.hbt > 0)
    return { urutan: b.bht > b.hbt ? 'bht' : 'hbt', alasan: 'bertentangan' };
  return { urutan: 'hbt', alasan: b.ambigu > 0 ? 'bawaan' : 'tidak-perlu' };
}

/** Parse a date cell into ISO `YYYY-MM-DD`. */
export function parseTanggal(
  cell: Cell,
  urutan: UrutanTanggal,
  tahunAcuan: number,
): Parsed<string> {
  if (cell.kind === 'date' && cell.date) {
    // exceljs returns dates at UTC midnight: read them with getUTC* or Jakarta shifts them.
    const d = cell.date;
    return checked(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), cell.text);
  }
  if (cell.kind === 'number' && cell.number !== undefined)
    return fromNumber(cell.number, cell.text);
  if (cell.kind !== 'text') return bad('impor.alasan.tanggalTidakTerbaca', { nilai: cell.text });
  const raw = cell.text;
  const s = raw.replace(HARI, '').replace(/\s+/g, ' ').trim();
  // A serial number or yyyymmdd that a CSV export wrote as text; a bare year is not a date.
  if (/^(\d{5}|\d{8})(\.0+)?$/.test(s)) return fromNumber(Number(s), raw);
  let m = ISO_YMD.exec(s);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = NUMERIC_DMY.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3]!, tahunAcuan);
    return urutan === 'hbt' ? checked(y, b, a, raw) : checked(y, a, b, raw);
  }
  m = NAMED.exec(s);
  if (m) {
    const month = BULAN[m[2]!.toLowerCase()];
    if (!month) return bad('impor.alasan.bulanTidakDikenal', { nilai: raw });
    return checked(fullYear(m[3]!, tahunAcuan), month, Number(m[1]), raw);
  }
  m = NAMED_US.exec(s);
  if (m) {
    const month = BULAN[m[1]!.toLowerCase()];
    if (!month) return bad('impor.alasan.bulanTidakDikenal', { nilai: raw });
    return checked(Number(m[3]), month, Number(m[2]), raw);
  }
  return bad('impor.alasan.tanggalTidakTerbaca', { nilai: raw });
}

function fromNumber(n: number, raw: string): Parsed<string> {
  // 20240312 typed as a number (yyyymmdd).
  if (Number.isInteger(n) && n >= 19000101 && n <= 21001231) {
    return checked(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100, raw);
  }
  const s = serialKeIso(n);
  return s ? ok(s) : bad('impor.alasan.tanggalTidakTerbaca', { nilai: raw });
}

/** "Bandung, 12 Maret 2010" / "Bandung 12-03-2010" / "Bandung/12/03/2010": place and date of birth. */
export function splitTempatTanggal(text: string): { tempat: string; tanggal: string } {
  const s = text.trim();
  // The date is the tail that starts with a digit; the place is what precedes it.
  const m = /^(.*?)[\s,/;]*(\d{1,4}(?:[\s/\-.]+[A-Za-z0-9]+\.?)[\s/\-.,]+\d{2,4})\s*$/.exec(s);
  if (m && m[2]) return { tempat: m[1]!.replace(/[\s,/;-]+$/, '').trim(), tanggal: m[2].trim() };
  return { tempat: s, tanggal: '' };
}

// ---------------------------------------------------------------- NIK

export type NikResult =
  | { status: 'ok'; nik: string }
  /** Stored as a number but provably intact: kept, and flagged so the source gets fixed. */
  | { status: 'angka-utuh'; nik: string }
  /** Stored as a number and digits are lost (or cannot be trusted): not kept. */
  | { status: 'angka-rusak'; shown: string }
  /** Text that is not 16 digits after removing separators. */
  | { status: 'tidak-valid'; shown: string; digits: number };

const TWO_53 = 2 ** 53;

/**
 * NIK stays text. A number cell has passed through a double: above 2^53 its digits
 * changed, a 16-digit value typed in Excel keeps only 15 significant digits (the last
 * becomes 0), and fewer than 16 digits means digits are gone. Such a NIK is never
 * "repaired": it is left out and flagged. A 16-digit number ≤ 2^53 whose last digit is
 * not 0 cannot have been truncated or rounded, so it is kept — and still flagged.
 */
export function parseNik(cell: Cell): NikResult {
  if (cell.kind === 'number' && cell.number !== undefined) {
    const n = cell.number;
    const shown = cell.text;
    if (!Number.isInteger(n) || n < 0 || n > TWO_53) return { status: 'angka-rusak', shown };
    const s = BigInt(n).toString();
    if (s.length !== 16 || s.endsWith('0')) return { status: 'angka-rusak', shown };
    return { status: 'angka-utuh', nik: s };
  }
  const raw = cell.text.replace(/^'/, '');
  if (/e\+?\d+$/i.test(raw.replace(/\s/g, ''))) return { status: 'angka-rusak', shown: raw };
  // Only separators are removed (spaces, dots, dashes): never a digit added or changed.
  const cleaned = raw.replace(/[\s.\-_/]/g, '');
  if (/^\d{16}$/.test(cleaned)) return { status: 'ok', nik: cleaned };
  return { status: 'tidak-valid', shown: raw, digits: cleaned.replace(/\D/g, '').length };
}

/** "3273********0001": NIK as the terminal shows it (the one masker of core/nik.ts). */
export { maskNikText as maskNik };

// ---------------------------------------------------------------- staff

export interface StafRingkas {
  id: string;
  nama: string;
}

const GELAR =
  /\b(s ?sos|s ?tr ?sos|s ?st|m ?si|m ?sos|m ?kes|s ?psi|m ?psi|s ?pd|s ?h|s ?e|s ?kom|s ?kep|a ?md|amd|sp ?1|drs|dra|dr|ir|hj|h|ns|psikolog|m ?m|m ?pd|s ?ag|s ?ip|s ?ikom|s ?i ?kom|spd)\b/g;

function foldNama(s: string): string {
  return fold(s).replace(GELAR, ' ').replace(/\s+/g, ' ').trim();
}

export type StafMatch = { id: string; how: 'id' | 'nama' | 'mirip' } | null;

/** A worker's name (or id) to a staff id of lembaga.yaml: exact, then without titles, then close spelling. */
export function matchStaf(text: string, staf: readonly StafRingkas[]): StafMatch {
  const t = text.trim();
  if (!t) return null;
  const byId = staf.find((s) => s.id.toLowerCase() === t.toLowerCase());
  if (byId) return { id: byId.id, how: 'id' };
  const f = foldNama(t);
  const exact = staf.filter((s) => foldNama(s.nama) === f);
  if (exact.length === 1) return { id: exact[0]!.id, how: 'nama' };
  if (exact.length > 1) return null;
  let best: StafRingkas | null = null;
  let bestD = Infinity;
  let tie = false;
  for (const s of staf) {
    const d = distance(foldNama(s.nama), f);
    if (d < bestD) {
      bestD = d;
      best = s;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  if (best && !tie && bestD <= Math.max(1, Math.floor(f.length / 6)))
    return { id: best.id, how: 'mirip' };
  // A first name alone ("Dewi") when exactly one staff member has it.
  const firsts = staf.filter((s) => foldNama(s.nama).split(' ').includes(f) && f.length >= 3);
  if (firsts.length === 1) return { id: firsts[0]!.id, how: 'mirip' };
  return null;
}
