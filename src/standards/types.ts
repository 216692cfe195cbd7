/**
 * Types for a regulation encoded as data. The five services of Permensos 14/2020
 * share one skeleton (Lampiran A–E); each service fills it with its own lists and
 * its own section letters, because the letters differ between services
 * (e.g. the shelter is 2.2.1 c in C, absent in A).
 */

/** Service keys (Pasal 32 ayat 2; docs/domain.md). */
export const LAYANAN_KEYS = [
  'pencegahan',
  'perlindungan',
  'rehabilitasi',
  'pemberdayaan',
  'pengembangan',
] as const;
export type LayananKey = (typeof LAYANAN_KEYS)[number];

/** The five SOP stages of Pasal 5 (huruf a–e). */
export const TAHAP_KEYS = [
  'pendekatanAwal',
  'asesmen',
  'perencanaan',
  'intervensi',
  'evaluasiRujukanTerminasi',
] as const;
export type TahapKey = (typeof TAHAP_KEYS)[number];

/** Tariff tiers of the matrix in 1.4.4 (columns), not C's rehabilitation levels. */
export const TINGKAT_KEYS = ['tingkat1', 'tingkat2', 'tingkat3'] as const;
export type TingkatKey = (typeof TINGKAT_KEYS)[number];

/** Durations of a priced item; asesmen is priced once for its "5 tahap". */
export const DURASI_KEYS = ['1-jam', '2-jam', 'lebih-2-jam', '5-tahap'] as const;
export type DurasiKey = (typeof DURASI_KEYS)[number];

/**
 * A section reference inside one service's Lampiran, e.g. `{ angka: '2.3.2', huruf: 'a' }`
 * renders as "Lampiran C angka 2.3.2 huruf a". `butir` is the numbered sub-item (1.2.5 a 3)).
 */
export interface Bagian {
  angka: string;
  huruf?: string;
  butir?: string;
}

/** An item of a list in the text, with the key the data uses and where it stands. */
export interface ItemKatalog {
  /** Stable kebab-case key used in lembaga.yaml / registers, e.g. `bimbingan-sosial`. */
  key: string;
  /** The text's own wording, shortened to a label (Indonesian). */
  label: string;
  /** English label for `--bahasa en`. */
  labelEn: string;
  bagian: Bagian;
  /** Set when the text is broken here and the item was taken from a parallel service (docs/domain.md). */
  catatan?: string;
}

/** A core activity (kegiatan pokok) of one SOP stage (1.2.2–1.2.8). */
export interface KegiatanPokok extends ItemKatalog {
  tahap: TahapKey;
  /** For rehabilitasi intervention: basic (`dasar`) or advanced (`lanjut`) list of 1.2.5 a/b. */
  tingkatRehabilitasi?: 'dasar' | 'lanjut';
}

/** One row group of the tariff matrix (1.4.4): an item priced at one or more durations. */
export interface BarisTarif {
  /** Clean number as the toolkit prints it ("1", "2.1", …). */
  nomor: string;
  key: string;
  label: string;
  labelEn: string;
  durasi: readonly DurasiKey[];
  /** Optional rows (penjangkauan, rujukan) are marked "(opsional)" in the text. */
  opsional: boolean;
  /** Activity keys (KegiatanPokok.key) that are charged on this row. */
  kegiatan: readonly string[];
}

/** A qualification clause of 2.3.1 / 2.3.2 / 2.6.1. */
export interface Kualifikasi {
  /** e.g. 'pendidikan', 'sertifikat', 'izin-praktik', 'pengalaman-tahun', 'pelatihan', 'pengalaman-praktik'. */
  key: string;
  label: string;
  labelEn: string;
  bagian: Bagian;
  catatan?: string;
}

