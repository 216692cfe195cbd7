/** Every counter of the annual report, in the order of its tables (TABEL_IDS). */
import { TABEL_IDS } from './dasar.js';
import { biaya } from './biaya.js';
import { jangkaWaktu, lamaLayanan } from './jangka-waktu.js';
import { kegiatanDurasi, kegiatanJenis, kegiatanPembiayaan, kegiatanTahap, kegiatanTingkat, } from './kegiatan.js';
import { klienAsal, klienBasis, klienDtks, klienJenis, klienJenisKelamin, klienKeadaanAkhir, klienKlaster, klienPpks, klienUmur, klienWilayah, } from './klien.js';
import { pengaduanJenis, pengaduanPenyelesaian, pengaduanSaluran, pengaduanWaktu, } from './pengaduan.js';
import { kasusPerBulan } from './per-bulan.js';
import { perbandingan } from './perbandingan.js';
import { layananProduk } from './produk.js';
import { rujukanLembaga } from './rujukan.js';
import { indikatorPeksos, stafPendidikan, stafPeran } from './staf.js';
/** One counter per table id: the compiler checks that none is missing. */
const PENGHITUNG = {
    'klien-asal': klienAsal,
    'klien-keadaan-akhir': klienKeadaanAkhir,
    'klien-jenis': klienJenis,
    'klien-jenis-kelamin': klienJenisKelamin,
    'klien-umur': klienUmur,
    'klien-ppks': klienPpks,
    'klien-klaster': klienKlaster,
    'klien-basis': klienBasis,
    'klien-dtks': klienDtks,
    'klien-wilayah': klienWilayah,
    'kasus-per-bulan': kasusPerBulan,
    'kegiatan-tahap': kegiatanTahap,
    'kegiatan-jenis': kegiatanJenis,
    'rujukan-lembaga': rujukanLembaga,
    'jangka-waktu': jangkaWaktu,
    'lama-layanan': lamaLayanan,
    'kegiatan-tingkat': kegiatanTingkat,
    'kegiatan-durasi': kegiatanDurasi,
    'kegiatan-pembiayaan': kegiatanPembiayaan,
    biaya,
    'layanan-produk': layananProduk,
    'pengaduan-jenis': pengaduanJenis,
    'pengaduan-saluran': pengaduanSaluran,
    'pengaduan-penyelesaian': pengaduanPenyelesaian,
    'pengaduan-waktu': pengaduanWaktu,
    'staf-peran': stafPeran,
    'staf-pendidikan': stafPendidikan,
    'indikator-peksos': indikatorPeksos,
    perbandingan,
};
/** The counters, in table order. */
export const SEMUA_PENGHITUNG = TABEL_IDS.map((id) => PENGHITUNG[id]);
