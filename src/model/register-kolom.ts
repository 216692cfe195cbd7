/**
 * The canonical layout of the Excel register (buku register klien, Permensos 14/2020
 * Lampiran 2.2.1 f), as data. One definition serves the reader (find columns by
 * header, convert cells), the writer (headers, widths, formats, dropdowns), the
 * `Petunjuk` sheet, the importer (target columns) and the docs.
 *
 * Sheets:
 * - `Register`  — one row per case (Kasus). Identified by "No. Register".
 * - `Kegiatan`  — one row per activity delivered, joined to its case by "No. Register".
 * - `Pengaduan` — one row per complaint (1.6), joined by "No. Register". Optional when reading.
 * - `Supervisi` — one row per supervision session (2.4.3 b; ATENSI Pasal 19 ayat 2), joined by
 *   "No. Register". Optional when reading.
 * - `Petunjuk`  — explains every column (written, never read).
 * - `Daftar`    — hidden; the long dropdown lists (Excel caps a list literal at 255 characters).
 *
 * Everything Excel shows is Indonesian: headers, enum values (the model's keys are
 * Indonesian words), booleans "ya"/"tidak". Paths are JSON-pointer-ish, relative to
 * the case (Register) or to the activity/complaint (Kegiatan/Pengaduan); `*` marks an
 * array index (`perpanjangan/*\/tanggal`).
 */
import { DURASI_KEYS, LAYANAN_KEYS, TAHAP_KEYS, TINGKAT_KEYS } from '../standards/types.js';
import { STANDAR } from '../standards/permensos-14-2020/katalog.js';
import { BASIS_LAYANAN, JENIS_KLIEN, KLASTER_ATENSI, STATUS_KASUS } from './register-schema.js';
import { PPKS_KEYS } from '../standards/ppks.js';
import {
  AKSES_ATENSI,
  ASPEK_ASESMEN_ATENSI,
  BENTUK_DUKUNGAN_ATENSI,
  TAHAP_ATENSI_KEYS,
} from '../standards/permensos-7-2021/katalog-atensi.js';
import { isJenisNilai, normaliseNilai, parseYaTidak } from './nilai.js';

export const SHEET_REGISTER = 'Register';
export const SHEET_KEGIATAN = 'Kegiatan';
export const SHEET_PENGADUAN = 'Pengaduan';
export const SHEET_SUPERVISI = 'Supervisi';
export const SHEET_PETUNJUK = 'Petunjuk';
export const SHEET_DAFTAR = 'Daftar';

/** The strings Excel shows for booleans. */
export const YA = 'ya';
export const TIDAK = 'tidak';

/**
 * How a column's cells are read and written.
 * - `text`: free text. `id`: an identifier kept as text (NIK, region code, staff id) — formatted '@'.
 * - `date`: written as a date cell 'dd/mm/yyyy'; read from a date cell, a serial number, or text
 *   'dd/mm/yyyy' / 'yyyy-mm-dd'. `bool`: "ya"/"tidak". `number`: Rupiah amounts.
 * - `enum`: one value of `allowed` (or of the catalogue list `katalog`), with a dropdown.
 * - `list`: several text values separated by ";".
 */
export type KolomKind = 'text' | 'id' | 'date' | 'bool' | 'number' | 'enum' | 'list';

/** Catalogue-derived value lists (from the standard's data, not typed here). */
export type KatalogList = 'kegiatan' | 'pemohon' | 'pengaduan-jenis' | 'pengaduan-saluran' | 'ppks';

export interface Kolom {
  /** Stable id of the column (used in code and docs). */
  key: string;
  /** Header as shown in Excel (row 1). */
  header: string;
  /** Other headers accepted when reading (older templates, common variants). */
  aliases?: readonly string[];
  /** Model path relative to the case / activity / complaint. `*` = the array index. */
  path: string;
  kind: KolomKind;
  /** Allowed values of an `enum` column (the model's keys). */
  allowed?: readonly string[];
  /** Allowed values taken from the standard's catalogue. */
  katalog?: KatalogList;
  /**
   * Several values in one cell separated by ";" — for the rare case with more than one
   * extension (1.3.3); the columns of one array line up value by value.
   */
  multi?: boolean;
  /** Required for the row to be a record. */
  required?: boolean;
  /** Column width in characters. */
  width: number;
  /** Explanation on the Petunjuk sheet (Indonesian: the workbook is an Indonesian document). */
  petunjuk: string;
}

