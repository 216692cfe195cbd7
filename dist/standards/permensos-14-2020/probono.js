import { isTanggal } from '../../core/tanggal.js';
/** The share 1.4.2 e fixes: 10 %. */
export const PERSEN_PRO_BONO = 10;
/**
 * The percentage in force: the lembaga's own, but never below the 10 % of 1.4.2 e ("sebanyak
 * 10%"). A lembaga may widen the base or raise the share; it cannot lower it.
 */
export function persenProBono(lembaga) {
    const p = lembaga.pengaturan?.proBono?.persen;
    return typeof p === 'number' && Number.isFinite(p) && p > PERSEN_PRO_BONO ? p : PERSEN_PRO_BONO;
}
/** Quota for `persen` % of `n` activities, rounded up (integer arithmetic: 10 % of 30 is 3, not 3.0000000004). */
export function kuota(persen, n) {
    return Math.max(0, Math.ceil((persen * n) / 100 - 1e-9));
}
function baris(pelaksana, kegiatan, proBono, persen) {
    const k = kuota(persen, kegiatan);
    return { pelaksana, kegiatan, proBono, kuota: k, kurang: Math.max(0, k - proBono) };
}
/** Count the year's activities (from the registers) and the pro bono quota they imply. */
export function hitungProBono(lembaga, kasus, tahun, layanan) {
    const h = new HitungProBono(lembaga);
    // The quota is the worker's (or the institution's) over all services: --layanan narrows
    // what is shown, never what is counted.
    if (!layanan || layanan.length)
        for (const k of kasus)
            h.tambah(k.kasus);
    return h.hasil(tahun);
}
/**
 * The activities of every year, counted per worker as the cases go by (cases stream, issue 16):
 * `hasil(tahun)` is the quota of one year.
 */
export class HitungProBono {
    lembaga;
    /** Per year (the text before the date's first "-"), per worker: activities and pro bono ones. */
    perTahun = new Map();
    /** The years of the valid activity dates. */
    tahunSah = new Set();
    peksos;
    constructor(lembaga) {
        this.lembaga = lembaga;
        // "layanan probono dari Pekerja Sosial": only activities delivered by social workers
        // (and supervisors, who are social workers) count; a therapist's sessions do not.
        this.peksos = new Set(lembaga.staf
            .filter((s) => s.peran === 'pekerja-sosial' || s.peran === 'supervisor')
            .map((s) => s.id));
    }
    tambah(k) {
        for (const g of k.kegiatan ?? []) {
            if (typeof g.tanggal !== 'string')
                continue;
            if (isTanggal(g.tanggal))
                this.tahunSah.add(Number(g.tanggal.slice(0, 4)));
            const d = g.tanggal.indexOf('-');
            if (d < 0)
                continue;
            const who = g.pelaksana ?? k.pekerjaSosial ?? null;
            if (who !== null && this.lembaga.staf.length > 0 && !this.peksos.has(who))
                continue;
            const y = g.tanggal.slice(0, d);
            let per = this.perTahun.get(y);
            if (!per)
                this.perTahun.set(y, (per = new Map()));
            const e = per.get(who) ?? { n: 0, pb: 0 };
            e.n++;
            if (g.proBono === true)
                e.pb++;
            per.set(who, e);
        }
    }
    hasil(tahun) {
        const lembaga = this.lembaga;
        const persen = persenProBono(lembaga);
        const dasar = lembaga.pengaturan?.proBono?.dasar ?? 'kegiatan-per-pekerja-per-tahun';
        const per = this.perTahun.get(String(tahun)) ?? new Map();
        let n = 0;
        let pb = 0;
        for (const e of per.values()) {
            n += e.n;
            pb += e.pb;
        }
        const perPekerja = [...per.entries()]
            .map(([who, e]) => baris(who, e.n, e.pb, persen))
            .sort((a, b) => (a.pelaksana ?? '\uffff').localeCompare(b.pelaksana ?? '\uffff'));
        const total = baris(null, n, pb, persen);
        // With the per-worker basis the lembaga's quota is the sum of each worker's own quota.
        if (dasar === 'kegiatan-per-pekerja-per-tahun') {
            total.kuota = perPekerja.reduce((s, r) => s + r.kuota, 0);
            total.kurang = perPekerja.reduce((s, r) => s + r.kurang, 0);
        }
        const { pelaksana: _omit, ...totalTanpa } = total;
        void _omit;
        return {
            tahun,
            persen,
            dasar,
            bagian: '1.4.2 e',
            adaData: n > 0,
            total: totalTanpa,
            perPekerja: dasar === 'kegiatan-per-pekerja-per-tahun' ? perPekerja : [],
        };
    }
}
