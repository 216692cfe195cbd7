/**
 * The institution as described by `lembaga.yaml` (schemas/lembaga.schema.json).
 * Dates are kept as ISO strings `YYYY-MM-DD` exactly as written; identifiers
 * (NIK, NIP, numbers of decrees) are strings.
 */
import type { LayananKey, TingkatKey, DurasiKey } from '../standards/types.js';

export type Tanggal = string;

/** A decree (SK) or other numbered document. */
export interface Dokumen {
  nomor?: string;
  tanggal?: Tanggal;
  /** Who issued it (licence, accreditation). */
  penerbit?: string;
  berlakuSampai?: Tanggal;
}

export const JENIS_LEMBAGA = ['LKS', 'panti', 'UPT', 'balai', 'praktik-mandiri'] as const;
export type JenisLembaga = (typeof JENIS_LEMBAGA)[number];
export const KEPEMILIKAN = [
  'masyarakat',
  'pemerintah-pusat',
  'pemerintah-provinsi',
  'pemerintah-kabupaten-kota',
] as const;
export type Kepemilikan = (typeof KEPEMILIKAN)[number];

export interface Identitas {
  nama: string;
  jenis: JenisLembaga;
  kepemilikan: Kepemilikan;
  badanHukum?: Dokumen & { nama?: string };
  alamat?: string;
  /** Kemendagri region code PP.KK.CC (district) or PP.KK. */
  kodeWilayah?: string;
  kota?: string;
  telepon?: string;
  email?: string;
  pimpinan?: { nama?: string; jabatan?: string; nip?: string };
}

export interface Akreditasi extends Dokumen {
  bidang: LayananKey;
  peringkat?: 'A' | 'B' | 'C' | string;
  /** The regulation the accreditation was granted under (Permensos 17/2012 until 2024, Permensos 8/2025 since). */
  dasar?: 'permensos-17-2012' | 'permensos-8-2025';
}

/** Amounts of one priced item: per duration, per tier (Rupiah). A missing amount is a gap, never zero. */
export type BarisTarifNilai = Partial<Record<DurasiKey, Partial<Record<TingkatKey, number>>>>;

/** Basis for computing a tariff matrix (`lembaga tarif --hitung`), 1.4.1–1.4.2. */
export interface DasarTarif {
  /** Hourly rate per tier. */
  tarifPerJam?: Partial<Record<TingkatKey, number>>;
  /** Or a base rate with multipliers per tier and per duration. */
  tarifDasar?: number;
  pengaliTingkat?: Partial<Record<TingkatKey, number>>;
  pengaliDurasi?: Partial<Record<DurasiKey, number>>;
  /** Hours counted for "> 2 jam" (default 3) and for "5 tahap" asesmen (default 5). */
  jamLebihDua?: number;
  jamAsesmen?: number;
  /** 1.4.2 factors as multipliers/percentages. */
  indeksEkonomiDaerah?: number;
  subsidiPemerintahPersen?: number;
  pajakPersen?: number;
  biayaTransportAkomodasi?: number;
  pembulatan?: number;
}

/** 1.4.1 a–e: what the tariff is determined by, in the order of the letters. */
export const DASAR_PENENTUAN_TARIF = [
  'jenis-jasa',
  'tingkat-layanan',
  'keahlian',
  'frekuensi',
  'durasi',
] as const;
export type DasarPenentuanTarif = (typeof DASAR_PENENTUAN_TARIF)[number];

