/**
 * JSON Schema (2020-12) of a credit log, kredit/<tahun>.yaml, with Indonesian
 * descriptions. schemas/kredit.schema.json is `kreditSchemaJson()` written out
 * (a test fails when the file is stale).
 */
import {
  ALASAN_PEMBERHENTIAN,
  ASAL_PERPINDAHAN,
  JABATAN_LAIN,
  PREDIKAT_KINERJA,
  JENIS_PENGANGKATAN,
  JENJANG_KEYS,
  PENDIDIKAN_KREDIT,
  PERAN_PENULIS,
  TINGKAT_KEGIATAN,
  UNSUR_KEYS,
} from './kredit.js';

import { angka, objek, skemaBerkas, tanggal, teksIsi as teks, versi, ya } from './skema.js';

/** `tahun`: the year a credit log covers (both forms). */
export const TAHUN_LOG = {
  type: 'integer',
  minimum: 2020,
  maximum: 2100,
  description: 'Tahun penilaian.',
};

const ambangProps = {
  kenaikanPangkat: angka(
    'Angka kredit kumulatif yang dipersyaratkan untuk kenaikan pangkat berikutnya (Lampiran IV–VIII; Pasal 36, Pasal 37 ayat 2).',
  ),
  kenaikanJenjang: angka(
    'Angka kredit kumulatif yang dipersyaratkan untuk kenaikan jenjang berikutnya (Pasal 38 ayat 1–2).',
  ),
  sumber: teks('Sumber angka, misalnya "Lampiran VI".'),
};

const kegiatan = objek(
  {
    required: ['uraian', 'unsur', 'nilai'],
    description: 'Satu kegiatan yang diklaim dalam tahun itu.',
  },
  {
    uraian: teks('Uraian kegiatan (butir kegiatan).'),
    unsur: {
      enum: [...UNSUR_KEYS],
      description: 'utama (Lampiran I/II), penunjang (Pasal 37), pengembangan-profesi (Pasal 39).',
    },
    nilai: angka(
      'Angka kredit satu hasil kerja menurut Lampiran (diisi dari Lampiran; alat ini tidak memuat Lampiran).',
    ),
    volume: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'Jumlah hasil kerja (bawaan 1); klaim = nilai × volume.',
    },
    butir: teks('Kode atau rujukan butir kegiatan di Lampiran.'),
    tanggal: tanggal('Tanggal kegiatan (YYYY-MM-DD).'),
    tingkat: {
      enum: [...TINGKAT_KEGIATAN],
      description:
        'Tugas jenjang sendiri (bawaan), satu tingkat di atas (80 %) atau di bawah (100 %) — Pasal 10–11.',
    },
    penugasanTertulis: ya(
      'Ada penugasan tertulis pimpinan unit kerja (Pasal 10); wajib untuk tingkat di atas/di bawah.',
    ),
    bukti: teks(
      'Di mana Hasil Kerja kegiatan ini didokumentasikan (Pasal 30 ayat 1), misalnya "Arsip asesmen 2022, map 3".',
    ),
    penulis: objek(
      {
        required: ['peran', 'jumlah'],
        description:
          'Karya tulis bersama (Pasal 40): peran penulis ini dan jumlah seluruh penulis.',
      },
      {
        peran: {
          enum: [...PERAN_PENULIS],
          description:
            'utama, pembantu, atau setara (tidak ada penulis utama; Pasal 40 ayat 1 huruf d).',
        },
        jumlah: {
          type: 'integer',
          minimum: 1,
          description:
            'Jumlah seluruh penulis (paling banyak 4 bila ada penulis utama; Pasal 40 ayat 2).',
        },
      },
    ),
  },
);

