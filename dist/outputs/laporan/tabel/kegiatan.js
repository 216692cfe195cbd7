import { DURASI_KEYS, TINGKAT_KEYS, TAHAP_KEYS } from '../../../standards/types.js';
import { LAINNYA, TIDAK_DIISI } from '../kategori.js';
import { L } from './dasar.js';
import { rincian, tetap, ujungStandar, urutIsi, } from './rincian.js';
/** The catalogue's activities across the five services: label by key, stage by service and key. */
export function katalogKegiatan(ctx) {
    const label = new Map();
    const tahap = new Map();
    for (const l of ctx.svc)
        for (const g of ctx.standar[l]?.kegiatan ?? []) {
            if (!label.has(g.key))
                label.set(g.key, { id: g.label, en: g.labelEn });
            tahap.set(`${l}|${g.key}`, g.tahap);
        }
    return { label, tahap };
}
const kunci = (g) => (typeof g.kegiatan === 'string' ? g.kegiatan.trim() : '');
/** A breakdown of this year's activities. */
function menurutKegiatan(id, baris, ujung, kategori, lain = {}) {
    return (ctx) => {
        const hitung = kategori(ctx);
        return rincian(ctx, {
            id,
            satuan: 'kegiatan',
            dasar: 'tanggal-kegiatan',
            tetap: baris,
            ujung,
            kegiatan: (e, tambah) => {
                if (e.ini)
                    hitung(e, tambah);
            },
            ...lain,
        });
    };
}
export const kegiatanTahap = menurutKegiatan('kegiatan-tahap', tetap(TAHAP_KEYS, 'laporan.tahap'), ujungStandar('tidak-diketahui'), (ctx) => {
    const { tahap } = katalogKegiatan(ctx);
    return (e, tambah) => tambah(tahap.get(`${e.x.k.layanan}|${kunci(e.g)}`) ?? 'tidak-diketahui', e.x);
}, { catatan: () => [L('laporan.catatan.tahap')] });
export const kegiatanJenis = menurutKegiatan('kegiatan-jenis', [], ujungStandar(LAINNYA, TIDAK_DIISI), (ctx) => {
    const { label } = katalogKegiatan(ctx);
    return (e, tambah) => {
        const key = kunci(e.g);
        if (!key)
            tambah(TIDAK_DIISI, e.x);
        else if (label.has(key))
            tambah(key, e.x, () => label.get(key));
        else
            tambah(LAINNYA, e.x);
    };
}, { tampil: (b) => urutIsi(b, new Set([LAINNYA, TIDAK_DIISI])) });
/** A breakdown by an activity field with a fixed list of keys. */
const menurutKunci = (id, keys, prefix, ambil) => menurutKegiatan(id, tetap(keys, prefix), ujungStandar(TIDAK_DIISI), () => (e, tambah) => {
    const v = ambil(e.g);
    tambah(v && keys.includes(v) ? v : TIDAK_DIISI, e.x);
});
export const kegiatanTingkat = menurutKunci('kegiatan-tingkat', TINGKAT_KEYS, 'laporan.tingkat', (g) => g.tingkat);
export const kegiatanDurasi = menurutKunci('kegiatan-durasi', DURASI_KEYS, 'laporan.durasi', (g) => g.durasi);
/** The fee charged, when it is a real number. */
export const biayaKegiatan = (g) => typeof g.biaya === 'number' && Number.isFinite(g.biaya) ? g.biaya : null;
export const kegiatanPembiayaan = menurutKegiatan('kegiatan-pembiayaan', tetap(['pro-bono', 'berbayar', 'tanpa-biaya']), ujungStandar(TIDAK_DIISI), () => (e, tambah) => {
    const biaya = biayaKegiatan(e.g);
    if (e.g.proBono === true)
        tambah('pro-bono', e.x);
    else if (biaya === null)
        tambah(TIDAK_DIISI, e.x);
    else
        tambah(biaya > 0 ? 'berbayar' : 'tanpa-biaya', e.x);
});
