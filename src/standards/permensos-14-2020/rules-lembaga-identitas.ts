/** Institution-level rules on the lembaga itself: operating licence and accreditation (2.6.2 a–b), client-criteria SK (1.1), the service period it sets (1.3), its guarantees and annual report (2.6.2 c, f, g), and the choices the text leaves open. */
import type { DraftFinding } from '../rule.js';
import {
  bagianPendek,
  diLembaga,
  layananRule,
  perLayanan,
  terisi,
  untukLembaga,
} from './define.js';
import { temuan, masihBerlaku, cekTerbit, milikPemerintah, skRule } from './rules-lembaga-bantu.js';
import { pesanDi, setel, ubah } from '../contoh.js';
import { itemBagian } from './bagian.js';

export const izinLembaga = layananRule('izin-lembaga', 'error', {
  lingkup: 'lembaga',
  bagian: (s) => [itemBagian(s.jaminan.lembaga, 'izin-lembaga')!],
  summary: {
    id: 'Lembaga memiliki surat izin operasional yang masih berlaku.',
    en: 'The institution holds an operating licence still in force.',
  },
  doc: {
    id: 'Membaca `izin.nomor`, `izin.tanggal`, dan `izin.berlakuSampai` di lembaga.yaml. Izin tanpa nomor, yang terbit sesudah --tanggal (bawaan: hari ini; belum berlaku, kemungkinan salah ketik), yang berakhir sebelum terbit, atau yang berakhir sebelum --tanggal adalah temuan. Berakhir tepat pada --tanggal masih berlaku. Izin tanpa tanggal berakhir dianggap berlaku. Dilaporkan sekali untuk lembaga.',
    en: 'Reads `izin.nomor`, `izin.tanggal` and `izin.berlakuSampai`. A licence without a number, issued after --tanggal (default today; not yet in force, most likely a typo), ending before it was issued, or ending before --tanggal is a finding. Ending on --tanggal itself is still in force. A licence with no end date is taken as in force. Reported once per institution.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Izin berakhir kemarin.',
          '/izin/berlakuSampai',
          '2026-11-24',
          pesanDi(
            'Izin operasional lembaga berakhir 2026-11-24; pada 2026-11-25 tidak lagi berlaku.',
            'lembaga.yaml:26',
          ),
        ),
        setel(
          'Izin terbit besok: belum berlaku.',
          '/izin/tanggal',
          '2026-11-26',
          pesanDi(
            'izin.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
            'lembaga.yaml:25',
          ),
        ),
        setel(
          'Izin berakhir sebelum terbit.',
          '/izin/berlakuSampai',
          '2024-01-31',
          pesanDi(
            'izin.berlakuSampai 2024-01-31 lebih awal dari izin.tanggal 2024-02-01 — salah ketik?',
            'lembaga.yaml:26',
          ),
        ),
      ],
      lulus: [
        setel('Izin berakhir hari ini: masih berlaku.', '/izin/berlakuSampai', '2026-11-25'),
        setel('Izin terbit hari ini.', '/izin/tanggal', '2026-11-25'),
      ],
    },

    gagal: setel('Izin berakhir 2020.', '/izin/berlakuSampai', '2020-12-31'),
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const izin = ctx.lembaga.izin;
      if (!izin || !terisi(izin.nomor))
        return [
          {
            message: 'r.izinLembaga.tidakAda',
            ...diLembaga(k, '/izin'),
            hint: 'r.izinLembaga.saran',
          },
        ];
      // A licence issued after today is not yet in force (and most likely a typo).
      const terbit = cekTerbit(ctx, k, izin, '/izin', 'izin');
      if (terbit.length) return terbit;
      if (izin.berlakuSampai !== undefined && !masihBerlaku(izin.berlakuSampai, ctx.tanggal))
        return [
          {
            message: 'r.izinLembaga.kedaluwarsa',
            params: { tanggal: String(izin.berlakuSampai), hariIni: ctx.tanggal },
            ...diLembaga(k, '/izin/berlakuSampai'),
            value: izin.berlakuSampai,
            expected: `>= ${ctx.tanggal}`,
            hint: 'r.izinLembaga.saran',
          },
        ];
      return [];
    }),
});