export interface LayananLembaga {
  sk?: {
    kriteriaKlien?: Dokumen;
    /** The tariff decree (1.4.3) and the bases it names (1.4.1). */
    tarif?: Dokumen & { dasar?: DasarPenentuanTarif[] };
    pengaduan?: Dokumen;
  };
  /** Tariff matrix values per row key of that service's 1.4.4 matrix. */
  tarif?: Record<string, BarisTarifNilai>;
  dasarTarif?: DasarTarif;
  /** Optional matrix rows (penjangkauan, rujukan) the lembaga offers. */
  barisOpsional?: string[];
  /** Maximum months this lembaga sets (1.3.2 may shorten; never longer than 1.3.1). */
  jangkaWaktuBulan?: number;
  /** Pengembangan sosial (E 1.1.3–1.1.4): the community work team. */
  timKerjaMasyarakat?: string[];
  /** Rehabilitasi: follows ATENSI (Permensos 7/2021). */
  atensi?: boolean;
  /** Delivery bases used (ATENSI Pasal 8). */
  basisLayanan?: ('keluarga' | 'komunitas' | 'residensial')[];
  /** 2.5.1: the lembaga's own ceiling of active cases per social worker in this service. */
  bebanKasusMaks?: number;
  /** 1.4.2 a–d, f, g: the factors the tariff decree took into account. */
  faktorTarif?: string[];
}

/** Facilities of 2.2.1 (keys of the catalogue) and equipment of 2.2.3. */
export type Fasilitas = Record<string, boolean | number | string | null>;

export interface Keselamatan {
  protokolDarurat?: boolean;
  apar?: { jumlah?: number; kedaluwarsa?: Tanggal };
  jalurEvakuasi?: boolean;
  tandaArah?: boolean;
  titikKumpul?: boolean;
  /** 2.7.2 a */
  informasiKeselamatan?: boolean;
  /** 2.7.2 b: last disaster training. */
  latihanBencanaTerakhir?: Tanggal;
  /** 2.7.2 c: last drill. */
  latihanDrillTerakhir?: Tanggal;
  /** 2.7.3 */
  kontakKeselamatan?: { staf?: string; pelatihanTerakhir?: Tanggal };
  /** 2.7.4 */
  penjelasanKlien?: boolean;
  /** 2.7.2 a–c per worker: staff ids who received the briefing / attended the last training / drill. */
  pesertaInformasi?: string[];
  pesertaLatihanBencana?: string[];
  pesertaLatihanDrill?: string[];
}

export interface Pengaduan {
  saluran?: {
    telepon?: string;
    whatsapp?: string;
    kotakPengaduan?: string;
    email?: string;
    alamatSurat?: string;
  };
  prosedur?: {
    /** 1.6.5 a: staff ids handling complaints. */
    petugas?: string[];
    /** 1.6.5 b */
    alur?: string;
    /** 1.6.5 c: days per step. */
    batasWaktuHari?: { penerimaan?: number; penanganan?: number; penyampaianHasil?: number };
    /** 1.6.5 d */
    perlindunganKlien?: string;
    /** 1.6.5 e: how often complaint reports are made. */
    laporanBerkala?: 'bulanan' | 'triwulanan' | 'semesteran' | 'tahunan';
  };
  /** 1.6.5 e: date of the last periodic complaint report actually produced. */
  laporanTerakhir?: Tanggal;
}

/** Roles of staff: social worker, supervisor, and the other personnel of 2.3.3. */
export const PERAN_STAF = [
  'pekerja-sosial',
  'supervisor',
  'penyuluh-sosial',
  'tenaga-kesejahteraan-sosial',
  'relawan-sosial',
  'tokoh-agama',
  'tokoh-masyarakat',
  'pendidik',
  'psikolog',
  'dokter',
  'perawat',
  'konselor-adiksi',
  'pendamping-sosial',
  'advokat-paralegal',
  'terapis',
  'administrasi',
  'lainnya',
] as const;

/** Education levels, lowest first. */
export type PeranStaf = (typeof PERAN_STAF)[number];

/** Education levels, lowest first. */
export const JENJANG_PENDIDIKAN = ['SMA', 'D3', 'D4', 'S1', 'S2', 'Sp1', 'S3', 'Sp2'] as const;
export type JenjangPendidikan = (typeof JENJANG_PENDIDIKAN)[number];

