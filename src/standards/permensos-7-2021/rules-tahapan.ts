/**
 * ATENSI case management (issue 12, item 7): the seven stages of Pasal 19 ayat 1
 * (mapped from the five SOP stages of Permensos 14/2020 plus facilitated access and
 * aftercare), supervision in every stage (Pasal 19 ayat 2), the assessment dimensions
 * (Pasal 22), the forms of support (Pasal 11 ayat 1) and aftercare (Pasal 26).
 */
import type { DraftFinding, KasusTerdaftar, Rule, RuleContext } from '../rule.js';
import type { Kasus } from '../../model/kasus.js';
import type { TahapKey } from '../types.js';
import { otherRule } from '../permensos-14-2020/define.js';
import { REGISTER_APA_ADANYA, diKasus, tanggalSah } from '../permensos-14-2020/kasus-terdaftar.js';
import { TAHAP_ATENSI } from './katalog-atensi.js';

const RULESET = 'permensos-7-2021-atensi';
const REGULASI = 'Permensos 7/2021 (ATENSI)';

/** Rehabilitation cases of a lembaga delivering ATENSI, not referred away at intake. */
function kasusAtensi(ctx: RuleContext): KasusTerdaftar[] {
  if (!ctx.layanan.includes('rehabilitasi') || ctx.lembaga.layanan.rehabilitasi?.atensi !== true)
    return [];
  return ctx.kasus.filter(
    (k) => k.kasus.layanan === 'rehabilitasi' && !k.kasus.tahapan?.pendekatanAwal?.rujukKeluar,
  );
}

const base = (k: KasusTerdaftar) => ({ layanan: k.kasus.layanan, kasus: k.kasus.nomor });

/** Whether each ATENSI stage a–g is recorded, read from the case (DOMAIN.md's mapping). */
function tahapTercatat(c: Kasus): boolean[] {
  const t = c.tahapan ?? {};
  const pasca = c.atensi?.pascalayanan;
  return [
    Boolean(c.atensi?.aksesMelalui),
    Boolean(tanggalSah(t.pendekatanAwal?.kesepakatan) ?? tanggalSah(t.pendekatanAwal?.tanggal)),
    Boolean(tanggalSah(t.asesmen?.tanggal)),
    Boolean(tanggalSah(t.perencanaan?.tanggal)),
    Boolean(tanggalSah(t.intervensi?.mulai)),
    Boolean(tanggalSah(t.evaluasi?.tanggal)),
    Boolean(tanggalSah(t.terminasi?.tanggal)) && pasca?.perlu !== undefined,
  ];
}

/** Where a missing stage a–g is written (the first missing one is pointed at). */
const TARGET_TAHAP: Readonly<Record<string, string>> = {
  a: '/atensi/aksesMelalui',
  b: '/tahapan/pendekatanAwal/kesepakatan',
  c: '/tahapan/asesmen/tanggal',
  d: '/tahapan/perencanaan/tanggal',
  e: '/tahapan/intervensi/mulai',
  f: '/tahapan/evaluasi/tanggal',
  g: '/atensi/pascalayanan/perlu',
};