export const akreditasi = layananRule('akreditasi-bidang', 'error', {
  bagian: (s) => [itemBagian(s.jaminan.lembaga, 'akreditasi')!],
  summary: {
    id: 'Lembaga terakreditasi di bidang setiap layanan yang diselenggarakan, dan akreditasinya masih berlaku.',
    en: 'The institution is accredited, and still in force, in the field of each service it offers.',
  },
  doc: {
    id: 'Untuk setiap layanan di `layanan`, mencari entri `akreditasi` dengan `bidang` yang sama. Tidak ada entri, `tanggal` terbit sesudah --tanggal (belum berlaku), `berlakuSampai` sebelum `tanggal`, atau `berlakuSampai` sebelum --tanggal adalah temuan. Berakhir tepat pada --tanggal masih berlaku.',
    en: 'For each service under `layanan`, looks for an `akreditasi` entry with the same `bidang`. None, an issue `tanggal` after --tanggal (not yet in force), `berlakuSampai` before `tanggal`, or `berlakuSampai` before --tanggal is a finding. Ending on --tanggal itself is still in force.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Akreditasi rehabilitasi berakhir kemarin.',
          '/akreditasi/0/berlakuSampai',
          '2026-11-24',
          pesanDi('Akreditasi bidang Rehabilitasi Sosial berakhir 2026-11-24.', 'lembaga.yaml:34'),
        ),
        setel(
          'Akreditasi perlindungan terbit besok.',
          '/akreditasi/1/tanggal',
          '2026-11-26',
          pesanDi(
            'akreditasi[1].tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
            'lembaga.yaml:39',
          ),
        ),
      ],
      lulus: [
        setel(
          'Akreditasi rehabilitasi berakhir hari ini.',
          '/akreditasi/0/berlakuSampai',
          '2026-11-25',
        ),
      ],
    },

    gagal: setel(
      'Akreditasi rehabilitasi berakhir 2021.',
      '/akreditasi/0/berlakuSampai',
      '2021-06-30',
    ),
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s) => {
      const list = Array.isArray(ctx.lembaga.akreditasi) ? ctx.lembaga.akreditasi : [];
      const i = list.findIndex((a) => a?.bidang === k);
      if (i < 0)
        return [
          {
            message: 'r.akreditasi.tidakAda',
            params: { layanan: s.nama },
            target: { source: 'lembaga', pointer: `/layanan/${k}`, key: true },
            layanan: k,
            hint: 'r.akreditasi.saran',
          },
        ];
      const a = list[i]!;
      const terbit = cekTerbit(ctx, k, a, `/akreditasi/${i}`, `akreditasi[${i}]`);
      if (terbit.length) return terbit;
      if (a.berlakuSampai !== undefined && !masihBerlaku(a.berlakuSampai, ctx.tanggal))
        return [
          {
            message: 'r.akreditasi.kedaluwarsa',
            params: { layanan: s.nama, tanggal: String(a.berlakuSampai) },
            ...diLembaga(k, `/akreditasi/${i}/berlakuSampai`),
            value: a.berlakuSampai,
            expected: `>= ${ctx.tanggal}`,
            hint: 'r.akreditasi.saran',
          },
        ];
      return [];
    }),
});