export interface Staf {
  id: string;
  nama: string;
  peran: PeranStaf;
  /** Roles also held, e.g. a supervisor who also works cases. */
  layanan: LayananKey[];
  pendidikan?: { jenjang?: JenjangPendidikan; bidang?: string };
  sertifikat?: Dokumen;
  izinPraktik?: Dokumen;
  organisasiProfesi?: { nama?: string; nomorAnggota?: string };
  /** 2.6.1 c */
  kodeEtik?: boolean;
  /** 2.3.2 d: years of social-work practice. */
  pengalamanTahun?: number;
  /** 2.3.1 e / 2.3.2 f: services practised before. */
  pengalamanPraktik?: (LayananKey | 'advokasi-sosial')[];
  /** 2.3.1 d / 2.3.2 e */
  pelatihan?: { judul: string; tahun?: number; bidang?: LayananKey[] }[];
  /** 2.6.1 f */
  pernyataan?: { antiKorupsi?: Tanggal; antiPelecehan?: Tanggal };
  /** 2.6.1 g: no record of violence or legal cases. */
  riwayatBersih?: boolean;
  /** 2.8.2 */
  rencanaTahunan?: number[];
  /** 2.8.5 */
  evaluasiTerakhir?: Tanggal;
  /** 2.8.3–2.8.6: how the last evaluation was done. */
  evaluasi?: {
    /** 2.8.6 a: the worker filled in the evaluation form first. */
    isianDiri?: boolean;
    /** 2.8.6 b: opinions asked of peers, clients and senior staff. */
    masukan?: ('teman-sejawat' | 'klien' | 'staf-lebih-tinggi')[];
    /** 2.8.6 c: meeting of the worker and the head. */
    pertemuan?: boolean;
    /** 2.8.6 d: next year's goals and plan discussed. */
    rencanaBerikutnya?: boolean;
    /** 2.8.3–2.8.4: what was measured. */
    diukur?: (
      'tujuan-kinerja' | 'pelaksanaan-tugas' | 'pengetahuan' | 'keterampilan' | 'nilai-etik'
    )[];
  };
  /** Civil-service functional position (Jabatan Fungsional Pekerja Sosial). */
  asn?: {
    nip?: string;
    kategori?: 'keterampilan' | 'keahlian';
    jenjang?: string;
    pangkat?: string;
    golongan?: string;
  };
  aktif?: boolean;
}

/** Choices the text leaves to the lembaga (docs/domain.md). */
export interface Pengaturan {
  proBono?: {
    persen?: number;
    dasar?: 'kegiatan-per-pekerja-per-tahun' | 'kegiatan-lembaga-per-tahun';
  };
  /** Months between drills (default 12). */
  intervalLatihanBulan?: number;
  /** When the service period starts: agreement date of pendekatan awal (default) or first contact. */
  mulaiJangkaWaktu?: 'kesepakatan' | 'pendekatan-awal';
  /** Whole-process deadline for a complaint in days; not a substitute for the per-step days of 1.6.5 c. */
  batasWaktuPengaduanHari?: number;
  /** Smallest count shown in public reports (default 5). */
  ambangPublik?: number;
}

export interface KonfigurasiAturan {
  /** Severity overrides, by rule id. */
  tingkat?: Record<string, 'error' | 'warning' | 'info' | 'off'>;
  /** Findings to suppress, each with its reason. */
  abaikan?: { aturan: string; alasan: string; layanan?: LayananKey; path?: string }[];
  /** Rulesets switched off. */
  rulesetNonaktif?: string[];
}

/** 2.4.2 a–g: the objects internal supervision covers. */
export const OBJEK_PENGAWASAN = [
  'kegiatan',
  'tahap',
  'tugas',
  'mutu-masukan',
  'ketepatan-waktu',
  'mutu-keluaran',
  'hambatan',
] as const;
export type ObjekPengawasan = (typeof OBJEK_PENGAWASAN)[number];

/** 2.4.3 a, c–j: the ways performance is supervised (b, worker–supervisor meetings, is read from the sessions). */
export const KEGIATAN_PENGAWASAN = [
  'penjelasan-tugas',
  'pertemuan-pimpinan',
  'pertemuan-tim',
  'pemeriksaan-catatan',
  'pengamatan',
  'laporan-tugas',
  'laporan-kinerja',
  'penanganan-keluhan',
  'perlindungan',
] as const;
export type KegiatanPengawasan = (typeof KEGIATAN_PENGAWASAN)[number];