const tahapan = otherRule({
  id: 'atensi-tahapan',
  severity: 'warning',
  ruleset: RULESET,
  regulasi: REGULASI,
  pasal: ['Pasal 19 ayat 1', 'Pasal 20'],
  summary: {
    id: 'Kasus ATENSI mencatat setiap tahap manajemen kasus (Pasal 19 ayat 1 a–g) sampai tahap terakhir yang sudah dicapainya, termasuk asal fasilitasi akses.',
    en: 'An ATENSI case records every case-management stage (Pasal 19(1) a–g) up to the last one it reached, including how access was facilitated.',
  },
  doc: {
    id: 'Pasal 19 ayat 1: fasilitasi akses (a), pendekatan awal dan kesepakatan (b), asesmen (c), perencanaan (d), implementasi (e), monitoring dan evaluasi (f), pascalayanan dan terminasi (g). Dipetakan dari register: a = `atensi.aksesMelalui` (Pasal 20: rujukan, laporan-pengaduan, penjangkauan-kasus); b = tanggal kesepakatan atau pendekatan awal; c = asesmen; d = perencanaan; e = mulai intervensi; f = evaluasi; g = terminasi beserta keputusan pascalayanan (`atensi.pascalayanan.perlu`). Tahap terakhir yang tercatat menentukan tahap yang sudah dicapai; kasus `selesai` sudah mencapai g. Setiap tahap sebelumnya yang tidak tercatat dilaporkan, satu temuan per kasus. Kasus yang dirujuk keluar saat pendekatan awal dikecualikan.',
    en: 'Pasal 19(1) a–g mapped from the register (a = `atensi.aksesMelalui`, Pasal 20; b–f = the SOP dates; g = termination plus the aftercare decision). Every stage before the last one reached (a closed case reached g) must be recorded; one finding per case.',
  },
  contoh: {
    gagal: {
      judul: 'Asal fasilitasi akses tidak dicatat.',
      set: [['/kasus/0/atensi/aksesMelalui', undefined]],
    },
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      const ada = tahapTercatat(k.kasus);
      const terakhir = k.kasus.status === 'selesai' ? 6 : ada.lastIndexOf(true);
      const kurang = TAHAP_ATENSI.filter((t, i) => i <= terakhir && !ada[i]);
      if (kurang.length === 0) return [];
      return [
        {
          ...base(k),
          message: 'r.atensiTahap.kurang',
          params: {
            nomor: k.kasus.nomor,
            tahap: kurang.map((t) => `${t.huruf}. ${t.label}`).join('; '),
          },
          target: diKasus(k, TARGET_TAHAP[kurang[0]!.huruf] ?? '/tahapan'),
          bagian: `Pasal 19 ayat 1 huruf ${kurang[0]!.huruf}`,
        },
      ];
    }),
});

/** The SOP stages (Pasal 5) a case has reached. */
function tahapDicapai(c: Kasus): TahapKey[] {
  const t = c.tahapan ?? {};
  const out: TahapKey[] = [];
  if (tanggalSah(t.pendekatanAwal?.tanggal) || tanggalSah(t.pendekatanAwal?.kesepakatan))
    out.push('pendekatanAwal');
  if (tanggalSah(t.asesmen?.tanggal)) out.push('asesmen');
  if (tanggalSah(t.perencanaan?.tanggal)) out.push('perencanaan');
  if (tanggalSah(t.intervensi?.mulai)) out.push('intervensi');
  if (
    tanggalSah(t.evaluasi?.tanggal) ||
    tanggalSah(t.terminasi?.tanggal) ||
    tanggalSah(t.rujukan?.tanggal)
  )
    out.push('evaluasiRujukanTerminasi');
  return out;
}

/** The SOP stage a supervision session's `tahap` stands for (an SOP key or an ATENSI stage). */
function tahapSesi(tahap: unknown): TahapKey | null {
  if (typeof tahap !== 'string') return null;
  const a = TAHAP_ATENSI.find((x) => x.key === tahap);
  if (a) return a.tahap;
  return (
    (
      [
        'pendekatanAwal',
        'asesmen',
        'perencanaan',
        'intervensi',
        'evaluasiRujukanTerminasi',
      ] as const
    ).find((x) => x === tahap) ?? null
  );
}

const LABEL_TAHAP: Readonly<Record<TahapKey, string>> = {
  pendekatanAwal: 'fasilitasi akses/pendekatan awal',
  asesmen: 'asesmen',
  perencanaan: 'perencanaan',
  intervensi: 'implementasi',
  evaluasiRujukanTerminasi: 'monitoring-evaluasi/pascalayanan-terminasi',
};