export interface LembarData {
  name: string;
  /** The key column joining the row to its case (Kegiatan, Pengaduan). */
  join?: string;
  /** Model array of the case the rows go into. */
  array?: 'kegiatan' | 'pengaduan' | 'supervisi';
  kolom: readonly Kolom[];
}

const BOOL = [YA, TIDAK] as const;

/** The 26 PPKS categories: one list, in src/standards/ppks.ts. */
export const PPKS_KATEGORI = PPKS_KEYS;

const noReg = (petunjuk: string): Kolom => ({
  key: 'nomor',
  header: 'No. Register',
  aliases: ['Nomor Register', 'No Register', 'No. Reg', 'Nomor'],
  path: 'nomor',
  kind: 'id',
  required: true,
  width: 16,
  petunjuk,
});

/** The free-notes column that closes every data sheet. */
const catatanBebas = (petunjuk = 'Catatan bebas.'): Kolom => ({
  key: 'catatan',
  header: 'Catatan',
  aliases: ['Keterangan', 'Ket'],
  path: 'catatan',
  kind: 'text',
  width: 30,
  petunjuk,
});

const tgl = (
  key: string,
  header: string,
  path: string,
  petunjuk: string,
  aliases?: string[],
): Kolom => ({
  key,
  header,
  path,
  kind: 'date',
  width: 13,
  petunjuk,
  ...(aliases ? { aliases } : {}),
});

/** The date of a child sheet's row (an activity, a complaint, a session), headed "Tanggal" or "Tgl <what>". */
const tanggalBaris = (apa: string, petunjuk: string): Kolom =>
  tgl('tanggal', 'Tanggal', 'tanggal', petunjuk, [`Tgl ${apa}`, 'Tgl']);

const yaTidak = (key: string, header: string, path: string, petunjuk: string): Kolom => ({
  key,
  header,
  path,
  kind: 'bool',
  allowed: BOOL,
  width: 12,
  petunjuk,
});

