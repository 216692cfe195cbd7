import { B, L, tambahSemua, } from './dasar.js';
/** Rows labelled from a message prefix: `laporan.baris.baru`, `laporan.klaster.anak`, … */
export const tetap = (keys, prefix = 'laporan.baris') => keys.map((k) => [k, L(`${prefix}.${k}`)]);
/** Rows kept last, labelled from `laporan.baris.*`. */
export const ujungStandar = (...keys) => keys.map((k) => [k, B(k)]);
/** The counter of a breakdown. */
export function rincian(ctx, spek) {
    const cols = ctx.svc.length;
    const rows = new Map();
    const baris = (key, label) => {
        let s = rows.get(key);
        if (!s) {
            s = {
                label,
                n: new Array(cols).fill(0),
                nomor: ctx.jejak ? Array.from({ length: cols }, () => []) : null,
            };
            rows.set(key, s);
        }
        return s;
    };
    const ujung = spek.ujung ?? [];
    for (const [k, label] of [...spek.tetap, ...ujung])
        baris(k, label);
    const tambah = (key, { c, nomor }, label = () => B(key)) => {
        const s = rows.get(key) ?? baris(key, label());
        s.n[c]++;
        if (s.nomor)
            s.nomor[c].push(nomor);
    };
    const urutan = () => {
        const akhir = new Set(ujung.map(([k]) => k));
        const entries = [...rows.entries()];
        return [...entries.filter(([k]) => !akhir.has(k)), ...entries.filter(([k]) => akhir.has(k))];
    };
    return {
        id: spek.id,
        ...(spek.kasus && { tambahKasus: (x) => spek.kasus(x, tambah) }),
        ...(spek.kasusTahun && { tambahKasusTahun: (x) => spek.kasusTahun(x, tambah) }),
        ...(spek.kegiatan && { tambahKegiatan: (e) => spek.kegiatan(e, tambah) }),
        ...(spek.pengaduan && { tambahPengaduan: (e) => spek.pengaduan(e, tambah) }),
        memakaiKolom: (i) => [...rows.values()].some((s) => s.n[i] > 0),
        hasil: (h) => jadiRincian(spek, urutan(), h),
    };
}
function jadiRincian(spek, rows, h) {
    const { pilih, kolom, jejakMap } = h;
    const baris = rows.map(([key, s]) => {
        const nilai = pilih.map((i) => s.n[i]);
        if (jejakMap && s.nomor) {
            const all = [];
            pilih.forEach((i, j) => {
                jejakMap.set(`${spek.id}|${key}|${kolom[j].key}`, s.nomor[i]);
                tambahSemua(all, s.nomor[i]);
            });
            jejakMap.set(`${spek.id}|${key}|total`, all);
        }
        return { key, label: s.label, nilai: [...nilai, nilai.reduce((a, b) => a + b, 0)] };
    });
    const total = {
        key: 'total',
        label: L('laporan.baris.jumlah'),
        nilai: kolom.map((_, j) => baris.reduce((a, b) => a + (b.nilai[j] ?? 0), 0)),
    };
    if (jejakMap)
        kolom.forEach((kk) => {
            const all = [];
            for (const b of baris)
                tambahSemua(all, jejakMap.get(`${spek.id}|${b.key}|${kk.key}`) ?? []);
            jejakMap.set(`${spek.id}|total|${kk.key}`, all);
        });
    const catatan = spek.catatan?.(h);
    return {
        id: spek.id,
        jenis: 'rincian',
        judul: L(`laporan.tabel.${spek.id}`),
        dasar: spek.dasar,
        satuan: spek.satuan,
        kolom: [...kolom],
        baris: spek.tampil ? spek.tampil(baris) : baris,
        total,
        ...(catatan ? { catatan } : {}),
    };
}
/** The total (last) value of a row. */
const jumlahBaris = (b) => b.nilai[b.nilai.length - 1];
/**
 * Rows met while counting (regions, activity kinds, products) sorted — by `urut`, or by total
 * then key — with the end rows (`lainnya`, `tidak-diisi`) kept last.
 */
export function urutIsi(baris, akhir, urut = (a, b) => jumlahBaris(b) - jumlahBaris(a) || (a.key < b.key ? -1 : 1)) {
    const isi = baris.filter((b) => !akhir.has(b.key)).sort(urut);
    return [...isi, ...baris.filter((b) => akhir.has(b.key))];
}
export { jumlahBaris };
