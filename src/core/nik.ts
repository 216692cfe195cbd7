/**
 * NIK (Nomor Induk Kependudukan): 16 digits = province (2) + regency/city (2) +
 * district (2) + birth date DDMMYY, 40 added to the day for women + serial (4,
 * never 0000). Always text: 16 digits do not fit a double exactly.
 */
export interface NikInfo {
  provinsi: string;
  kabupaten: string;
  kecamatan: string;
  /** Day of birth, 1–31, with the +40 removed. */
  hari: number;
  bulan: number;
  /** Two-digit year. */
  tahun2: number;
  jenisKelamin: 'L' | 'P';
  serial: string;
}

export type NikProblem =
  'panjang' | 'bukan-angka' | 'provinsi' | 'kabupaten' | 'kecamatan' | 'tanggal' | 'serial';

/** Parse a NIK; returns the problem when it is not well formed. */
export function parseNik(
  nik: string,
): { ok: true; info: NikInfo } | { ok: false; problem: NikProblem } {
  if (!/^\d+$/.test(nik)) return { ok: false, problem: 'bukan-angka' };
  if (nik.length !== 16) return { ok: false, problem: 'panjang' };
  const prov = Number(nik.slice(0, 2));
  const kab = Number(nik.slice(2, 4));
  const kec = Number(nik.slice(4, 6));
  let hari = Number(nik.slice(6, 8));
  const bulan = Number(nik.slice(8, 10));
  const tahun2 = Number(nik.slice(10, 12));
  const serial = nik.slice(12);
  // Province codes run 11 (Aceh) to 97 (Papua provinces after the 2022 split).
  if (prov < 11 || prov > 97) return { ok: false, problem: 'provinsi' };
  // Regencies 01–69, cities 71–99; 00 and 70 do not exist.
  if (kab === 0 || kab === 70) return { ok: false, problem: 'kabupaten' };
  if (kec === 0) return { ok: false, problem: 'kecamatan' };
  const jk: 'L' | 'P' = hari > 40 ? 'P' : 'L';
  if (hari > 40) hari -= 40;
  if (hari < 1 || hari > 31 || bulan < 1 || bulan > 12) return { ok: false, problem: 'tanggal' };
  const maxDay = new Date(Date.UTC(2000 + tahun2, bulan, 0)).getUTCDate();
  if (hari > maxDay && !(bulan === 2 && hari === 29)) return { ok: false, problem: 'tanggal' };
  if (serial === '0000') return { ok: false, problem: 'serial' };
  return {
    ok: true,
    info: {
      provinsi: nik.slice(0, 2),
      kabupaten: nik.slice(2, 4),
      kecamatan: nik.slice(4, 6),
      hari,
      bulan,
      tahun2,
      jenisKelamin: jk,
      serial,
    },
  };
}

/**
 * The value of one character as a decimal digit, or -1. Any Unicode decimal digit counts
 * (full-width ０–９, Arabic-Indic, Devanagari, mathematical bold…): every block of decimal digits
 * in Unicode is a run of tens starting at zero. Compatibility digits (superscripts, circled) count
 * through NFKC.
 */
export function nilaiDigit(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x30 && cp <= 0x39) return cp - 0x30;
  if (/^\p{Nd}$/u.test(ch)) {
    let awal = cp;
    while (awal > 0 && /^\p{Nd}$/u.test(String.fromCodePoint(awal - 1))) awal--;
    return (cp - awal) % 10;
  }
  if (cp < 0x80) return -1;
  const n = ch.normalize('NFKC');
  return n.length === 1 && n >= '0' && n <= '9' ? n.charCodeAt(0) - 0x30 : -1;
}