/** Sheet `Register`: one row per case. */
export const KOLOM_REGISTER: readonly Kolom[] = [
  noReg(
    'Nomor register kasus, unik di lembaga (misalnya REG-2025-001). Wajib. Menghubungkan baris Kegiatan dan Pengaduan ke kasus ini.',
  ),
  {
    key: 'layanan',
    header: 'Layanan',
    path: 'layanan',
    kind: 'enum',
    allowed: LAYANAN_KEYS,
    required: true,
    width: 14,
    petunjuk:
      'Layanan (Pasal 32): pencegahan, perlindungan, rehabilitasi, pemberdayaan, pengembangan. Wajib.',
  },
  {
    key: 'status',
    header: 'Status',
    aliases: ['Status Kasus'],
    path: 'status',
    kind: 'enum',
    allowed: STATUS_KASUS,
    required: true,
    width: 10,
    petunjuk: 'Status kasus: aktif, selesai (sudah terminasi), dirujuk, berhenti. Wajib.',
  },
  {
    key: 'jenisKlien',
    header: 'Jenis Klien',
    path: 'klien/jenis',
    kind: 'enum',
    allowed: JENIS_KLIEN,
    required: true,
    width: 12,
    petunjuk:
      'Jenis klien (angka 1.1.1): individu, keluarga, kelompok, masyarakat; untuk pengembangan: komunitas, desa, kecamatan, kabupaten; untuk pemberdayaan juga lembaga. Wajib.',
  },
  {
    key: 'nama',
    header: 'Nama Klien',
    aliases: ['Nama'],
    path: 'klien/nama',
    kind: 'text',
    width: 24,
    petunjuk:
      'Nama klien (atau nama keluarga/kelompok/komunitas). Data pribadi: tidak dicetak di laporan.',
  },
  {
    key: 'nik',
    header: 'NIK',
    aliases: ['NIK Klien', 'No. KTP'],
    path: 'klien/nik',
    kind: 'id',
    width: 19,
    petunjuk:
      'NIK 16 digit. Kolom ini berformat Teks: jangan diubah ke Angka, karena Excel membulatkan angka 16 digit dan digit terakhir NIK hilang.',
  },
  tgl('tanggalLahir', 'Tanggal Lahir', 'klien/tanggalLahir', 'Tanggal lahir klien (dd/mm/yyyy).', [
    'Tgl Lahir',
  ]),
  {
    key: 'jenisKelamin',
    header: 'L/P',
    aliases: ['Jenis Kelamin', 'JK'],
    path: 'klien/jenisKelamin',
    kind: 'enum',
    allowed: ['L', 'P'],
    width: 6,
    petunjuk: 'Jenis kelamin: L (laki-laki) atau P (perempuan).',
  },
  {
    key: 'alamat',
    header: 'Alamat',
    path: 'klien/alamat',
    kind: 'text',
    width: 30,
    petunjuk: 'Alamat klien. Data pribadi: tidak dicetak di laporan.',
  },
  {
    key: 'kodeWilayah',
    header: 'Kode Wilayah',
    path: 'klien/kodeWilayah',
    kind: 'id',
    width: 14,
    petunjuk:
      'Kode wilayah Kemendagri, misalnya 32.73.01 (provinsi.kabupaten/kota.kecamatan). Berformat Teks.',
  },
  {
    key: 'ppks',
    header: 'Kategori PPKS',
    aliases: ['PPKS'],
    path: 'klien/ppks',
    kind: 'enum',
    katalog: 'ppks',
    width: 24,
    petunjuk:
      'Kategori PPKS (26 kategori), misalnya anak-telantar, lanjut-usia-telantar, fakir-miskin. Pilih dari daftar.',
  },
  {
    key: 'klaster',
    header: 'Klaster ATENSI',
    aliases: ['Klaster'],
    path: 'klien/klaster',
    kind: 'enum',
    allowed: KLASTER_ATENSI,
    width: 22,
    petunjuk:
      'Klaster ATENSI (Permensos 7/2021 Pasal 3), untuk rehabilitasi: anak, penyandang-disabilitas, tuna-sosial-korban-perdagangan-orang, korban-napza, lanjut-usia, korban-bencana, ppks-lainnya.',
  },
  {
    key: 'basisLayanan',
    header: 'Basis Layanan',
    path: 'klien/basisLayanan',
    kind: 'enum',
    allowed: BASIS_LAYANAN,
    width: 13,
    petunjuk: 'Basis layanan ATENSI (Pasal 8): keluarga, komunitas, residensial.',
  },
  {
    key: 'dtks',
    header: 'Status DTKS',
    aliases: ['DTKS', 'DTSEN', 'Status DTSEN'],
    path: 'klien/dtks',
    kind: 'enum',
    allowed: ['terdaftar', 'belum-terdaftar', 'diusulkan'],
    width: 15,
    petunjuk:
      'Status DTKS (ATENSI Pasal 43): terdaftar, belum-terdaftar, diusulkan. Klien yang belum terdaftar tetap dilayani dan diusulkan masuk DTKS.',
  },
  yaTidak(
    'abh',
    'ABH',
    'klien/abh',
    'Anak berhadapan dengan hukum (UU SPPA Pasal 19): ya/tidak. Bila ya, identitas klien tidak pernah ditampilkan.',
  ),
  {
    key: 'jenisPemohon',
    header: 'Jenis Pemohon',
    aliases: ['Pemohon'],
    path: 'pemohon/jenis',
    kind: 'enum',
    katalog: 'pemohon',
    width: 20,
    petunjuk:
      'Siapa yang meminta atau merujuk layanan (angka 1.1.2; pengembangan 1.1.5), misalnya pemerintah-daerah, aparat-penegak-hukum, masyarakat, kepala-desa.',
  },
  {
    key: 'namaPemohon',
    header: 'Nama Pemohon',
    path: 'pemohon/nama',
    kind: 'text',
    width: 22,
    petunjuk: 'Nama instansi atau orang yang meminta/merujuk.',
  },
  {
    key: 'pekerjaSosial',
    header: 'Pekerja Sosial',
    aliases: ['Peksos'],
    path: 'pekerjaSosial',
    kind: 'id',
    width: 14,
    petunjuk: 'Kode staf pekerja sosial yang menangani (kode staf di lembaga.yaml).',
  },
  {
    key: 'supervisor',
    header: 'Supervisor',
    path: 'supervisor',
    kind: 'id',
    width: 14,
    petunjuk: 'Kode staf supervisor pekerja sosial (kode staf di lembaga.yaml).',
  },
  tgl(
    'pendekatanAwal',
    'Tgl Pendekatan Awal',
    'tahapan/pendekatanAwal/tanggal',
    'Tanggal pendekatan awal: permohonan/laporan diterima (angka 1.2.2).',
    ['Tanggal Pendekatan Awal', 'Tgl Masuk'],
  ),
  tgl(
    'kesepakatan',
    'Tgl Kesepakatan',
    'tahapan/pendekatanAwal/kesepakatan',
    'Tanggal kesepakatan/kontrak layanan (1.2.2 e). Jangka waktu layanan (1.3.1) dihitung dari tanggal ini.',
    ['Tanggal Kesepakatan', 'Tgl Kontrak'],
  ),
  tgl(
    'rujukKeluarTanggal',
    'Tgl Rujuk Keluar',
    'tahapan/pendekatanAwal/rujukKeluar/tanggal',
    'Bila klien tidak memenuhi kriteria dan dirujuk ke lembaga lain (1.2.2 f): tanggal rujukannya.',
  ),
  {
    key: 'rujukKeluarLembaga',
    header: 'Rujuk Keluar (Lembaga)',
    aliases: ['Lembaga Rujuk Keluar'],
    path: 'tahapan/pendekatanAwal/rujukKeluar/lembaga',
    kind: 'text',
    width: 24,
    petunjuk: 'Lembaga tujuan rujuk keluar (1.2.2 f).',
  },
  tgl('asesmen', 'Tgl Asesmen', 'tahapan/asesmen/tanggal', 'Tanggal asesmen (1.2.3).', [
    'Tanggal Asesmen',
  ]),
  tgl(
    'perencanaan',
    'Tgl Perencanaan',
    'tahapan/perencanaan/tanggal',
    'Tanggal perencanaan intervensi (1.2.4).',
    ['Tanggal Perencanaan'],
  ),
  tgl(
    'intervensiMulai',
    'Tgl Mulai Intervensi',
    'tahapan/intervensi/mulai',
    'Tanggal mulai intervensi (1.2.5).',
  ),
  tgl(
    'intervensiSelesai',
    'Tgl Selesai Intervensi',
    'tahapan/intervensi/selesai',
    'Tanggal selesai intervensi (1.2.5).',
  ),
  tgl('evaluasi', 'Tgl Evaluasi', 'tahapan/evaluasi/tanggal', 'Tanggal evaluasi (1.2.6).', [
    'Tanggal Evaluasi',
  ]),
  tgl(
    'rujukan',
    'Tgl Rujukan',
    'tahapan/rujukan/tanggal',
    'Tanggal rujukan (1.2.7), bila kasus dirujuk.',
    ['Tanggal Rujukan'],
  ),
  {
    key: 'lembagaPenerima',
    header: 'Lembaga Penerima Rujukan',
    aliases: ['Lembaga Rujukan'],
    path: 'tahapan/rujukan/lembagaPenerima',
    kind: 'text',
    width: 24,
    petunjuk: 'Lembaga yang menerima rujukan (1.2.7 a). Wajib diisi bila ada Tgl Rujukan.',
  },
  tgl(
    'terminasi',
    'Tgl Terminasi',
    'tahapan/terminasi/tanggal',
    'Tanggal terminasi/pengakhiran layanan (1.2.8).',
    ['Tanggal Terminasi'],
  ),
  yaTidak(
    'dibahasDenganSupervisor',
    'Dibahas dg Supervisor',
    'tahapan/terminasi/dibahasDenganSupervisor',
    'Rencana terminasi sudah dibahas dengan supervisor (1.2.8 a): ya/tidak.',
  ),
  yaTidak(
    'klienDiberitahu',
    'Klien Diberitahu',
    'tahapan/terminasi/klienDiberitahu',
    'Klien sudah diberi tahu rencana terminasi (1.2.8 b): ya/tidak.',
  ),
  yaTidak(
    'formulirDitandatangani',
    'Formulir Ditandatangani',
    'tahapan/terminasi/formulirDitandatangani',
    'Formulir pengakhiran layanan ditandatangani klien (1.2.8 c): ya/tidak.',
  ),
  yaTidak(
    'disaksikanPemohon',
    'Disaksikan Pemohon',
    'tahapan/terminasi/disaksikanPemohon',
    'Pencegahan: penandatanganan disaksikan pemohon (Lampiran A 1.2.8 c): ya/tidak.',
  ),
  {
    ...tgl(
      'perpanjanganTanggal',
      'Perpanjangan (Tanggal)',
      'perpanjangan/*/tanggal',
      'Tanggal keputusan perpanjangan jangka waktu (1.3.3). Lebih dari satu perpanjangan: tulis tanggalnya dipisah titik koma, misalnya 01/02/2025; 01/08/2025.',
      ['Tgl Perpanjangan'],
    ),
    multi: true,
  },
  {
    ...tgl(
      'perpanjanganSampai',
      'Perpanjangan Sampai',
      'perpanjangan/*/sampai',
      'Layanan diperpanjang sampai tanggal ini. Lebih dari satu: pisahkan dengan titik koma, berurutan seperti kolom Perpanjangan (Tanggal).',
    ),
    multi: true,
  },
  {
    key: 'perpanjanganDasar',
    header: 'Dasar Perpanjangan',
    path: 'perpanjangan/*/dasar',
    kind: 'text',
    multi: true,
    width: 26,
    petunjuk:
      'Dasar keputusan perpanjangan (nomor/isi keputusan). Lebih dari satu: pisahkan dengan titik koma, berurutan.',
  },
  yaTidak(
    'kesepakatanDitandatangani',
    'Kesepakatan Ditandatangani',
    'tahapan/pendekatanAwal/kesepakatanDitandatangani',
    'Kesepakatan/kontrak layanan sudah ditandatangani dan disimpan di map kasus (1.2.2 e): ya/tidak.',
  ),
  tgl(
    'kontakPemerintahTanggal',
    'Tgl Kontak Pemerintah Setempat',
    'tahapan/pendekatanAwal/kontakPemerintah/tanggal',
    'Pengembangan sosial: tanggal kontak awal/surat kepada pimpinan pemerintah setempat (E 1.2.3 b).',
  ),
  {
    key: 'kontakPemerintahBentuk',
    header: 'Kontak Pemerintah (Bentuk)',
    path: 'tahapan/pendekatanAwal/kontakPemerintah/bentuk',
    kind: 'enum',
    allowed: ['pemberitahuan', 'persetujuan'],
    width: 16,
    petunjuk:
      'Pengembangan sosial: hasil kontak awal dengan pemerintah setempat (E 1.2.3 b): pemberitahuan atau persetujuan.',
  },
  {
    key: 'prioritas',
    header: 'Skala Prioritas',
    path: 'tahapan/perencanaan/prioritas',
    kind: 'text',
    width: 26,
    petunjuk: 'Skala prioritas masalah/fokus yang disusun dalam perencanaan (1.2.4 a), singkat.',
  },
  {
    key: 'tujuan',
    header: 'Tujuan Intervensi',
    path: 'tahapan/perencanaan/tujuan',
    kind: 'text',
    width: 30,
    petunjuk:
      'Tujuan intervensi, kegiatan, sistem sumber dan pihak yang terlibat (1.2.4 b), singkat.',
  },
  yaTidak(
    'jadwalDisepakati',
    'Jadwal Disepakati',
    'tahapan/perencanaan/jadwalDisepakati',
    'Jadwal pelaksanaan intervensi sudah disepakati dengan klien (1.2.4 c): ya/tidak.',
  ),
  {
    key: 'capaianTujuan',
    header: 'Capaian Tujuan',
    path: 'tahapan/evaluasi/capaianTujuan',
    kind: 'enum',
    allowed: ['tercapai', 'sebagian', 'belum-tercapai'],
    width: 15,
    petunjuk:
      'Hasil evaluasi (1.2.6): ketercapaian tujuan intervensi — tercapai, sebagian, belum-tercapai.',
  },
  yaTidak(
    'evaluasiPartisipatif',
    'Evaluasi Partisipatif',
    'tahapan/evaluasi/partisipatif',
    'Pengembangan sosial: evaluasi dilakukan bersama masyarakat (E 1.2.7): ya/tidak.',
  ),
  yaTidak(
    'rujukanDidampingi',
    'Rujukan Didampingi',
    'tahapan/rujukan/didampingi',
    'Klien didampingi mengakses lembaga penerima rujukan (1.2.7 b): ya/tidak.',
  ),
  {
    key: 'atensiAkses',
    header: 'ATENSI: Akses Melalui',
    path: 'atensi/aksesMelalui',
    kind: 'enum',
    allowed: AKSES_ATENSI.map((x) => x.key),
    width: 18,
    petunjuk:
      'ATENSI, fasilitasi akses (Permensos 7/2021 Pasal 20): rujukan, laporan-pengaduan, penjangkauan-kasus.',
  },
  {
    key: 'atensiAsesmen',
    header: 'ATENSI: Aspek Asesmen',
    path: 'atensi/asesmenAspek',
    kind: 'list',
    width: 30,
    petunjuk: `ATENSI, aspek asesmen komprehensif (Pasal 22), dipisah titik koma: ${ASPEK_ASESMEN_ATENSI.map((x) => x.key).join(', ')}.`,
  },
  {
    key: 'atensiDukungan',
    header: 'ATENSI: Bentuk Dukungan',
    path: 'atensi/bentukDukungan',
    kind: 'list',
    width: 30,
    petunjuk: `ATENSI, bentuk layanan yang diberikan (Pasal 11 ayat 1), dipisah titik koma: ${BENTUK_DUKUNGAN_ATENSI.map((x) => x.key).join(', ')}.`,
  },
  yaTidak(
    'pascalayananPerlu',
    'Pascalayanan Perlu',
    'atensi/pascalayanan/perlu',
    'ATENSI: menurut asesmen pekerja sosial klien memerlukan pascalayanan (Pasal 26 ayat 3): ya/tidak.',
  ),
  tgl(
    'pascalayananTanggal',
    'Tgl Pascalayanan',
    'atensi/pascalayanan/tanggal',
    'ATENSI: tanggal pascalayanan diberikan (Pasal 26).',
  ),
  {
    key: 'timKerjaMasyarakat',
    header: 'Tim Kerja Masyarakat',
    path: 'timKerjaMasyarakat',
    kind: 'list',
    width: 26,
    petunjuk: 'Pengembangan sosial: anggota tim kerja masyarakat (E 1.1.3), dipisah titik koma.',
  },
  catatanBebas(),
];

