/**
 * Rules of the PermenPANRB 2020 ruleset (Jabatan Fungsional Pekerja Sosial).
 * They read the credit logs (kredit/<tahun>.yaml|xlsx), which the RuleContext
 * does not carry: `kreditRules(logs)` closes over them and returns ordinary
 * `Rule`s for the registry. Each rule is a small check over one worker's
 * computed result (hitung.ts) and the worker's own data.
 *
 * `contoh` pointers apply to `KREDIT_CONTOH_DASAR` (a one-worker log), not to
 * lembaga.yaml; the examples are run by tests/unit/kredit-rules.test.ts.
 */
import type { Severity } from '../../core/finding.js';
import type { Lembaga } from '../../model/lembaga.js';
import type { LogKredit, LogKreditTermuat, PegawaiKredit } from '../../model/kredit.js';
import { JENJANG_KEAHLIAN, JENJANG_KETERAMPILAN } from '../../model/kredit.js';
import type { Params } from '../../i18n/index.js';
import type { DraftFinding, Rule, RuleContext, RuleExample, Ruleset } from '../rule.js';
import {
  BATAS_CAPAIAN,
  BATAS_PENUNJANG,
  JENJANG,
  MAKS_PENULIS_PEMBANTU,
  RULESET_ID,
  RULESET_JUDUL,
  TAHUN_PELATIHAN_FUNGSIONAL,
  USIA_AHLI_UTAMA_FUNGSIONAL,
  bulat,
  formatAngka,
  ref,
} from './data.js';
import type { HasilKredit, HasilPegawai } from './hitung.js';
import { hitungAngkaKredit } from './hitung.js';
import { KREDIT_RULE_DEFS_JF, tidakSebelum } from './rules-jf.js';
import { setel, ubah } from '../contoh.js';

/** What a kredit rule emits: a pointer relative to the worker (`/pegawai/N`). */
export interface KreditDraft {
  message: string;
  params?: Params;
  pointer: string;
  bagian?: string;
  value?: unknown;
  expected?: unknown;
  hint?: string;
  hintParams?: Params;
  /**
   * Lowers the rule's severity for this finding only: a worker with no entries yet, or a
   * target judged before the year is over, is information, not a fault (Pasal 26 sets a
   * yearly target, so it can only be missed once the year has ended).
   */
  severity?: Severity;
}

export interface KreditEnv {
  lembaga: Lembaga | null;
  /** "Today" (YYYY-MM-DD); deadlines are judged at the earlier of this and 31 December of the log's year. */
  tanggal: string;
  tahun: number;
  /** How many times each staff id appears among the year's logs. */
  hitunganStaf: ReadonlyMap<string, number>;
}

/** What every credit rule declares (both forms): the rule's own fields, cited by Pasal. */
export type KreditRuleDasar = Pick<Rule, 'id' | 'severity' | 'summary' | 'doc'> & {
  sections: readonly string[];
};

export interface KreditRuleDef extends KreditRuleDasar {
  /** `tanggal`: "today" the examples are read on (default 31 December of the example log's year). */
  contoh: { gagal: RuleExample; lulus: RuleExample; tanggal?: string };
  periksa: (h: HasilPegawai, p: PegawaiKredit, env: KreditEnv) => KreditDraft[];
}

const fmt = (x: number) => bulat(x);

/** Whole years from `lahir` to `pada` (both YYYY-MM-DD). */
export function usiaPada(lahir: string, pada: string): number | null {
  const a = /^(\d{4})-(\d{2})-(\d{2})$/.exec(lahir);
  const b = /^(\d{4})-(\d{2})-(\d{2})$/.exec(pada);
  if (!a || !b) return null;
  let age = Number(b[1]) - Number(a[1]);
  if (b[2]! + b[3]! < a[2]! + a[3]!) age--;
  return age;
}

