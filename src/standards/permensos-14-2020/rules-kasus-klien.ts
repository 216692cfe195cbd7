/**
 * Case rules of Permensos 14/2020 on who the client is (Lampiran A–E 1.1): a service the
 * institution offers, a client kind the service serves, the requester prevention and development
 * need, the protection client's PPKS and registration, and the community's work team (E 1.1.3–1.2.3).
 */
import type { DraftFinding, Rule } from '../rule.js';
import type { StandarLayanan } from '../types.js';
import { statusDataSosial } from '../dtsen.js';
import { isTanggal } from '../../core/tanggal.js';
import { layananRule, pasalRule, terisi } from './define.js';
import { diKasusLayanan, diKasusNomor, kasusDiselenggarakan, perKasus } from './kasus-terdaftar.js';
import {
  PENGEMBANGAN_DISELENGGARAKAN,
  REGISTER_APA_ADANYA,
  kasusPengembanganDesa,
  pesanDi,
  ubah,
  ubahSerta,
} from '../contoh.js';

const layananDiselenggarakan = pasalRule('kasus-layanan-diselenggarakan', 'error', {
  pasal: ['Pasal 32 ayat 2', 'Pasal 35 ayat 2'],
  summary: {
    id: 'Layanan setiap kasus adalah layanan yang diselenggarakan lembaga (ada di lembaga.yaml).',
    en: "Each case's service is one the institution offers (listed in lembaga.yaml).",
  },
  doc: {
    id: 'Kasus hanya diperiksa terhadap standar layanan yang diselenggarakan lembaga (`layanan` di lembaga.yaml). Kasus berlayanan lain menandakan salah ketik layanan atau layanan yang belum didaftarkan; aturan kasus lain tidak menjalankan kasus itu.',
    en: 'Cases are checked only against services the institution offers. A case of another service means a mistyped service or one not yet listed; other case rules skip it.',
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Kasus pemberdayaan (tidak diselenggarakan).',
          [['/kasus/0/layanan', 'pemberdayaan']],
          pesanDi(
            'Kasus HB-2026-001: layanan "pemberdayaan" tidak diselenggarakan lembaga menurut lembaga.yaml (rehabilitasi, perlindungan).',
            'register-2026.yaml:6',
          ),
        ),
      ],
      lulus: [
        ubah('Kasus perlindungan (diselenggarakan).', [['/kasus/0/layanan', 'perlindungan']]),
      ],
    },

    gagal: ubah('Kasus pemberdayaan di lembaga tanpa layanan pemberdayaan.', [
      ['/kasus/0/layanan', 'pemberdayaan'],
    ]),
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    ctx.kasus
      .filter(
        (k) =>
          !Object.keys(ctx.lembaga.layanan).includes(k.kasus.layanan) &&
          typeof k.kasus.layanan === 'string',
      )
      .map((k) => ({
        message: 'r.kasus.layananTidakDiselenggarakan',
        params: {
          nomor: k.kasus.nomor,
          layanan: k.kasus.layanan,
          daftar: Object.keys(ctx.lembaga.layanan).join(', '),
        },
        ...diKasusNomor(k, '/layanan'),
        value: k.kasus.layanan,
        expected: Object.keys(ctx.lembaga.layanan),
      })),
});

/**
 * E 1.1.1: "individu, keluarga, kelompok, dan/atau masyarakat dalam lingkup komunitas, desa,
 * kecamatan, kabupaten" — the catalogue lists the scopes; the persons within them are clients too.
 */
const KLIEN_DALAM_LINGKUP = ['individu', 'keluarga', 'kelompok', 'masyarakat'];

function jenisKlienBoleh(s: StandarLayanan): readonly string[] {
  return s.key === 'pengembangan'
    ? [...new Set([...KLIEN_DALAM_LINGKUP, ...s.jenisKlien.keys])]
    : s.jenisKlien.keys;
}

