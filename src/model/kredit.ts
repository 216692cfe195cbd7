/**
 * A yearly credit log (`kredit/<tahun>.yaml` or `kredit/<tahun>.xlsx`) of the
 * civil-service social workers of one lembaga (schemas/kredit.schema.json).
 * Credit values are the Lampiran I–III values the worker claims; the Lampiran is
 * not in the seed, so the log carries them and the tool never invents them.
 * Identifiers (staff id, NIP) are text; dates are ISO `YYYY-MM-DD` strings.
 */
import type { Tanggal } from './lembaga.js';

/** Category of the functional position (Pasal 5 ayat 1). */
export type KategoriJabatan = 'keterampilan' | 'keahlian';

/** Ranks, lowest to highest per category (Pasal 5 ayat 2 and ayat 3). */
export const JENJANG_KETERAMPILAN = ['pemula', 'terampil', 'mahir', 'penyelia'] as const;
export const JENJANG_KEAHLIAN = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'] as const;
export const JENJANG_KEYS = [...JENJANG_KETERAMPILAN, ...JENJANG_KEAHLIAN] as const;
export type JenjangKey = (typeof JENJANG_KEYS)[number];

/** Education levels as Pasal 36 ayat 3 groups them (SMA, D3, S1/D4, magister, doktor). */
export const PENDIDIKAN_KREDIT = ['SMA', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type PendidikanKredit = (typeof PENDIDIKAN_KREDIT)[number];

/** Element of an activity: main duties (Lampiran I/II), supporting (Pasal 37), professional development (Pasal 39). */
export const UNSUR_KEYS = ['utama', 'penunjang', 'pengembangan-profesi'] as const;
export type Unsur = (typeof UNSUR_KEYS)[number];

/** Whose rank's task it was (Pasal 10, Pasal 11 ayat 1). */
export const TINGKAT_KEGIATAN = [
  'sendiri',
  'satu-tingkat-di-atas',
  'satu-tingkat-di-bawah',
] as const;
export type TingkatKegiatan = (typeof TINGKAT_KEGIATAN)[number];

/** Author role on a jointly written paper (Pasal 40 ayat 1); `setara` = no main author can be named (huruf d). */
export const PERAN_PENULIS = ['utama', 'pembantu', 'setara'] as const;
export type PeranPenulis = (typeof PERAN_PENULIS)[number];

/** Kind of appointment (Pasal 13; Pasal 16 for keterampilan → keahlian; `penyesuaian` = inpassing). */
export const JENIS_PENGANGKATAN = [
  'pertama',
  'perpindahan',
  'keterampilan-ke-keahlian',
  'penyesuaian',
  'promosi',
] as const;
export type JenisPengangkatan = (typeof JENIS_PENGANGKATAN)[number];

/** Where a transfer came from, for the Ahli Utama age limits (Pasal 15 ayat 2 huruf h angka 3; Pasal 17 ayat 1 huruf h). */
export const ASAL_PERPINDAHAN = [
  'jabatan-pimpinan-tinggi',
  'fungsional-ahli-utama',
  'lainnya',
] as const;
export type AsalPerpindahan = (typeof ASAL_PERPINDAHAN)[number];

/** One activity claimed in the year. */
export interface KegiatanKredit {
  uraian: string;
  unsur: Unsur;
  /** Credit value of one output, from the Lampiran (the log supplies it). */
  nilai: number;
  /** Number of outputs (default 1). */
  volume?: number;
  /** Lampiran item code or reference, free text. */
  butir?: string;
  tanggal?: Tanggal;
  /** Default `sendiri`. */
  tingkat?: TingkatKegiatan;
  /** Written assignment by the head of the unit (Pasal 10). */
  penugasanTertulis?: boolean;
  /** Jointly written paper (Pasal 40). */
  penulis?: { peran: PeranPenulis; jumlah: number };
  /** Where the Hasil Kerja of this activity is documented (Pasal 30 ayat 1), free text. */
  bukti?: string;
}

/** Appointment into the functional position. */
export interface Pengangkatan {
  jenis: JenisPengangkatan;
  tanggal?: Tanggal;
  /** Age in whole years on the appointment date; derived from the NIP when absent. */
  usia?: number;
  /** Rank appointed into (default: the current rank). */
  jenjang?: JenjangKey;
  asal?: AsalPerpindahan;
}

/** Credits already fixed (last PAK) toward the promotion now being worked for. */
export interface AkumulasiKredit {
  /** Total credits counted toward the next pangkat (Pasal 36 ayat 2, Pasal 42). */
  angkaKredit?: number;
  /** Supporting credits already counted toward that promotion (Pasal 37 ayat 2–3). */
  penunjang?: number;
  /** Professional-development credits already earned in this rank (Pasal 39 ayat 4). */
  pengembanganProfesi?: number;
}

/** Cumulative thresholds of Lampiran IV–VIII, supplied by the institution (the seed lacks them). */
export interface AmbangPegawai {
  /** Cumulative credits required for the next pangkat (Pasal 36 ayat 1, Pasal 37 ayat 2). */
  kenaikanPangkat?: number;
  /** Cumulative credits required for the next rank (Pasal 38 ayat 1–2). */
  kenaikanJenjang?: number;
  /** Where the numbers come from, e.g. "Lampiran VI". */
  sumber?: string;
}

/** A row of the file-wide threshold table: matched by golongan (and education and rank when given). */
export interface BarisAmbang extends AmbangPegawai {
  golongan: string;
  pendidikan?: PendidikanKredit;
  jenjang?: JenjangKey;
}

export interface PegawaiKredit {
  /** Staff id in lembaga.yaml. */
  staf: string;
  /** NIP (18 digits) as text. */
  nip?: string;
  kategori: KategoriJabatan;
  jenjang: JenjangKey;
  pangkat?: string;
  /** Golongan ruang, e.g. "III/a". */
  golongan?: string;
  pendidikan?: PendidikanKredit;
  /** Holds the highest pangkat of the rank (Pasal 26 ayat 2 and 4, Pasal 27 ayat 2 and 4). */
  pangkatTertinggi?: boolean;
  /** Meets the requirements for the next rank but no vacancy yet (Pasal 27 ayat 1 and 3). */
  menungguLowongan?: boolean;
  pengangkatan?: Pengangkatan;
  /** Date the functional training (pelatihan fungsional) was passed (Pasal 14 ayat 5). */
  pelatihanFungsional?: Tanggal;
  /** Proposed this year for a higher pangkat or rank. */
  usulKenaikan?: 'pangkat' | 'jenjang';
  /** The year's SKP: drawn up by the worker (Pasal 23 ayat 1), approved by the direct superior (Pasal 25 ayat 2). */
  skp?: { disusun?: Tanggal; disetujui?: Tanggal };
  /** Date the Uji Kompetensi for the next rank was passed (Pasal 38 ayat 4). */
  ujiKompetensi?: Tanggal;
  akumulasi?: AkumulasiKredit;
  ambang?: AmbangPegawai;
  kegiatan: KegiatanKredit[];
}

export interface LogKredit {
  versi?: number;
  tahun: number;
  ambang?: BarisAmbang[];
  pegawai: PegawaiKredit[];
}

/** A loaded log and where it came from. */
export interface LogKreditTermuat {
  /** Display path of the source file. */
  file: string;
  log: LogKredit;
}