export const skKriteria = skRule(
  'sk-kriteria-klien',
  'kriteria-klien',
  'kriteriaKlien',
  {
    id: 'Kriteria dan persyaratan klien ditetapkan dengan SK pimpinan lembaga (rehabilitasi dan pemberdayaan: hanya lembaga milik masyarakat).',
    en: 'Client criteria and requirements are fixed by decree of the head of the institution (rehabilitation and empowerment: community-owned institutions only).',
  },
  {
    // C 1.1.3 / D 1.1.2: a government-owned lembaga follows Permensos 16/2019 / PP 39/2012;
    // only the community-owned one (C 1.1.4 / D 1.1.3) fixes its own criteria by SK.
    dikecualikan: (ctx, k) =>
      (k === 'rehabilitasi' || k === 'pemberdayaan') && milikPemerintah(ctx),
    docTambahan: {
      id: 'Kepemilikan menentukan: untuk rehabilitasi (Lampiran C angka 1.1.3) dan pemberdayaan (Lampiran D angka 1.1.2), lembaga milik pemerintah (`lembaga.kepemilikan: pemerintah-…`) mengikuti kriteria Permensos 16/2019 / PP 39/2012 tanpa SK sendiri; SK hanya diwajibkan bagi lembaga milik masyarakat (C 1.1.4, D 1.1.3).',
      en: 'Ownership decides: for rehabilitation (C 1.1.3) and empowerment (D 1.1.2) a government-owned lembaga follows the ministry criteria without its own SK; the SK is required of community-owned ones only (C 1.1.4, D 1.1.3).',
    },
    contoh: {
      batas: {
        gagal: [
          setel(
            'SK bertanggal besok (2026-11-26): belum berlaku.',
            '/layanan/rehabilitasi/sk/kriteriaKlien/tanggal',
            '2026-11-26',
            pesanDi(
              'layanan.rehabilitasi.sk.kriteriaKlien.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              'lembaga.yaml:51',
            ),
          ),
          setel(
            'Lembaga milik masyarakat tanpa SK kriteria rehabilitasi (C 1.1.4).',
            '/layanan/rehabilitasi/sk/kriteriaKlien',
            undefined,
            pesanDi(
              'Layanan Rehabilitasi Sosial belum memiliki SK kriteria dan persyaratan klien.',
              'lembaga.yaml:51',
            ),
          ),
        ],
        lulus: [
          setel(
            'SK bertanggal hari ini (2026-11-25).',
            '/layanan/rehabilitasi/sk/kriteriaKlien/tanggal',
            '2026-11-25',
          ),
          ubah('Lembaga milik pemerintah tanpa SK kriteria rehabilitasi (C 1.1.3).', [
            ['/lembaga/kepemilikan', 'pemerintah-pusat'],
            ['/layanan/rehabilitasi/sk/kriteriaKlien', undefined],
          ]),
        ],
      },

      gagal: setel(
        'Lembaga milik masyarakat tanpa SK kriteria rehabilitasi.',
        '/layanan/rehabilitasi/sk/kriteriaKlien',
        undefined,
      ),
      lulus: ubah('Lembaga milik pemerintah daerah tanpa SK kriteria rehabilitasi (C 1.1.3).', [
        ['/lembaga/kepemilikan', 'pemerintah-kabupaten-kota'],
        ['/layanan/rehabilitasi/sk/kriteriaKlien', undefined],
      ]),
    },
  },
);

export const jangkaWaktuLembaga = layananRule('jangka-waktu-lembaga', 'error', {
  bagian: (s) => [s.jangkaWaktu.bagian, s.jangkaWaktu.lebihSingkat],
  summary: {
    id: 'Jangka waktu layanan yang ditetapkan lembaga tidak melebihi batas standar (12 bulan; rehabilitasi 6 bulan).',
    en: 'The service period the institution sets does not exceed the standard (12 months; rehabilitation 6).',
  },
  doc: {
    id: 'Membaca `layanan.<layanan>.jangkaWaktuBulan`. Angka 1.3.2 membolehkan lebih singkat; lebih panjang dari angka 1.3.1 hanya boleh per kasus dengan keputusan perpanjangan (1.3.3), bukan sebagai ketentuan umum lembaga.',
    en: 'Reads `layanan.<service>.jangkaWaktuBulan`. 1.3.2 allows shorter; longer than 1.3.1 is allowed only per case by a recorded extension (1.3.3), not as a general rule.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Rehabilitasi 7 bulan: satu bulan di atas batas 6.',
          '/layanan/rehabilitasi/jangkaWaktuBulan',
          7,
          pesanDi(
            'Jangka waktu layanan Rehabilitasi Sosial ditetapkan 7 bulan, melebihi batas standar 6 bulan.',
            'lembaga.yaml:46',
          ),
        ),
      ],
      lulus: [setel('Rehabilitasi tepat 6 bulan.', '/layanan/rehabilitasi/jangkaWaktuBulan', 6)],
    },

    gagal: setel('Rehabilitasi 9 bulan.', '/layanan/rehabilitasi/jangkaWaktuBulan', 9),
    lulus: setel('Rehabilitasi 4 bulan.', '/layanan/rehabilitasi/jangkaWaktuBulan', 4),
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) =>
      typeof lay.jangkaWaktuBulan === 'number' && lay.jangkaWaktuBulan > s.jangkaWaktu.bulan
        ? [
            {
              message: 'r.jangkaWaktu.lembaga',
              params: { layanan: s.nama, bulan: lay.jangkaWaktuBulan, batas: s.jangkaWaktu.bulan },
              ...diLembaga(k, `/layanan/${k}/jangkaWaktuBulan`),
              value: lay.jangkaWaktuBulan,
              expected: `<= ${s.jangkaWaktu.bulan}`,
            },
          ]
        : [],
    ),
});

