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

/** Performance ratings, best first (as in the conversion logs). */
export const PREDIKAT_KINERJA = [
  'sangat-baik',
  'baik',
  'butuh-perbaikan',
  'kurang',
  'sangat-kurang',
] as const;
export type PredikatKinerja = (typeof PREDIKAT_KINERJA)[number];

/** Why a worker was taken out of the position (Pasal 48 ayat 1 huruf a–f). */
export const ALASAN_PEMBERHENTIAN = [
  'mengundurkan-diri',
  'diberhentikan-sementara',
  'cuti-di-luar-tanggungan',
  'tugas-belajar',
  'jabatan-lain',
  'tidak-memenuhi-syarat',
] as const;
export type AlasanPemberhentian = (typeof ALASAN_PEMBERHENTIAN)[number];

/** Positions a Pekerja Sosial may not hold at the same time (Pasal 53). */
export const JABATAN_LAIN = ['pimpinan-tinggi', 'administrator', 'pengawas', 'pelaksana'] as const;
export type JabatanLain = (typeof JABATAN_LAIN)[number];

/** One period out of the position (Pasal 48–50). */
export interface Pemberhentian {
  alasan: AlasanPemberhentian;
  /** First day out of the position. */
  mulai: Tanggal;
  /** Planned or actual end (tugas belajar, cuti, penugasan). */
  selesai?: Tanggal;
  /** Examination and permission of the Pejabat yang Berwenang (Pasal 50 ayat 1). */
  izin?: Tanggal;
  /** Reappointed into the position (Pasal 48 ayat 3–4). */
  diangkatKembali?: Tanggal;
}

/**
 * The appointment requirements as the file documents them (Pasal 14 ayat 2–4, 15 ayat 2–3,
 * 16 ayat 1, 17, 18, 19 ayat 3–4, Pasal 45). Yes/no items record that the file holds the proof.
 */
export interface SyaratPengangkatan {
  /** Date made a PNS (TMT PNS). */
  pns?: Tanggal;
  integritas?: boolean;
  sehat?: boolean;
  /** Diploma in the field the position requires (pekerjaan/kesejahteraan sosial). */
  ijazahSesuai?: boolean;
  /** Ratings of the last years, most recent first. */
  nilaiKinerja?: PredikatKinerja[];
  /** Years of experience in penyelenggaraan kesejahteraan sosial. */
  pengalamanTahun?: number;
  /** Pangkat at least that of the rank (Pasal 16 ayat 1 huruf d). */
  pangkatMemenuhi?: boolean;
  /** A vacancy in the institution's needs count (kebutuhan/formasi). */
  kebutuhan?: boolean;
  /** Minister's approval (Pasal 17 ayat 2). */
  persetujuanMenteri?: Tanggal;
  rencanaSuksesi?: boolean;
  inovasi?: boolean;
  standarKompetensi?: boolean;
  rekamJejak?: boolean;
  tanpaPelanggaranKodeEtik?: boolean;
  tanpaHukumanDisiplin?: boolean;
}

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
  /** Requirements documented in the file. */
  syarat?: SyaratPengangkatan;
  /** Date sworn in (dilantik dan diambil sumpah/janji, Pasal 20 ayat 1). */
  pelantikan?: Tanggal;
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
  skp?: {
    disusun?: Tanggal;
    disetujui?: Tanggal;
    /** The SKP's credit target (Pasal 24 ayat 1, Pasal 25 ayat 1): at least the Pasal 26/27 minimum. */
    targetAngkaKredit?: number;
    /** Date the SKP was assessed, its result the capaian SKP (Pasal 25 ayat 4). */
    dinilai?: Tanggal;
    /** Date the capaian SKP went to the Tim Penilai (Pasal 29 ayat 1). */
    disampaikan?: Tanggal;
  };
  /** Date the Uji Kompetensi for the next rank was passed (Pasal 38 ayat 4). */
  ujiKompetensi?: Tanggal;
  akumulasi?: AkumulasiKredit;
  ambang?: AmbangPegawai;
  /** Periods out of the position (Pasal 48). */
  pemberhentian?: Pemberhentian[];
  /** Another position held (Pasal 53 forbids holding it together with this one). */
  jabatanLain?: { jenis: JabatanLain; mulai?: Tanggal };
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
