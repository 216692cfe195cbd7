/**
 * Institution-level rules of Permensos 14/2020, Lampiran A–E sections 1.1, 1.3,
 * 1.4, 1.6 and 2.1–2.8, for each service the lembaga offers. Each rule reads
 * its clause (and letter) from the catalogue, so one declaration covers A–E.
 * The rules live in one file per clause area (identitas, staf, keselamatan,
 * tarif, pengaduan, evaluasi; helpers in rules-lembaga-bantu.ts); this file
 * lists them in the order of the Lampiran's sections.
 */
import type { Rule } from '../rule.js';
import {
  jangkaWaktuLembaga,
  skKriteria,
  izinLembaga,
  akreditasi,
  jaminanLembaga,
  laporanTahunan,
  pengaturanTerbuka,
} from './rules-lembaga-identitas.js';
import {
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
} from './rules-lembaga-staf.js';
import {
  fasilitasMinimum,
  peralatanKerja,
  keselamatanGedung,
  keselamatanPelaksana,
  latihanDrill,
  kontakKeselamatan,
  penjelasanKlien,
} from './rules-lembaga-keselamatan.js';
import {
  skTarif,
  tarifLengkap,
  tarifBarisDikenal,
  tarifUrutanTingkat,
  tarifUrutanDurasi,
} from './rules-lembaga-tarif.js';
import { pengaduanSaluran, pengaduanProsedur, skPengaduan } from './rules-lembaga-pengaduan.js';
import { evaluasiLembaga, evaluasiTahunan, rencanaTahunan } from './rules-lembaga-evaluasi.js';

export { tingkatDitawarkan } from './rules-lembaga-tarif.js';

/** Every institution-level rule, in the order of the Lampiran's sections. */
export const LEMBAGA_RULES: readonly Rule[] = [
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
