import { median } from '../tanggal.js';
import { B, L } from './dasar.js';
/** Per service, the numbers a median needs and the register numbers behind them. */
export class Sebaran {
    jejak;
    xs;
    nomor;
    constructor(cols, jejak) {
        this.jejak = jejak;
        this.xs = Array.from({ length: cols }, () => []);
        this.nomor = Array.from({ length: cols }, () => []);
    }
    add(col, x, nomor) {
        this.xs[col].push(x);
        if (this.jejak)
            this.nomor[col].push(nomor);
    }
    /** A measure row over these numbers: per column shown, and over all of them. */
    baris(h, tabelId, key, satuan, ukur) {
        const semua = this.semua(h.pilih);
        const per = (i) => ukur(this.xs[i], this.nomor[i]);
        return statBaris(h, tabelId, key, satuan, per, ukur(semua.xs, semua.nomor));
    }
    /** The numbers and register numbers of the columns shown, together. */
    semua(pilih) {
        return {
            xs: pilih.flatMap((i) => this.xs[i]),
            nomor: pilih.flatMap((i) => this.nomor[i]),
        };
    }
}
/** How many numbers there are. */
export const ukurJumlah = (xs, nomor) => ({
    v: xs.length,
    n: xs.length,
    nomor,
});
/** Their median. */
export const ukurMedian = (xs, nomor) => ({
    v: median(xs),
    n: xs.length,
    nomor,
});
/** The largest number and the register number it belongs to. */
export function maxDengan(xs, nomor) {
    let best = -1;
    let at = '';
    xs.forEach((x, j) => {
        if (x > best) {
            best = x;
            at = nomor[j] ?? '';
        }
    });
    return { v: best < 0 ? null : best, n: xs.length, nomor: at ? [at] : [] };
}
/** A plain count per column and in total (sum of the columns shown). */
export function hitunganKolom(pilih, n, nomor) {
    const jumlah = pilih.reduce((a, i) => a + n[i], 0);
    return {
        per: (i) => ({ v: n[i], n: n[i], nomor: nomor[i] }),
        total: { v: jumlah, n: jumlah, nomor: pilih.flatMap((i) => nomor[i]) },
    };
}
/** One measure row: a value per service column shown and one for all. */
export function statBaris(h, tabelId, key, satuan, per, total) {
    const vals = h.pilih.map(per);
    if (h.jejakMap) {
        vals.forEach((x, j) => h.jejakMap.set(`${tabelId}|${key}|${h.kolom[j].key}`, x.nomor));
        h.jejakMap.set(`${tabelId}|${key}|total`, total.nomor);
    }
    return {
        key,
        label: B(key),
        satuan,
        nilai: [...vals.map((x) => x.v), total.v],
        dasarN: [...vals.map((x) => x.n), total.n],
    };
}
/** A statistics table over the service columns. */
export function tabelStatistik(h, id, dasar, satuan, baris, catatan) {
    return {
        id,
        jenis: 'statistik',
        judul: L(`laporan.tabel.${id}`),
        dasar,
        satuan,
        kolom: [...h.kolom],
        baris,
        catatan,
    };
}
