/**
 * One cell of a legacy table, whatever produced it (exceljs in memory, exceljs
 * streaming, CSV). exceljs hands back Dates (UTC), `{formula, result}`,
 * `{richText}`, `{text, hyperlink}`, `{error}` and shared formulas; every reader
 * funnels them through `normalizeCell()` so the import core sees one shape.
 */
export const EMPTY_CELL = Object.freeze({ kind: 'empty', text: '', original: null });
function isoOf(d) {
    const y = d.getUTCFullYear();
    const m = String(d.getUTCMonth() + 1).padStart(2, '0');
    const day = String(d.getUTCDate()).padStart(2, '0');
    return `${String(y).padStart(4, '0')}-${m}-${day}`;
}
/** A text cell (CSV, or a string from a workbook). */
export function textCell(s) {
    // Excel users prefix identifiers with an apostrophe to keep them as text; CSV exports keep it.
    const text = s.replace(/\u00a0/g, ' ').trim();
    return text === '' ? EMPTY_CELL : { kind: 'text', text, original: s };
}
/** Turn any exceljs cell value into a Cell. */
export function normalizeCell(value) {
    if (value === null || value === undefined)
        return EMPTY_CELL;
    if (typeof value === 'string')
        return textCell(value);
    if (typeof value === 'number') {
        if (!Number.isFinite(value))
            return EMPTY_CELL;
        return { kind: 'number', text: numberText(value), number: value, original: value };
    }
    if (typeof value === 'boolean')
        return { kind: 'boolean', text: value ? 'TRUE' : 'FALSE', original: value };
    if (value instanceof Date) {
        if (Number.isNaN(value.getTime()))
            return EMPTY_CELL;
        return { kind: 'date', text: isoOf(value), date: value, original: value };
    }
    if (typeof value === 'object') {
        const v = value;
        if ('error' in v) {
            const e = String(v.error ?? '#ERROR');
            return { kind: 'error', text: e, original: e };
        }
        if (Array.isArray(v.richText)) {
            const s = v.richText.map((r) => String(r.text ?? '')).join('');
            return textCell(s);
        }
        if ('formula' in v || 'sharedFormula' in v) {
            if (!('result' in v) || v.result === undefined || v.result === null) {
                return { kind: 'empty', text: '', original: null, formulaWithoutResult: true };
            }
            return normalizeCell(v.result);
        }
        if ('hyperlink' in v || 'text' in v) {
            const inner = v.text;
            if (inner && typeof inner === 'object')
                return normalizeCell(inner);
            return textCell(String(inner ?? v.hyperlink ?? ''));
        }
    }
    return textCell(String(value));
}
/** Number as a person reads it, without exponent notation for big integers. */
function numberText(n) {
    if (Number.isInteger(n) && Math.abs(n) >= 1e15)
        return BigInt(n).toString();
    return String(n);
}
