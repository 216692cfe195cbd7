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
    sections: semua('2.2.2'),
    judul: {
      id: 'Standar ruang dan peralatan (ukuran, jumlah ruang, keselamatan tata ruang, cahaya dan udara, dibersihkan setiap hari)',
      en: 'Room and equipment standards (size, number of rooms, safe layout, light and air, cleaned daily)',
    },
    alasan: {
      id: 'Ukuran, cahaya, udara, dan kebersihan harian dinilai di tempat (visitasi), tidak tercatat di lembaga.yaml atau register.',
      en: 'Size, light, air and daily cleaning are judged on site (visit), not recorded in lembaga.yaml or the registers.',
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua('1.4.1'),
    judul: {
      id: 'Dasar penentuan tarif (jenis jasa, tingkat layanan, keahlian, berapa kali, durasi)',
      en: 'Grounds of the tariff (service, level, expertise, frequency, duration)',
    },
    alasan: {
      id: 'Pertimbangan di balik SK tarif; yang dapat diperiksa adalah hasilnya: matriks tarif per jenis layanan, tingkat, dan durasi (1.4.4) dan faktor yang dicatat (tarif-faktor, 1.4.2).',
      en: 'The considerations behind the tariff decree; what can be checked is the result: the matrix per service, level and duration (1.4.4) and the factors recorded (tarif-faktor, 1.4.2).',
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua('2.4.2'),
    judul: {
      id: 'Objek pengawasan internal (kegiatan, tahap, tugas, mutu masukan, ketepatan waktu, mutu keluaran, hambatan)',
      en: 'Objects of internal supervision (activities, stages, tasks, input quality, timeliness, output quality, obstacles)',
    },
    alasan: {
      id: 'Isi pembahasan sesi supervisi ada di catatan sesi, bukan data terstruktur. Register mencatat tanggal, supervisor, tahap, dan aspek setiap sesi (kasus-supervisi-tercatat, kasus-supervisi-sesi); supervisi setiap tahap hanya diwajibkan ATENSI (atensi-supervisi-tahapan).',
      en: "What a supervision session discussed is in the session's notes, not structured data. The register holds each session's date, supervisor, stage and aspects; supervision of every stage is required only by ATENSI.",
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua(
      '2.4.3 a',
      '2.4.3 c',
      '2.4.3 d',
      '2.4.3 e',
      '2.4.3 f',
      '2.4.3 g',
      '2.4.3 h',
      '2.4.3 i',
      '2.4.3 j',
    ),
    judul: {
      id: 'Cara pengawasan kinerja selain pertemuan berkala pekerja sosial–supervisor (penjelasan tugas, pertemuan dengan pimpinan dan tim, pemeriksaan catatan, pengamatan, laporan berkala, penanganan keluhan, perlindungan)',
      en: 'Ways of supervising performance other than worker–supervisor meetings (task briefings, meetings with the head and team, record checks, observation, periodic reports, complaints, protection)',
    },
    alasan: {
      id: 'Kegiatan organisasi yang tidak dicatat di lembaga.yaml atau register; huruf b (pertemuan berkala pekerja sosial dan supervisor) diperiksa dari sesi supervisi.',
      en: 'Organisational activities not recorded in lembaga.yaml or the registers; letter b (periodic worker–supervisor meetings) is checked from the supervision sessions.',
    },
  },
  {
    ruleset: RULESET_ID,
    sections: semua('2.4.4 a', '2.4.4 b'),
    judul: {
      id: 'Pengawasan oleh kepala lembaga kepada supervisor dan oleh kepala unit kepada pelaksana',
      en: 'Supervision by the head of the institution over supervisors and by unit heads over staff',
    },
    alasan: {
      id: 'Garis pengawasan struktural tidak dicatat di data; huruf c (supervisor kepada pelaksana) diperiksa kasus-supervisi-sesi.',
      en: 'Lines of structural oversight are not in the data; letter c (supervisor over workers) is checked by kasus-supervisi-sesi.',
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
