/**
 * Part 3 d (1.4): fees charged, and pro bono (1.4.2 e) counted exactly as the rule counts it
 * (probono.ts): only activities of social workers and supervisors, per worker, quota rounded up.
 */
import { kuota } from '../../../standards/permensos-14-2020/probono.js';
import { B, L, } from './dasar.js';
import { biayaKegiatan } from './kegiatan.js';
import { hitunganKolom, statBaris, tabelStatistik } from './statistik.js';
/** Default share of pro bono activities (Lampiran 1.4.2 e: 10 %). */
const PROBONO_PERSEN = 10;
const persen = (a, b) => (b === 0 ? null : Math.round((a / b) * 1000) / 10);
/** The pro bono target and quota, over the workers' activities of the year. */
function kuotaProbono(ctx, pelaksana, totalKeg, totalPb) {
    const target = ctx.lembaga.pengaturan?.proBono?.persen ?? PROBONO_PERSEN;
    const dasar = ctx.lembaga.pengaturan?.proBono?.dasar ?? 'kegiatan-per-pekerja-per-tahun';
    const pekerja = [...pelaksana.values()];
    const perPekerja = dasar === 'kegiatan-per-pekerja-per-tahun';
    // With the per-worker basis the quota is the sum of each worker's own quota (probono.ts).
    return {
        target,
        dasar,
        memenuhi: pekerja.filter((x) => x.probono >= kuota(target, x.total)).length,
        kuota: perPekerja
            ? pekerja.reduce((a, x) => a + kuota(target, x.total), 0)
            : kuota(target, totalKeg),
        kurang: perPekerja
            ? pekerja.reduce((a, x) => a + Math.max(0, kuota(target, x.total) - x.probono), 0)
            : Math.max(0, kuota(target, totalKeg) - totalPb),
    };
}
/** A figure of the institution as a whole: shown in the total column only. */
const diTotal = (kolom, key, v, n) => ({
    key,
    label: B(key),
    satuan: 'kegiatan',
    nilai: kolom.map((k) => (k.key === 'total' ? v : null)),
    dasarN: kolom.map(() => n),
});
export const biaya = (ctx) => {
    const C = ctx.svc.length;
    const nol = () => new Array(C).fill(0);
    const daftar = () => Array.from({ length: C }, () => []);
    const rp = { total: nol(), n: nol(), nomor: daftar() };
    const pk = { n: nol(), pb: nol(), nomor: daftar() };
    const pelaksana = new Map();
    const staf = ctx.lembaga.staf ?? [];
    const peksos = new Set(staf.filter((x) => x.peran === 'pekerja-sosial' || x.peran === 'supervisor').map((x) => x.id));
    const tambah = ({ g, ini, x: { k, c, nomor } }) => {
        if (!ini)
            return;
        const rupiah = biayaKegiatan(g);
        if (rupiah !== null && rupiah > 0 && g.proBono !== true) {
            rp.total[c] += rupiah;
            rp.n[c]++;
            if (ctx.jejak)
                rp.nomor[c].push(nomor);
        }
        const siapa = g.pelaksana ?? k.pekerjaSosial ?? null;
        if (siapa !== null && staf.length > 0 && !peksos.has(siapa))
            return;
        pk.n[c]++;
        const w = pelaksana.get(siapa) ?? { total: 0, probono: 0 };
        w.total++;
        if (g.proBono === true) {
            w.probono++;
            pk.pb[c]++;
            if (ctx.jejak)
                pk.nomor[c].push(nomor);
        }
        pelaksana.set(siapa, w);
    };
    return {
        id: 'biaya',
        tambahKegiatan: tambah,
        hasil: (h) => hasilBiaya(ctx, h, rp, pk, pelaksana),
    };
};
function hasilBiaya(ctx, h, rp, pk, pelaksana) {
    const { pilih, kolom } = h;
    const totalKeg = pilih.reduce((a, i) => a + pk.n[i], 0);
    const totalPb = pilih.reduce((a, i) => a + pk.pb[i], 0);
    const q = kuotaProbono(ctx, pelaksana, totalKeg, totalPb);
    const rupiah = hitunganKolom(pilih, rp.total, rp.nomor);
    const rupiahN = pilih.reduce((a, i) => a + rp.n[i], 0);
    const baris = [
        statBaris(h, 'biaya', 'biaya-ditagih', 'rupiah', (i) => ({ ...rupiah.per(i), n: rp.n[i] }), {
            ...rupiah.total,
            n: rupiahN,
        }),
        statBaris(h, 'biaya', 'kegiatan-peksos', 'kegiatan', (i) => ({ v: pk.n[i], n: pk.n[i], nomor: [] }), { v: totalKeg, n: totalKeg, nomor: [] }),
        statBaris(h, 'biaya', 'persen-probono', 'persen', (i) => ({ v: persen(pk.pb[i], pk.n[i]), n: pk.n[i], nomor: pk.nomor[i] }), { v: persen(totalPb, totalKeg), n: totalKeg, nomor: pilih.flatMap((i) => pk.nomor[i]) }),
        {
            key: 'target-probono',
            label: B('target-probono'),
            satuan: 'persen',
            nilai: kolom.map(() => q.target),
        },
        // Quotas are per worker (or per institution), not per service: shown in the total column only.
        diTotal(kolom, 'kuota-probono', q.kuota, totalKeg),
        diTotal(kolom, 'kurang-probono', q.kurang, totalKeg),
    ];
    const catatan = L('laporan.catatan.probono', {
        target: q.target,
        memenuhi: q.memenuhi,
        pelaksana: pelaksana.size,
        dasar: q.dasar,
    });
    return tabelStatistik(h, 'biaya', 'tanggal-kegiatan', 'rupiah', baris, [catatan]);
}
