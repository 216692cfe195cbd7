/**
 * ATENSI case management (issue 12, item 7): the seven stages of Pasal 19 ayat 1
 * (mapped from the five SOP stages of Permensos 14/2020 plus facilitated access and
 * aftercare), supervision in every stage (Pasal 19 ayat 2), the assessment dimensions
 * (Pasal 22), the forms of support (Pasal 11 ayat 1) and aftercare (Pasal 26).
 */
import type { DraftFinding, Rule } from '../rule.js';
import type { Kasus } from '../../model/kasus.js';
import type { TahapKey } from '../types.js';
import { atensiRule, kasusAtensi, ayat } from './define.js';
import { diKasusLayanan, tanggalSah } from '../permensos-14-2020/kasus-terdaftar.js';
import { TAHAP_ATENSI } from './katalog-atensi.js';
import { pesanDi, setel, ubah } from '../contoh.js';

/**
 * Per ATENSI stage a–g: whether the case reached it (a date of that stage or later) and
 * whether the register holds what the stage consists of (docs/domain.md's mapping, Pasal 20–26).
 */
function tahapAtensi(c: Kasus): { dicapai: boolean; lengkap: boolean }[] {
  const t = c.tahapan ?? {};
  const a = c.atensi;
  const pasca = a?.pascalayanan;
  const d = (x: unknown) => Boolean(tanggalSah(x));
  const awal = d(t.pendekatanAwal?.tanggal) || d(t.pendekatanAwal?.kesepakatan);
  return [
    { dicapai: awal, lengkap: Boolean(a?.aksesMelalui) },
    { dicapai: awal, lengkap: awal },
    { dicapai: d(t.asesmen?.tanggal), lengkap: d(t.asesmen?.tanggal) },
    {
      dicapai: d(t.perencanaan?.tanggal),
      // Pasal 23: rencana disusun (b) dan ditetapkan bersama (c).
      lengkap:
        d(t.perencanaan?.tanggal) &&
        Boolean(t.perencanaan?.tujuan) &&
        t.perencanaan?.jadwalDisepakati === true,
    },
    {
      dicapai: d(t.intervensi?.mulai),
      // Pasal 24: implementasi berbasis keluarga, komunitas, dan/atau residensial.
      lengkap: d(t.intervensi?.mulai) && Boolean(c.klien?.basisLayanan),
    },
    {
      dicapai: d(t.evaluasi?.tanggal),
      // Pasal 25 ayat 2: evaluasi menilai indikator ketercapaian layanan.
      lengkap: d(t.evaluasi?.tanggal) && Boolean(t.evaluasi?.capaianTujuan),
    },
    {
      dicapai: d(t.terminasi?.tanggal) || Boolean(pasca),
      lengkap: d(t.terminasi?.tanggal) && pasca?.perlu !== undefined,
    },
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

const tahapan = atensiRule('atensi-tahapan', 'warning', {
  pasal: [
    'Pasal 19 ayat 1',
    'Pasal 11 ayat 2',
    'Pasal 20',
    'Pasal 21',
    'Pasal 23',
    'Pasal 24',
    'Pasal 25 ayat 2',
  ],
  summary: {
    id: 'Kasus ATENSI mencatat setiap tahap manajemen kasus (Pasal 19 ayat 1 a–g) sampai tahap terakhir yang sudah dicapainya, termasuk asal fasilitasi akses.',
    en: 'An ATENSI case records every case-management stage (Pasal 19(1) a–g) up to the last one it reached, including how access was facilitated.',
  },
  doc: {
    id: 'Pasal 19 ayat 1: fasilitasi akses (a), pendekatan awal dan kesepakatan (b), asesmen (c), perencanaan (d), implementasi (e), monitoring dan evaluasi (f), pascalayanan dan terminasi (g). Pasal 11 ayat 2: ATENSI memakai metode manajemen kasus, yang tahapnya dicatat di register. Dipetakan dari register: a = `atensi.aksesMelalui` (Pasal 20: rujukan, laporan-pengaduan, penjangkauan-kasus); b = tanggal pendekatan awal atau kesepakatan (Pasal 21: asesmen awal, respon kasus, dan/atau kesepakatan awal); c = asesmen; d = perencanaan dengan `tujuan` (penyusunan rencana) dan `jadwalDisepakati: true` (penetapan bersama, Pasal 23); e = mulai intervensi dengan `klien.basisLayanan` (Pasal 24); f = evaluasi dengan `capaianTujuan` (indikator ketercapaian, Pasal 25 ayat 2); g = terminasi beserta keputusan pascalayanan (`atensi.pascalayanan.perlu`). Tahap terakhir yang bertanggal menentukan tahap yang sudah dicapai; kasus `selesai` sudah mencapai g. Setiap tahap sampai tahap itu yang isinya kurang dilaporkan, satu temuan per kasus. Kasus yang dirujuk keluar saat pendekatan awal dikecualikan.',
    en: 'Pasal 19(1) a–g mapped from the register (a = `atensi.aksesMelalui`, Pasal 20; b–f = the SOP dates; g = termination plus the aftercare decision). Every stage before the last one reached (a closed case reached g) must be recorded; one finding per case.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Kasus yang sudah diimplementasikan tanpa basis layanan (tahap e).',
          '/kasus/1/klien/basisLayanan',
          undefined,
          pesanDi(
            'Kasus HB-2026-002: tahap ATENSI belum dicatat: e. Implementasi.',
            'register-2026.yaml:83',
          ),
        ),
      ],
      lulus: [
        setel(
          'Kasus yang berhenti sebelum implementasi tanpa basis layanan.',
          '/kasus/4/klien/basisLayanan',
          undefined,
        ),
      ],
    },
    gagal: setel('Asal fasilitasi akses tidak dicatat.', '/kasus/0/atensi/aksesMelalui', undefined),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      const tahap = tahapAtensi(k.kasus);
      const terakhir =
        k.kasus.status === 'selesai' ? 6 : tahap.map((x) => x.dicapai).lastIndexOf(true);
      const kurang = TAHAP_ATENSI.filter((_t, i) => i <= terakhir && !tahap[i]!.lengkap);
      if (kurang.length === 0) return [];
      return [
        {
          message: 'r.atensiTahap.kurang',
          params: {
            nomor: k.kasus.nomor,
            tahap: kurang.map((t) => `${t.huruf}. ${t.label}`).join('; '),
          },
          ...diKasusLayanan(k, TARGET_TAHAP[kurang[0]!.huruf] ?? '/tahapan'),
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

const supervisiTahapan = atensiRule('atensi-supervisi-tahapan', 'error', {
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
    batas: {
      gagal: [
        setel(
          'Tahap perencanaan dicapai, sesinya dicatat sebagai asesmen.',
          '/kasus/4/supervisi/2/tahap',
          'asesmen',
          pesanDi(
            'Kasus HB-2026-005: tahap ATENSI belum disupervisi: perencanaan.',
            'register-2026.yaml:203',
          ),
        ),
      ],
      lulus: [
        setel(
          'Sesi tahap perencanaan memakai nama tahap ATENSI.',
          '/kasus/4/supervisi/2/tahap',
          'perencanaan-layanan',
        ),
        ubah('Belum sampai perencanaan: sesi perencanaan belum wajib.', [
          ['/kasus/4/supervisi/2/tahap', 'asesmen'],
          ['/kasus/4/tahapan/perencanaan/tanggal', undefined],
        ]),
      ],
    },
    gagal: setel(
      'Tahap asesmen kasus pertama tidak disupervisi.',
      '/kasus/0/supervisi/1/tahap',
      'intervensi',
    ),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      const disupervisi = new Set((k.kasus.supervisi ?? []).map((s) => tahapSesi(s.tahap)));
      const belum = tahapDicapai(k.kasus).filter((t) => !disupervisi.has(t));
      if (belum.length === 0) return [];
      return [
        {
          message: 'r.atensiTahap.supervisi',
          params: { nomor: k.kasus.nomor, tahap: belum.map((t) => LABEL_TAHAP[t]).join(', ') },
          ...diKasusLayanan(k, k.kasus.supervisi?.length ? '/supervisi' : ''),
        },
      ];
    }),
});

const asesmenAspek = atensiRule('atensi-asesmen-aspek', 'warning', {
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
    batas: {
      gagal: [
        setel(
          'Asesmen bertanggal, aspek kosong.',
          '/kasus/1/atensi/asesmenAspek',
          [],
          pesanDi(
            'Kasus HB-2026-002: aspek asesmen komprehensif ATENSI belum dicatat.',
            'register-2026.yaml:110',
          ),
        ),
      ],
      lulus: [setel('Asesmen dengan satu aspek.', '/kasus/1/atensi/asesmenAspek', ['psikososial'])],
    },
    gagal: setel('Aspek asesmen kosong.', '/kasus/0/atensi/asesmenAspek', []),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      if (!tanggalSah(k.kasus.tahapan?.asesmen?.tanggal)) return [];
      if ((k.kasus.atensi?.asesmenAspek ?? []).length > 0) return [];
      return [
        {
          message: 'r.atensiTahap.asesmen',
          params: { nomor: k.kasus.nomor },
          ...diKasusLayanan(k, '/atensi/asesmenAspek'),
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

const bentukDukungan = atensiRule('atensi-bentuk-dukungan', 'warning', {
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
    batas: {
      gagal: [
        setel(
          'Terapi psikososial diberikan, bentuk "terapi" tidak dicatat.',
          '/kasus/0/atensi/bentukDukungan',
          ['perawatan-pengasuhan', 'dukungan-keluarga'],
          pesanDi(
            'Kasus HB-2026-001: kegiatan kasus memberikan bentuk ATENSI yang tidak dicatat: terapi.',
            'register-2026.yaml:55',
          ),
        ),
        setel(
          'Intervensi dimulai tanpa bentuk dukungan.',
          '/kasus/1/atensi/bentukDukungan',
          undefined,
          pesanDi(
            'Kasus HB-2026-002: bentuk dukungan ATENSI yang diberikan belum dicatat.',
            'register-2026.yaml:111',
          ),
        ),
      ],
      lulus: [
        setel('Tepat bentuk yang diberikan kegiatannya.', '/kasus/0/atensi/bentukDukungan', [
          'perawatan-pengasuhan',
          'terapi',
        ]),
        ubah('Belum implementasi tanpa bentuk dukungan.', [
          ['/kasus/1/atensi/bentukDukungan', undefined],
          ['/kasus/1/tahapan/intervensi', undefined],
        ]),
      ],
    },
    gagal: setel(
      'Terapi psikososial diberikan tetapi bentuk "terapi" tidak dicatat.',
      '/kasus/0/atensi/bentukDukungan',
      ['perawatan-pengasuhan'],
    ),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      if (!tanggalSah(k.kasus.tahapan?.intervensi?.mulai)) return [];
      const dicatat = k.kasus.atensi?.bentukDukungan ?? [];
      if (dicatat.length === 0)
        return [
          {
            message: 'r.atensiTahap.bentukKosong',
            params: { nomor: k.kasus.nomor },
            ...diKasusLayanan(k, '/atensi/bentukDukungan'),
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
          message: 'r.atensiTahap.bentukKurang',
          params: { nomor: k.kasus.nomor, bentuk: kurang.join(', ') },
          ...diKasusLayanan(k, '/atensi/bentukDukungan'),
          value: dicatat,
          expected: tersirat,
        },
      ];
    }),
});

const pascalayanan = atensiRule('atensi-pascalayanan', 'warning', {
  pasal: ayat(26, 1, 3),
  summary: {
    id: 'Kasus ATENSI yang selesai mencatat keputusan pascalayanan berdasarkan asesmen; pascalayanan yang diberikan bertanggal sesudah intervensi dan tidak sesudah hari ini.',
    en: 'A closed ATENSI case records the aftercare decision; aftercare given is dated after the intervention and not after today.',
  },
  doc: {
    id: 'Pasal 26 ayat 1: pascalayanan adalah layanan lanjutan sesudah PPKS selesai mendapat ATENSI; ayat 3: diberikan berdasarkan hasil asesmen pekerja sosial. Kasus ATENSI `selesai` harus mencatat `atensi.pascalayanan.perlu` (ya/tidak). Bila `perlu: true` dan `tanggal` diisi, tanggal itu tidak sebelum selesai intervensi (atau terminasi) dan tidak sesudah --tanggal; bila `perlu: true` tanpa tanggal, pascalayanan belum diberikan dan dilaporkan.',
    en: 'Pasal 26: a closed ATENSI case records `atensi.pascalayanan.perlu`. With `perlu: true`, the date must exist, not precede the end of intervention (or termination), and not be after --tanggal.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Pascalayanan sehari sebelum intervensi selesai (2026-05-28).',
          '/kasus/0/atensi/pascalayanan/tanggal',
          '2026-05-28',
          pesanDi(
            'Kasus HB-2026-001: pascalayanan 2026-05-28 lebih awal dari selesainya intervensi (2026-05-29).',
            'register-2026.yaml:56',
          ),
        ),
        setel(
          'Pascalayanan bertanggal besok (2026-11-26).',
          '/kasus/0/atensi/pascalayanan/tanggal',
          '2026-11-26',
          pesanDi(
            'Kasus HB-2026-001: pascalayanan bertanggal 2026-11-26, sesudah hari ini (2026-11-25) — salah ketik?',
            'register-2026.yaml:56',
          ),
        ),
      ],
      lulus: [
        setel(
          'Pascalayanan tepat pada hari intervensi selesai (2026-05-29).',
          '/kasus/0/atensi/pascalayanan/tanggal',
          '2026-05-29',
        ),
        setel(
          'Pascalayanan bertanggal hari ini (2026-11-25).',
          '/kasus/0/atensi/pascalayanan/tanggal',
          '2026-11-25',
        ),
      ],
    },
    gagal: setel(
      'Pascalayanan sehari sebelum intervensi selesai (2026-05-28).',
      '/kasus/0/atensi/pascalayanan/tanggal',
      '2026-05-28',
    ),
    lulus: setel(
      'Pascalayanan tepat pada hari intervensi selesai (2026-05-29).',
      '/kasus/0/atensi/pascalayanan/tanggal',
      '2026-05-29',
    ),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      const c = k.kasus;
      const p = c.atensi?.pascalayanan;
      if (c.status !== 'selesai' && !p) return [];
      if (p?.perlu === undefined)
        return c.status === 'selesai'
          ? [
              {
                message: 'r.atensiTahap.pascaKosong',
                params: { nomor: c.nomor },
                ...diKasusLayanan(k, '/atensi/pascalayanan/perlu'),
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
                message: 'r.atensiTahap.pascaBelum',
                params: { nomor: c.nomor },
                ...diKasusLayanan(k, '/atensi/pascalayanan/tanggal'),
              },
            ]
          : [];
      if (tgl > ctx.tanggal)
        return [
          {
            message: 'r.atensiTahap.pascaMasaDepan',
            params: { nomor: c.nomor, tanggal: tgl, hariIni: ctx.tanggal },
            ...diKasusLayanan(k, '/atensi/pascalayanan/tanggal'),
            value: tgl,
          },
        ];
      if (selesai && tgl < selesai)
        return [
          {
            message: 'r.atensiTahap.pascaSebelum',
            params: { nomor: c.nomor, tanggal: tgl, selesai },
            ...diKasusLayanan(k, '/atensi/pascalayanan/tanggal'),
            value: tgl,
            expected: `>= ${selesai}`,
          },
        ];
      return [];
    }),
});

