/**
 * The seven ATENSI stages (Permensos 7/2021 Pasal 19 ayat 1 huruf a–g) with what each
 * comprises (Pasal 20–26), mapped onto the five SOP stages of Permensos 14/2020 Pasal 5
 * (docs/domain.md): fasilitasi akses and pendekatan awal → pendekatan awal; asesmen → asesmen;
 * perencanaan → perencanaan intervensi; implementasi → intervensi; monitoring-evaluasi and
 * pascalayanan-terminasi → evaluasi, rujukan, dan terminasi.
 *
 * Kept here, beside the only output that prints it, until an ATENSI ruleset exists under
 * src/standards/ (it should move there then).
 */
import type { TahapKey } from '../../standards/types.js';

export interface TahapAtensi {
  key: string;
  /** Pasal 19 ayat (1) letter. */
  huruf: string;
  label: string;
  labelEn: string;
  /** The article describing the stage and what it comprises. */
  pasal: string;
  rincian: string;
  rincianEn: string;
  tahap: TahapKey;
}

export const TAHAP_ATENSI: readonly TahapAtensi[] = [
  {
    key: 'fasilitasi-akses',
    huruf: 'a',
    label: 'Fasilitasi akses',
    labelEn: 'Access facilitation',
    pasal: 'Pasal 20',
    rincian: 'Berasal dari rujukan, laporan pengaduan, dan/atau penjangkauan kasus',
    rincianEn: 'From referrals, complaint reports and/or case outreach',
    tahap: 'pendekatanAwal',
  },
  {
    key: 'pendekatan-awal',
    huruf: 'b',
    label: 'Pendekatan awal dan kesepakatan bersama',
    labelEn: 'Initial approach and joint agreement',
    pasal: 'Pasal 21',
    rincian: 'Asesmen awal, respon kasus, dan/atau kesepakatan awal',
    rincianEn: 'Initial assessment, case response and/or initial agreement',
    tahap: 'pendekatanAwal',
  },
  {
    key: 'asesmen',
    huruf: 'c',
    label: 'Asesmen komprehensif dan berkelanjutan',
    labelEn: 'Comprehensive, continuous assessment',
    pasal: 'Pasal 22',
    rincian:
      'Medis, legal, fisik, psikososial, mental, spiritual, minat dan bakat, penelusuran keluarga, dan/atau aspek lain yang dibutuhkan',
    rincianEn:
      'Medical, legal, physical, psychosocial, mental, spiritual, interests and talents, family tracing, other aspects',
    tahap: 'asesmen',
  },
  {
    key: 'perencanaan',
    huruf: 'd',
    label: 'Perencanaan layanan sosial',
    labelEn: 'Social-service planning',
    pasal: 'Pasal 23',
    rincian: 'Pemetaan sistem sumber, penyusunan rencana layanan sosial, dan penetapan bersama',
    rincianEn: 'Mapping resource systems, drafting the service plan, joint decision',
    tahap: 'perencanaan',
  },
  {
    key: 'implementasi',
    huruf: 'e',
    label: 'Implementasi',
    labelEn: 'Implementation',
    pasal: 'Pasal 24',
    rincian: 'Berbasis keluarga, komunitas, dan/atau residensial',
    rincianEn: 'Family-, community- and/or residence-based',
    tahap: 'intervensi',
  },
  {
    key: 'monitoring-evaluasi',
    huruf: 'f',
    label: 'Monitoring dan evaluasi',
    labelEn: 'Monitoring and evaluation',
    pasal: 'Pasal 25',
    rincian: 'Berdasarkan indikator kinerja: masukan, proses, keluaran, manfaat, dan dampak',
    rincianEn: 'Against performance indicators: input, process, output, benefit, impact',
    tahap: 'evaluasiRujukanTerminasi',
  },
  {
    key: 'pascalayanan-terminasi',
    huruf: 'g',
    label: 'Pascalayanan dan terminasi',
    labelEn: 'Aftercare and termination',
    pasal: 'Pasal 26',
    rincian: 'Layanan lanjutan berdasarkan hasil asesmen pekerja sosial; pengakhiran layanan',
    rincianEn: "Follow-up services based on the social worker's assessment; ending the service",
    tahap: 'evaluasiRujukanTerminasi',
  },
];
