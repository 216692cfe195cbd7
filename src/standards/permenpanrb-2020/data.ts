/**
 * The numbers of the PermenPANRB of 2020 on the Jabatan Fungsional Pekerja
 * Sosial (seed `002_…`), declared once with the section each comes from.
 *
 * How the seed is read: most articles appear twice and several `Article N`
 * headers are missing or misplaced (e.g. the text of Pasal 15 follows a second
 * copy of Pasal 14 with no header; Pasal 29 and Pasal 36 have no header and are
 * numbered by the cross-references in Pasal 30 ayat 3 and Pasal 37 ayat 1). Only
 * the body is present: the Lampiran (credit value per activity, cumulative
 * thresholds per pangkat) is absent, so values come from the log and thresholds
 * from the log's `ambang` section.
 */
import {
  JENJANG_KEAHLIAN,
  JENJANG_KETERAMPILAN,
  type JenjangKey,
  type KategoriJabatan,
  type PeranPenulis,
  type TingkatKegiatan,
} from '../../model/kredit.js';

export const RULESET_ID = 'permenpanrb-2020-jf-peksos';
export const RULESET_JUDUL = 'PermenPANRB 2020 tentang Jabatan Fungsional Pekerja Sosial';
/** Prefix of every reference ("PermenPANRB 2020 JF Pekerja Sosial Pasal 26 ayat 1 huruf a"). */
export const REF_PREFIX = 'PermenPANRB 2020 JF Pekerja Sosial';

export function ref(section: string): string {
  return `${REF_PREFIX} ${section}`;
}

export interface Jenjang {
  key: JenjangKey;
  kategori: KategoriJabatan;
  /** 0 = lowest rank of its category (Pasal 5 ayat 2 and 3 list them "dari jenjang terendah sampai jenjang tertinggi"). */
  urutan: number;
  label: string;
  /** Yearly minimum (Pasal 26 ayat 1 / ayat 3). */
  target: { nilai: number; bagian: string };
  /** Lower yearly minimum while waiting for a vacancy in the next rank (Pasal 27 ayat 1 / ayat 3); none for the top rank. */
  targetMenungguLowongan?: { nilai: number; bagian: string };
  /** Yearly minimum at the highest pangkat of the top rank (Pasal 27 ayat 2 / ayat 4), replacing Pasal 26 (ayat 2 / ayat 4). */
  targetPangkatTertinggi?: { nilai: number; bagian: string; pengecualian: string };
  /** Professional-development credits required before moving up (Pasal 39 ayat 4). */
  pengembanganProfesiMinimal?: { nilai: number; bagian: string; ke: JenjangKey };
  /** Highest age at appointment by transfer into this rank (Pasal 15 ayat 2 huruf h). */
  usiaPerpindahan?: { nilai: number; bagian: string };
}

/**
 * One rank from its own figures: the yearly target (Pasal 26) and, below the top, the target while
 * waiting for a vacancy (Pasal 27). Its category, its order and the letter of both clauses follow
 * from its place in Pasal 5 ayat 2–3 (JENJANG_KETERAMPILAN, JENJANG_KEAHLIAN).
 */
function jenjang(
  key: JenjangKey,
  label: string,
  target: number,
  menungguLowongan: number | null,
  lain: Pick<
    Jenjang,
    'targetPangkatTertinggi' | 'pengembanganProfesiMinimal' | 'usiaPerpindahan'
  > = {},
): Jenjang {
  const keterampilan = (JENJANG_KETERAMPILAN as readonly string[]).includes(key);
  const urutan = (keterampilan ? JENJANG_KETERAMPILAN : JENJANG_KEAHLIAN).indexOf(key as never);
  const huruf = `ayat ${keterampilan ? 1 : 3} huruf ${String.fromCharCode(97 + urutan)}`;
  return {
    key,
    kategori: keterampilan ? 'keterampilan' : 'keahlian',
    urutan,
    label: `Pekerja Sosial ${label}`,
    target: { nilai: target, bagian: `Pasal 26 ${huruf}` },
    ...(menungguLowongan === null
      ? {}
      : { targetMenungguLowongan: { nilai: menungguLowongan, bagian: `Pasal 27 ${huruf}` } }),
    ...lain,
  };
}

