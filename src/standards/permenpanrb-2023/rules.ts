/**
 * Rules of the conversion ruleset (PermenPANRB 1/2023, PerBKN 3/2023): the
 * input a conversion needs is well formed — a known rating, periods inside
 * the log's year adding up to at most 12 months, a jenjang matching the
 * golongan — and a log uses the method of its year. Pure: each rule reads one
 * worker of a conversion log (or the log's form and year) and returns drafts
 * with pointers relative to the worker.
 */
import type { Severity } from '../../core/finding.js';
import { JENJANG_KEYS } from '../../model/kredit.js';
import type { JenjangKey } from '../../model/kredit.js';
import type { LogKonversi, PegawaiKonversi } from '../../model/kredit-konversi.js';
import { PREDIKAT_KEYS } from '../../model/kredit-konversi.js';
import type { RuleExample } from '../rule.js';
import type { KreditDraft, KreditRuleDasar } from '../permenpanrb-2020/rules.js';
import { didYouMean } from '../../core/mirip.js';
import { GOLONGAN, normalGolongan, normalPredikat } from './tabel.js';
import { bulanDari } from './hitung.js';
import { setel, ubah } from '../contoh.js';

export const RULESET_ID_2023 = 'permenpanrb-1-2023-konversi';
export const RULESET_JUDUL_2023 =
  'PermenPANRB 1/2023 tentang Jabatan Fungsional dan PerBKN 3/2023 (konversi predikat kinerja ke angka kredit)';
export const REF_PREFIX_2023 = 'PermenPANRB 1/2023 jo. PerBKN 3/2023';
export const ref2023 = (bagian: string) => `${REF_PREFIX_2023} ${bagian}`;
/** The first year credit points are converted from the performance rating. */
export const TAHUN_KONVERSI = 2023;

export interface KonversiEnv {
  tahun: number;
  tanggal: string;
}

export interface KonversiRuleDef extends KreditRuleDasar {
  contoh: { gagal: RuleExample; lulus: RuleExample };
  periksa: (p: PegawaiKonversi, env: KonversiEnv) => KreditDraft[];
}

const P = '/pegawai/0';

/** The one-worker conversion log every example starts from: an Ahli Pertama III/a rated Baik all year. */
export const KONVERSI_CONTOH_DASAR: LogKonversi = {
  versi: 2,
  tahun: 2025,
  pegawai: [
    {
      staf: 'ps-01',
      nip: '199001152015032001',
      integrasi: 12.5,
      periode: [
        {
          jenjang: 'ahli-pertama',
          golongan: 'III/a',
          dari: '2025-01',
          sampai: '2025-12',
          predikat: 'baik',
        },
      ],
    },
  ],
};

const isJenjang = (x: unknown): x is JenjangKey =>
  typeof x === 'string' && (JENJANG_KEYS as readonly string[]).includes(x);