const jenisKlien = layananRule('kasus-jenis-klien', 'error', {
  scope: 'kasus',
  bagian: (s) => [s.jenisKlien.bagian],
  summary: {
    id: 'Jenis klien termasuk yang dilayani layanan itu (pengembangan: individu, keluarga, kelompok, masyarakat dalam lingkup komunitas, desa, kecamatan, kabupaten).',
    en: 'The client kind is one the service serves (development: individuals, families, groups, communities within a community, village, district or regency).',
  },
  doc: {
    id: 'Angka 1.1.1 setiap layanan menyebut jenis klien: individu, keluarga, kelompok, masyarakat (pemberdayaan juga lembaga dan perorangan sebagai sumber kesejahteraan sosial). Lampiran E angka 1.1.1: "individu, keluarga, kelompok, dan/atau masyarakat dalam lingkup komunitas, desa, kecamatan, kabupaten" — klien pengembangan boleh dicatat menurut lingkupnya (komunitas, desa, kecamatan, kabupaten) atau menurut orangnya (individu, keluarga, kelompok, masyarakat di lingkup itu).',
    en: '1.1.1 of each service names its client kinds. E 1.1.1: "individuals, families, groups and/or communities within a community, village, district, regency" — a development client may be recorded by scope or as the individual, family, group or community within it.',
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Lembaga sebagai klien rehabilitasi.',
          [['/kasus/0/klien/jenis', 'lembaga']],
          pesanDi(
            'Kasus HB-2026-001: jenis klien "lembaga" tidak dilayani Rehabilitasi Sosial (hanya: individu, keluarga, kelompok, masyarakat).',
            'register-2026.yaml:9',
          ),
        ),
      ],
      lulus: [
        ubahSerta(
          'Individu sebagai klien pengembangan (E 1.1.1: individu dalam lingkup desa).',
          [...kasusPengembanganDesa(), ['/kasus/0/klien/jenis', 'individu']],
          PENGEMBANGAN_DISELENGGARAKAN,
        ),
      ],
    },

    gagal: ubah('Desa sebagai klien rehabilitasi.', [['/kasus/0/klien/jenis', 'desa']]),
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    perKasus(ctx, (k, s) => {
      const j = k.kasus.klien.jenis;
      const boleh = jenisKlienBoleh(s);
      if (j === undefined || boleh.includes(j)) return [];
      return [
        {
          message: 'r.kasus.jenisKlien',
          params: {
            nomor: k.kasus.nomor,
            jenis: String(j),
            layanan: s.nama,
            daftar: boleh.join(', '),
          },
          ...diKasusLayanan(k, '/klien/jenis'),
          value: j,
          expected: boleh,
        },
      ];
    }),
});

const pemohon = layananRule('kasus-pemohon', 'error', {
  scope: 'kasus',
  hanya: ['pencegahan', 'pengembangan'],
  bagian: (s) => (s.pemohon ? [s.pemohon.bagian, ...s.pemohon.keys.map((p) => p.bagian)] : []),
  summary: {
    id: 'Pencegahan dan pengembangan diberikan atas permohonan pihak yang disebut standar.',
    en: 'Prevention and development are delivered on request of the parties the standard names.',
  },
  doc: {
    id: 'Lampiran A angka 1.1.2: permohonan dari Pemerintah, pemerintah daerah, aparat penegak hukum, profesi lain, atau masyarakat. Lampiran E angka 1.1.5: permohonan pimpinan komunitas, kepala desa, camat, atau bupati. `pemohon.jenis` harus salah satu kunci itu. Layanan lain tidak menetapkan daftar pemohon.',
    en: 'A 1.1.2 and E 1.1.5 list who may request; `pemohon.jenis` must be one of those keys.',
  },
  contoh: {
    batas: {
      gagal: [
        ubahSerta(
          'Pencegahan atas permohonan dinas sosial (tidak disebut A 1.1.2).',
          [
            ['/kasus/0/layanan', 'pencegahan'],
            ['/kasus/0/pemohon/jenis', 'dinas-sosial'],
          ],
          [['/layanan/pencegahan', {}]],
          pesanDi(
            'Kasus HB-2026-001: pemohon "dinas-sosial" tidak termasuk pemohon yang disebut standar (pemerintah, pemerintah-daerah, aparat-penegak-hukum, profesi-lain, masyarakat).',
            'register-2026.yaml:20',
          ),
        ),
      ],
      lulus: [
        ubahSerta(
          'Pencegahan atas permohonan masyarakat.',
          [
            ['/kasus/0/layanan', 'pencegahan'],
            ['/kasus/0/pemohon/jenis', 'masyarakat'],
          ],
          [['/layanan/pencegahan', {}]],
        ),
      ],
    },

    gagal: ubahSerta(
      'Kasus pencegahan tanpa pemohon.',
      [
        ['/kasus/0/layanan', 'pencegahan'],
        ['/kasus/0/pemohon', undefined],
      ],
      [['/layanan/pencegahan', {}]],
    ),
    lulus: ubahSerta(
      'Kasus pencegahan atas permohonan pemerintah daerah.',
      [
        ['/kasus/0/layanan', 'pencegahan'],
        ['/kasus/0/pemohon', { jenis: 'pemerintah-daerah', nama: 'Kecamatan Bojongloa Kidul' }],
      ],
      [['/layanan/pencegahan', {}]],
    ),
  },
  check: (ctx) =>
    perKasus(ctx, (k, s) => {
      if (!s.pemohon) return [];
      const keys = s.pemohon.keys.map((p) => p.key);
      const j = k.kasus.pemohon?.jenis;
      if (j && keys.includes(j)) return [];
      return [
        {
          message: j ? 'r.kasus.pemohonTakDikenal' : 'r.kasus.tanpaPemohon',
          params: { nomor: k.kasus.nomor, jenis: j ?? '-', daftar: keys.join(', ') },
          ...diKasusLayanan(k, j ? '/pemohon/jenis' : ''),
          value: j ?? null,
          expected: keys,
        },
      ];
    }),
});