export const jaminanLembaga = layananRule('jaminan-lembaga', 'warning', {
  lingkup: 'lembaga',
  bagian: (s) =>
    ['metode-teruji', 'pengawasan-pemerintah'].map((key) => itemBagian(s.jaminan.lembaga, key)!),
  summary: {
    id: 'Lembaga memakai metode praktik yang telah diuji dan diawasi Kementerian Sosial/dinas sosial.',
    en: 'The institution uses tested practice methods and is overseen by the Ministry or a social affairs office.',
  },
  doc: {
    id: 'Membaca `jaminan.metodeTeruji` (2.6.2 c) dan `jaminan.pengawasPemerintah` (2.6.2 f). Huruf d (melibatkan pekerja sosial) dan e (tersupervisi) diperiksa aturan jumlah-pelaksana; huruf g oleh laporan-tahunan.',
    en: 'Reads `jaminan.metodeTeruji` (2.6.2 c) and `jaminan.pengawasPemerintah` (2.6.2 f). Letters d and e are checked by jumlah-pelaksana; g by laporan-tahunan.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Pengawas pemerintah hanya spasi.',
          '/jaminan/pengawasPemerintah',
          ' ',
          pesanDi(
            'Instansi pemerintah yang mengawasi layanan belum dicatat (jaminan.pengawasPemerintah).',
            'lembaga.yaml:183',
          ),
        ),
      ],
      lulus: [
        setel(
          'Pengawas pemerintah disebut.',
          '/jaminan/pengawasPemerintah',
          'Dinas Sosial Provinsi Jawa Barat',
        ),
      ],
    },

    gagal: setel('Tanpa pengawas pemerintah.', '/jaminan/pengawasPemerintah', undefined),
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const j = ctx.lembaga.jaminan ?? {};
      const s = ctx.standar[k];
      const out: DraftFinding[] = [];
      if (j.metodeTeruji !== true)
        out.push(
          temuan(
            k,
            'r.jaminan.metode',
            ctx.lembaga.jaminan ? '/jaminan' : '',
            bagianPendek(itemBagian(s.jaminan.lembaga, 'metode-teruji')!),
          ),
        );
      if (!terisi(j.pengawasPemerintah))
        out.push(
          temuan(
            k,
            'r.jaminan.pengawas',
            ctx.lembaga.jaminan ? '/jaminan' : '',
            bagianPendek(itemBagian(s.jaminan.lembaga, 'pengawasan-pemerintah')!),
          ),
        );
      return out;
    }),
});

export const laporanTahunan = layananRule('laporan-tahunan', 'warning', {
  lingkup: 'lembaga',
  bagian: (s) => [itemBagian(s.jaminan.lembaga, 'laporan-tahunan')!],
  summary: {
    id: 'Lembaga membuat laporan tahunan; laporan tahun lalu sudah ada.',
    en: "The institution makes an annual report; last year's exists.",
  },
  doc: {
    id: 'Membaca `jaminan.laporanTahunanTerakhir` (tahun); harus tidak lebih awal dari tahun sebelum --tanggal, dan tidak sesudah tahun --tanggal (laporan tahun yang belum dimulai: salah ketik). `lembaga laporan --tahun YYYY` membuat laporannya.',
    en: 'Reads `jaminan.laporanTahunanTerakhir` (a year); it must not be earlier than the year before --tanggal, nor after the year of --tanggal (a report of a year not yet begun: a typo). `lembaga laporan --tahun YYYY` writes it.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Laporan terakhir 2024 (wajib 2025).',
          '/jaminan/laporanTahunanTerakhir',
          2024,
          pesanDi('Laporan tahunan 2025 belum tercatat (terakhir: 2024).', 'lembaga.yaml:186'),
        ),
        setel(
          'Laporan tahun 2027: tahun yang belum dimulai.',
          '/jaminan/laporanTahunanTerakhir',
          2027,
          pesanDi(
            'jaminan.laporanTahunanTerakhir: tahun 2027 sesudah tahun ini (2026) — salah ketik?',
            'lembaga.yaml:186',
          ),
        ),
      ],
      lulus: [
        setel('Laporan terakhir 2025.', '/jaminan/laporanTahunanTerakhir', 2025),
        setel('Laporan tahun berjalan (2026).', '/jaminan/laporanTahunanTerakhir', 2026),
      ],
    },

    gagal: setel('Laporan terakhir 2019.', '/jaminan/laporanTahunanTerakhir', 2019),
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const last = ctx.lembaga.jaminan?.laporanTahunanTerakhir;
      const tahunIni = Number(ctx.tanggal.slice(0, 4));
      const wajib = tahunIni - 1;
      // A report of a year that has not begun cannot exist: a typo, never "up to date".
      if (typeof last === 'number' && last > tahunIni)
        return [
          {
            message: 'r.tanggal.tahunMasaDepan',
            params: { bidang: 'jaminan.laporanTahunanTerakhir', tahun: last, tahunIni },
            ...diLembaga(k, '/jaminan/laporanTahunanTerakhir'),
            value: last,
            expected: `<= ${tahunIni}`,
            hint: 'r.tanggal.saran',
          },
        ];
      if (typeof last === 'number' && last >= wajib) return [];
      return [
        {
          message: 'r.jaminan.laporan',
          params: { tahun: wajib, terakhir: last ?? '-' },
          ...diLembaga(
            k,
            last === undefined
              ? ctx.lembaga.jaminan
                ? '/jaminan'
                : ''
              : '/jaminan/laporanTahunanTerakhir',
          ),
          value: last ?? null,
          expected: `>= ${wajib}`,
          hint: 'r.jaminan.saranLaporan',
          hintParams: { tahun: wajib },
        },
      ];
    }),
});

