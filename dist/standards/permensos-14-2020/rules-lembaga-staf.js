import { isTanggal, sesudahHariIni } from '../../core/tanggal.js';
import { bagianPendek, diLembaga, layananRule, perLayanan, stafPointer, terisi, untukLembaga, diBidang, } from './define.js';
import { BIDANG_PEKSOS, JENJANG_S1, JENJANG_S2, bagianStaf, cekTerbit, masaDepan, masihBerlaku, pekerjaDanSupervisor, stafBerperan, stafBidang, temuan, } from './rules-lembaga-bantu.js';
import { LEMBAGA_APA_ADANYA, pesanDi, setel, ubah } from '../contoh.js';
import { huruf, hurufPekerjaSupervisor, itemBagian } from './bagian.js';
export const jumlahPelaksana = layananRule('jumlah-pelaksana', 'error', {
    // 2.6.2 d (social workers involved) and e (supervised service) rest on the same staffing.
    bagian: (s) => [
        { ...s.jumlahPelaksana, huruf: 'a' },
        { ...s.jumlahPelaksana, huruf: 'b' },
        itemBagian(s.jaminan.lembaga, 'melibatkan-pekerja-sosial'),
        itemBagian(s.jaminan.lembaga, 'layanan-tersupervisi'),
    ],
    summary: {
        id: 'Setiap layanan memiliki sekurang-kurangnya satu pekerja sosial dan satu supervisor pekerja sosial.',
        en: 'Each service has at least one social worker and one social-work supervisor.',
    },
    doc: {
        id: 'Menghitung staf aktif dengan `peran: pekerja-sosial` dan `peran: supervisor` yang `layanan`-nya memuat layanan itu. Kualifikasi mereka diperiksa aturan lain (pekerja-sosial-pendidikan, supervisor-pendidikan, izin-praktik, …).',
        en: 'Counts active staff with role pekerja-sosial and supervisor whose `layanan` lists the service. Their qualifications are checked by other rules.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Perlindungan tanpa pekerja sosial (supervisor saja).', '/staf/0/layanan', ['rehabilitasi'], pesanDi('Layanan Perlindungan Sosial tidak memiliki pekerja sosial aktif.', 'lembaga.yaml:192')),
            ],
            lulus: [
                ubah('Perlindungan dengan tepat satu pekerja sosial.', [
                    ['/staf/0/layanan', ['rehabilitasi']],
                    ['/staf/1/layanan', ['rehabilitasi', 'perlindungan']],
                ]),
            ],
        },
        gagal: setel('Supervisor tidak lagi bertugas di rehabilitasi.', '/staf/2/layanan', [
            'perlindungan',
        ]),
    },
    check: (ctx) => perLayanan(ctx, (k, s) => {
        const out = [];
        for (const [peran, hurufB] of [
            ['pekerja-sosial', 'a'],
            ['supervisor', 'b'],
        ]) {
            const n = ctx.lembaga.staf.filter((x) => x.peran === peran && x.aktif !== false && (x.layanan ?? []).includes(k)).length;
            if (n === 0)
                out.push({
                    message: peran === 'supervisor' ? 'r.pelaksana.tanpaSupervisor' : 'r.pelaksana.tanpaPekerja',
                    params: { layanan: s.nama },
                    ...diLembaga(k, '/staf'),
                    bagian: `${s.jumlahPelaksana.angka} ${hurufB}`,
                    expected: '>= 1',
                    value: 0,
                });
        }
        return out;
    }),
});
/** Education of a role (2.3.1 a for social workers, 2.3.2 a for supervisors): level and field. */
export function pendidikanRule(o) {
    return layananRule(o.id, 'error', {
        bagian: (s) => [huruf(s, o.list, 'pendidikan'), ...o.extraBagian(s)],
        summary: o.summary,
        doc: o.doc,
        contoh: o.contoh,
        check: (ctx) => stafBerperan(ctx, o.peran).flatMap(({ staf, layanan }) => {
            const p = staf.pendidikan ?? {};
            const ptr = stafPointer(ctx.lembaga, staf);
            if (!o.jenjang.includes(String(p.jenjang)))
                return [
                    {
                        message: o.message,
                        params: { nama: staf.nama, jenjang: p.jenjang ?? '-' },
                        ...diLembaga(layanan[0], `${ptr}/pendidikan${p.jenjang ? '/jenjang' : ''}`),
                        value: p.jenjang ?? null,
                        expected: o.expected,
                        hint: o.hint,
                    },
                ];
            if (!BIDANG_PEKSOS.test(String(p.bidang ?? '')))
                return [
                    {
                        message: 'r.pendidikan.bidang',
                        params: { nama: staf.nama, bidang: p.bidang ?? '-' },
                        ...diLembaga(layanan[0], `${ptr}/pendidikan${p.bidang ? '/bidang' : ''}`),
                        value: p.bidang ?? null,
                        expected: 'pekerjaan sosial / kesejahteraan sosial',
                    },
                ];
            return [];
        }),
    });
}
export const pekerjaPendidikan = pendidikanRule({
    id: 'pekerja-sosial-pendidikan',
    peran: 'pekerja-sosial',
    list: 'pekerjaSosial',
    jenjang: JENJANG_S1,
    expected: 'S1 atau D4',
    message: 'r.pendidikan.pekerjaJenjang',
    hint: 'r.pendidikan.saran',
    extraBagian: (s) => [itemBagian(s.jaminan.pekerja, 'pendidikan-sesuai')],
    summary: {
        id: 'Pekerja sosial berpendidikan pekerjaan sosial/kesejahteraan sosial paling rendah S1 atau D-IV.',
        en: 'A social worker has a degree in social work/social welfare, at least S1 or D-IV.',
    },
    doc: {
        id: 'Membaca `staf[].pendidikan.jenjang` (D4, S1, S2, Sp1, S3, Sp2 memenuhi) dan `pendidikan.bidang` (harus menyebut pekerjaan sosial atau kesejahteraan sosial) untuk setiap staf aktif dengan `peran: pekerja-sosial`. Dilaporkan sekali per orang.',
        en: 'Reads `pendidikan.jenjang` (D4, S1, S2, Sp1, S3, Sp2 qualify) and `pendidikan.bidang` (must name social work or social welfare) of each active social worker. Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Pekerja sosial D3.', '/staf/0/pendidikan/jenjang', 'D3', pesanDi('Pekerja sosial Siti Nurhaliza, S.Tr.Sos. berpendidikan D3; standar mensyaratkan paling rendah S1 atau D-IV.', 'lembaga.yaml:197')),
            ],
            lulus: [setel('Pekerja sosial D4 (paling rendah).', '/staf/0/pendidikan/jenjang', 'D4')],
        },
        gagal: setel('Pekerja sosial lulusan D3.', '/staf/0/pendidikan/jenjang', 'D3'),
        lulus: LEMBAGA_APA_ADANYA,
    },
});
export const supervisorPendidikan = pendidikanRule({
    id: 'supervisor-pendidikan',
    peran: 'supervisor',
    list: 'supervisor',
    jenjang: JENJANG_S2,
    expected: 'S2 atau Sp1',
    message: 'r.pendidikan.supervisorJenjang',
    hint: 'r.pendidikan.saranSupervisor',
    extraBagian: () => [],
    summary: {
        id: 'Supervisor pekerja sosial berpendidikan pekerjaan sosial/kesejahteraan sosial paling rendah S2/Spesialis 1.',
        en: 'A social-work supervisor has a degree in social work/social welfare, at least S2 or Specialist 1.',
    },
    doc: {
        id: 'Membaca `pendidikan.jenjang` (S2, Sp1, S3, Sp2 memenuhi) dan `pendidikan.bidang` setiap staf aktif dengan `peran: supervisor`. Dilaporkan sekali per orang.',
        en: 'Reads `pendidikan.jenjang` (S2, Sp1, S3, Sp2 qualify) and `pendidikan.bidang` of each active supervisor. Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Supervisor S1.', '/staf/2/pendidikan/jenjang', 'S1', pesanDi('Supervisor Dra. Rina Marlina, M.Kesos. berpendidikan S1; standar mensyaratkan paling rendah S2/Spesialis 1.', 'lembaga.yaml:244')),
            ],
            lulus: [
                setel('Supervisor Spesialis 1 (paling rendah, setara S2).', '/staf/2/pendidikan/jenjang', 'Sp1'),
            ],
        },
        gagal: setel('Supervisor hanya S1.', '/staf/2/pendidikan/jenjang', 'S1'),
        lulus: LEMBAGA_APA_ADANYA,
    },
});
export const sertifikat = layananRule('sertifikat-kompetensi', 'error', {
    bagian: (s) => hurufPekerjaSupervisor(s, 'sertifikat'),
    summary: {
        id: 'Pekerja sosial dan supervisor memiliki sertifikat pekerjaan sosial.',
        en: 'Social workers and supervisors hold a social-work certificate.',
    },
    doc: {
        id: 'Membaca `staf[].sertifikat.nomor` dan `.tanggal` setiap pekerja sosial dan supervisor aktif. Tanpa nomor dianggap belum bersertifikat; bertanggal sesudah --tanggal belum dimiliki (kemungkinan salah ketik). Sekali per orang.',
        en: 'Reads `sertifikat.nomor` and `.tanggal` of each active social worker and supervisor. No number counts as no certificate; one dated after --tanggal is not yet held (most likely a typo). Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Sertifikat bertanggal besok: belum dimiliki.', '/staf/1/sertifikat/tanggal', '2026-11-26', pesanDi('Budi Santoso, S.Sos.: sertifikat.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:222')),
            ],
            lulus: [setel('Sertifikat bertanggal hari ini.', '/staf/1/sertifikat/tanggal', '2026-11-25')],
        },
        gagal: setel('Sertifikat dihapus.', '/staf/1/sertifikat', undefined),
    },
    check: (ctx) => pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
        const ptr = stafPointer(ctx.lembaga, staf);
        if (terisi(staf.sertifikat?.nomor))
            return sesudahHariIni(staf.sertifikat?.tanggal, ctx.tanggal)
                ? [
                    masaDepan(ctx, layanan[0], `${ptr}/sertifikat/tanggal`, `${staf.nama}: sertifikat.tanggal`, staf.sertifikat.tanggal, bagianStaf(ctx.standar[layanan[0]], staf, 'sertifikat')),
                ]
                : [];
        return [
            {
                message: 'r.sertifikat.tidakAda',
                params: { nama: staf.nama },
                ...diLembaga(layanan[0], stafBidang(ctx.lembaga, staf, 'sertifikat')),
                bagian: bagianStaf(ctx.standar[layanan[0]], staf, 'sertifikat'),
                hint: 'r.sertifikat.saran',
            },
        ];
    }),
});
export const izinPraktik = layananRule('izin-praktik', 'error', {
    bagian: (s) => [
        ...hurufPekerjaSupervisor(s, 'izin-praktik'),
        itemBagian(s.jaminan.pekerja, 'izin-praktik-berlaku'),
    ],
    summary: {
        id: 'Pekerja sosial dan supervisor memiliki izin praktik yang masih berlaku pada --tanggal.',
        en: 'Social workers and supervisors hold a practice licence still valid on --tanggal.',
    },
    doc: {
        id: 'Membaca `staf[].izinPraktik.nomor`, `izinPraktik.tanggal`, dan `izinPraktik.berlakuSampai`. Tanpa nomor: belum berizin (angka 2.3.1 c / 2.3.2 c). Terbit sesudah --tanggal: belum berlaku (kemungkinan salah ketik); berakhir sebelum terbit: salah ketik. Berakhir sebelum --tanggal: tidak lagi berlaku (angka 2.6.1 e); berakhir tepat pada --tanggal masih berlaku. Tanpa tanggal berakhir: masa berlaku tidak dapat dipastikan, dilaporkan juga. Sekali per orang.',
        en: 'Reads `izinPraktik.nomor`, `tanggal` and `berlakuSampai`. No number: no licence (2.3.1 c / 2.3.2 c). Issued after --tanggal: not yet valid (most likely a typo); ending before issue: a typo. Ending before --tanggal: no longer valid (2.6.1 e); ending on --tanggal is still valid. No end date: validity cannot be shown, also reported. Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Izin praktik berakhir kemarin (2026-11-24).', '/staf/0/izinPraktik/berlakuSampai', '2026-11-24', pesanDi('Izin praktik Siti Nurhaliza, S.Tr.Sos. berakhir 2026-11-24 dan tidak lagi berlaku.', 'lembaga.yaml:199')),
                setel('Izin praktik terbit besok (2026-11-26).', '/staf/0/izinPraktik/tanggal', '2026-11-26', pesanDi('Siti Nurhaliza, S.Tr.Sos.: izinPraktik.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:199')),
            ],
            lulus: [
                setel('Izin praktik berakhir hari ini (2026-11-25): masih berlaku.', '/staf/0/izinPraktik/berlakuSampai', '2026-11-25'),
                setel('Izin praktik terbit hari ini.', '/staf/0/izinPraktik/tanggal', '2026-11-25'),
            ],
        },
        gagal: setel('Izin praktik berakhir 2023.', '/staf/0/izinPraktik/berlakuSampai', '2023-03-31'),
    },
    check: (ctx) => pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
        const ip = staf.izinPraktik;
        const ptr = stafPointer(ctx.lembaga, staf);
        const k = layanan[0];
        const list = staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial';
        if (!ip || !terisi(ip.nomor))
            return [
                {
                    message: 'r.izinPraktik.tidakAda',
                    params: { nama: staf.nama },
                    ...diLembaga(k, `${ptr}${ip ? '/izinPraktik' : ''}`),
                    bagian: bagianPendek(huruf(ctx.standar[k], list, 'izin-praktik')),
                    hint: 'r.izinPraktik.saran',
                },
            ];
        const bag = bagianPendek(itemBagian(ctx.standar[k].jaminan.pekerja, 'izin-praktik-berlaku'));
        const terbit = cekTerbit(ctx, k, ip, `${ptr}/izinPraktik`, `${staf.nama}: izinPraktik`, bag);
        if (terbit.length)
            return terbit;
        if (ip.berlakuSampai === undefined)
            return [
                {
                    message: 'r.izinPraktik.tanpaTanggal',
                    params: { nama: staf.nama },
                    ...diLembaga(k, `${ptr}/izinPraktik`),
                    bagian: bag,
                },
            ];
        if (!masihBerlaku(ip.berlakuSampai, ctx.tanggal))
            return [
                {
                    message: 'r.izinPraktik.kedaluwarsa',
                    params: { nama: staf.nama, tanggal: String(ip.berlakuSampai) },
                    ...diLembaga(k, `${ptr}/izinPraktik/berlakuSampai`),
                    bagian: bag,
                    value: ip.berlakuSampai,
                    expected: `>= ${ctx.tanggal}`,
                    hint: 'r.izinPraktik.saranPerpanjang',
                },
            ];
        return [];
    }),
});
export const supervisorPengalaman = layananRule('supervisor-pengalaman', 'error', {
    bagian: (s) => [huruf(s, 'supervisor', 'pengalaman-tahun')],
    summary: {
        id: 'Supervisor berpengalaman praktik pekerjaan sosial paling sedikit 5 tahun.',
        en: 'A supervisor has at least 5 years of social-work practice.',
    },
    doc: {
        id: 'Membaca `staf[].pengalamanTahun` setiap supervisor aktif; kurang dari 5 (atau kosong) adalah temuan. Lampiran C angka 2.3.2 huruf d tertulis "paling lama 5 (lima) tahun" — jelas salah tulis (keempat Lampiran lain: "paling sedikit"), sehingga dibaca "paling sedikit 5 tahun" untuk semua layanan.',
        en: 'Reads `pengalamanTahun` of each active supervisor; under 5 (or empty) is a finding. Lampiran C 2.3.2 d says "paling lama" (at most) 5 years — an evident slip (the other four say "at least"), read as "at least 5 years".',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Supervisor 4 tahun.', '/staf/2/pengalamanTahun', 4, pesanDi('Supervisor Dra. Rina Marlina, M.Kesos. berpengalaman praktik 4 tahun; standar mensyaratkan paling sedikit 5 tahun.', 'lembaga.yaml:249')),
            ],
            lulus: [setel('Supervisor tepat 5 tahun.', '/staf/2/pengalamanTahun', 5)],
        },
        gagal: setel('Baru 3 tahun praktik.', '/staf/2/pengalamanTahun', 3),
        lulus: setel('Tepat 5 tahun.', '/staf/2/pengalamanTahun', 5),
    },
    check: (ctx) => stafBerperan(ctx, 'supervisor')
        .filter(({ staf, layanan }) => !(typeof staf.pengalamanTahun === 'number' &&
        staf.pengalamanTahun >= ctx.standar[layanan[0]].kompetensi.supervisorMinTahun))
        .map(({ staf, layanan }) => ({
        message: typeof staf.pengalamanTahun === 'number'
            ? 'r.supervisor.pengalaman'
            : 'r.supervisor.pengalamanKosong',
        params: { nama: staf.nama, tahun: staf.pengalamanTahun ?? '-' },
        ...diLembaga(layanan[0], `${stafPointer(ctx.lembaga, staf)}${staf.pengalamanTahun !== undefined ? '/pengalamanTahun' : ''}`),
        value: staf.pengalamanTahun ?? null,
        expected: '>= 5',
    })),
});
export const pelatihanLayanan = layananRule('pelatihan-layanan', 'warning', {
    bagian: (s) => hurufPekerjaSupervisor(s, 'pelatihan'),
    summary: {
        id: 'Pekerja sosial dan supervisor pernah mengikuti pelatihan/seminar/workshop di bidang layanan tempat ia bertugas.',
        en: 'Social workers and supervisors have had training/seminars/workshops in the field of each service they work in.',
    },
    doc: {
        id: 'Untuk setiap layanan di `staf[].layanan`, mencari `staf[].pelatihan[]` yang `bidang`-nya memuat layanan itu. Satu temuan per orang per layanan. Pelatihan bertahun sesudah tahun --tanggal belum terjadi: tidak dihitung dan dilaporkan (kemungkinan salah ketik); tahun ini masih dihitung.',
        en: 'For each service in `staf[].layanan`, looks for a `pelatihan[]` entry whose `bidang` lists it. One finding per person per service. A training dated in a year after that of --tanggal has not happened: it does not count and is reported (most likely a typo); this year still counts.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Satu-satunya pelatihan tercatat tahun depan (2027).', '/staf/1/pelatihan/0/tahun', 2027, pesanDi('Budi Santoso, S.Sos. belum tercatat mengikuti pelatihan/seminar/workshop bidang Rehabilitasi Sosial.', 'lembaga.yaml:228'), pesanDi('Budi Santoso, S.Sos.: pelatihan[0].tahun: tahun 2027 sesudah tahun ini (2026) — salah ketik?', 'lembaga.yaml:229')),
            ],
            lulus: [setel('Pelatihan tahun ini (2026).', '/staf/1/pelatihan/0/tahun', 2026)],
        },
        gagal: setel('Pelatihan dihapus.', '/staf/1/pelatihan', []),
    },
    check: (ctx) => pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
        const tahunIni = Number(ctx.tanggal.slice(0, 4));
        const ptr = stafPointer(ctx.lembaga, staf);
        const list = Array.isArray(staf.pelatihan) ? staf.pelatihan : [];
        // A training dated in a later year has not happened: it counts for nothing and is reported.
        const nanti = (p) => typeof p?.tahun === 'number' && p.tahun > tahunIni;
        const out = list.flatMap((p, j) => nanti(p)
            ? [
                {
                    message: 'r.tanggal.tahunMasaDepan',
                    params: {
                        bidang: `${staf.nama}: pelatihan[${j}].tahun`,
                        tahun: p.tahun,
                        tahunIni,
                    },
                    ...diLembaga(layanan[0], `${ptr}/pelatihan/${j}/tahun`),
                    bagian: bagianStaf(ctx.standar[layanan[0]], staf, 'pelatihan'),
                    value: p.tahun,
                    expected: `<= ${tahunIni}`,
                    hint: 'r.tanggal.saran',
                },
            ]
            : []);
        return out.concat(layanan
            .filter((k) => !list.some((p) => !nanti(p) && (p?.bidang ?? []).includes(k)))
            .map((k) => ({
            message: 'r.pelatihan.kurang',
            params: { nama: staf.nama, layanan: ctx.standar[k].nama },
            ...diLembaga(k, stafBidang(ctx.lembaga, staf, 'pelatihan')),
            bagian: bagianStaf(ctx.standar[k], staf, 'pelatihan'),
        })));
    }),
});
/**
 * Practice experience of a service (2.3.1 e / 2.3.2 f). B 2.3.2 f asks the supervisor for
 * "advokasi sosial" where the worker's clause says "perlindungan sosial", and B 2.6.1 d names
 * both: a supervisor in perlindungan may record either.
 */
