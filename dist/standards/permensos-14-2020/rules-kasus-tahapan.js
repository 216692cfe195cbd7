import { isTanggal } from '../../core/tanggal.js';
import { layananRule, pasalRule, bagianPendek, terisi } from './define.js';
import { diKasusLayanan, diKasusNomor, perKasus, perKegiatan, saranAtau, tanggalAwal, } from './kasus-terdaftar.js';
import { akhirLayanan } from './rules-kasus-jangka-waktu.js';
import { pesanDi, setel, ubah } from '../contoh.js';
import { itemBagian } from './bagian.js';
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
/** The referral dates (1.2.7; a referral away at intake, 1.2.2 f): never before the first contact. */
function tanggalRujukan(k) {
    return [
        { label: 'rujukan', ptr: '/tahapan/rujukan/tanggal', tgl: k.tahapan.rujukan?.tanggal },
        {
            label: 'rujuk keluar',
            ptr: '/tahapan/pendekatanAwal/rujukKeluar/tanggal',
            tgl: k.tahapan.pendekatanAwal?.rujukKeluar?.tanggal,
        },
    ];
}
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
const tahapLengkap = layananRule('kasus-tahapan-lengkap', 'error', {
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
                setel('Kasus selesai tanpa evaluasi.', '/kasus/0/tahapan/evaluasi', undefined, pesanDi('Kasus HB-2026-001 berstatus selesai tetapi tahap ini belum tercatat: evaluasi.', 'register-2026.yaml:32')),
            ],
            lulus: [
                ubah('Kasus berhenti tanpa evaluasi (cukup pendekatan awal).', [
                    ['/kasus/0/tahapan/evaluasi', undefined],
                    ['/kasus/0/tahapan/terminasi', undefined],
                    ['/kasus/0/status', 'berhenti'],
                ]),
            ],
        },
        gagal: setel('Kasus selesai tanpa evaluasi.', '/kasus/0/tahapan/evaluasi', undefined),
    },
    check: (ctx) => perKasus(ctx, (k) => {
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
                ...diKasusLayanan(k, TAHAP_PTR[kurang[0]] ?? '/tahapan'),
                expected: kurang,
            },
        ];
    }),
});
const tanggalUrut = pasalRule('kasus-tahapan-urut', 'error', {
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
                setel('Asesmen sehari sebelum kesepakatan.', '/kasus/0/tahapan/asesmen/tanggal', '2026-01-06', pesanDi('Kasus HB-2026-001: tanggal asesmen (2026-01-06) lebih awal dari kesepakatan (2026-01-07).', 'register-2026.yaml:25')),
            ],
            lulus: [
                setel('Asesmen pada hari kesepakatan.', '/kasus/0/tahapan/asesmen/tanggal', '2026-01-07'),
            ],
        },
        gagal: setel('Asesmen sebelum pendekatan awal.', '/kasus/0/tahapan/asesmen/tanggal', '2025-12-01'),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const out = [];
        let prev = null;
        for (const st of tanggalTahapan(k.kasus)) {
            if (!isTanggal(st.tgl))
                continue;
            if (prev && st.tgl < prev.tgl)
                out.push(tahapTerbalik(k, st, st.tgl, prev));
            else
                prev = { label: st.label, tgl: st.tgl };
        }
        // Dates that depend on the first contact: a referral (1.2.7), a referral away at intake
        // (1.2.2 f) and the client's birth cannot come before it / after it.
        const awal = tanggalAwal(k.kasus);
        if (!awal)
            return out;
        const pertama = { label: 'pendekatan awal', tgl: awal };
        for (const st of tanggalRujukan(k.kasus))
            if (isTanggal(st.tgl) && st.tgl < awal)
                out.push(tahapTerbalik(k, st, st.tgl, pertama));
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
                ...diKasusNomor(k, '/klien/tanggalLahir'),
                value: lahir,
                expected: `<= ${awal}`,
            });
        return out;
    }),
});
/** A stage dated before the one it follows (Pasal 5), reported at the later stage's date. */
function tahapTerbalik(k, tahap, tanggal, sebelum) {
    return {
        message: 'r.kasus.tahapanUrut',
        params: {
            nomor: k.kasus.nomor,
            tahap: tahap.label,
            tanggal,
            sebelum: sebelum.label,
            tglSebelum: sebelum.tgl,
        },
        ...diKasusNomor(k, tahap.ptr),
        value: tanggal,
        expected: `>= ${sebelum.tgl}`,
    };
}
const tanggalMasaDepan = pasalRule('kasus-tanggal-masa-depan', 'error', {
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
                setel('Kegiatan besok.', '/kasus/1/kegiatan/9/tanggal', '2026-11-26', pesanDi('Kasus HB-2026-002: tanggal 2026-11-26 sesudah hari ini (2026-11-25). Salah ketik tahun atau urutan hari/bulan?', 'register-2026.yaml:94')),
            ],
            lulus: [setel('Kegiatan hari ini.', '/kasus/1/kegiatan/9/tanggal', '2026-11-25')],
        },
        gagal: setel('Asesmen tahun 2062.', '/kasus/0/tahapan/asesmen/tanggal', '2062-01-15'),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const out = [];
        const cek = (tgl, ptr) => {
            if (isTanggal(tgl) && tgl > ctx.tanggal)
                out.push({
                    message: 'r.kasus.masaDepan',
                    params: { nomor: k.kasus.nomor, tanggal: tgl, hariIni: ctx.tanggal },
                    ...diKasusNomor(k, ptr),
                    value: tgl,
                    expected: `<= ${ctx.tanggal}`,
                });
        };
        for (const st of [...tanggalTahapan(k.kasus), ...tanggalRujukan(k.kasus)])
            cek(st.tgl, st.ptr);
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
const kegiatanLayanan = layananRule('kasus-kegiatan-layanan', 'error', {
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
                setel('Kegiatan intervensi dicatat pada tahap asesmen.', '/kasus/0/kegiatan/1/tahap', 'asesmen', pesanDi('Kasus HB-2026-001: kegiatan motivasi-diagnosis-psikososial-dasar termasuk tahap intervensi, bukan asesmen.', 'register-2026.yaml:40')),
            ],
            lulus: [
                setel('Kegiatan intervensi pada tahapnya.', '/kasus/0/kegiatan/1/tahap', 'intervensi'),
            ],
        },
        gagal: setel('Kegiatan dari layanan lain.', '/kasus/0/kegiatan/0/kegiatan', 'penyuluhan-sosial'),
    },
    check: (ctx) => perKasus(ctx, (k, s) => {
        const keys = s.kegiatan.map((x) => x.key);
        return perKegiatan(k, (g, i) => {
            const keg = s.kegiatan.find((x) => x.key === g.kegiatan);
            if (!keg) {
                const { message, saran } = saranAtau('r.kasus.kegiatanTakDikenal', String(g.kegiatan), keys);
                return [
                    {
                        message,
                        params: {
                            nomor: k.kasus.nomor,
                            kegiatan: String(g.kegiatan),
                            layanan: s.nama,
                            saran,
                        },
                        ...diKasusLayanan(k, `/kegiatan/${i}/kegiatan`),
                        value: g.kegiatan,
                        expected: keys,
                    },
                ];
            }
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
                        ...diKasusLayanan(k, `/kegiatan/${i}/tahap`),
                        bagian: bagianPendek(keg.bagian),
                        value: g.tahap,
                        expected: keg.tahap,
                    },
                ];
            return [];
        });
    }),
});
const kegiatanPeriode = pasalRule('kasus-kegiatan-periode', 'warning', {
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
                setel('Kegiatan sehari sesudah terminasi.', '/kasus/0/kegiatan/5/tanggal', '2026-06-06', pesanDi('Kasus HB-2026-001: kegiatan tanggal 2026-06-06 di luar masa layanan (2026-01-05 s.d. 2026-06-05).', 'register-2026.yaml:44')),
            ],
            lulus: [setel('Kegiatan pada hari terminasi.', '/kasus/0/kegiatan/5/tanggal', '2026-06-05')],
        },
        gagal: setel('Kegiatan sebelum pendekatan awal.', '/kasus/0/kegiatan/0/tanggal', '2025-01-02'),
    },
    check: (ctx) => perKasus(ctx, (k) => {
        const awal = tanggalAwal(k.kasus);
        const akhir = akhirLayanan(k.kasus);
        return perKegiatan(k, (g, i) => isTanggal(g.tanggal) &&
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
                    ...diKasusNomor(k, `/kegiatan/${i}/tanggal`),
                    value: g.tanggal,
                },
            ]
            : []);
    }),
});
const rujukanLembaga = layananRule('kasus-rujukan-lembaga', 'error', {
    scope: 'kasus',
    bagian: (s) => [
        itemBagian(s.kegiatan, 'penentuan-lembaga-rujukan'),
        s.kegiatan.find((k) => k.key === 'rujukan-keluar')?.bagian ??
            itemBagian(s.kegiatan, 'penentuan-lembaga-rujukan'),
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
                setel('Lembaga penerima kosong.', '/kasus/2/tahapan/rujukan/lembagaPenerima', '', pesanDi('Kasus HB-2026-003 dirujuk tanpa menyebut lembaga penerima rujukan.', 'register-2026.yaml:138')),
            ],
            lulus: [
                setel('Lembaga penerima disebut singkat.', '/kasus/2/tahapan/rujukan/lembagaPenerima', 'UPTD PPA'),
            ],
        },
        gagal: setel('Rujukan tanpa lembaga penerima.', '/kasus/2/tahapan/rujukan/lembagaPenerima', undefined),
    },
    check: (ctx) => perKasus(ctx, (k, s) => {
        const t = k.kasus.tahapan;
        const out = [];
        if ((k.kasus.status === 'dirujuk' || t.rujukan) &&
            !terisi(t.rujukan?.lembagaPenerima) &&
            !terisi(t.pendekatanAwal?.rujukKeluar?.lembaga))
            out.push({
                message: 'r.kasus.rujukanTanpaLembaga',
                params: { nomor: k.kasus.nomor },
                ...diKasusLayanan(k, t.rujukan ? '/tahapan/rujukan' : '/status'),
                bagian: bagianPendek(itemBagian(s.kegiatan, 'penentuan-lembaga-rujukan')),
            });
        if (t.pendekatanAwal?.rujukKeluar && !terisi(t.pendekatanAwal.rujukKeluar.lembaga)) {
            const b = s.kegiatan.find((x) => x.key === 'rujukan-keluar')?.bagian;
            out.push({
                message: 'r.kasus.rujukKeluarTanpaLembaga',
                params: { nomor: k.kasus.nomor },
                ...diKasusLayanan(k, '/tahapan/pendekatanAwal/rujukKeluar'),
                ...(b ? { bagian: bagianPendek(b) } : {}),
            });
        }
        return out;
    }),
});
const terminasiSyarat = layananRule('kasus-terminasi', 'error', {
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
                setel('Klien tidak diberi tahu.', '/kasus/0/tahapan/terminasi/klienDiberitahu', false, pesanDi('Kasus HB-2026-001: klien belum tercatat diberi tahu rencana terminasi.', 'register-2026.yaml:36')),
            ],
            lulus: [
                setel('Ketiga syarat terpenuhi.', '/kasus/0/tahapan/terminasi/klienDiberitahu', true),
            ],
        },
        gagal: setel('Formulir tidak ditandatangani.', '/kasus/0/tahapan/terminasi/formulirDitandatangani', false),
    },
    check: (ctx) => perKasus(ctx, (k, s) => {
        const te = k.kasus.tahapan.terminasi;
        if (!te && k.kasus.status !== 'selesai')
            return [];
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
            ...diKasusLayanan(k, te && te[f] !== undefined
                ? `/tahapan/terminasi/${String(f)}`
                : te
                    ? '/tahapan/terminasi'
                    : '/tahapan'),
            bagian: bagianPendek(s.terminasi.syarat[i].bagian),
            expected: true,
        }));
    }),
});
/** The case rules on the SOP stages (Pasal 5–11, 1.2), in the order of the Lampiran. */
export const TAHAPAN_RULES = [
    tahapLengkap,
    tanggalUrut,
    tanggalMasaDepan,
    kegiatanLayanan,
    kegiatanPeriode,
    rujukanLembaga,
    terminasiSyarat,
];