/** Characters that show nothing: zero-width spaces and joiners, BOM, soft hyphen, marks. */
const TAK_TAMPAK = /^[\p{Cf}\p{Mn}\p{Me}\u034f\u115f\u1160\u3164\uffa0]$/u;
/** Separators people type inside a NIK: spaces, dots, dashes (any Unicode space or dash). */
const PEMISAH = /^[\p{Zs}\t.\-\u2010-\u2015\u2212\u00b7\u2027\u2219\u30fb\uff0e\uff0d]$/u;
/** At most this many visible separators between two digits of one run. */
const PEMISAH_MAKS = 3;
/** A digit run this long (after normalising) is treated as a NIK; 16 is a NIK, 15 and 17 are typos of one. */
export const NIK_DIGIT_MIN = 15;

/** The digits of a NIK-like value: Unicode digits normalised to ASCII, everything else dropped. */
export function digitNik(s: string): string {
  let out = '';
  for (const ch of s) {
    const d = nilaiDigit(ch);
    if (d >= 0) out += String(d);
  }
  return out;
}

/**
 * Mask a NIK field (the whole value is the NIK): its digits normalised, separators and
 * invisible characters dropped, all but the first 4 and last 4 digits hidden: 3273********0001.
 * Fewer than 12 digits: everything hidden (4 + 4 would show most of it).
 */
export function maskNikText(nik: string): string {
  const d = digitNik(nik);
  if (d.length === 0) return nik.trim() === '' ? '' : '****';
  return d.length >= 12
    ? d.slice(0, 4) + '*'.repeat(d.length - 8) + d.slice(-4)
    : '*'.repeat(d.length);
}

/**
 * Mask every NIK-like run inside a text (messages, values, hints, report cells): a run of
 * digits — any Unicode digits, joined by up to 3 spaces, dots or dashes and any invisible
 * characters — with 15 or more digits in all becomes the first 4 and last 4 digits around
 * asterisks. Everything else in the text is kept as it was.
 */
export function maskNikDalamTeks(s: string): string {
  if (typeof s !== 'string' || s.length < NIK_DIGIT_MIN) return s;
  // Fast path: plain ASCII with fewer than 15 digits holds no NIK (most messages).
  let ascii = true;
  let nDigit = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c >= 0x80) {
      ascii = false;
      break;
    }
    if (c >= 0x30 && c <= 0x39) nDigit++;
  }
  if (ascii && nDigit < NIK_DIGIT_MIN) return s;
  const chars = Array.from(s);
  let changed = false;
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (nilaiDigit(chars[i]!) < 0) {
      out += chars[i]!;
      i++;
      continue;
    }
    // A run: digit (gap digit)*, a gap being invisible characters and at most 3 separators.
    let digits = String(nilaiDigit(chars[i]!));
    let end = i + 1; // exclusive, just after the last digit of the run
    let j = end;
    for (;;) {
      let pemisah = 0;
      while (j < chars.length) {
        const c = chars[j]!;
        if (TAK_TAMPAK.test(c)) j++;
        else if (PEMISAH.test(c) && pemisah < PEMISAH_MAKS) {
          pemisah++;
          j++;
        } else break;
      }
      if (j < chars.length && nilaiDigit(chars[j]!) >= 0) {
        digits += String(nilaiDigit(chars[j]!));
        j++;
        end = j;
      } else break;
    }
    if (digits.length >= NIK_DIGIT_MIN) {
      out += digits.slice(0, 4) + '*'.repeat(digits.length - 8) + digits.slice(-4);
      changed = true;
    } else out += chars.slice(i, end).join('');
    i = end;
  }
  // Unchanged: the original string, not the character-by-character copy (a rope of one node
  // per character, ~30 bytes each, kept by every finding).
  return changed ? out : s;
}

/** maskNikDalamTeks over every string inside a value (objects and lists copied, not changed). */
export function maskNikDalam<T>(x: T): T {
  if (typeof x === 'string') return maskNikDalamTeks(x) as T;
  if (Array.isArray(x)) return x.map((v: unknown) => maskNikDalam(v)) as T;
  if (x && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype)
    return Object.fromEntries(
      Object.entries(x as Record<string, unknown>).map(([k, v]) => [k, maskNikDalam(v)]),
    ) as T;
  return x;
}
