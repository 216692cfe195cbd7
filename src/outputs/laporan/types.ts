/**
 * The annual report (Lampiran 2.6.2 g Permensos 14/2020) as data. Every figure
 * lives in a `Tabel`; renderers only format. Labels are message keys or catalogue
 * labels in both languages, so one summary renders in Indonesian and English.
 */
import type { Finding, Severity } from '../../core/finding.js';
import type { LayananKey, StandarLayanan } from '../../standards/types.js';

/** A label: an i18n key with params, or the catalogue's own wording in both languages. */
export type Label =
  { key: string; params?: Record<string, string | number> } | { id: string; en: string };

/** What a figure counts by (issue 7 §5: never the date a row was typed). */
export type DasarTanggal =
  | 'periode-layanan'
  | 'tanggal-mulai'
  | 'tanggal-akhir'
  | 'tanggal-kegiatan'
  | 'tanggal-rujukan'
  | 'tanggal-pengaduan'
  | 'data-staf'
  | 'akhir-tahun';

export type Satuan =
  | 'kasus'
  | 'kegiatan'
  | 'pengaduan'
  | 'rujukan'
  | 'produk'
  | 'orang'
  | 'hari'
  | 'rupiah'
  | 'persen';

/** One row of a table: a category (breakdown) or a measure (statistics). */
export interface Baris {
  key: string;
  label: Label;
  /** One value per column, aligned with `Tabel.kolom`; null = not computable (no cases). */
  nilai: (number | null)[];
  /** Unit when the rows of a statistics table differ (days, Rupiah, percent). */
  satuan?: Satuan;
  /** Number of cases behind each value: --publik hides values resting on fewer than the threshold. */
  dasarN?: number[];
  /**
   * `--publik` only: per value, hidden as a small count ('primer', shown "< ambang") or to protect
   * one ('sekunder', shown "disembunyikan"); null = published. Set by publik.ts.
   */
  tekan?: ('primer' | 'sekunder' | null)[];
}

export interface Kolom {
  key: string;
  label: Label;
}

/**
 * A table of figures. `rincian` (breakdown): its categories add up to `total`, column by column,
 * and the last column is the sum of the others. `statistik`: measures that do not add up (medians,
 * month-by-month counts of open cases, comparisons).
 */
export interface Tabel {
  id: string;
  jenis: 'rincian' | 'statistik';
  judul: Label;
  dasar: DasarTanggal;
  satuan: Satuan;
  kolom: Kolom[];
  baris: Baris[];
  /** Totals row of a breakdown. */
  total?: Baris;
  catatan?: Label[];
}

export type StatusKepatuhan = 'memenuhi' | 'perlu-perhatian' | 'tidak-memenuhi' | 'tidak-diperiksa';

/** One aspect of Pasal 34 ayat 2 (a–g) or ayat 3 (a–f). */
export interface Aspek {
  /** Letter of the Pasal 34 clause. */
  huruf: string;
  judul: Label;
  /** Sections of the Lampiran this aspect covers, e.g. ['2.3', '2.5']. */
  bagian: string[];
  /** What the data shows, as sentences. */
  fakta: Label[];
  status: StatusKepatuhan;
  temuan: { error: number; warning: number; info: number };
  /** Number of rules that check these sections (0 = nothing checks them). */
  aturan: number;
  /** Ids of the tables that belong to this aspect (Part 3). */
  tabel: string[];
}

/** Open findings grouped by rule (Part 4). */
export interface TemuanTerbuka {
  rule: string;
  severity: Severity;
  ref: string | null;
  /** Lampiran section the findings cite ("2.3.2 a"), when the rule gives it as a field. */
  bagian?: string | null;
  jumlah: number;
  /**
   * The true count where `--publik` rounded `jumlah` (publik.ts terbitkanTemuan), kept only with
   * `--jejak`: the internal trace workbook shows it beside its register numbers. No published
   * output reads it.
   */
  jumlahAsli?: number;
  /** Message shown: only for findings on lembaga.yaml (they concern the institution, never a client). */
  pesan: string[];
  saran: string | null;
  /** Register numbers concerned (trace only). */
  kasus: string[];
}

export interface Identitas {
  nama: string | null;
  jenis: string | null;
  kepemilikan: string | null;
  badanHukum: string | null;
  alamat: string | null;
  kodeWilayah: string | null;
  kota: string | null;
  telepon: string | null;
  email: string | null;
  izin: {
    nomor: string | null;
    tanggal: string | null;
    penerbit: string | null;
    berlakuSampai: string | null;
    berlaku: boolean | null;
  } | null;
  akreditasi: {
    bidang: LayananKey;
    peringkat: string | null;
    nomor: string | null;
    berlakuSampai: string | null;
    berlaku: boolean | null;
    /** Regulation the accreditation was granted under (lembaga.yaml `akreditasi[].dasar`). */
    dasar?: string | null;
  }[];
  layanan: { key: LayananKey; nama: Label; huruf: string; jangkaWaktuBulan: number }[];
  pimpinan: { nama: string | null; jabatan: string | null } | null;
}

/** The whole annual report. */
export interface LaporanTahunan {
  tahun: number;
  /** First and last day counted: 1 January and 31 December, or the report date in the current year. */
  periode: { mulai: string; akhir: string };
  tanggal: string;
  /** Where a service period starts (pengaturan.mulaiJangkaWaktu). */
  mulaiDari: 'kesepakatan' | 'pendekatan-awal';
  layanan: LayananKey[];
  identitas: Identitas;
  pengelolaan: Aspek[];
  penyampaian: Aspek[];
  tabel: Tabel[];
  temuan: TemuanTerbuka[];
  /** Whether validation ran (findings supplied). */
  validasi: boolean;
  /** Data-quality notes: cases with missing dates and how they were counted. */
  catatanData: { key: string; jumlah: number; kasus: string[]; jumlahAsli?: number }[];
  /** Publication threshold when `--publik`; null for the internal report. */
  publik: { ambang: number } | null;
  /** Register numbers behind each cell, keyed `tabel|baris|kolom`; only with `jejak`. */
  jejak: Map<string, string[]> | null;
}

export interface SummariseOptions {
  tahun: number;
  /** "Today", YYYY-MM-DD. */
  tanggal: string;
  standar: Readonly<Record<LayananKey, StandarLayanan>>;
  /** Findings of `validate()`; null when validation did not run. */
  findings: readonly Finding[] | null;
  /** Rule coverage: the sections each active rule checks ("Lampiran C 2.3.2 a"). */
  ruleSections?: readonly { id: string; sections: readonly string[] }[];
  layanan?: LayananKey;
  publik?: boolean;
  jejak?: boolean;
}