const supervisiTahapan = otherRule({
  id: 'atensi-supervisi-tahapan',
  severity: 'error',
  ruleset: RULESET,
  regulasi: REGULASI,
  pasal: ['Pasal 19 ayat 2', 'Pasal 11 ayat 4'],
  summary: {
    id: 'Setiap tahapan ATENSI yang sudah dicapai kasus melalui sesi supervisi pekerjaan sosial yang dicatat.',
    en: 'Every ATENSI stage a case has reached went through a recorded social-work supervision session.',
  },
  doc: {
    id: 'Pasal 19 ayat 2: "dalam setiap tahapan ATENSI … harus melalui supervisi pekerjaan sosial"; Pasal 11 ayat 4: proses manajemen kasus dilakukan supervisi. Untuk setiap tahap SOP yang sudah dicapai kasus ATENSI (ada tanggalnya), harus ada `supervisi[]` yang `tahap`-nya tahap itu, atau tahap ATENSI yang dipetakan ke sana (fasilitasi-akses dan pendekatan-awal-kesepakatan → pendekatanAwal; monitoring-evaluasi dan pascalayanan-terminasi → evaluasiRujukanTerminasi). Satu temuan per kasus, menyebut tahap yang belum disupervisi. Siapa supervisornya diperiksa atensi-supervisi dan kasus-supervisi-sesi.',
    en: 'Pasal 19(2): every stage must go through supervision. For each SOP stage an ATENSI case reached, a session in `supervisi[]` must name that stage (or an ATENSI stage mapped to it). One finding per case.',
  },
  contoh: {
    gagal: {
      judul: 'Tahap asesmen kasus pertama tidak disupervisi.',
      set: [['/kasus/0/supervisi/1/tahap', 'intervensi']],
    },
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      const disupervisi = new Set((k.kasus.supervisi ?? []).map((s) => tahapSesi(s.tahap)));
      const belum = tahapDicapai(k.kasus).filter((t) => !disupervisi.has(t));
      if (belum.length === 0) return [];
      return [
        {
          ...base(k),
          message: 'r.atensiTahap.supervisi',
          params: { nomor: k.kasus.nomor, tahap: belum.map((t) => LABEL_TAHAP[t]).join(', ') },
          target: diKasus(k, k.kasus.supervisi?.length ? '/supervisi' : ''),
        },
      ];
    }),
});

const asesmenAspek = otherRule({
  id: 'atensi-asesmen-aspek',
  severity: 'warning',
  ruleset: RULESET,
  regulasi: REGULASI,
  pasal: ['Pasal 22'],
  summary: {
    id: 'Asesmen komprehensif kasus ATENSI mencatat aspek yang dinilai (medis, legal, fisik, psikososial, mental, spiritual, minat dan bakat, penelusuran keluarga, lainnya).',
    en: 'The comprehensive assessment of an ATENSI case records the dimensions assessed.',
  },
  doc: {
    id: 'Pasal 22: asesmen komprehensif dan berkelanjutan meliputi a–i (medis, legal, fisik, psikososial, mental, spiritual, minat dan bakat, penelusuran keluarga, dan/atau aspek lain). Kasus ATENSI yang mencatat tanggal asesmen harus mengisi `atensi.asesmenAspek` paling sedikit satu aspek (Excel: ATENSI: Aspek Asesmen). Nilai di luar daftar ditolak skema.',
    en: 'Pasal 22: an ATENSI case with an assessment date records at least one dimension in `atensi.asesmenAspek`.',
  },
  contoh: {
    gagal: { judul: 'Aspek asesmen kosong.', set: [['/kasus/0/atensi/asesmenAspek', []]] },
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      if (!tanggalSah(k.kasus.tahapan?.asesmen?.tanggal)) return [];
      if ((k.kasus.atensi?.asesmenAspek ?? []).length > 0) return [];
      return [
        {
          ...base(k),
          message: 'r.atensiTahap.asesmen',
          params: { nomor: k.kasus.nomor },
          target: diKasus(k, '/atensi/asesmenAspek'),
        },
      ];
    }),
});

