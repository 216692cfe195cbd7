/**
 * Case rules of Permensos 14/2020: the SOP stages of Pasal 5–11 and the
 * case-level clauses of Lampiran A–E (1.1, 1.2, 1.3, 1.4, 1.6), checked for
 * every case of every register, plus NIK and register-integrity checks.
 */
import { statusDataSosial } from '../dtsen.js';
import { isTanggal, tambahBulan, tambahHari, selisihHari } from '../../core/tanggal.js';
import { parseNik } from '../../core/nik.js';
import { hitungProBono, PERSEN_PRO_BONO } from './probono.js';
import { periodeLayanan } from './periode.js';
import { didYouMean } from '../../core/mirip.js';
import { hitungTarif } from './hitung-tarif.js';
import { TINGKAT_KEYS, DURASI_KEYS } from '../types.js';
/** The tariff matrix in force: the amounts written in lembaga.yaml, completed from `dasarTarif` when given. */
export function tarifBerlaku(lay, s) {
    const tertulis = (lay.tarif ?? {});
    if (!lay.dasarTarif)
        return tertulis;
    const dihitung = hitungTarif(lay.dasarTarif, s).nilai;
    const out = { ...dihitung };
    for (const [row, v] of Object.entries(tertulis))
        out[row] = { ...dihitung[row], ...v };
    return out;
}
import { layananRule, pasalRule, bagianPendek, terisi, otherRule } from './define.js';
/** NIK rules rest on the population-administration law, not on Permensos 14/2020. */
const identitasRule = (spec) => otherRule({
    ...spec,
    ruleset: 'identitas-klien',
    regulasi: 'UU 24/2013 tentang Administrasi Kependudukan',
});
/* ---------------------------------------------------------------- helpers */
const KOSONG = { judul: 'register examples/lks-harapan-bunda apa adanya.', set: [] };
function at(k, sub = '') {
    return { source: 'register', file: k.file, pointer: `${k.pointer}${sub}` };
}
/** Cases of offered services (when --layanan is given, only that one). */
function kasusAktif(ctx) {
    return ctx.kasus.filter((k) => ctx.layanan.includes(k.kasus.layanan));
}
/** The date the service period starts (default: the agreement date of pendekatan awal, 1.2.2 e). */
export function mulaiLayanan(k, mulai = 'kesepakatan') {
    return periodeLayanan(k, mulai)?.mulai;
}
/** The date the service ended (terminasi, referral, or a stopped case's last stage); undefined while active. */
export function akhirLayanan(k) {
    return periodeLayanan(k)?.akhir ?? undefined;
}
/** The stage dates in SOP order, with their pointers (Pasal 5 a–e). */
function tanggalTahapan(k) {
    const t = k.tahapan;
    return [
        {
            label: 'pendekatan awal',
            ptr: '/tahapan/pendekatanAwal/tanggal',
            tgl: t.pendekatanAwal?.tanggal,
        },
        {
            label: 'kesepakatan',
            ptr: '/tahapan/pendekatanAwal/kesepakatan',
            tgl: t.pendekatanAwal?.kesepakatan,
        },
        { label: 'asesmen', ptr: '/tahapan/asesmen/tanggal', tgl: t.asesmen?.tanggal },
        {
            label: 'perencanaan intervensi',
            ptr: '/tahapan/perencanaan/tanggal',
            tgl: t.perencanaan?.tanggal,
        },
        { label: 'mulai intervensi', ptr: '/tahapan/intervensi/mulai', tgl: t.intervensi?.mulai },
        { label: 'selesai intervensi', ptr: '/tahapan/intervensi/selesai', tgl: t.intervensi?.selesai },
        { label: 'evaluasi', ptr: '/tahapan/evaluasi/tanggal', tgl: t.evaluasi?.tanggal },
        { label: 'terminasi', ptr: '/tahapan/terminasi/tanggal', tgl: t.terminasi?.tanggal },
    ];
}
function staf(ctx, id) {
    return id === undefined ? undefined : ctx.lembaga.staf.find((s) => s.id === id);
}
/** The tariff row that charges an activity (catalogue), or null when the activity is not priced. */
export function barisUntukKegiatan(s, kegiatan) {
    const row = s.tarif.baris.find((b) => b.kegiatan.includes(kegiatan));
    if (row)
        return row.key;
    const keg = s.kegiatan.find((k) => k.key === kegiatan);
    if (keg?.tahap === 'asesmen')
        return s.tarif.baris.find((b) => b.key === 'asesmen')?.key ?? null;
    return null;
}
/** The message with "Maksud Anda …?" when there is a close guess, the plain one otherwise. */
const saranAtau = (key, guess) => (guess ? key : `${key}TanpaSaran`);
/** A key close enough to a typo to suggest it, or null (a far guess misleads more than it helps). */
function closest(word, keys) {
    return didYouMean(word, keys);
}
/* --------------------------------------------------- register integrity */
const layananDiselenggarakan = pasalRule({
    id: 'kasus-layanan-diselenggarakan',
    severity: 'error',
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
                {
                    judul: 'Kasus pemberdayaan (tidak diselenggarakan).',
                    set: [['/kasus/0/layanan', 'pemberdayaan']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: layanan "pemberdayaan" tidak diselenggarakan lembaga menurut lembaga.yaml (rehabilitasi, perlindungan).',
                            lokasi: 'register-2026.yaml:6',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Kasus perlindungan (diselenggarakan).',
                    set: [['/kasus/0/layanan', 'perlindungan']],
                },
            ],
        },
        gagal: {
            judul: 'Kasus pemberdayaan di lembaga tanpa layanan pemberdayaan.',
            set: [['/kasus/0/layanan', 'pemberdayaan']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => ctx.kasus
        .filter((k) => !Object.keys(ctx.lembaga.layanan).includes(k.kasus.layanan) &&
        typeof k.kasus.layanan === 'string')
        .map((k) => ({
        message: 'r.kasus.layananTidakDiselenggarakan',
        params: {
            nomor: k.kasus.nomor,
            layanan: k.kasus.layanan,
            daftar: Object.keys(ctx.lembaga.layanan).join(', '),
        },
        target: at(k, '/layanan'),
        kasus: k.kasus.nomor,
        value: k.kasus.layanan,
        expected: Object.keys(ctx.lembaga.layanan),
    })),
});
const nomorUnik = layananRule({
    id: 'kasus-nomor-unik',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [s.fasilitas.find((f) => f.key === 'dokumen-layanan').bagian],
    summary: {
        id: 'Nomor register unik di semua register lembaga.',
        en: "Register numbers are unique across all of the institution's registers.",
    },
    doc: {
        id: 'Buku register klien (angka 2.2.1, dokumen layanan) mengenal setiap kasus dari nomornya. Nomor kosong, atau nomor yang sama di dua kasus (dalam satu berkas atau di berkas lain), adalah temuan di kasus yang kedua.',
        en: 'The client register book (2.2.1, service documents) identifies each case by its number. An empty number, or one used twice (in one file or across files), is a finding at the second case.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Nomor kasus kedua sama dengan yang pertama.',
                    set: [['/kasus/1/nomor', 'HB-2026-001']],
                    temuan: [
                        {
                            pesan: 'Nomor register HB-2026-001 sudah dipakai kasus lain (di register-2026.yaml).',
                            lokasi: 'register-2026.yaml:57',
                        },
                    ],
                },
            ],
            lulus: [{ judul: 'Nomor yang hanya mirip.', set: [['/kasus/1/nomor', 'HB-2026-001A']] }],
        },
        gagal: {
            judul: 'Kasus kedua memakai nomor kasus pertama.',
            set: [['/kasus/1/nomor', 'HB-2026-001']],
        },
        lulus: KOSONG,
    },
    check(ctx) {
        const seen = new Map();
        const out = [];
        for (const k of ctx.kasus) {
            const n = k.kasus.nomor.trim();
            if (!n) {
                out.push({
                    message: 'r.kasus.nomorKosong',
                    target: at(k, '/nomor'),
                    layanan: k.kasus.layanan,
                });
                continue;
            }
            const first = seen.get(n);
            if (first)
                out.push({
                    message: 'r.kasus.nomorGanda',
                    params: { nomor: n, file: first.file },
                    target: at(k, '/nomor'),
                    layanan: k.kasus.layanan,
                    kasus: n,
                    value: n,
                });
            else
                seen.set(n, k);
        }
        return out;
    },
});
/* ----------------------------------------------------- SOP stages (Pasal 5) */
const tanggalUrut = pasalRule({
    id: 'kasus-tahapan-urut',
    severity: 'error',
    pasal: ['Pasal 5', 'Pasal 6 ayat 2', 'Pasal 7', 'Pasal 8', 'Pasal 9', 'Pasal 10'],
    summary: {
        id: 'Tanggal tahapan kasus berurutan: pendekatan awal, kesepakatan, asesmen, perencanaan, intervensi, evaluasi, terminasi.',
        en: 'Stage dates are in SOP order: intake, agreement, assessment, planning, intervention, evaluation, termination.',
    },
    doc: {
        id: 'Pasal 5 menetapkan urutan tahapan SOP. Setiap tanggal tahap yang terisi tidak boleh lebih awal dari tanggal tahap sebelumnya yang terisi (hari yang sama boleh). Rujukan dan rujuk keluar tidak boleh sebelum pendekatan awal, dan klien tidak lahir sesudah pendekatan awal. Dilaporkan pada tanggal yang mendahului tahap sebelumnya, sekali per pasangan.',
        en: 'Pasal 5 orders the SOP stages. Each filled stage date must not precede the previous filled one (the same day is fine). A referral or referral away cannot precede intake, and the client is not born after intake. Reported at the out-of-order date, once per pair.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Asesmen sehari sebelum kesepakatan.',
                    set: [['/kasus/0/tahapan/asesmen/tanggal', '2026-01-06']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: tanggal asesmen (2026-01-06) lebih awal dari kesepakatan (2026-01-07).',
                            lokasi: 'register-2026.yaml:25',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Asesmen pada hari kesepakatan.',
                    set: [['/kasus/0/tahapan/asesmen/tanggal', '2026-01-07']],
                },
            ],
        },
        gagal: {
            judul: 'Asesmen sebelum pendekatan awal.',
            set: [['/kasus/0/tahapan/asesmen/tanggal', '2025-12-01']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const out = [];
        let prev = null;
        for (const st of tanggalTahapan(k.kasus)) {
            if (!isTanggal(st.tgl))
                continue;
            if (prev && st.tgl < prev.tgl)
                out.push({
                    message: 'r.kasus.tahapanUrut',
                    params: {
                        nomor: k.kasus.nomor,
                        tahap: st.label,
                        tanggal: st.tgl,
                        sebelum: prev.label,
                        tglSebelum: prev.tgl,
                    },
                    target: at(k, st.ptr),
                    kasus: k.kasus.nomor,
                    value: st.tgl,
                    expected: `>= ${prev.tgl}`,
                });
            else
                prev = { label: st.label, tgl: st.tgl };
        }
        // Dates that depend on the first contact: a referral (1.2.7), a referral away at intake
        // (1.2.2 f) and the client's birth cannot come before it / after it.
        const t = k.kasus.tahapan;
        const awal = [t.pendekatanAwal?.tanggal, t.pendekatanAwal?.kesepakatan]
            .filter(isTanggal)
            .sort()[0];
        if (awal) {
            const sesudahAwal = [
                [t.rujukan?.tanggal, '/tahapan/rujukan/tanggal', 'rujukan'],
                [
                    t.pendekatanAwal?.rujukKeluar?.tanggal,
                    '/tahapan/pendekatanAwal/rujukKeluar/tanggal',
                    'rujuk keluar',
                ],
            ];
            for (const [tgl, ptr, label] of sesudahAwal)
                if (isTanggal(tgl) && tgl < awal)
                    out.push({
                        message: 'r.kasus.tahapanUrut',
                        params: {
                            nomor: k.kasus.nomor,
                            tahap: label,
                            tanggal: tgl,
                            sebelum: 'pendekatan awal',
                            tglSebelum: awal,
                        },
                        target: at(k, ptr),
                        kasus: k.kasus.nomor,
                        value: tgl,
                        expected: `>= ${awal}`,
                    });
            const lahir = k.kasus.klien.tanggalLahir;
            if (isTanggal(lahir) && lahir > awal)
                out.push({
                    message: 'r.tanggal.terbalik',
                    params: {
                        bidang: `Kasus ${k.kasus.nomor}: pendekatan awal`,
                        tanggal: awal,
                        acuanBidang: 'klien.tanggalLahir',
                        acuan: lahir,
                    },
                    target: at(k, '/klien/tanggalLahir'),
                    kasus: k.kasus.nomor,
                    value: lahir,
                    expected: `<= ${awal}`,
                });
        }
        return out;
    }),
});
const tanggalMasaDepan = pasalRule({
    id: 'kasus-tanggal-masa-depan',
    severity: 'error',
    pasal: ['Pasal 5'],
    summary: {
        id: 'Tidak ada tanggal tahapan, kegiatan, atau pengaduan sesudah --tanggal (hari ini).',
        en: 'No stage, activity or complaint date lies after --tanggal (today).',
    },
    doc: {
        id: 'Register mencatat apa yang sudah terjadi. Tanggal tahapan, rujuk keluar, kegiatan, pengaduan, keputusan perpanjangan, dan tanggal lahir sesudah --tanggal (bawaan: hari ini) hampir selalu salah ketik tahun atau urutan hari/bulan; tepat pada --tanggal masih sah. Tanggal perpanjangan "sampai" boleh di masa depan.',
        en: 'A register records what has happened. A stage, referral-away, activity, complaint, extension-decision or birth date after --tanggal (default today) is almost always a mistyped year or day/month order; --tanggal itself is fine. Extension end dates may lie ahead.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Kegiatan besok.',
                    set: [['/kasus/1/kegiatan/9/tanggal', '2026-11-26']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-002: tanggal 2026-11-26 sesudah hari ini (2026-11-25). Salah ketik tahun atau urutan hari/bulan?',
                            lokasi: 'register-2026.yaml:94',
                        },
                    ],
                },
            ],
            lulus: [
                { judul: 'Kegiatan hari ini.', set: [['/kasus/1/kegiatan/9/tanggal', '2026-11-25']] },
            ],
        },
        gagal: {
            judul: 'Asesmen tahun 2062.',
            set: [['/kasus/0/tahapan/asesmen/tanggal', '2062-01-15']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const out = [];
        const cek = (tgl, ptr) => {
            if (isTanggal(tgl) && tgl > ctx.tanggal)
                out.push({
                    message: 'r.kasus.masaDepan',
                    params: { nomor: k.kasus.nomor, tanggal: tgl, hariIni: ctx.tanggal },
                    target: at(k, ptr),
                    kasus: k.kasus.nomor,
                    value: tgl,
                    expected: `<= ${ctx.tanggal}`,
                });
        };
        for (const st of tanggalTahapan(k.kasus))
            cek(st.tgl, st.ptr);
        cek(k.kasus.tahapan.rujukan?.tanggal, '/tahapan/rujukan/tanggal');
        cek(k.kasus.tahapan.pendekatanAwal?.rujukKeluar?.tanggal, '/tahapan/pendekatanAwal/rujukKeluar/tanggal');
        cek(k.kasus.klien.tanggalLahir, '/klien/tanggalLahir');
        // The decision date of an extension has happened; its end date (sampai) may lie ahead.
        (k.kasus.perpanjangan ?? []).forEach((p, i) => cek(p.tanggal, `/perpanjangan/${i}/tanggal`));
        (k.kasus.kegiatan ?? []).forEach((g, i) => cek(g.tanggal, `/kegiatan/${i}/tanggal`));
        (k.kasus.pengaduan ?? []).forEach((p, i) => {
            cek(p.tanggal, `/pengaduan/${i}/tanggal`);
            cek(p.selesai, `/pengaduan/${i}/selesai`);
        });
        return out;
    }),
});
/** Where each SOP stage's date is typed (findings about a missing stage point there). */
const TAHAP_PTR = {
    'pendekatan awal': '/tahapan/pendekatanAwal/tanggal',
    kesepakatan: '/tahapan/pendekatanAwal/kesepakatan',
    asesmen: '/tahapan/asesmen/tanggal',
    'perencanaan intervensi': '/tahapan/perencanaan/tanggal',
    intervensi: '/tahapan/intervensi/mulai',
    evaluasi: '/tahapan/evaluasi/tanggal',
    terminasi: '/tahapan/terminasi/tanggal',
    rujukan: '/tahapan/rujukan/tanggal',
};
const tahapLengkap = layananRule({
    id: 'kasus-tahapan-lengkap',
    severity: 'error',
    scope: 'kasus',
    // The SOP list is the clause before pendekatan awal's (1.2.1 in A–D, 1.2.2 in E).
    bagian: (s) => {
        const pa = s.kegiatan.find((k) => k.tahap === 'pendekatanAwal').bagian.angka.split('.');
        return [{ angka: `${pa[0]}.${pa[1]}.${Number(pa[2]) - 1}` }];
    },
    summary: {
        id: 'Kasus memiliki tahapan yang diwajibkan statusnya: setiap kasus tahap pendekatan awal; kasus selesai juga kesepakatan, asesmen, perencanaan, intervensi, evaluasi, dan terminasi.',
        en: 'A case has the stages its status requires: every case an intake; a closed case also agreement, assessment, planning, intervention, evaluation and termination.',
    },
    doc: {
        id: 'Angka 1.2.1 (dan Pasal 5) menetapkan lima tahap SOP. Status `aktif`: tanggal pendekatan awal wajib. Status `selesai` (terminasi): kesepakatan, asesmen, perencanaan, mulai intervensi, evaluasi, dan terminasi wajib. Status `dirujuk`: pendekatan awal dan tanggal rujukan (atau rujuk keluar pada pendekatan awal). Status `berhenti`: pendekatan awal. Satu temuan per kasus, menyebut semua tahap yang kurang.',
        en: '1.2.1 (and Pasal 5) fix five SOP stages. `aktif`: intake date required. `selesai`: agreement, assessment, planning, intervention start, evaluation and termination required. `dirujuk`: intake and a referral date. `berhenti`: intake. One finding per case listing every missing stage.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Kasus selesai tanpa evaluasi.',
                    set: [['/kasus/0/tahapan/evaluasi', undefined]],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001 berstatus selesai tetapi tahap ini belum tercatat: evaluasi.',
                            lokasi: 'register-2026.yaml:32',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Kasus berhenti tanpa evaluasi (cukup pendekatan awal).',
                    set: [
                        ['/kasus/0/tahapan/evaluasi', undefined],
                        ['/kasus/0/tahapan/terminasi', undefined],
                        ['/kasus/0/status', 'berhenti'],
                    ],
                },
            ],
        },
        gagal: {
            judul: 'Kasus selesai tanpa evaluasi.',
            set: [['/kasus/0/tahapan/evaluasi', undefined]],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const t = k.kasus.tahapan;
        const kurang = [];
        if (!isTanggal(t.pendekatanAwal?.tanggal) && !isTanggal(t.pendekatanAwal?.kesepakatan))
            kurang.push('pendekatan awal');
        if (k.kasus.status === 'selesai') {
            if (!isTanggal(t.pendekatanAwal?.kesepakatan))
                kurang.push('kesepakatan');
            if (!isTanggal(t.asesmen?.tanggal))
                kurang.push('asesmen');
            if (!isTanggal(t.perencanaan?.tanggal))
                kurang.push('perencanaan intervensi');
            if (!isTanggal(t.intervensi?.mulai))
                kurang.push('intervensi');
            if (!isTanggal(t.evaluasi?.tanggal))
                kurang.push('evaluasi');
            if (!isTanggal(t.terminasi?.tanggal))
                kurang.push('terminasi');
        }
        if (k.kasus.status === 'dirujuk' &&
            !isTanggal(t.rujukan?.tanggal) &&
            !isTanggal(t.pendekatanAwal?.rujukKeluar?.tanggal))
            kurang.push('rujukan');
        if (kurang.length === 0)
            return [];
        return [
            {
                message: 'r.kasus.tahapanKurang',
                params: { nomor: k.kasus.nomor, status: k.kasus.status, tahap: kurang.join(', ') },
                target: at(k, TAHAP_PTR[kurang[0]] ?? '/tahapan'),
                layanan: k.kasus.layanan,
                kasus: k.kasus.nomor,
                expected: kurang,
            },
        ];
    }),
});
const rujukanLembaga = layananRule({
    id: 'kasus-rujukan-lembaga',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [
        s.kegiatan.find((k) => k.key === 'penentuan-lembaga-rujukan').bagian,
        s.kegiatan.find((k) => k.key === 'rujukan-keluar')?.bagian ??
            s.kegiatan.find((k) => k.key === 'penentuan-lembaga-rujukan').bagian,
    ],
    summary: {
        id: 'Rujukan (dan rujukan keluar pada pendekatan awal) menyebut lembaga penerima rujukan.',
        en: 'A referral (and a referral away at intake) names the receiving institution.',
    },
    doc: {
        id: 'Kasus berstatus `dirujuk`, atau yang mencatat `tahapan.rujukan`, harus mengisi `tahapan.rujukan.lembagaPenerima` (angka 1.2.7 a: menentukan lembaga penerima rujukan). Rujuk keluar karena tidak memenuhi kriteria (1.2.2 f) harus mengisi `tahapan.pendekatanAwal.rujukKeluar.lembaga`.',
        en: 'A `dirujuk` case, or one recording `tahapan.rujukan`, must fill `rujukan.lembagaPenerima` (1.2.7 a). A referral away at intake (1.2.2 f) must fill `pendekatanAwal.rujukKeluar.lembaga`.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Lembaga penerima kosong.',
                    set: [['/kasus/2/tahapan/rujukan/lembagaPenerima', '']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-003 dirujuk tanpa menyebut lembaga penerima rujukan.',
                            lokasi: 'register-2026.yaml:138',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Lembaga penerima disebut singkat.',
                    set: [['/kasus/2/tahapan/rujukan/lembagaPenerima', 'UPTD PPA']],
                },
            ],
        },
        gagal: {
            judul: 'Rujukan tanpa lembaga penerima.',
            set: [['/kasus/2/tahapan/rujukan/lembagaPenerima', undefined]],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const t = k.kasus.tahapan;
        const out = [];
        const s = ctx.standar[k.kasus.layanan];
        if ((k.kasus.status === 'dirujuk' || t.rujukan) &&
            !terisi(t.rujukan?.lembagaPenerima) &&
            !terisi(t.pendekatanAwal?.rujukKeluar?.lembaga))
            out.push({
                message: 'r.kasus.rujukanTanpaLembaga',
                params: { nomor: k.kasus.nomor },
                target: at(k, t.rujukan ? '/tahapan/rujukan' : '/status'),
                layanan: k.kasus.layanan,
                kasus: k.kasus.nomor,
                bagian: bagianPendek(s.kegiatan.find((x) => x.key === 'penentuan-lembaga-rujukan').bagian),
            });
        if (t.pendekatanAwal?.rujukKeluar && !terisi(t.pendekatanAwal.rujukKeluar.lembaga)) {
            const b = s.kegiatan.find((x) => x.key === 'rujukan-keluar')?.bagian;
            out.push({
                message: 'r.kasus.rujukKeluarTanpaLembaga',
                params: { nomor: k.kasus.nomor },
                target: at(k, '/tahapan/pendekatanAwal/rujukKeluar'),
                layanan: k.kasus.layanan,
                kasus: k.kasus.nomor,
                ...(b ? { bagian: bagianPendek(b) } : {}),
            });
        }
        return out;
    }),
});
const terminasiSyarat = layananRule({
    id: 'kasus-terminasi',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => s.terminasi.syarat.map((x) => x.bagian),
    summary: {
        id: 'Terminasi: rencana dibahas dengan supervisor, klien diberi tahu, dan formulir pengakhiran ditandatangani klien (pencegahan: disaksikan pemohon).',
        en: 'Termination: plan discussed with the supervisor, client told, termination form signed by the client (prevention: witnessed by the requester).',
    },
    doc: {
        id: 'Untuk kasus yang mencatat `tahapan.terminasi` atau berstatus `selesai`: `dibahasDenganSupervisor` (1.2.8 a), `klienDiberitahu` (b), `formulirDitandatangani` (c) harus `true`; layanan pencegahan juga `disaksikanPemohon` (Lampiran A 1.2.8 c). Pengembangan sosial memakai angka 1.2.9 (penomoran Lampiran E bergeser satu). Satu temuan per syarat yang kurang.',
        en: 'For a case recording `tahapan.terminasi` or with status `selesai`: the three conditions of 1.2.8 a–c must be true; prevention also `disaksikanPemohon` (A 1.2.8 c). Social development uses 1.2.9 (E is numbered one later). One finding per missing condition.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Klien tidak diberi tahu.',
                    set: [['/kasus/0/tahapan/terminasi/klienDiberitahu', false]],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: klien belum tercatat diberi tahu rencana terminasi.',
                            lokasi: 'register-2026.yaml:36',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Ketiga syarat terpenuhi.',
                    set: [['/kasus/0/tahapan/terminasi/klienDiberitahu', true]],
                },
            ],
        },
        gagal: {
            judul: 'Formulir tidak ditandatangani.',
            set: [['/kasus/0/tahapan/terminasi/formulirDitandatangani', false]],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const te = k.kasus.tahapan.terminasi;
        if (!te && k.kasus.status !== 'selesai')
            return [];
        const s = ctx.standar[k.kasus.layanan];
        const syarat = [
            ['dibahasDenganSupervisor', 'r.kasus.terminasiSupervisor', 0],
            ['klienDiberitahu', 'r.kasus.terminasiDiberitahu', 1],
            ['formulirDitandatangani', 'r.kasus.terminasiFormulir', 2],
        ];
        if (s.terminasi.disaksikanPemohon)
            syarat.push(['disaksikanPemohon', 'r.kasus.terminasiSaksi', 2]);
        return syarat
            .filter(([f]) => te?.[f] !== true)
            .map(([f, msg, i]) => ({
            message: msg,
            params: { nomor: k.kasus.nomor },
            target: at(k, te && te[f] !== undefined
                ? `/tahapan/terminasi/${String(f)}`
                : te
                    ? '/tahapan/terminasi'
                    : '/tahapan'),
            layanan: k.kasus.layanan,
            kasus: k.kasus.nomor,
            bagian: bagianPendek(s.terminasi.syarat[i].bagian),
            expected: true,
        }));
    }),
});
/* ------------------------------------------------------- time limit (1.3) */
const jangkaWaktu = layananRule({
    id: 'kasus-jangka-waktu',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [s.jangkaWaktu.bagian, s.jangkaWaktu.perpanjangan],
    summary: {
        id: 'Lama layanan tidak melebihi jangka waktu (12 bulan; rehabilitasi paling lama 6 bulan) kecuali perpanjangan dicatat.',
        en: 'A case does not run beyond the time limit (12 months; rehabilitation at most 6) unless an extension is recorded.',
    },
    doc: {
        id: 'Lama layanan dihitung dari tanggal kesepakatan pendekatan awal (atau tanggal pendekatan awal, menurut `pengaturan.mulaiJangkaWaktu`) sampai terminasi/rujukan, atau sampai --tanggal bila masih aktif. Batasnya angka 1.3.1 layanan itu, atau `layanan.<layanan>.jangkaWaktuBulan` bila lembaga menetapkan lebih singkat (1.3.2). Perpanjangan yang dicatat di `perpanjangan` (1.3.3) membuat kasus ini tidak menjadi temuan bila: berdasar keputusan tercatat (`dasar`), diputuskan tidak sesudah --tanggal dan tidak sesudah batas jangka waktu (pada hari batas masih sah; keputusan sesudah kelebihan waktu terjadi tidak menutupnya), dan `sampai`-nya mencakup akhir layanan. Perpanjangan tanpa `sampai` (tanpa batas) atau tanpa `dasar` tidak diakui, dan alasannya dilaporkan. Tepat 6 bulan (tanggal yang sama enam bulan kemudian) masih memenuhi; sehari sesudahnya tidak. ATENSI (Permensos 7/2021 Pasal 27) tidak menetapkan durasi, tetapi batas 6 bulan Lampiran C angka 1.3.1 tetap berlaku untuk rehabilitasi sosial.',
        en: "Counted from the intake agreement date (or intake date, per `pengaturan.mulaiJangkaWaktu`) to termination/referral, or to --tanggal while active. The limit is the service's 1.3.1, or the institution's shorter `jangkaWaktuBulan` (1.3.2). A recorded extension (1.3.3) clears it when it has a recorded decision (`dasar`), was decided by --tanggal and no later than the limit date (a decision after the overrun does not cover it), and its `sampai` covers the end. An extension without `sampai` (open-ended) or without `dasar` is not accepted and the reason is reported. Exactly 6 months (the same day six months later) still passes; one day more does not. ATENSI (Pasal 27) sets no duration, but C 1.3.1's 6-month cap applies.",
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Rehabilitasi 6 bulan dan sehari (kesepakatan 2026-01-07, terminasi 2026-07-08).',
                    set: [
                        ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                        ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08'],
                    ],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001 berjalan 2026-01-07 s.d. 2026-07-08, melewati jangka waktu 6 bulan (batas 2026-07-07) tanpa perpanjangan.',
                            lokasi: 'register-2026.yaml:23',
                        },
                    ],
                },
                {
                    judul: 'Perpanjangan diputuskan sehari sesudah batas.',
                    set: [
                        ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                        ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08'],
                        [
                            '/kasus/0/perpanjangan',
                            [{ tanggal: '2026-07-08', sampai: '2026-08-31', dasar: 'CC 02/VII/2026' }],
                        ],
                    ],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: perpanjangan diputuskan 2026-07-08, sesudah jangka waktu berakhir (2026-07-07); keputusan yang terlambat tidak menutup kelebihan waktu.',
                            lokasi: 'register-2026.yaml:5',
                        },
                        {
                            pesan: 'Kasus HB-2026-001 berjalan 2026-01-07 s.d. 2026-07-08, melewati jangka waktu 6 bulan (batas 2026-07-07) tanpa perpanjangan yang diakui.',
                            lokasi: 'register-2026.yaml:23',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Rehabilitasi tepat 6 bulan (terminasi 2026-07-07).',
                    set: [
                        ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                        ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-07'],
                    ],
                },
                {
                    judul: 'Perpanjangan diputuskan pada hari batas.',
                    set: [
                        ['/kasus/0/tahapan/evaluasi/tanggal', '2026-07-01'],
                        ['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08'],
                        [
                            '/kasus/0/perpanjangan',
                            [{ tanggal: '2026-07-07', sampai: '2026-07-08', dasar: 'CC 02/VII/2026' }],
                        ],
                    ],
                },
            ],
        },
        gagal: {
            judul: 'Rehabilitasi berjalan 8 bulan tanpa perpanjangan.',
            set: [
                ['/kasus/0/tahapan/terminasi/tanggal', '2026-10-28'],
                ['/kasus/0/tahapan/evaluasi/tanggal', '2026-10-20'],
            ],
        },
        lulus: {
            judul: 'Rehabilitasi 8 bulan dengan keputusan perpanjangan.',
            set: [
                ['/kasus/0/tahapan/terminasi/tanggal', '2026-10-28'],
                ['/kasus/0/tahapan/evaluasi/tanggal', '2026-10-20'],
                [
                    '/kasus/0/perpanjangan',
                    [
                        {
                            tanggal: '2026-07-01',
                            sampai: '2026-11-30',
                            dasar: 'Keputusan case conference 01/CC/VII/2026',
                        },
                    ],
                ],
            ],
        },
    },
    check(ctx) {
        const mode = ctx.lembaga.pengaturan?.mulaiJangkaWaktu ?? 'kesepakatan';
        return kasusAktif(ctx).flatMap((k) => {
            const s = ctx.standar[k.kasus.layanan];
            const mulai = mulaiLayanan(k.kasus, mode);
            if (!mulai)
                return [];
            const akhir = akhirLayanan(k.kasus) ?? (k.kasus.status === 'aktif' ? ctx.tanggal : undefined);
            if (!akhir)
                return [];
            const lembagaBulan = ctx.lembaga.layanan[k.kasus.layanan]?.jangkaWaktuBulan;
            const bulan = typeof lembagaBulan === 'number'
                ? Math.min(lembagaBulan, s.jangkaWaktu.bulan)
                : s.jangkaWaktu.bulan;
            const batas = tambahBulan(mulai, bulan);
            if (akhir <= batas)
                return [];
            // 1.3.3: an extension counts only when it is a recorded decision (dasar) with an end
            // (sampai), decided by today and before the limit ran out; a late, open-ended or
            // unfounded one clears nothing and says why.
            const semua = k.kasus.perpanjangan ?? [];
            const out = [];
            const base = { layanan: k.kasus.layanan, kasus: k.kasus.nomor };
            const ext = semua.filter((p, i) => {
                if (!isTanggal(p.tanggal) || p.tanggal > ctx.tanggal)
                    return false; // kasus-tanggal-masa-depan
                const ptr = `/perpanjangan/${i}`;
                const params = { nomor: k.kasus.nomor, tanggal: p.tanggal, batas };
                if (p.tanggal > batas)
                    out.push({
                        ...base,
                        message: 'r.kasus.perpanjanganTerlambat',
                        params,
                        target: at(k, `${ptr}/tanggal`),
                        bagian: bagianPendek(s.jangkaWaktu.perpanjangan),
                        value: p.tanggal,
                        expected: `<= ${batas}`,
                    });
                else if (!isTanggal(p.sampai))
                    out.push({
                        ...base,
                        message: 'r.kasus.perpanjanganTanpaSampai',
                        params,
                        target: at(k, ptr),
                        bagian: bagianPendek(s.jangkaWaktu.perpanjangan),
                    });
                else if (!terisi(p.dasar))
                    out.push({
                        ...base,
                        message: 'r.kasus.perpanjanganTanpaDasar',
                        params,
                        target: at(k, ptr),
                        bagian: bagianPendek(s.jangkaWaktu.perpanjangan),
                    });
                else
                    return p.sampai >= p.tanggal;
                return false;
            });
            if (ext.some((p) => p.sampai >= akhir))
                return [];
            return [
                ...out,
                {
                    message: ext.length
                        ? 'r.kasus.jangkaWaktuPerpanjanganKurang'
                        : semua.length
                            ? 'r.kasus.jangkaWaktuTanpaSah'
                            : 'r.kasus.jangkaWaktu',
                    params: {
                        nomor: k.kasus.nomor,
                        mulai,
                        akhir,
                        bulan,
                        batas,
                        hari: selisihHari(batas, akhir),
                    },
                    target: at(k, ext.length ? '/perpanjangan' : k.kasus.status === 'aktif' ? '/status' : '/tahapan'),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    value: akhir,
                    expected: `<= ${batas}`,
                    hint: 'r.kasus.saranPerpanjangan',
                },
            ];
        });
    },
});
/* ------------------------------------------------------ activities (1.2) */
const kegiatanLayanan = layananRule({
    id: 'kasus-kegiatan-layanan',
    severity: 'error',
    scope: 'kasus',
    // Every core activity, letter by letter (1.2.2 a … 1.2.8 c; C's 1.2.5 a 1) … b 15)).
    bagian: (s) => s.kegiatan.map((k) => k.bagian),
    summary: {
        id: 'Setiap kegiatan yang dicatat adalah kegiatan pokok layanan itu, pada tahapnya.',
        en: 'Every recorded activity is a core activity of that service, at its stage.',
    },
    doc: {
        id: 'Kode `kegiatan[].kegiatan` harus salah satu kegiatan pokok layanan kasus itu (angka 1.2.2–1.2.8; pengembangan 1.2.3–1.2.9). Bila `tahap` diisi, harus tahap kegiatan itu. Kegiatan rehabilitasi tingkat dasar dan lanjut (1.2.5 huruf a/b) berbeda kodenya (akhiran -dasar/-lanjut). Daftar kode: `lembaga aturan kasus-kegiatan-layanan --format json` atau lembar Petunjuk di register Excel.',
        en: "Each `kegiatan[].kegiatan` must be a core activity of the case's service (1.2.2–1.2.8; development 1.2.3–1.2.9). A given `tahap` must match. Rehabilitation basic/advanced activities (1.2.5 a/b) have distinct keys (-dasar/-lanjut).",
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Kegiatan intervensi dicatat pada tahap asesmen.',
                    set: [['/kasus/0/kegiatan/1/tahap', 'asesmen']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: kegiatan motivasi-diagnosis-psikososial-dasar termasuk tahap intervensi, bukan asesmen.',
                            lokasi: 'register-2026.yaml:40',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Kegiatan intervensi pada tahapnya.',
                    set: [['/kasus/0/kegiatan/1/tahap', 'intervensi']],
                },
            ],
        },
        gagal: {
            judul: 'Kegiatan dari layanan lain.',
            set: [['/kasus/0/kegiatan/0/kegiatan', 'penyuluhan-sosial']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const s = ctx.standar[k.kasus.layanan];
        const keys = s.kegiatan.map((x) => x.key);
        return (k.kasus.kegiatan ?? []).flatMap((g, i) => {
            const keg = s.kegiatan.find((x) => x.key === g.kegiatan);
            if (!keg)
                return [
                    {
                        message: saranAtau('r.kasus.kegiatanTakDikenal', closest(String(g.kegiatan), keys)),
                        params: {
                            nomor: k.kasus.nomor,
                            kegiatan: String(g.kegiatan),
                            layanan: s.nama,
                            saran: closest(String(g.kegiatan), keys),
                        },
                        target: at(k, `/kegiatan/${i}/kegiatan`),
                        layanan: k.kasus.layanan,
                        kasus: k.kasus.nomor,
                        value: g.kegiatan,
                        expected: keys,
                    },
                ];
            if (g.tahap && g.tahap !== keg.tahap)
                return [
                    {
                        message: 'r.kasus.kegiatanTahap',
                        params: {
                            nomor: k.kasus.nomor,
                            kegiatan: keg.key,
                            tahap: g.tahap,
                            seharusnya: keg.tahap,
                        },
                        target: at(k, `/kegiatan/${i}/tahap`),
                        layanan: k.kasus.layanan,
                        kasus: k.kasus.nomor,
                        bagian: bagianPendek(keg.bagian),
                        value: g.tahap,
                        expected: keg.tahap,
                    },
                ];
            return [];
        });
    }),
});
const kegiatanPeriode = pasalRule({
    id: 'kasus-kegiatan-periode',
    severity: 'warning',
    pasal: ['Pasal 5', 'Pasal 6 ayat 1'],
    summary: {
        id: 'Kegiatan berlangsung dalam masa layanan kasus (tidak sebelum pendekatan awal, tidak sesudah terminasi/rujukan).',
        en: "Activities fall within the case's service period (not before intake, not after termination/referral).",
    },
    doc: {
        id: 'Tanggal kegiatan dibandingkan dengan tanggal pendekatan awal (Pasal 6 ayat 1: kontak pertama) dan tanggal akhir layanan (terminasi/rujukan).',
        en: 'Activity dates are compared with the intake date (Pasal 6(1): first contact) and the end of service.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Kegiatan sehari sesudah terminasi.',
                    set: [['/kasus/0/kegiatan/5/tanggal', '2026-06-06']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: kegiatan tanggal 2026-06-06 di luar masa layanan (2026-01-05 s.d. 2026-06-05).',
                            lokasi: 'register-2026.yaml:44',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Kegiatan pada hari terminasi.',
                    set: [['/kasus/0/kegiatan/5/tanggal', '2026-06-05']],
                },
            ],
        },
        gagal: {
            judul: 'Kegiatan sebelum pendekatan awal.',
            set: [['/kasus/0/kegiatan/0/tanggal', '2025-01-02']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const awal = [
            k.kasus.tahapan.pendekatanAwal?.tanggal,
            k.kasus.tahapan.pendekatanAwal?.kesepakatan,
        ]
            .filter(isTanggal)
            .sort()[0];
        const akhir = akhirLayanan(k.kasus);
        return (k.kasus.kegiatan ?? []).flatMap((g, i) => isTanggal(g.tanggal) &&
            g.tanggal <= ctx.tanggal &&
            ((awal && g.tanggal < awal) || (akhir && g.tanggal > akhir))
            ? [
                {
                    message: 'r.kasus.kegiatanLuarPeriode',
                    params: {
                        nomor: k.kasus.nomor,
                        tanggal: g.tanggal,
                        awal: awal ?? '-',
                        akhir: akhir ?? '-',
                    },
                    target: at(k, `/kegiatan/${i}/tanggal`),
                    kasus: k.kasus.nomor,
                    value: g.tanggal,
                },
            ]
            : []);
    }),
});
/* ------------------------------------------------------ staff on the case */
const pelaksanaKasus = layananRule({
    id: 'kasus-pelaksana',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [
        { angka: '2.3.2' },
        { ...s.jumlahPelaksana, huruf: 'a' },
        { ...s.jumlahPelaksana, huruf: 'b' },
    ],
    summary: {
        id: 'Kasus ditangani pekerja sosial dan disupervisi supervisor yang terdaftar di lembaga dan bertugas di layanan itu.',
        en: 'A case has a social worker and a supervisor who are on the staff list and work in that service.',
    },
    doc: {
        id: 'Angka 2.3.2: pekerja sosial wajib disupervisi. `pekerjaSosial` dan `supervisor` kasus harus kode staf di lembaga.yaml dengan peran pekerja-sosial (atau supervisor) dan supervisor, yang `layanan`-nya memuat layanan kasus. Kasus yang dirujuk keluar saat pendekatan awal dikecualikan dari syarat supervisor.',
        en: "2.3.2: workers must be supervised. The case's `pekerjaSosial` and `supervisor` must be staff ids with the right role working in the case's service. Cases referred away at intake need no supervisor.",
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Supervisor kasus berperan pekerja sosial.',
                    set: [['/kasus/0/supervisor', 'ps-02']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: ps-02 berperan pekerja-sosial, padahal di sini harus supervisor.',
                            lokasi: 'register-2026.yaml:22',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Supervisor menangani kasus sebagai pekerja sosialnya juga.',
                    set: [['/kasus/0/pekerjaSosial', 'sup-01']],
                },
            ],
        },
        gagal: { judul: 'Pekerja sosial tidak dikenal.', set: [['/kasus/0/pekerjaSosial', 'ps-99']] },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const out = [];
        const lay = k.kasus.layanan;
        const nama = ctx.standar[lay].nama;
        const cek = (field, peran) => {
            const id = k.kasus[field];
            if (!terisi(id)) {
                if (field === 'supervisor' && k.kasus.tahapan.pendekatanAwal?.rujukKeluar)
                    return;
                out.push({
                    message: field === 'supervisor' ? 'r.kasus.tanpaSupervisor' : 'r.kasus.tanpaPekerja',
                    params: { nomor: k.kasus.nomor },
                    target: at(k, `/${field}`),
                    layanan: lay,
                    kasus: k.kasus.nomor,
                    bagian: field === 'supervisor' ? '2.3.2' : `${ctx.standar[lay].jumlahPelaksana.angka} a`,
                });
                return;
            }
            const st = staf(ctx, id);
            if (!st)
                out.push({
                    message: 'r.kasus.stafTakDikenal',
                    params: { nomor: k.kasus.nomor, id: String(id) },
                    target: at(k, `/${field}`),
                    layanan: lay,
                    kasus: k.kasus.nomor,
                    value: id,
                    expected: ctx.lembaga.staf.filter((s) => peran.includes(s.peran)).map((s) => s.id),
                });
            else if (!peran.includes(st.peran))
                out.push({
                    message: 'r.kasus.stafPeran',
                    params: { nomor: k.kasus.nomor, id: st.id, peran: st.peran, harus: peran.join('/') },
                    target: at(k, `/${field}`),
                    layanan: lay,
                    kasus: k.kasus.nomor,
                    value: st.peran,
                    expected: peran,
                });
            else if (!(st.layanan ?? []).includes(lay))
                out.push({
                    message: 'r.kasus.stafLayanan',
                    params: { nomor: k.kasus.nomor, id: st.id, layanan: nama },
                    target: at(k, `/${field}`),
                    layanan: lay,
                    kasus: k.kasus.nomor,
                    value: id,
                });
        };
        cek('pekerjaSosial', ['pekerja-sosial', 'supervisor']);
        cek('supervisor', ['supervisor']);
        return out;
    }),
});
const izinPadaKegiatan = layananRule({
    id: 'kasus-izin-praktik-kegiatan',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [s.jaminan.pekerja.find((j) => j.key === 'izin-praktik-berlaku').bagian],
    summary: {
        id: 'Pekerja sosial yang memberi kegiatan memegang izin praktik yang berlaku pada tanggal kegiatan.',
        en: 'The social worker delivering an activity held a practice licence valid on its date.',
    },
    doc: {
        id: 'Untuk setiap kegiatan, pelaksananya (`pelaksana`, atau pekerja sosial kasus) yang berperan pekerja sosial atau supervisor harus memiliki izin praktik yang sudah terbit (`izinPraktik.tanggal` tidak sesudah tanggal kegiatan) dan masih berlaku (`izinPraktik.berlakuSampai` tidak sebelum tanggal kegiatan; izin yang berakhir tepat pada hari kegiatan masih berlaku) (angka 2.6.1 e). Pelaksana lain (terapis, relawan…) tidak memerlukan izin praktik pekerja sosial. Satu temuan per pelaksana per kasus (kegiatan pertama yang tidak tercakup).',
        en: 'For each activity, its deliverer (`pelaksana`, or the case worker) if a social worker or supervisor must hold a practice licence already issued (`izinPraktik.tanggal` not after the activity) and still valid (`izinPraktik.berlakuSampai` not before the activity; one ending on the activity day is still valid) (2.6.1 e). Other personnel need no social-work licence. One finding per worker per case.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Izin Budi berakhir sehari sebelum kegiatan terakhirnya (2026-11-02).',
                    set: [],
                    lembaga: [['/staf/1/izinPraktik/berlakuSampai', '2026-11-01']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-002: Budi Santoso, S.Sos. memberi layanan pada 2026-11-02, sedangkan izin praktiknya berlaku sampai 2026-11-01.',
                            lokasi: 'register-2026.yaml:94',
                        },
                    ],
                },
                {
                    judul: 'Izin Budi terbit sehari sesudah kegiatan pertamanya (2026-02-09).',
                    set: [],
                    lembaga: [['/staf/1/izinPraktik/tanggal', '2026-02-10']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-005: Budi Santoso, S.Sos. memberi layanan pada 2026-02-09, sebelum izin praktiknya terbit (2026-02-10).',
                            lokasi: 'register-2026.yaml:202',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Izin Budi berakhir pada hari kegiatan terakhirnya.',
                    set: [],
                    lembaga: [['/staf/1/izinPraktik/berlakuSampai', '2026-11-02']],
                },
                {
                    judul: 'Izin Budi terbit pada hari kegiatan pertamanya.',
                    set: [],
                    lembaga: [['/staf/1/izinPraktik/tanggal', '2026-02-09']],
                },
            ],
        },
        gagal: {
            judul: 'Izin praktik habis 2026-02-28, kegiatan sesudahnya.',
            set: [],
            lembaga: [['/staf/0/izinPraktik/berlakuSampai', '2026-02-28']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const out = [];
        const done = new Set();
        (k.kasus.kegiatan ?? []).forEach((g, i) => {
            const id = g.pelaksana ?? k.kasus.pekerjaSosial;
            const st = staf(ctx, id);
            if (!st ||
                (st.peran !== 'pekerja-sosial' && st.peran !== 'supervisor') ||
                done.has(st.id) ||
                !isTanggal(g.tanggal))
                return;
            const sampai = st.izinPraktik?.berlakuSampai;
            const terbit = st.izinPraktik?.tanggal;
            if (terisi(st.izinPraktik?.nomor) && isTanggal(terbit) && g.tanggal < terbit) {
                done.add(st.id);
                out.push({
                    message: 'r.kasus.izinKegiatanSebelum',
                    params: { nomor: k.kasus.nomor, nama: st.nama, tanggal: g.tanggal, terbit },
                    target: at(k, `/kegiatan/${i}/tanggal`),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    value: g.tanggal,
                    expected: `>= ${terbit}`,
                });
                return;
            }
            if (!terisi(st.izinPraktik?.nomor) || (isTanggal(sampai) && sampai < g.tanggal)) {
                done.add(st.id);
                out.push({
                    message: 'r.kasus.izinKegiatan',
                    params: {
                        nomor: k.kasus.nomor,
                        nama: st.nama,
                        tanggal: g.tanggal,
                        sampai: sampai ?? '-',
                    },
                    target: at(k, `/kegiatan/${i}`),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    value: g.tanggal,
                    expected: sampai ? `<= ${sampai}` : null,
                });
            }
        });
        return out;
    }),
});
/* --------------------------------------------------------- fees (1.4) */
const tarifKegiatan = layananRule({
    id: 'kasus-tarif-sesuai',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [
        s.tarif.sk,
        s.tarif.matriks,
        s.pengaduan.jenis.find((j) => j.key === 'pembayaran-di-luar-tarif').bagian,
    ],
    summary: {
        id: 'Biaya yang ditagih sama dengan tarif lembaga untuk kegiatan, durasi, dan tingkat itu; pro bono tanpa biaya.',
        en: "The fee charged equals the institution's tariff for that activity, duration and tier; pro bono is free.",
    },
    doc: {
        id: 'Untuk setiap kegiatan dengan `biaya` > 0: kegiatan itu harus berada di salah satu baris matriks tarif layanannya (angka 1.4.4; asesmen = baris "Asesmen 5 tahap"), `durasi` dan `tingkat` harus diisi, dan biaya harus sama dengan tarif di `layanan.<layanan>.tarif` (SK tarif, 1.4.3). Biaya di atas tarif adalah "permintaan pembayaran di luar tarif yang disepakati" (1.6.3 e). Kegiatan `proBono: true` harus berbiaya 0. Asesmen "5 tahap" adalah satu butir bertarif untuk seluruh asesmen: ditagih sekali per kasus (kegiatan asesmen lain berbiaya 0); tagihan kedua adalah temuan.',
        en: 'For each activity with `biaya` > 0: the activity must sit on a row of the service\'s matrix (1.4.4), `durasi` and `tingkat` must be given, and the fee must equal the tariff (1.4.3). A fee above it is "payment outside the agreed tariff" (1.6.3 e). A `proBono` activity must cost 0. The "5 tahap" assessment is one priced item for the whole assessment: charged once per case (other assessment activities cost 0); a second charge is a finding.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Ditagih Rp1 di atas tarif.',
                    set: [['/kasus/0/kegiatan/1/biaya', 150001]],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: ditagih Rp150.001, di atas tarif SK Rp150.000 (permintaan pembayaran di luar tarif).',
                            lokasi: 'register-2026.yaml:40',
                        },
                    ],
                },
                {
                    judul: 'Asesmen 5 tahap ditagih kedua kalinya.',
                    set: [
                        [
                            '/kasus/0/kegiatan/6',
                            {
                                tanggal: '2026-01-13',
                                kegiatan: 'pengumpulan-data',
                                durasi: '5-tahap',
                                tingkat: 'tingkat1',
                                biaya: 250000,
                            },
                        ],
                    ],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: asesmen 5 tahap sudah ditagih pada 2026-01-12; satu butir bertarif ini ditagih sekali per kasus.',
                            lokasi: 'register-2026.yaml:38',
                        },
                    ],
                },
            ],
            lulus: [
                { judul: 'Ditagih tepat sebesar tarif.', set: [['/kasus/0/kegiatan/1/biaya', 150000]] },
                {
                    judul: 'Kegiatan asesmen kedua tanpa biaya.',
                    set: [
                        [
                            '/kasus/0/kegiatan/6',
                            {
                                tanggal: '2026-01-13',
                                kegiatan: 'pengumpulan-data',
                                durasi: '5-tahap',
                                tingkat: 'tingkat1',
                                biaya: 0,
                            },
                        ],
                    ],
                },
            ],
        },
        gagal: { judul: 'Biaya di atas tarif.', set: [['/kasus/0/kegiatan/2/biaya', 999000]] },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const s = ctx.standar[k.kasus.layanan];
        const lay = ctx.lembaga.layanan[k.kasus.layanan] ?? {};
        // Amounts come from the matrix in lembaga.yaml, else from the basis it gives (1.4.1–1.4.2).
        const matriks = tarifBerlaku(lay, s);
        let asesmenDitagih = null;
        return (k.kasus.kegiatan ?? []).flatMap((g, i) => {
            const base = { layanan: k.kasus.layanan, kasus: k.kasus.nomor };
            if (g.proBono) {
                return typeof g.biaya === 'number' && g.biaya > 0
                    ? [
                        {
                            ...base,
                            message: 'r.kasus.proBonoBerbiaya',
                            params: { nomor: k.kasus.nomor, biaya: rp(g.biaya) },
                            target: at(k, `/kegiatan/${i}/biaya`),
                            value: g.biaya,
                            expected: 0,
                        },
                    ]
                    : [];
            }
            if (typeof g.biaya !== 'number' || g.biaya === 0)
                return [];
            if (!s.kegiatan.some((x) => x.key === g.kegiatan))
                return []; // reported by kasus-kegiatan-layanan
            const row = barisUntukKegiatan(s, g.kegiatan);
            if (!row)
                return [
                    {
                        ...base,
                        message: 'r.kasus.kegiatanTanpaTarif',
                        params: { nomor: k.kasus.nomor, kegiatan: g.kegiatan },
                        target: at(k, `/kegiatan/${i}/biaya`),
                        value: g.biaya,
                        expected: 0,
                    },
                ];
            // "Asesmen 5 tahap" is one priced item for the whole assessment: billed once per case.
            if (row === 'asesmen') {
                if (asesmenDitagih !== null)
                    return [
                        {
                            ...base,
                            message: 'r.kasus.asesmenGanda',
                            params: { nomor: k.kasus.nomor, pertama: asesmenDitagih },
                            target: at(k, `/kegiatan/${i}/biaya`),
                            bagian: bagianPendek(s.tarif.matriks),
                            value: g.biaya,
                            expected: 0,
                        },
                    ];
                asesmenDitagih = isTanggal(g.tanggal) ? g.tanggal : `kegiatan ${i + 1}`;
            }
            const durasi = row === 'asesmen' ? '5-tahap' : g.durasi;
            if (!durasi || !g.tingkat)
                return [
                    {
                        ...base,
                        message: 'r.kasus.tarifTanpaDurasi',
                        params: { nomor: k.kasus.nomor },
                        target: at(k, `/kegiatan/${i}`),
                        value: g.biaya,
                    },
                ];
            // An invalid duration or tier is the schema's finding; nothing to compare.
            if (!TINGKAT_KEYS.includes(g.tingkat) ||
                !DURASI_KEYS.includes(durasi))
                return [];
            const tarif = matriks[row]?.[durasi]?.[g.tingkat];
            if (typeof tarif !== 'number')
                return [
                    {
                        ...base,
                        message: 'r.kasus.tarifTidakDitetapkan',
                        params: { nomor: k.kasus.nomor, baris: row, durasi, tingkat: g.tingkat },
                        target: at(k, `/kegiatan/${i}/biaya`),
                        value: g.biaya,
                    },
                ];
            if (g.biaya === tarif)
                return [];
            return [
                {
                    ...base,
                    message: g.biaya > tarif ? 'r.kasus.tarifLebih' : 'r.kasus.tarifKurang',
                    params: { nomor: k.kasus.nomor, biaya: rp(g.biaya), tarif: rp(tarif) },
                    target: at(k, `/kegiatan/${i}/biaya`),
                    value: g.biaya,
                    expected: tarif,
                    ...(g.biaya > tarif
                        ? {
                            bagian: bagianPendek(s.pengaduan.jenis.find((j) => j.key === 'pembayaran-di-luar-tarif').bagian),
                        }
                        : { bagian: bagianPendek(s.tarif.sk) }),
                },
            ];
        });
    }),
});
function rp(n) {
    return 'Rp' + n.toLocaleString('id-ID');
}
const proBono = layananRule({
    id: 'kasus-pro-bono',
    severity: 'warning',
    scope: 'kasus',
    bagian: (s) => [s.faktorTarif.find((f) => f.key === 'probono').bagian],
    summary: {
        id: 'Layanan pro bono setiap pekerja sosial paling sedikit 10 % dari kegiatannya dalam setahun (atau sesuai pengaturan lembaga).',
        en: "Each social worker's pro bono services are at least 10 % of their activities in a year (or as the institution set).",
    },
    doc: {
        id: 'Angka 1.4.2 e: "layanan probono dari Pekerja Sosial sebanyak 10% dari kegiatan-kegiatan yang dilaksanakan". Teks tidak menyebut dasarnya; bawaan: kegiatan per pekerja sosial per tahun (`pengaturan.proBono.dasar: kegiatan-per-pekerja-per-tahun`), atau seluruh kegiatan lembaga per tahun (`kegiatan-lembaga-per-tahun`); persentase `pengaturan.proBono.persen` (bawaan 10; boleh lebih tinggi, tidak boleh lebih rendah: angka 1.4.2 e menetapkan "sebanyak 10%", maka persen di bawah 10 dilaporkan dan kuota tetap dihitung dengan 10 %). Kewajibannya dibulatkan ke atas ("paling sedikit 10 %": 5 kegiatan mewajibkan 1 pro bono), dan hanya kegiatan pekerja sosial (termasuk supervisor) yang dihitung. Perhitungan yang sama dipakai `lembaga tarif` untuk kuota pro bono. Tahun: --tahun, atau setiap tahun yang ada di register.',
        en: '1.4.2 e: pro bono "10% of the activities carried out". The basis is unstated; default: activities per worker per year, or all the institution\'s activities per year; percentage from `pengaturan.proBono.persen` (default 10; it may be raised, never lowered: 1.4.2 e fixes 10 %, so a lower value is reported and the quota is still computed at 10 %). The quota is rounded up (at least 10 %: 5 activities owe 1); only activities of social workers count. `lembaga tarif` uses the same computation. Year: --tahun, or each year in the register.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Budi: 11 kegiatan 2026, 1 pro bono (wajib 2: 10 % dibulatkan ke atas).',
                    set: [
                        ['/kasus/1/kegiatan/4/proBono', undefined],
                        ['/kasus/1/kegiatan/4/biaya', 70000],
                    ],
                    temuan: [
                        {
                            pesan: 'Budi Santoso, S.Sos. memberi 1 kegiatan pro bono dari 11 kegiatan pada 2026; paling sedikit 2 (10 %).',
                            lokasi: 'lembaga.yaml:217',
                        },
                    ],
                },
                {
                    judul: 'Persen pro bono diturunkan ke 9.',
                    set: [],
                    lembaga: [['/pengaturan/proBono/persen', 9]],
                    temuan: [
                        {
                            pesan: 'pengaturan.proBono.persen 9 % di bawah 10 % yang ditetapkan angka 1.4.2 e; kuota dihitung dengan 10 %.',
                            lokasi: 'lembaga.yaml:289',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Budi: tepat 10 kegiatan 2026, 1 pro bono (tepat 10 %).',
                    set: [
                        ['/kasus/1/kegiatan/4/proBono', undefined],
                        ['/kasus/1/kegiatan/4/biaya', 70000],
                        ['/kasus/4/kegiatan', []],
                    ],
                },
                {
                    judul: 'Persen pro bono dinaikkan ke 10 (tetap).',
                    set: [],
                    lembaga: [['/pengaturan/proBono/persen', 10]],
                },
            ],
        },
        gagal: { judul: 'Tidak ada kegiatan pro bono.', set: [['/kasus/1/kegiatan/1/proBono', false]] },
        lulus: KOSONG,
    },
    check(ctx) {
        // All the worker's activities count, whatever --layanan shows; years after "today" are
        // mistyped dates (reported by kasus-tanggal-masa-depan), not a quota to meet.
        const offered = Object.keys(ctx.lembaga.layanan);
        const kasus = (ctx.semuaKasus ?? ctx.kasus).filter((k) => offered.includes(k.kasus.layanan));
        const tahunIni = Number(ctx.tanggal.slice(0, 4));
        const years = ctx.tahun
            ? [ctx.tahun]
            : [
                ...new Set(kasus.flatMap((k) => (k.kasus.kegiatan ?? []).map((g) => isTanggal(g.tanggal) ? Number(g.tanggal.slice(0, 4)) : NaN))),
            ]
                .filter((y) => !Number.isNaN(y) && y <= tahunIni)
                .sort();
        const out = [];
        const diatur = ctx.lembaga.pengaturan?.proBono?.persen;
        if (typeof diatur === 'number' && diatur < PERSEN_PRO_BONO)
            out.push({
                message: 'r.kasus.proBonoPersen',
                params: { persen: diatur },
                target: { source: 'lembaga', pointer: '/pengaturan/proBono/persen' },
                layanan: kasus[0]?.kasus.layanan ?? ctx.layanan[0],
                value: diatur,
                expected: `>= ${PERSEN_PRO_BONO}`,
            });
        for (const tahun of years) {
            const q = hitungProBono(ctx.lembaga, kasus, tahun);
            const layanan = kasus[0]?.kasus.layanan;
            if (q.dasar === 'kegiatan-lembaga-per-tahun') {
                if (q.total.kurang > 0)
                    out.push({
                        message: 'r.kasus.proBonoLembaga',
                        params: {
                            tahun,
                            pb: q.total.proBono,
                            total: q.total.kegiatan,
                            wajib: q.total.kuota,
                            persen: q.persen,
                        },
                        target: { source: 'lembaga', pointer: ctx.lembaga.pengaturan ? '/pengaturan' : '' },
                        layanan,
                        value: q.total.proBono,
                        expected: `>= ${q.total.kuota}`,
                    });
                continue;
            }
            for (const r of q.perPekerja) {
                if (r.kurang === 0 || r.pelaksana === null)
                    continue;
                const i = ctx.lembaga.staf.findIndex((s) => s.id === r.pelaksana);
                out.push({
                    message: 'r.kasus.proBonoPekerja',
                    params: {
                        nama: i >= 0 ? ctx.lembaga.staf[i].nama : r.pelaksana,
                        tahun,
                        pb: r.proBono,
                        total: r.kegiatan,
                        wajib: r.kuota,
                        persen: q.persen,
                    },
                    target: { source: 'lembaga', pointer: i >= 0 ? `/staf/${i}` : '/staf' },
                    layanan,
                    value: r.proBono,
                    expected: `>= ${r.kuota}`,
                });
            }
        }
        return out;
    },
});
/* ---------------------------------------------------- who may be a client */
/**
 * E 1.1.1: "individu, keluarga, kelompok, dan/atau masyarakat dalam lingkup komunitas, desa,
 * kecamatan, kabupaten" — the catalogue lists the scopes; the persons within them are clients too.
 */