/** 2.4.4 a–b: the lines of oversight (c, supervisor over workers, is read from the sessions). */
export const GARIS_PENGAWASAN = ['kepala-ke-supervisor', 'kepala-unit-ke-pelaksana'] as const;
export type GarisPengawasan = (typeof GARIS_PENGAWASAN)[number];

export interface PengawasanInternal {
  /** 2.4.1: the guideline supervision is based on, as decided (its number and date). */
  pedoman?: Pick<Dokumen, 'nomor' | 'tanggal'>;
  objek?: ObjekPengawasan[];
  kegiatan?: { jenis: KegiatanPengawasan; terakhir?: Tanggal }[];
  oleh?: GarisPengawasan[];
}

/** 2.2.2 a–f: the items of the room-and-equipment standard, in the order of their letters. */
export const BUTIR_SARANA = [
  'ukuran',
  'jumlahRuang',
  'peralatan',
  'keselamatan',
  'cahayaUdara',
  'kebersihanHarian',
] as const;
export type ButirSarana = (typeof BUTIR_SARANA)[number];
export const HASIL_SARANA = ['sesuai', 'belum'] as const;

export interface PemeriksaanSarana {
  tanggal?: Tanggal;
  hasil?: Partial<Record<ButirSarana, (typeof HASIL_SARANA)[number]>>;
}

export interface Lembaga {
  versi?: number;
  lembaga: Identitas;
  izin?: Dokumen;
  akreditasi?: Akreditasi[];
  layanan: Partial<Record<LayananKey, LayananLembaga>>;
  fasilitas?: Fasilitas;
  peralatan?: Fasilitas;
  keselamatan?: Keselamatan;
  pengaduan?: Pengaduan;
  pengawasan?: {
    /** 2.4.1 */
    pedoman?: boolean;
    /** 2.4.3 b: how often worker–supervisor meetings happen. */
    pertemuanBerkala?: string;
    /** 2.4.5 a–c aspects covered by supervision. */
    aspek?: ('edukatif' | 'suportif' | 'administratif')[];
    /** 2.4.3 b: most days allowed between two supervision sessions of a case. */
    selangSupervisiHari?: number;
  };
  jaminan?: {
    /** 2.6.2 c */
    metodeTeruji?: boolean;
    /** 2.6.2 f: the government office overseeing the service. */
    pengawasPemerintah?: string;
    /** 2.6.2 g: year of the last annual report. */
    laporanTahunanTerakhir?: number;
  };
  evaluasiKinerja?: {
    /** 2.8.1 */
    kerangkaKompetensi?: boolean;
    /** 2.8.7 */
    formatEvaluasi?: boolean;
  };
  staf: Staf[];
  pengaturan?: Pengaturan;
  /** 2.4.2–2.4.4: what internal supervision covers, how it is done (last held) and by whom. */
  pengawasanInternal?: PengawasanInternal;
  /** 2.2.2: the institution's own inspection of its rooms and equipment. */
  sarana?: { pemeriksaan?: PemeriksaanSarana };
  aturan?: KonfigurasiAturan;
}

/** The institution's letterhead as the generated documents print it: name, town, address, head. */
export interface KopLembaga {
  nama: string;
  kota: string | null;
  alamat: string | null;
  pimpinan: { nama: string | null; jabatan: string | null; nip: string | null };
}

/** The letterhead of a lembaga.yaml whose `lembaga` block may be missing or partial. */
export function kopLembaga(lembaga: Lembaga): KopLembaga {
  const id = lembaga.lembaga ?? ({} as Lembaga['lembaga']);
  return {
    nama: id.nama ?? '',
    kota: id.kota ?? null,
    alamat: id.alamat ?? null,
    pimpinan: {
      nama: id.pimpinan?.nama ?? null,
      jabatan: id.pimpinan?.jabatan ?? null,
      nip: id.pimpinan?.nip ?? null,
    },
  };
}
