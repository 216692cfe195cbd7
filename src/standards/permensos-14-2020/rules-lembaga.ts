/**
 * Institution-level rules of Permensos 14/2020, Lampiran A–E sections 1.1, 1.3,
 * 1.4, 1.6 and 2.1–2.8, for each service the lembaga offers. Each rule reads
 * its clause (and letter) from the catalogue, so one declaration covers A–E.
 * The rules live in one file per clause area (identitas, staf, keselamatan,
 * tarif, pengaduan, evaluasi, pengawasan: the records of 2.2.2 and 2.4.2–2.4.4;
 * helpers in rules-lembaga-bantu.ts); this file lists them in the order of the
 * Lampiran's sections.
 */
import type { Rule } from '../rule.js';
import * as identitas from './rules-lembaga-identitas.js';
import * as tarif from './rules-lembaga-tarif.js';
import * as pengaduan from './rules-lembaga-pengaduan.js';
import * as keselamatan from './rules-lembaga-keselamatan.js';
import * as staf from './rules-lembaga-staf.js';
import * as evaluasi from './rules-lembaga-evaluasi.js';
import * as pengawasan from './rules-lembaga-pengawasan.js';

export { tingkatDitawarkan } from './rules-lembaga-tarif.js';

/** Every institution-level rule, in the order of the Lampiran's sections. */
export const LEMBAGA_RULES: readonly Rule[] = [
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
