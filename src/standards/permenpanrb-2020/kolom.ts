/**
 * The Excel layout of a credit log (template written by `lembaga angka-kredit
 * --kosong`, read back as kredit/<tahun>.xlsx): one sheet of workers, one of
 * activities (one row per activity, tied to the worker by `staf`), one of
 * thresholds. Declared once so the writer and the reader cannot drift apart.
 */
import { KREDIT_SCHEMA } from '../../model/kredit-schema.js';
import { JENJANG_KEYS } from '../../model/kredit.js';

export type JenisKolom = 'teks' | 'angka' | 'ya' | 'tanggal' | 'pilihan';

export interface Kolom {
  /** Header written in row 1 (Indonesian). */
  judul: string;
  /** JSON pointer of the value relative to the row's object, e.g. `/pengangkatan/jenis`. */
  path: string;
  jenis: JenisKolom;
  pilihan?: readonly string[];
  lebar: number;
  wajib?: boolean;
}

export const LEMBAR = {
  petunjuk: 'Petunjuk',
  pegawai: 'Pegawai',
  kegiatan: 'Kegiatan',
  ambang: 'Ambang',
} as const;

export const YA_TIDAK = ['ya', 'tidak'] as const;

/** The values a schema allows at a row-relative pointer (`/pengangkatan/jenis`; a number steps into an array). */
function pilihanSkema(skema: unknown, path: string): readonly string[] {
  type Simpul = { properties?: Record<string, Simpul>; items?: Simpul; enum?: readonly string[] };
  let node = skema as Simpul | undefined;
  for (const seg of path.split('/').slice(1))
    node = /^\d+$/.test(seg) ? node?.items : node?.properties?.[seg];
  if (!node?.enum) throw new Error(`Skema tidak memuat pilihan di ${path}`);
  return node.enum;
}

/**
 * The column builders of one sheet, whose rows are objects of `skema`: a choice column offers
 * exactly the values the schema allows at its path, so the template and the YAML form agree.
 */
function kolomBaris(skema?: unknown) {
  const kolom =
    (jenis: JenisKolom) =>
    (judul: string, path: string, lebar: number, wajib = false, pilihan?: readonly string[]) => ({
      judul,
      path,
      jenis,
      ...(pilihan ? { pilihan } : {}),
      lebar,
      ...(wajib ? { wajib } : {}),
    });
  return {
    teks: kolom('teks'),
    angka: kolom('angka'),
    tanggal: kolom('tanggal'),
    ya: (judul: string, path: string, lebar: number): Kolom =>
      kolom('ya')(judul, path, lebar, false, YA_TIDAK),
    pilih: (
      judul: string,
      path: string,
      lebar: number,
      wajib = false,
      pilihan?: readonly string[],
    ) => kolom('pilihan')(judul, path, lebar, wajib, pilihan ?? pilihanSkema(skema, path)),
  };
}

const PEGAWAI = KREDIT_SCHEMA.properties.pegawai.items;

/** Builders of the worker sheet (rows: a worker of the log). */
const P = kolomBaris(PEGAWAI);

export const KOLOM_PEGAWAI: readonly Kolom[] = [
  P.teks('Id staf', '/staf', 12, true),
  P.teks('NIP', '/nip', 22),
  P.pilih('Kategori', '/kategori', 14, true),
  P.pilih('Jenjang', '/jenjang', 14, true),
  P.teks('Pangkat', '/pangkat', 16),
  P.teks('Golongan', '/golongan', 10),
  P.pilih('Pendidikan', '/pendidikan', 11),
  P.ya('Pangkat tertinggi jenjang', '/pangkatTertinggi', 12),
  P.ya('Menunggu lowongan', '/menungguLowongan', 12),
  P.pilih('Jenis pengangkatan', '/pengangkatan/jenis', 18),
  P.tanggal('Tanggal pengangkatan', '/pengangkatan/tanggal', 14),
  P.angka('Usia saat diangkat', '/pengangkatan/usia', 10),
  P.pilih('Jenjang saat diangkat', '/pengangkatan/jenjang', 14),
  P.pilih('Asal perpindahan', '/pengangkatan/asal', 16),
  P.tanggal('Tanggal pelantikan', '/pengangkatan/pelantikan', 14),
  P.tanggal('TMT PNS', '/pengangkatan/syarat/pns', 14),
  P.ya('Syarat: integritas', '/pengangkatan/syarat/integritas', 12),
  P.ya('Syarat: sehat', '/pengangkatan/syarat/sehat', 12),
  P.ya('Syarat: ijazah sesuai', '/pengangkatan/syarat/ijazahSesuai', 12),
  P.pilih('Predikat kinerja tahun lalu', '/pengangkatan/syarat/nilaiKinerja/0', 16),
  P.pilih('Predikat kinerja 2 tahun lalu', '/pengangkatan/syarat/nilaiKinerja/1', 16),
  P.angka('Syarat: pengalaman (tahun)', '/pengangkatan/syarat/pengalamanTahun', 10),
  P.ya('Syarat: pangkat memenuhi', '/pengangkatan/syarat/pangkatMemenuhi', 12),
  P.ya('Syarat: lowongan kebutuhan', '/pengangkatan/syarat/kebutuhan', 12),
  P.tanggal('Persetujuan Menteri', '/pengangkatan/syarat/persetujuanMenteri', 14),
  P.ya('Syarat: rencana suksesi', '/pengangkatan/syarat/rencanaSuksesi', 12),
  P.ya('Syarat: inovasi', '/pengangkatan/syarat/inovasi', 12),
  P.ya('Syarat: standar kompetensi', '/pengangkatan/syarat/standarKompetensi', 12),
  P.ya('Syarat: rekam jejak baik', '/pengangkatan/syarat/rekamJejak', 12),
  P.ya('Syarat: tanpa pelanggaran kode etik', '/pengangkatan/syarat/tanpaPelanggaranKodeEtik', 12),
  P.ya('Syarat: tanpa hukuman disiplin', '/pengangkatan/syarat/tanpaHukumanDisiplin', 12),
  P.tanggal('Lulus pelatihan fungsional', '/pelatihanFungsional', 14),
  P.tanggal('Lulus uji kompetensi', '/ujiKompetensi', 14),
  P.tanggal('SKP disusun', '/skp/disusun', 14),
  P.tanggal('SKP disetujui', '/skp/disetujui', 14),
  P.angka('Target AK dalam SKP', '/skp/targetAngkaKredit', 10),
  P.tanggal('SKP dinilai', '/skp/dinilai', 14),
  P.tanggal('SKP disampaikan ke Tim Penilai', '/skp/disampaikan', 14),
  P.pilih('Jabatan lain', '/jabatanLain/jenis', 16),
  P.tanggal('Jabatan lain sejak', '/jabatanLain/mulai', 14),
  P.pilih('Usul kenaikan', '/usulKenaikan', 11),
  P.angka('AK kumulatif sebelumnya', '/akumulasi/angkaKredit', 12),
  P.angka('Penunjang sebelumnya', '/akumulasi/penunjang', 12),
  P.angka('Pengembangan profesi sebelumnya', '/akumulasi/pengembanganProfesi', 14),
  P.angka('Ambang kenaikan pangkat', '/ambang/kenaikanPangkat', 12),
  P.angka('Ambang kenaikan jenjang', '/ambang/kenaikanJenjang', 12),
];

