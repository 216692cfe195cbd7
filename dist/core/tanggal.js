/**
 * Calendar dates as ISO `YYYY-MM-DD` strings, computed in UTC so that no
 * time zone (Jakarta is UTC+7) shifts a date by a day.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** True for a real calendar date in ISO form. Arithmetic, no Date object: rules call it millions of times. */
export function isTanggal(s) {
    if (typeof s !== 'string' || s.length !== 10)
        return false;
    if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return false;
    for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    const y = +s.slice(0, 4);
    const m = +s.slice(5, 7);
    const d = +s.slice(8, 10);
    if (m < 1 || m > 12 || d < 1)
        return false;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const dim = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
    return d <= dim;
}
/** Today in Asia/Jakarta (the users' calendar), as YYYY-MM-DD. */
export function hariIni(now = new Date()) {
    const jakarta = new Date(now.getTime() + 7 * 3600 * 1000);
    return jakarta.toISOString().slice(0, 10);
}
function toUTC(s) {
    const m = ISO.exec(s);
    return Date.UTC(+m[1], +m[2] - 1, +m[3]);
}
function fromUTC(ms) {
    return new Date(ms).toISOString().slice(0, 10);
}
/** Add whole months; the day is clamped to the month's end (2025-01-31 + 1 → 2025-02-28). */
export function tambahBulan(s, n) {
    const m = ISO.exec(s);
    const y = +m[1];
    const mo = +m[2] - 1 + n;
    const target = new Date(Date.UTC(y, mo, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    return fromUTC(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(+m[3], last)));
}
export function tambahHari(s, n) {
    return fromUTC(toUTC(s) + n * 86400000);
}
/** Days from a to b (b − a). */
export function selisihHari(a, b) {
    return Math.round((toUTC(b) - toUTC(a)) / 86400000);
}
/** Whole months from a to b, counting a month only when its day is reached. */
export function selisihBulan(a, b) {
    const [ya, ma, da] = a.split('-').map(Number);
    const [yb, mb, db] = b.split('-').map(Number);
    let m = (yb - ya) * 12 + (mb - ma);
    if (db < da)
        m--;
    return m;
}
/** Age in whole years on a date. */
export function umur(lahir, pada) {
    return Math.floor(selisihBulan(lahir, pada) / 12);
}
export function tahunDari(s) {
    return Number(s.slice(0, 4));
}
export function kesegaran(tgl, hariIni, bulan) {
    if (tgl === undefined || tgl === null || tgl === '')
        return 'kosong';
    if (!isTanggal(tgl))
        return 'lama';
    if (tgl > hariIni)
        return 'masa-depan';
    return tambahBulan(tgl, bulan) >= hariIni ? 'baru' : 'lama';
}
/** True for a real date after `hariIni` (a record of something that has not happened yet). */
export function sesudahHariIni(tgl, hariIni) {
    return isTanggal(tgl) && tgl > hariIni;
}
/**
 * A date as Indonesians write it (`dd/mm/yyyy`, also with `-` or `.`, one-digit day or month)
 * or in ISO form, as ISO `YYYY-MM-DD`; null when it is not a real calendar date. Used by
 * `lembaga init` and for lembaga.yaml (the Excel register already accepts this form).
 */
export function parseTanggal(s) {
    const v = s.trim();
    if (isTanggal(v))
        return v;
    const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(v);
    if (!m)
        return null;
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    return isTanggal(iso) ? iso : null;
}
const BULAN = {
    id: [
        'Januari',
        'Februari',
        'Maret',
        'April',
        'Mei',
        'Juni',
        'Juli',
        'Agustus',
        'September',
        'Oktober',
        'November',
        'Desember',
    ],
    en: [
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
    ],
};
/** "3 Desember 2026" (English "3 December 2026"): dates as documents print them; JSON keeps ISO. */
export function tanggalPanjang(iso, bahasa) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    if (!m || !isTanggal(iso))
        return iso;
    return `${Number(m[3])} ${BULAN[bahasa][Number(m[2]) - 1]} ${m[1]}`;
}
/** Every ISO date inside a sentence in long form (messages and labels written for a document). */
export function tanggalPanjangDalam(s, bahasa) {
    return s.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (d) => tanggalPanjang(d, bahasa));
}