/** Sheet `Kegiatan`: one row per activity, joined by No. Register. Paths relative to the activity. */
export const KOLOM_KEGIATAN: readonly Kolom[] = [
  noReg(
    'Nomor register kasus tempat kegiatan ini diberikan (sama persis dengan lembar Register). Wajib.',
  ),
  tanggalBaris('Kegiatan', 'Tanggal kegiatan (dd/mm/yyyy). Wajib.'),
  {
    key: 'kegiatan',
    header: 'Kegiatan',
    aliases: ['Kode Kegiatan', 'Jenis Kegiatan'],
    path: 'kegiatan',
    kind: 'enum',
    katalog: 'kegiatan',
    required: true,
    width: 30,
    petunjuk:
      'Kode kegiatan dari daftar kegiatan pokok layanan kasus ini (angka 1.2.2–1.2.8), misalnya bimbingan-sosial. Lihat lembar Daftar atau `lembaga aturan kegiatan-layanan`. Wajib.',
  },
  {
    key: 'tahap',
    header: 'Tahap',
    path: 'tahap',
    kind: 'enum',
    allowed: TAHAP_KEYS,
    width: 22,
    petunjuk:
      'Tahap SOP (Pasal 5): pendekatanAwal, asesmen, perencanaan, intervensi, evaluasiRujukanTerminasi. Boleh kosong: tahap diambil dari kode kegiatan.',
  },
  {
    key: 'durasi',
    header: 'Durasi',
    path: 'durasi',
    kind: 'enum',
    allowed: DURASI_KEYS,
    width: 12,
    petunjuk: 'Durasi sesuai matriks tarif (1.4.4): 1-jam, 2-jam, lebih-2-jam; asesmen: 5-tahap.',
  },
  {
    key: 'tingkat',
    header: 'Tingkat',
    aliases: ['Tingkat Tarif'],
    path: 'tingkat',
    kind: 'enum',
    allowed: TINGKAT_KEYS,
    width: 11,
    petunjuk:
      'Tingkat tarif (1.4.4): tingkat1 (Dasar), tingkat2 (Spesialis), tingkat3 (Sub Spesialis).',
  },
  {
    key: 'biaya',
    header: 'Biaya (Rp)',
    aliases: ['Biaya', 'Tarif', 'Tarif (Rp)'],
    path: 'biaya',
    kind: 'number',
    width: 14,
    petunjuk:
      'Biaya yang ditagih ke klien, dalam Rupiah, tanpa titik pemisah (contoh 150000). Isi 0 untuk pro bono.',
  },
  yaTidak('proBono', 'Pro Bono', 'proBono', 'Layanan pro bono/cuma-cuma (1.4.2 e): ya/tidak.'),
  {
    key: 'pelaksana',
    header: 'Pelaksana',
    path: 'pelaksana',
    kind: 'id',
    width: 14,
    petunjuk: 'Kode staf pelaksana. Boleh kosong: dianggap pekerja sosial kasus.',
  },
  {
    key: 'sesi',
    header: 'Sesi',
    aliases: ['Kode Sesi'],
    path: 'sesi',
    kind: 'id',
    width: 12,
    petunjuk:
      'Kode sesi kelompok, untuk daftar hadir: kegiatan kelompok yang sama diberi kode sesi yang sama.',
  },
  {
    key: 'produk',
    header: 'Produk Layanan',
    aliases: ['Produk', 'Luaran'],
    path: 'produk',
    kind: 'list',
    width: 30,
    petunjuk:
      'Produk layanan (luaran) kegiatan ini (angka 1.5), kode dipisah titik koma, misalnya kehadiran; peningkatan-pemahaman. Daftar kode: `lembaga aturan kasus-produk-layanan`.',
  },
  catatanBebas(),
];