/** Birth date encoded in an 18-digit NIP (digits 1–8, YYYYMMDD), if valid. */
export function lahirDariNip(nip: string | undefined | null): string | null {
  if (!nip || !/^\d{18}$/.test(nip)) return null;
  const y = Number(nip.slice(0, 4));
  const m = Number(nip.slice(4, 6));
  const d = Number(nip.slice(6, 8));
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d || y < 1900)
    return null;
  return `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
}

function tambahTahun(tgl: string, n: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tgl);
  if (!m) return null;
  return `${String(Number(m[1]) + n).padStart(4, '0')}-${m[2]}-${m[3]}`;
}

/** The log's year has not ended on "today" (31 December itself counts as the end, like `tanggalAcuan`). */
export function tahunBerjalan(tahun: number, tanggal: string): boolean {
  return Boolean(tanggal) && tanggal < `${tahun}-12-31`;
}

/** A worker row with no activity at all: a template not yet filled in, not a worker who earned nothing. */
export function belumDiisi(p: Pick<PegawaiKredit, 'kegiatan'>): boolean {
  return !Array.isArray(p.kegiatan) || p.kegiatan.length === 0;
}

function tanggalAcuan(env: KreditEnv): string {
  const akhir = `${env.tahun}-12-31`;
  return env.tanggal && env.tanggal < akhir ? env.tanggal : akhir;
}

const dasar = (): LogKredit => ({
  versi: 1,
  tahun: 2022,
  ambang: [
    {
      golongan: 'III/a',
      pendidikan: 'S1',
      kenaikanPangkat: 50,
      kenaikanJenjang: 100,
      sumber: 'contoh',
    },
  ],
  pegawai: [
    {
      staf: 'ps-01',
      nip: '199001152015032001',
      kategori: 'keahlian',
      jenjang: 'ahli-pertama',
      pangkat: 'Penata Muda',
      golongan: 'III/a',
      pendidikan: 'S1',
      pengangkatan: { jenis: 'pertama', tanggal: '2019-03-01' },
      pelatihanFungsional: '2020-05-10',
      skp: { disusun: '2022-01-10', disetujui: '2022-01-14', targetAngkaKredit: 12.5 },
      kegiatan: [
        {
          uraian: 'Asesmen masalah, kebutuhan, dan sistem sumber',
          unsur: 'utama',
          nilai: 0.5,
          volume: 28,
          tanggal: '2022-03-01',
          bukti: 'Arsip asesmen 2022',
        },
      ],
    },
  ],
});

/** The one-worker log every rule example starts from (an Ahli Pertama meeting every rule: 14 credits against 12.5). */
export const KREDIT_CONTOH_DASAR: LogKredit = dasar();

const P = '/pegawai/0';

const KREDIT_RULE_DEFS_HITUNG: readonly KreditRuleDef[] = [
  {
    id: 'kredit-pegawai-terdaftar',
    severity: 'error',
    sections: ['Pasal 1 angka 9'],
    summary: {
      id: 'Setiap pegawai di log angka kredit tercatat di lembaga.yaml dan hanya dicatat sekali per tahun.',
      en: 'Every worker in the credit log is listed in lembaga.yaml and appears once per year.',
    },
    doc: {
      id: 'Pekerja Sosial menurut Pasal 1 angka 9 adalah PNS yang diberi tugas jabatan fungsional. Log angka kredit merujuk staf dengan `staf` (id di lembaga.yaml). Aturan ini memeriksa id itu ada, bahwa NIP di log sama dengan `asn.nip` di lembaga.yaml bila keduanya diisi, dan bahwa satu pegawai tidak dicatat dua kali dalam log tahun yang sama.',
      en: 'Pasal 1 angka 9 defines the Pekerja Sosial as a civil servant holding the functional position. The log names staff by `staf` (the lembaga.yaml id). This rule checks that the id exists, that the NIP agrees with `asn.nip` when both are given, and that no worker appears twice in one year.',
    },
    contoh: {
      gagal: setel('Id staf tidak ada di lembaga.yaml', `${P}/staf`, 'ps-99'),
      lulus: ubah('Id staf ada', []),
    },
    periksa(h, p, env) {
      const out: KreditDraft[] = [];
      if ((env.hitunganStaf.get(h.staf) ?? 0) > 1) {
        out.push({
          message: 'kredit.temuan.pegawaiGanda',
          params: { staf: h.staf, tahun: env.tahun },
          pointer: '/staf',
          value: h.staf,
        });
      }
      if (!env.lembaga) return out;
      const staf = env.lembaga.staf.find((s) => s.id === h.staf);
      if (!staf) {
        out.push({
          message: 'kredit.temuan.stafTidakAda',
          params: { staf: h.staf },
          pointer: '/staf',
          value: h.staf,
          expected: env.lembaga.staf.map((s) => s.id),
          hint: 'kredit.saran.stafTidakAda',
        });
        return out;
      }
      const nipL = staf.asn?.nip;
      if (nipL && p.nip && String(nipL) !== p.nip) {
        out.push({
          message: 'kredit.temuan.nipBeda',
          params: { staf: h.staf },
          pointer: '/nip',
          hint: 'kredit.saran.nipBeda',
        });
      }
      return out;
    },
  },
  {
    id: 'kredit-jenjang-kategori',
    severity: 'error',
    sections: ['Pasal 5 ayat 2', 'Pasal 5 ayat 3', 'Pasal 5 ayat 1'],
    summary: {
      id: 'Jenjang jabatan sesuai kategorinya (keterampilan: Pemula–Penyelia; keahlian: Ahli Pertama–Ahli Utama).',
      en: 'The rank belongs to its category (keterampilan: Pemula–Penyelia; keahlian: Ahli Pertama–Ahli Utama).',
    },
    doc: {
      id: 'Pasal 5 ayat 2 dan ayat 3 (judul pasal hilang dalam teks sumber; nomornya ditentukan dari urutan antara Pasal 4 dan Pasal 6) menyebut jenjang kategori keterampilan dan keahlian. Target dan batas lain bergantung pada jenjang, jadi jenjang yang tidak cocok dengan kategorinya adalah galat.',
      en: 'Pasal 5 ayat 2 and 3 (the heading is lost in the seed; numbered by position between Pasal 4 and Pasal 6) list the ranks of each category. Targets depend on the rank, so a rank outside its category is an error.',
    },
    contoh: {
      gagal: setel(
        'Ahli Pertama dicatat sebagai kategori keterampilan',
        `${P}/kategori`,
        'keterampilan',
      ),
      lulus: ubah('Ahli Pertama kategori keahlian', []),
    },
    periksa(h, p) {
      const list: readonly string[] =
        p.kategori === 'keterampilan' ? JENJANG_KETERAMPILAN : JENJANG_KEAHLIAN;
      if (list.includes(p.jenjang)) return [];
      return [
        {
          message: 'kredit.temuan.jenjangKategori',
          params: { jenjang: JENJANG[p.jenjang].label, kategori: p.kategori },
          pointer: '/jenjang',
          bagian: p.kategori === 'keterampilan' ? 'Pasal 5 ayat 2' : 'Pasal 5 ayat 3',
          value: p.jenjang,
          expected: [...list],
        },
      ];
    },
  },
  {
    id: 'kredit-target-tahunan',
    severity: 'error',
    sections: [
      'Pasal 26 ayat 1 huruf a',
      'Pasal 26 ayat 1 huruf b',
      'Pasal 26 ayat 1 huruf c',
      'Pasal 26 ayat 1 huruf d',
      'Pasal 26 ayat 3 huruf a',
      'Pasal 26 ayat 3 huruf b',
      'Pasal 26 ayat 3 huruf c',
      'Pasal 26 ayat 3 huruf d',
      'Pasal 26 ayat 1',
      'Pasal 26 ayat 3',
    ],
    summary: {
      id: 'Angka kredit unsur utama setahun mencapai target minimal jenjangnya (3,75/5/12,5/25; 12,5/25/37,5/50).',
      en: "The year's main-duty credits reach the rank's minimum (3.75/5/12.5/25; 12.5/25/37.5/50).",
    },
    doc: {
      id: 'Pasal 26 ayat 1 dan ayat 3 menetapkan target angka kredit setiap tahun paling sedikit 3,75 (Pemula), 5 (Terampil), 12,5 (Mahir), 25 (Penyelia), 12,5 (Ahli Pertama), 25 (Ahli Muda), 37,5 (Ahli Madya), 50 (Ahli Utama). Target itu menurut Pasal 24 ayat 2 diuraikan dalam butir kegiatan Lampiran I dan II (unsur utama), jadi yang dibandingkan adalah angka kredit unsur utama setelah Pasal 11 dan Pasal 29 ayat 2. Bila pegawai menunggu lowongan atau Penyelia/Ahli Utama berpangkat tertinggi, target diganti Pasal 27 (aturan kredit-target-pasal-27).',
      en: 'Pasal 26 ayat 1 and 3 set the yearly minimum. By Pasal 24 ayat 2 the target is described by the activity items of Lampiran I and II (main duties), so the main-duty credits after Pasal 11 and Pasal 29 ayat 2 are compared. Workers waiting for a vacancy, and a Penyelia/Ahli Utama at the top pangkat, fall under Pasal 27 instead (rule kredit-target-pasal-27).',
    },
    contoh: {
      gagal: setel(
        'Ahli Pertama hanya 10 angka kredit (target 12,5)',
        `${P}/kegiatan/0/volume`,
        20,
      ),
      lulus: ubah('Ahli Pertama 14 angka kredit', []),
    },
    periksa(h, p, env) {
      if (!h.target || h.target.dasar !== 'pasal-26' || h.memenuhiTarget) return [];
      return [kurangTarget(h, p, env)];
    },
  },
  {
    id: 'kredit-target-pasal-27',
    severity: 'error',
    sections: [
      'Pasal 27 ayat 1 huruf a',
      'Pasal 27 ayat 1 huruf b',
      'Pasal 27 ayat 1 huruf c',
      'Pasal 27 ayat 2',
      'Pasal 27 ayat 3 huruf a',
      'Pasal 27 ayat 3 huruf b',
      'Pasal 27 ayat 3 huruf c',
      'Pasal 27 ayat 4',
      'Pasal 27 ayat 1',
      'Pasal 27 ayat 3',
      'Pasal 26 ayat 2',
      'Pasal 26 ayat 4',
    ],
    summary: {
      id: 'Pegawai yang menunggu lowongan, atau Penyelia/Ahli Utama berpangkat tertinggi, mencapai minimum Pasal 27 (3/4/10, 10; 10/20/30, 25).',
      en: 'Workers waiting for a vacancy, or a Penyelia/Ahli Utama at the top pangkat, reach the Pasal 27 minimum (3/4/10, 10; 10/20/30, 25).',
    },
    doc: {
      id: 'Pasal 27 ayat 1 dan 3: pegawai yang sudah memenuhi syarat naik jenjang tetapi belum ada lowongan (`menungguLowongan: true`) wajib paling sedikit 3 (Pemula), 4 (Terampil), 10 (Mahir), 10 (Ahli Pertama), 20 (Ahli Muda), 30 (Ahli Madya) setiap tahun. Pasal 27 ayat 2 dan 4: Penyelia dan Ahli Utama yang berpangkat tertinggi (`pangkatTertinggi: true`) wajib 10 dan 25; bagi mereka target Pasal 26 tidak berlaku (Pasal 26 ayat 2 dan 4). Pangkat tertinggi pada jenjang lain tidak menurunkan target: teks tidak mengaturnya. Penyelia dan Ahli Utama tidak mempunyai jenjang lebih tinggi, jadi `menungguLowongan` tidak berpengaruh bagi mereka.',
      en: 'Pasal 27 ayat 1 and 3 lower the yearly minimum for workers who qualify for the next rank but wait for a vacancy; ayat 2 and 4 set 10 and 25 for a Penyelia and an Ahli Utama at the top pangkat, for whom Pasal 26 does not apply (Pasal 26 ayat 2 and 4). The top pangkat of other ranks does not lower the target: the text says nothing of it.',
    },
    contoh: {
      gagal: ubah('Ahli Pertama menunggu lowongan, 9 angka kredit (minimum 10)', [
        [`${P}/menungguLowongan`, true],
        [`${P}/kegiatan/0/volume`, 18],
      ]),
      lulus: ubah('Ahli Pertama menunggu lowongan, 10 angka kredit', [
        [`${P}/menungguLowongan`, true],
        [`${P}/kegiatan/0/volume`, 20],
      ]),
    },
    periksa(h, p, env) {
      if (!h.target || h.target.dasar === 'pasal-26' || h.memenuhiTarget) return [];
      return [kurangTarget(h, p, env)];
    },
  },
  {
    id: 'kredit-batas-capaian',
    severity: 'info',
    sections: [BATAS_CAPAIAN.bagian],
    summary: {
      id: 'Capaian angka kredit unsur utama diakui paling tinggi 150 % dari target Pasal 26/27; kelebihannya dipotong.',
      en: 'Main-duty credits count at most 150 % of the Pasal 26/27 target; the excess is cut.',
    },
    doc: {
      id: 'Pasal 29 ayat 2: capaian angka kredit ditetapkan paling tinggi 150 % dari target angka kredit minimal Pasal 26 dan Pasal 27. Capaian itu adalah capaian SKP (Pasal 29 ayat 1), yaitu unsur utama; penunjang dan pengembangan profesi (Lampiran III) dihitung terpisah. Temuan ini memberi tahu berapa yang dipotong; bukan kesalahan.',
      en: 'Pasal 29 ayat 2 caps the credited achievement at 150 % of the Pasal 26/27 minimum. The achievement is that of the SKP (ayat 1), i.e. the main duties; supporting and professional-development credits (Lampiran III) are counted apart. The finding reports the cut; it is not a fault.',
    },
    contoh: {
      gagal: setel('Ahli Pertama mengklaim 20 (batas 18,75)', `${P}/kegiatan/0/volume`, 40),
      lulus: ubah('Ahli Pertama mengklaim 14', []),
    },
    periksa(h) {
      const cap = h.langkah.find((l) => l.kunci === 'capaian');
      if (!cap || cap.selisih >= 0 || !h.target || h.batasCapaian === null) return [];
      return [
        {
          message: 'kredit.temuan.batasCapaian',
          params: {
            staf: h.staf,
            klaim: fmt(cap.nilai.utama - cap.selisih),
            batas: fmt(h.batasCapaian),
            target: fmt(h.target.nilai),
            potong: fmt(-cap.selisih),
          },
          pointer: '/kegiatan',
          value: bulat(cap.nilai.utama - cap.selisih),
          expected: `<= ${h.batasCapaian}`,
        },
      ];
    },
  },
  {
    id: 'kredit-penugasan-tingkat',
    severity: 'error',
    sections: ['Pasal 10', 'Pasal 11 ayat 1 huruf a', 'Pasal 11 ayat 1 huruf b', 'Pasal 11 ayat 1'],
    summary: {
      id: 'Kegiatan jenjang satu tingkat di atas/di bawah hanya dinilai dengan penugasan tertulis (80 % di atas, 100 % di bawah).',
      en: 'Work of the rank one above/below counts only under a written assignment (80 % above, 100 % below).',
    },
    doc: {
      id: 'Pasal 10: bila unit kerja tidak mempunyai Pekerja Sosial yang sesuai jenjangnya, Pekerja Sosial satu tingkat di atas atau di bawah dapat melakukan kegiatan itu berdasarkan penugasan tertulis pimpinan unit kerja. Pasal 11 ayat 1 menilai hasil penugasan itu 80 % (huruf a, satu tingkat di atas) dan 100 % (huruf b, satu tingkat di bawah). Tanpa penugasan tertulis kegiatan tidak dinilai (0). Jenjang yang tidak ada (di atas Penyelia/Ahli Utama, di bawah Pemula/Ahli Pertama) tidak dinilai. Untuk unsur penunjang dan pengembangan profesi kolom `tingkat` diabaikan.',
      en: 'Pasal 10 lets a worker do the tasks of the rank one above or below under a written assignment; Pasal 11 ayat 1 credits them at 80 % (above) and 100 % (below). Without a written assignment the activity earns nothing; a rank that does not exist earns nothing. For supporting and professional-development entries the field is ignored.',
    },
    contoh: {
      gagal: setel('Tugas Ahli Muda tanpa penugasan tertulis', `${P}/kegiatan/1`, {
        uraian: 'Rencana intervensi (tugas Ahli Muda)',
        unsur: 'utama',
        nilai: 1,
        tingkat: 'satu-tingkat-di-atas',
      }),
      lulus: setel('Tugas Ahli Muda dengan penugasan tertulis', `${P}/kegiatan/1`, {
        uraian: 'Rencana intervensi (tugas Ahli Muda)',
        unsur: 'utama',
        nilai: 1,
        tingkat: 'satu-tingkat-di-atas',
        penugasanTertulis: true,
      }),
    },
    periksa(h) {
      const out: KreditDraft[] = [];
      for (const k of h.kegiatan) {
        if (k.alasan.includes('tanpa-penugasan')) {
          out.push({
            message: 'kredit.temuan.tanpaPenugasan',
            params: { staf: h.staf, no: k.index + 1, klaim: fmt(k.klaim) },
            pointer: `/kegiatan/${k.index}/penugasanTertulis`,
            bagian: 'Pasal 10',
            value: false,
            expected: true,
            hint: 'kredit.saran.tanpaPenugasan',
          });
        }
        if (k.alasan.includes('tingkat-tidak-ada')) {
          out.push({
            message: 'kredit.temuan.tingkatTidakAda',
            params: {
              staf: h.staf,
              no: k.index + 1,
              jenjang: JENJANG[h.jenjang].label,
              tingkat: k.tingkat,
            },
            pointer: `/kegiatan/${k.index}/tingkat`,
            bagian: 'Pasal 10',
            value: k.tingkat,
          });
        }
        if (k.alasan.includes('tingkat-bukan-utama')) {
          out.push({
            message: 'kredit.temuan.tingkatBukanUtama',
            params: { staf: h.staf, no: k.index + 1 },
            pointer: `/kegiatan/${k.index}/tingkat`,
            bagian:
              k.tingkat === 'satu-tingkat-di-atas'
                ? 'Pasal 11 ayat 1 huruf a'
                : 'Pasal 11 ayat 1 huruf b',
            value: k.tingkat,
          });
        }
      }
      return out;
    },
  },
  {
    id: 'kredit-penulis-bersama',
    severity: 'error',
    sections: ['Pasal 40 ayat 1', 'Pasal 40 ayat 2'],
    summary: {
      id: 'Karya tulis bersama dibagi 60/40, 50/25, 40/20 atau sama rata; penulis pembantu paling banyak 3.',
      en: 'Joint papers are split 60/40, 50/25, 40/20 or equally; at most 3 helper authors.',
    },
    doc: {
      id: 'Pasal 40 ayat 1: dua penulis 60 % penulis utama dan 40 % penulis pembantu (huruf a); tiga penulis 50 % dan masing-masing 25 % (huruf b); empat penulis 40 % dan masing-masing 20 % (huruf c); tanpa penulis utama yang dapat ditentukan dibagi sama rata (huruf d, `peran: setara`). Pasal 40 ayat 2: penulis pembantu paling banyak 3 orang, jadi lebih dari 4 penulis dengan peran utama/pembantu melanggar ayat 2; perhitungan lalu memakai bagian sama rata (huruf d) sampai data diperbaiki.',
      en: 'Pasal 40 ayat 1 splits joint papers 60/40 (2 authors), 50/25 (3), 40/20 (4), or equally when no main author can be named (huruf d). Ayat 2 allows at most 3 helper authors: more than 4 authors with roles is an error; the computation then uses equal shares until the data is fixed.',
    },
    contoh: {
      gagal: setel('Lima penulis dengan penulis utama', `${P}/kegiatan/1`, {
        uraian: 'Artikel jurnal',
        unsur: 'pengembangan-profesi',
        nilai: 5,
        penulis: { peran: 'utama', jumlah: 5 },
      }),
      lulus: setel('Empat penulis, penulis utama 40 %', `${P}/kegiatan/1`, {
        uraian: 'Artikel jurnal',
        unsur: 'pengembangan-profesi',
        nilai: 5,
        penulis: { peran: 'utama', jumlah: 4 },
      }),
    },
    periksa(h, p) {
      const out: KreditDraft[] = [];
      for (const k of h.kegiatan) {
        if (!k.alasan.includes('penulis-tidak-valid')) continue;
        const pen = p.kegiatan[k.index]?.penulis;
        out.push({
          message: 'kredit.temuan.penulisTidakValid',
          params: {
            staf: h.staf,
            no: k.index + 1,
            jumlah: String(pen?.jumlah ?? ''),
            maks: MAKS_PENULIS_PEMBANTU,
          },
          pointer: `/kegiatan/${k.index}/penulis/jumlah`,
          bagian: 'Pasal 40 ayat 2',
          value: pen?.jumlah ?? null,
          expected: `<= ${MAKS_PENULIS_PEMBANTU + 1}`,
          hint: 'kredit.saran.penulisSetara',
        });
      }
      return out;
    },
  },
  {
    id: 'kredit-batas-penunjang',
    severity: 'warning',
    sections: [BATAS_PENUNJANG.bagian, 'Pasal 37 ayat 3'],
    summary: {
      id: 'Angka kredit penunjang paling tinggi 20 % dari angka kredit kenaikan pangkat; kelebihannya tidak dihitung.',
      en: 'Supporting credits count at most 20 % of the credits required for the next pangkat; the excess is not counted.',
    },
    doc: {
      id: 'Pasal 37 ayat 2: kegiatan penunjang diberi angka kredit dengan kumulatif paling tinggi 20 % dari angka kredit yang dipersyaratkan untuk kenaikan pangkat; ayat 3: untuk satu kali kenaikan pangkat. Angka yang dipersyaratkan ada di Lampiran IV–VIII, yang tidak ada dalam teks sumber: isi `ambang` di log (`kenaikanPangkat`). Penunjang yang sudah dihitung pada tahun sebelumnya untuk kenaikan pangkat yang sama diisi di `akumulasi.penunjang` dan mengurangi sisa batas. Tanpa ambang, batas tidak dapat dihitung (lihat kredit-ambang-diisi).',
      en: "Pasal 37 ayat 2 caps supporting credits at 20 % of the credits required for the next pangkat, per promotion (ayat 3). The requirement is in Lampiran IV–VIII, missing from the seed: give it in the log's `ambang`. Supporting credits already counted toward the same promotion go in `akumulasi.penunjang`.",
    },
    contoh: {
      gagal: setel('Penunjang 12 dengan ambang kenaikan pangkat 50 (batas 10)', `${P}/kegiatan/1`, {
        uraian: 'Pengajar diklat',
        unsur: 'penunjang',
        nilai: 12,
      }),
      lulus: setel('Penunjang 5', `${P}/kegiatan/1`, {
        uraian: 'Pengajar diklat',
        unsur: 'penunjang',
        nilai: 5,
      }),
    },
    periksa(h) {
      if (h.penunjang.dipotong <= 0 || h.penunjang.batas === null) return [];
      return [
        {
          message: 'kredit.temuan.batasPenunjang',
          params: {
            staf: h.staf,
            klaim: fmt(h.langkah.find((l) => l.kunci === 'penulis')!.nilai.penunjang),
            batas: fmt(h.penunjang.batas),
            sebelumnya: fmt(h.penunjang.sebelumnya),
            sisa: fmt(h.penunjang.sisa ?? 0),
            potong: fmt(h.penunjang.dipotong),
            ambang: fmt(h.ambang.kenaikanPangkat ?? 0),
          },
          pointer: '/kegiatan',
          // The claim is the value that breaks the limit; the limit is what is left of the 20 %.
          value: bulat(h.langkah.find((l) => l.kunci === 'penulis')!.nilai.penunjang),
          expected: `<= ${h.penunjang.sisa}`,
        },
      ];
    },
  },
  {
    id: 'kredit-ambang-diisi',
    severity: 'warning',
    sections: ['Pasal 36 ayat 3', 'Pasal 37 ayat 2'],
    summary: {
      id: 'Ambang angka kredit kumulatif (Lampiran IV–VIII) diisi bila ada penunjang atau usul kenaikan.',
      en: 'Cumulative thresholds (Lampiran IV–VIII) are given when there are supporting credits or a promotion is proposed.',
    },
    doc: {
      id: 'Angka kredit kumulatif untuk kenaikan pangkat/jenjang tercantum dalam Lampiran IV–VIII menurut pendidikan (Pasal 36 ayat 3); lampiran itu tidak ada dalam teks sumber dan alat ini tidak mengarangnya. Bila pegawai mempunyai kegiatan penunjang (batas 20 %, Pasal 37 ayat 2) atau diusulkan naik pangkat/jenjang, ambang harus diisi di `ambang` log atau di data pegawai.',
      en: 'The cumulative credits for promotion are in Lampiran IV–VIII by education (Pasal 36 ayat 3), absent from the seed; the tool does not invent them. When a worker has supporting credits (20 % cap, Pasal 37 ayat 2) or is proposed for promotion, the threshold must be given in the log.',
    },
    contoh: {
      gagal: ubah('Penunjang tanpa ambang', [
        ['/ambang', []],
        [`${P}/kegiatan/1`, { uraian: 'Pengajar diklat', unsur: 'penunjang', nilai: 2 }],
      ]),
      lulus: setel('Penunjang dengan ambang', `${P}/kegiatan/1`, {
        uraian: 'Pengajar diklat',
        unsur: 'penunjang',
        nilai: 2,
      }),
    },
    periksa(h, p) {
      const out: KreditDraft[] = [];
      if (
        h.ambang.kenaikanPangkat === undefined &&
        (h.klaim.penunjang > 0 || p.usulKenaikan === 'pangkat')
      ) {
        out.push({
          message:
            h.klaim.penunjang > 0 ? 'kredit.temuan.ambangPenunjang' : 'kredit.temuan.ambangPangkat',
          params: { staf: h.staf, golongan: p.golongan ?? '?', pendidikan: p.pendidikan ?? '?' },
          pointer: '/golongan',
          bagian: h.klaim.penunjang > 0 ? 'Pasal 37 ayat 2' : 'Pasal 36 ayat 3',
          hint: 'kredit.saran.ambang',
        });
      }
      if (h.ambang.kenaikanJenjang === undefined && p.usulKenaikan === 'jenjang') {
        out.push({
          message: 'kredit.temuan.ambangJenjang',
          params: { staf: h.staf, golongan: p.golongan ?? '?', pendidikan: p.pendidikan ?? '?' },
          pointer: '/golongan',
          bagian: 'Pasal 36 ayat 3',
          hint: 'kredit.saran.ambang',
        });
      }
      return out;
    },
  },
  {
    id: 'kredit-kumulatif-kenaikan',
    severity: 'error',
    sections: [
      'Pasal 36 ayat 1',
      'Pasal 38 ayat 1',
      'Pasal 43',
      'Pasal 38 ayat 2',
      'Pasal 29 ayat 3',
      'Pasal 42',
    ],
    summary: {
      id: 'Usul kenaikan pangkat/jenjang hanya bila angka kredit kumulatif memenuhi ambang.',
      en: 'A promotion is proposed only when the cumulative credits reach the threshold.',
    },
    doc: {
      id: 'Pasal 36 ayat 1: kenaikan pangkat dapat dipertimbangkan bila capaian angka kredit memenuhi angka kredit kumulatif; Pasal 38 ayat 1: kenaikan jenjang wajib memenuhi angka kredit yang ditetapkan; Pasal 43: bila tidak tercapai, tidak diberikan kenaikan; Pasal 29 ayat 3: capaian diusulkan untuk ditetapkan dalam PAK hanya bila angka kredit yang dipersyaratkan terpenuhi. Kumulatif = `akumulasi.angkaKredit` (angka kredit yang sudah ditetapkan untuk kenaikan ini, termasuk kelebihan menurut Pasal 42) + angka kredit yang diakui tahun ini, dalam jenjang yang sedang diduduki (Pasal 38 ayat 2). Ambang dari `ambang` (Lampiran IV–VIII). Hasil Kerja Minimal (Pasal 36 ayat 2) tidak diperiksa: teks tidak memberi angkanya.',
      en: "Pasal 36 ayat 1, Pasal 38 ayat 1 and Pasal 43: no promotion (and, Pasal 29 ayat 3, no PAK proposal) unless the cumulative credits reach the threshold. Cumulative = `akumulasi.angkaKredit` (already fixed toward this promotion, including Pasal 42 carry-over) + this year's credited total, within the current rank (Pasal 38 ayat 2). Hasil Kerja Minimal (Pasal 36 ayat 2) is not checked: the text gives no numbers.",
    },
    contoh: {
      gagal: ubah('Usul naik pangkat dengan 20 + 14 = 34 dari 50', [
        [`${P}/usulKenaikan`, 'pangkat'],
        [`${P}/akumulasi`, { angkaKredit: 20 }],
      ]),
      lulus: ubah('Usul naik pangkat dengan 40 + 14 = 54 dari 50', [
        [`${P}/usulKenaikan`, 'pangkat'],
        [`${P}/akumulasi`, { angkaKredit: 40 }],
      ]),
    },
    periksa(h, p) {
      const ambang =
        p.usulKenaikan === 'pangkat'
          ? h.kumulatif.ambangPangkat
          : p.usulKenaikan === 'jenjang'
            ? h.kumulatif.ambangJenjang
            : null;
      if (ambang === null || h.kumulatif.total >= ambang) return [];
      return [
        {
          message:
            p.usulKenaikan === 'pangkat'
              ? 'kredit.temuan.kumulatifPangkat'
              : 'kredit.temuan.kumulatifJenjang',
          params: {
            staf: h.staf,
            total: fmt(h.kumulatif.total),
            ambang: fmt(ambang),
            kurang: fmt(ambang - h.kumulatif.total),
          },
          pointer: '/usulKenaikan',
          bagian: p.usulKenaikan === 'pangkat' ? 'Pasal 36 ayat 1' : 'Pasal 38 ayat 1',
          value: h.kumulatif.total,
          expected: `>= ${ambang}`,
        },
      ];
    },
  },
  {
    id: 'kredit-pengembangan-profesi',
    severity: 'error',
    sections: [
      'Pasal 39 ayat 4 huruf a',
      'Pasal 39 ayat 4 huruf b',
      'Pasal 39 ayat 4 huruf c',
      'Pasal 39 ayat 4',
    ],
    summary: {
      id: 'Sebelum naik ke Penyelia, Ahli Madya, Ahli Utama: pengembangan profesi paling sedikit 4, 6, 12.',
      en: 'Before moving up to Penyelia, Ahli Madya, Ahli Utama: professional development of at least 4, 6, 12.',
    },
    doc: {
      id: 'Pasal 39 ayat 4: Mahir yang akan naik menjadi Penyelia wajib 4 angka kredit pengembangan profesi (huruf a), Ahli Muda ke Ahli Madya 6 (huruf b), Ahli Madya ke Ahli Utama 12 (huruf c). Dihitung `akumulasi.pengembanganProfesi` + pengembangan profesi yang diakui tahun ini. Diperiksa bila pegawai diusulkan naik jenjang (`usulKenaikan: jenjang`) atau menyatakan sudah memenuhi syarat naik jenjang (`menungguLowongan: true`, Pasal 27). Kemajuan tahunan ditampilkan di laporan `lembaga angka-kredit`.',
      en: 'Pasal 39 ayat 4 requires 4 (Mahir → Penyelia), 6 (Ahli Muda → Ahli Madya) and 12 (Ahli Madya → Ahli Utama) professional-development credits. Checked when the worker is proposed for the next rank or declared eligible and waiting for a vacancy; yearly progress is shown in the report.',
    },
    contoh: {
      gagal: ubah('Ahli Muda diusulkan naik jenjang tanpa pengembangan profesi', [
        [`${P}/jenjang`, 'ahli-muda'],
        [`${P}/usulKenaikan`, 'jenjang'],
      ]),
      lulus: ubah('Ahli Muda dengan 4 + 2 = 6 pengembangan profesi', [
        [`${P}/jenjang`, 'ahli-muda'],
        [`${P}/usulKenaikan`, 'jenjang'],
        [`${P}/akumulasi`, { pengembanganProfesi: 4 }],
        [`${P}/kegiatan/1`, { uraian: 'Pedoman teknis', unsur: 'pengembangan-profesi', nilai: 2 }],
      ]),
    },
    periksa(h, p) {
      const pp = h.pengembanganProfesi;
      if (!pp || (p.usulKenaikan !== 'jenjang' && !p.menungguLowongan) || pp.total >= pp.minimal)
        return [];
      const ke = JENJANG[h.jenjang].pengembanganProfesiMinimal!.ke;
      return [
        {
          message: 'kredit.temuan.pengembanganProfesi',
          params: {
            staf: h.staf,
            total: fmt(pp.total),
            minimal: fmt(pp.minimal),
            ke: JENJANG[ke].label,
          },
          pointer: p.usulKenaikan === 'jenjang' ? '/usulKenaikan' : '/menungguLowongan',
          bagian: pp.bagian,
          value: pp.total,
          expected: `>= ${pp.minimal}`,
        },
      ];
    },
  },
  {
    id: 'kredit-pelatihan-fungsional',
    severity: 'error',
    sections: ['Pasal 14 ayat 5', 'Pasal 14 ayat 6'],
    summary: {
      id: 'Pekerja Sosial pengangkatan pertama lulus pelatihan fungsional paling lama 3 tahun setelah diangkat.',
      en: 'A worker appointed by first appointment passes the functional training within 3 years.',
    },
    doc: {
      id: 'Pasal 14 ayat 5: PNS yang diangkat dalam jabatan (pengangkatan pertama, ayat 4) paling lama 3 tahun setelah diangkat harus mengikuti dan lulus pelatihan fungsional; ayat 6: yang belum tidak diberikan kenaikan jenjang. Diperiksa untuk `pengangkatan.jenis: pertama`: galat bila batas 3 tahun sudah lewat (hari batas itu sendiri masih tepat waktu) pada tanggal acuan (31 Desember tahun log, atau `--tanggal` bila lebih awal) tanpa `pelatihanFungsional`, atau bila diusulkan naik jenjang tanpa pelatihan fungsional.',
      en: 'Pasal 14 ayat 5: after a first appointment the functional training must be passed within 3 years; ayat 6: without it, no move to the next rank. An error when the deadline has passed at the reference date (31 December of the log year, or --tanggal if earlier) with no `pelatihanFungsional`, or when a rank promotion is proposed without it.',
    },
    contoh: {
      gagal: ubah('Diangkat 2019-01-02, belum pelatihan fungsional pada akhir 2022', [
        [`${P}/pengangkatan`, { jenis: 'pertama', tanggal: '2019-01-02' }],
        [`${P}/pelatihanFungsional`, undefined],
      ]),
      lulus: ubah('Lulus pelatihan fungsional 2020-05-10', []),
    },
    periksa(h, p, env) {
      const pg = p.pengangkatan;
      if (!pg || pg.jenis !== 'pertama' || p.pelatihanFungsional) return [];
      const out: KreditDraft[] = [];
      const batas = pg.tanggal ? tambahTahun(pg.tanggal, TAHUN_PELATIHAN_FUNGSIONAL.nilai) : null;
      // "paling lama 3 tahun": the deadline day itself is still in time.
      if (batas && batas < tanggalAcuan(env)) {
        out.push({
          message: 'kredit.temuan.pelatihanLewat',
          params: { staf: h.staf, diangkat: pg.tanggal ?? '', batas },
          pointer: '/pengangkatan/tanggal',
          bagian: 'Pasal 14 ayat 5',
          expected: `<= ${batas}`,
          hint: 'kredit.saran.pelatihan',
        });
      } else if (p.usulKenaikan === 'jenjang') {
        out.push({
          message: 'kredit.temuan.pelatihanKenaikan',
          params: { staf: h.staf },
          pointer: '/usulKenaikan',
          bagian: 'Pasal 14 ayat 6',
          hint: 'kredit.saran.pelatihan',
        });
      }
      return out;
    },
  },
  {
    id: 'kredit-usia-pengangkatan',
    severity: 'error',
    sections: [
      'Pasal 15 ayat 2 huruf h angka 1',
      'Pasal 15 ayat 2 huruf h angka 2',
      'Pasal 15 ayat 2 huruf h angka 3',
      'Pasal 16 ayat 1 huruf e',
      'Pasal 17 ayat 1 huruf h',
    ],
    summary: {
      id: 'Usia saat pengangkatan melalui perpindahan: paling tinggi 53 (Ahli Pertama/Muda), 55 (Ahli Madya), 60/63 (Ahli Utama).',
      en: 'Age at appointment by transfer: at most 53 (Ahli Pertama/Muda), 55 (Ahli Madya), 60/63 (Ahli Utama).',
    },
    doc: {
      id: 'Pasal 15 ayat 2 huruf h (judul pasal hilang dalam teks sumber; isinya mengikuti salinan kedua Pasal 14): perpindahan dari jabatan lain paling tinggi 53 tahun untuk Ahli Pertama dan Ahli Muda (angka 1), 55 untuk Ahli Madya (angka 2), 60 untuk Ahli Utama bagi PNS yang telah menduduki jabatan pimpinan tinggi (angka 3). Pasal 16 ayat 1 huruf e memakai batas yang sama untuk perpindahan dari kategori keterampilan ke keahlian. Pasal 17 ayat 1 huruf h: Ahli Utama dari pejabat fungsional ahli utama lain paling tinggi 63 tahun. Usia diambil dari `pengangkatan.usia`, atau dihitung dari tanggal lahir dalam NIP (8 digit pertama) dan `pengangkatan.tanggal`.',
      en: 'Pasal 15 ayat 2 huruf h (heading lost in the seed): transfer at most 53 for Ahli Pertama and Ahli Muda, 55 for Ahli Madya, 60 for Ahli Utama from a high leadership post; Pasal 16 ayat 1 huruf e applies the same to keterampilan → keahlian; Pasal 17 ayat 1 huruf h: 63 for an Ahli Utama from another Ahli Utama functional post. Age is `pengangkatan.usia` or computed from the NIP birth date and the appointment date.',
    },
    contoh: {
      gagal: setel('Perpindahan ke Ahli Pertama pada usia 54', `${P}/pengangkatan`, {
        jenis: 'perpindahan',
        tanggal: '2021-03-01',
        usia: 54,
      }),
      lulus: setel('Perpindahan ke Ahli Pertama pada usia 50', `${P}/pengangkatan`, {
        jenis: 'perpindahan',
        tanggal: '2021-03-01',
        usia: 50,
      }),
    },
    periksa(h, p) {
      const pg = p.pengangkatan;
      if (!pg || (pg.jenis !== 'perpindahan' && pg.jenis !== 'keterampilan-ke-keahlian')) return [];
      const jenjang = JENJANG[pg.jenjang ?? p.jenjang];
      if (!jenjang || jenjang.kategori !== 'keahlian') return [];
      let batas = jenjang.usiaPerpindahan;
      if (!batas) return [];
      if (jenjang.key === 'ahli-utama' && pg.asal === 'fungsional-ahli-utama')
        batas = USIA_AHLI_UTAMA_FUNGSIONAL;
      const bagian =
        pg.jenis === 'keterampilan-ke-keahlian'
          ? `Pasal 16 ayat 1 huruf e jo. ${batas.bagian}`
          : batas.bagian;
      let usia = typeof pg.usia === 'number' ? pg.usia : null;
      let pointer = '/pengangkatan/usia';
      if (usia === null) {
        const lahir = lahirDariNip(p.nip);
        usia = lahir && pg.tanggal ? usiaPada(lahir, pg.tanggal) : null;
        pointer = '/pengangkatan/tanggal';
      }
      if (usia === null || usia <= batas.nilai) return [];
      return [
        {
          message: 'kredit.temuan.usia',
          params: { staf: h.staf, usia, batas: batas.nilai, jenjang: jenjang.label },
          pointer,
          bagian,
          value: usia,
          expected: `<= ${batas.nilai}`,
        },
      ];
    },
  },
  {
    id: 'kredit-magister-ahli-utama',
    severity: 'error',
    sections: ['Pasal 38 ayat 5'],
    summary: {
      id: 'Ahli Utama, dan yang akan naik ke Ahli Utama, berijazah magister.',
      en: "An Ahli Utama, and a worker moving up to Ahli Utama, holds a master's degree.",
    },
    doc: {
      id: 'Pasal 38 ayat 5: PNS dalam jenjang ahli utama dan/atau yang akan menduduki jenjang ahli utama harus memiliki ijazah magister. Diperiksa untuk Ahli Utama dan untuk Ahli Madya dengan `usulKenaikan: jenjang`. S2 dan S3 diterima (doktor di atas magister). Kesesuaian bidang ditentukan Instansi Pembina dan tidak diperiksa.',
      en: "Pasal 38 ayat 5: an Ahli Utama, or a worker about to become one, must hold a master's degree. Checked for Ahli Utama and for an Ahli Madya proposed for the next rank. S2 and S3 pass; the field of study is for the Instansi Pembina and is not checked.",
    },
    contoh: {
      gagal: setel('Ahli Utama berpendidikan S1', `${P}/jenjang`, 'ahli-utama'),
      lulus: ubah('Ahli Utama berpendidikan S2', [
        [`${P}/jenjang`, 'ahli-utama'],
        [`${P}/pendidikan`, 'S2'],
      ]),
    },
    periksa(h, p) {
      const perlu =
        p.jenjang === 'ahli-utama' || (p.jenjang === 'ahli-madya' && p.usulKenaikan === 'jenjang');
      if (!perlu || p.pendidikan === 'S2' || p.pendidikan === 'S3') return [];
      return [
        {
          message: p.pendidikan ? 'kredit.temuan.magister' : 'kredit.temuan.magisterKosong',
          params: { staf: h.staf, pendidikan: p.pendidikan ?? '' },
          pointer: '/pendidikan',
          value: p.pendidikan ?? null,
          expected: ['S2', 'S3'],
        },
      ];
    },
  },
  {
    id: 'kredit-jenis-pengangkatan',
    severity: 'warning',
    sections: ['Pasal 14 ayat 1', 'Pasal 15 ayat 1', 'Pasal 19 ayat 1', 'Pasal 13'],
    summary: {
      id: 'Pengangkatan pertama, perpindahan dan promosi hanya untuk kategori keahlian.',
      en: 'First appointment, transfer and promotion appointments are for the keahlian category only.',
    },
    doc: {
      id: 'Pasal 14 ayat 1 (pengangkatan pertama), Pasal 15 ayat 1 (perpindahan dari jabatan lain) dan Pasal 19 ayat 1 (promosi) dilaksanakan untuk kategori keahlian. Pegawai kategori keterampilan dengan jenis pengangkatan itu patut diperiksa ulang (misalnya pengangkatan sebelum peraturan ini berlaku, menurut ketentuan peralihan).',
      en: 'Pasal 14 ayat 1, Pasal 15 ayat 1 and Pasal 19 ayat 1 reserve these routes for the keahlian category; a keterampilan worker recorded with one of them deserves a second look.',
    },
    contoh: {
      gagal: ubah('Pemula dengan pengangkatan pertama', [
        [`${P}/kategori`, 'keterampilan'],
        [`${P}/jenjang`, 'pemula'],
      ]),
      lulus: ubah('Ahli Pertama dengan pengangkatan pertama', []),
    },
    periksa(h, p) {
      const jenis = p.pengangkatan?.jenis;
      const bagian: Record<string, string> = {
        pertama: 'Pasal 14 ayat 1',
        perpindahan: 'Pasal 15 ayat 1',
        promosi: 'Pasal 19 ayat 1',
      };
      if (!jenis || !bagian[jenis] || p.kategori !== 'keterampilan') return [];
      return [
        {
          message: 'kredit.temuan.jenisPengangkatan',
          params: { staf: h.staf, jenis },
          pointer: '/pengangkatan/jenis',
          bagian: bagian[jenis],
          value: jenis,
        },
      ];
    },
  },
  {
    id: 'kredit-tanggal',
    severity: 'error',
    sections: ['Pasal 24 ayat 2', 'Pasal 26 ayat 1', 'Pasal 13'],
    summary: {
      id: 'Tanggal di log masuk akal: kegiatan di dalam tahun log dan tidak sebelum pengangkatan; tidak ada tanggal sesudah hari ini.',
      en: "Dates in the log make sense: activities within the log's year and not before the appointment; no date after today.",
    },
    doc: {
      id: 'Target angka kredit dinilai setiap tahun (Pasal 26) dari butir kegiatan jabatan (Pasal 24 ayat 2), dan hanya kegiatan sebagai Pekerja Sosial, yaitu sejak pengangkatan (Pasal 13), yang dinilai. Kegiatan yang bertanggal di luar tahun log dihitung pada tahun yang salah; kegiatan sejak 1 Januari 2023 tidak lagi dinilai per butir kegiatan tetapi dengan konversi predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023). Tanggal apa pun di log (kegiatan, pengangkatan dan pelantikan, TMT PNS, persetujuan Menteri, pelatihan fungsional, SKP, uji kompetensi, jabatan lain, pemberhentian kecuali rencana selesai) yang jatuh sesudah hari ini (`--tanggal`) adalah temuan tersendiri — kemungkinan salah ketik — bukan "sudah lewat".',
      en: 'Credits are assessed per year (Pasal 26) from the position\'s activity items (Pasal 24 ayat 2), and only work done as a Pekerja Sosial, i.e. since the appointment (Pasal 13), counts. An activity dated outside the log\'s year is counted in the wrong year; from 1 January 2023 activities are no longer credited item by item but by converting the performance rating (PermenPANRB 1/2023, PerBKN 3/2023). Any date in the log after today (`--tanggal`) is its own finding — probably a typo — never "too old".',
    },
    contoh: {
      gagal: setel(
        'Kegiatan bertanggal 2021-12-31 di log 2022',
        `${P}/kegiatan/0/tanggal`,
        '2021-12-31',
      ),
      lulus: ubah('Kegiatan bertanggal 2022-03-01 di log 2022', []),
    },
    periksa(h, p, env) {
      const out: KreditDraft[] = [];
      const masaDepan = (tgl: unknown, pointer: string, bidang: string) => {
        if (typeof tgl !== 'string' || !env.tanggal || tgl <= env.tanggal) return false;
        out.push({
          message: 'kredit.temuan.tanggalMasaDepan',
          params: { staf: h.staf, bidang, tanggal: tgl, hariIni: env.tanggal },
          pointer,
          value: tgl,
          expected: `<= ${env.tanggal}`,
        });
        return true;
      };
      const diangkat = p.pengangkatan?.tanggal;
      masaDepan(diangkat, '/pengangkatan/tanggal', 'pengangkatan');
      masaDepan(p.pelatihanFungsional, '/pelatihanFungsional', 'pelatihanFungsional');
      masaDepan(p.skp?.disusun, '/skp/disusun', 'skp.disusun');
      masaDepan(p.skp?.disetujui, '/skp/disetujui', 'skp.disetujui');
      masaDepan(p.skp?.dinilai, '/skp/dinilai', 'skp.dinilai');
      masaDepan(p.skp?.disampaikan, '/skp/disampaikan', 'skp.disampaikan');
      masaDepan(p.ujiKompetensi, '/ujiKompetensi', 'ujiKompetensi');
      masaDepan(p.pengangkatan?.pelantikan, '/pengangkatan/pelantikan', 'pengangkatan.pelantikan');
      masaDepan(p.pengangkatan?.syarat?.pns, '/pengangkatan/syarat/pns', 'syarat.pns');
      masaDepan(
        p.pengangkatan?.syarat?.persetujuanMenteri,
        '/pengangkatan/syarat/persetujuanMenteri',
        'syarat.persetujuanMenteri',
      );
      masaDepan(p.jabatanLain?.mulai, '/jabatanLain/mulai', 'jabatanLain.mulai');
      (Array.isArray(p.pemberhentian) ? p.pemberhentian : []).forEach((b, i) => {
        for (const k of ['mulai', 'izin', 'diangkatKembali'] as const)
          masaDepan(b?.[k], `/pemberhentian/${i}/${k}`, `pemberhentian ${i + 1} ${k}`);
      });
      p.kegiatan.forEach((k, i) => {
        const tgl = k?.tanggal;
        if (typeof tgl !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(tgl)) return;
        const pointer = `/kegiatan/${i}/tanggal`;
        if (masaDepan(tgl, pointer, `kegiatan ${i + 1}`)) return;
        const th = Number(tgl.slice(0, 4));
        const params = { staf: h.staf, no: i + 1, tanggal: tgl, tahun: env.tahun };
        if (th !== env.tahun) {
          out.push({
            message:
              th >= 2023 ? 'kredit.temuan.tanggalMetodeKonversi' : 'kredit.temuan.tanggalLuarTahun',
            params,
            pointer,
            bagian: 'Pasal 26 ayat 1',
            value: tgl,
            expected: `${env.tahun}-01-01 … ${env.tahun}-12-31`,
          });
          return;
        }
        if (typeof diangkat === 'string' && tgl < diangkat) {
          out.push({
            message: 'kredit.temuan.tanggalSebelumDiangkat',
            params: { ...params, diangkat },
            pointer,
            bagian: 'Pasal 13',
            value: tgl,
            expected: `>= ${diangkat}`,
          });
        }
      });
      return out;
    },
  },
  {
    id: 'kredit-skp',
    severity: 'warning',
    sections: ['Pasal 23 ayat 1', 'Pasal 25 ayat 2', 'Pasal 22'],
    summary: {
      id: 'SKP tahun ini disusun Pekerja Sosial dan disetujui serta ditetapkan atasan langsung.',
      en: "The year's SKP is drawn up by the worker and approved by the direct superior.",
    },
    doc: {
      id: 'Pasal 23 ayat 1: pada awal tahun Pekerja Sosial wajib menyusun SKP; Pasal 25 ayat 2: SKP itu harus disetujui dan ditetapkan atasan langsung; Pasal 22: penilaian kinerja meliputi SKP. Diperiksa untuk pegawai yang mencatat kegiatan: `skp.disusun` diisi, `skp.disetujui` diisi, dan persetujuan tidak mendahului penyusunan.',
      en: 'Pasal 23 ayat 1: at the start of the year the worker draws up the SKP; Pasal 25 ayat 2: the direct superior approves and sets it; Pasal 22: performance assessment includes the SKP. For a worker with activities: `skp.disusun` and `skp.disetujui` given, approval not before drawing up.',
    },
    contoh: {
      gagal: setel('SKP tidak dicatat', `${P}/skp`, undefined),
      lulus: ubah('SKP disusun 2022-01-10, disetujui 2022-01-14', []),
    },
    periksa(h, p) {
      if (belumDiisi(p)) return [];
      const skp = p.skp;
      if (!skp?.disusun)
        return [
          {
            message: 'kredit.temuan.skpTidakAda',
            params: { staf: h.staf },
            pointer: skp ? '/skp' : '/staf',
            bagian: 'Pasal 23 ayat 1',
            hint: 'kredit.saran.skp',
          },
        ];
      if (!skp.disetujui)
        return [
          {
            message: 'kredit.temuan.skpBelumDisetujui',
            params: { staf: h.staf, disusun: skp.disusun },
            pointer: '/skp/disetujui',
            bagian: 'Pasal 25 ayat 2',
            hint: 'kredit.saran.skp',
          },
        ];
      return tidakSebelum(skp.disetujui, skp.disusun, {
        message: 'kredit.temuan.skpUrutan',
        params: { staf: h.staf, disusun: skp.disusun, disetujui: skp.disetujui },
        pointer: '/skp/disetujui',
        bagian: 'Pasal 25 ayat 2',
      });
    },
  },
  {
    id: 'kredit-uji-kompetensi',
    severity: 'error',
    sections: ['Pasal 38 ayat 4', 'Pasal 19 ayat 3 huruf a'],
    summary: {
      id: 'Usul kenaikan jenjang hanya setelah lulus Uji Kompetensi.',
      en: 'A rank promotion is proposed only after passing the Uji Kompetensi.',
    },
    doc: {
      id: 'Pasal 38 ayat 4: selain memenuhi syarat kinerja, Pekerja Sosial yang akan dinaikkan jabatannya setingkat lebih tinggi harus mengikuti dan lulus Uji Kompetensi; Pasal 19 ayat 3 huruf a mensyaratkan hal yang sama untuk promosi. Diperiksa untuk `usulKenaikan: jenjang` dan pengangkatan melalui promosi: `ujiKompetensi` (tanggal lulus) harus diisi.',
      en: 'Pasal 38 ayat 4: a worker moving up a rank must pass the Uji Kompetensi; Pasal 19 ayat 3 huruf a requires the same for a promotion appointment. Checked for `usulKenaikan: jenjang` and promotion appointments: `ujiKompetensi` (pass date) must be given.',
    },
    contoh: {
      gagal: setel('Diusulkan naik jenjang tanpa uji kompetensi', `${P}/usulKenaikan`, 'jenjang'),
      lulus: ubah('Diusulkan naik jenjang, lulus uji kompetensi 2022-09-01', [
        [`${P}/usulKenaikan`, 'jenjang'],
        [`${P}/ujiKompetensi`, '2022-09-01'],
      ]),
    },
    periksa(h, p) {
      if (p.ujiKompetensi) return [];
      if (p.usulKenaikan === 'jenjang')
        return [
          {
            message: 'kredit.temuan.ujiKompetensi',
            params: { staf: h.staf },
            pointer: '/usulKenaikan',
            bagian: 'Pasal 38 ayat 4',
            hint: 'kredit.saran.ujiKompetensi',
          },
        ];
      if (p.pengangkatan?.jenis === 'promosi')
        return [
          {
            message: 'kredit.temuan.ujiKompetensiPromosi',
            params: { staf: h.staf },
            pointer: '/pengangkatan/jenis',
            bagian: 'Pasal 19 ayat 3 huruf a',
            hint: 'kredit.saran.ujiKompetensi',
          },
        ];
      return [];
    },
  },
  {
    id: 'kredit-hasil-kerja',
    severity: 'warning',
    sections: ['Pasal 30 ayat 1', 'Pasal 30 ayat 2'],
    summary: {
      id: 'Hasil Kerja setiap kegiatan unsur utama didokumentasikan (bukti fisik untuk Tim Penilai).',
      en: 'The Hasil Kerja of every main-duty activity is documented (physical evidence for the Tim Penilai).',
    },
    doc: {
      id: 'Pasal 30 ayat 1: Pekerja Sosial mendokumentasikan Hasil Kerja sesuai SKP setiap tahun; ayat 2: Tim Penilai dapat meminta laporan dan bukti fisik Hasil Kerja. Setiap kegiatan unsur utama mencatat di `bukti` di mana dokumentasinya disimpan. Satu temuan per pegawai, menunjuk kegiatan pertama tanpa bukti dan menyebut jumlahnya.',
      en: 'Pasal 30 ayat 1: the worker documents the Hasil Kerja each year; ayat 2: the Tim Penilai may ask for reports and physical evidence. Every main-duty activity records in `bukti` where its documentation is kept. One finding per worker, at the first activity without it, with the count.',
    },
    contoh: {
      gagal: setel('Kegiatan tanpa bukti Hasil Kerja', `${P}/kegiatan/0/bukti`, undefined),
      lulus: ubah('Kegiatan dengan bukti', []),
    },
    periksa(h, p) {
      const utama = p.kegiatan
        .map((k, i) => ({ k, i }))
        .filter(({ k }) => k && typeof k === 'object' && k.unsur === 'utama');
      const tanpa = utama.filter(({ k }) => typeof k.bukti !== 'string' || !k.bukti.trim());
      if (!tanpa.length) return [];
      return [
        {
          message: 'kredit.temuan.hasilKerja',
          params: { staf: h.staf, n: tanpa.length, dari: utama.length },
          pointer: `/kegiatan/${tanpa[0]!.i}/bukti`,
          bagian: 'Pasal 30 ayat 1',
          hint: 'kredit.saran.hasilKerja',
        },
      ];
    },
  },
];

/** Every rule: the credit rules, then the JF rules of rules-jf.ts. */
export const KREDIT_RULE_DEFS: readonly KreditRuleDef[] = [
  ...KREDIT_RULE_DEFS_HITUNG,
  ...KREDIT_RULE_DEFS_JF,
];

function kurangTarget(h: HasilPegawai, p: PegawaiKredit, env: KreditEnv): KreditDraft {
  const t = h.target!;
  const base = {
    pointer: '/kegiatan',
    bagian: t.bagian,
    value: h.diakui.utama,
    expected: `>= ${t.nilai}`,
  };
  const params = {
    staf: h.staf,
    jenjang: JENJANG[h.jenjang].label,
    diakui: fmt(h.diakui.utama),
    target: fmt(t.nilai),
    kurang: fmt(t.nilai - h.diakui.utama),
    tahun: env.tahun,
  };
  // An empty row (e.g. the --kosong template) records nothing yet: there is no shortfall to report.
  if (belumDiisi(p))
    return { ...base, message: 'kredit.temuan.belumDiisi', params, severity: 'info' };
  // Pasal 26: "setiap tahun" — the target can be missed only once the year is over.
  if (tahunBerjalan(env.tahun, env.tanggal))
    return { ...base, message: 'kredit.temuan.kurangTargetBerjalan', params, severity: 'info' };
  return { ...base, message: 'kredit.temuan.kurangTarget', params };
}

/** The language of a translator, read from one of this area's own messages. */
export function bahasaDari(t: (k: string) => string): 'id' | 'en' {
  return t('kredit.teks.error') === 'error' ? 'en' : 'id';
}

/** Numbers in message parameters written the reader's way (decimal comma in Indonesian). */
export function lokalkanParams(
  params: Params | undefined,
  bahasa: 'id' | 'en',
): Params | undefined {
  if (!params) return params;
  const out: Params = {};
  for (const [k, v] of Object.entries(params))
    out[k] = typeof v === 'number' && !Number.isInteger(v) ? formatAngka(v, bahasa) : v;
  return out;
}

/** Metadata of every rule, for `lembaga aturan` and generated docs. */
export const KREDIT_RULES_META = KREDIT_RULE_DEFS.map((d) => ({
  id: d.id,
  severity: d.severity,
  ruleset: RULESET_ID,
  ref: ref(d.sections[0]!),
  sections: [...d.sections],
  summary: d.summary,
  doc: d.doc,
}));

/** The year's logs as the rules see them: computed once, with each worker's source. */
export interface KreditTerhitung {
  file: string;
  log: LogKredit;
  hasil: HasilKredit;
}

export function hitungSemua(logs: readonly LogKreditTermuat[]): KreditTerhitung[] {
  return logs.map((l) => ({ file: l.file, log: l.log, hasil: hitungAngkaKredit(l.log) }));
}

/** Staff-id counts per year, to find a worker logged twice. */
export function hitungStafPerTahun(
  logs: readonly LogKreditTermuat[],
): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  for (const l of logs) {
    const m = out.get(l.log.tahun) ?? new Map<string, number>();
    for (const p of Array.isArray(l.log.pegawai) ? l.log.pegawai : []) {
      if (p && typeof p === 'object' && p.staf !== undefined)
        m.set(String(p.staf), (m.get(String(p.staf)) ?? 0) + 1);
    }
    out.set(l.log.tahun, m);
  }
  return out;
}

/** Run one rule over computed logs; pointers are absolute in the log file. */
export function periksaRule(
  def: KreditRuleDef,
  computed: readonly KreditTerhitung[],
  lembaga: Lembaga | null,
  tanggal: string,
  counts: Map<number, Map<string, number>>,
): { file: string; pointer: string; draft: KreditDraft; staf: string }[] {
  const out: { file: string; pointer: string; draft: KreditDraft; staf: string }[] = [];
  for (const c of computed) {
    const env: KreditEnv = {
      lembaga,
      tanggal,
      tahun: c.log.tahun,
      hitunganStaf: counts.get(c.log.tahun) ?? new Map(),
    };
    for (const h of c.hasil.pegawai) {
      const p = c.log.pegawai[h.index]!;
      for (const d of def.periksa(
        h,
        { ...p, kegiatan: Array.isArray(p.kegiatan) ? p.kegiatan : [] },
        env,
      )) {
        out.push({
          file: c.file,
          pointer: `/pegawai/${h.index}${d.pointer}`,
          draft: d,
          staf: h.staf,
        });
      }
    }
  }
  return out;
}

/** The rules as registry `Rule`s, closed over the credit logs (scope 'lembaga'; targets point into the log files). */
export function kreditRules(logs: readonly LogKreditTermuat[]): Rule[] {
  let memo: KreditTerhitung[] | null = null;
  const counts = hitungStafPerTahun(logs);
  return KREDIT_RULE_DEFS.map((def): Rule => ({
    id: def.id,
    severity: def.severity,
    ruleset: RULESET_ID,
    scope: 'lembaga',
    sections: def.sections,
    ref: (_layanan, bagian) => ref(bagian ?? def.sections[0]!),
    summary: def.summary,
    doc: def.doc,
    contoh: def.contoh,
    check(ctx: RuleContext): DraftFinding[] {
      memo ??= hitungSemua(logs);
      const bahasa = bahasaDari(ctx.t);
      return periksaRule(def, memo, ctx.lembaga, ctx.tanggal, counts).map(
        ({ file, pointer, draft }) => ({
          message: draft.message,
          params: lokalkanParams(draft.params, bahasa),
          target: { source: 'register', file, pointer },
          bagian: draft.bagian,
          value: draft.value,
          expected: draft.expected,
          hint: draft.hint,
          hintParams: lokalkanParams(draft.hintParams, bahasa),
        }),
      );
    },
  }));
}

/** The ruleset for the registry, over the given logs. */
export function kreditRuleset(logs: readonly LogKreditTermuat[]): Ruleset {
  return { id: RULESET_ID, judul: RULESET_JUDUL, rules: kreditRules(logs) };
}
