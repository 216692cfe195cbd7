import { JENJANG_KEYS, UNSUR_KEYS } from '../../model/kredit.js';
import { BATAS_CAPAIAN, BATAS_PENUNJANG, FAKTOR_TINGKAT, JENJANG, bagianPenulis, bulat, jenjangTetangga, } from './data.js';
const nol = () => ({ utama: 0, penunjang: 0, 'pengembangan-profesi': 0 });
const jumlah = (b) => bulat(b.utama + b.penunjang + b['pengembangan-profesi']);
const salin = (b) => ({
    utama: bulat(b.utama),
    penunjang: bulat(b.penunjang),
    'pengembangan-profesi': bulat(b['pengembangan-profesi']),
});
function num(x, fallback = 0) {
    return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}
/** The yearly minimum that applies to a worker (Pasal 26, or Pasal 27 when waiting for a vacancy or at the top pangkat). */
export function targetTahunan(p) {
    const j = JENJANG[p.jenjang];
    if (!j)
        return null;
    // Pasal 26 ayat 2 and 4 lift the Pasal 26 target only for Penyelia and Ahli Utama at their top pangkat;
    // Pasal 27 ayat 2 and 4 then set 10 and 25.
    if (p.pangkatTertinggi && j.targetPangkatTertinggi) {
        return {
            nilai: j.targetPangkatTertinggi.nilai,
            bagian: j.targetPangkatTertinggi.bagian,
            dasar: 'pasal-27-pangkat-tertinggi',
        };
    }
    if (p.menungguLowongan && j.targetMenungguLowongan) {
        return {
            nilai: j.targetMenungguLowongan.nilai,
            bagian: j.targetMenungguLowongan.bagian,
            dasar: 'pasal-27-lowongan',
        };
    }
    return { nilai: j.target.nilai, bagian: j.target.bagian, dasar: 'pasal-26' };
}
function normGolongan(g) {
    return g.replace(/\s+/g, '').toLowerCase();
}
/** S1 and D4 share Lampiran VI (Pasal 36 ayat 3 huruf c). */
function normPendidikan(p) {
    return p === 'D4' ? 'S1' : p;
}
/** The threshold row that fits the worker best (golongan required; education and rank when the row names them). */
export function cariAmbang(p, rows) {
    if (!p.golongan)
        return null;
    let best = null;
    rows.forEach((row, index) => {
        if (!row ||
            typeof row.golongan !== 'string' ||
            normGolongan(row.golongan) !== normGolongan(p.golongan))
            return;
        if (row.pendidikan && normPendidikan(row.pendidikan) !== normPendidikan(p.pendidikan))
            return;
        if (row.jenjang && row.jenjang !== p.jenjang)
            return;
        const skor = (row.pendidikan ? 1 : 0) + (row.jenjang ? 1 : 0);
        if (!best || skor > best.skor)
            best = { row, index, skor };
    });
    const b = best;
    return b ? { row: b.row, index: b.index } : null;
}
/** Pasal 10–11: the factor for work of the rank above or below, and why it fell. */
function faktorTingkat(k, unsur, tingkat, p) {
    if (tingkat === 'sendiri')
        return { faktor: 1, bagian: null, alasan: null };
    // Pasal 10–11 concern the duties of Pasal 8 (unsur utama); the field means nothing elsewhere.
    if (unsur !== 'utama')
        return { faktor: 1, bagian: null, alasan: 'tingkat-bukan-utama' };
    if (JENJANG[p.jenjang] &&
        !jenjangTetangga(p.jenjang, tingkat === 'satu-tingkat-di-atas' ? 1 : -1))
        return { faktor: 0, bagian: 'Pasal 10', alasan: 'tingkat-tidak-ada' };
    // Pasal 11 credits "hasil penugasan sebagaimana dimaksud dalam Pasal 10": no written assignment, no credit.
    if (k.penugasanTertulis !== true)
        return { faktor: 0, bagian: 'Pasal 10', alasan: 'tanpa-penugasan' };
    return {
        faktor: FAKTOR_TINGKAT[tingkat].faktor,
        bagian: FAKTOR_TINGKAT[tingkat].bagian,
        alasan: null,
    };
}
/** Pasal 40: the share of a jointly written paper. */
function faktorPenulis(k) {
    if (!k.penulis || typeof k.penulis !== 'object')
        return { faktor: 1, bagian: null, alasan: null };
    const jml = num(k.penulis.jumlah, 1);
    const split = bagianPenulis(k.penulis.peran, jml);
    if (split)
        return { faktor: split.faktor, bagian: split.bagian, alasan: null };
    // More than 4 authors with roles breaks Pasal 40 ayat 2; the text's own fallback is equal shares (ayat 1 huruf d).
    return {
        faktor: jml >= 1 ? 1 / Math.floor(jml) : 0,
        bagian: 'Pasal 40 ayat 2',
        alasan: 'penulis-tidak-valid',
    };
}
/** One activity after the per-activity rules (Pasal 11, Pasal 40). */
function hitungKegiatan(k, i, p) {
    const unsur = UNSUR_KEYS.includes(k.unsur) ? k.unsur : 'utama';
    const tingkat = k.tingkat && k.tingkat in FAKTOR_TINGKAT ? k.tingkat : 'sendiri';
    const nilai = bulat(num(k.nilai) * num(k.volume, 1));
    const t = faktorTingkat(k, unsur, tingkat, p);
    const pen = faktorPenulis(k);
    return {
        index: i,
        uraian: typeof k.uraian === 'string' ? k.uraian : '',
        unsur,
        tingkat,
        klaim: nilai,
        faktorTingkat: t.faktor,
        bagianTingkat: t.bagian,
        faktorPenulis: bulat(pen.faktor),
        bagianPenulis: pen.bagian,
        diakui: bulat(nilai * t.faktor * pen.faktor),
        alasan: [t.alasan, pen.alasan].filter((a) => a !== null),
    };
}
/** Thresholds: the worker's own `ambang` wins over the table row. */
function ambangDari(p, rows) {
    const found = cariAmbang(p, rows);
    const own = p.ambang && typeof p.ambang === 'object' ? p.ambang : {};
    return {
        kenaikanPangkat: own.kenaikanPangkat ?? found?.row.kenaikanPangkat,
        kenaikanJenjang: own.kenaikanJenjang ?? found?.row.kenaikanJenjang,
        sumber: own.sumber ?? found?.row.sumber,
        baris: own.kenaikanPangkat !== undefined || !found ? null : found.index,
    };
}
/** The trace of steps, each the sums per element after it. */
function jejak() {
    const langkah = [];
    const push = (kunci, bagian, b) => {
        const nilai = salin(b);
        const total = jumlah(nilai);
        const prev = langkah.length ? langkah[langkah.length - 1].total : total;
        langkah.push({ kunci, bagian, nilai, total, selisih: bulat(total - prev) });
    };
    return { langkah, push };
}
/** Pasal 37 ayat 2–3: supporting credits up to 20 % of the pangkat threshold, less those already counted. */
function batasiPenunjang(setelahPenulis, kenaikanPangkat, sebelumnya) {
    const sesudah = { ...setelahPenulis };
    if (typeof kenaikanPangkat !== 'number')
        return { sesudah, batas: null, sisa: null };
    const batas = bulat((kenaikanPangkat * BATAS_PENUNJANG.persen) / 100);
    const sisa = bulat(Math.max(0, batas - sebelumnya));
    sesudah.penunjang = Math.min(setelahPenulis.penunjang, sisa);
    return { sesudah, batas, sisa };
}
/** Compute one worker. */
export function hitungPegawai(p, index, rows) {
    const j = JENJANG[p.jenjang];
    const klaim = nol();
    const setelahTingkat = nol();
    const setelahPenulis = nol();
    const kegiatan = [];
    (Array.isArray(p.kegiatan) ? p.kegiatan : []).forEach((k, i) => {
        if (!k || typeof k !== 'object')
            return;
        const h = hitungKegiatan(k, i, p);
        klaim[h.unsur] += h.klaim;
        setelahTingkat[h.unsur] += bulat(h.klaim * h.faktorTingkat);
        setelahPenulis[h.unsur] += h.diakui;
        kegiatan.push(h);
    });
    const { langkah, push } = jejak();
    push('klaim', null, klaim);
    push('tingkat', 'Pasal 11 ayat 1', setelahTingkat);
    push('penulis', 'Pasal 40 ayat 1', setelahPenulis);
    const ambang = ambangDari(p, rows);
    const akumulasi = p.akumulasi && typeof p.akumulasi === 'object' ? p.akumulasi : {};
    const penunjangSebelumnya = num(akumulasi.penunjang);
    const pen = batasiPenunjang(setelahPenulis, ambang.kenaikanPangkat, penunjangSebelumnya);
    push('penunjang', BATAS_PENUNJANG.bagian, pen.sesudah);
    const target = j ? targetTahunan(p) : null;
    const batasCapaian = target ? bulat((target.nilai * BATAS_CAPAIAN.persen) / 100) : null;
    const afterCapaian = { ...pen.sesudah };
    if (batasCapaian !== null)
        afterCapaian.utama = Math.min(pen.sesudah.utama, batasCapaian);
    push('capaian', BATAS_CAPAIAN.bagian, afterCapaian);
    const diakui = salin(afterCapaian);
    const total = jumlah(diakui);
    const selisihTarget = target ? bulat(diakui.utama - target.nilai) : null;
    const sebelumnya = num(akumulasi.angkaKredit);
    const pp = j?.pengembanganProfesiMinimal;
    const ppSebelumnya = num(akumulasi.pengembanganProfesi);
    const angka = (x) => (typeof x === 'number' ? x : null);
    return {
        index,
        staf: typeof p.staf === 'string' ? p.staf : String(p.staf ?? ''),
        nip: typeof p.nip === 'string' ? p.nip : null,
        kategori: p.kategori,
        jenjang: p.jenjang,
        klaim: { ...salin(klaim), total: jumlah(klaim) },
        langkah,
        target,
        batasCapaian,
        diakui: { ...diakui, total },
        selisihTarget,
        memenuhiTarget: selisihTarget !== null && selisihTarget >= 0,
        ambang,
        penunjang: {
            batas: pen.batas,
            sebelumnya: bulat(penunjangSebelumnya),
            sisa: pen.sisa,
            dipotong: bulat(setelahPenulis.penunjang - pen.sesudah.penunjang),
        },
        kumulatif: {
            sebelumnya: bulat(sebelumnya),
            total: bulat(sebelumnya + total),
            ambangPangkat: angka(ambang.kenaikanPangkat),
            ambangJenjang: angka(ambang.kenaikanJenjang),
        },
        pengembanganProfesi: pp
            ? {
                sebelumnya: bulat(ppSebelumnya),
                total: bulat(ppSebelumnya + diakui['pengembangan-profesi']),
                minimal: pp.nilai,
                bagian: pp.bagian,
            }
            : null,
        kegiatan,
    };
}
/** Compute every worker of a year's log. Pure; never throws on partial data. */
export function hitungAngkaKredit(log, config = {}) {
    const rows = [...(Array.isArray(log.ambang) ? log.ambang : []), ...(config.ambang ?? [])];
    const pegawai = (Array.isArray(log.pegawai) ? log.pegawai : [])
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p && typeof p === 'object' && JENJANG_KEYS.includes(p.jenjang))
        .map(({ p, i }) => hitungPegawai(p, i, rows));
    return { tahun: log.tahun, pegawai };
}