const syarat = objek(
  {
    description:
      'Persyaratan pengangkatan yang dibuktikan di berkas (Pasal 14 ayat 2–4, 15 ayat 2–3, 16 ayat 1, 17, 18, 19 ayat 3–4, Pasal 45). Ya/tidak = berkas memuat buktinya.',
  },
  {
    pns: tanggal(
      'TMT PNS (Pasal 14 ayat 2 huruf a, ayat 4: diangkat dalam jabatan paling lama 1 tahun sesudahnya).',
    ),
    integritas: ya('Integritas dan moralitas baik (huruf b).'),
    sehat: ya('Sehat jasmani dan rohani (huruf c).'),
    ijazahSesuai: ya(
      'Ijazah di bidang pekerjaan sosial/kesejahteraan sosial atau sesuai kualifikasi jabatan.',
    ),
    nilaiKinerja: {
      type: 'array',
      items: { enum: [...PREDIKAT_KINERJA] },
      description:
        'Predikat kinerja tahun-tahun terakhir, terbaru dulu (paling rendah baik: 1 tahun untuk pengangkatan pertama, 2 tahun lainnya).',
    },
    pengalamanTahun: angka(
      'Pengalaman di bidang penyelenggaraan kesejahteraan sosial, tahun (paling singkat 2).',
    ),
    pangkatMemenuhi: ya(
      'Pangkat paling rendah sesuai jenjang yang akan diduduki (Pasal 16 ayat 1 huruf d).',
    ),
    kebutuhan: ya(
      'Tersedia lowongan kebutuhan/formasi jabatan (Pasal 14 ayat 3, 15 ayat 3, 16 ayat 1 huruf a, 17 ayat 2, 19 ayat 4, Pasal 45).',
    ),
    persetujuanMenteri: tanggal(
      'Tanggal persetujuan Menteri untuk Ahli Utama dari pejabat fungsional ahli utama lain (Pasal 17 ayat 2).',
    ),
    rencanaSuksesi: ya('Termasuk kelompok rencana suksesi (Pasal 18 huruf a).'),
    inovasi: ya('Menghasilkan inovasi yang diakui (Pasal 18 huruf b).'),
    standarKompetensi: ya(
      'Memenuhi Standar Kompetensi jenjang yang akan diduduki (Pasal 18 huruf c).',
    ),
    rekamJejak: ya('Rekam jejak baik (Pasal 19 ayat 3 huruf c).'),
    tanpaPelanggaranKodeEtik: ya(
      'Tidak pernah melanggar kode etik dan profesi PNS (Pasal 19 ayat 3 huruf d).',
    ),
    tanpaHukumanDisiplin: ya(
      'Tidak pernah dikenakan hukuman disiplin PNS (Pasal 19 ayat 3 huruf e).',
    ),
  },
);

const pemberhentian = objek(
  { required: ['alasan', 'mulai'], description: 'Masa diberhentikan dari jabatan (Pasal 48–50).' },
  {
    alasan: {
      enum: [...ALASAN_PEMBERHENTIAN],
      description:
        'Pasal 48 ayat 1 huruf a–f: mengundurkan-diri, diberhentikan-sementara, cuti-di-luar-tanggungan, tugas-belajar (lebih dari 6 bulan), jabatan-lain, tidak-memenuhi-syarat.',
    },
    mulai: tanggal('Tanggal mulai diberhentikan.'),
    selesai: tanggal('Tanggal selesai (rencana atau nyata) tugas belajar, cuti, atau penugasan.'),
    izin: tanggal(
      'Tanggal pemeriksaan dan izin Pejabat yang Berwenang (Pasal 50 ayat 1; untuk mengundurkan-diri dan tidak-memenuhi-syarat).',
    ),
    diangkatKembali: tanggal('Tanggal diangkat kembali (Pasal 48 ayat 3–4).'),
  },
);

