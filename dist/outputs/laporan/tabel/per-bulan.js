import { L, tambahSemua } from './dasar.js';
import { tabelStatistik } from './statistik.js';
const BULAN = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];
export const kasusPerBulan = (ctx) => {
    const { tahun, akhirTahun, svc } = ctx;
    const n = BULAN.map(() => new Array(svc.length).fill(0));
    const nomor = ctx.jejak
        ? BULAN.map(() => Array.from({ length: svc.length }, () => []))
        : null;
    /** First day of each month of the year, and of the next January. */
    const awal = [...BULAN.map((m) => `${tahun}-${m}-01`), `${tahun + 1}-01-01`];
    return {
        id: 'kasus-per-bulan',
        tambahKasusTahun: ({ p, c, nomor: no }) => {
            for (let m = 0; m < 12; m++) {
                if (awal[m] > akhirTahun)
                    break;
                if (p.mulai < awal[m + 1] && (p.akhir === null || p.akhir >= awal[m])) {
                    n[m][c]++;
                    nomor?.[m][c].push(no);
                }
            }
        },
        hasil: (h) => {
            const { pilih, kolom, jejakMap } = h;
            const baris = BULAN.map((m, i) => {
                const nilai = pilih.map((c) => n[i][c]);
                if (jejakMap && nomor) {
                    const all = [];
                    pilih.forEach((c, j) => {
                        jejakMap.set(`kasus-per-bulan|${m}|${kolom[j].key}`, nomor[i][c]);
                        tambahSemua(all, nomor[i][c]);
                    });
                    jejakMap.set(`kasus-per-bulan|${m}|total`, all);
                }
                const total = nilai.reduce((a, b) => a + b, 0);
                return { key: m, label: L(`laporan.bulan.${m}`), nilai: [...nilai, total] };
            });
            return tabelStatistik(h, 'kasus-per-bulan', 'periode-layanan', 'kasus', baris, [
                L('laporan.catatan.perBulan'),
            ]);
        },
    };
};