export function pengalamanMemenuhi(staf, k) {
    const p = (staf.pengalamanPraktik ?? []);
    if (p.includes(k))
        return true;
    return k === 'perlindungan' && staf.peran === 'supervisor' && p.includes('advokasi-sosial');
}
export const pengalamanPraktik = layananRule('pengalaman-praktik', 'warning', {
    bagian: (s) => [
        ...hurufPekerjaSupervisor(s, 'pengalaman-praktik'),
        itemBagian(s.jaminan.pekerja, 'pengalaman-layanan'),
    ],
    summary: {
        id: 'Pekerja sosial dan supervisor berpengalaman praktik di layanan tempat ia bertugas.',
        en: 'Social workers and supervisors have practice experience in each service they work in.',
    },
    doc: {
        id: 'Untuk setiap layanan di `staf[].layanan`, `staf[].pengalamanPraktik` harus memuatnya. Lampiran B angka 2.3.2 huruf f meminta supervisor berpengalaman "advokasi sosial" sedangkan klausul pekerja sosialnya menyebut "perlindungan sosial" (dan 2.6.1 d menyebut keduanya): supervisor perlindungan boleh mencatat `advokasi-sosial` sesuai bunyi teks, atau `perlindungan` (advokasi sosial adalah salah satu intervensi perlindungan sosial).',
        en: 'For each service in `staf[].layanan`, `pengalamanPraktik` must list it. Lampiran B 2.3.2 f asks the supervisor for "advokasi sosial" experience where the worker clause says "perlindungan sosial" (2.6.1 d names both): a protection supervisor may record `advokasi-sosial`, as the text words it, or `perlindungan` (advocacy is one of B\'s interventions).',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Pekerja sosial perlindungan hanya berpengalaman advokasi sosial (B 2.3.1 e menyebut perlindungan sosial).', '/staf/0/pengalamanPraktik', ['rehabilitasi', 'advokasi-sosial'], pesanDi('Siti Nurhaliza, S.Tr.Sos. belum tercatat berpengalaman praktik Perlindungan Sosial.', 'lembaga.yaml:203')),
            ],
            lulus: [
                setel('Supervisor perlindungan berpengalaman advokasi sosial (bunyi B 2.3.2 f).', '/staf/2/pengalamanPraktik', ['rehabilitasi', 'advokasi-sosial']),
            ],
        },
        gagal: setel('Pengalaman praktik dihapus.', '/staf/1/pengalamanPraktik', []),
    },
    check: (ctx) => pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => layanan
        .filter((k) => !pengalamanMemenuhi(staf, k))
        .map((k) => ({
        message: 'r.pengalaman.kurang',
        params: { nama: staf.nama, layanan: ctx.standar[k].nama },
        ...diLembaga(k, stafBidang(ctx.lembaga, staf, 'pengalamanPraktik')),
        bagian: bagianStaf(ctx.standar[k], staf, 'pengalaman-praktik'),
    }))),
});
export function jaminanPekerjaRule(opts) {
    return layananRule(opts.id, 'error', {
        bagian: (s) => [itemBagian(s.jaminan.pekerja, opts.key)],
        summary: opts.summary,
        doc: opts.doc,
        contoh: opts.contoh,
        check: (ctx) => pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
            const g = opts.gagal(staf, ctx.tanggal);
            if (!g)
                return [];
            const ptr = stafPointer(ctx.lembaga, staf);
            const has = g.field &&
                staf[g.field.split('/')[0]] !== undefined;
            return [
                {
                    message: g.message,
                    params: { nama: staf.nama, ...g.params },
                    ...diLembaga(layanan[0], has ? `${ptr}/${g.field}` : ptr),
                },
            ];
        }),
    });
}
export const organisasiProfesi = jaminanPekerjaRule({
    id: 'organisasi-profesi',
    key: 'anggota-organisasi-profesi',
    summary: {
        id: 'Pekerja sosial dan supervisor terdaftar di organisasi profesi pekerja sosial.',
        en: "Social workers and supervisors are members of the social workers' professional organisation.",
    },
    doc: {
        id: 'Membaca `staf[].organisasiProfesi.nama` (misalnya IPSPI). Sekali per orang.',
        en: 'Reads `organisasiProfesi.nama` (e.g. IPSPI). Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Nama organisasi kosong.', '/staf/0/organisasiProfesi/nama', '', pesanDi('Siti Nurhaliza, S.Tr.Sos. belum tercatat sebagai anggota organisasi profesi pekerja sosial.', 'lembaga.yaml:200')),
            ],
            lulus: [
                setel('Nama organisasi tanpa nomor anggota.', '/staf/0/organisasiProfesi', {
                    nama: 'IPSPI',
                }),
            ],
        },
        gagal: setel('Tanpa keanggotaan.', '/staf/0/organisasiProfesi', undefined),
        lulus: LEMBAGA_APA_ADANYA,
    },
    gagal: (s) => terisi(s.organisasiProfesi?.nama)
        ? null
        : { message: 'r.jaminan.organisasi', field: 'organisasiProfesi' },
});
export const kodeEtik = jaminanPekerjaRule({
    id: 'kode-etik',
    key: 'kode-etik',
    summary: {
        id: 'Pekerja sosial dan supervisor terikat Kode Etik Profesi Pekerjaan Sosial.',
        en: 'Social workers and supervisors are bound by the professional code of ethics.',
    },
    doc: {
        id: 'Membaca `staf[].kodeEtik: true`. Sekali per orang.',
        en: 'Reads `kodeEtik: true`. Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Kode etik tidak dinyatakan.', '/staf/0/kodeEtik', undefined, pesanDi('Siti Nurhaliza, S.Tr.Sos. belum dinyatakan terikat Kode Etik Profesi Pekerjaan Sosial.', 'lembaga.yaml:193')),
            ],
            lulus: [setel('Kode etik dinyatakan.', '/staf/0/kodeEtik', true)],
        },
        gagal: setel('Kode etik tidak dinyatakan.', '/staf/0/kodeEtik', false),
        lulus: LEMBAGA_APA_ADANYA,
    },
    gagal: (s) => (s.kodeEtik === true ? null : { message: 'r.jaminan.kodeEtik', field: 'kodeEtik' }),
});
export const paktaIntegritas = jaminanPekerjaRule({
    id: 'kebijakan-antikorupsi',
    key: 'kebijakan-antikorupsi',
    summary: {
        id: 'Pekerja sosial dan supervisor menandatangani kebijakan anti korupsi serta anti pelecehan dan kekerasan.',
        en: 'Social workers and supervisors have signed the anti-corruption and anti-harassment/violence policy.',
    },
    doc: {
        id: 'Membaca tanggal `staf[].pernyataan.antiKorupsi` dan `pernyataan.antiPelecehan`; keduanya wajib, dan tidak sesudah --tanggal (pernyataan yang belum ditandatangani; kemungkinan salah ketik). Sekali per orang.',
        en: 'Reads the dates `pernyataan.antiKorupsi` and `pernyataan.antiPelecehan`; both required, and not after --tanggal (not signed yet; most likely a typo). Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Pernyataan anti pelecehan bertanggal besok.', '/staf/0/pernyataan/antiPelecehan', '2026-11-26', pesanDi('Siti Nurhaliza, S.Tr.Sos.: pernyataan.antiPelecehan: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?', 'lembaga.yaml:207')),
            ],
            lulus: [
                setel('Pernyataan anti pelecehan bertanggal hari ini.', '/staf/0/pernyataan/antiPelecehan', '2026-11-25'),
            ],
        },
        gagal: setel('Belum menandatangani kebijakan anti pelecehan.', '/staf/0/pernyataan/antiPelecehan', undefined),
        lulus: LEMBAGA_APA_ADANYA,
    },
    gagal: (s, tanggal) => {
        if (!(isTanggal(s.pernyataan?.antiKorupsi) && isTanggal(s.pernyataan?.antiPelecehan)))
            return { message: 'r.jaminan.pakta', field: 'pernyataan' };
        // A declaration dated after today has not been signed yet.
        for (const f of ['antiKorupsi', 'antiPelecehan']) {
            const tgl = s.pernyataan[f];
            if (tgl > tanggal)
                return {
                    message: 'r.tanggal.masaDepan',
                    field: `pernyataan/${f}`,
                    params: { bidang: `${s.nama}: pernyataan.${f}`, tanggal: tgl, hariIni: tanggal },
                };
        }
        return null;
    },
});
export const riwayatBersih = jaminanPekerjaRule({
    id: 'riwayat-bersih',
    key: 'tanpa-riwayat-kekerasan',
    summary: {
        id: 'Pekerja sosial dan supervisor tidak memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum.',
        en: 'Social workers and supervisors have no record of violence or legal cases.',
    },
    doc: {
        id: 'Membaca `staf[].riwayatBersih`: harus `true` (sudah diperiksa, bersih). `false` atau kosong adalah temuan. Sekali per orang.',
        en: 'Reads `riwayatBersih`: must be true. false or empty is a finding. Once per person.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Riwayat tercatat tidak bersih.', '/staf/1/riwayatBersih', false, pesanDi('Budi Santoso, S.Sos. tercatat memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum.', 'lembaga.yaml:231')),
            ],
            lulus: [setel('Riwayat bersih.', '/staf/1/riwayatBersih', true)],
        },
        gagal: setel('Belum dinyatakan.', '/staf/1/riwayatBersih', undefined),
        lulus: LEMBAGA_APA_ADANYA,
    },
    gagal: (s) => s.riwayatBersih === true
        ? null
        : {
            message: s.riwayatBersih === false ? 'r.jaminan.riwayatAda' : 'r.jaminan.riwayatKosong',
            field: 'riwayatBersih',
        },
});
export const pelaksanaLain = layananRule('pelaksana-lain', 'warning', {
    bagian: (s) => s.kompetensi.pelaksanaLain.map((p) => p.bagian),
    summary: {
        id: 'Pelaksana selain pekerja sosial dan supervisor termasuk yang dapat dilibatkan dalam layanan itu (angka 2.3.3).',
        en: 'Personnel other than social workers and supervisors are of a kind the service may involve (2.3.3).',
    },
    doc: {
        id: 'Untuk staf dengan peran selain pekerja-sosial dan supervisor (penyuluh-sosial, tenaga-kesejahteraan-sosial, relawan-sosial, tokoh-agama, tokoh-masyarakat, pendidik, psikolog, dokter, perawat, konselor-adiksi, pendamping-sosial, advokat-paralegal, terapis), setiap layanan di `staf[].layanan` harus menyebut peran itu di angka 2.3.3-nya — juga peran yang tidak disebut layanan mana pun. Staf administrasi dan "lainnya" tidak memberi layanan dan tidak diperiksa.',
        en: "For staff of every role other than social worker and supervisor, each service in `layanan` must list that role in its 2.3.3 — including roles no service lists. Administrative and 'lainnya' staff deliver no service and are not checked.",
    },
    contoh: {
        batas: {
            gagal: [
                setel('Psikolog di rehabilitasi (tidak disebut angka 2.3.3 layanan mana pun).', '/staf/4/peran', 'psikolog', pesanDi('Maya Sari, S.Psi. (psikolog) bertugas di layanan Rehabilitasi Sosial, tetapi angka 2.3.3 layanan itu hanya menyebut: terapis, perawat, tenaga-kesejahteraan-sosial, relawan-sosial.', 'lembaga.yaml:277')),
            ],
            lulus: [setel('Perawat di rehabilitasi (Lampiran C 2.3.3).', '/staf/4/peran', 'perawat')],
        },
        gagal: setel('Terapis di layanan perlindungan.', '/staf/4/layanan', ['perlindungan']),
    },
    check(ctx) {
        const out = [];
        // Every role other than the social worker, the supervisor and the non-service roles is
        // checked against each service's 2.3.3, whether or not some other service lists it.
        const tidakDiperiksa = new Set(['pekerja-sosial', 'supervisor', 'administrasi', 'lainnya']);
        ctx.lembaga.staf.forEach((st, i) => {
            if (typeof st.peran !== 'string' || tidakDiperiksa.has(st.peran) || st.aktif === false)
                return;
            for (const k of ctx.layanan) {
                if (!(st.layanan ?? []).includes(k))
                    continue;
                const list = ctx.standar[k].kompetensi.pelaksanaLain;
                if (!list.some((p) => p.key === st.peran))
                    out.push({
                        message: 'r.pelaksanaLain.tidakSesuai',
                        params: {
                            nama: st.nama,
                            peran: st.peran,
                            layanan: ctx.standar[k].nama,
                            daftar: list.map((p) => p.key).join(', '),
                        },
                        ...diLembaga(k, `/staf/${i}/peran`),
                        bagian: '2.3.3',
                        value: st.peran,
                        expected: list.map((p) => p.key),
                    });
            }
        });
        return out;
    },
});
export const pengawasanInternal = layananRule('pengawasan-internal', 'warning', {
    lingkup: 'lembaga',
    bagian: (s) => [
        { angka: '2.4.1' },
        { angka: '2.4.3', huruf: 'b' },
        ...s.pengawasan.aspek.map((a) => a.bagian),
    ],
    summary: {
        id: 'Pengawasan internal berpedoman, dengan pertemuan berkala pekerja sosial–supervisor, dan supervisi edukatif, suportif, administratif.',
        en: 'Internal supervision follows written guidelines, with regular worker–supervisor meetings and educative, supportive and administrative supervision.',
    },
    doc: {
        id: 'Membaca `pengawasan.pedoman` (2.4.1), `pengawasan.pertemuanBerkala` (2.4.3 b), dan `pengawasan.aspek` yang harus memuat edukatif, suportif, dan administratif (2.4.5 a–c). Satu temuan per unsur yang kurang.',
        en: 'Reads `pengawasan.pedoman` (2.4.1), `pertemuanBerkala` (2.4.3 b) and `aspek`, which must list all three aspects (2.4.5 a–c). One finding per missing element.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Aspek administratif tidak ada.', '/pengawasan/aspek', ['edukatif', 'suportif'], pesanDi('Supervisi belum mencakup aspek: Bimbingan pencatatan dan pelaporan (administratif).', 'lembaga.yaml:180')),
            ],
            lulus: [
                setel('Ketiga aspek dalam urutan lain.', '/pengawasan/aspek', [
                    'administratif',
                    'suportif',
                    'edukatif',
                ]),
            ],
        },
        gagal: setel('Supervisi tanpa aspek suportif.', '/pengawasan/aspek', [
            'edukatif',
            'administratif',
        ]),
    },
    check: (ctx) => untukLembaga(ctx, (k) => {
        const p = ctx.lembaga.pengawasan ?? {};
        const out = [];
        const at = (f) => (ctx.lembaga.pengawasan ? diBidang('/pengawasan', p, f) : '');
        if (p.pedoman !== true)
            out.push(temuan(k, 'r.pengawasan.pedoman', at('pedoman'), '2.4.1'));
        if (!terisi(p.pertemuanBerkala))
            out.push(temuan(k, 'r.pengawasan.pertemuan', at('pertemuanBerkala'), '2.4.3 b'));
        for (const a of ctx.standar[k].pengawasan.aspek)
            if (!(p.aspek ?? []).includes(a.key))
                out.push({
                    message: 'r.pengawasan.aspek',
                    params: { aspek: a.label },
                    ...diLembaga(k, at('aspek')),
                    bagian: bagianPendek(a.bagian),
                });
        return out;
    }),
});
export const stafReferensi = layananRule('staf-referensi', 'error', {
    lingkup: 'lembaga',
    bagian: (s) => [s.jumlahPelaksana],
    summary: {
        id: 'Kode staf unik, dan setiap kode staf yang dirujuk ada di daftar staf.',
        en: 'Staff ids are unique and every staff id referred to exists.',
    },
    doc: {
        id: 'Kode di `staf[].id` harus unik; kode di `keselamatan.kontakKeselamatan.staf` dan `pengaduan.prosedur.petugas` diperiksa aturan masing-masing.',
        en: 'Ids in `staf[].id` must be unique; referenced ids are checked by their own rules.',
    },
    contoh: {
        batas: {
            gagal: [
                setel('Kode staf kelima sama dengan yang pertama.', '/staf/4/id', 'ps-01', pesanDi('Kode staf "ps-01" dipakai dua kali (pertama di staf ke-1).', 'lembaga.yaml:275')),
            ],
            lulus: [setel('Kode staf yang hanya mirip.', '/staf/4/id', 'ps-01b')],
        },
        gagal: setel('Dua staf berkode sama.', '/staf/1/id', 'ps-01'),
    },
    check(ctx) {
        const k = ctx.layanan[0];
        const seen = new Map();
        const out = [];
        ctx.lembaga.staf.forEach((s, i) => {
            if (seen.has(s.id))
                out.push({
                    message: 'r.staf.idGanda',
                    params: { id: s.id, baris: seen.get(s.id) + 1 },
                    ...diLembaga(k, `/staf/${i}/id`),
                    value: s.id,
                });
            else
                seen.set(s.id, i);
        });
        return out;
    },
});
