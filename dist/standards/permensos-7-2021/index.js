import { ATENSI_ID, atensiRule, kasusAtensi, ayat } from './define.js';
import { diKasusNomor } from '../permensos-14-2020/kasus-terdaftar.js';
import { isTanggal, umur } from '../../core/tanggal.js';
import { TAHAPAN_ATENSI_RULES } from './rules-tahapan.js';
import { TAHAP_ATENSI } from './katalog-atensi.js';
import { eraDtsen, statusDataSosial } from '../dtsen.js';
import { pesanDi, setel, supervisorPeksos, ubahSerta } from '../contoh.js';
export { ATENSI_ID };
/** Pasal 19 ayat 1 a–g onto Permensos 14/2020 Pasal 5 a–e (docs/domain.md): the catalogue's list. */
export const ATENSI_TAHAP = TAHAP_ATENSI;
/**
 * Age bounds of the clusters, from the laws ATENSI's clusters rest on (the seed gives none):
 * a child is under 18 (UU 35/2014 Pasal 1 angka 1), an older person 60 or more (UU 13/1998
 * Pasal 1 angka 2).
 */
export const UMUR_ANAK_DI_BAWAH = 18;
export const UMUR_LANJUT_USIA = 60;
/** Clusters a PPKS category fits (Pasal 3); categories not listed fit any cluster. */
export const KLASTER_PPKS = {
    'anak-balita-telantar': ['anak'],
    'anak-telantar': ['anak'],
    'anak-berhadapan-dengan-hukum': ['anak'],
    'anak-jalanan': ['anak'],
    'anak-dengan-kedisabilitasan': ['anak', 'penyandang-disabilitas'],
    'anak-korban-kekerasan': ['anak'],
    'anak-memerlukan-perlindungan-khusus': ['anak'],
    'lanjut-usia-telantar': ['lanjut-usia'],
    'penyandang-disabilitas': ['penyandang-disabilitas'],
    'tuna-susila': ['tuna-sosial-korban-perdagangan-orang'],
    gelandangan: ['tuna-sosial-korban-perdagangan-orang'],
    pengemis: ['tuna-sosial-korban-perdagangan-orang'],
    pemulung: ['tuna-sosial-korban-perdagangan-orang'],
    'korban-perdagangan-orang': ['tuna-sosial-korban-perdagangan-orang'],
    'korban-napza': ['korban-napza'],
    'korban-bencana-alam': ['korban-bencana'],
    'korban-bencana-sosial': ['korban-bencana'],
};
/** The date the client's age is taken on: first contact, else the agreement, else today. */
function tanggalUmur(k, hariIni) {
    const pa = k.kasus.tahapan.pendekatanAwal;
    return [pa?.tanggal, pa?.kesepakatan].find(isTanggal) ?? hariIni;
}
const klaster = atensiRule('atensi-klaster', 'error', {
    pasal: ayat(3, 2, 3),
    summary: {
        id: 'Setiap kasus ATENSI mencatat klaster sasarannya, sesuai umur dan kategori PPKS klien.',
        en: "Every ATENSI case records its target cluster, in agreement with the client's age and PPKS category.",
    },
    doc: {
        id: 'Pasal 3: lima klaster (anak, penyandang disabilitas, tuna sosial dan korban perdagangan orang, korban NAPZA, lanjut usia) ditambah korban bencana dan PPKS lainnya. Untuk kasus rehabilitasi lembaga yang menyelenggarakan ATENSI, `klien.klaster` wajib (nilainya diperiksa skema), dan harus sesuai umur serta kategori PPKS klien. Umur diambil pada tanggal pendekatan awal (atau kesepakatan): klaster `anak` untuk yang belum 18 tahun (UU 35/2014 Pasal 1 angka 1; tepat pada ulang tahun ke-18 bukan anak lagi), klaster `lanjut-usia` untuk yang sudah 60 tahun (UU 13/1998 Pasal 1 angka 2; tepat pada ulang tahun ke-60 sudah lanjut usia). Kategori PPKS anak-… hanya cocok dengan klaster anak (anak dengan kedisabilitasan juga penyandang disabilitas), lanjut-usia-telantar dengan lanjut-usia, tuna susila/gelandangan/pengemis/pemulung/korban perdagangan orang dengan tuna sosial, korban NAPZA dengan korban-napza, korban bencana dengan korban-bencana; kategori lain cocok dengan klaster mana pun.',
        en: "Pasal 3: five clusters plus disaster victims and other PPKS. For rehabilitation cases of an ATENSI institution, `klien.klaster` is required and must agree with the client's age and PPKS category. Age is taken on the intake (or agreement) date: `anak` is for those under 18 (UU 35/2014; on the 18th birthday no longer a child), `lanjut-usia` for those 60 or over (UU 13/1998; on the 60th birthday already older). Child PPKS categories fit only the child cluster (a child with disability also the disability cluster), neglected older persons the older-person cluster, and so on; other categories fit any cluster.",
    },
    contoh: {
        batas: {
            gagal: [
                setel('Klaster anak, klien tepat 18 tahun pada pendekatan awal.', '/kasus/0/klien/tanggalLahir', '2008-01-05', pesanDi('Kasus HB-2026-001: klaster anak, tetapi klien berumur 18 tahun pada 2026-01-05 (< 18).', 'register-2026.yaml:17')),
                setel('Klaster lanjut usia, klien sehari sebelum 60 tahun.', '/kasus/5/klien/tanggalLahir', '1966-07-07', pesanDi('Kasus HB-2026-006: klaster lanjut-usia, tetapi klien berumur 59 tahun pada 2026-07-06 (>= 60).', 'register-2026.yaml:220')),
            ],
            lulus: [
                setel('Klaster anak, sehari sebelum 18 tahun.', '/kasus/0/klien/tanggalLahir', '2008-01-06'),
                setel('Klaster lanjut usia, tepat 60 tahun.', '/kasus/5/klien/tanggalLahir', '1966-07-06'),
            ],
        },
        gagal: setel('Klaster kosong.', '/kasus/0/klien/klaster', undefined),
    },
    check: (ctx) => kasusAtensi(ctx).flatMap((k) => {
        const { klaster: kl, tanggalLahir, ppks } = k.kasus.klien;
        if (!kl)
            return [
                {
                    message: 'r.atensi.klaster',
                    params: { nomor: k.kasus.nomor },
                    ...diKasusNomor(k, '/klien'),
                },
            ];
        const out = [];
        if (isTanggal(tanggalLahir) && (kl === 'anak' || kl === 'lanjut-usia')) {
            const pada = tanggalUmur(k, ctx.tanggal);
            const u = umur(tanggalLahir, pada);
            const salah = kl === 'anak' ? u >= UMUR_ANAK_DI_BAWAH : u < UMUR_LANJUT_USIA;
            if (salah && pada >= tanggalLahir)
                out.push({
                    message: 'r.atensi.klasterUmur',
                    params: {
                        nomor: k.kasus.nomor,
                        klaster: kl,
                        umur: u,
                        tanggal: pada,
                        syarat: kl === 'anak' ? `< ${UMUR_ANAK_DI_BAWAH}` : `>= ${UMUR_LANJUT_USIA}`,
                    },
                    ...diKasusNomor(k, '/klien/klaster'),
                    bagian: 'Pasal 3 ayat 2',
                    value: kl,
                });
        }
        const cocok = typeof ppks === 'string' ? KLASTER_PPKS[ppks] : undefined;
        if (cocok && !cocok.includes(kl))
            out.push({
                message: 'r.atensi.klasterPpks',
                params: {
                    nomor: k.kasus.nomor,
                    klaster: kl,
                    ppks: String(ppks),
                    daftar: cocok.join(', '),
                },
                ...diKasusNomor(k, '/klien/klaster'),
                bagian: 'Pasal 3 ayat 2',
                value: kl,
                expected: cocok,
            });
        return out;
    }),
});
const basis = atensiRule('atensi-basis-layanan', 'warning', {
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
        batas: {
            gagal: [
                setel('Basis komunitas (tidak diselenggarakan).', '/kasus/0/klien/basisLayanan', 'komunitas', pesanDi('Kasus HB-2026-001: basis layanan komunitas tidak diselenggarakan lembaga (residensial, keluarga).', 'register-2026.yaml:18')),
            ],
            lulus: [
                setel('Basis keluarga (diselenggarakan).', '/kasus/0/klien/basisLayanan', 'keluarga'),
            ],
        },
        gagal: setel('Basis komunitas yang tidak diselenggarakan.', '/kasus/0/klien/basisLayanan', 'komunitas'),
    },
    check(ctx) {
        const offered = ctx.lembaga.layanan.rehabilitasi?.basisLayanan;
        return kasusAtensi(ctx).flatMap((k) => {
            const b = k.kasus.klien.basisLayanan;
            if (!b)
                return [
                    {
                        message: 'r.atensi.basisKosong',
                        params: { nomor: k.kasus.nomor },
                        ...diKasusNomor(k, '/klien'),
                    },
                ];
            if (offered && offered.length && !offered.includes(b))
                return [
                    {
                        message: 'r.atensi.basisTidakDiselenggarakan',
                        params: { nomor: k.kasus.nomor, basis: b, daftar: offered.join(', ') },
                        ...diKasusNomor(k, '/klien/basisLayanan'),
                        value: b,
                        expected: offered,
                    },
                ];
            return [];
        });
    },
});
const dtks = atensiRule('atensi-dtks', 'warning', {
    pasal: ayat(43, 1, 2),
    summary: {
        id: 'Penerima ATENSI yang belum terdaftar di DTKS dilaporkan untuk diusulkan masuk DTKS.',
        en: 'ATENSI recipients missing from DTKS are reported for inclusion.',
    },
    doc: {
        id: 'Pasal 43 ayat 2: penerima yang tidak ada di DTKS tetap dapat dilayani tetapi harus segera dilaporkan ke dinas sosial atau Kementerian Sosial untuk diusulkan masuk DTKS. `klien.dtks: belum-terdaftar` (atau kosong) adalah temuan; `diusulkan` atau `terdaftar` tidak. (DTKS sedang digantikan DTSEN; nilai yang sama dipakai.)',
        en: 'Pasal 43(2): recipients missing from DTKS may be served but must be reported for inclusion. `belum-terdaftar` (or empty) is a finding; `diusulkan`/`terdaftar` are not.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Belum terdaftar dan belum diusulkan.', '/kasus/0/klien/dtks', 'belum-terdaftar', pesanDi('Kasus HB-2026-001: klien belum terdaftar di DTSEN (dahulu DTKS) dan belum diusulkan.', 'register-2026.yaml:19')),
            ],
            lulus: [setel('Diusulkan (Pasal 43 ayat 2).', '/kasus/0/klien/dtks', 'diusulkan')],
        },
        gagal: setel('Belum terdaftar dan belum diusulkan.', '/kasus/0/klien/dtks', 'belum-terdaftar'),
    },
    // Reads `dtsen` or `dtks`; from Inpres 4/2025 the register is named "DTSEN (dahulu DTKS)".
    check: (ctx) => kasusAtensi(ctx)
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
            ...diKasusNomor(k, d.status ? `/klien/${d.kunci}` : '/klien'),
            hint: baru ? 'aturan.dtsen.saran' : 'r.atensi.saranDtks',
        };
    }),
});
const supervisi = atensiRule('atensi-supervisi', 'error', {
    pasal: ayat(19, 2, 3),
    summary: {
        id: 'Setiap tahapan ATENSI melalui supervisi oleh pekerja sosial berkompetensi supervisi.',
        en: 'Every ATENSI stage is supervised by a social worker competent in supervision.',
    },
    doc: {
        id: 'Pasal 19 ayat 2–3: supervisi dilaksanakan pekerja sosial yang memiliki kompetensi supervisi. Supervisor kasus ATENSI harus staf berperan supervisor (bila perannya lain, pesan menyebut perannya) yang bersertifikat (`sertifikat.nomor`; bila tidak, pesan menyebut sertifikatnya).',
        en: 'Pasal 19(2)–(3): the case supervisor must be staff with the supervisor role (otherwise the message names the role) holding a certificate (otherwise the message names the certificate).',
    },
    contoh: {
        batas: {
            gagal: [
                supervisorPeksos(pesanDi('Kasus HB-2026-001: Budi Santoso, S.Sos. berperan pekerja-sosial, bukan supervisor; supervisi ATENSI dilakukan pekerja sosial yang berkompetensi supervisi.', 'register-2026.yaml:22')),
                ubahSerta('Supervisor tanpa nomor sertifikat.', [], [['/staf/2/sertifikat/nomor', '']], pesanDi('Kasus HB-2026-001: supervisor Dra. Rina Marlina, M.Kesos. belum bersertifikat pekerjaan sosial (sertifikat.nomor kosong).', 'register-2026.yaml:22'), pesanDi('Kasus HB-2026-002: supervisor Dra. Rina Marlina, M.Kesos. belum bersertifikat pekerjaan sosial (sertifikat.nomor kosong).', 'register-2026.yaml:74'), pesanDi('Kasus HB-2026-005: supervisor Dra. Rina Marlina, M.Kesos. belum bersertifikat pekerjaan sosial (sertifikat.nomor kosong).', 'register-2026.yaml:191')),
            ],
            lulus: [
                ubahSerta('Supervisor bersertifikat tanpa tanggal sertifikat.', [], [['/staf/2/sertifikat', { nomor: 'SKPS-2016-32-00057' }]]),
            ],
        },
        gagal: ubahSerta('Supervisor tanpa sertifikat.', [], [['/staf/2/sertifikat', undefined]]),
    },
    check: (ctx) => kasusAtensi(ctx).flatMap((k) => {
        if (k.kasus.tahapan.pendekatanAwal?.rujukKeluar)
            return [];
        const st = ctx.lembaga.staf.find((s) => s.id === k.kasus.supervisor);
        if (!st)
            return []; // missing/unknown supervisor: reported by kasus-pelaksana
        // Two different problems, two messages: the wrong role, or a supervisor without certificate.
        if (st.peran !== 'supervisor')
            return [
                {
                    message: 'r.atensi.supervisiPeran',
                    params: { nomor: k.kasus.nomor, nama: st.nama, peran: st.peran },
                    ...diKasusNomor(k, '/supervisor'),
                    value: st.peran,
                    expected: 'supervisor',
                },
            ];
        if (st.sertifikat?.nomor)
            return [];
        return [
            {
                message: 'r.atensi.supervisi',
                params: { nomor: k.kasus.nomor, nama: st.nama },
                ...diKasusNomor(k, '/supervisor'),
            },
        ];
    }),
});
export const ATENSI_RULES = [
    klaster,
    basis,
    supervisi,
    dtks,
    ...TAHAPAN_ATENSI_RULES,
];
export const PERMENSOS_7_2021 = {
    id: ATENSI_ID,
    judul: 'Permensos 7/2021 tentang Asistensi Rehabilitasi Sosial (ATENSI)',
    rules: ATENSI_RULES,
};
