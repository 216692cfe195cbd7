import { isTanggal } from '../../core/tanggal.js';
const tanggalSah = (s) => (isTanggal(s) ? s : null);
const minTanggal = (a, b) => (a < b ? a : b);
const maxTanggal = (a, b) => (a > b ? a : b);
/** Every date a case records, for the fallbacks below. */
function tanggalTercatat(k) {
    const t = k.tahapan ?? {};
    const out = [];
    const push = (s) => {
        const d = tanggalSah(s);
        if (d)
            out.push(d);
    };
    push(t.pendekatanAwal?.tanggal);
    push(t.pendekatanAwal?.kesepakatan);
    push(t.pendekatanAwal?.rujukKeluar?.tanggal);
    push(t.asesmen?.tanggal);
    push(t.perencanaan?.tanggal);
    push(t.intervensi?.mulai);
    push(t.intervensi?.selesai);
    push(t.evaluasi?.tanggal);
    push(t.rujukan?.tanggal);
    push(t.terminasi?.tanggal);
    for (const g of k.kegiatan ?? [])
        push(g.tanggal);
    return out;
}
/**
 * The service period. Start: agreement date (1.2.2 e), else first contact (or the reverse
 * with `mulaiJangkaWaktu: pendekatan-awal`), else the earliest date recorded. End: the date of
 * the stage the status names; for a closed case without it, the latest date recorded.
 */
export function periodeLayanan(k, mulaiDari = 'kesepakatan') {
    const pa = k.tahapan?.pendekatanAwal;
    const kes = tanggalSah(pa?.kesepakatan);
    const awal = tanggalSah(pa?.tanggal);
    let mulai = mulaiDari === 'kesepakatan' ? (kes ?? awal) : (awal ?? kes);
    let mulaiDiduga = false;
    let semua = null;
    if (!mulai) {
        semua = tanggalTercatat(k);
        if (semua.length === 0)
            return null;
        mulai = semua.reduce(minTanggal);
        mulaiDiduga = true;
    }
    const t = k.tahapan ?? {};
    let akhir = null;
    let akhirDiduga = false;
    if (k.status !== 'aktif') {
        if (k.status === 'selesai')
            akhir = tanggalSah(t.terminasi?.tanggal);
        else if (k.status === 'dirujuk')
            akhir = tanggalSah(t.rujukan?.tanggal) ?? tanggalSah(pa?.rujukKeluar?.tanggal);
        else
            akhir = tanggalSah(t.terminasi?.tanggal) ?? tanggalSah(t.evaluasi?.tanggal);
        if (!akhir) {
            semua ??= tanggalTercatat(k);
            akhir = semua.length ? semua.reduce(maxTanggal) : mulai;
            akhirDiduga = true;
        }
        if (akhir < mulai)
            akhir = mulai;
    }
    return { mulai, akhir, mulaiDiduga, akhirDiduga };
}