export const JENJANG: Readonly<Record<JenjangKey, Jenjang>> = {
  pemula: jenjang('pemula', 'Pemula', 3.75, 3),
  terampil: jenjang('terampil', 'Terampil', 5, 4),
  mahir: jenjang('mahir', 'Mahir', 12.5, 10, {
    pengembanganProfesiMinimal: { nilai: 4, bagian: 'Pasal 39 ayat 4 huruf a', ke: 'penyelia' },
  }),
  penyelia: jenjang('penyelia', 'Penyelia', 25, null, {
    targetPangkatTertinggi: {
      nilai: 10,
      bagian: 'Pasal 27 ayat 2',
      pengecualian: 'Pasal 26 ayat 2',
    },
  }),
  'ahli-pertama': jenjang('ahli-pertama', 'Ahli Pertama', 12.5, 10, {
    usiaPerpindahan: { nilai: 53, bagian: 'Pasal 15 ayat 2 huruf h angka 1' },
  }),
  'ahli-muda': jenjang('ahli-muda', 'Ahli Muda', 25, 20, {
    pengembanganProfesiMinimal: { nilai: 6, bagian: 'Pasal 39 ayat 4 huruf b', ke: 'ahli-madya' },
    usiaPerpindahan: { nilai: 53, bagian: 'Pasal 15 ayat 2 huruf h angka 1' },
  }),
  'ahli-madya': jenjang('ahli-madya', 'Ahli Madya', 37.5, 30, {
    pengembanganProfesiMinimal: { nilai: 12, bagian: 'Pasal 39 ayat 4 huruf c', ke: 'ahli-utama' },
    usiaPerpindahan: { nilai: 55, bagian: 'Pasal 15 ayat 2 huruf h angka 2' },
  }),
  'ahli-utama': jenjang('ahli-utama', 'Ahli Utama', 50, null, {
    targetPangkatTertinggi: {
      nilai: 25,
      bagian: 'Pasal 27 ayat 4',
      pengecualian: 'Pasal 26 ayat 4',
    },
    usiaPerpindahan: { nilai: 60, bagian: 'Pasal 15 ayat 2 huruf h angka 3' },
  }),
};

/** The rank one step up or down in the same category, if any. */
export function jenjangTetangga(key: JenjangKey, arah: 1 | -1): Jenjang | null {
  const j = JENJANG[key];
  return (
    Object.values(JENJANG).find((x) => x.kategori === j.kategori && x.urutan === j.urutan + arah) ??
    null
  );
}

/** Credit factor for work of another rank under written assignment (Pasal 11 ayat 1 huruf a and b). */
export const FAKTOR_TINGKAT: Readonly<Record<TingkatKegiatan, { faktor: number; bagian: string }>> =
  {
    sendiri: { faktor: 1, bagian: 'Pasal 8 ayat 3' },
    'satu-tingkat-di-atas': { faktor: 0.8, bagian: 'Pasal 11 ayat 1 huruf a' },
    'satu-tingkat-di-bawah': { faktor: 1, bagian: 'Pasal 11 ayat 1 huruf b' },
  };

/** Credited points are capped at this share of the yearly minimum of Pasal 26 or 27 (Pasal 29 ayat 2). */
export const BATAS_CAPAIAN = { persen: 150, bagian: 'Pasal 29 ayat 2' } as const;

/** Supporting credits are capped at this share of the credits required for the next pangkat (Pasal 37 ayat 2). */
export const BATAS_PENUNJANG = { persen: 20, bagian: 'Pasal 37 ayat 2' } as const;

/** Age limit for an Ahli Utama appointed from another Ahli Utama functional position (Pasal 17 ayat 1 huruf h). */
export const USIA_AHLI_UTAMA_FUNGSIONAL = { nilai: 63, bagian: 'Pasal 17 ayat 1 huruf h' } as const;

/** Years after appointment within which the functional training must be passed (Pasal 14 ayat 5). */
export const TAHUN_PELATIHAN_FUNGSIONAL = { nilai: 3, bagian: 'Pasal 14 ayat 5' } as const;

/** Most helper authors on a joint paper (Pasal 40 ayat 2). */
export const MAKS_PENULIS_PEMBANTU = 3;

/**
 * Share of a joint paper's credit (Pasal 40 ayat 1): 2 authors 60/40 (huruf a),
 * 3 authors 50/25 each (huruf b), 4 authors 40/20 each (huruf c); no main author
 * named → equal shares (huruf d). One author keeps 100 %. Returns null when the
 * text gives no split (more than 4 authors with roles: ayat 2 forbids it).
 */
export function bagianPenulis(
  peran: PeranPenulis,
  jumlah: number,
): { faktor: number; bagian: string } | null {
  if (!Number.isInteger(jumlah) || jumlah < 1) return null;
  if (jumlah === 1) return { faktor: 1, bagian: 'Pasal 40 ayat 1' };
  if (peran === 'setara') return { faktor: 1 / jumlah, bagian: 'Pasal 40 ayat 1 huruf d' };
  const tabel: Record<number, { utama: number; pembantu: number; huruf: string }> = {
    2: { utama: 0.6, pembantu: 0.4, huruf: 'a' },
    3: { utama: 0.5, pembantu: 0.25, huruf: 'b' },
    4: { utama: 0.4, pembantu: 0.2, huruf: 'c' },
  };
  const row = tabel[jumlah];
  if (!row) return null;
  return {
    faktor: peran === 'utama' ? row.utama : row.pembantu,
    bagian: `Pasal 40 ayat 1 huruf ${row.huruf}`,
  };
}

/** Round for comparison and output: credits are stated to three decimals in a PAK; keep four to avoid float noise. */
export function bulat(x: number): number {
  return Math.round((x + Number.EPSILON) * 10000) / 10000;
}

/** A credit number for people: up to three decimals, Indonesian decimal comma unless English. */
export function formatAngka(
  x: number | null | undefined,
  bahasa: 'id' | 'en' = 'id',
  tanda = false,
): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const r = Math.round(x * 1000) / 1000;
  let s = String(Math.abs(r));
  if (bahasa === 'id') s = s.replace('.', ',');
  const sign = r < 0 ? '-' : tanda && r > 0 ? '+' : '';
  return sign + s;
}
