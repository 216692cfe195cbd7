// The serial-date arithmetic is the spreadsheet primitive in core; re-exported for the readers.
export { MAX_SERIAL, isoToSerial, serialToIso } from '../../core/excel.js';
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