/** Sheet `Pengaduan`: one row per complaint (1.6), joined by No. Register. Paths relative to the complaint. */
export const KOLOM_PENGADUAN: readonly Kolom[] = [
  noReg('Nomor register kasus yang diadukan (sama persis dengan lembar Register). Wajib.'),
  tanggalBaris('Pengaduan', 'Tanggal pengaduan diterima. Wajib.'),
  {
    key: 'jenis',
    header: 'Jenis Pengaduan',
    aliases: ['Jenis'],
    path: 'jenis',
    kind: 'enum',
    katalog: 'pengaduan-jenis',
    width: 26,
    petunjuk: 'Jenis pengaduan (1.6.3), misalnya pembayaran-di-luar-tarif, pelanggaran-etik.',
  },
  {
    key: 'saluran',
    header: 'Saluran',
    path: 'saluran',
    kind: 'enum',
    katalog: 'pengaduan-saluran',
    width: 16,
    petunjuk: 'Saluran pengaduan (1.6.4): telepon, whatsapp, kotak-pengaduan, email, alamat-surat.',
  },
  {
    key: 'ditanganiOleh',
    header: 'Ditangani Oleh',
    path: 'ditanganiOleh',
    kind: 'id',
    width: 14,
    petunjuk: 'Kode staf yang menangani pengaduan.',
  },
  tgl(
    'selesai',
    'Tgl Selesai',
    'selesai',
    'Tanggal pengaduan selesai ditangani (batas waktu sesuai prosedur pengaduan lembaga, 1.6.5).',
    ['Tanggal Selesai'],
  ),
  catatanBebas(),
];

