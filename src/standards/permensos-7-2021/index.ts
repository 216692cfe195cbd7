/**
 * Permensos 7/2021 tentang Asistensi Rehabilitasi Sosial (ATENSI), as a ruleset
 * for rehabilitation cases of a lembaga that delivers ATENSI
 * (`layanan.rehabilitasi.atensi: true`). Its seven stages (Pasal 19) map onto
 * the five SOP stages of Permensos 14/2020 (see ATENSI_TAHAP).
 */
import type { DraftFinding, KasusTerdaftar, Rule, RuleContext, Ruleset } from '../rule.js';
import type { TahapKey } from '../types.js';
import { otherRule } from '../permensos-14-2020/define.js';
import { eraDtsen, statusDataSosial } from '../dtsen.js';

export const ATENSI_ID = 'permensos-7-2021-atensi';
const REGULASI = 'Permensos 7/2021 (ATENSI)';

/** Pasal 19 ayat 1 a–g onto Permensos 14/2020 Pasal 5 a–e (DOMAIN.md). */
export const ATENSI_TAHAP: readonly {
  key: string;
  label: string;
  huruf: string;
  tahap: TahapKey;
}[] = [
  { key: 'fasilitasi-akses', label: 'Fasilitasi akses', huruf: 'a', tahap: 'pendekatanAwal' },
  {
    key: 'pendekatan-awal-kesepakatan',
    label: 'Pendekatan awal dan kesepakatan bersama',
    huruf: 'b',
    tahap: 'pendekatanAwal',
  },
  {
    key: 'asesmen-komprehensif',
    label: 'Asesmen komprehensif dan berkelanjutan',
    huruf: 'c',
    tahap: 'asesmen',
  },
  {
    key: 'perencanaan-layanan',
    label: 'Perencanaan layanan sosial',
    huruf: 'd',
    tahap: 'perencanaan',
  },
  { key: 'implementasi', label: 'Implementasi', huruf: 'e', tahap: 'intervensi' },
  {
    key: 'monitoring-evaluasi',
    label: 'Monitoring dan evaluasi',
    huruf: 'f',
    tahap: 'evaluasiRujukanTerminasi',
  },
  {
    key: 'pascalayanan-terminasi',
    label: 'Pascalayanan dan terminasi',
    huruf: 'g',
    tahap: 'evaluasiRujukanTerminasi',
  },
];

function kasusAtensi(ctx: RuleContext): KasusTerdaftar[] {
  if (!ctx.layanan.includes('rehabilitasi') || ctx.lembaga.layanan.rehabilitasi?.atensi !== true)
    return [];
  return ctx.kasus.filter((k) => k.kasus.layanan === 'rehabilitasi');
}

const at = (k: KasusTerdaftar, sub: string): DraftFinding['target'] => ({
  source: 'register',
  file: k.file,
  pointer: `${k.pointer}${sub}`,
});
const KOSONG = { judul: 'register examples/lks-harapan-bunda apa adanya.', set: [] } as const;

const klaster = otherRule({
  id: 'atensi-klaster',
  severity: 'error',
  ruleset: ATENSI_ID,
  regulasi: REGULASI,
  pasal: ['Pasal 3 ayat 2', 'Pasal 3 ayat 3'],
  summary: {
    id: 'Setiap kasus ATENSI mencatat klaster sasarannya.',
    en: 'Every ATENSI case records its target cluster.',
  },
  doc: {
    id: 'Pasal 3: lima klaster (anak, penyandang disabilitas, tuna sosial dan korban perdagangan orang, korban NAPZA, lanjut usia) ditambah korban bencana dan PPKS lainnya. Untuk kasus rehabilitasi lembaga yang menyelenggarakan ATENSI, `klien.klaster` wajib (nilainya diperiksa skema).',
    en: 'Pasal 3: five clusters plus disaster victims and other PPKS. For rehabilitation cases of an ATENSI institution, `klien.klaster` is required.',
  },
  contoh: {
    gagal: { judul: 'Klaster kosong.', set: [['/kasus/0/klien/klaster', undefined]] },
    lulus: KOSONG,
  },
  check: (ctx) =>
    kasusAtensi(ctx)
      .filter((k) => !k.kasus.klien.klaster)
      .map((k) => ({
        message: 'r.atensi.klaster',
        params: { nomor: k.kasus.nomor },
        target: at(k, '/klien'),
        kasus: k.kasus.nomor,
      })),
});

