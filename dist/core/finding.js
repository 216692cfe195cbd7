export const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
/** Every field of a finding in the JSON contract (docs/kontrak-cli.md), in contract order. */
export const FINDING_FIELDS = [
    'rule',
    'severity',
    'message',
    'file',
    'line',
    'column',
    'path',
    'sheet',
    'cell',
    'row',
    'value',
    'expected',
    'ref',
    'hint',
];
/** A finding with only the docs/kontrak-cli.md fields, in contract order (internal helpers dropped). */
export function findingKontrak(f) {
    const out = {};
    for (const k of FINDING_FIELDS)
        out[k] = f[k];
    return out;
}
export const NO_LOCATION = {
    file: null,
    line: null,
    column: null,
    sheet: null,
    cell: null,
    row: null,
};
/** Sort by file, then position (line/column or row/cell), then rule. */
export function compareFindings(a, b) {
    const fa = a.file ?? '';
    const fb = b.file ?? '';
    if (fa !== fb)
        return fa < fb ? -1 : 1;
    const sa = a.sheet ?? '';
    const sb = b.sheet ?? '';
    if (sa !== sb)
        return sa < sb ? -1 : 1;
    const la = a.line ?? a.row ?? 0;
    const lb = b.line ?? b.row ?? 0;
    if (la !== lb)
        return la - lb;
    const ca = a.column ?? columnIndex(a.cell);
    const cb = b.column ?? columnIndex(b.cell);
    if (ca !== cb)
        return ca - cb;
    if (a.rule !== b.rule)
        return a.rule < b.rule ? -1 : 1;
    return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
function columnIndex(cell) {
    if (!cell)
        return 0;
    const m = /^([A-Z]+)/.exec(cell);
    if (!m)
        return 0;
    let n = 0;
    for (const ch of m[1])
        n = n * 26 + (ch.charCodeAt(0) - 64);
    return n;
}
/** A finding with every field null, for parse and schema errors. */
export function emptyFinding(rule, severity) {
    return {
        rule,
        severity,
        message: '',
        ...NO_LOCATION,
        path: null,
        value: null,
        expected: null,
        ref: null,
        hint: null,
    };
}