/** Sheet `Supervisi`: one row per supervision session, joined by No. Register. Paths relative to the session. */
export const KOLOM_SUPERVISI: readonly Kolom[] = [
  noReg('Nomor register kasus yang disupervisi (sama persis dengan lembar Register). Wajib.'),
  tanggalBaris('Supervisi', 'Tanggal sesi supervisi (dd/mm/yyyy). Wajib.'),
  {
    key: 'supervisor',
    header: 'Supervisor',
    path: 'supervisor',
    kind: 'id',
    width: 14,
    petunjuk: 'Kode staf supervisor (2.4.4 c). Boleh kosong: dianggap supervisor kasus.',
  },
  {
    key: 'pelaksana',
    header: 'Pelaksana Disupervisi',
    aliases: ['Pelaksana', 'Pekerja Sosial'],
    path: 'pelaksana',
    kind: 'id',
    width: 14,
    petunjuk: 'Kode staf yang disupervisi. Boleh kosong: dianggap pekerja sosial kasus.',
  },
  {
    key: 'tahap',
    header: 'Tahap',
    path: 'tahap',
    kind: 'enum',
    allowed: [...TAHAP_KEYS, ...TAHAP_ATENSI_KEYS],
    width: 24,
    petunjuk:
      'Tahap yang dibahas: tahap SOP (pendekatanAwal, asesmen, perencanaan, intervensi, evaluasiRujukanTerminasi) atau tahap ATENSI (Permensos 7/2021 Pasal 19 ayat 1, misalnya fasilitasi-akses, pascalayanan-terminasi).',
  },
  {
    key: 'aspek',
    header: 'Aspek',
    path: 'aspek',
    kind: 'list',
    width: 26,
    petunjuk: 'Aspek supervisi (2.4.5), dipisah titik koma: edukatif, suportif, administratif.',
  },
  catatanBebas('Catatan bebas (tanpa data pribadi klien).'),
];

