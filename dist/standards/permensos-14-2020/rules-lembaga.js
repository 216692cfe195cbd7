import { jangkaWaktuLembaga, skKriteria, izinLembaga, akreditasi, jaminanLembaga, laporanTahunan, pengaturanTerbuka, } from './rules-lembaga-identitas.js';
import { pekerjaPendidikan, supervisorPendidikan, sertifikat, izinPraktik, supervisorPengalaman, pelatihanLayanan, pengalamanPraktik, pelaksanaLain, pengawasanInternal, jumlahPelaksana, stafReferensi, organisasiProfesi, kodeEtik, paktaIntegritas, riwayatBersih, } from './rules-lembaga-staf.js';
import { fasilitasMinimum, peralatanKerja, keselamatanGedung, keselamatanPelaksana, latihanDrill, kontakKeselamatan, penjelasanKlien, } from './rules-lembaga-keselamatan.js';
import { skTarif, tarifLengkap, tarifBarisDikenal, tarifUrutanTingkat, tarifUrutanDurasi, } from './rules-lembaga-tarif.js';
import { pengaduanSaluran, pengaduanProsedur, skPengaduan } from './rules-lembaga-pengaduan.js';
import { evaluasiLembaga, evaluasiTahunan, rencanaTahunan } from './rules-lembaga-evaluasi.js';
export { tingkatDitawarkan } from './rules-lembaga-tarif.js';
/** Every institution-level rule, in the order of the Lampiran's sections. */
export const LEMBAGA_RULES = [
    jangkaWaktuLembaga,
    skKriteria,
    skTarif,
    tarifLengkap,
    tarifBarisDikenal,
    tarifUrutanTingkat,
    tarifUrutanDurasi,
    pengaduanSaluran,
    pengaduanProsedur,
    skPengaduan,
    fasilitasMinimum,
    peralatanKerja,
    pekerjaPendidikan,
    supervisorPendidikan,
    sertifikat,
    izinPraktik,
    supervisorPengalaman,
    pelatihanLayanan,
    pengalamanPraktik,
    pelaksanaLain,
    pengawasanInternal,
    jumlahPelaksana,
    stafReferensi,
    organisasiProfesi,
    kodeEtik,
    paktaIntegritas,
    riwayatBersih,
    izinLembaga,
    akreditasi,
    jaminanLembaga,
    laporanTahunan,
    keselamatanGedung,
    keselamatanPelaksana,
    latihanDrill,
    kontakKeselamatan,
    penjelasanKlien,
    evaluasiLembaga,
    evaluasiTahunan,
    rencanaTahunan,
    pengaturanTerbuka,
];
