import { NO_LOCATION } from '../core/finding.js';
import { decodeText, parseYamlTeks, yamlLimits } from './yaml-source.js';
/** Largest YAML register read case by case: measured in `npm run bench` (SECURITY.md). */
export const YAML_ALIR_MAKS_BYTES = 512 * 1024 * 1024;
/**
 * Cut a register's text into its head and its `kasus:` items, or null when it cannot be cut
 * safely (then it is read whole).
 */
export function potongRegisterYaml(text) {
    if (/^(---|\.\.\.)\s*$/m.test(text))
        return null;
    if (/(^|[\s[{,])[&*!][^\s,\]}]/m.test(text))
        return null;
    const m = /^kasus:[ \t]*(#.*)?\r?$/m.exec(text);
    if (!m)
        return null;
    let line = text.slice(0, m.index).split('\n').length; // the line after `kasus:`, 0-based
    let pos = text.indexOf('\n', m.index);
    if (pos < 0)
        return null;
    pos++;
    const mulai = [];
    const baris = [];
    let d = -1;
    while (pos < text.length) {
        const nl = text.indexOf('\n', pos);
        const end = nl < 0 ? text.length : nl;
        let i = pos;
        while (i < end && text.charCodeAt(i) === 32)
            i++;
        const c = text[i];
        if (i < end && c !== '#' && c !== '\r') {
            const indent = i - pos;
            const next = text[i + 1];
            const item = c === '-' && (i + 1 >= end || next === ' ' || next === '\r');
            if (d < 0) {
                if (!item)
                    return null;
                d = indent;
            }
            if (item && indent === d) {
                mulai.push(pos);
                baris.push(line);
            }
            else if (indent <= d)
                return null; // a key after the list, or a list that is not one
        }
        pos = end + 1;
        line++;
    }
    if (mulai.length === 0)
        return null;
    return { kepala: text.slice(0, mulai[0]), mulai, baris };
}
/** Lines and columns of the head and of the cases of the window being checked. */
class LokasiAlir {
    file;
    kepala;
    kasus = new Map();
    constructor(file, kepala) {
        this.file = file;
        this.kepala = kepala;
    }
    locate(pointer, key) {
        const m = /^\/kasus\/(\d+)(\/.*)?$/.exec(pointer);
        const s = m ? this.kasus.get(Number(m[1])) : undefined;
        const src = s ? s.src : this.kepala;
        const p = s ? `/0${m[2] ?? ''}` : pointer;
        const pos = key ? src.locateKey(p) : src.locate(p);
        const geser = s ? s.baris : 0;
        return {
            ...NO_LOCATION,
            file: this.file,
            line: pos ? pos.line + geser : null,
            column: pos?.column ?? null,
        };
    }
}
/**
 * Read a YAML register case by case, handing each window to `terima`; null when its text cannot
 * be cut (read it whole). Each item is its own document: a syntax error loses that case only,
 * and is reported at its line.
 */
export async function alirRegisterYaml(bytes, file, terima, o) {
    if (bytes.length > YAML_ALIR_MAKS_BYTES)
        return null;
    const text = decodeText(bytes);
    const potong = potongRegisterYaml(text);
    if (!potong)
        return null;
    const { t } = o;
    const limits = yamlLimits();
    const kepala = parseYamlTeks(potong.kepala, file, limits);
    const head = kepala.data;
    if (!head || typeof head !== 'object' || Array.isArray(head))
        return null;
    const locator = new LokasiAlir(file, kepala);
    const problems = o.masalahYaml(kepala, t);
    const reg = { file, kasus: [], locator, problems };
    const schema = o.schema ? await import('./schema-check.js') : null;
    const skema = o.schema ? await import('../model/register-schema.js') : null;
    if (schema && skema) {
        const f = schema.checkSchema('register', skema.REGISTER_SCHEMA, { ...head, kasus: [] }, locator, t);
        problems.push(...f);
    }
    let jendela = [];
    let jumlah = 0;
    const siram = () => {
        if (jendela.length)
            terima(jendela, reg);
        jumlah += jendela.length;
        jendela = [];
        locator.kasus.clear();
    };
    const { mulai, baris } = potong;
    for (let i = 0; i < mulai.length; i++) {
        const teks = text.slice(mulai[i], i + 1 < mulai.length ? mulai[i + 1] : text.length);
        const src = parseYamlTeks(teks, file, limits);
        const sumber = { src, baris: baris[i] };
        locator.kasus.set(i, sumber);
        for (const f of o.masalahYaml(src, t))
            problems.push({
                ...f,
                line: f.line === null ? null : f.line + sumber.baris,
                path: f.path ? f.path.replace(/^\/0(?=\/|$)/, `/kasus/${i}`) : f.path,
            });
        if (!Array.isArray(src.data))
            continue;
        const k = src.data[0];
        if (schema && skema) {
            const f = schema.checkSchema('register-kasus', skema.KASUS_SCHEMA, k, locator, t, `/kasus/${i}`);
            schema.applySuggestions({ kasus: { [i]: k } }, f);
            problems.push(...f);
        }
        if (!k || typeof k !== 'object' || Array.isArray(k))
            continue;
        jendela.push({ kasus: o.normalise(k), file, pointer: `/kasus/${i}` });
        if (jendela.length >= o.jendela)
            siram();
    }
    siram();
    return { ...reg, jumlah };
}
