const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** Largest serial Excel accepts (9999-12-31). */
export const MAX_SERIAL = 2958465;
const isoCache = new Map();
/** ISO YYYY-MM-DD of a serial date number, or null when out of Excel's range. */
export function serialToIso(serial, date1904 = false) {
    // Registers repeat the same few thousand days; formatting a Date each time was a hot spot.
    const key = date1904 ? serial + 1e7 : serial;
    const hit = isoCache.get(key);
    if (hit !== undefined)
        return hit;
    const iso = computeIso(serial, date1904);
    if (isoCache.size < 200_000)
        isoCache.set(key, iso);
    return iso;
}
function computeIso(serial, date1904) {
    if (!Number.isFinite(serial) || serial < 0 || serial > MAX_SERIAL)
        return null;
    // Times stored as fractions can land a hair below midnight (45658.99999999): round to the millisecond first.
    let days = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
    if (!date1904 && days === 60)
        return null; // 1900-02-29, Lotus's day that never was
    if (!date1904 && days < 60)
        days += 1; // before it the epoch is one day later
    const ms = (date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS;
    return new Date(ms).toISOString().slice(0, 10);
}
/** Serial date number of an ISO date (1900 system). */
export function isoToSerial(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return Math.round((Date.UTC(y, m - 1, d) - EPOCH_1900) / DAY_MS);
}
/** A Date at UTC midnight of an ISO date (what exceljs writes as that calendar day). */
export function isoToUtcDate(iso) {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
}
/** Whether y-m-d is a real calendar day. */
export function validYmd(y, m, d) {
    if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d))
        return false;
    if (y < 1800 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const BULAN = {
    jan: 1,
    januari: 1,
    january: 1,
    feb: 2,
    februari: 2,
    pebruari: 2,
    february: 2,
    mar: 3,
    maret: 3,
    march: 3,
    apr: 4,
    april: 4,
    mei: 5,
    may: 5,
    jun: 6,
    juni: 6,
    june: 6,
    jul: 7,
    juli: 7,
    july: 7,
    agu: 8,
    agt: 8,
    agus: 8,
    agustus: 8,
    aug: 8,
    august: 8,
    sep: 9,
    sept: 9,
    september: 9,
    okt: 10,
    oktober: 10,
    oct: 10,
    october: 10,
    nov: 11,
    nopember: 11,
    november: 11,
    des: 12,
    desember: 12,
    dec: 12,
    december: 12,
};
/**
 * A date typed as text, as Indonesian users write it: dd/mm/yyyy (also with - or .),
 * yyyy-mm-dd, "5 Januari 2025". Day first: Indonesia never writes month first.
 * Null when it is not a real date.
 */
export function parseTextDate(raw) {
    const s = raw.trim();
    let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
    if (m)
        return ymd(+m[1], +m[2], +m[3]);
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s);
    if (m) {
        let y = +m[3];
        if (m[3].length === 2)
            y += y < 50 ? 2000 : 1900;
        return ymd(y, +m[2], +m[1]);
    }
    m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(s);
    if (m) {
        const mon = BULAN[m[2].toLowerCase()];
        return mon ? ymd(+m[3], mon, +m[1]) : null;
    }
    return null;
}
function ymd(y, m, d) {
    return validYmd(y, m, d) ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}
/** Built-in number formats that are dates or times (ECMA-376 18.8.30, plus the CJK date ids). */
const BUILTIN_DATE = new Set([
    14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
    52, 53, 54, 55, 56, 57, 58,
]);
/** Whether a number format shows a date: a built-in date id, or a custom code with d/m/y outside quotes and brackets. */
export function isDateFormat(id, code) {
    if (code === undefined)
        return BUILTIN_DATE.has(id);
    const bare = code
        .replace(/"[^"]*"/g, '')
        .replace(/\\./g, '')
        .replace(/\[[^\]]*\]/g, '')
        .split(';')[0];
    if (/^\s*(general|@)\s*$/i.test(bare))
        return false;
    return /[dmy]/i.test(bare.replace(/general/gi, ''));
}
/** Column letters → 1-based index ("AA" → 27). 0 when not letters. */
export function colIndex(letters) {
    let n = 0;
    for (let i = 0; i < letters.length; i++) {
        const c = letters.charCodeAt(i);
        if (c >= 65 && c <= 90)
            n = n * 26 + (c - 64);
        else if (c >= 97 && c <= 122)
            n = n * 26 + (c - 96);
        else
            break;
    }
    return n;
}
