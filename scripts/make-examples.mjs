// Regenerates the Excel registers of the examples (run after `npm run build`):
// (sheets Register, Kegiatan, Pengaduan and Supervisi; the 2025 register shows every field of issue 12)
//   examples/lks-harapan-bunda/register/register-2025.xlsx   a clean register of 2025
//   examples/balai-rehsos-sentosa/register/register-2026.xlsx  a register with the mistakes
//     administrators really make (listed below), planted after the canonical writer ran,
//     the way a person editing the workbook in Excel would.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { buildRegisterXlsx } = await import(path.join(root, 'dist/io/register-xlsx.js'));
const { createT } = await import(path.join(root, 'dist/i18n/index.js'));
const { parseYamlSource } = await import(path.join(root, 'dist/io/yaml-source.js'));
const { readFileSync } = await import('node:fs');
const t = createT('id');
const lembagaOf = (name) =>
  parseYamlSource(readFileSync(path.join(root, 'examples', name, 'lembaga.yaml')), 'x').data;

const keg = (tanggal, kegiatan, extra = {}) => ({
  tanggal,
  kegiatan,
  durasi: '1-jam',
  tingkat: 'tingkat1',
  biaya: 0,
  ...extra,
});

/* ------------------------------------------------ LKS Harapan Bunda, 2025 */
const hb = lembagaOf('lks-harapan-bunda');
const fee = (b) => b; // amounts below are taken from the example's tariff matrix
const hb2025 = [
  {
    nomor: 'HB-2025-014',
    layanan: 'rehabilitasi',
    status: 'selesai',
    klien: {
      jenis: 'individu',
      nama: 'Siti Rahmawati',
      nik: '3273066304110001',
      tanggalLahir: '2011-04-23',
      jenisKelamin: 'P',
      alamat: 'Jl. Soekarno-Hatta Gg. Sukarasa 4, Bandung',
      kodeWilayah: '32.73.06',
      ppks: 'anak-korban-kekerasan',
      klaster: 'anak',
      basisLayanan: 'residensial',
      dtks: 'terdaftar',
    },
    pemohon: { jenis: 'dinas-sosial', nama: 'Dinas Sosial Kota Bandung' },
    pekerjaSosial: 'ps-01',
    supervisor: 'sup-01',
    tahapan: {
      pendekatanAwal: {
        tanggal: '2025-06-02',
        kesepakatan: '2025-06-04',
        kesepakatanDitandatangani: true,
      },
      asesmen: { tanggal: '2025-06-09' },
      perencanaan: {
        tanggal: '2025-06-16',
        prioritas: 'Pemulihan trauma dan rasa aman',
        tujuan: 'Klien pulih dan kembali bersekolah; keluarga besar dilibatkan',
        jadwalDisepakati: true,
      },
      intervensi: { mulai: '2025-06-23', selesai: '2025-10-31' },
      evaluasi: { tanggal: '2025-11-07', capaianTujuan: 'tercapai' },
      terminasi: {
        tanggal: '2025-11-14',
        dibahasDenganSupervisor: true,
        klienDiberitahu: true,
        formulirDitandatangani: true,
      },
    },
    kegiatan: [
      keg('2025-06-09', 'pengumpulan-data', { durasi: '5-tahap', biaya: fee(250000) }),
      keg('2025-06-23', 'motivasi-diagnosis-psikososial-dasar', {
        durasi: '2-jam',
        biaya: fee(150000),
      }),
      keg('2025-07-21', 'bimbingan-sosial-konseling', {
        biaya: 0,
        proBono: true,
        produk: ['bimbingan-terapi', 'keterampilan-hidup-sehari-hari'],
      }),
      keg('2025-08-18', 'bimbingan-mental-spiritual', { biaya: fee(70000), sesi: 'BMS-2025-08' }),
      keg('2025-09-15', 'terapi-psikososial', {
        durasi: '2-jam',
        tingkat: 'tingkat2',
        biaya: 0,
        proBono: true,
        pelaksana: 'sup-01',
      }),
    ],
    pengaduan: [
      {
        tanggal: '2025-09-01',
        jenis: 'fasilitas-tidak-memadai',
        saluran: 'whatsapp',
        ditanganiOleh: 'adm-01',
        selesai: '2025-09-12',
      },
    ],
    // Supervision sessions (sheet Supervisi): one per ATENSI stage reached (Pasal 19 ayat 2).
    supervisi: [
      { tanggal: '2025-06-05', tahap: 'pendekatanAwal', aspek: ['administratif'] },
      { tanggal: '2025-06-10', tahap: 'asesmen', aspek: ['edukatif'] },
      { tanggal: '2025-06-17', tahap: 'perencanaan', aspek: ['edukatif', 'administratif'] },
      { tanggal: '2025-07-21', tahap: 'intervensi', aspek: ['suportif'] },
      { tanggal: '2025-09-15', tahap: 'intervensi', aspek: ['edukatif', 'suportif'] },
      {
        tanggal: '2025-11-10',
        tahap: 'evaluasiRujukanTerminasi',
        supervisor: 'sup-01',
        pelaksana: 'ps-01',
        aspek: ['administratif'],
      },
    ],
    atensi: {
      aksesMelalui: 'rujukan',
      asesmenAspek: ['fisik', 'psikososial', 'mental', 'spiritual'],
      bentukDukungan: ['perawatan-pengasuhan', 'terapi'],
      pascalayanan: { perlu: false },
    },
  },
  {
    nomor: 'HB-2025-015',
    layanan: 'perlindungan',
    status: 'selesai',
    klien: {
      jenis: 'keluarga',
      nama: 'Keluarga Ibu Yuyun Yuningsih',
      alamat: 'Kp. Cibolerang RT 04/07, Bandung',
      kodeWilayah: '32.73.06',
      ppks: 'perempuan-rawan-sosial-ekonomi',
      dtks: 'terdaftar',
    },
    pekerjaSosial: 'ps-01',
    supervisor: 'sup-01',
    tahapan: {
      pendekatanAwal: {
        tanggal: '2025-08-04',
        kesepakatan: '2025-08-05',
        kesepakatanDitandatangani: true,
      },
      asesmen: { tanggal: '2025-08-07' },
      perencanaan: {
        tanggal: '2025-08-11',
        prioritas: 'Pangan dan penghasilan keluarga',
        tujuan: 'Keluarga menerima PKH dan ibu mengikuti pelatihan usaha',
        jadwalDisepakati: true,
      },
      intervensi: { mulai: '2025-08-18', selesai: '2025-11-28' },
      evaluasi: { tanggal: '2025-12-03', capaianTujuan: 'tercapai' },
      terminasi: {
        tanggal: '2025-12-10',
        dibahasDenganSupervisor: true,
        klienDiberitahu: true,
        formulirDitandatangani: true,
      },
    },
    kegiatan: [
      keg('2025-08-07', 'pengumpulan-data', { durasi: '5-tahap', biaya: fee(250000) }),
      keg('2025-08-18', 'akses-program-bansos', { durasi: '2-jam', biaya: fee(110000) }),
      keg('2025-09-22', 'akses-program-bansos', {
        biaya: fee(60000),
        produk: ['akses-program-bansos'],
      }),
    ],
    supervisi: [
      { tanggal: '2025-08-06', tahap: 'pendekatanAwal', aspek: ['administratif'] },
      { tanggal: '2025-09-22', tahap: 'intervensi', aspek: ['edukatif', 'suportif'] },
      { tanggal: '2025-11-20', tahap: 'intervensi', aspek: ['suportif'] },
    ],
  },
];
writeFileSync(
  path.join(root, 'examples/lks-harapan-bunda/register/register-2025.xlsx'),
  await buildRegisterXlsx(hb2025, hb, {}, t),
);