const KLIEN_DALAM_LINGKUP = ['individu', 'keluarga', 'kelompok', 'masyarakat'];
function jenisKlienBoleh(s) {
    return s.key === 'pengembangan'
        ? [...new Set([...KLIEN_DALAM_LINGKUP, ...s.jenisKlien.keys])]
        : s.jenisKlien.keys;
}
const jenisKlien = layananRule({
    id: 'kasus-jenis-klien',
    severity: 'error',
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
                {
                    judul: 'Lembaga sebagai klien rehabilitasi.',
                    set: [['/kasus/0/klien/jenis', 'lembaga']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: jenis klien "lembaga" tidak dilayani Rehabilitasi Sosial (hanya: individu, keluarga, kelompok, masyarakat).',
                            lokasi: 'register-2026.yaml:9',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Individu sebagai klien pengembangan (E 1.1.1: individu dalam lingkup desa).',
                    set: [
                        ['/kasus/0/layanan', 'pengembangan'],
                        ['/kasus/0/klien/jenis', 'desa'],
                        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
                        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
                        ['/kasus/0/klien/jenis', 'individu'],
                    ],
                    lembaga: [['/layanan/pengembangan', {}]],
                },
            ],
        },
        gagal: { judul: 'Desa sebagai klien rehabilitasi.', set: [['/kasus/0/klien/jenis', 'desa']] },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const s = ctx.standar[k.kasus.layanan];
        const j = k.kasus.klien.jenis;
        const boleh = jenisKlienBoleh(s);
        if (j === undefined || boleh.includes(j))
            return [];
        return [
            {
                message: 'r.kasus.jenisKlien',
                params: {
                    nomor: k.kasus.nomor,
                    jenis: String(j),
                    layanan: s.nama,
                    daftar: boleh.join(', '),
                },
                target: at(k, '/klien/jenis'),
                layanan: k.kasus.layanan,
                kasus: k.kasus.nomor,
                value: j,
                expected: boleh,
            },
        ];
    }),
});
const pemohon = layananRule({
    id: 'kasus-pemohon',
    severity: 'error',
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
                {
                    judul: 'Pencegahan atas permohonan dinas sosial (tidak disebut A 1.1.2).',
                    set: [
                        ['/kasus/0/layanan', 'pencegahan'],
                        ['/kasus/0/pemohon/jenis', 'dinas-sosial'],
                    ],
                    lembaga: [['/layanan/pencegahan', {}]],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: pemohon "dinas-sosial" tidak termasuk pemohon yang disebut standar (pemerintah, pemerintah-daerah, aparat-penegak-hukum, profesi-lain, masyarakat).',
                            lokasi: 'register-2026.yaml:20',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Pencegahan atas permohonan masyarakat.',
                    set: [
                        ['/kasus/0/layanan', 'pencegahan'],
                        ['/kasus/0/pemohon/jenis', 'masyarakat'],
                    ],
                    lembaga: [['/layanan/pencegahan', {}]],
                },
            ],
        },
        gagal: {
            judul: 'Kasus pencegahan tanpa pemohon.',
            set: [
                ['/kasus/0/layanan', 'pencegahan'],
                ['/kasus/0/pemohon', undefined],
            ],
            lembaga: [['/layanan/pencegahan', {}]],
        },
        lulus: {
            judul: 'Kasus pencegahan atas permohonan pemerintah daerah.',
            set: [
                ['/kasus/0/layanan', 'pencegahan'],
                ['/kasus/0/pemohon', { jenis: 'pemerintah-daerah', nama: 'Kecamatan Bojongloa Kidul' }],
            ],
            lembaga: [['/layanan/pencegahan', {}]],
        },
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const s = ctx.standar[k.kasus.layanan];
        if (!s.pemohon)
            return [];
        const keys = s.pemohon.keys.map((p) => p.key);
        const j = k.kasus.pemohon?.jenis;
        if (j && keys.includes(j))
            return [];
        return [
            {
                message: j ? 'r.kasus.pemohonTakDikenal' : 'r.kasus.tanpaPemohon',
                params: { nomor: k.kasus.nomor, jenis: j ?? '-', daftar: keys.join(', ') },
                target: at(k, j ? '/pemohon/jenis' : ''),
                layanan: k.kasus.layanan,
                kasus: k.kasus.nomor,
                value: j ?? null,
                expected: keys,
            },
        ];
    }),
});
const persyaratanPerlindungan = layananRule({
    id: 'kasus-persyaratan-perlindungan',
    severity: 'error',
    scope: 'kasus',
    hanya: ['perlindungan'],
    bagian: (s) => s.key === 'perlindungan' ? [{ angka: '1.1.2' }, { angka: '1.1.3', butir: '1' }] : [],
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
                {
                    judul: 'Klien perlindungan baru diusulkan ke DTKS.',
                    set: [['/kasus/3/klien/dtks', 'diusulkan']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-004: klien perlindungan sosial belum terdaftar di sistem informasi kesejahteraan sosial (DTKS/DTSEN); "diusulkan" belum memenuhi angka 1.1.3 Lampiran B.',
                            lokasi: 'register-2026.yaml:155',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Klien perlindungan terdaftar, PPKS lain.',
                    set: [['/kasus/3/klien/ppks', 'korban-bencana-sosial']],
                },
            ],
        },
        gagal: {
            judul: 'Klien perlindungan belum terdaftar.',
            set: [['/kasus/2/klien/dtks', 'belum-terdaftar']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx)
        .filter((k) => k.kasus.layanan === 'perlindungan')
        .flatMap((k) => {
        const out = [];
        const base = { layanan: k.kasus.layanan, kasus: k.kasus.nomor };
        if (!terisi(k.kasus.klien.ppks))
            out.push({
                ...base,
                message: 'r.kasus.perlindunganPpks',
                params: { nomor: k.kasus.nomor },
                target: at(k, '/klien/ppks'),
                bagian: '1.1.2',
            });
        // B 1.1.3 (1) requires the client to be registered; serving while registration is
        // proposed is ATENSI's allowance (Permensos 7/2021 Pasal 43), not B's.
        const ds = statusDataSosial(k.kasus.klien);
        if (ds.status !== 'terdaftar')
            out.push({
                ...base,
                message: 'r.kasus.perlindunganSiks',
                params: { nomor: k.kasus.nomor },
                target: at(k, `/klien/${ds.kunci}`),
                bagian: '1.1.3 1',
                value: ds.status ?? null,
                expected: 'terdaftar',
            });
        return out;
    }),
});
const timKerjaKasus = layananRule({
    id: 'kasus-tim-kerja',
    severity: 'error',
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
                {
                    judul: 'Tim kasus kosong; daftar tim lembaga tidak menggantikan.',
                    set: [
                        ['/kasus/0/layanan', 'pengembangan'],
                        ['/kasus/0/klien/jenis', 'desa'],
                        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
                        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
                        ['/kasus/0/timKerjaMasyarakat', []],
                    ],
                    lembaga: [['/layanan/pengembangan', { timKerjaMasyarakat: ['Tim Kota Bandung'] }]],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: tim kerja masyarakat belum dicatat pada kasus ini; daftar tim di lembaga.yaml tidak menggantikannya karena setiap masyarakat membentuk timnya sendiri.',
                            lokasi: 'register-2026.yaml:5',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Tim kasus satu orang.',
                    set: [
                        ['/kasus/0/layanan', 'pengembangan'],
                        ['/kasus/0/klien/jenis', 'desa'],
                        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
                        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
                    ],
                    lembaga: [['/layanan/pengembangan', {}]],
                },
            ],
        },
        gagal: {
            judul: 'Kasus pengembangan tanpa tim, walau lembaga mencatat tim umum.',
            set: [
                ['/kasus/0/layanan', 'pengembangan'],
                ['/kasus/0/klien/jenis', 'desa'],
            ],
            lembaga: [['/layanan/pengembangan', { timKerjaMasyarakat: ['Tim Kota Bandung'] }]],
        },
        lulus: {
            judul: 'Kasus pengembangan dengan tim kerja.',
            set: [
                ['/kasus/0/layanan', 'pengembangan'],
                ['/kasus/0/klien/jenis', 'desa'],
                ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II', 'Ketua Karang Taruna']],
            ],
            lembaga: [['/layanan/pengembangan', {}]],
        },
    },
    check: (ctx) => kasusAktif(ctx)
        .filter((k) => k.kasus.layanan === 'pengembangan' && !terisi(k.kasus.timKerjaMasyarakat))
        .map((k) => ({
        message: terisi(ctx.lembaga.layanan.pengembangan?.timKerjaMasyarakat)
            ? 'r.kasus.timKerjaBukanLembaga'
            : 'r.kasus.tanpaTimKerja',
        params: { nomor: k.kasus.nomor },
        target: at(k, k.kasus.timKerjaMasyarakat !== undefined ? '/timKerjaMasyarakat' : ''),
        layanan: k.kasus.layanan,
        kasus: k.kasus.nomor,
    })),
});
/** E 1.2.3 d: the activity that forms the community work team at intake. */
const PEMBENTUKAN_TIM = 'pembentukan-tim-kerja';
const timKerjaDibentuk = layananRule({
    id: 'tim-kerja-masyarakat',
    severity: 'error',
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
                {
                    judul: 'Tim dibentuk sehari sesudah asesmen.',
                    set: [
                        ['/kasus/0/layanan', 'pengembangan'],
                        ['/kasus/0/klien/jenis', 'desa'],
                        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
                        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
                        ['/kasus/0/kegiatan/0/tanggal', '2026-01-13'],
                    ],
                    lembaga: [['/layanan/pengembangan', {}]],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: tim kerja masyarakat dibentuk 2026-01-13, sesudah asesmen dimulai (2026-01-12); tim dibentuk pada pendekatan awal.',
                            lokasi: 'register-2026.yaml:39',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Tim dibentuk pada hari asesmen.',
                    set: [
                        ['/kasus/0/layanan', 'pengembangan'],
                        ['/kasus/0/klien/jenis', 'desa'],
                        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
                        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
                    ],
                    lembaga: [['/layanan/pengembangan', {}]],
                },
            ],
        },
        gagal: {
            judul: 'Kasus pengembangan sampai asesmen tanpa pembentukan tim.',
            set: [
                ['/kasus/0/layanan', 'pengembangan'],
                ['/kasus/0/klien/jenis', 'desa'],
                ['/kasus/0/kegiatan', []],
            ],
            lembaga: [['/layanan/pengembangan', {}]],
        },
        lulus: {
            judul: 'Tim dibentuk pada hari asesmen.',
            set: [
                ['/kasus/0/layanan', 'pengembangan'],
                ['/kasus/0/klien/jenis', 'desa'],
                ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: PEMBENTUKAN_TIM }]],
            ],
            lembaga: [['/layanan/pengembangan', {}]],
        },
    },
    check: (ctx) => kasusAktif(ctx)
        .filter((k) => k.kasus.layanan === 'pengembangan')
        .flatMap((k) => {
        const asesmen = k.kasus.tahapan.asesmen?.tanggal;
        if (!isTanggal(asesmen))
            return [];
        const list = k.kasus.kegiatan ?? [];
        const i = list.findIndex((g) => g.kegiatan === PEMBENTUKAN_TIM);
        const base = { layanan: k.kasus.layanan, kasus: k.kasus.nomor };
        if (i < 0)
            return [
                {
                    ...base,
                    message: 'r.timKerja.belumDibentuk',
                    params: { nomor: k.kasus.nomor, kegiatan: PEMBENTUKAN_TIM },
                    target: at(k, list.length ? '/kegiatan' : '/tahapan/asesmen/tanggal'),
                },
            ];
        const tgl = list[i].tanggal;
        if (isTanggal(tgl) && tgl > asesmen)
            return [
                {
                    ...base,
                    message: 'r.timKerja.terlambat',
                    params: { nomor: k.kasus.nomor, tanggal: tgl, asesmen },
                    target: at(k, `/kegiatan/${i}/tanggal`),
                    value: tgl,
                    expected: `<= ${asesmen}`,
                },
            ];
        return [];
    }),
});
/* ---------------------------------------------------- complaints (1.6) */
const pengaduanKasus = layananRule({
    id: 'kasus-pengaduan',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [
        ...s.pengaduan.jenis.map((j) => j.bagian),
        ...s.pengaduan.saluran.map((j) => j.bagian),
        s.pengaduan.prosedur.find((p) => p.key === 'alur')?.bagian ?? { angka: '1.6.5', huruf: 'b' },
    ],
    summary: {
        id: 'Pengaduan yang dicatat memakai jenis (1.6.3) dan saluran (1.6.4) yang dikenal standar, dan tidak selesai sebelum diterima.',
        en: 'Recorded complaints use a type (1.6.3) and channel (1.6.4) the standard knows, and are not resolved before they were received.',
    },
    doc: {
        id: 'Kode `pengaduan[].jenis` harus salah satu dari 1.6.3 a–f (layanan-tidak-sesuai, prosedur-tidak-sesuai, pelanggaran-etik, fasilitas-tidak-memadai, pembayaran-di-luar-tarif, komentar-saran) dan `saluran` salah satu dari 1.6.4 a–e (telepon, whatsapp, kotak-pengaduan, email, alamat-surat). Lampiran B kehilangan teks 1.6.1–1.6.3; rumusan paralel A/C/D/E diterapkan. Tanggal `selesai` sebelum `tanggal` diterima membalik alur 1.6.5 b (penerimaan sampai penyampaian hasil) dan dilaporkan; selesai pada hari yang sama boleh.',
        en: 'Complaint `jenis` must be one of 1.6.3 a–f and `saluran` one of 1.6.4 a–e. B lost 1.6.1–1.6.3; the parallel wording applies. A `selesai` date before the `tanggal` received reverses the 1.6.5 b process and is reported; the same day is fine.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Pengaduan selesai sehari sebelum diterima.',
                    set: [['/kasus/1/pengaduan/0/selesai', '2026-08-31']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-002: pengaduan tercatat selesai 2026-08-31, sebelum diterima 2026-09-01.',
                            lokasi: 'register-2026.yaml:100',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Pengaduan selesai pada hari diterima.',
                    set: [['/kasus/1/pengaduan/0/selesai', '2026-09-01']],
                },
            ],
        },
        gagal: {
            judul: 'Jenis pengaduan tidak dikenal.',
            set: [['/kasus/1/pengaduan/0/jenis', 'tarif-mahal']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const s = ctx.standar[k.kasus.layanan];
        const jenis = s.pengaduan.jenis.map((j) => j.key);
        const saluran = s.pengaduan.saluran.map((j) => j.key);
        return (k.kasus.pengaduan ?? []).flatMap((p, i) => {
            const out = [];
            if (p.jenis !== undefined && !jenis.includes(p.jenis))
                out.push({
                    message: saranAtau('r.kasus.pengaduanJenis', closest(p.jenis, jenis)),
                    params: { nomor: k.kasus.nomor, nilai: p.jenis, saran: closest(p.jenis, jenis) },
                    target: at(k, `/pengaduan/${i}/jenis`),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    bagian: '1.6.3',
                    value: p.jenis,
                    expected: jenis,
                });
            if (isTanggal(p.tanggal) && isTanggal(p.selesai) && p.selesai < p.tanggal)
                out.push({
                    message: 'r.kasus.pengaduanSelesaiSebelum',
                    params: { nomor: k.kasus.nomor, tanggal: p.tanggal, selesai: p.selesai },
                    target: at(k, `/pengaduan/${i}/selesai`),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    bagian: '1.6.5 b',
                    value: p.selesai,
                    expected: `>= ${p.tanggal}`,
                });
            if (p.saluran !== undefined && !saluran.includes(p.saluran))
                out.push({
                    message: saranAtau('r.kasus.pengaduanSaluran', closest(p.saluran, saluran)),
                    params: { nomor: k.kasus.nomor, nilai: p.saluran, saran: closest(p.saluran, saluran) },
                    target: at(k, `/pengaduan/${i}/saluran`),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    bagian: '1.6.4',
                    value: p.saluran,
                    expected: saluran,
                });
            return out;
        });
    }),
});
const pengaduanTepat = layananRule({
    id: 'kasus-pengaduan-batas-waktu',
    severity: 'warning',
    scope: 'kasus',
    bagian: (s) => [s.pengaduan.prosedur.find((p) => p.key === 'batas-waktu').bagian],
    summary: {
        id: 'Pengaduan diselesaikan dalam batas waktu yang ditetapkan lembaga.',
        en: 'Complaints are resolved within the deadline the institution set.',
    },
    doc: {
        id: 'Angka 1.6.5 c meminta batas waktu setiap tahap. Register mencatat tanggal pengaduan diterima (`tanggal`) dan hasilnya disampaikan (`selesai`), maka rentang itu dibandingkan dengan jumlah batas ketiga tahap `pengaduan.prosedur.batasWaktuHari` (penerimaan + penanganan + penyampaianHasil). Satu batas untuk seluruh proses (`pengaturan.batasWaktuPengaduanHari`) bukan batas per tahap dan tidak dipakai; bila batas salah satu tahap belum ditetapkan, aturan ini tidak menilai (pengaduan-prosedur melaporkannya). Selesai tepat pada tenggat masih memenuhi; sehari sesudahnya, atau belum selesai padahal tenggat sudah lewat pada --tanggal, adalah temuan.',
        en: "1.6.5 c asks a deadline for each step. The register records when a complaint was received (`tanggal`) and when its result was delivered (`selesai`), so that span is compared with the sum of the three per-step limits. A single whole-process limit (`pengaturan.batasWaktuPengaduanHari`) is not a per-step deadline and is not used; if any step's limit is missing the rule does not judge (pengaduan-prosedur reports it). Resolved on the deadline passes; one day later, or still open past it on --tanggal, is a finding.",
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Selesai 19 hari sesudah diterima (batas 1 + 14 + 3 = 18 hari).',
                    set: [['/kasus/1/pengaduan/0/selesai', '2026-09-20']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-002: pengaduan 2026-09-01 selesai 2026-09-20, melewati batas 18 hari (2026-09-19).',
                            lokasi: 'register-2026.yaml:100',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Selesai tepat 18 hari sesudah diterima.',
                    set: [['/kasus/1/pengaduan/0/selesai', '2026-09-19']],
                },
            ],
        },
        gagal: {
            judul: 'Selesai 80 hari kemudian.',
            set: [['/kasus/1/pengaduan/0/selesai', '2026-11-20']],
        },
        lulus: KOSONG,
    },
    check(ctx) {
        // 1.6.5 c: a deadline for each step. The case records when a complaint was received and
        // when its result was delivered, so the three steps together bound that span; a single
        // whole-process limit (pengaturan.batasWaktuPengaduanHari) is not a per-step deadline and is
        // not used (pengaduan-prosedur reports it).
        const bw = ctx.lembaga.pengaduan?.prosedur?.batasWaktuHari;
        const langkah = [bw?.penerimaan, bw?.penanganan, bw?.penyampaianHasil];
        if (!langkah.every((x) => typeof x === 'number' && x >= 0))
            return [];
        const batas = langkah.reduce((a, b) => a + b, 0);
        return kasusAktif(ctx).flatMap((k) => (k.kasus.pengaduan ?? []).flatMap((p, i) => {
            if (!isTanggal(p.tanggal))
                return [];
            const tenggat = tambahHari(p.tanggal, batas);
            const selesai = isTanggal(p.selesai) ? p.selesai : undefined;
            if (selesai ? selesai <= tenggat : ctx.tanggal <= tenggat)
                return [];
            return [
                {
                    message: selesai ? 'r.kasus.pengaduanTerlambat' : 'r.kasus.pengaduanTerbuka',
                    params: {
                        nomor: k.kasus.nomor,
                        tanggal: p.tanggal,
                        selesai: selesai ?? '-',
                        hari: batas,
                        tenggat,
                    },
                    target: at(k, `/pengaduan/${i}${selesai ? '/selesai' : ''}`),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                    value: selesai ?? null,
                    expected: `<= ${tenggat}`,
                },
            ];
        }));
    },
});
/* ---------------------------------------------------------------- NIK */
const nikFormat = identitasRule({
    id: 'nik-format',
    severity: 'error',
    pasal: ['Pasal 64 ayat 3'],
    summary: {
        id: 'NIK 16 digit dengan kode wilayah, tanggal lahir, dan nomor urut yang mungkin.',
        en: 'A NIK has 16 digits with a plausible region code, birth date and serial.',
    },
    doc: {
        id: 'NIK = provinsi (2) + kabupaten/kota (2) + kecamatan (2) + tanggal lahir DDMMYY (perempuan: tanggal + 40) + nomor urut (4, bukan 0000). Diperiksa: panjang, hanya angka, kode provinsi 11–97, kabupaten bukan 00/70, kecamatan bukan 00, tanggal ada di kalender, nomor urut bukan 0000. NIK kosong tidak diperiksa. NIK ditulis sebagai teks; di Excel, sel NIK bertipe angka sudah kehilangan digit (aturan nik-angka).',
        en: 'NIK = province (2) + regency (2) + district (2) + DDMMYY (women +40) + serial (never 0000). Empty NIKs are not checked.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Tanggal lahir 32 pada NIK.',
                    set: [['/kasus/0/klien/nik', '3273067205120002']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: bagian tanggal lahir pada NIK bukan tanggal yang ada.',
                            lokasi: 'register-2026.yaml:11',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Tanggal lahir 31 (perempuan: 71) pada NIK.',
                    set: [['/kasus/0/klien/nik', '3273067105120002']],
                },
            ],
        },
        gagal: {
            judul: 'Tanggal lahir 32 pada NIK.',
            set: [['/kasus/0/klien/nik', '3273063205120003']],
        },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const nik = k.kasus.klien.nik;
        if (typeof nik !== 'string' || nik === '')
            return [];
        const r = parseNik(nik);
        return r.ok
            ? []
            : [
                {
                    message: `r.nik.${r.problem}`,
                    params: { nomor: k.kasus.nomor, nik },
                    target: at(k, '/klien/nik'),
                    kasus: k.kasus.nomor,
                    value: nik,
                },
            ];
    }),
});
const nikCocok = identitasRule({
    id: 'nik-cocok',
    severity: 'warning',
    pasal: ['Pasal 64 ayat 3'],
    summary: {
        id: 'Tanggal lahir dan jenis kelamin di NIK cocok dengan data klien.',
        en: "The NIK's birth date and sex agree with the client record.",
    },
    doc: {
        id: 'Hari, bulan, dan dua digit tahun lahir di NIK dibandingkan dengan `klien.tanggalLahir`; hari > 40 berarti perempuan, dibandingkan dengan `klien.jenisKelamin`. Peringatan, bukan galat: NIK lama dapat membawa kode wilayah atau data sebelum pemekaran/perbaikan.',
        en: 'Birth date and sex in the NIK are compared with the record. A warning: old NIKs may carry pre-split or uncorrected data.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'Tanggal lahir sehari sesudah tanggal di NIK.',
                    set: [['/kasus/0/klien/tanggalLahir', '2012-05-10']],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-001: tanggal lahir di NIK (09-05-12) berbeda dengan tanggal lahir klien (2012-05-10).',
                            lokasi: 'register-2026.yaml:12',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'Tanggal lahir sama dengan NIK.',
                    set: [['/kasus/0/klien/tanggalLahir', '2012-05-09']],
                },
            ],
        },
        gagal: { judul: 'Jenis kelamin tidak cocok.', set: [['/kasus/0/klien/jenisKelamin', 'L']] },
        lulus: KOSONG,
    },
    check: (ctx) => kasusAktif(ctx).flatMap((k) => {
        const { nik, tanggalLahir, jenisKelamin } = k.kasus.klien;
        if (typeof nik !== 'string')
            return [];
        const r = parseNik(nik);
        if (!r.ok)
            return [];
        const out = [];
        if (isTanggal(tanggalLahir)) {
            const [y, m, d] = tanggalLahir.split('-').map(Number);
            if (d !== r.info.hari || m !== r.info.bulan || y % 100 !== r.info.tahun2)
                out.push({
                    message: 'r.nik.tanggalBeda',
                    params: {
                        nomor: k.kasus.nomor,
                        nikTgl: `${String(r.info.hari).padStart(2, '0')}-${String(r.info.bulan).padStart(2, '0')}-${String(r.info.tahun2).padStart(2, '0')}`,
                        tanggal: tanggalLahir,
                    },
                    target: at(k, '/klien/tanggalLahir'),
                    kasus: k.kasus.nomor,
                    value: tanggalLahir,
                });
        }
        if ((jenisKelamin === 'L' || jenisKelamin === 'P') && jenisKelamin !== r.info.jenisKelamin)
            out.push({
                message: 'r.nik.kelaminBeda',
                params: { nomor: k.kasus.nomor, jk: jenisKelamin, nikJk: r.info.jenisKelamin },
                target: at(k, '/klien/jenisKelamin'),
                kasus: k.kasus.nomor,
                value: jenisKelamin,
                expected: r.info.jenisKelamin,
            });
        return out;
    }),
});
const nikGanda = layananRule({
    id: 'nik-ganda-aktif',
    severity: 'error',
    scope: 'kasus',
    bagian: (s) => [s.fasilitas.find((f) => f.key === 'dokumen-layanan').bagian],
    summary: {
        id: 'Satu orang (NIK) tidak aktif dua kali di layanan yang sama.',
        en: 'One person (NIK) is not active twice in the same service.',
    },
    doc: {
        id: 'Dua kasus berstatus `aktif` dengan NIK dan layanan yang sama menandakan pencatatan ganda: register (angka 2.2.1) harus satu kasus per klien per layanan. Dilaporkan di kasus kedua.',
        en: 'Two `aktif` cases with the same NIK and service mean double registration. Reported at the second.',
    },
    contoh: {
        batas: {
            gagal: [
                {
                    judul: 'NIK kasus aktif dipakai kasus lain yang juga aktif.',
                    set: [
                        ['/kasus/4/klien/nik', '3273061708130004'],
                        ['/kasus/4/status', 'aktif'],
                    ],
                    temuan: [
                        {
                            pesan: 'Kasus HB-2026-005: NIK yang sama sedang aktif di kasus HB-2026-002 pada layanan Rehabilitasi Sosial.',
                            lokasi: 'register-2026.yaml:181',
                        },
                    ],
                },
            ],
            lulus: [
                {
                    judul: 'NIK yang sama pada kasus yang sudah berhenti.',
                    set: [['/kasus/4/klien/nik', '3273061708130004']],
                },
            ],
        },
        gagal: {
            judul: 'NIK kasus aktif dipakai lagi di kasus aktif lain.',
            set: [
                ['/kasus/4/klien/nik', '3273061708130004'],
                ['/kasus/4/status', 'aktif'],
            ],
        },
        lulus: KOSONG,
    },
    check(ctx) {
        const seen = new Map();
        const out = [];
        for (const k of kasusAktif(ctx)) {
            const nik = k.kasus.klien.nik;
            if (k.kasus.status !== 'aktif' || typeof nik !== 'string' || nik.length !== 16)
                continue;
            const key = `${nik}|${k.kasus.layanan}`;
            const first = seen.get(key);
            if (first)
                out.push({
                    message: 'r.nik.ganda',
                    params: {
                        nomor: k.kasus.nomor,
                        lain: first.kasus.nomor,
                        layanan: ctx.standar[k.kasus.layanan].nama,
                    },
                    target: at(k, '/klien/nik'),
                    layanan: k.kasus.layanan,
                    kasus: k.kasus.nomor,
                });
            else
                seen.set(key, k);
        }
        return out;
    },
});
/** NIK checks, a ruleset of their own (identity data, not the service standard). */
export const IDENTITAS_RULES = [nikFormat, nikCocok];
/** Every case rule of Permensos 14/2020. */
export const KASUS_RULES = [
    layananDiselenggarakan,
    persyaratanPerlindungan,
    jenisKlien,
    pemohon,
    timKerjaKasus,
    timKerjaDibentuk,
    tahapLengkap,
    tanggalUrut,
    tanggalMasaDepan,
    kegiatanLayanan,
    kegiatanPeriode,
    rujukanLembaga,
    terminasiSyarat,
    jangkaWaktu,
    tarifKegiatan,
    proBono,
    pengaduanKasus,
    pengaduanTepat,
    pelaksanaKasus,
    izinPadaKegiatan,
    nomorUnik,
    nikGanda,
];
