/**
 * Random registers for the report's tests: fast-check arbitraries that produce cases with
 * every field sometimes missing or wrong, plus personal data (names, NIK, addresses, birth
 * dates) distinct enough to be searched for in the generated documents.
 */
import fc from 'fast-check';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';

const tgl = (lo: number, hi: number) =>
  fc
    .integer({ min: lo, max: hi })
    .map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
/** Days since 2020-01-01: 2022-01-01 ≈ 731, 2026-12-31 ≈ 2556. */
const tanggal = tgl(731, 2556);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });

const NAMA_DEPAN = [
  'Siti',
  'Budi',
  'Rina',
  'Agus',
  'Dewi',
  'Joko',
  'Maya',
  'Yusuf',
  'Fitri',
  'Hendra',
];
const NAMA_BELAKANG = [
  'Rahmawati',
  'Santoso',
  'Kurniawan',
  'Wulandari',
  'Hidayat',
  'Lestari',
  'Pratama',
  'Saputra',
];

export const arbKasus: fc.Arbitrary<Kasus> = fc
  .record({
    n: fc.integer({ min: 1, max: 999_999 }),
    layanan: fc.constantFrom(
      'pencegahan',
      'perlindungan',
      'rehabilitasi',
      'pemberdayaan',
      'pengembangan',
    ),
    status: fc.constantFrom('aktif', 'selesai', 'dirujuk', 'berhenti'),
    jenis: fc.option(
      fc.constantFrom(
        'individu',
        'individu',
        'individu',
        'keluarga',
        'kelompok',
        'masyarakat',
        'desa',
        'aneh',
      ),
      { nil: undefined, freq: 8 },
    ),
    depan: fc.constantFrom(...NAMA_DEPAN),
    belakang: fc.constantFrom(...NAMA_BELAKANG),
    nikSerial: fc.integer({ min: 1, max: 9999 }),
    lahir: opt(tgl(-20000, 1800)),
    kelamin: opt(fc.constantFrom('L', 'P')),
    jalan: fc.integer({ min: 1, max: 300 }),
    wilayah: opt(fc.constantFrom('32.73.01', '32.04', '31.71.02.1001', '12.34', 'salah')),
    ppks: opt(
      fc.constantFrom(
        'anak-telantar',
        'penyandang-disabilitas',
        'fakir-miskin',
        'korban-napza',
        'kode-aneh',
      ),
    ),
    klaster: opt(fc.constantFrom('anak', 'lanjut-usia', 'korban-napza', 'ppks-lainnya')),
    basis: opt(fc.constantFrom('keluarga', 'komunitas', 'residensial')),
    dtks: opt(fc.constantFrom('terdaftar', 'belum-terdaftar', 'diusulkan')),
    awal: opt(tanggal),
    jedaKesepakatan: opt(fc.integer({ min: 0, max: 30 })),
    lama: fc.integer({ min: 0, max: 500 }),
    adaAkhir: fc.boolean(),
    perpanjangan: fc.array(fc.record({ tanggal: tanggal, sampai: opt(tanggal) }), { maxLength: 2 }),
    kegiatan: fc.array(
      fc.record({
        tanggal: fc.oneof(
          { arbitrary: tanggal, weight: 9 },
          { arbitrary: fc.constantFrom('2025-02-30', ''), weight: 1 },
        ),
        kegiatan: fc.constantFrom(
          'bimbingan-sosial',
          'pendampingan-sosial',
          'penyuluhan-sosial',
          'asesmen',
          'kode-tak-dikenal',
          '',
        ),
        tingkat: opt(fc.constantFrom('tingkat1', 'tingkat2', 'tingkat3')),
        durasi: opt(fc.constantFrom('1-jam', '2-jam', 'lebih-2-jam', '5-tahap')),
        biaya: opt(fc.constantFrom(0, 50_000, 150_000)),
        proBono: opt(fc.boolean()),
        pelaksana: opt(fc.constantFrom('PS-01', 'PS-02')),
      }),
      { maxLength: 6 },
    ),
    pengaduan: fc.array(
      fc.record({
        tanggal: tanggal,
        jenis: opt(
          fc.constantFrom(
            'layanan-tidak-sesuai',
            'pembayaran-di-luar-tarif',
            'komentar-saran',
            'x',
          ),
        ),
        saluran: opt(fc.constantFrom('telepon', 'whatsapp', 'email', 'merpati')),
        lamaSelesai: opt(fc.integer({ min: 0, max: 60 })),
      }),
      { maxLength: 2 },
    ),
    penerima: opt(
      fc.constantFrom('Dinas Sosial Kota Bandung', 'RSUD Cibabat', '  dinas sosial kota  bandung '),
    ),
  })
  .map((r): Kasus => {
    const nomor = `REG-${String(r.n).padStart(6, '0')}`;
    const plus = (d: string, n: number) =>
      new Date(Date.parse(d + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
    const kesepakatan =
      r.awal && r.jedaKesepakatan !== undefined ? plus(r.awal, r.jedaKesepakatan) : undefined;
    const mulai = kesepakatan ?? r.awal;
    const akhir = mulai && r.adaAkhir ? plus(mulai, r.lama) : undefined;
    const lahir = r.lahir;
    const dd = lahir
      ? String(Number(lahir.slice(8, 10)) + (r.kelamin === 'P' ? 40 : 0)).padStart(2, '0')
      : '01';
    const nik = `3273${String(r.n % 100).padStart(2, '0')}${dd}${lahir ? lahir.slice(5, 7) + lahir.slice(2, 4) : '0190'}${String(r.nikSerial).padStart(4, '0')}`;
    return {
      nomor,
      layanan: r.layanan as Kasus['layanan'],
      status: r.status as Kasus['status'],
      klien: {
        jenis: r.jenis as Kasus['klien']['jenis'],
        nama: `${r.depan} ${r.belakang} ${nomor.slice(-4)}`,
        nik,
        ...(lahir ? { tanggalLahir: lahir } : {}),
        ...(r.kelamin ? { jenisKelamin: r.kelamin as 'L' | 'P' } : {}),
        alamat: `Jl. Kenanga Gg. ${r.jalan} No. ${r.n}`,
        ...(r.wilayah ? { kodeWilayah: r.wilayah } : {}),
        ...(r.ppks ? { ppks: r.ppks } : {}),
        ...(r.klaster ? { klaster: r.klaster as Kasus['klien']['klaster'] } : {}),
        ...(r.basis ? { basisLayanan: r.basis as 'keluarga' } : {}),
        ...(r.dtks ? { dtks: r.dtks as 'terdaftar' } : {}),
      },
      pekerjaSosial: 'PS-01',
      tahapan: {
        pendekatanAwal: {
          ...(r.awal ? { tanggal: r.awal } : {}),
          ...(kesepakatan ? { kesepakatan } : {}),
        },
        ...(r.status === 'selesai' && akhir ? { terminasi: { tanggal: akhir } } : {}),
        ...(r.status === 'berhenti' && akhir ? { evaluasi: { tanggal: akhir } } : {}),
        ...(r.status === 'dirujuk' && akhir
          ? { rujukan: { tanggal: akhir, ...(r.penerima ? { lembagaPenerima: r.penerima } : {}) } }
          : {}),
      },
      perpanjangan: r.perpanjangan.map((p) => ({
        tanggal: p.tanggal,
        ...(p.sampai ? { sampai: p.sampai } : {}),
      })),
      kegiatan: r.kegiatan.map((g) => ({
        tanggal: g.tanggal,
        kegiatan: g.kegiatan,
        ...(g.tingkat ? { tingkat: g.tingkat as 'tingkat1' } : {}),
        ...(g.durasi ? { durasi: g.durasi as '1-jam' } : {}),
        ...(g.biaya !== undefined ? { biaya: g.biaya } : {}),
        ...(g.proBono !== undefined ? { proBono: g.proBono } : {}),
        ...(g.pelaksana ? { pelaksana: g.pelaksana } : {}),
      })),
      pengaduan: r.pengaduan.map((a) => ({
        tanggal: a.tanggal,
        ...(a.jenis ? { jenis: a.jenis } : {}),
        ...(a.saluran ? { saluran: a.saluran } : {}),
        ...(a.lamaSelesai !== undefined ? { selesai: plus(a.tanggal, a.lamaSelesai) } : {}),
      })),
    };
  });

/** A register of unique numbers. */
export const arbRegister = (maxLength = 80) =>
  fc.uniqueArray(arbKasus, { maxLength, minLength: 1, selector: (k) => k.nomor });

/** Generate one register with a fixed seed (the same cases every run). */
export function registerTetap(n: number, seed = 20250101): Kasus[] {
  return fc.sample(
    fc.uniqueArray(arbKasus, { minLength: n, maxLength: n, selector: (k) => k.nomor }),
    { seed, numRuns: 1 },
  )[0]!;
}

/** A small institution offering every service. */
export function lembagaUji(): Lembaga {
  return {
    lembaga: {
      nama: 'LKS Uji Coba',
      jenis: 'LKS',
      kepemilikan: 'masyarakat',
      alamat: 'Jl. Lembaga No. 1',
      kodeWilayah: '32.73',
      kota: 'Kota Bandung',
      pimpinan: { nama: 'Drs. Kepala Lembaga', jabatan: 'Ketua', nip: '197001012000031001' },
    },
    izin: {
      nomor: 'IZ-1/2024',
      tanggal: '2024-01-02',
      berlakuSampai: '2029-01-01',
      penerbit: 'Dinas Sosial',
    },
    akreditasi: [
      { bidang: 'rehabilitasi', peringkat: 'A', nomor: 'AK-9', berlakuSampai: '2027-12-31' },
    ],
    layanan: {
      pencegahan: {},
      perlindungan: {},
      rehabilitasi: { jangkaWaktuBulan: 6 },
      pemberdayaan: {},
      pengembangan: {},
    },
    staf: [
      {
        id: 'PS-01',
        nama: 'Ani Peksos',
        peran: 'pekerja-sosial',
        layanan: ['rehabilitasi'],
        pendidikan: { jenjang: 'S1', bidang: 'Kesejahteraan Sosial' },
      },
      {
        id: 'PS-02',
        nama: 'Bambang Tanpa Bukti',
        peran: 'pekerja-sosial',
        layanan: ['pencegahan'],
      },
      {
        id: 'SV-01',
        nama: 'Citra Supervisor',
        peran: 'supervisor',
        layanan: ['rehabilitasi'],
        pendidikan: { jenjang: 'S2' },
        pengalamanTahun: 8,
      },
      { id: 'AD-01', nama: 'Dodi Admin', peran: 'administrasi', layanan: [] },
      {
        id: 'PS-03',
        nama: 'Eka Nonaktif',
        peran: 'pekerja-sosial',
        layanan: ['rehabilitasi'],
        aktif: false,
        sertifikat: { nomor: 'C-1' },
      },
    ],
    pengaduan: {
      prosedur: { batasWaktuHari: { penerimaan: 2, penanganan: 10, penyampaianHasil: 2 } },
    },
  };
}
