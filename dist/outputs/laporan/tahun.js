import { periodeLayanan } from '../../standards/permensos-14-2020/periode.js';
/** Sorted years (not after `tanggal`'s year) overlapped by at least one case's service period. */
export function tahunBerkasus(kasus, opts) {
    const batas = Number(opts.tanggal.slice(0, 4));
    const out = new Set();
    for (const k of kasus) {
        const p = periodeLayanan(k, opts.mulaiDari);
        if (!p)
            continue;
        const dari = Number(p.mulai.slice(0, 4));
        // An open case runs until the report date.
        const sampai = Math.min(batas, Number((p.akhir ?? opts.tanggal).slice(0, 4)));
        for (let y = dari; y <= sampai; y++)
            out.add(y);
    }
    return [...out].sort((a, b) => a - b);
}
