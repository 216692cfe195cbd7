/**
 * A client case in the register (buku register klien), one per client and service.
 * The same model is loaded from `register/*.yaml` and from the canonical
 * `register/*.xlsx` (sheets Register + Kegiatan). Identifiers are strings;
 * dates are ISO `YYYY-MM-DD` strings.
 */
import type { LayananKey, TingkatKey, DurasiKey } from '../standards/types.js';
import type { Tanggal } from './lembaga.js';

export type JenisKlien =
  | 'individu'
  | 'keluarga'
  | 'kelompok'
  | 'masyarakat'
  | 'komunitas'
  | 'desa'
  | 'kecamatan'
  | 'kabupaten'
  | 'lembaga'
  | 'perorangan-sumber';

export type StatusKasus = 'aktif' | 'selesai' | 'dirujuk' | 'berhenti';

/** ATENSI clusters (Permensos 7/2021 Pasal 3). */
export type KlasterAtensi =
  | 'anak'
  | 'penyandang-disabilitas'
  | 'tuna-sosial-korban-perdagangan-orang'
  | 'korban-napza'
  | 'lanjut-usia'
  | 'korban-bencana'
  | 'ppks-lainnya';

export type StatusDtks = 'terdaftar' | 'belum-terdaftar' | 'diusulkan';

export interface Klien {
  jenis: JenisKlien;
  nama?: string;
  /** 16 digits, always text. */
  nik?: string;
  tanggalLahir?: Tanggal;
  jenisKelamin?: 'L' | 'P';
  alamat?: string;
  kodeWilayah?: string;
  /** PPKS category key (26 categories). */
  ppks?: string;
  klaster?: KlasterAtensi;
  basisLayanan?: 'keluarga' | 'komunitas' | 'residensial';
  dtks?: StatusDtks;
  /** The same status under the register's current name, DTSEN (Inpres 4/2025); read before `dtks`. */
  dtsen?: StatusDtks;
  /** Child in conflict with the law (UU SPPA Pasal 19): never revealed. */
  abh?: boolean;
}

export interface Tahap {
  tanggal?: Tanggal;
  catatan?: string;
}

export interface Tahapan {
  pendekatanAwal?: Tahap & {
    /** Agreement/contract date (1.2.2 e); the service period starts here by default. */
    kesepakatan?: Tanggal;
    /** Client did not meet criteria and was referred away (1.2.2 f). */
    rujukKeluar?: { tanggal?: Tanggal; lembaga?: string };
    /** 1.2.2 e: the agreement/contract is signed and filed. */
    kesepakatanDitandatangani?: boolean;
    /** Pengembangan E 1.2.3 b: initial contact with local government for notice or consent. */
    kontakPemerintah?: { tanggal?: Tanggal; bentuk?: 'pemberitahuan' | 'persetujuan' };
  };
  asesmen?: Tahap;
  perencanaan?: Tahap & {
    /** 1.2.4 a: the priorities set. */
    prioritas?: string;
    /** 1.2.4 b: goals (and activities, resources, parties, services, referrals). */
    tujuan?: string;
    /** 1.2.4 c: the intervention schedule agreed with the client. */
    jadwalDisepakati?: boolean;
  };
  intervensi?: { mulai?: Tanggal; selesai?: Tanggal; catatan?: string };
  evaluasi?: Tahap & {
    /** 1.2.6: attainment of the intervention goals. */
    capaianTujuan?: 'tercapai' | 'sebagian' | 'belum-tercapai';
    /** Pengembangan E 1.2.7: evaluated together with the community. */
    partisipatif?: boolean;
  };
  rujukan?: Tahap & {
    lembagaPenerima?: string;
    /** 1.2.7 b: the client was accompanied to the receiving institution. */
    didampingi?: boolean;
  };
  terminasi?: Tahap & {
    /** 1.2.8 a */
    dibahasDenganSupervisor?: boolean;
    /** 1.2.8 b */
    klienDiberitahu?: boolean;
    /** 1.2.8 c */
    formulirDitandatangani?: boolean;
    /** 1.2.8 c of Lampiran A: witnessed by the requester. */
    disaksikanPemohon?: boolean;
  };
}

export interface Perpanjangan {
  tanggal: Tanggal;
  sampai?: Tanggal;
  /** The recorded decision (1.3.3). */
  dasar?: string;
}

export interface Kegiatan {
  tanggal: Tanggal;
  /** Activity key of that service's catalogue. */
  kegiatan: string;
  tahap?: string;
  durasi?: DurasiKey;
  tingkat?: TingkatKey;
  /** Fee charged in Rupiah (0 with proBono). */
  biaya?: number;
  proBono?: boolean;
  /** Staff id who delivered it (defaults to the case's worker). */
  pelaksana?: string;
  /** Group session id, for the attendance list (daftar hadir). */
  sesi?: string;
  catatan?: string;
  /** 1.5: service products (outputs) this activity yielded, keys of the service's product list. */
  produk?: string[];
}

/** The three aspects of supervision (2.4.5 a–c). */
export type AspekSupervisi = 'edukatif' | 'suportif' | 'administratif';

/** One supervision session on a case (2.3.2, 2.4.3 b, 2.4.4 c; ATENSI Pasal 19 ayat 2). */
export interface SesiSupervisi {
  tanggal: Tanggal;
  /** Staff id of the supervisor (defaults to the case's supervisor). */
  supervisor?: string;
  /** Staff id of the worker supervised (defaults to the case's social worker). */
  pelaksana?: string;
  /** SOP stage (Pasal 5) or ATENSI stage (Pasal 19 ayat 1) discussed. */
  tahap?: string;
  aspek?: AspekSupervisi[];
  catatan?: string;
}

/** ATENSI case-management details (Permensos 7/2021). */
export interface AtensiKasus {
  /** Pasal 20: how access was facilitated. */
  aksesMelalui?: 'rujukan' | 'laporan-pengaduan' | 'penjangkauan-kasus';
  /** Pasal 22 a–i: dimensions of the comprehensive assessment. */
  asesmenAspek?: string[];
  /** Pasal 11 ayat 1 a–g: forms of support given. */
  bentukDukungan?: string[];
  /** Pasal 26: aftercare, decided on the social worker's assessment (ayat 3). */
  pascalayanan?: { perlu?: boolean; tanggal?: Tanggal; catatan?: string };
}

export interface PengaduanKasus {
  tanggal: Tanggal;
  /** 1.6.3 type key. */
  jenis?: string;
  /** 1.6.4 channel key. */
  saluran?: string;
  ditanganiOleh?: string;
  selesai?: Tanggal;
  catatan?: string;
}

export interface Kasus {
  nomor: string;
  layanan: LayananKey;
  status: StatusKasus;
  klien: Klien;
  /** Who requested or referred (1.1.2 / 1.1.5): requester kind key and name. */
  pemohon?: { jenis?: string; nama?: string };
  pekerjaSosial?: string;
  supervisor?: string;
  /** Pengembangan: community work team members (E 1.1.3). */
  timKerjaMasyarakat?: string[];
  tahapan: Tahapan;
  perpanjangan?: Perpanjangan[];
  kegiatan?: Kegiatan[];
  pengaduan?: PengaduanKasus[];
  catatan?: string;
  /** Supervision sessions held on this case. */
  supervisi?: SesiSupervisi[];
  /** ATENSI rehabilitation cases. */
  atensi?: AtensiKasus;
}

/** A register as loaded from one file. */
export interface Register {
  kasus: Kasus[];
}