const persyaratanPerlindungan = layananRule('kasus-persyaratan-perlindungan', 'error', {
  scope: 'kasus',
  hanya: ['perlindungan'],
  bagian: (s) =>
    s.key === 'perlindungan' ? [{ angka: '1.1.2' }, { angka: '1.1.3', butir: '1' }] : [],
  summary: {
    id: 'Klien perlindungan sosial termasuk PPKS dan terdaftar di sistem informasi kesejahteraan sosial.',
    en: 'A social-protection client is a PPKS and registered in the social-welfare information system.',
  },
  doc: {
    id: 'Lampiran B angka 1.1.2: kriteria klien mengacu pada peraturan tentang PPKS, maka `klien.ppks` wajib diisi. Angka 1.1.3 butir 1: klien terdaftar pada sistem informasi kesejahteraan sosial (DTKS, kini DTSEN): `klien.dtks` harus `terdaftar`. `diusulkan` tidak cukup: kelonggaran melayani sambil mengusulkan adalah ketentuan ATENSI (Permensos 7/2021 Pasal 43 ayat 2, aturan atensi-dtks), bukan Lampiran B.',
    en: "Lampiran B 1.1.2: client criteria follow the PPKS regulation, so `klien.ppks` is required. 1.1.3 (1): the client is registered in the social-welfare information system: `klien.dtks` must be `terdaftar`. `diusulkan` is not enough: serving while proposing is ATENSI's allowance (Permensos 7/2021 Pasal 43(2), rule atensi-dtks), not Lampiran B's.",
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Klien perlindungan baru diusulkan ke DTKS.',
          [['/kasus/3/klien/dtks', 'diusulkan']],
          pesanDi(
            'Kasus HB-2026-004: klien perlindungan sosial belum terdaftar di sistem informasi kesejahteraan sosial (DTKS/DTSEN); "diusulkan" belum memenuhi angka 1.1.3 Lampiran B.',
            'register-2026.yaml:155',
          ),
        ),
      ],
      lulus: [
        ubah('Klien perlindungan terdaftar, PPKS lain.', [
          ['/kasus/3/klien/ppks', 'korban-bencana-sosial'],
        ]),
      ],
    },

    gagal: ubah('Klien perlindungan belum terdaftar.', [
      ['/kasus/2/klien/dtks', 'belum-terdaftar'],
    ]),
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    kasusDiselenggarakan(ctx)
      .filter((k) => k.kasus.layanan === 'perlindungan')
      .flatMap((k): DraftFinding[] => {
        const out: DraftFinding[] = [];
        if (!terisi(k.kasus.klien.ppks))
          out.push({
            message: 'r.kasus.perlindunganPpks',
            params: { nomor: k.kasus.nomor },
            ...diKasusLayanan(k, '/klien/ppks'),
            bagian: '1.1.2',
          });
        // B 1.1.3 (1) requires the client to be registered; serving while registration is
        // proposed is ATENSI's allowance (Permensos 7/2021 Pasal 43), not B's.
        const ds = statusDataSosial(k.kasus.klien);
        if (ds.status !== 'terdaftar')
          out.push({
            message: 'r.kasus.perlindunganSiks',
            params: { nomor: k.kasus.nomor },
            ...diKasusLayanan(k, `/klien/${ds.kunci}`),
            bagian: '1.1.3 1',
            value: ds.status ?? null,
            expected: 'terdaftar',
          });
        return out;
      }),
});

