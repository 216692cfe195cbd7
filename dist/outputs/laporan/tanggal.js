/** Date helpers of the report: the calendar arithmetic is src/core/tanggal.ts, shared with the rules. */
import { isTanggal, selisihHari, tambahBulan, umur } from '../../core/tanggal.js';
export { selisihHari, tambahBulan };
/** The date if it is a real calendar date, else null. */
export function tanggalSah(s) {
    return isTanggal(s) ? s : null;
}
/** Days since 1970-01-01. */
export function hariKe(s) {
    return selisihHari('1970-01-01', s);
}
/** Completed years between a birth date and a date. */
export const umurPada = umur;
export function minTanggal(a, b) {
    return a < b ? a : b;
}
export function maxTanggal(a, b) {
    return a > b ? a : b;
}
/** Median of numbers (mean of the two middle values for an even count). */
export function median(xs) {
    if (xs.length === 0)
        return null;
    const s = Float64Array.from(xs).sort();
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
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