/** Everything one service standard (Lampiran A–E) says, as data. */
export interface StandarLayanan {
  key: LayananKey;
  /** Lampiran letter A–E. */
  huruf: 'A' | 'B' | 'C' | 'D' | 'E';
  nama: string;
  namaEn: string;
  /** 1.1.1: kinds of client allowed (individu, keluarga, kelompok, masyarakat, komunitas, desa, kecamatan, kabupaten, lembaga, perorangan-sumber). */
  jenisKlien: { keys: readonly string[]; bagian: Bagian };
  /** 1.1.2 / 1.1.5: who may request the service; null when the text sets no list. */
  pemohon: { keys: readonly ItemKatalog[]; bagian: Bagian } | null;
  /** SK decrees the service requires: client criteria 1.1.x, tariff 1.4.3, complaint procedure 1.6.6. */
  sk: readonly ItemKatalog[];
  /** 1.2.2–1.2.8 core activities per stage. */
  kegiatan: readonly KegiatanPokok[];
  /** Section of the referral clause (1.2.7) and the termination clause (1.2.8) with its conditions. */
  rujukan: Bagian;
  terminasi: { bagian: Bagian; syarat: readonly ItemKatalog[]; disaksikanPemohon: boolean };
  /** 1.3.1: the time limit in months, and the sections allowing shorter (1.3.2) and extension (1.3.3). */
  jangkaWaktu: { bulan: number; bagian: Bagian; lebihSingkat: Bagian; perpanjangan: Bagian };
  /** 1.4.2 tariff factors (pro bono is key 'probono'). */
  faktorTarif: readonly ItemKatalog[];
  /** 1.4.3 / 1.4.4 */
  tarif: { sk: Bagian; matriks: Bagian; baris: readonly BarisTarif[]; judul: string };
  /** 1.5: service products per intervention (key = activity key). */
  produk: readonly (ItemKatalog & { kegiatan: string; luaran: readonly string[] })[];
  /** 1.6.3 complaint types a–f, 1.6.4 channels, 1.6.5 procedure contents a–e, 1.6.6 SK. */
  pengaduan: {
    jenis: readonly ItemKatalog[];
    saluran: readonly ItemKatalog[];
    prosedur: readonly ItemKatalog[];
    sk: Bagian;
  };
  /** 2.1 legal bases (full citation text). */
  dasarHukum: readonly ItemKatalog[];
  /** 2.2.1 minimum facilities (C adds ruang-terapi and shelter), 2.2.3 equipment. */
  fasilitas: readonly ItemKatalog[];
  peralatan: readonly ItemKatalog[];
  /** 2.3.1 social worker, 2.3.2 supervisor, 2.3.3 other personnel. */
  kompetensi: {
    pekerjaSosial: readonly Kualifikasi[];
    supervisor: readonly Kualifikasi[];
    /** 2.3.2 d: minimum years of practice for the supervisor (5; C says "paling lama", read as "paling sedikit"). */
    supervisorMinTahun: number;
    pelaksanaLain: readonly ItemKatalog[];
  };
  /** 2.4 internal supervision: 2.4.2 objects, 2.4.4 by whom, 2.4.5 aspects. */
  pengawasan: { bagian: Bagian; aspek: readonly ItemKatalog[] };
  /** 2.5.2: minimum staffing. */
  jumlahPelaksana: Bagian;
  /** 2.6.1 per-worker guarantees a–g, 2.6.2 per-institution guarantees a–g. */
  jaminan: { pekerja: readonly ItemKatalog[]; lembaga: readonly ItemKatalog[] };
  /** 2.7.1 building a–d, 2.7.2 staff a–c, 2.7.3 safety contact, 2.7.4 client briefing. */
  keselamatan: {
    gedung: readonly ItemKatalog[];
    pelaksana: readonly ItemKatalog[];
    kontak: Bagian;
    penjelasanKlien: Bagian;
  };
  /** 2.8: competency framework, annual plan, yearly evaluation, archived. */
  evaluasiKinerja: readonly ItemKatalog[];
}

/**
 * A regulation on the timeline (issue 13): when it took effect, which of its
 * parts were replaced by what and from when, and a one-line note. Each ruleset
 * folder declares its own entry; `src/standards/index.ts` lists them.
 */
export interface Regulasi {
  /** The ruleset id when the toolkit has rules for it, else a stable key. */
  id: string;
  /** Short name, e.g. "PermenPANRB 1/2023". */
  singkat: string;
  judul: string;
  /** Effective date, YYYY-MM-DD. */
  berlaku: string;
  /** Date the whole regulation stopped applying, if it did. */
  dicabut?: { sejak: string; oleh: string };
  /** Parts replaced by a later regulation. */
  digantikan?: readonly BagianDigantikan[];
  /** Where the toolkit uses it: lembaga/register rules, credit logs, accreditation, the data register. */
  area: readonly AreaRegulasi[];
  /** One line for users. */
  catatan: { id: string; en: string };
  /** Whether the toolkit has rules for it (listed by `lembaga aturan`). */
  adaAturan: boolean;
}

export type AreaRegulasi = 'standar' | 'atensi' | 'kredit' | 'akreditasi' | 'data-sosial';

export interface BagianDigantikan {
  bagian: string;
  /** Id of the regulation that replaces it. */
  oleh: string;
  sejak: string;
  area: AreaRegulasi;
  /** The line printed when a date checked falls under the replacement ({tahun} is the year checked). */
  pesan: { id: string; en: string };
}
