/**
 * Part 3 a (persyaratan, 1.1): the clients of the cases served in the year, by origin, state
 * at the end of the year, kind, sex, age, PPKS, ATENSI cluster, basis, DTKS and region.
 * The categories are the schema's own lists, so a new value never falls outside them.
 */
import {
  BASIS_LAYANAN,
  JENIS_KLIEN,
  KLASTER_ATENSI,
  STATUS_DTKS,
} from '../../../model/register-schema.js';
import type { Kasus } from '../../../model/kasus.js';
import { KELOMPOK_UMUR, LAINNYA, PPKS, TIDAK_BERLAKU, TIDAK_DIISI } from '../kategori.js';
import { tanggalSah, umurPada } from '../tanggal.js';
import type { Label } from '../types.js';
import { L, dariDaftar, type BuatPenghitung, type KasusTahun, type TabelId } from './dasar.js';
import { rincian, tetap, ujungStandar, urutIsi, jumlahBaris, type Baris0 } from './rincian.js';

const klien = (x: KasusTahun): Kasus['klien'] => x.k.klien ?? ({} as Kasus['klien']);
const perorangan = (x: KasusTahun): boolean => {
  const j = klien(x).jenis;
  return !j || j === 'individu';
};

export const klienAsal: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'klien-asal',
    satuan: 'kasus',
    dasar: 'periode-layanan',
    tetap: tetap(['lanjutan', 'baru']),
    kasusTahun: (x, tambah) => tambah(x.p.mulai < ctx.mulaiTahun ? 'lanjutan' : 'baru', x),
    catatan: () => [L('laporan.catatan.periode', { mulai: ctx.mulaiTahun, akhir: ctx.akhirTahun })],
  });

export const klienKeadaanAkhir: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'klien-keadaan-akhir',
    satuan: 'kasus',
    dasar: 'akhir-tahun',
    tetap: tetap(['selesai', 'dirujuk', 'berhenti', 'aktif']),
    kasusTahun: (x, tambah) => tambah(x.tutup ? x.k.status : 'aktif', x),
    catatan: () => [L('laporan.catatan.keadaanAkhir', { akhir: ctx.akhirTahun })],
  });

/** A breakdown by one client field read against a closed list. */
function menurutDaftar(
  id: TabelId,
  baris: Baris0,
  ambil: (kl: Kasus['klien']) => unknown,
  catatan?: string,
): BuatPenghitung {
  const daftar = baris.map(([k]) => k);
  return (ctx) =>
    rincian(ctx, {
      id,
      satuan: 'kasus',
      dasar: 'periode-layanan',
      tetap: baris,
      ujung: ujungStandar(LAINNYA, TIDAK_DIISI),
      kasusTahun: (x, tambah) => tambah(dariDaftar(ambil(klien(x)), daftar), x),
      ...(catatan && { catatan: () => [L(catatan)] }),
    });
}

export const klienJenis = menurutDaftar(
  'klien-jenis',
  tetap(JENIS_KLIEN, 'laporan.jenisKlien'),
  (kl) => kl.jenis,
);
export const klienPpks = menurutDaftar(
  'klien-ppks',
  PPKS.map(([k, id, en]) => [k, { id, en }] as [string, Label]),
  (kl) => kl.ppks,
);
export const klienKlaster = menurutDaftar(
  'klien-klaster',
  tetap(KLASTER_ATENSI, 'laporan.klaster'),
  (kl) => kl.klaster,
  'laporan.catatan.klaster',
);
export const klienBasis = menurutDaftar(
  'klien-basis',
  tetap(BASIS_LAYANAN, 'laporan.basis'),
  (kl) => kl.basisLayanan,
  'laporan.catatan.basis',
);
export const klienDtks = menurutDaftar(
  'klien-dtks',
  tetap(STATUS_DTKS, 'laporan.dtks'),
  (kl) => kl.dtks,
  'laporan.catatan.dtks',
);

export const klienJenisKelamin: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'klien-jenis-kelamin',
    satuan: 'kasus',
    dasar: 'periode-layanan',
    tetap: tetap(['L', 'P'], 'laporan.kelamin'),
    ujung: ujungStandar(TIDAK_BERLAKU, TIDAK_DIISI),
    kasusTahun: (x, tambah) => {
      const jk = klien(x).jenisKelamin;
      tambah(!perorangan(x) ? TIDAK_BERLAKU : jk === 'L' || jk === 'P' ? jk : TIDAK_DIISI, x);
    },
  });

/** Age at the start of the service period (kategori.ts). */
function kelompokUmur(x: KasusTahun): string {
  if (!perorangan(x)) return TIDAK_BERLAKU;
  const lahir = tanggalSah(klien(x).tanggalLahir);
  if (!lahir || lahir > x.p.mulai) return TIDAK_DIISI;
  const u = umurPada(lahir, x.p.mulai);
  return KELOMPOK_UMUR.find(([, a, b]) => u >= a && u <= b)?.[0] ?? TIDAK_DIISI;
}

export const klienUmur: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'klien-umur',
    satuan: 'kasus',
    dasar: 'tanggal-mulai',
    tetap: KELOMPOK_UMUR.map(([k]) => [k, L('laporan.umur', { kelompok: k })] as [string, Label]),
    ujung: ujungStandar(TIDAK_BERLAKU, TIDAK_DIISI),
    kasusTahun: (x, tambah) => tambah(kelompokUmur(x), x),
    catatan: () => [L('laporan.catatan.umur')],
  });

/**
 * Regions by regency (province under --publik: global recoding, since hundreds of regencies of
 * one or two cases each would leave little to publish and make the suppression audit slow).
 */
export const klienWilayah: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'klien-wilayah',
    satuan: 'kasus',
    dasar: 'periode-layanan',
    tetap: [],
    ujung: ujungStandar(LAINNYA, TIDAK_DIISI),
    kasusTahun: (x, tambah) => {
      const kode = klien(x).kodeWilayah;
      const wil = typeof kode === 'string' ? /^(\d{2})\.(\d{2})/.exec(kode) : null;
      if (!kode) return tambah(TIDAK_DIISI, x);
      if (!wil) return tambah(LAINNYA, x);
      const k = ctx.publik ? wil[1]! : `${wil[1]}.${wil[2]}`;
      tambah(k, x, () => ({ id: k, en: k }));
    },
    catatan: () => [L(ctx.publik ? 'laporan.catatan.wilayahPublik' : 'laporan.catatan.wilayah')],
    // Regions are many: their empty rows are dropped.
    tampil: (baris) =>
      urutIsi(
        baris.filter((b) => jumlahBaris(b) > 0 || b.key === TIDAK_DIISI),
        new Set([LAINNYA, TIDAK_DIISI]),
        (a, b) => (a.key < b.key ? -1 : 1),
      ),
  });
