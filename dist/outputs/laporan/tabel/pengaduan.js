import { LAINNYA, TIDAK_DIISI } from '../kategori.js';
import { selisihHari } from '../tanggal.js';
import { L, dariDaftar, } from './dasar.js';
import { rincian, tetap, ujungStandar } from './rincian.js';
import { Sebaran, hitunganKolom, maxDengan, statBaris, tabelStatistik, ukurMedian, } from './statistik.js';
/** Whole-process complaint deadline: the lembaga's own setting, else the sum of the per-step days of 1.6.5 c. */
export function batasWaktuPengaduan(l) {
    if (typeof l.pengaturan?.batasWaktuPengaduanHari === 'number')
        return l.pengaturan.batasWaktuPengaduanHari;
    const b = l.pengaduan?.prosedur?.batasWaktuHari;
    if (!b)
        return null;
    const parts = [b.penerimaan, b.penanganan, b.penyampaianHasil].filter((x) => typeof x === 'number');
    return parts.length ? parts.reduce((a, x) => a + x, 0) : null;
}
/** Days to resolve a complaint resolved by the end of the year; null while it is open. */
function lamaSelesai(ctx, { d, s }) {
    return !s || s > ctx.akhirTahun || s < d ? null : selisihHari(d, s);
}
/** A breakdown by a complaint field read against the catalogue's list (1.6.3 kinds, 1.6.4 channels). */
function menurutKatalog(id, bagian) {
    return (ctx) => {
        const acuan = ctx.standar.pencegahan ?? ctx.standar[ctx.svc.find((l) => ctx.standar[l])];
        const baris = (acuan?.pengaduan[bagian] ?? []).map((i) => [i.key, { id: i.label, en: i.labelEn }]);
        const daftar = new Set(baris.map(([k]) => k));
        return rincian(ctx, {
            id,
            satuan: 'pengaduan',
            dasar: 'tanggal-pengaduan',
            tetap: baris,
            ujung: ujungStandar(LAINNYA, TIDAK_DIISI),
            pengaduan: (e, tambah) => {
                if (!e.ini)
                    return;
                const v = e.a[bagian];
                tambah(dariDaftar(typeof v === 'string' ? v.trim() : '', daftar), e.x);
            },
        });
    };
}
export const pengaduanJenis = menurutKatalog('pengaduan-jenis', 'jenis');
export const pengaduanSaluran = menurutKatalog('pengaduan-saluran', 'saluran');
export const pengaduanPenyelesaian = (ctx) => {
    const batas = batasWaktuPengaduan(ctx.lembaga);
    return rincian(ctx, {
        id: 'pengaduan-penyelesaian',
        satuan: 'pengaduan',
        dasar: 'tanggal-pengaduan',
        tetap: tetap(['tepat-waktu', 'terlambat', 'selesai-tanpa-batas', 'belum-selesai']),
        pengaduan: (e, tambah) => {
            if (!e.ini)
                return;
            const hari = lamaSelesai(ctx, e);
            if (hari === null)
                tambah('belum-selesai', e.x);
            else if (batas === null)
                tambah('selesai-tanpa-batas', e.x);
            else
                tambah(hari <= batas ? 'tepat-waktu' : 'terlambat', e.x);
        },
        catatan: () => [
            batas === null
                ? L('laporan.catatan.tanpaBatasAdu')
                : L('laporan.catatan.batasAdu', { hari: batas }),
        ],
    });
};
/** Days to resolve (median, longest) and complaints still open at the end of the year. */
export const pengaduanWaktu = (ctx) => {
    const waktu = new Sebaran(ctx.svc.length, ctx.jejak);
    const terbuka = ctx.svc.map(() => 0);
    const terbukaNomor = ctx.svc.map(() => []);
    return {
        id: 'pengaduan-waktu',
        tambahPengaduan: (e) => {
            const { d, s, x } = e;
            // Open at the end of the year, whenever filed.
            if (d <= ctx.akhirTahun && (!s || s > ctx.akhirTahun)) {
                terbuka[x.c]++;
                if (ctx.jejak)
                    terbukaNomor[x.c].push(x.nomor);
            }
            const hari = e.ini ? lamaSelesai(ctx, e) : null;
            if (hari !== null)
                waktu.add(x.c, hari, x.nomor);
        },
        hasil: (h) => {
            const buka = hitunganKolom(h.pilih, terbuka, terbukaNomor);
            const id = 'pengaduan-waktu';
            const baris = [
                waktu.baris(h, id, 'median-hari-pengaduan', 'hari', ukurMedian),
                waktu.baris(h, id, 'terlama-hari-pengaduan', 'hari', maxDengan),
                statBaris(h, id, 'terbuka-akhir-tahun', 'pengaduan', buka.per, buka.total),
            ];
            return tabelStatistik(h, id, 'tanggal-pengaduan', 'hari', baris, [
                L('laporan.catatan.pengaduanTerbuka', { akhir: ctx.akhirTahun }),
            ]);
        },
    };
};