export const LEMBAR_REGISTER: LembarData = { name: SHEET_REGISTER, kolom: KOLOM_REGISTER };
export const LEMBAR_KEGIATAN: LembarData = {
  name: SHEET_KEGIATAN,
  join: 'nomor',
  array: 'kegiatan',
  kolom: KOLOM_KEGIATAN,
};
export const LEMBAR_PENGADUAN: LembarData = {
  name: SHEET_PENGADUAN,
  join: 'nomor',
  array: 'pengaduan',
  kolom: KOLOM_PENGADUAN,
};

export const LEMBAR_SUPERVISI: LembarData = {
  name: SHEET_SUPERVISI,
  join: 'nomor',
  array: 'supervisi',
  kolom: KOLOM_SUPERVISI,
};

/** The data sheets in workbook order. */
export const LEMBAR_DATA: readonly LembarData[] = [
  LEMBAR_REGISTER,
  LEMBAR_KEGIATAN,
  LEMBAR_PENGADUAN,
  LEMBAR_SUPERVISI,
];

/** The sheets whose rows join a case by No. Register (everything but Register). */
export const LEMBAR_ANAK: readonly LembarData[] = LEMBAR_DATA.filter((l) => l.array);

/* ------------------------------------------------------------------ values */

const uniq = (xs: Iterable<string>): string[] => [...new Set(xs)];

