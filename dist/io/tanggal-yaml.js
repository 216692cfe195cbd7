/**
 * lembaga.yaml dates written as Indonesians write them (`31/12/2027`) are read as the ISO
 * date they mean, in memory only (the file is never changed). Only fields the schema declares
 * as dates are touched, so a decree number that happens to look like a date stays text.
 */
import { parseTanggal } from '../core/tanggal.js';
/** Rewrite every `dd/mm/yyyy` value at a `format: date` field of `schema` to `YYYY-MM-DD`, in place. */
export function normaliseTanggal(data, schema) {
    walk(data, schema);
}
function walk(data, s) {
    if (!data || typeof data !== 'object')
        return;
    if (Array.isArray(data)) {
        if (s.items)
            for (let i = 0; i < data.length; i++)
                data[i] = fix(data[i], s.items);
        return;
    }
    const obj = data;
    for (const k of Object.keys(obj)) {
        const sub = s.properties?.[k] ??
            (typeof s.additionalProperties === 'object' ? s.additionalProperties : undefined);
        if (sub)
            obj[k] = fix(obj[k], sub);
    }
}
function fix(v, s) {
    if (s.format === 'date' && typeof v === 'string')
        return parseTanggal(v) ?? v;
    walk(v, s);
    return v;
}