const SASARAN = ['individu', 'keluarga', 'kelompok', 'komunitas'];

const sasaran = atensiRule('atensi-sasaran', 'warning', {
  pasal: ['Pasal 9'],
  summary: {
    id: 'Sasaran ATENSI adalah individu, keluarga, kelompok, dan/atau komunitas.',
    en: 'ATENSI targets individuals, families, groups and/or communities.',
  },
  doc: {
    id: 'Pasal 9: sasaran ATENSI meliputi individu, keluarga, kelompok, dan/atau komunitas. `klien.jenis` kasus ATENSI harus salah satunya; masyarakat, desa, atau lembaga adalah sasaran layanan lain (pengembangan, pemberdayaan).',
    en: 'Pasal 9: `klien.jenis` of an ATENSI case is individu, keluarga, kelompok or komunitas.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Klien ATENSI berjenis masyarakat.',
          '/kasus/0/klien/jenis',
          'masyarakat',
          pesanDi(
            'Kasus HB-2026-001: jenis klien masyarakat bukan sasaran ATENSI (individu, keluarga, kelompok, komunitas).',
            'register-2026.yaml:9',
          ),
        ),
      ],
      lulus: [
        setel('Klien ATENSI berjenis komunitas.', '/kasus/0/klien/jenis', 'komunitas'),
        setel(
          'Klien berjenis masyarakat pada kasus perlindungan (bukan ATENSI).',
          '/kasus/2/klien/jenis',
          'masyarakat',
        ),
      ],
    },
    gagal: setel('Klien ATENSI berjenis masyarakat.', '/kasus/0/klien/jenis', 'masyarakat'),
    lulus: setel('Klien ATENSI berjenis kelompok.', '/kasus/0/klien/jenis', 'kelompok'),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true)
      .filter(
        (k) => typeof k.kasus.klien?.jenis === 'string' && !SASARAN.includes(k.kasus.klien.jenis),
      )
      .map((k) => ({
        message: 'r.atensiTahap.sasaran',
        params: { nomor: k.kasus.nomor, jenis: k.kasus.klien.jenis, daftar: SASARAN.join(', ') },
        ...diKasusLayanan(k, '/klien/jenis'),
        value: k.kasus.klien.jenis,
        expected: SASARAN,
      })),
});

