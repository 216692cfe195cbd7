import { SEMUA_RULESETS } from '../../standards/index.js';
import { tanggalPanjang, tanggalPanjangDalam } from './tanggal.js';
import { blokAkreditasi } from './akreditasi.js';
/** Level 1–2 headings of the report, for the table of contents. */
export function daftarJudul(doc) {
    const out = [];
    for (const bab of doc.bab)
        for (const b of bab.blok)
            if (b.jenis === 'judul' && b.tingkat <= 2)
                out.push({ tingkat: b.tingkat, teks: b.teks });
    return out;
}
/** Rule summaries by id, for the plain follow-up sentences of Part 4. */
const RINGKASAN_ATURAN = new Map(SEMUA_RULESETS.flatMap((rs) => rs.rules.map((r) => [r.id, r.summary])));
/**
 * Text written for the program's users, made fit for a document: dates in long form, and no
 * file names, options or backticks (an assessor reads "tanggal laporan", not "--tanggal").
 */
export function teksPolos(s, t, bahasa) {
    return tanggalPanjangDalam(s, bahasa)
        .replace(/\s*\((?:ada di|listed in) lembaga\.yaml\)/g, '')
        .replace(/--tanggal(?:\s*\((?:hari ini|today)\))?/g, t('laporan.polos.tanggal'))
        .replace(/(?:the |their )?lembaga\.yaml(?:-nya)?/g, t('laporan.polos.dataLembaga'))
        .replace(/`/g, '');
}
export function labelTeks(l, t, bahasa) {
    if ('key' in l)
        return t(l.key, l.params);
    return bahasa === 'en' ? l.en : l.id;
}
/** Indonesian number format: 1.234.567 and 12,5 (English: 1,234,567 and 12.5). */
export function formatAngka(n, satuan, bahasa) {
    const loc = bahasa === 'en' ? 'en-US' : 'id-ID';
    const digits = satuan === 'persen' || satuan === 'hari' ? 1 : 0;
    const s = n.toLocaleString(loc, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    if (satuan === 'rupiah')
        return `Rp ${s}`;
    if (satuan === 'persen')
        return `${s} %`;
    return s;
}
export function selTeks(s, bahasa) {
    return 'teks' in s ? s.teks : formatAngka(s.angka, s.satuan, bahasa);
}
const COUNT_UNITS = new Set([
    'kasus',
    'kegiatan',
    'pengaduan',
    'rujukan',
    'produk',
]);
/**
 * One value as published. Counts of people-related units from 1 to ambang-1 become "< ambang";
 * measures resting on fewer than ambang cases become "disembunyikan". Staff counts are not
 * suppressed: staff are the institution's officials and the indicator must be exact.
 */
export function nilaiTerbit(v, satuan, dasarN, lap, t, tekan) {
    const p = lap.publik;
    // Secondary suppression (publik.ts): hidden so that no small count can be worked back.
    // Both kinds look alike, so the small ones cannot be told from their companions.
    if (p && tekan)
        return { teks: t('laporan.tersembunyi') };
    if (v === null)
        return { teks: '–' };
    if (p) {
        if (COUNT_UNITS.has(satuan) && v > 0 && v < p.ambang)
            return { teks: `< ${p.ambang}` };
        // A difference resting on a small count (the comparison's change column) would reveal it.
        if (COUNT_UNITS.has(satuan) &&
            dasarN !== undefined &&
            dasarN > 0 &&
            dasarN < p.ambang &&
            v !== dasarN)
            return { teks: t('laporan.tersembunyi') };
        if (!COUNT_UNITS.has(satuan) &&
            satuan !== 'orang' &&
            dasarN !== undefined &&
            dasarN > 0 &&
            dasarN < p.ambang)
            return { teks: t('laporan.tersembunyi') };
    }
    return { angka: v, satuan };
}
/** The published value of a count for charts: null when suppressed. */
export function angkaGrafik(v, lap, tekan) {
    if (lap.publik && tekan)
        return 0;
    return lap.publik && v > 0 && v < lap.publik.ambang ? 0 : v;
}
/** A count of findings as published: under --publik a count from 1 to ambang−1 is "< ambang". */
export function jumlahTerbit(n, lap) {
    if (lap.publik && n > 0 && n < lap.publik.ambang)
        return { teks: `< ${lap.publik.ambang}` };
    return { angka: n, satuan: 'orang' };
}
function barisSel(b, tb, lap, t, bahasa) {
    const satuan = b.satuan ?? tb.satuan;
    return [
        { teks: labelTeks(b.label, t, bahasa) },
        ...b.nilai.map((v, j) => nilaiTerbit(v, satuan, b.dasarN?.[j], lap, t, b.tekan?.[j])),
    ];
}
/** Tables in the order they appear, numbered. */
export function tabelBlok(tb, nomor, lap, t, bahasa) {
    const baris = tb.baris.map((b) => barisSel(b, tb, lap, t, bahasa));
    if (tb.total)
        baris.push(barisSel(tb.total, tb, lap, t, bahasa));
    const pertama = tb.jenis === 'rincian' ? t('laporan.kolom.kategori') : t('laporan.kolom.ukuran');
    return {
        jenis: 'tabel',
        id: tb.id,
        judul: t('laporan.tabelNomor', { nomor, judul: labelTeks(tb.judul, t, bahasa) }),
        keterangan: t('laporan.dihitungMenurut', {
            dasar: t(`laporan.dasar.${tb.dasar}`),
            satuan: t(`laporan.satuan.${tb.satuan}`),
        }),
        kepala: [pertama, ...tb.kolom.map((k) => labelTeks(k.label, t, bahasa))],
        baris,
        adaTotal: Boolean(tb.total),
        catatan: (tb.catatan ?? []).map((c) => labelTeks(c, t, bahasa)),
    };
}
/** Charts of the report and the table each follows. */
export const GRAFIK = [
    { id: 'bulan', setelah: 'kasus-per-bulan', judul: 'laporan.grafik.bulan' },
    { id: 'keadaan', setelah: 'klien-keadaan-akhir', judul: 'laporan.grafik.keadaan' },
    { id: 'pengaduan', setelah: 'pengaduan-jenis', judul: 'laporan.grafik.pengaduan' },
];
function konteks(lap, t0, bahasa) {
    // Documents print dates in long form ("3 Desember 2026"); JSON keeps ISO (render-json.ts).
    const t = (key, params) => t0(key, params &&
        Object.fromEntries(Object.entries(params).map(([k, v]) => [
            k,
            typeof v === 'string' ? tanggalPanjang(v, bahasa) : v,
        ])));
    const tabelById = new Map(lap.tabel.map((tb) => [tb.id, tb]));
    let nomorTabel = 0;
    let nomorGrafik = 0;
    const dipakai = new Set();
    const tabel = (id) => {
        const tb = tabelById.get(id);
        if (!tb || dipakai.has(id))
            return [];
        dipakai.add(id);
        const out = [tabelBlok(tb, ++nomorTabel, lap, t, bahasa)];
        for (const g of GRAFIK.filter((x) => x.setelah === id))
            out.push({
                jenis: 'grafik',
                id: g.id,
                judul: t('laporan.grafikNomor', { nomor: ++nomorGrafik, judul: t(g.judul) }),
            });
        return out;
    };
    return {
        lap,
        t,
        t0,
        bahasa,
        L: (l) => labelTeks(l, t, bahasa),
        tabel,
        belumDipakai: () => lap.tabel.map((tb) => tb.id).filter((id) => !dipakai.has(id)),
        nomorTabel: () => ++nomorTabel,
    };
}
/** About this report: period, method, the public or internal version, data quality. */
function bagianTentang({ lap, t, bahasa }) {
    return [
        { jenis: 'judul', tingkat: 1, teks: t('laporan.bagian.tentang') },
        {
            jenis: 'paragraf',
            teks: t('laporan.periodeTeks', {
                mulai: lap.periode.mulai,
                akhir: lap.periode.akhir,
                tanggal: lap.tanggal,
            }),
        },
        {
            jenis: 'daftar',
            butir: [
                t('laporan.metode.1'),
                t('laporan.metode.2', {
                    tahun: lap.tahun,
                    mulaiDari: t(`laporan.metode.mulai.${lap.mulaiDari}`),
                }),
                t('laporan.metode.3'),
                t('laporan.metode.4'),
                lap.publik
                    ? t('laporan.metode.publik', {
                        ambang: lap.publik.ambang,
                        batas: lap.publik.ambang - 1,
                        tersembunyi: t('laporan.tersembunyi'),
                    })
                    : t('laporan.metode.internal'),
            ],
        },
        { jenis: 'judul', tingkat: 2, teks: t('laporan.bagian.catatanData') },
        lap.catatanData.length
            ? {
                jenis: 'daftar',
                butir: lap.catatanData.map((c) => t(`laporan.data.${c.key}`, { jumlah: selTeks(jumlahTerbit(c.jumlah, lap), bahasa) })),
            }
            : { jenis: 'paragraf', teks: t('laporan.tanpaCatatanData') },
    ];
}
/** Licence and accreditation values: number, date, issuer, validity. */
function nilaiIzin({ lap, t }) {
    const id = lap.identitas;
    const kosong = t('laporan.id.kosong');
    const v = (s) => s ?? kosong;
    const berlakuTeks = (b) => t(b === true
        ? 'laporan.id.berlaku'
        : b === false
            ? 'laporan.id.kedaluwarsa'
            : 'laporan.id.tidakDiketahui');
    return {
        izin: id.izin
            ? t('laporan.id.izinNilai', {
                nomor: v(id.izin.nomor),
                tanggal: v(id.izin.tanggal),
                penerbit: v(id.izin.penerbit),
                sampai: v(id.izin.berlakuSampai),
                status: berlakuTeks(id.izin.berlaku),
            })
            : kosong,
        akreditasi: id.akreditasi.length
            ? id.akreditasi
                .map((a) => t('laporan.id.akreditasiNilai', {
                bidang: t(`laporan.layanan.${a.bidang}`),
                peringkat: v(a.peringkat),
                nomor: v(a.nomor),
                sampai: v(a.berlakuSampai),
                status: berlakuTeks(a.berlaku),
            }))
                .join('; ')
            : t('laporan.id.tanpaAkreditasi'),
    };
}
/** Part 1: identity. No client data here by construction. */
function bagianIdentitas(k) {
    const { lap, t, L } = k;
    const id = lap.identitas;
    const kosong = t('laporan.id.kosong');
    const v = (s) => s ?? kosong;
    const { izin, akreditasi } = nilaiIzin(k);
    const idBaris = [
        [t('laporan.id.nama'), v(id.nama)],
        [t('laporan.id.jenis'), v(id.jenis)],
        [t('laporan.id.kepemilikan'), v(id.kepemilikan)],
        [t('laporan.id.badanHukum'), v(id.badanHukum)],
        [t('laporan.id.alamat'), v(id.alamat)],
        [t('laporan.id.kota'), v(id.kota)],
        [t('laporan.id.kodeWilayah'), v(id.kodeWilayah)],
        [t('laporan.id.kontak'), [id.telepon, id.email].filter(Boolean).join(' / ') || kosong],
        [t('laporan.id.izin'), izin],
        [t('laporan.id.akreditasi'), akreditasi],
        [
            t('laporan.id.layanan'),
            id.layanan
                .map((l) => t('laporan.id.layananNilai', {
                nama: L(l.nama),
                huruf: l.huruf,
                bulan: l.jangkaWaktuBulan,
            }))
                .join('; ') || kosong,
        ],
        [
            t('laporan.id.pimpinan'),
            id.pimpinan
                ? [id.pimpinan.nama, id.pimpinan.jabatan].filter(Boolean).join(', ') || kosong
                : kosong,
        ],
    ];
    return [
        { jenis: 'judul', tingkat: 1, teks: t('laporan.bagian.1') },
        {
            jenis: 'tabel',
            id: 'identitas',
            judul: t('laporan.tabelNomor', {
                nomor: k.nomorTabel(),
                judul: t('laporan.bagian.1').replace(/^[^.]*\.\s*/, ''),
            }),
            keterangan: null,
            kepala: [t('laporan.kolom.unsur'), t('laporan.kolom.keterangan')],
            baris: idBaris.map(([a, b]) => [{ teks: a }, { teks: b }]),
            adaTotal: false,
            lebar: [0.28, 0.72],
            catatan: [],
        },
    ];
}
/** The compliance summary of the aspects of one part (Pasal 34 ayat 2 or 3). */
function tabelRingkasan(k, aspek, id) {
    const { lap, t, bahasa, L } = k;
    return {
        jenis: 'tabel',
        id,
        judul: t('laporan.tabelNomor', { nomor: k.nomorTabel(), judul: t('laporan.ringkasanAspek') }),
        keterangan: lap.validasi
            ? t('laporan.statusDari', { tanggal: lap.tanggal })
            : t('laporan.tanpaValidasi'),
        kepala: [
            t('laporan.kolom.huruf'),
            t('laporan.kolom.aspek'),
            t('laporan.kolom.bagianLampiran'),
            t('laporan.kolom.status'),
            t('laporan.kolom.temuan'),
        ],
        baris: aspek.map((a) => [
            { teks: a.huruf },
            { teks: L(a.judul) },
            { teks: a.bagian.join(', ') },
            { teks: t(`laporan.status.${a.status}`) },
            {
                teks: `${selTeks(jumlahTerbit(a.temuan.error, lap), bahasa)} / ${selTeks(jumlahTerbit(a.temuan.warning, lap), bahasa)}`,
            },
        ]),
        adaTotal: false,
        lebar: [0.08, 0.42, 0.14, 0.18, 0.18],
        catatan: [],
    };
}
/** One aspect: its facts, its status, and its tables. */
function blokAspek(k, a) {
    const { lap, t, bahasa, L } = k;
    return [
        { jenis: 'judul', tingkat: 2, teks: `${a.huruf}. ${L(a.judul)}` },
        ...(a.fakta.length ? [{ jenis: 'daftar', butir: a.fakta.map(L) }] : []),
        {
            jenis: 'paragraf',
            teks: t('laporan.statusTeks', {
                status: t(`laporan.status.${a.status}`),
                error: selTeks(jumlahTerbit(a.temuan.error, lap), bahasa),
                warning: selTeks(jumlahTerbit(a.temuan.warning, lap), bahasa),
                aturan: a.aturan,
                bagian: a.bagian.join(', '),
            }),
        },
        ...a.tabel.flatMap(k.tabel),
    ];
}
/** Part 2: the management aspects (Pasal 34 ayat 2). */
function bagianPengelolaan(k) {
    return [
        { jenis: 'judul', tingkat: 1, teks: k.t('laporan.bagian.2') },
        tabelRingkasan(k, k.lap.pengelolaan, 'ringkasan-pengelolaan'),
        ...k.lap.pengelolaan.flatMap((a) => blokAspek(k, a)),
    ];
}
/** Part 3: the delivery aspects (Pasal 34 ayat 3), the comparison, and any table no aspect placed. */
function bagianPenyampaian(k) {
    const { lap, t } = k;
    const out = [
        { jenis: 'judul', tingkat: 1, teks: t('laporan.bagian.3') },
        tabelRingkasan(k, lap.penyampaian, 'ringkasan-penyampaian'),
        ...lap.penyampaian.flatMap((a) => blokAspek(k, a)),
    ];
    if (lap.tabel.some((tb) => tb.id === 'perbandingan'))
        out.push({ jenis: 'judul', tingkat: 2, teks: t('laporan.bagian.perbandingan') }, ...k.tabel('perbandingan'));
    // Any table no aspect claimed still appears (nothing computed is dropped).
    for (const id of k.belumDipakai())
        out.push(...k.tabel(id));
    return out;
}
/** The rule a finding group broke, in plain words. */
function ketentuan({ t, bahasa }, rule) {
    const r = RINGKASAN_ATURAN.get(rule);
    return teksPolos(r ? r[bahasa] : rule, t, bahasa);
}
/** The open findings grouped by rule and section, with how many of each. */
function tabelTemuan(k) {
    const { lap, t } = k;
    return {
        jenis: 'tabel',
        id: 'temuan',
        judul: t('laporan.tabelNomor', {
            nomor: k.nomorTabel(),
            judul: t('laporan.bagian.4').replace(/^[^.]*\.\s*/, ''),
        }),
        keterangan: t('laporan.statusDari', { tanggal: lap.tanggal }),
        kepala: [
            t('laporan.kolom.no'),
            t('laporan.kolom.tingkat'),
            t('laporan.kolom.ketentuan'),
            t('laporan.kolom.rujukan'),
            t('laporan.kolom.jumlahTemuan'),
        ],
        baris: lap.temuan.map((f, i) => [
            { teks: String(i + 1) },
            { teks: t(`laporan.tingkat.${f.severity}`) },
            { teks: ketentuan(k, f.rule) },
            { teks: f.ref ?? '–' },
            jumlahTerbit(f.jumlah, lap),
        ]),
        adaTotal: false,
        lebar: [0.06, 0.12, 0.5, 0.22, 0.1],
        catatan: [],
    };
}
/** Part 4: open findings, each group as a plain follow-up sentence citing the regulation. */
function bagianTemuan(k) {
    const { lap, t, t0, bahasa } = k;
    const out = [{ jenis: 'judul', tingkat: 1, teks: t('laporan.bagian.4') }];
    if (!lap.validasi)
        return [...out, { jenis: 'paragraf', teks: t('laporan.tanpaValidasi') }];
    if (lap.temuan.length === 0)
        return [...out, { jenis: 'paragraf', teks: t('laporan.tanpaTemuan') }];
    out.push({ jenis: 'paragraf', teks: t('laporan.temuanPengantar') }, tabelTemuan(k), { jenis: 'judul', tingkat: 2, teks: t('laporan.tindakLanjutJudul') }, {
        jenis: 'daftar',
        butir: lap.temuan.map((f) => t0(`laporan.tindakLanjut.${f.severity}`, {
            rujukan: f.ref ?? t('laporan.tanpaRujukan'),
            ketentuan: ketentuan(k, f.rule).replace(/\.$/, ''),
            jumlah: f.jumlah,
        })),
    });
    const pesan = lap.temuan.flatMap((f) => f.pesan.map((m) => teksPolos(m, t, bahasa)));
    // The messages name staff members; the public version keeps to the grouped table.
    if (pesan.length && !lap.publik)
        out.push({ jenis: 'paragraf', teks: t('laporan.temuanPesan') }, { jenis: 'daftar', butir: pesan });
    return out;
}
/** Cover, foreword and approval: the institution, the year, the head who signs. */
function halamanDepan({ lap, t, bahasa }) {
    const id = lap.identitas;
    const namaLembaga = id.nama;
    const tanggalPanjangLap = tanggalPanjang(lap.tanggal, bahasa);
    const sampul = {
        lembaga: namaLembaga,
        judul: t('laporan.judul', { tahun: lap.tahun }),
        tahun: t('laporan.sampul.tahun', { tahun: lap.tahun }),
        subjudul: t('laporan.subjudul'),
        logo: t('laporan.sampul.logo'),
        disusun: [namaLembaga, id.kota].filter(Boolean).join(' · '),
        tanggal: tanggalPanjangLap,
    };
    const pengesahan = {
        judul: t('laporan.pengesahan.judul'),
        teks: t('laporan.pengesahan.teks', { tahun: lap.tahun }),
        tempatTanggal: t('laporan.pengesahan.tempatTanggal', {
            tempat: id.kota ?? t('laporan.pengesahan.tempatKosong'),
            tanggal: tanggalPanjangLap,
        }),
        jabatan: [id.pimpinan?.jabatan ?? t('laporan.pengesahan.pimpinanKosong'), namaLembaga]
            .filter(Boolean)
            .join(' '),
        nama: id.pimpinan?.nama ?? t('laporan.pengesahan.namaKosong'),
        ttd: t('laporan.pengesahan.ttd'),
    };
    const pengantar = {
        judul: t('laporan.pengantar.judul'),
        paragraf: [
            t('laporan.pengantar.1', { tahun: lap.tahun, lembaga: namaLembaga ?? '' }).replace(/\s+(?=[.,])/g, ''),
            t('laporan.pengantar.2'),
            t('laporan.pengantar.3'),
        ],
    };
    return { sampul, pengesahan, pengantar };
}
/** Build the localised document. */
export function buildDokumen(lap, t0, bahasa) {
    const k = konteks(lap, t0, bahasa);
    const { t } = k;
    const bab = [
        { lembar: t('laporan.lembar.tentang'), blok: bagianTentang(k) },
        { lembar: t('laporan.lembar.1'), blok: bagianIdentitas(k) },
        { lembar: t('laporan.lembar.2'), blok: bagianPengelolaan(k) },
        { lembar: t('laporan.lembar.3'), blok: bagianPenyampaian(k) },
        { lembar: t('laporan.lembar.4'), blok: bagianTemuan(k) },
    ];
    // Evidence index by the five accreditation components (Permensos 8/2025; akreditasi.ts), closing the last part.
    bab.at(-1).blok.push(...blokAkreditasi(lap, bab, t));
    const nama = lap.identitas.nama;
    return {
        judul: `${t('laporan.judul', { tahun: lap.tahun })}${nama ? ` — ${nama}` : ''}`,
        subjudul: t('laporan.subjudul'),
        publik: lap.publik !== null,
        ...halamanDepan(k),
        daftarIsi: t('laporan.daftarIsi'),
        bab,
    };
}