/* ------------------------------------- Balai Sentosa, 2026, with mistakes */
const bs = lembagaOf('balai-rehsos-sentosa');
const base = (nomor, extra) => ({
  nomor,
  layanan: 'rehabilitasi',
  status: 'aktif',
  pekerjaSosial: 'ps-02',
  supervisor: 'sup-01',
  ...extra,
});
const bs2026 = [
  // 1. Over the 6-month limit of Lampiran C 1.3.1, no extension recorded.
  base('BRS-2026-001', {
    klien: {
      jenis: 'individu',
      nama: 'Joko Susilo',
      nik: '3313120507990003',
      tanggalLahir: '1999-07-05',
      jenisKelamin: 'L',
      alamat: 'Dk. Jetis RT 01/02, Kebakkramat',
      kodeWilayah: '33.13.12',
      ppks: 'penyandang-disabilitas',
      klaster: 'penyandang-disabilitas',
      basisLayanan: 'residensial',
      dtks: 'terdaftar',
    },
    tahapan: {
      pendekatanAwal: { tanggal: '2026-01-05', kesepakatan: '2026-01-06' },
      asesmen: { tanggal: '2026-01-08' },
      perencanaan: { tanggal: '2026-01-13' },
      intervensi: { mulai: '2026-01-19' },
    },
    kegiatan: [
      keg('2026-01-08', 'pengumpulan-data', { durasi: '5-tahap' }),
      keg('2026-02-02', 'pelatihan-vokasional-kewirausahaan', {
        durasi: 'lebih-2-jam',
        proBono: true,
      }),
    ],
    // Sheet Supervisi: the second session is "led" by a social worker, not the supervisor (2.4.4 c).
    supervisi: [
      { tanggal: '2026-01-07', tahap: 'pendekatanAwal', aspek: ['administratif'] },
      { tanggal: '2026-03-02', supervisor: 'ps-01', tahap: 'intervensi', aspek: ['edukatif'] },
    ],
  }),
  // 2. NIK typed as a number (cell type changed after the fact): digits lost.
  base('BRS-2026-002', {
    pekerjaSosial: 'ps-03',
    klien: {
      jenis: 'individu',
      nama: 'Sri Lestari',
      nik: '3313125612010002',
      tanggalLahir: '2001-12-16',
      jenisKelamin: 'P',
      alamat: 'Ds. Waru RT 03/01, Kebakkramat',
      kodeWilayah: '33.13.12',
      ppks: 'penyandang-disabilitas',
      klaster: 'penyandang-disabilitas',
      basisLayanan: 'residensial',
      dtks: 'belum-terdaftar',
    },
    tahapan: {
      pendekatanAwal: { tanggal: '2026-08-03', kesepakatan: '2026-08-04' },
      asesmen: { tanggal: '2026-08-06' },
    },
    kegiatan: [keg('2026-08-06', 'pengumpulan-data', { durasi: '5-tahap' })],
  }),
  // 3. Closed case: termination form not signed, evaluation missing, activity of another service.
  base('BRS-2026-003', {
    status: 'selesai',
    pekerjaSosial: 'ps-01',
    klien: {
      jenis: 'individu',
      nama: 'Bagus Prakoso',
      nik: '3313122003050001',
      tanggalLahir: '2005-03-20',
      jenisKelamin: 'L',
      alamat: 'Ds. Nangsri RT 02/04, Kebakkramat',
      kodeWilayah: '33.13.12',
      ppks: 'penyandang-disabilitas',
      klaster: 'penyandang-disabilitas',
      basisLayanan: 'komunitas',
      dtks: 'terdaftar',
    },
    tahapan: {
      pendekatanAwal: { tanggal: '2026-02-09', kesepakatan: '2026-02-10' },
      asesmen: { tanggal: '2026-02-12' },
      perencanaan: { tanggal: '2026-02-17' },
      intervensi: { mulai: '2026-02-23', selesai: '2026-06-26' },
      terminasi: {
        tanggal: '2026-07-03',
        dibahasDenganSupervisor: true,
        klienDiberitahu: true,
        formulirDitandatangani: false,
      },
    },
    kegiatan: [
      keg('2026-02-12', 'pengumpulan-data', { durasi: '5-tahap' }),
      keg('2026-03-02', 'penyuluhan-sosial'),
      keg('2026-04-06', 'terapi-fisik', { durasi: '2-jam', proBono: true }),
    ],
  }),
  // 4. A fee charged although the balai's tariff is Rp0 (APBD): payment outside the tariff (1.6.3 e).
  base('BRS-2026-004', {
    klien: {
      jenis: 'individu',
      nama: 'Wahyu Nugroho',
      nik: '3313121108080004',
      tanggalLahir: '2008-08-11',
      jenisKelamin: 'L',
      alamat: 'Ds. Kaling RT 05/02, Tasikmadu',
      kodeWilayah: '33.13.11',
      ppks: 'anak-dengan-kedisabilitasan',
      klaster: 'anak',
      basisLayanan: 'residensial',
      dtks: 'terdaftar',
    },
    tahapan: {
      pendekatanAwal: { tanggal: '2026-09-07', kesepakatan: '2026-09-08' },
      asesmen: { tanggal: '2026-09-10' },
      perencanaan: { tanggal: '2026-09-15' },
      intervensi: { mulai: '2026-09-21' },
    },
    kegiatan: [
      keg('2026-09-10', 'pengumpulan-data', { durasi: '5-tahap' }),
      keg('2026-09-28', 'terapi-psikososial', { durasi: '2-jam', biaya: 75000 }),
    ],
    pengaduan: [
      { tanggal: '2026-10-01', jenis: 'pembayaran-di-luar-tarif', saluran: 'kotak-pengaduan' },
    ],
  }),
  // 5. No supervisor on the case; the same register number typed twice (copy-paste of row 5 to 6).
  base('BRS-2026-005', {
    supervisor: undefined,
    klien: {
      jenis: 'individu',
      nama: 'Rina Marlina',
      nik: '3313124404970001',
      tanggalLahir: '1997-04-04',
      jenisKelamin: 'P',
      alamat: 'Ds. Macanan RT 01/01, Kebakkramat',
      kodeWilayah: '33.13.12',
      ppks: 'penyandang-disabilitas',
      klaster: 'penyandang-disabilitas',
      basisLayanan: 'komunitas',
      dtks: 'diusulkan',
    },
    tahapan: {
      pendekatanAwal: { tanggal: '2026-10-05', kesepakatan: '2026-10-06' },
      asesmen: { tanggal: '2026-10-08' },
    },
    kegiatan: [keg('2026-10-08', 'pengumpulan-data', { durasi: '5-tahap', proBono: true })],
  }),
  base('BRS-2026-005', {
    klien: {
      jenis: 'individu',
      nama: 'Dwi Handayani',
      nik: '3313124909000002',
      tanggalLahir: '2000-09-09',
      jenisKelamin: 'P',
      alamat: 'Ds. Pulosari RT 02/03, Kebakkramat',
      kodeWilayah: '33.13.12',
      ppks: 'penyandang-disabilitas',
      klaster: 'penyandang-disabilitas',
      basisLayanan: 'residensial',
      dtks: 'terdaftar',
    },
    tahapan: {
      pendekatanAwal: { tanggal: '2026-10-12', kesepakatan: '2026-10-13' },
      asesmen: { tanggal: '2062-10-15' },
    },
    kegiatan: [keg('2026-10-15', 'pengumpulan-data', { durasi: '5-tahap', proBono: true })],
  }),
];
// The fields of issue 12 (signed agreement, plan, supervision per stage, ATENSI details,
// products) filled in from each case's own dates, so that only the planted mistakes show.
const { STANDAR } = await import(path.join(root, 'dist/standards/permensos-14-2020/katalog.js'));
const { produkKegiatan } = await import(
  path.join(root, 'dist/standards/permensos-14-2020/rules-produk.js')
);
const BENTUK = {
  'terapi-fisik': 'terapi',
  'terapi-psikososial': 'terapi',
  'pelatihan-vokasional-kewirausahaan': 'vokasional-kewirausahaan',
};
function lengkapi(k) {
  const t = k.tahapan;
  if (t.pendekatanAwal?.kesepakatan) t.pendekatanAwal.kesepakatanDitandatangani = true;
  if (t.perencanaan)
    Object.assign(t.perencanaan, {
      prioritas: 'Kemandirian aktivitas sehari-hari',
      tujuan: 'Klien mandiri dan siap kembali ke keluarga',
      jadwalDisepakati: true,
    });
  const tahap = [
    ['pendekatanAwal', t.pendekatanAwal?.kesepakatan],
    ['asesmen', t.asesmen?.tanggal],
    ['perencanaan', t.perencanaan?.tanggal],
    ['intervensi', t.intervensi?.mulai],
    ['evaluasiRujukanTerminasi', t.evaluasi?.tanggal ?? t.terminasi?.tanggal],
  ].filter(([, d]) => d && d < '2030-01-01');
  const ada = new Set((k.supervisi ?? []).map((x) => x.tahap));
  k.supervisi = [
    ...(k.supervisi ?? []),
    ...tahap
      .filter(([key]) => !ada.has(key))
      .map(([key, d]) => ({ tanggal: d, tahap: key, aspek: ['edukatif', 'administratif'] })),
  ].sort((a, b) => (a.tanggal < b.tanggal ? -1 : 1));
  k.atensi = {
    aksesMelalui: 'rujukan',
    ...(t.asesmen ? { asesmenAspek: ['fisik', 'psikososial', 'minat-bakat'] } : {}),
    ...(t.intervensi
      ? {
          bentukDukungan: [
            'dukungan-keluarga',
            ...new Set(k.kegiatan.map((g) => BENTUK[g.kegiatan]).filter(Boolean)),
          ],
        }
      : {}),
    ...(k.status === 'selesai' ? { pascalayanan: { perlu: false } } : {}),
  };
  for (const g of k.kegiatan) {
    const p = produkKegiatan(STANDAR.rehabilitasi, g.kegiatan);
    if (p.length && k.status === 'selesai') g.produk = [p[0]];
  }
  return k;
}
bs2026.forEach(lengkapi);
const buf = await buildRegisterXlsx(bs2026, bs, {}, t);
// Plant the mistakes a person makes in Excel: the NIK cell of BRS-2026-002 retyped as a number.
const wb = new ExcelJS.Workbook();
await wb.xlsx.load(buf);
const ws = wb.getWorksheet('Register');
const header = ws.getRow(1).values;
const nikCol = header.findIndex((v) => v === 'NIK');
ws.getRow(3).getCell(nikCol).value = 3313125612010002; // Excel keeps 15 significant digits: 3313125612010000
ws.getRow(3).getCell(nikCol).numFmt = '0';
writeFileSync(
  path.join(root, 'examples/balai-rehsos-sentosa/register/register-2026.xlsx'),
  Buffer.from(await wb.xlsx.writeBuffer()),
);
console.log('examples regenerated');