const basis = otherRule({
  id: 'atensi-basis-layanan',
  severity: 'warning',
  ruleset: ATENSI_ID,
  regulasi: REGULASI,
  pasal: ['Pasal 8'],
  summary: {
    id: 'Kasus ATENSI mencatat basis layanannya (keluarga, komunitas, residensial) dan basis itu diselenggarakan lembaga.',
    en: 'An ATENSI case records its delivery basis (family, community, residential), one the institution offers.',
  },
  doc: {
    id: 'Pasal 8: ATENSI berbasis keluarga, komunitas, dan/atau residensial. `klien.basisLayanan` wajib, dan bila lembaga mencatat `layanan.rehabilitasi.basisLayanan`, harus salah satunya.',
    en: 'Pasal 8: family-, community- and/or residence-based. `klien.basisLayanan` is required and must be one the institution lists.',
  },
  contoh: {
    gagal: {
      judul: 'Basis komunitas yang tidak diselenggarakan.',
      set: [['/kasus/0/klien/basisLayanan', 'komunitas']],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const offered = ctx.lembaga.layanan.rehabilitasi?.basisLayanan;
    return kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      const b = k.kasus.klien.basisLayanan;
      if (!b)
        return [
          {
            message: 'r.atensi.basisKosong',
            params: { nomor: k.kasus.nomor },
            target: at(k, '/klien'),
            kasus: k.kasus.nomor,
          },
        ];
      if (offered && offered.length && !offered.includes(b))
        return [
          {
            message: 'r.atensi.basisTidakDiselenggarakan',
            params: { nomor: k.kasus.nomor, basis: b, daftar: offered.join(', ') },
            target: at(k, '/klien/basisLayanan'),
            kasus: k.kasus.nomor,
            value: b,
            expected: offered,
          },
        ];
      return [];
    });
  },
});

const dtks = otherRule({
  id: 'atensi-dtks',
  severity: 'warning',
  ruleset: ATENSI_ID,
  regulasi: REGULASI,
  pasal: ['Pasal 43 ayat 1', 'Pasal 43 ayat 2'],
  summary: {
    id: 'Penerima ATENSI yang belum terdaftar di DTKS dilaporkan untuk diusulkan masuk DTKS.',
    en: 'ATENSI recipients missing from DTKS are reported for inclusion.',
  },
  doc: {
    id: 'Pasal 43 ayat 2: penerima yang tidak ada di DTKS tetap dapat dilayani tetapi harus segera dilaporkan ke dinas sosial atau Kementerian Sosial untuk diusulkan masuk DTKS. `klien.dtks: belum-terdaftar` (atau kosong) adalah temuan; `diusulkan` atau `terdaftar` tidak. (DTKS sedang digantikan DTSEN; nilai yang sama dipakai.)',
    en: 'Pasal 43(2): recipients missing from DTKS may be served but must be reported for inclusion. `belum-terdaftar` (or empty) is a finding; `diusulkan`/`terdaftar` are not.',
  },
  contoh: {
    gagal: {
      judul: 'Belum terdaftar dan belum diusulkan.',
      set: [['/kasus/0/klien/dtks', 'belum-terdaftar']],
    },
    lulus: KOSONG,
  },
  // Reads `dtsen` or `dtks`; from Inpres 4/2025 the register is named "DTSEN (dahulu DTKS)".
  check: (ctx) =>
    kasusAtensi(ctx)
      .map((k) => ({ k, d: statusDataSosial(k.kasus.klien) }))
      .filter(({ d }) => d.status !== 'terdaftar' && d.status !== 'diusulkan')
      .map(({ k, d }) => {
        const baru = eraDtsen(ctx.tanggal);
        return {
          message: baru
            ? d.status
              ? 'aturan.dtsen.belum'
              : 'aturan.dtsen.kosong'
            : d.status
              ? 'r.atensi.dtksBelum'
              : 'r.atensi.dtksKosong',
          params: { nomor: k.kasus.nomor },
          target: at(k, d.status ? `/klien/${d.kunci}` : '/klien'),
          kasus: k.kasus.nomor,
          hint: baru ? 'aturan.dtsen.saran' : 'r.atensi.saranDtks',
        };
      }),
});

const supervisi = otherRule({
  id: 'atensi-supervisi',
  severity: 'error',
  ruleset: ATENSI_ID,
  regulasi: REGULASI,
  pasal: ['Pasal 19 ayat 2', 'Pasal 19 ayat 3'],
  summary: {
    id: 'Setiap tahapan ATENSI melalui supervisi oleh pekerja sosial berkompetensi supervisi.',
    en: 'Every ATENSI stage is supervised by a social worker competent in supervision.',
  },
  doc: {
    id: 'Pasal 19 ayat 2–3: supervisi dilaksanakan pekerja sosial yang memiliki kompetensi supervisi. Supervisor kasus ATENSI harus staf berperan supervisor yang bersertifikat (`sertifikat.nomor`).',
    en: 'Pasal 19(2)–(3): the case supervisor must be a certified supervisor.',
  },
  contoh: {
    gagal: {
      judul: 'Supervisor tanpa sertifikat.',
      set: [],
      lembaga: [['/staf/2/sertifikat', undefined]],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      if (k.kasus.tahapan.pendekatanAwal?.rujukKeluar) return [];
      const st = ctx.lembaga.staf.find((s) => s.id === k.kasus.supervisor);
      if (st && st.peran === 'supervisor' && st.sertifikat?.nomor) return [];
      if (!st) return []; // missing/unknown supervisor: reported by kasus-pelaksana
      return [
        {
          message: 'r.atensi.supervisi',
          params: { nomor: k.kasus.nomor, nama: st.nama },
          target: at(k, '/supervisor'),
          kasus: k.kasus.nomor,
        },
      ];
    }),
});

export const ATENSI_RULES: readonly Rule[] = [klaster, basis, supervisi, dtks];

export const PERMENSOS_7_2021: Ruleset = {
  id: ATENSI_ID,
  judul: 'Permensos 7/2021 tentang Asistensi Rehabilitasi Sosial (ATENSI)',
  rules: ATENSI_RULES,
};
