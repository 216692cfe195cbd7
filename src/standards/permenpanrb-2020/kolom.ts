/**
 * The Excel layout of a credit log (template written by `lembaga angka-kredit
 * --kosong`, read back as kredit/<tahun>.xlsx): one sheet of workers, one of
 * activities (one row per activity, tied to the worker by `staf`), one of
 * thresholds. Declared once so the writer and the reader cannot drift apart.
 */
import {
  ASAL_PERPINDAHAN,
  JABATAN_LAIN,
  PREDIKAT_KINERJA,
  JENIS_PENGANGKATAN,
  JENJANG_KEYS,
  PENDIDIKAN_KREDIT,
  PERAN_PENULIS,
  TINGKAT_KEGIATAN,
  UNSUR_KEYS,
} from '../../model/kredit.js';

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

export const KOLOM_PEGAWAI: readonly Kolom[] = [
  { judul: 'Id staf', path: '/staf', jenis: 'teks', lebar: 12, wajib: true },
  { judul: 'NIP', path: '/nip', jenis: 'teks', lebar: 22 },
  {
    judul: 'Kategori',
    path: '/kategori',
    jenis: 'pilihan',
    pilihan: ['keterampilan', 'keahlian'],
    lebar: 14,
    wajib: true,
  },
  {
    judul: 'Jenjang',
    path: '/jenjang',
    jenis: 'pilihan',
    pilihan: JENJANG_KEYS,
    lebar: 14,
    wajib: true,
  },
  { judul: 'Pangkat', path: '/pangkat', jenis: 'teks', lebar: 16 },
  { judul: 'Golongan', path: '/golongan', jenis: 'teks', lebar: 10 },
  {
    judul: 'Pendidikan',
    path: '/pendidikan',
    jenis: 'pilihan',
    pilihan: PENDIDIKAN_KREDIT,
    lebar: 11,
  },
  {
    judul: 'Pangkat tertinggi jenjang',
    path: '/pangkatTertinggi',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Menunggu lowongan',
    path: '/menungguLowongan',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Jenis pengangkatan',
    path: '/pengangkatan/jenis',
    jenis: 'pilihan',
    pilihan: JENIS_PENGANGKATAN,
    lebar: 18,
  },
  { judul: 'Tanggal pengangkatan', path: '/pengangkatan/tanggal', jenis: 'tanggal', lebar: 14 },
  { judul: 'Usia saat diangkat', path: '/pengangkatan/usia', jenis: 'angka', lebar: 10 },
  {
    judul: 'Jenjang saat diangkat',
    path: '/pengangkatan/jenjang',
    jenis: 'pilihan',
    pilihan: JENJANG_KEYS,
    lebar: 14,
  },
  {
    judul: 'Asal perpindahan',
    path: '/pengangkatan/asal',
    jenis: 'pilihan',
    pilihan: ASAL_PERPINDAHAN,
    lebar: 16,
  },
  { judul: 'Tanggal pelantikan', path: '/pengangkatan/pelantikan', jenis: 'tanggal', lebar: 14 },
  { judul: 'TMT PNS', path: '/pengangkatan/syarat/pns', jenis: 'tanggal', lebar: 14 },
  {
    judul: 'Syarat: integritas',
    path: '/pengangkatan/syarat/integritas',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: sehat',
    path: '/pengangkatan/syarat/sehat',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: ijazah sesuai',
    path: '/pengangkatan/syarat/ijazahSesuai',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Predikat kinerja tahun lalu',
    path: '/pengangkatan/syarat/nilaiKinerja/0',
    jenis: 'pilihan',
    pilihan: PREDIKAT_KINERJA,
    lebar: 16,
  },
  {
    judul: 'Predikat kinerja 2 tahun lalu',
    path: '/pengangkatan/syarat/nilaiKinerja/1',
    jenis: 'pilihan',
    pilihan: PREDIKAT_KINERJA,
    lebar: 16,
  },
  {
    judul: 'Syarat: pengalaman (tahun)',
    path: '/pengangkatan/syarat/pengalamanTahun',
    jenis: 'angka',
    lebar: 10,
  },
  {
    judul: 'Syarat: pangkat memenuhi',
    path: '/pengangkatan/syarat/pangkatMemenuhi',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: lowongan kebutuhan',
    path: '/pengangkatan/syarat/kebutuhan',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Persetujuan Menteri',
    path: '/pengangkatan/syarat/persetujuanMenteri',
    jenis: 'tanggal',
    lebar: 14,
  },
  {
    judul: 'Syarat: rencana suksesi',
    path: '/pengangkatan/syarat/rencanaSuksesi',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: inovasi',
    path: '/pengangkatan/syarat/inovasi',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: standar kompetensi',
    path: '/pengangkatan/syarat/standarKompetensi',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: rekam jejak baik',
    path: '/pengangkatan/syarat/rekamJejak',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: tanpa pelanggaran kode etik',
    path: '/pengangkatan/syarat/tanpaPelanggaranKodeEtik',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Syarat: tanpa hukuman disiplin',
    path: '/pengangkatan/syarat/tanpaHukumanDisiplin',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 12,
  },
  {
    judul: 'Lulus pelatihan fungsional',
    path: '/pelatihanFungsional',
    jenis: 'tanggal',
    lebar: 14,
  },
  { judul: 'Lulus uji kompetensi', path: '/ujiKompetensi', jenis: 'tanggal', lebar: 14 },
  { judul: 'SKP disusun', path: '/skp/disusun', jenis: 'tanggal', lebar: 14 },
  { judul: 'SKP disetujui', path: '/skp/disetujui', jenis: 'tanggal', lebar: 14 },
  { judul: 'Target AK dalam SKP', path: '/skp/targetAngkaKredit', jenis: 'angka', lebar: 10 },
  { judul: 'SKP dinilai', path: '/skp/dinilai', jenis: 'tanggal', lebar: 14 },
  {
    judul: 'SKP disampaikan ke Tim Penilai',
    path: '/skp/disampaikan',
    jenis: 'tanggal',
    lebar: 14,
  },
  {
    judul: 'Jabatan lain',
    path: '/jabatanLain/jenis',
    jenis: 'pilihan',
    pilihan: JABATAN_LAIN,
    lebar: 16,
  },
  { judul: 'Jabatan lain sejak', path: '/jabatanLain/mulai', jenis: 'tanggal', lebar: 14 },
  {
    judul: 'Usul kenaikan',
    path: '/usulKenaikan',
    jenis: 'pilihan',
    pilihan: ['pangkat', 'jenjang'],
    lebar: 11,
  },
  { judul: 'AK kumulatif sebelumnya', path: '/akumulasi/angkaKredit', jenis: 'angka', lebar: 12 },
  { judul: 'Penunjang sebelumnya', path: '/akumulasi/penunjang', jenis: 'angka', lebar: 12 },
  {
    judul: 'Pengembangan profesi sebelumnya',
    path: '/akumulasi/pengembanganProfesi',
    jenis: 'angka',
    lebar: 14,
  },
  { judul: 'Ambang kenaikan pangkat', path: '/ambang/kenaikanPangkat', jenis: 'angka', lebar: 12 },
  { judul: 'Ambang kenaikan jenjang', path: '/ambang/kenaikanJenjang', jenis: 'angka', lebar: 12 },
];