/** Rehabilitation activities (Lampiran C 1.2.5) and the ATENSI form of support (Pasal 11 ayat 1) they deliver. */
const BENTUK_KEGIATAN: Readonly<Record<string, string>> = {
  'pemenuhan-hidup-layak': 'kebutuhan-hidup-layak',
  'perawatan-pengasuhan-dasar': 'perawatan-pengasuhan',
  'perawatan-pengasuhan-lanjut': 'perawatan-pengasuhan',
  'terapi-fisik': 'terapi',
  'terapi-psikososial': 'terapi',
  'terapi-mental-spiritual': 'terapi',
  'pelatihan-vokasional-kewirausahaan': 'vokasional-kewirausahaan',
  'bantuan-asistensi-sosial-dasar': 'bantuan-asistensi-sosial',
  'bantuan-asistensi-sosial-lanjut': 'bantuan-asistensi-sosial',
  'pelayanan-aksesibilitas-dasar': 'dukungan-aksesibilitas',
  'pelayanan-aksesibilitas-lanjut': 'dukungan-aksesibilitas',
  'dukungan-aksesibilitas': 'dukungan-aksesibilitas',
};

const bentukDukungan = otherRule({
  id: 'atensi-bentuk-dukungan',
  severity: 'warning',
  ruleset: RULESET,
  regulasi: REGULASI,
  pasal: ['Pasal 11 ayat 1'],
  summary: {
    id: 'Kasus ATENSI yang sudah diimplementasikan mencatat bentuk dukungannya (Pasal 11 ayat 1), termasuk setiap bentuk yang diberikan lewat kegiatannya.',
    en: 'An ATENSI case in implementation records its forms of support (Pasal 11(1)), including every form its activities delivered.',
  },
  doc: {
    id: 'Pasal 11 ayat 1: ATENSI dilaksanakan dalam bentuk a) dukungan pemenuhan kebutuhan hidup layak, b) perawatan sosial dan/atau pengasuhan anak, c) dukungan keluarga, d) terapi fisik, psikososial, mental spiritual, e) pelatihan vokasional dan/atau pembinaan kewirausahaan, f) bantuan sosial dan asistensi sosial, g) dukungan aksesibilitas. Kasus ATENSI yang sudah memulai intervensi harus mengisi `atensi.bentukDukungan`; kegiatan yang jelas termasuk satu bentuk (misalnya terapi-psikososial → terapi, perawatan-pengasuhan-dasar → perawatan-pengasuhan, pelatihan-vokasional-kewirausahaan → vokasional-kewirausahaan) harus bentuknya tercantum. Satu temuan per kasus.',
    en: 'Pasal 11(1) forms a–g. An ATENSI case with a started intervention fills `atensi.bentukDukungan`, and every form one of its activities clearly delivers (e.g. terapi-psikososial → terapi) must be listed. One finding per case.',
  },
  contoh: {
    gagal: {
      judul: 'Terapi psikososial diberikan tetapi bentuk "terapi" tidak dicatat.',
      set: [['/kasus/0/atensi/bentukDukungan', ['perawatan-pengasuhan']]],
    },
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      if (!tanggalSah(k.kasus.tahapan?.intervensi?.mulai)) return [];
      const dicatat = k.kasus.atensi?.bentukDukungan ?? [];
      if (dicatat.length === 0)
        return [
          {
            ...base(k),
            message: 'r.atensiTahap.bentukKosong',
            params: { nomor: k.kasus.nomor },
            target: diKasus(k, '/atensi/bentukDukungan'),
          },
        ];
      const tersirat = [
        ...new Set(
          (k.kasus.kegiatan ?? [])
            .map((g) => BENTUK_KEGIATAN[g.kegiatan])
            .filter((b): b is string => Boolean(b)),
        ),
      ];
      const kurang = tersirat.filter((b) => !dicatat.includes(b));
      if (kurang.length === 0) return [];
      return [
        {
          ...base(k),
          message: 'r.atensiTahap.bentukKurang',
          params: { nomor: k.kasus.nomor, bentuk: kurang.join(', ') },
          target: diKasus(k, '/atensi/bentukDukungan'),
          value: dicatat,
          expected: tersirat,
        },
      ];
    }),
});