export const KONVERSI_RULE_DEFS: readonly KonversiRuleDef[] = [
  {
    id: 'konversi-predikat',
    severity: 'error',
    sections: ['(persentase predikat kinerja)'],
    summary: {
      id: 'Predikat kinerja salah satu dari Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.',
      en: 'The performance rating is one of Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.',
    },
    doc: {
      id: 'Angka kredit periode = persentase predikat × koefisien tahunan jenjang × bulan/12. Persentase: Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan (dahulu Cukup) 75 %, Kurang 50 %, Sangat Kurang 25 %. Predikat lain tidak dapat dikonversi; periodenya tidak dihitung sampai diperbaiki.',
      en: 'AK of a period = the rating percentage × the jenjang yearly coefficient × months/12. Percentages: Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan (formerly Cukup) 75 %, Kurang 50 %, Sangat Kurang 25 %. Any other rating cannot be converted; the period is not counted until fixed.',
    },
    contoh: {
      gagal: setel('Predikat "Istimewa"', `${P}/periode/0/predikat`, 'Istimewa'),
      lulus: ubah('Predikat "Baik"', []),
    },
    periksa(p) {
      const out: KreditDraft[] = [];
      (Array.isArray(p.periode) ? p.periode : []).forEach((x, i) => {
        if (normalPredikat(x?.predikat)) return;
        // A template row with no rating yet is not filled in, not a wrong rating.
        if (x?.predikat === undefined || x?.predikat === null || String(x.predikat).trim() === '') {
          out.push({
            message: 'kredit.konversi.predikatBelumDiisi',
            params: { staf: p.staf, dari: String(x?.dari ?? ''), sampai: String(x?.sampai ?? '') },
            pointer: `/periode/${i}/predikat`,
            severity: 'info',
          });
          return;
        }
        const nilai = String(x?.predikat ?? '');
        const saran = didYouMean(nilai.toLowerCase().replace(/\s+/g, '-'), [...PREDIKAT_KEYS]);
        out.push({
          message: 'kredit.konversi.predikatTidakDikenal',
          params: { staf: p.staf, nilai: nilai || '(kosong)', saran: saran ?? '' },
          pointer: `/periode/${i}/predikat`,
          value: x?.predikat ?? null,
          expected: [...PREDIKAT_KEYS],
          hint: 'kredit.konversi.saranPredikat',
        });
      });
      return out;
    },
  },
  {
    id: 'konversi-periode',
    severity: 'error',
    sections: ['(angka kredit periode: bulan/12)'],
    summary: {
      id: 'Periode penilaian (bulan YYYY-MM) di dalam tahun log, tidak tumpang tindih, paling banyak 12 bulan setahun.',
      en: "Rating periods (months, YYYY-MM) lie within the log's year, do not overlap and add up to at most 12 months.",
    },
    doc: {
      id: 'Untuk sebagian tahun angka kredit dikalikan bulan/12, jadi setiap periode menyebut bulan awal (`dari`) dan bulan akhir (`sampai`, ikut dihitung) dalam tahun log. Kenaikan pangkat atau jenjang di tengah tahun membagi tahun menjadi dua periode. Periode di luar tahun log, bulan akhir sebelum bulan awal, periode yang tumpang tindih, atau jumlah bulan lebih dari 12 adalah galat.',
      en: "For a part year the AK is multiplied by months/12, so each period gives its first (`dari`) and last month (`sampai`, inclusive) inside the log's year. A mid-year promotion splits the year into two periods. A period outside the year, an end before the start, overlapping periods, or more than 12 months in all are errors.",
    },
    contoh: {
      gagal: setel('Periode 2024-07 s.d. 2025-06 di log 2025', `${P}/periode/0/dari`, '2024-07'),
      lulus: ubah('Periode 2025-01 s.d. 2025-12', []),
    },
    periksa(p, env) {
      const out: KreditDraft[] = [];
      const list = Array.isArray(p.periode) ? p.periode : [];
      const terpakai = new Map<number, number>();
      let jumlah = 0;
      list.forEach((x, i) => {
        const a = bulanDari(x?.dari);
        const b = bulanDari(x?.sampai);
        for (const [v, m, key] of [
          [a, x?.dari, 'dari'],
          [b, x?.sampai, 'sampai'],
        ] as const) {
          if (!v) {
            out.push({
              message: 'kredit.konversi.bulanTidakSah',
              params: { staf: p.staf, nilai: String(m ?? '(kosong)'), tahun: env.tahun },
              pointer: `/periode/${i}/${key}`,
              value: m ?? null,
              expected: 'YYYY-MM',
            });
          } else if (v.tahun !== env.tahun) {
            out.push({
              message: 'kredit.konversi.periodeLuarTahun',
              params: { staf: p.staf, nilai: String(m), tahun: env.tahun },
              pointer: `/periode/${i}/${key}`,
              value: m,
              expected: `${env.tahun}-01 … ${env.tahun}-12`,
            });
          }
        }
        if (!a || !b || a.tahun !== env.tahun || b.tahun !== env.tahun) return;
        if (b.bulan < a.bulan) {
          out.push({
            message: 'kredit.konversi.periodeTerbalik',
            params: { staf: p.staf, dari: String(x.dari), sampai: String(x.sampai) },
            pointer: `/periode/${i}/sampai`,
            value: x.sampai,
            expected: `>= ${String(x.dari)}`,
          });
          return;
        }
        jumlah += b.bulan - a.bulan + 1;
        for (let m = a.bulan; m <= b.bulan; m++) {
          const lain = terpakai.get(m);
          if (lain !== undefined) {
            out.push({
              message: 'kredit.konversi.periodeTumpang',
              params: {
                staf: p.staf,
                no: i + 1,
                lain: lain + 1,
                bulan: `${env.tahun}-${String(m).padStart(2, '0')}`,
              },
              pointer: `/periode/${i}/dari`,
              value: x.dari,
            });
            break;
          }
          terpakai.set(m, i);
        }
      });
      if (jumlah > 12)
        out.push({
          message: 'kredit.konversi.lebih12Bulan',
          params: { staf: p.staf, bulan: jumlah },
          pointer: '/periode',
          value: jumlah,
          expected: '<= 12',
        });
      return out;
    },
  },
  {
    id: 'konversi-jenjang-golongan',
    severity: 'error',
    sections: ['(jenjang jabatan dan pangkat/golongan)'],
    summary: {
      id: 'Golongan sesuai jenjang (Pemula II/a; Terampil II/b–II/d; Mahir III/a–III/b; Penyelia III/c–III/d; Ahli Pertama III/a–III/b; Ahli Muda III/c–III/d; Ahli Madya IV/a–IV/c; Ahli Utama IV/d–IV/e).',
      en: 'The golongan belongs to the jenjang (Pemula II/a; Terampil II/b–II/d; Mahir III/a–III/b; Penyelia III/c–III/d; Ahli Pertama III/a–III/b; Ahli Muda III/c–III/d; Ahli Madya IV/a–IV/c; Ahli Utama IV/d–IV/e).',
    },
    doc: {
      id: 'Koefisien tahunan dan ambang kumulatif bergantung pada jenjang, dan kenaikan pangkat dihitung dalam rentang golongan jenjang itu. Jenjang yang tidak dikenal, atau golongan di luar rentang jenjangnya, membuat angka kredit tidak dapat dihitung dengan benar.',
      en: 'The yearly coefficient and the cumulative thresholds depend on the jenjang, and pangkat promotions move within its golongan range. An unknown jenjang, or a golongan outside its range, makes the computation wrong.',
    },
    contoh: {
      gagal: setel('Ahli Pertama bergolongan IV/a', `${P}/periode/0/golongan`, 'IV/a'),
      lulus: ubah('Ahli Pertama bergolongan III/a', []),
    },
    periksa(p) {
      const out: KreditDraft[] = [];
      (Array.isArray(p.periode) ? p.periode : []).forEach((x, i) => {
        if (!isJenjang(x?.jenjang)) {
          out.push({
            message: 'kredit.konversi.jenjangTidakDikenal',
            params: {
              staf: p.staf,
              nilai: String(x?.jenjang ?? '(kosong)'),
              saran: didYouMean(String(x?.jenjang ?? ''), [...JENJANG_KEYS]) ?? '',
            },
            pointer: `/periode/${i}/jenjang`,
            value: x?.jenjang ?? null,
            expected: [...JENJANG_KEYS],
          });
          return;
        }
        const g = normalGolongan(x.golongan);
        const range = GOLONGAN[x.jenjang];
        if (g && range.includes(g)) return;
        out.push({
          message: 'kredit.konversi.golonganTidakSesuai',
          params: {
            staf: p.staf,
            golongan: String(x.golongan ?? '(kosong)'),
            jenjang: x.jenjang,
            rentang: range.length > 1 ? `${range[0]}–${range.at(-1)}` : range[0]!,
          },
          pointer: `/periode/${i}/golongan`,
          value: x.golongan ?? null,
          expected: [...range],
        });
      });
      return out;
    },
  },
];