export const KOLOM_KEGIATAN: readonly Kolom[] = [
  { judul: 'Id staf', path: '/staf', jenis: 'teks', lebar: 12, wajib: true },
  { judul: 'Uraian kegiatan', path: '/uraian', jenis: 'teks', lebar: 44, wajib: true },
  { judul: 'Unsur', path: '/unsur', jenis: 'pilihan', pilihan: UNSUR_KEYS, lebar: 20, wajib: true },
  { judul: 'Nilai (Lampiran)', path: '/nilai', jenis: 'angka', lebar: 10, wajib: true },
  { judul: 'Volume', path: '/volume', jenis: 'angka', lebar: 8 },
  { judul: 'Butir', path: '/butir', jenis: 'teks', lebar: 12 },
  { judul: 'Tanggal', path: '/tanggal', jenis: 'tanggal', lebar: 12 },
  { judul: 'Tingkat', path: '/tingkat', jenis: 'pilihan', pilihan: TINGKAT_KEGIATAN, lebar: 22 },
  {
    judul: 'Penugasan tertulis',
    path: '/penugasanTertulis',
    jenis: 'ya',
    pilihan: YA_TIDAK,
    lebar: 11,
  },
  {
    judul: 'Peran penulis',
    path: '/penulis/peran',
    jenis: 'pilihan',
    pilihan: PERAN_PENULIS,
    lebar: 11,
  },
  { judul: 'Jumlah penulis', path: '/penulis/jumlah', jenis: 'angka', lebar: 9 },
];

export const KOLOM_AMBANG: readonly Kolom[] = [
  { judul: 'Golongan', path: '/golongan', jenis: 'teks', lebar: 10, wajib: true },
  {
    judul: 'Pendidikan',
    path: '/pendidikan',
    jenis: 'pilihan',
    pilihan: PENDIDIKAN_KREDIT,
    lebar: 11,
  },
  { judul: 'Jenjang', path: '/jenjang', jenis: 'pilihan', pilihan: JENJANG_KEYS, lebar: 14 },
  { judul: 'Ambang kenaikan pangkat', path: '/kenaikanPangkat', jenis: 'angka', lebar: 12 },
  { judul: 'Ambang kenaikan jenjang', path: '/kenaikanJenjang', jenis: 'angka', lebar: 12 },
  { judul: 'Sumber', path: '/sumber', jenis: 'teks', lebar: 16 },
];

/** Column letter of a 1-based index (the spreadsheet primitive). */
export { hurufKolom } from '../../core/excel.js';

/** Sheet of the conversion form (2023 onward): one row per rating period of a worker. */
export const LEMBAR_PERIODE = 'Periode';

export const KOLOM_PERIODE: readonly Kolom[] = [
  { judul: 'Id staf', path: '/staf', jenis: 'teks', lebar: 12, wajib: true },
  { judul: 'NIP', path: '/nip', jenis: 'teks', lebar: 22 },
  {
    judul: 'Jenjang',
    path: '/jenjang',
    jenis: 'pilihan',
    pilihan: JENJANG_KEYS,
    lebar: 14,
    wajib: true,
  },
  { judul: 'Golongan', path: '/golongan', jenis: 'teks', lebar: 10, wajib: true },
  { judul: 'Dari (YYYY-MM)', path: '/dari', jenis: 'teks', lebar: 14, wajib: true },
  { judul: 'Sampai (YYYY-MM)', path: '/sampai', jenis: 'teks', lebar: 14, wajib: true },
  {
    judul: 'Predikat',
    path: '/predikat',
    jenis: 'pilihan',
    pilihan: ['Sangat Baik', 'Baik', 'Butuh Perbaikan', 'Kurang', 'Sangat Kurang'],
    lebar: 16,
    wajib: true,
  },
  { judul: 'AK integrasi', path: '/integrasi', jenis: 'angka', lebar: 12 },
];
