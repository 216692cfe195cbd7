/**
 * Clauses no rule checks, each with the reason (issue 12): what cannot be read from
 * lembaga.yaml and the registers is listed here, so that `lembaga aturan` shows the
 * coverage instead of staying silent. A section covers its lettered clauses one level
 * below, as a rule's section does (klausul.ts).
 */
import { LAYANAN_KEYS } from '../types.js';
import { STANDAR } from './katalog.js';
import { RULESET_ID, bagianPendek } from './define.js';
import { TIDAK_DIPERIKSA_ATENSI } from '../permensos-7-2021/tidak-diperiksa.js';
import { TIDAK_DIPERIKSA_PERMENPANRB_2020 } from '../permenpanrb-2020/tidak-diperiksa.js';

export interface TidakDiperiksa {
  ruleset: string;
  /** As rules cite them: "Lampiran C 2.2.2", "Pasal 10". */
  sections: readonly string[];
  /** The clause in a few words. */
  judul: { id: string; en: string };
  alasan: { id: string; en: string };
}

/** The same clause in the five Lampiran (2.x and 1.4 are numbered alike in A–E). */
const semua = (...bagian: string[]): string[] =>
  LAYANAN_KEYS.flatMap((k) => bagian.map((b) => `Lampiran ${STANDAR[k].huruf} ${b}`));

export const TIDAK_DIPERIKSA_14: readonly TidakDiperiksa[] = [
  {
    ruleset: RULESET_ID,
    sections: LAYANAN_KEYS.map(
      (k) => `Lampiran ${STANDAR[k].huruf} ${bagianPendek(STANDAR[k].rujukan)}`,
    ),
    judul: {
      id: 'Rujukan dilakukan apabila klien membutuhkan pelayanan lain',
      en: 'Referral when the client needs other services',
    },
    alasan: {
      id: 'Apakah klien membutuhkan layanan lain adalah penilaian pekerja sosial; kegiatan pokoknya (huruf a lembaga penerima, huruf b pendampingan) diperiksa kasus-rujukan-lembaga dan kasus-rujukan-didampingi.',
      en: "Whether the client needs other services is the social worker's judgement; its core activities (a receiving institution, b accompaniment) are checked by kasus-rujukan-lembaga and kasus-rujukan-didampingi.",
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua('2.4'),
    judul: { id: 'Judul bagian "Pengawasan internal"', en: 'Heading "Internal supervision"' },
    alasan: {
      id: 'Judul bagian, bukan ketentuan; isinya (2.4.1–2.4.5) diperiksa aturan atau tercantum di daftar ini.',
      en: 'A heading, not a provision; its clauses (2.4.1–2.4.5) are checked by rules or listed here.',
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua('2.1'),
    judul: { id: 'Dasar hukum layanan', en: 'Legal bases of the service' },
    alasan: {
      id: 'Daftar undang-undang yang menjadi dasar standar, bukan kewajiban yang dibuktikan dengan data lembaga; dikutip dalam SOP yang dibuat `lembaga sop`.',
      en: 'The laws the standard rests on, not an obligation shown by institution data; quoted in the SOPs `lembaga sop` writes.',
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua('2.5.1 c'),
    judul: { id: 'Kemampuan anggaran tahunan', en: 'Annual budget capacity' },
    alasan: {
      id: 'Data keuangan lembaga tidak dibaca; jenis layanan, jumlah klien, dan ketersediaan pelaksana diperiksa beban-kasus.',
      en: "The institution's finances are not read; service type, client numbers and available staff are checked by beban-kasus.",
    },
  },
];

/** Every clause listed as not checked, Permensos 14/2020, ATENSI, then PermenPANRB 2020 (JF). */
export const TIDAK_DIPERIKSA: readonly TidakDiperiksa[] = [
  ...TIDAK_DIPERIKSA_14,
  ...TIDAK_DIPERIKSA_ATENSI,
  ...TIDAK_DIPERIKSA_PERMENPANRB_2020,
];
