/**
 * CSV as Indonesian offices export it: comma or semicolon (Excel with Indonesian
 * regional settings writes ";"), UTF-8 with or without BOM, UTF-16 with BOM, or
 * Windows-1252 from older Windows machines. Pure: bytes in, rows out.
 */
import iconv from 'iconv-lite';
import { textCell } from './cell.js';
export function detectEncoding(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return 'utf-8-bom';
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return 'utf-8';
    }
    catch {
        // Not valid UTF-8: the other encoding Windows Excel writes ("CSV (Comma delimited)").
        return 'windows-1252';
    }
}
export function decodeCsv(bytes) {
    const encoding = detectEncoding(bytes);
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let text;
    switch (encoding) {
        case 'utf-8-bom':
            text = buf.subarray(3).toString('utf8');
            break;
        case 'utf-16le':
            text = iconv.decode(buf.subarray(2), 'utf16le');
            break;
        case 'utf-16be':
            text = iconv.decode(buf.subarray(2), 'utf16be');
            break;
        case 'windows-1252':
            text = iconv.decode(buf, 'win1252');
            break;
        default:
            text = buf.toString('utf8');
    }
    return { text, encoding };
}
/** The delimiter that splits the first lines most consistently (quotes respected). */
export function detectDelimiter(text) {
    if (/^sep=(.)\r?\n/i.test(text)) {
        const d = text[4];
        if (d === ';' || d === ',' || d === '\t')
            return d;
    }
    const lines = [];
    for (const row of parseCsvText(text.slice(0, 64 * 1024), '\u0001')) {
        lines.push(row[0] ?? '');
        if (lines.length >= 30)
            break;
    }
    let best = ',';
    let bestScore = -1;
    for (const d of [';', ',', '\t']) {
        const counts = lines.filter((l) => l.trim()).map((l) => countOutsideQuotes(l, d));
        const max = Math.max(0, ...counts);
        if (max === 0)
            continue;
        // Rows that carry the table's full width win; title lines have fewer separators.
        const score = counts.filter((c) => c === max).length * 1000 + max;
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}
function countOutsideQuotes(line, d) {
    let inQ = false;
    let n = 0;
    for (const ch of line) {
        if (ch === '"')
            inQ = !inQ;
        else if (ch === d && !inQ)
            n++;
    }
    return n;
}
/** RFC 4180 rows (quoted fields, doubled quotes, CRLF/LF/CR line ends, newlines inside quotes). */
export function* parseCsvText(text, delimiter) {
    let i = 0;
    const n = text.length;
    let field = '';
    let row = [];
    let inQuotes = false;
    let any = false;
    while (i < n) {
        const ch = text[i];
        if (inQuotes) {
            if (ch === '"') {
                if (text[i + 1] === '"') {
                    field += '"';
                    i += 2;
                    continue;
                }
                inQuotes = false;
                i++;
                continue;
            }
            field += ch;
            i++;
            continue;
        }
        if (ch === '"' && field === '') {
            inQuotes = true;
            any = true;
            i++;
            continue;
        }
        if (ch === delimiter) {
            row.push(field);
            field = '';
            any = true;
            i++;
            continue;
        }
        if (ch === '\r' || ch === '\n') {
            row.push(field);
            yield row;
            row = [];
            field = '';
            any = false;
            i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
            continue;
        }
        field += ch;
        any = true;
        i++;
    }
    if (any || field !== '') {
        row.push(field);
        yield row;
    }
}
/**
 * The line where a quoted field opens and is never closed, or null. parseCsvText reads such a
 * quote to the end of the file, so every row after it would silently become one cell.
 */
export function unclosedQuoteLine(text, delimiter) {
    let line = 1;
    let openedAt = 0;
    let inQuotes = false;
    let fieldStart = true;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (inQuotes) {
            if (ch === '"') {
                if (text[i + 1] === '"')
                    i++;
                else
                    inQuotes = false;
            }
            else if (ch === '\n')
                line++;
            continue;
        }
        if (ch === '"' && fieldStart) {
            inQuotes = true;
            openedAt = line;
            continue;
        }
        if (ch === '\n')
            line++;
        fieldStart = ch === delimiter || ch === '\n' || ch === '\r';
    }
    return inQuotes ? openedAt : null;
}
/** Rows of a CSV file as Cells (every value is text: NIK and dates stay as typed). */
export function* csvRows(text, delimiter) {
    let n = 0;
    let body = text;
    if (/^sep=.\r?\n/i.test(body)) {
        body = body.replace(/^sep=.\r?\n/i, '');
        n = 1;
    }
    for (const fields of parseCsvText(body, delimiter)) {
        n++;
        const cells = fields.map((f) => textCell(f));
        yield { n, cells };
    }
}