let katalogCache: Map<KatalogList, readonly string[]> | null = null;

/** Allowed values of a catalogue list: the union over the five services (the case's own service is a rule's business). */
export function katalogValues(list: KatalogList): readonly string[] {
  if (!katalogCache) {
    const s = Object.values(STANDAR);
    katalogCache = new Map<KatalogList, readonly string[]>([
      ['kegiatan', uniq(s.flatMap((x) => x.kegiatan.map((k) => k.key)))],
      ['pemohon', uniq(s.flatMap((x) => (x.pemohon ? x.pemohon.keys.map((k) => k.key) : [])))],
      ['pengaduan-jenis', uniq(s.flatMap((x) => x.pengaduan.jenis.map((k) => k.key)))],
      ['pengaduan-saluran', uniq(s.flatMap((x) => x.pengaduan.saluran.map((k) => k.key)))],
      ['ppks', PPKS_KATEGORI],
    ]);
  }
  return katalogCache.get(list) ?? [];
}

/** The dropdown values of a column, or null when it has none. */
export function allowedValues(k: Kolom): readonly string[] | null {
  if (k.allowed) return k.allowed;
  if (k.katalog) return katalogValues(k.katalog);
  return null;
}

/** Header comparison key: case, spaces and punctuation ignored ("No. Register" = "no register" = "NO.REGISTER"). */
export function headerKey(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Map what a user typed in an enum cell to the model's key: exact, then the shared
 * normaliser of the column's value list ("Rehabilitasi Sosial", "rehab", "Laki-laki",
 * "Tingkat I", "> 2 jam"), then ignoring case, spaces and punctuation. Returns the
 * text unchanged (trimmed) when nothing matches, so the schema check reports it with
 * "did you mean".
 */
export function normaliseEnum(k: Kolom, raw: string): string {
  const text = raw.trim();
  const allowed = allowedValues(k);
  if (!allowed || allowed.includes(text)) return text;
  // Before the loose comparison: "> 2 jam" would otherwise equal "2-jam".
  // Columns named as a value list of ./nilai.ts go through that shared normaliser (also used
  // by `lembaga impor`), so both readers accept the same spellings.
  const v = isJenisNilai(k.key) ? normaliseNilai(k.key, text) : null;
  if (v && allowed.includes(v)) return v;
  const key = headerKey(text);
  for (const a of allowed) if (headerKey(a) === key) return a;
  return text;
}

export { parseYaTidak };

/** Excel column letters of a 1-based column index (1 → A, 27 → AA): the one primitive of core/excel.ts. */
export { hurufKolom as columnLetter } from '../core/excel.js';