export const pengaturanTerbuka = layananRule('pengaturan-terbuka', 'info', {
  lingkup: 'lembaga',
  bagian: (s) => [
    itemBagian(s.faktorTarif, 'probono') ?? s.faktorTarif[4]!.bagian,
    s.pengaduan.prosedur[2]!.bagian,
    s.keselamatan.pelaksana[2]!.bagian,
    s.jangkaWaktu.bagian,
  ],
  summary: {
    id: 'Pilihan yang dibiarkan terbuka oleh standar sudah ditetapkan lembaga (dasar pro bono 10 %, selang drill, mulai jangka waktu).',
    en: 'Choices the standard leaves open are fixed by the institution (pro bono basis, drill interval, start of the service period).',
  },
  doc: {
    id: 'Standar tidak menetapkan atas apa 10 % pro bono dihitung (1.4.2 e), selang latihan drill (2.7.2 c), dan sejak kapan jangka waktu dihitung (1.3.1). Bila `pengaturan.proBono`, `pengaturan.intervalLatihanBulan`, atau `pengaturan.mulaiJangkaWaktu` kosong, nilai bawaan dipakai (kegiatan per pekerja sosial per tahun; 12 bulan; tanggal kesepakatan) dan aturan ini memberi tahu (info).',
    en: 'The standard does not say what the 10 % pro bono is measured over (1.4.2 e), how often drills are held (2.7.2 c), or when the service period starts (1.3.1). When unset, defaults are used and this rule says so (info).',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Selang drill tidak ditetapkan.',
          '/pengaturan/intervalLatihanBulan',
          undefined,
          pesanDi(
            'Selang latihan drill belum ditetapkan; dipakai bawaan: 12 bulan.',
            'lembaga.yaml:288',
          ),
        ),
      ],
      lulus: [
        setel('Ketiga pilihan ditetapkan, tanpa pengaturan lain.', '/pengaturan', {
          proBono: { dasar: 'kegiatan-lembaga-per-tahun' },
          intervalLatihanBulan: 6,
          mulaiJangkaWaktu: 'pendekatan-awal',
        }),
      ],
    },

    gagal: setel('Pengaturan dihapus.', '/pengaturan', undefined),
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const p = ctx.lembaga.pengaturan ?? {};
      const s = ctx.standar[k];
      const out: DraftFinding[] = [];
      const at = ctx.lembaga.pengaturan ? '/pengaturan' : '';
      if (!p.proBono)
        out.push(
          temuan(
            k,
            'r.pengaturan.proBono',
            at,
            bagianPendek(itemBagian(s.faktorTarif, 'probono') ?? s.faktorTarif[4]!.bagian),
          ),
        );
      if (p.intervalLatihanBulan === undefined)
        out.push(
          temuan(k, 'r.pengaturan.drill', at, bagianPendek(s.keselamatan.pelaksana[2]!.bagian)),
        );
      if (p.mulaiJangkaWaktu === undefined)
        out.push(temuan(k, 'r.pengaturan.mulai', at, bagianPendek(s.jangkaWaktu.bagian)));
      return out;
    }),
});