/** Roles of Pasal 42: the social worker coordinates (ayat 2), working with these professions (ayat 3). */
const PERAN_ATENSI = new Set([
  'pekerja-sosial',
  'supervisor',
  'pendamping-sosial',
  'tenaga-kesejahteraan-sosial',
  'dokter',
  'terapis',
  'perawat',
  'psikolog',
  'relawan-sosial',
  'penyuluh-sosial',
  'konselor-adiksi',
  'pendidik',
  'lainnya',
]);

const pelaksana = atensiRule('atensi-pelaksana', 'warning', {
  pasal: ayat(42, 1, 2, 3),
  summary: {
    id: 'ATENSI dikoordinasikan pekerja sosial, dan kegiatannya diberikan pekerja sosial atau profesi yang disebut Pasal 42 ayat 3.',
    en: 'ATENSI is coordinated by a social worker and delivered by social workers or the professions of Pasal 42(3).',
  },
  doc: {
    id: 'Pasal 42 ayat 1: ATENSI dilaksanakan pendamping rehabilitasi sosial, maka setiap kasus ATENSI mencatat `pekerjaSosial`-nya. Ayat 2: pendamping rehabilitasi sosial dikoordinasikan oleh pekerja sosial; ayat 3: pekerja sosial bekerja sama dengan tenaga kesejahteraan sosial, dokter, terapis, instruktur, perawat, psikolog, psikiater, relawan sosial, penyuluh sosial, dan/atau tenaga profesional lainnya. `pekerjaSosial` kasus ATENSI harus staf berperan pekerja-sosial atau supervisor; `pelaksana` setiap kegiatan harus staf dengan peran itu atau peran profesi tersebut (staf administrasi dan tokoh masyarakat tidak memberi layanan ATENSI). Kode staf yang tidak ada dilaporkan aturan kasus-pelaksana.',
    en: "Pasal 42(2)–(3): the case's social worker has the social-worker or supervisor role; each activity's deliverer is a social worker or one of the professions of ayat 3 (not administrative staff).",
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Kegiatan ATENSI diberikan staf administrasi.',
          '/kasus/0/kegiatan/2/pelaksana',
          'adm-01',
          pesanDi(
            'Kasus HB-2026-001: kegiatan bimbingan-sosial-konseling diberikan Dedi Kurniawan yang berperan administrasi, bukan pekerja sosial atau profesi pendamping ATENSI.',
            'register-2026.yaml:41',
          ),
        ),
      ],
      lulus: [
        setel('Kegiatan ATENSI diberikan terapis.', '/kasus/0/kegiatan/2/pelaksana', 'ter-01'),
        setel('Kegiatan ATENSI diberikan supervisor.', '/kasus/0/kegiatan/2/pelaksana', 'sup-01'),
      ],
    },
    gagal: setel(
      'Kegiatan ATENSI diberikan staf administrasi.',
      '/kasus/0/kegiatan/2/pelaksana',
      'adm-01',
    ),
    lulus: setel('Kegiatan ATENSI diberikan terapis.', '/kasus/0/kegiatan/2/pelaksana', 'ter-01'),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      const c = k.kasus;
      const out: DraftFinding[] = [];
      const ps = ctx.lembaga.staf.find((s) => s.id === c.pekerjaSosial);
      if (c.pekerjaSosial === undefined)
        out.push({
          message: 'r.atensiTahap.tanpaPendamping',
          params: { nomor: c.nomor },
          ...diKasusLayanan(k, '/pekerjaSosial'),
          bagian: 'Pasal 42 ayat 1',
        });
      if (ps && ps.peran !== 'pekerja-sosial' && ps.peran !== 'supervisor')
        out.push({
          message: 'r.atensiTahap.koordinator',
          params: { nomor: c.nomor, nama: ps.nama, peran: ps.peran },
          ...diKasusLayanan(k, '/pekerjaSosial'),
          bagian: 'Pasal 42 ayat 2',
          value: ps.peran,
        });
      (c.kegiatan ?? []).forEach((g, j) => {
        const st = ctx.lembaga.staf.find((s) => s.id === (g.pelaksana ?? c.pekerjaSosial));
        if (st && !PERAN_ATENSI.has(st.peran))
          out.push({
            message: 'r.atensiTahap.pelaksana',
            params: { nomor: c.nomor, nama: st.nama, peran: st.peran, kegiatan: g.kegiatan },
            ...diKasusLayanan(k, `/kegiatan/${j}/pelaksana`),
            bagian: 'Pasal 42 ayat 3',
            value: st.peran,
          });
      });
      return out;
    }),
});