const timKerjaKasus = layananRule('kasus-tim-kerja', 'error', {
  scope: 'kasus',
  hanya: ['pengembangan'],
  bagian: () => [{ angka: '1.1.3' }, { angka: '1.1.4' }],
  summary: {
    id: 'Setiap kasus pengembangan sosial mencatat tim kerja masyarakatnya sendiri.',
    en: 'Every social-development case records its own community work team.',
  },
  doc: {
    id: 'Lampiran E angka 1.1.3–1.1.4: pengembangan sosial diberikan dengan melibatkan masyarakat dalam suatu tim kerja, yang terdiri atas individu dan/atau kelompok di masyarakat itu. Tim itu milik masyarakat yang dilayani (dibentuk pada pendekatan awal, angka 1.2.3 d), maka `timKerjaMasyarakat` kasus wajib berisi paling sedikit satu anggota/unsur; daftar tim di `layanan.pengembangan.timKerjaMasyarakat` lembaga.yaml tidak menggantikannya.',
    en: "E 1.1.3–1.1.4: social development involves the community in a work team made of its own individuals and groups. The team belongs to the community served (formed at intake, 1.2.3 d), so the case's `timKerjaMasyarakat` must list at least one member; an institution-wide list in lembaga.yaml does not stand in for it.",
  },
  contoh: {
    batas: {
      gagal: [
        ubahSerta(
          'Tim kasus kosong; daftar tim lembaga tidak menggantikan.',
          [...kasusPengembanganDesa(), ['/kasus/0/timKerjaMasyarakat', []]],
          [['/layanan/pengembangan', { timKerjaMasyarakat: ['Tim Kota Bandung'] }]],
          pesanDi(
            'Kasus HB-2026-001: tim kerja masyarakat belum dicatat pada kasus ini; daftar tim di lembaga.yaml tidak menggantikannya karena setiap masyarakat membentuk timnya sendiri.',
            'register-2026.yaml:5',
          ),
        ),
      ],
      lulus: [
        ubahSerta(
          'Tim kasus satu orang.',
          [...kasusPengembanganDesa()],
          PENGEMBANGAN_DISELENGGARAKAN,
        ),
      ],
    },

    gagal: ubahSerta(
      'Kasus pengembangan tanpa tim, walau lembaga mencatat tim umum.',
      [
        ['/kasus/0/layanan', 'pengembangan'],
        ['/kasus/0/klien/jenis', 'desa'],
      ],
      [['/layanan/pengembangan', { timKerjaMasyarakat: ['Tim Kota Bandung'] }]],
    ),
    lulus: ubahSerta(
      'Kasus pengembangan dengan tim kerja.',
      [
        ['/kasus/0/layanan', 'pengembangan'],
        ['/kasus/0/klien/jenis', 'desa'],
        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II', 'Ketua Karang Taruna']],
      ],
      PENGEMBANGAN_DISELENGGARAKAN,
    ),
  },
  check: (ctx) =>
    kasusDiselenggarakan(ctx)
      .filter((k) => k.kasus.layanan === 'pengembangan' && !terisi(k.kasus.timKerjaMasyarakat))
      .map((k) => ({
        message: terisi(ctx.lembaga.layanan.pengembangan?.timKerjaMasyarakat)
          ? 'r.kasus.timKerjaBukanLembaga'
          : 'r.kasus.tanpaTimKerja',
        params: { nomor: k.kasus.nomor },
        ...diKasusLayanan(k, k.kasus.timKerjaMasyarakat !== undefined ? '/timKerjaMasyarakat' : ''),
      })),
});

/** E 1.2.3 d: the activity that forms the community work team at intake. */
const PEMBENTUKAN_TIM = 'pembentukan-tim-kerja';