const pegawai = objek(
  {
    required: ['staf', 'kategori', 'jenjang', 'kegiatan'],
    description: 'Satu Pekerja Sosial PNS dan kegiatannya setahun.',
  },
  {
    staf: teks('Id staf di lembaga.yaml.'),
    nip: {
      type: 'string',
      pattern: '^\\d{18}$',
      description: 'NIP 18 digit, ditulis sebagai teks (dalam tanda kutip).',
    },
    kategori: {
      enum: ['keterampilan', 'keahlian'],
      description: 'Kategori jabatan (Pasal 5 ayat 1).',
    },
    jenjang: { enum: [...JENJANG_KEYS], description: 'Jenjang jabatan (Pasal 5 ayat 2–3).' },
    pangkat: teks('Pangkat, misalnya "Penata Muda".'),
    golongan: teks('Golongan ruang, misalnya "III/a" (dipakai untuk mencari ambang).'),
    pendidikan: {
      enum: [...PENDIDIKAN_KREDIT],
      description: 'Pendidikan tertinggi: SMA, D3, D4, S1, S2 (magister), S3 (doktor).',
    },
    pangkatTertinggi: ya(
      'Sudah berpangkat tertinggi dalam jenjangnya (Pasal 26 ayat 2 dan 4, Pasal 27 ayat 2 dan 4).',
    ),
    menungguLowongan: ya(
      'Sudah memenuhi syarat naik jenjang tetapi belum ada lowongan (Pasal 27 ayat 1 dan 3).',
    ),
    pengangkatan: objek(
      {
        required: ['jenis'],
        description: 'Pengangkatan ke dalam jabatan fungsional (Pasal 13–19).',
      },
      {
        jenis: {
          enum: [...JENIS_PENGANGKATAN],
          description: 'pertama, perpindahan, keterampilan-ke-keahlian, penyesuaian, atau promosi.',
        },
        tanggal: tanggal('Tanggal pengangkatan (YYYY-MM-DD).'),
        usia: {
          type: 'integer',
          minimum: 15,
          maximum: 80,
          description: 'Usia pada tanggal pengangkatan; bila kosong dihitung dari NIP.',
        },
        jenjang: {
          enum: [...JENJANG_KEYS],
          description: 'Jenjang saat diangkat (bawaan: jenjang sekarang).',
        },
        asal: {
          enum: [...ASAL_PERPINDAHAN],
          description:
            'Asal perpindahan ke Ahli Utama (Pasal 15 ayat 2 huruf h angka 3, Pasal 17 ayat 1 huruf h).',
        },
        syarat,
        pelantikan: tanggal('Tanggal dilantik dan diambil sumpah/janji (Pasal 20 ayat 1).'),
      },
    ),
    pelatihanFungsional: tanggal('Tanggal lulus pelatihan fungsional (Pasal 14 ayat 5).'),
    skp: objek(
      { description: 'SKP tahun ini (Pasal 23 ayat 1; Pasal 25 ayat 2).' },
      {
        disusun: tanggal('Tanggal SKP disusun (Pasal 23 ayat 1: pada awal tahun).'),
        disetujui: tanggal(
          'Tanggal SKP disetujui dan ditetapkan atasan langsung (Pasal 25 ayat 2).',
        ),
        targetAngkaKredit: angka(
          'Target angka kredit dalam SKP (Pasal 24 ayat 1, Pasal 25 ayat 1); paling sedikit target Pasal 26/27 jenjangnya.',
        ),
        dinilai: tanggal('Tanggal SKP dinilai; hasilnya capaian SKP (Pasal 25 ayat 4).'),
        disampaikan: tanggal(
          'Tanggal capaian SKP disampaikan kepada Tim Penilai (Pasal 29 ayat 1).',
        ),
      },
    ),
    ujiKompetensi: tanggal(
      'Tanggal lulus Uji Kompetensi untuk kenaikan jenjang (Pasal 38 ayat 4).',
    ),
    usulKenaikan: {
      enum: ['pangkat', 'jenjang'],
      description: 'Diusulkan naik pangkat atau naik jenjang tahun ini.',
    },
    akumulasi: objek(
      {
        description:
          'Angka kredit yang sudah ditetapkan (PAK terakhir) untuk kenaikan yang sedang dituju.',
      },
      {
        angkaKredit: angka(
          'Angka kredit kumulatif sebelum tahun ini (termasuk kelebihan menurut Pasal 42).',
        ),
        penunjang: angka(
          'Penunjang yang sudah dihitung untuk kenaikan pangkat yang sama (Pasal 37 ayat 3).',
        ),
        pengembanganProfesi: angka(
          'Pengembangan profesi yang sudah diperoleh dalam jenjang ini (Pasal 39 ayat 4).',
        ),
      },
    ),
    ambang: {
      type: 'object',
      additionalProperties: false,
      description: 'Ambang khusus pegawai ini; menggantikan baris tabel `ambang` di atas.',
      properties: ambangProps,
    },
    pemberhentian: {
      type: 'array',
      items: pemberhentian,
      description: 'Masa diberhentikan dari jabatan (Pasal 48).',
    },
    jabatanLain: objek(
      {
        required: ['jenis'],
        description: 'Jabatan lain yang juga dipegang (Pasal 53 melarang rangkap jabatan).',
      },
      {
        jenis: {
          enum: [...JABATAN_LAIN],
          description: 'pimpinan-tinggi, administrator, pengawas, atau pelaksana.',
        },
        mulai: tanggal('Tanggal mulai memegang jabatan itu.'),
      },
    ),
    kegiatan: { type: 'array', items: kegiatan, description: 'Kegiatan setahun.' },
  },
);

/** The schema object. */
export const KREDIT_SCHEMA = skemaBerkas(
  'kredit',
  'kredit/<tahun>.yaml',
  'Log angka kredit Pekerja Sosial PNS setahun (PermenPANRB 2020 tentang Jabatan Fungsional Pekerja Sosial). Nilai per kegiatan dan ambang kumulatif diisi lembaga dari Lampiran peraturan.',
  ['tahun', 'pegawai'],
  {
    versi: versi(1, 'Versi format berkas (1).'),
    tahun: TAHUN_LOG,
    ambang: {
      type: 'array',
      description:
        'Tabel ambang angka kredit kumulatif dari Lampiran IV–VIII, dicocokkan dengan golongan (dan pendidikan/jenjang bila diisi).',
      items: objek(
        { required: ['golongan'] },
        {
          golongan: teks('Golongan ruang sekarang, misalnya "III/a".'),
          pendidikan: {
            enum: [...PENDIDIKAN_KREDIT],
            description: 'Pendidikan (Pasal 36 ayat 3); D4 sama dengan S1.',
          },
          jenjang: { enum: [...JENJANG_KEYS], description: 'Jenjang (opsional).' },
          ...ambangProps,
        },
      ),
    },
    pegawai: { type: 'array', items: pegawai, description: 'Pekerja Sosial PNS.' },
  },
);

/** schemas/kredit.schema.json as written to disk. */
export function kreditSchemaJson(): string {
  return JSON.stringify(KREDIT_SCHEMA, null, 2) + '\n';
}
