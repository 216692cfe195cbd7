import * as identitas from './rules-lembaga-identitas.js';
import * as tarif from './rules-lembaga-tarif.js';
import * as pengaduan from './rules-lembaga-pengaduan.js';
import * as keselamatan from './rules-lembaga-keselamatan.js';
import * as staf from './rules-lembaga-staf.js';
import * as evaluasi from './rules-lembaga-evaluasi.js';
import * as pengawasan from './rules-lembaga-pengawasan.js';
export { tingkatDitawarkan } from './rules-lembaga-tarif.js';
/** Every institution-level rule, in the order of the Lampiran's sections. */
export const LEMBAGA_RULES = [
    identitas.jangkaWaktuLembaga,
    identitas.skKriteria,
    tarif.skTarif,
    tarif.tarifLengkap,
    tarif.tarifBarisDikenal,
    tarif.tarifUrutanTingkat,
    tarif.tarifUrutanDurasi,
    tarif.tarifDasar,
    pengaduan.pengaduanSaluran,
    pengaduan.pengaduanProsedur,
    pengaduan.skPengaduan,
    keselamatan.fasilitasMinimum,
    keselamatan.peralatanKerja,
    pengawasan.saranaPemeriksaan,
    staf.pekerjaPendidikan,
    staf.supervisorPendidikan,
    staf.sertifikat,
    staf.izinPraktik,
    staf.supervisorPengalaman,
    staf.pelatihanLayanan,
    staf.pengalamanPraktik,
    staf.pelaksanaLain,
    staf.pengawasanInternal,
    pengawasan.pengawasanKegiatan,
    staf.jumlahPelaksana,
    staf.stafReferensi,
    staf.organisasiProfesi,
    staf.kodeEtik,
    staf.paktaIntegritas,
    staf.riwayatBersih,
    identitas.izinLembaga,
    identitas.akreditasi,
    identitas.jaminanLembaga,
    identitas.laporanTahunan,
    keselamatan.keselamatanGedung,
    keselamatan.keselamatanPelaksana,
    keselamatan.latihanDrill,
    keselamatan.kontakKeselamatan,
    keselamatan.penjelasanKlien,
    evaluasi.evaluasiLembaga,
    evaluasi.evaluasiTahunan,
    evaluasi.rencanaTahunan,
    identitas.pengaturanTerbuka,
];