const timKerjaDibentuk = layananRule('tim-kerja-masyarakat', 'error', {
  scope: 'kasus',
  hanya: ['pengembangan'],
  bagian: (s) => [
    s.kegiatan.find((k) => k.key === PEMBENTUKAN_TIM)?.bagian ?? { angka: '1.2.3', huruf: 'd' },
  ],
  summary: {
    id: 'Tim kerja masyarakat setiap kasus pengembangan dibentuk pada pendekatan awal, sebelum asesmen.',
    en: "Each social-development case's community work team is formed at intake, before assessment.",
  },
  doc: {
    id: 'Lampiran E angka 1.2.3 d menempatkan "membentuk tim kerja masyarakat" di antara kegiatan pokok pendekatan awal, dan asesmen (1.2.4 a–b) dilakukan dengan memfasilitasi tim itu. Untuk setiap kasus pengembangan yang sudah sampai asesmen, kegiatan `pembentukan-tim-kerja` harus dicatat dengan tanggal tidak sesudah tanggal asesmen (pada hari asesmen masih memenuhi). Aturan ini dahulu meminta satu tim untuk seluruh lembaga; tim adalah milik setiap masyarakat yang dilayani, maka diperiksa per kasus (lihat juga kasus-tim-kerja).',
    en: 'E 1.2.3 d lists "forming the community work team" among the intake activities, and assessment (1.2.4 a–b) works through that team. For every development case that reached assessment, a `pembentukan-tim-kerja` activity must be recorded dated no later than the assessment (the same day passes). This rule used to ask one institution-wide team; the team belongs to each community served, so it is checked per case (see also kasus-tim-kerja).',
  },
  contoh: {
    batas: {
      gagal: [
        ubahSerta(
          'Tim dibentuk sehari sesudah asesmen.',
          [...kasusPengembanganDesa(), ['/kasus/0/kegiatan/0/tanggal', '2026-01-13']],
          PENGEMBANGAN_DISELENGGARAKAN,
          pesanDi(
            'Kasus HB-2026-001: tim kerja masyarakat dibentuk 2026-01-13, sesudah asesmen dimulai (2026-01-12); tim dibentuk pada pendekatan awal.',
            'register-2026.yaml:39',
          ),
        ),
      ],
      lulus: [
        ubahSerta(
          'Tim dibentuk pada hari asesmen.',
          [...kasusPengembanganDesa()],
          PENGEMBANGAN_DISELENGGARAKAN,
        ),
      ],
    },

    gagal: ubahSerta(
      'Kasus pengembangan sampai asesmen tanpa pembentukan tim.',
      [
        ['/kasus/0/layanan', 'pengembangan'],
        ['/kasus/0/klien/jenis', 'desa'],
        ['/kasus/0/kegiatan', []],
      ],
      PENGEMBANGAN_DISELENGGARAKAN,
    ),
    lulus: ubahSerta(
      'Tim dibentuk pada hari asesmen.',
      [
        ['/kasus/0/layanan', 'pengembangan'],
        ['/kasus/0/klien/jenis', 'desa'],
        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: PEMBENTUKAN_TIM }]],
      ],
      PENGEMBANGAN_DISELENGGARAKAN,
    ),
  },
  check: (ctx) =>
    kasusDiselenggarakan(ctx)
      .filter((k) => k.kasus.layanan === 'pengembangan')
      .flatMap((k): DraftFinding[] => {
        const asesmen = k.kasus.tahapan.asesmen?.tanggal;
        if (!isTanggal(asesmen)) return [];
        const list = k.kasus.kegiatan ?? [];
        const i = list.findIndex((g) => g.kegiatan === PEMBENTUKAN_TIM);
        if (i < 0)
          return [
            {
              message: 'r.timKerja.belumDibentuk',
              params: { nomor: k.kasus.nomor, kegiatan: PEMBENTUKAN_TIM },
              ...diKasusLayanan(k, list.length ? '/kegiatan' : '/tahapan/asesmen/tanggal'),
            },
          ];
        const tgl = list[i]!.tanggal;
        if (isTanggal(tgl) && tgl > asesmen)
          return [
            {
              message: 'r.timKerja.terlambat',
              params: { nomor: k.kasus.nomor, tanggal: tgl, asesmen },
              ...diKasusLayanan(k, `/kegiatan/${i}/tanggal`),
              value: tgl,
              expected: `<= ${asesmen}`,
            },
          ];
        return [];
      }),
});

/** The case rules on who the client is (1.1), in the order of the Lampiran. */
export const KLIEN_RULES: readonly Rule[] = [
  layananDiselenggarakan,
  persyaratanPerlindungan,
  jenisKlien,
  pemohon,
  timKerjaKasus,
  timKerjaDibentuk,
];
