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

/** Mask all but the first 4 and last 4 digits: 3273********0001. */
export function maskNikText(nik: string): string {
  return nik.length >= 12
    ? nik.slice(0, 4) + '*'.repeat(nik.length - 8) + nik.slice(-4)
    : '*'.repeat(nik.length);
}

/** Mask every NIK-like run of 16 digits inside a text (messages, values, hints). */
export function maskNikDalamTeks(s: string): string {
  return s.replace(/(?<!\d)(\d{4})\d{8}(\d{4})(?!\d)/g, '$1********$2');
}