/** Metadata of the method rule, which reads a log's form and year rather than a worker. */
export const KONVERSI_METODE_META = {
  id: 'kredit-metode',
  severity: 'error' as Severity,
  sections: ['(berlaku 1 Januari 2023)'],
  summary: {
    id: 'Log angka kredit memakai cara yang berlaku pada tahunnya: butir kegiatan sampai 2022, konversi predikat kinerja sejak 2023.',
    en: "A credit log uses its year's method: activity items up to 2022, conversion of the performance rating from 2023.",
  },
  doc: {
    id: 'Sejak 1 Januari 2023 angka kredit tidak lagi dihitung per butir kegiatan (PermenPANRB 2020 Pasal 24–43) tetapi dikonversi dari predikat kinerja tahunan (PermenPANRB 1/2023, PerBKN 3/2023). Log tahun 2023 ke atas dalam bentuk butir kegiatan, atau log sebelum 2023 dalam bentuk konversi, tidak dihitung; pesannya menyebut cara yang berlaku dan cara mengubahnya.',
    en: 'Since 1 January 2023 credit points are no longer tallied per activity (PermenPANRB 2020 Pasal 24–43) but converted from the yearly performance rating (PermenPANRB 1/2023, PerBKN 3/2023). A 2023-or-later log in the activity form, or a pre-2023 log in the conversion form, is not computed; the message names the method that applies and how to convert.',
  },
  contoh: {
    gagal: ubah('Log 2025 dalam bentuk konversi ditandai tahun 2022', [['/tahun', 2022]] as [
      string,
      unknown,
    ][]),
    lulus: ubah('Log 2025 dalam bentuk konversi', [] as [string, unknown][]),
  },
};