const pascalayanan = otherRule({
  id: 'atensi-pascalayanan',
  severity: 'warning',
  ruleset: RULESET,
  regulasi: REGULASI,
  pasal: ['Pasal 26 ayat 1', 'Pasal 26 ayat 3'],
  summary: {
    id: 'Kasus ATENSI yang selesai mencatat keputusan pascalayanan berdasarkan asesmen; pascalayanan yang diberikan bertanggal sesudah intervensi dan tidak sesudah hari ini.',
    en: 'A closed ATENSI case records the aftercare decision; aftercare given is dated after the intervention and not after today.',
  },
  doc: {
    id: 'Pasal 26 ayat 1: pascalayanan adalah layanan lanjutan sesudah PPKS selesai mendapat ATENSI; ayat 3: diberikan berdasarkan hasil asesmen pekerja sosial. Kasus ATENSI `selesai` harus mencatat `atensi.pascalayanan.perlu` (ya/tidak). Bila `perlu: true` dan `tanggal` diisi, tanggal itu tidak sebelum selesai intervensi (atau terminasi) dan tidak sesudah --tanggal; bila `perlu: true` tanpa tanggal, pascalayanan belum diberikan dan dilaporkan.',
    en: 'Pasal 26: a closed ATENSI case records `atensi.pascalayanan.perlu`. With `perlu: true`, the date must exist, not precede the end of intervention (or termination), and not be after --tanggal.',
  },
  contoh: {
    gagal: {
      judul: 'Pascalayanan sehari sebelum intervensi selesai (2026-05-28).',
      set: [['/kasus/0/atensi/pascalayanan/tanggal', '2026-05-28']],
    },
    lulus: {
      judul: 'Pascalayanan tepat pada hari intervensi selesai (2026-05-29).',
      set: [['/kasus/0/atensi/pascalayanan/tanggal', '2026-05-29']],
    },
  },
  check: (ctx) =>
    kasusAtensi(ctx).flatMap((k): DraftFinding[] => {
      const c = k.kasus;
      const p = c.atensi?.pascalayanan;
      if (c.status !== 'selesai' && !p) return [];
      if (p?.perlu === undefined)
        return c.status === 'selesai'
          ? [
              {
                ...base(k),
                message: 'r.atensiTahap.pascaKosong',
                params: { nomor: c.nomor },
                target: diKasus(k, '/atensi/pascalayanan/perlu'),
              },
            ]
          : [];
      if (!p.perlu) return [];
      const tgl = tanggalSah(p.tanggal);
      const selesai =
        tanggalSah(c.tahapan?.intervensi?.selesai) ?? tanggalSah(c.tahapan?.terminasi?.tanggal);
      if (!tgl)
        return c.status === 'selesai'
          ? [
              {
                ...base(k),
                message: 'r.atensiTahap.pascaBelum',
                params: { nomor: c.nomor },
                target: diKasus(k, '/atensi/pascalayanan/tanggal'),
              },
            ]
          : [];
      if (tgl > ctx.tanggal)
        return [
          {
            ...base(k),
            message: 'r.atensiTahap.pascaMasaDepan',
            params: { nomor: c.nomor, tanggal: tgl, hariIni: ctx.tanggal },
            target: diKasus(k, '/atensi/pascalayanan/tanggal'),
            value: tgl,
          },
        ];
      if (selesai && tgl < selesai)
        return [
          {
            ...base(k),
            message: 'r.atensiTahap.pascaSebelum',
            params: { nomor: c.nomor, tanggal: tgl, selesai },
            target: diKasus(k, '/atensi/pascalayanan/tanggal'),
            value: tgl,
            expected: `>= ${selesai}`,
          },
        ];
      return [];
    }),
});

export const TAHAPAN_ATENSI_RULES: readonly Rule[] = [
  tahapan,
  supervisiTahapan,
  asesmenAspek,
  bentukDukungan,
  pascalayanan,
];