/** Builders of the activity sheet (rows: one activity). */
const G = kolomBaris(PEGAWAI.properties.kegiatan.items);

export const KOLOM_KEGIATAN: readonly Kolom[] = [
  G.teks('Id staf', '/staf', 12, true),
  G.teks('Uraian kegiatan', '/uraian', 44, true),
  G.pilih('Unsur', '/unsur', 20, true),
  G.angka('Nilai (Lampiran)', '/nilai', 10, true),
  G.angka('Volume', '/volume', 8),
  G.teks('Butir', '/butir', 12),
  G.tanggal('Tanggal', '/tanggal', 12),
  G.pilih('Tingkat', '/tingkat', 22),
  G.ya('Penugasan tertulis', '/penugasanTertulis', 11),
  G.pilih('Peran penulis', '/penulis/peran', 11),
  G.angka('Jumlah penulis', '/penulis/jumlah', 9),
];

/** Builders of the threshold sheet (rows: one threshold row). */
const A = kolomBaris(KREDIT_SCHEMA.properties.ambang.items);

export const KOLOM_AMBANG: readonly Kolom[] = [
  A.teks('Golongan', '/golongan', 10, true),
  A.pilih('Pendidikan', '/pendidikan', 11),
  A.pilih('Jenjang', '/jenjang', 14),
  A.angka('Ambang kenaikan pangkat', '/kenaikanPangkat', 12),
  A.angka('Ambang kenaikan jenjang', '/kenaikanJenjang', 12),
  A.teks('Sumber', '/sumber', 16),
];

/** Column letter of a 1-based index (the spreadsheet primitive). */
export { hurufKolom } from '../../core/excel.js';

/** Sheet of the conversion form (2023 onward): one row per rating period of a worker. */
export const LEMBAR_PERIODE = 'Periode';

/** Builders of the period sheet (the conversion form checks its values by rule, not schema). */
const R = kolomBaris();

export const KOLOM_PERIODE: readonly Kolom[] = [
  R.teks('Id staf', '/staf', 12, true),
  R.teks('NIP', '/nip', 22),
  R.pilih('Jenjang', '/jenjang', 14, true, JENJANG_KEYS),
  R.teks('Golongan', '/golongan', 10, true),
  R.teks('Dari (YYYY-MM)', '/dari', 14, true),
  R.teks('Sampai (YYYY-MM)', '/sampai', 14, true),
  R.pilih('Predikat', '/predikat', 16, true, [
    'Sangat Baik',
    'Baik',
    'Butuh Perbaikan',
    'Kurang',
    'Sangat Kurang',
  ]),
  R.angka('AK integrasi', '/integrasi', 12),
];

/** A data sheet of a credit-log workbook: its name and its columns, written and read from here. */
export interface LembarKredit {
  nama: string;
  kolom: readonly Kolom[];
}

/** The data sheets: workers, activities and thresholds (item by item), periods (conversion form). */
export const LEMBAR_DATA: Readonly<
  Record<'pegawai' | 'kegiatan' | 'ambang' | 'periode', LembarKredit>
> = {
  pegawai: { nama: LEMBAR.pegawai, kolom: KOLOM_PEGAWAI },
  kegiatan: { nama: LEMBAR.kegiatan, kolom: KOLOM_KEGIATAN },
  ambang: { nama: LEMBAR.ambang, kolom: KOLOM_AMBANG },
  periode: { nama: LEMBAR_PERIODE, kolom: KOLOM_PERIODE },
};
