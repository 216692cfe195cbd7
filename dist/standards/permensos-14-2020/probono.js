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
    const persen = persenProBono(lembaga);
    const dasar = lembaga.pengaturan?.proBono?.dasar ?? 'kegiatan-per-pekerja-per-tahun';
    const prefix = `${tahun}-`;
    const per = new Map();
    let n = 0;
    let pb = 0;
    // "layanan probono dari Pekerja Sosial": only activities delivered by social workers
    // (and supervisors, who are social workers) count; a therapist's sessions do not.
    const peksos = new Set(lembaga.staf
        .filter((s) => s.peran === 'pekerja-sosial' || s.peran === 'supervisor')
        .map((s) => s.id));
    for (const { kasus: k } of kasus) {
        // The quota is the worker's (or the institution's) over all services: --layanan narrows
        // what is shown, never what is counted.
        if (layanan && !layanan.length)
            continue;
        for (const g of k.kegiatan ?? []) {
            if (typeof g.tanggal !== 'string' || !g.tanggal.startsWith(prefix))
                continue;
            const who = g.pelaksana ?? k.pekerjaSosial ?? null;
            if (who !== null && lembaga.staf.length > 0 && !peksos.has(who))
                continue;
            const e = per.get(who) ?? { n: 0, pb: 0 };
            e.n++;
            n++;
            if (g.proBono === true) {
                e.pb++;
                pb++;
            }
            per.set(who, e);
        }
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