const jangkaWaktu = atensiRule('atensi-jangka-waktu', 'warning', {
  pasal: ayat(27, 1, 2),
  summary: {
    id: 'Jangka waktu ATENSI (dan perpanjangannya) diputuskan sesudah asesmen, dengan dasar yang dicatat.',
    en: 'The ATENSI duration (and its extensions) is decided after the assessment, with a recorded basis.',
  },
  doc: {
    id: 'Pasal 27 ayat 1: jangka waktu ATENSI diberikan berdasarkan hasil asesmen pekerja sosial; ayat 2: juga berdasarkan konferensi kasus dan/atau konferensi keluarga. Setiap `perpanjangan[]` kasus ATENSI harus bertanggal tidak sebelum asesmen (`tahapan.asesmen.tanggal`) dan mencatat `dasar` (hasil asesmen, konferensi kasus, atau konferensi keluarga). Batas 6 bulan Lampiran C angka 1.3.1 tetap diperiksa kasus-jangka-waktu.',
    en: 'Pasal 27: each extension of an ATENSI case is dated no earlier than the assessment and records its basis (assessment, case or family conference).',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Perpanjangan diputuskan sehari sebelum asesmen (2026-08-09).',
          '/kasus/1/perpanjangan',
          [{ tanggal: '2026-08-09', dasar: 'Konferensi kasus' }],
          pesanDi(
            'Kasus HB-2026-002: perpanjangan 2026-08-09 diputuskan sebelum asesmen (2026-08-10); jangka waktu ATENSI didasarkan pada hasil asesmen.',
            'register-2026.yaml:57',
          ),
        ),
        setel(
          'Perpanjangan pada hari asesmen tanpa dasar.',
          '/kasus/1/perpanjangan',
          [{ tanggal: '2026-08-10', dasar: ' ' }],
          pesanDi(
            'Kasus HB-2026-002: perpanjangan 2026-08-10 tanpa dasar (hasil asesmen, konferensi kasus, atau konferensi keluarga).',
            'register-2026.yaml:57',
          ),
        ),
      ],
      lulus: [
        setel(
          'Perpanjangan diputuskan pada hari asesmen (2026-08-10), dengan dasar.',
          '/kasus/1/perpanjangan',
          [{ tanggal: '2026-08-10', dasar: 'Konferensi kasus' }],
        ),
      ],
    },
    gagal: setel(
      'Perpanjangan diputuskan sehari sebelum asesmen (2026-08-09).',
      '/kasus/1/perpanjangan',
      [{ tanggal: '2026-08-09', dasar: 'Konferensi kasus' }],
    ),
    lulus: setel(
      'Perpanjangan diputuskan pada hari asesmen (2026-08-10), dengan dasar.',
      '/kasus/1/perpanjangan',
      [{ tanggal: '2026-08-10', dasar: 'Konferensi kasus' }],
    ),
  },
  check: (ctx) =>
    kasusAtensi(ctx, true).flatMap((k): DraftFinding[] => {
      const asesmen = tanggalSah(k.kasus.tahapan?.asesmen?.tanggal);
      const out: DraftFinding[] = [];
      (k.kasus.perpanjangan ?? []).forEach((p, i) => {
        const tgl = tanggalSah(p.tanggal);
        if (!tgl) return;
        if (!asesmen || tgl < asesmen)
          out.push({
            message: 'r.atensiTahap.perpanjanganSebelumAsesmen',
            params: { nomor: k.kasus.nomor, tanggal: tgl, asesmen: asesmen ?? '-' },
            ...diKasusLayanan(k, `/perpanjangan/${i}/tanggal`),
            bagian: 'Pasal 27 ayat 1',
            value: tgl,
          });
        if (!p.dasar || !String(p.dasar).trim())
          out.push({
            message: 'r.atensiTahap.perpanjanganTanpaDasar',
            params: { nomor: k.kasus.nomor, tanggal: tgl },
            ...diKasusLayanan(k, `/perpanjangan/${i}/dasar`),
            bagian: 'Pasal 27 ayat 2',
          });
      });
      return out;
    }),
});

export const TAHAPAN_ATENSI_RULES: readonly Rule[] = [
  jangkaWaktu,
  sasaran,
  pelaksana,
  tahapan,
  supervisiTahapan,
  asesmenAspek,
  bentukDukungan,
  pascalayanan,
];
