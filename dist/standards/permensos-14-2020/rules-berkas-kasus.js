import { bagianPendek, layananRule, terisi } from './define.js';
import { diKasusLayanan, dirujukKeluar, kasusDiselenggarakan, perKasus, tanggalSah, } from './kasus-terdaftar.js';
import { PENGEMBANGAN_DISELENGGARAKAN, pesanDi, setel, ubah, ubahSerta } from '../contoh.js';
/** The section of a core activity of a service (by its catalogue key). */
function bagianKegiatan(s, key) {
    return s.kegiatan.find((k) => k.key === key)?.bagian;
}
const adaBagian = (b) => (b ? [b] : []);
/** Examples of the social-development rules run on a lembaga that offers the service. */
const kesepakatan = layananRule('kasus-kesepakatan-ditandatangani', 'warning', {
    scope: 'kasus',
    hanya: ['pencegahan', 'perlindungan', 'rehabilitasi', 'pemberdayaan'],
    bagian: (s) => adaBagian(bagianKegiatan(s, 'kesepakatan-layanan')),
    summary: {
        id: 'Kesepakatan/kontrak layanan yang dicatat tanggalnya juga ditandatangani dan disimpan di map kasus.',
        en: 'An agreement/service contract with a recorded date is also signed and filed.',
    },
    doc: {
        id: 'Angka 1.2.2 e (Lampiran A; B–D: 1.2.2 d): "melakukan kesepakatan/kontrak layanan". Kasus yang mencatat `tahapan.pendekatanAwal.kesepakatan` harus mencatat `kesepakatanDitandatangani: true` (Excel: kolom Kesepakatan Ditandatangani). Lampiran E tidak mengenal kegiatan kesepakatan pada pendekatan awal (kesepakatan jadwal ada di perencanaan), maka tidak diperiksa di sana.',
        en: '1.2.2 e (A; B–D 1.2.2 d): a case recording an agreement date must record `kesepakatanDitandatangani: true`. Lampiran E has no agreement at intake.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Kesepakatan bertanggal, tanda tangan tidak dicatat.', '/kasus/0/tahapan/pendekatanAwal/kesepakatanDitandatangani', undefined, pesanDi('Kasus HB-2026-001: kesepakatan/kontrak layanan 2026-01-07 belum tercatat ditandatangani.', 'register-2026.yaml:24')),
            ],
            lulus: [
                setel('Kesepakatan bertanggal dan ditandatangani.', '/kasus/0/tahapan/pendekatanAwal/kesepakatanDitandatangani', true),
                ubah('Belum ada tanggal kesepakatan: belum ada yang ditandatangani.', [
                    ['/kasus/0/tahapan/pendekatanAwal/kesepakatan', undefined],
                    ['/kasus/0/tahapan/pendekatanAwal/kesepakatanDitandatangani', undefined],
                ]),
            ],
        },
        gagal: setel('Kesepakatan bertanggal tetapi belum ditandatangani.', '/kasus/0/tahapan/pendekatanAwal/kesepakatanDitandatangani', false),
    },
    check: (ctx) => kasusDiselenggarakan(ctx)
        .filter((k) => k.kasus.layanan !== 'pengembangan')
        .flatMap((k) => {
        const pa = k.kasus.tahapan?.pendekatanAwal;
        if (!tanggalSah(pa?.kesepakatan) || pa?.kesepakatanDitandatangani === true)
            return [];
        return [
            {
                message: 'r.berkas.kesepakatan',
                params: { nomor: k.kasus.nomor, tanggal: String(pa.kesepakatan) },
                ...diKasusLayanan(k, '/tahapan/pendekatanAwal/kesepakatanDitandatangani'),
                expected: true,
            },
        ];
    }),
});
const rencana = layananRule('kasus-rencana-intervensi', 'warning', {
    scope: 'kasus',
    bagian: (s) => ['skala-prioritas', 'penentuan-tujuan-kegiatan', 'kesepakatan-jadwal'].flatMap((key) => adaBagian(bagianKegiatan(s, key))),
    summary: {
        id: 'Rencana intervensi memuat skala prioritas, tujuan, dan jadwal yang disepakati.',
        en: 'The intervention plan holds the priorities, the goals and an agreed schedule.',
    },
    doc: {
        id: 'Angka 1.2.4 a–c (pengembangan: E 1.2.5 a–c): membuat skala prioritas, menentukan tujuan (kegiatan, sistem sumber, pihak yang terlibat, jenis layanan, rujukan), dan membuat kesepakatan jadwal pelaksanaan intervensi. Kasus yang mencatat `tahapan.perencanaan.tanggal` atau sudah memulai intervensi harus mengisi `perencanaan.prioritas`, `perencanaan.tujuan`, dan `perencanaan.jadwalDisepakati: true` (Excel: Skala Prioritas, Tujuan Intervensi, Jadwal Disepakati). Isi rencana sendiri ada di map kasus; register mencatat ringkasannya. Satu temuan per unsur yang kurang.',
        en: '1.2.4 a–c (E 1.2.5 a–c): a case with a planning date or a started intervention fills `perencanaan.prioritas`, `perencanaan.tujuan` and `perencanaan.jadwalDisepakati: true`. One finding per missing element.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Rencana bertanggal, jadwal belum disepakati.', '/kasus/4/tahapan/perencanaan/jadwalDisepakati', false, pesanDi('Kasus HB-2026-005: jadwal pelaksanaan intervensi belum tercatat disepakati dengan klien.', 'register-2026.yaml:200')),
                setel('Intervensi dimulai tanpa rencana sama sekali.', '/kasus/0/tahapan/perencanaan', undefined, pesanDi('Kasus HB-2026-001: rencana intervensi belum mencatat skala prioritas.', 'register-2026.yaml:28'), pesanDi('Kasus HB-2026-001: rencana intervensi belum mencatat tujuan intervensi.', 'register-2026.yaml:29'), pesanDi('Kasus HB-2026-001: jadwal pelaksanaan intervensi belum tercatat disepakati dengan klien.', 'register-2026.yaml:30')),
            ],
            lulus: [
                setel('Tanpa tanggal rencana dan tanpa intervensi: belum diperiksa.', '/kasus/4/tahapan/perencanaan', undefined),
            ],
        },
        gagal: setel('Rencana tanpa tujuan.', '/kasus/0/tahapan/perencanaan/tujuan', undefined),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const t = k.kasus.tahapan ?? {};
        if (dirujukKeluar(k.kasus))
            return [];
        if (!tanggalSah(t.perencanaan?.tanggal) && !tanggalSah(t.intervensi?.mulai))
            return [];
        const s = ctx.standar[k.kasus.layanan];
        const p = t.perencanaan;
        const unsur = [
            ['prioritas', terisi(p?.prioritas), 'skala-prioritas'],
            ['tujuan', terisi(p?.tujuan), 'penentuan-tujuan-kegiatan'],
            ['jadwalDisepakati', p?.jadwalDisepakati === true, 'kesepakatan-jadwal'],
        ];
        return unsur
            .filter(([, ok]) => !ok)
            .map(([f, , key]) => {
            const b = bagianKegiatan(s, key);
            return {
                message: `r.berkas.rencana.${f}`,
                params: { nomor: k.kasus.nomor },
                ...diKasusLayanan(k, `/tahapan/perencanaan/${f}`),
                ...(b ? { bagian: bagianPendek(b) } : {}),
            };
        });
    }),
});
const capaian = layananRule('kasus-capaian-tujuan', 'warning', {
    scope: 'kasus',
    bagian: (s) => [...adaBagian(bagianKegiatan(s, 'evaluasi-intervensi')), s.terminasi.bagian],
    summary: {
        id: 'Evaluasi mencatat ketercapaian tujuan intervensi, dan kasus diterminasi hanya bila tujuannya tercapai.',
        en: 'The evaluation records whether the goals were attained, and a case is terminated only when they were.',
    },
    doc: {
        id: 'Angka 1.2.6 (pengembangan: E 1.2.7): evaluasi menilai kesesuaian proses dan ketercapaian tujuan intervensi. Kasus yang mencatat `tahapan.evaluasi.tanggal` atau berstatus `selesai` harus mengisi `evaluasi.capaianTujuan` (tercapai, sebagian, belum-tercapai). Angka 1.2.8 (E 1.2.9): terminasi dilakukan apabila tujuan layanan telah tercapai; kasus `selesai` dengan capaian selain `tercapai` adalah temuan (bila tujuan belum tercapai, kasus dirujuk, diperpanjang, atau berstatus `berhenti`).',
        en: '1.2.6 (E 1.2.7): a case with an evaluation date or status `selesai` fills `evaluasi.capaianTujuan`. 1.2.8 (E 1.2.9): termination when the goals are attained; a closed case whose attainment is not `tercapai` is a finding.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Kasus selesai dengan capaian "sebagian".', '/kasus/0/tahapan/evaluasi/capaianTujuan', 'sebagian', pesanDi('Kasus HB-2026-001: diterminasi (selesai) padahal capaian tujuan "sebagian"; terminasi dilakukan bila tujuan tercapai.', 'register-2026.yaml:32')),
                setel('Evaluasi bertanggal tanpa capaian tujuan.', '/kasus/2/tahapan/evaluasi/capaianTujuan', undefined, pesanDi('Kasus HB-2026-003: evaluasi belum mencatat ketercapaian tujuan intervensi.', 'register-2026.yaml:137')),
            ],
            lulus: [
                setel('Kasus selesai dengan capaian "tercapai".', '/kasus/0/tahapan/evaluasi/capaianTujuan', 'tercapai'),
                setel('Kasus dirujuk (bukan terminasi) dengan capaian "sebagian".', '/kasus/2/tahapan/evaluasi/capaianTujuan', 'sebagian'),
            ],
        },
        gagal: setel('Kasus selesai dengan tujuan yang baru sebagian tercapai.', '/kasus/0/tahapan/evaluasi/capaianTujuan', 'sebagian'),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const ev = k.kasus.tahapan?.evaluasi;
        const selesai = k.kasus.status === 'selesai';
        if (!tanggalSah(ev?.tanggal) && !selesai)
            return [];
        const s = ctx.standar[k.kasus.layanan];
        const c = ev?.capaianTujuan;
        if (c === undefined)
            return [
                {
                    message: 'r.berkas.capaianKosong',
                    params: { nomor: k.kasus.nomor },
                    ...diKasusLayanan(k, '/tahapan/evaluasi/capaianTujuan'),
                },
            ];
        if (selesai && c !== 'tercapai')
            return [
                {
                    message: 'r.berkas.terminasiBelumTercapai',
                    params: { nomor: k.kasus.nomor, capaian: c },
                    ...diKasusLayanan(k, '/tahapan/evaluasi/capaianTujuan'),
                    bagian: bagianPendek(s.terminasi.bagian),
                    value: c,
                    expected: 'tercapai',
                },
            ];
        return [];
    }),
});
const rujukanDidampingi = layananRule('kasus-rujukan-didampingi', 'warning', {
    scope: 'kasus',
    bagian: (s) => adaBagian(bagianKegiatan(s, 'pendampingan-rujukan')),
    summary: {
        id: 'Klien yang dirujuk didampingi mengakses lembaga penerima rujukan.',
        en: 'A referred client is accompanied to the receiving institution.',
    },
    doc: {
        id: 'Angka 1.2.7 b (pengembangan: E 1.2.8 b): mendampingi klien dalam mengakses lembaga penerima rujukan. Kasus yang mencatat `tahapan.rujukan.tanggal` harus mencatat `rujukan.didampingi: true` (Excel: Rujukan Didampingi). Rujuk keluar saat pendekatan awal (1.2.2 f) bukan rujukan 1.2.7 dan tidak diperiksa di sini.',
        en: '1.2.7 b (E 1.2.8 b): a case with a referral date records `rujukan.didampingi: true`.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Rujukan bertanggal, pendampingan tidak dicatat.', '/kasus/2/tahapan/rujukan/didampingi', undefined, pesanDi('Kasus HB-2026-003: klien belum tercatat didampingi mengakses lembaga penerima rujukan (UPTD PPA Provinsi Jawa Barat).', 'register-2026.yaml:138')),
            ],
            lulus: [
                setel('Rujukan bertanggal dan didampingi.', '/kasus/2/tahapan/rujukan/didampingi', true),
            ],
        },
        gagal: setel('Rujukan tanpa pendampingan.', '/kasus/2/tahapan/rujukan/didampingi', false),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const r = k.kasus.tahapan?.rujukan;
        if (!tanggalSah(r?.tanggal) || r?.didampingi === true)
            return [];
        return [
            {
                message: 'r.berkas.rujukanDidampingi',
                params: { nomor: k.kasus.nomor, lembaga: String(r?.lembagaPenerima ?? '-') },
                ...diKasusLayanan(k, '/tahapan/rujukan/didampingi'),
                expected: true,
            },
        ];
    }),
});
const kontakPemerintah = layananRule('kasus-kontak-pemerintah', 'warning', {
    scope: 'kasus',
    hanya: ['pengembangan'],
    bagian: (s) => adaBagian(bagianKegiatan(s, 'kontak-awal')),
    summary: {
        id: 'Pengembangan sosial: kontak awal dengan pemerintah setempat untuk pemberitahuan atau persetujuan dicatat, tidak sesudah hari ini.',
        en: 'Social development: the initial contact with local government for notice or consent is recorded, not after today.',
    },
    doc: {
        id: 'Lampiran E angka 1.2.3 b: kontak awal kepada pimpinan pemerintah setempat dan/atau elemen masyarakat untuk pemberitahuan atau persetujuan. Setiap kasus pengembangan yang melewati penerimaan permohonan (ada tanggal pendekatan awal) harus mencatat `tahapan.pendekatanAwal.kontakPemerintah.tanggal` dan `.bentuk` (pemberitahuan atau persetujuan); tanggal sesudah --tanggal adalah temuan, juga tanggal sesudah asesmen dimulai.',
        en: 'E 1.2.3 b: each social-development case records the date and form (notice or consent) of the contact with local government; a date after --tanggal or after the assessment is a finding.',
    },
    contoh: {
        batas: {
            gagal: [
                ubahSerta('Kontak pemerintah sehari sesudah asesmen dimulai (2026-09-18).', [
                    ['/kasus/3/layanan', 'pengembangan'],
                    ['/kasus/3/klien/jenis', 'desa'],
                    [
                        '/kasus/3/tahapan/pendekatanAwal/kontakPemerintah',
                        { tanggal: '2026-09-18', bentuk: 'persetujuan' },
                    ],
                ], [['/layanan/pengembangan', {}]], pesanDi('Kasus HB-2026-004: kontak pemerintah setempat (2026-09-18) sesudah asesmen dimulai (2026-09-17).', 'register-2026.yaml:159')),
                ubahSerta('Kontak pemerintah tanpa bentuk (pemberitahuan/persetujuan).', [
                    ['/kasus/3/layanan', 'pengembangan'],
                    ['/kasus/3/klien/jenis', 'desa'],
                    ['/kasus/3/tahapan/pendekatanAwal/kontakPemerintah', { tanggal: '2026-09-16' }],
                ], [['/layanan/pengembangan', {}]], pesanDi('Kasus HB-2026-004: kontak awal dengan pemerintah setempat (pemberitahuan/persetujuan) belum dicatat.', 'register-2026.yaml:159')),
            ],
            lulus: [
                ubahSerta('Kontak pemerintah pada hari asesmen dimulai (2026-09-17).', [
                    ['/kasus/3/layanan', 'pengembangan'],
                    ['/kasus/3/klien/jenis', 'desa'],
                    [
                        '/kasus/3/tahapan/pendekatanAwal/kontakPemerintah',
                        { tanggal: '2026-09-17', bentuk: 'persetujuan' },
                    ],
                ], [['/layanan/pengembangan', {}]]),
            ],
        },
        gagal: ubahSerta('Kasus pengembangan tanpa kontak pemerintah setempat.', [
            ['/kasus/3/layanan', 'pengembangan'],
            ['/kasus/3/klien/jenis', 'desa'],
            ['/kasus/3/tahapan/pendekatanAwal/kontakPemerintah', undefined],
        ], PENGEMBANGAN_DISELENGGARAKAN),
        lulus: ubahSerta('Kasus pengembangan dengan persetujuan kepala desa sebelum asesmen.', [
            ['/kasus/3/layanan', 'pengembangan'],
            ['/kasus/3/klien/jenis', 'desa'],
            [
                '/kasus/3/tahapan/pendekatanAwal/kontakPemerintah',
                { tanggal: '2026-09-17', bentuk: 'persetujuan' },
            ],
        ], PENGEMBANGAN_DISELENGGARAKAN),
    },
    check: (ctx) => kasusDiselenggarakan(ctx)
        .filter((k) => k.kasus.layanan === 'pengembangan')
        .flatMap((k) => {
        const pa = k.kasus.tahapan?.pendekatanAwal;
        if (!tanggalSah(pa?.tanggal))
            return [];
        const kp = pa.kontakPemerintah;
        const tgl = tanggalSah(kp?.tanggal);
        if (!tgl || !kp?.bentuk)
            return [
                {
                    message: 'r.berkas.kontakPemerintahKosong',
                    params: { nomor: k.kasus.nomor },
                    ...diKasusLayanan(k, `/tahapan/pendekatanAwal/kontakPemerintah/${tgl ? 'bentuk' : 'tanggal'}`),
                },
            ];
        const asesmen = tanggalSah(k.kasus.tahapan?.asesmen?.tanggal);
        if (tgl > ctx.tanggal || (asesmen && tgl > asesmen))
            return [
                {
                    message: tgl > ctx.tanggal
                        ? 'r.berkas.kontakPemerintahMasaDepan'
                        : 'r.berkas.kontakPemerintahTelat',
                    params: {
                        nomor: k.kasus.nomor,
                        tanggal: tgl,
                        hariIni: ctx.tanggal,
                        asesmen: asesmen ?? '',
                    },
                    ...diKasusLayanan(k, '/tahapan/pendekatanAwal/kontakPemerintah/tanggal'),
                    value: tgl,
                },
            ];
        return [];
    }),
});
const evaluasiPartisipatif = layananRule('kasus-evaluasi-partisipatif', 'warning', {
    scope: 'kasus',
    hanya: ['pengembangan'],
    bagian: (s) => adaBagian(bagianKegiatan(s, 'evaluasi-intervensi')),
    summary: {
        id: 'Pengembangan sosial: evaluasi dilakukan secara partisipatif bersama masyarakat.',
        en: 'Social development: the evaluation is carried out with the community.',
    },
    doc: {
        id: 'Lampiran E angka 1.2.7: evaluasi dilakukan secara partisipatif (juga produk 1.5.2 e: pelaksanaan evaluasi dengan melibatkan masyarakat). Kasus pengembangan yang mencatat `tahapan.evaluasi.tanggal` harus mencatat `evaluasi.partisipatif: true` (Excel: Evaluasi Partisipatif).',
        en: 'E 1.2.7: a social-development case with an evaluation date records `evaluasi.partisipatif: true`.',
    },
    contoh: {
        batas: {
            gagal: [
                ubahSerta('Evaluasi pengembangan bertanggal, partisipasi tidak dicatat.', [
                    ['/kasus/0/layanan', 'pengembangan'],
                    ['/kasus/0/tahapan/evaluasi/partisipatif', undefined],
                ], [['/layanan/pengembangan', {}]], pesanDi('Kasus HB-2026-001: evaluasi pengembangan sosial belum tercatat dilakukan bersama masyarakat.', 'register-2026.yaml:32')),
            ],
            lulus: [
                ubahSerta('Evaluasi pengembangan bersama masyarakat.', [
                    ['/kasus/0/layanan', 'pengembangan'],
                    ['/kasus/0/tahapan/evaluasi/partisipatif', true],
                ], [['/layanan/pengembangan', {}]]),
                ubahSerta('Kasus pengembangan yang belum dievaluasi.', [['/kasus/3/layanan', 'pengembangan']], [['/layanan/pengembangan', {}]]),
            ],
        },
        gagal: ubahSerta('Evaluasi pengembangan tanpa melibatkan masyarakat.', [
            ['/kasus/0/layanan', 'pengembangan'],
            ['/kasus/0/tahapan/evaluasi/partisipatif', false],
        ], PENGEMBANGAN_DISELENGGARAKAN),
        lulus: ubahSerta('Evaluasi pengembangan bersama masyarakat.', [
            ['/kasus/0/layanan', 'pengembangan'],
            ['/kasus/0/tahapan/evaluasi/partisipatif', true],
        ], PENGEMBANGAN_DISELENGGARAKAN),
    },
    check: (ctx) => kasusDiselenggarakan(ctx)
        .filter((k) => k.kasus.layanan === 'pengembangan')
        .flatMap((k) => {
        const ev = k.kasus.tahapan?.evaluasi;
        if (!tanggalSah(ev?.tanggal) || ev?.partisipatif === true)
            return [];
        return [
            {
                message: 'r.berkas.evaluasiPartisipatif',
                params: { nomor: k.kasus.nomor },
                ...diKasusLayanan(k, '/tahapan/evaluasi/partisipatif'),
                expected: true,
            },
        ];
    }),
});
export const BERKAS_KASUS_RULES = [
    kesepakatan,
    rencana,
    capaian,
    rujukanDidampingi,
    kontakPemerintah,
    evaluasiPartisipatif,
];
