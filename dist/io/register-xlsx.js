import { NO_LOCATION } from '../core/finding.js';
import { emptyFinding } from '../core/finding.js';
import { KOLOM_REGISTER, LEMBAR_ANAK, LEMBAR_REGISTER, columnLetter, headerKey, normaliseEnum, parseYaTidak, } from '../model/register-kolom.js';
import { parseTextDate, serialToIso } from './xlsx/cell.js';
import { XlsxError } from './xlsx/errors.js';
import { ALIR_LIMITS, limitsFromEnv, openXlsx } from './xlsx/reader.js';
import { UKURAN_JENDELA } from './alir.js';
export { buildRegisterXlsx, PenulisRegister } from './xlsx/register-writer.js';
export { bukaPenulisRegister } from './xlsx/penulis-utas.js';
/** Rule ids of the findings this reader emits. */
export const RULE_PARSE = 'parse-error';
export const RULE_NIK_ANGKA = 'nik-angka';
export const RULE_SEL = 'sel-tidak-terbaca';
export const RULE_KOLOM = 'kolom-register';
export const RULE_NOMOR = 'nomor-tidak-dikenal';
/** Rows searched for the header row (a title block may sit above it, as in the register book). */
const HEADER_SEARCH_ROWS = 30;
/** Read a canonical register workbook with a streaming reader. Never throws for bad input. */
export async function readRegisterXlsx(path, displayName, t, opts = {}) {
    return readFrom(path, displayName, t, opts);
}
/** Same as readRegisterXlsx, from bytes already in memory (tests, fuzzing). */
export async function readRegisterXlsxBuffer(bytes, displayName, t, opts = {}) {
    return readFrom(bytes, displayName, t, opts);
}
class RegisterLocator {
    file;
    caseRow = [];
    children = [];
    columns = new Map();
    constructor(file) {
        this.file = file;
    }
    locate(pointer) {
        const base = { ...NO_LOCATION, file: this.file };
        const m = /^\/kasus\/(\d+)(?:\/(.*))?$/.exec(pointer);
        if (!m)
            return base;
        const i = Number(m[1]);
        const rest = m[2] ?? '';
        const sub = /^(kegiatan|pengaduan|supervisi)\/(\d+)(?:\/(.*))?$/.exec(rest);
        let sheet;
        let row;
        let field;
        if (sub) {
            const arr = sub[1];
            sheet = this.columns.get(LEMBAR_ANAK.find((l) => l.array === arr).name);
            row = this.children[i]?.[arr]?.[Number(sub[2])];
            field = sub[3] ?? '';
        }
        else {
            sheet = this.columns.get(LEMBAR_REGISTER.name);
            row = this.caseRow[i];
            field = rest.replace(/\/\d+(?=\/|$)/g, '/*');
        }
        if (!sheet || row === undefined)
            return { ...base, sheet: sheet?.sheet ?? null };
        let hit = field ? sheet.byPath.get(field) : undefined;
        if (!hit && field) {
            // An object (`tahapan/intervensi`) or an array (`perpanjangan`): its first column.
            for (const [p, c] of sheet.byPath) {
                if (p.startsWith(`${field}/`) && (!hit || c.col < hit.col))
                    hit = c;
            }
        }
        const col = hit?.col ?? sheet.firstCol;
        return {
            ...base,
            sheet: sheet.sheet,
            cell: `${columnLetter(col)}${row}`,
            row,
            header: hit?.header ?? null,
        };
    }
}
/** Set `value` at a slash path inside `obj`, creating objects (and array slots for numeric segments). */
function setPath(obj, segs, value) {
    let node = obj;
    for (let i = 0; i < segs.length - 1; i++) {
        const s = segs[i];
        const nextIsIndex = /^\d+$/.test(segs[i + 1]);
        const cur = node[s];
        if (cur && typeof cur === 'object')
            node = cur;
        else {
            const created = nextIsIndex ? [] : {};
            node[s] = created;
            node = created;
        }
    }
    node[segs[segs.length - 1]] = value;
}
/**
 * Open the workbook, find its Register sheet and run `body`; every failure becomes a finding
 * of the file (never thrown), and the workbook is closed whatever happens.
 */
async function bacaDengan(source, file, t, opts, body) {
    const locator = new RegisterLocator(file);
    const problems = [];
    const result = { file, kasus: [], locator, problems };
    const limits = opts.limits ?? limitsFromEnv(process.env);
    const fileProblem = (key, params = {}, extra = {}) => ({
        ...emptyFinding(RULE_PARSE, 'error'),
        message: t(key, { file, ...params }),
        file,
        ...extra,
    });
    const xlsxProblem = (e) => {
        const err = e instanceof XlsxError
            ? e
            : new XlsxError('rusak', { pesan: String(e?.message ?? e) });
        const hint = opts.tidakUrut && (err.code === 'terlaluBanyakBaris' || err.code === 'terlaluBesar')
            ? t('register.saranUrut')
            : hintFor(err.code, t);
        return fileProblem(`register.xlsx.${err.code}`, err.params, { hint });
    };
    let book;
    try {
        book = await openXlsx(source, limits);
    }
    catch (e) {
        problems.push(xlsxProblem(e));
        return result;
    }
    try {
        const regSheet = book.sheet(LEMBAR_REGISTER.name);
        if (!regSheet) {
            const names = book.sheets.map((s) => s.name).join(', ');
            problems.push(fileProblem(book.sheets.length ? 'register.tanpaLembarRegister' : 'register.tanpaLembar', { lembar: names || '-' }, {
                hint: t('register.saranTemplat'),
            }));
            return result;
        }
        const reader = new SheetReader(file, t, problems, locator);
        await body({ book, regSheet, reader, result, locator });
        return result;
    }
    catch (e) {
        problems.push(xlsxProblem(e));
        return result;
    }
    finally {
        book.close();
    }
}
function readFrom(source, file, t, opts) {
    return bacaDengan(source, file, t, opts, async ({ book, regSheet, reader, result, locator }) => {
        const nomorIndex = await readCaseSheet(reader, book, regSheet, result, locator);
        await readChildSheets(reader, book, nomorIndex, result, locator);
        compactArrays(result.kasus, locator);
        if (opts.schema !== false && result.kasus.length > 0)
            await checkCaseSchemas(reader, result, t);
    });
}
/** Case `i` from its Register row: placed, located, and its number noted (the first one wins). */
function kasusDariBaris(i, row, rec, file, locator, nomorIndex) {
    const k = rec.obj;
    k.klien ??= {};
    k.tahapan ??= {};
    k.kegiatan ??= [];
    k.pengaduan ??= [];
    k.perpanjangan ??= [];
    locator.caseRow[i] = row;
    rec.setPointerBase(`/kasus/${i}`);
    if (typeof k.nomor === 'string' && k.nomor !== '' && !nomorIndex.has(k.nomor))
        nomorIndex.set(k.nomor, i);
    return { kasus: k, file, pointer: `/kasus/${i}` };
}
/** Sheet Register: one case per row. Returns each No. Register's case index (the first one wins). */
async function readCaseSheet(reader, book, regSheet, result, locator) {
    const { kasus, file } = result;
    const nomorIndex = new Map();
    await reader.read(book, regSheet, LEMBAR_REGISTER, (row, rec) => {
        kasus.push(kasusDariBaris(kasus.length, row, rec, file, locator, nomorIndex));
    });
    return nomorIndex;
}
/** Kegiatan and Pengaduan: joined to their case by No. Register. */
async function readChildSheets(reader, book, nomorIndex, result, locator) {
    const { kasus } = result;
    for (const lembar of LEMBAR_ANAK) {
        const sheet = lembarAnak(book, lembar);
        if (!sheet)
            continue;
        const arr = lembar.array;
        await reader.read(book, sheet, lembar, (row, rec, nomorCell) => {
            // The row without its No. Register, copied rather than `delete`d: a deleted property
            // turns an object into a hash table (~470 bytes per activity or session instead of ~100).
            const { nomor, ...isi } = rec.obj;
            if (typeof nomor !== 'string' || nomor === '') {
                reader.problem(RULE_NOMOR, 'error', 'register.nomorKosong', { lembar: sheet.name, baris: row }, sheet.name, nomorCell, row, null);
                return;
            }
            const i = nomorIndex.get(nomor);
            if (i === undefined) {
                reader.problem(RULE_NOMOR, 'error', 'register.nomorTakDikenal', { lembar: sheet.name, sel: nomorCell, nomor }, sheet.name, nomorCell, row, null, {
                    value: nomor,
                });
                return;
            }
            const k = kasus[i].kasus;
            const list = (k[arr] ??= []);
            const j = list.length;
            list.push(isi);
            const ch = (locator.children[i] ??= {});
            (ch[arr] ??= [])[j] = row;
            rec.setPointerBase(`/kasus/${i}/${arr}/${j}`, k.nomor);
        });
    }
}
/** The register's schema per case, minus what the sheet reader already reported. */
async function checkCaseSchemas(reader, result, t, dari = 0) {
    const { kasus, locator, problems } = result;
    const { checkSchema } = await import('./schema-check.js');
    const { KASUS_SCHEMA } = await import('../model/register-schema.js');
    for (let i = 0; i < kasus.length; i++) {
        const k = kasus[i].kasus;
        const at = dari + i;
        for (const f of checkSchema('register-kasus', KASUS_SCHEMA, k, locator, t, `/kasus/${at}`)) {
            if (f.path && reader.reported.has(f.path))
                continue;
            if (f.path &&
                reader.missingRequired.has(f.path.replace(/^\/kasus\/\d+\//, '').replace(/\/\d+(?=\/|$)/g, '/*')))
                continue;
            problems.push({ ...f, kasus: typeof k.nomor === 'string' ? k.nomor : null });
        }
    }
}
/** A child sheet (Kegiatan, Pengaduan, Supervisi) by its name, or a name that starts with it. */
function lembarAnak(book, lembar) {
    return (book.sheet(lembar.name) ??
        book.sheets.find((s) => headerKey(s.name).startsWith(headerKey(lembar.name))) ??
        null);
}
/**
 * Arrays grown by push keep room for 17 elements; a register holds a few per case (activities,
 * sessions, their row numbers, list cells). Copied to their exact length once reading is done.
 */
function compactArrays(kasus, locator) {
    const exact = (a) => (a.length < 17 ? a.slice() : a);
    const deep = (x) => {
        if (Array.isArray(x)) {
            for (let i = 0; i < x.length; i++)
                x[i] = deep(x[i]);
            return exact(x);
        }
        if (x && typeof x === 'object') {
            const o = x;
            for (const key in o) {
                const v = o[key];
                if (v && typeof v === 'object')
                    o[key] = deep(v);
            }
        }
        return x;
    };
    for (const k of kasus)
        deep(k.kasus);
    for (let i = 0; i < locator.children.length; i++) {
        const ch = locator.children[i];
        if (!ch)
            continue;
        if (ch.kegiatan)
            ch.kegiatan = exact(ch.kegiatan);
        if (ch.pengaduan)
            ch.pengaduan = exact(ch.pengaduan);
        if (ch.supervisi)
            ch.supervisi = exact(ch.supervisi);
    }
}
/** A date cell that holds no date: reported at the cell, nothing read. */
function bukanTanggal(report, k, cell, nilai, value, path) {
    report(RULE_SEL, 'error', 'register.bukanTanggal', k, cell, { nilai }, { value, expected: 'dd/mm/yyyy' }, path);
    return undefined;
}
function hintFor(code, t) {
    switch (code) {
        case 'xls':
        case 'ods':
        case 'rusak':
        case 'xmlRusak':
        case 'bagianHilang':
            return t('register.saranSimpanUlang');
        case 'teks':
        case 'bukanZip':
        case 'bukanXlsx':
        case 'kosong':
            return t('register.saranTemplat');
        default:
            return null;
    }
}
/** Each header and alias of the sheet's columns, by its normalised text (a header wins over an alias). */
function headerIndex(lembar) {
    const byKey = new Map();
    for (const k of lembar.kolom) {
        byKey.set(headerKey(k.header), k);
        for (const a of k.aliases ?? [])
            if (!byKey.has(headerKey(a)))
                byKey.set(headerKey(a), k);
    }
    return byKey;
}
class SheetReader {
    file;
    t;
    problems;
    locator;
    /** Pointers of fields already reported (so the schema check does not report them twice). */
    reported = new Set();
    /** Paths (relative to the case) of required columns missing from a sheet. */
    missingRequired = new Set();
    /** Column of No. Register per header mapping. */
    nomorCol = new Map();
    /** One copy of each list item and choice ("psikososial", "administratif"), not one per cell. */
    pool = new Map();
    constructor(file, t, problems, locator) {
        this.file = file;
        this.t = t;
        this.problems = problems;
        this.locator = locator;
    }
    intern(s) {
        const hit = this.pool.get(s);
        if (hit !== undefined)
            return hit;
        if (this.pool.size < 10_000 && s.length <= 64)
            this.pool.set(s, s);
        return s;
    }
    problem(rule, severity, key, params, sheet, cell, row, header, extra = {}) {
        const f = {
            ...emptyFinding(rule, severity),
            message: this.t(key, { file: this.file, ...params }),
            file: this.file,
            sheet,
            cell,
            row,
            header,
            ...extra,
        };
        this.problems.push(f);
        return f;
    }
    async read(book, sheet, lembar, onRecord, afterChunk) {
        let cols = null;
        let headers = [];
        let searched = 0;
        const name = sheet.name;
        // No header row within the first rows: one finding, whether the sheet ended or went on.
        const tanpaJudul = () => this.problem(RULE_PARSE, 'error', 'register.tanpaJudul', { lembar: name, batas: HEADER_SEARCH_ROWS }, name, 'A1', 1, null, {
            hint: this.t('register.saranTemplat'),
        });
        await book.readRows(sheet, (row, cells) => {
            if (!cols) {
                searched++;
                const found = this.matchHeader(cells, lembar, name, row);
                if (found) {
                    cols = found.cols;
                    headers = found.headers;
                    return true;
                }
                if (searched >= HEADER_SEARCH_ROWS) {
                    tanpaJudul();
                    return false;
                }
                return true;
            }
            this.convertRow(row, cells, cols, headers, lembar, name, onRecord);
            return true;
        }, afterChunk);
        if (!cols && searched < HEADER_SEARCH_ROWS && searched > 0) {
            tanpaJudul();
        }
        if (!cols && searched === 0 && lembar === LEMBAR_REGISTER) {
            // A Register sheet with nothing at all in it: an empty register, not an error — but say how to start.
            this.locator.columns.set(name === LEMBAR_REGISTER.name ? LEMBAR_REGISTER.name : name, defaultColumns(lembar, name));
        }
    }
    /** Is this row the header row? Needs the No. Register header and one more known header. */
    matchHeader(cells, lembar, sheet, row) {
        const byKey = headerIndex(lembar);
        const cols = [];
        const headers = [];
        const seen = new Map();
        const unknown = [];
        let known = 0;
        let hasNomor = false;
        for (const c of cells) {
            if (c.value.type !== 'string')
                continue;
            const text = c.value.value.trim();
            const k = byKey.get(headerKey(text));
            if (!k) {
                if (text)
                    unknown.push(c);
                continue;
            }
            if (seen.has(k.key)) {
                this.problem(RULE_KOLOM, 'warning', 'register.kolomGanda', { lembar: sheet, kolom: k.header, sel: c.ref, pertama: seen.get(k.key) }, sheet, c.ref, row, text);
                continue;
            }
            seen.set(k.key, c.ref);
            cols[c.col] = k;
            headers[c.col] = text;
            known++;
            if (k.key === 'nomor')
                hasNomor = true;
        }
        if (!hasNomor || known < 2)
            return null;
        this.nomorCol.set(cols, cols.findIndex((k) => k?.key === 'nomor'));
        // Columns this sheet lacks: the required ones are errors; a near-miss header is probably a typo of one.
        const missing = lembar.kolom.filter((k) => !seen.has(k.key));
        this.reportNearMisses(unknown, missing, sheet, row);
        this.reportMissing(missing, lembar, sheet, row);
        this.recordColumns(cols, headers, lembar, sheet);
        return { cols, headers };
    }
    /** Unknown headers that are close to a column this sheet lacks: probably a typo of it. */
    reportNearMisses(unknown, missing, sheet, row) {
        for (const c of unknown) {
            const text = c.value.value.trim();
            const guess = closestHeader(text, missing);
            if (guess) {
                this.problem(RULE_KOLOM, 'warning', 'register.kolomMirip', { lembar: sheet, sel: c.ref, judul: text, saran: guess.header }, sheet, c.ref, row, text, {
                    value: text,
                    expected: guess.header,
                });
            }
        }
    }
    /** Required columns this sheet lacks; their cells are not reported again by the schema. */
    reportMissing(missing, lembar, sheet, row) {
        for (const k of missing) {
            if (!k.required || k.key === 'nomor')
                continue;
            this.problem(RULE_KOLOM, 'error', 'register.kolomHilang', { lembar: sheet, kolom: k.header }, sheet, `A${row}`, row, null, { expected: k.header });
            if (lembar === LEMBAR_REGISTER)
                this.missingRequired.add(k.path);
            else
                this.missingRequired.add(`${lembar.array}/*/${k.path}`);
        }
    }
    /** Where each column of this sheet is, for locating findings. */
    recordColumns(cols, headers, lembar, sheet) {
        const byPath = new Map();
        let firstCol = Infinity;
        cols.forEach((k, col) => {
            if (!k)
                return;
            byPath.set(k.path, { col, header: headers[col] });
            if (k.key === 'nomor')
                firstCol = col;
        });
        this.locator.columns.set(lembar.name, {
            sheet,
            byPath,
            firstCol: Number.isFinite(firstCol) ? firstCol : 1,
        });
    }
    convertRow(row, cells, cols, headers, lembar, sheet, onRecord) {
        const obj = {};
        let any = false;
        // Problems found before the record's pointer is known; completed in setPointerBase.
        const pending = [];
        const multi = [];
        const nomorCell = `${columnLetter(this.nomorCol.get(cols) ?? 1)}${row}`;
        const report = (rule, severity, key, k, cell, params, extra = {}, path = k.path) => {
            const f = this.problem(rule, severity, key, { lembar: sheet, sel: cell.ref, kolom: headers[cell.col] ?? k.header, ...params }, sheet, cell.ref, row, headers[cell.col] ?? k.header, extra);
            pending.push({ f, path });
        };
        for (const cell of cells) {
            const k = cols[cell.col];
            if (!k)
                continue;
            const v = cell.value;
            if (v.type === 'error') {
                any = true;
                report(RULE_SEL, 'error', 'register.selGalat', k, cell, { nilai: v.value }, { value: v.value });
                continue;
            }
            if (v.type === 'formula-no-value') {
                any = true;
                report(RULE_SEL, 'error', 'register.selRumus', k, cell, {}, { value: null });
                continue;
            }
            if (v.type === 'string' && v.value.trim() === '')
                continue;
            any = true;
            if (k.multi) {
                multi.push({ k, cell, values: [] });
                continue;
            }
            const value = this.convert(k, cell, report);
            if (value !== undefined)
                setPath(obj, k.path.split('/'), value);
        }
        if (multi.length)
            this.fillMulti(obj, multi, report);
        if (!any)
            return;
        if (Array.isArray(obj.perpanjangan))
            obj.perpanjangan = obj.perpanjangan.filter(Boolean);
        onRecord(row, this.record(obj, pending), nomorCell);
        void lembar;
    }
    /** The row's record; its pending problems get their pointer once the caller knows where it goes. */
    record(obj, pending) {
        const reported = this.reported;
        return {
            obj,
            setPointerBase(base, nomor) {
                const kasusNomor = nomor ?? (typeof obj.nomor === 'string' ? obj.nomor : null);
                for (const p of pending) {
                    p.f.path = `${base}/${p.path}`;
                    p.f.kasus = kasusNomor;
                    reported.add(p.f.path);
                }
            },
        };
    }
    /** Multi-value columns (extensions, 1.3.3): dates split on ";", texts split only when there are several dates. */
    fillMulti(obj, multi, report) {
        let n = 0;
        for (const m of multi) {
            if (m.k.kind !== 'date')
                continue;
            const v = m.cell.value;
            const parts = v.type === 'string'
                ? v.value
                    .split(';')
                    .map((s) => s.trim())
                    .filter(Boolean)
                : [''];
            m.values = parts;
            n = Math.max(n, parts.length);
        }
        for (const m of multi) {
            const v = m.cell.value;
            const parts = m.k.kind === 'date'
                ? v.type === 'string'
                    ? m.values.map((s, idx) => this.convertDateText(m.k, m.cell, s, report, m.k.path.replace('*', String(idx))))
                    : [this.convert(m.k, m.cell, report, m.k.path.replace('*', '0'))]
                : n > 1 && v.type === 'string'
                    ? v.value.split(';').map((s) => s.trim())
                    : [this.convert(m.k, m.cell, report)];
            parts.forEach((p, idx) => {
                if (p !== undefined && p !== '')
                    setPath(obj, m.k.path.replace('*', String(idx)).split('/'), p);
            });
        }
    }
    /** A cell's value for its column kind; undefined (and a finding) when it cannot be read. */
    convert(k, cell, report, path = k.path) {
        const v = cell.value;
        switch (k.kind) {
            case 'date':
                return this.convertDate(k, cell, report, path);
            case 'bool':
                return this.convertBool(k, cell, report, path);
            case 'number': {
                if (v.type === 'number')
                    return v.value;
                const n = v.type === 'string' ? parseRupiah(v.value) : null;
                if (n === null) {
                    report(RULE_SEL, 'error', 'register.bukanAngka', k, cell, { nilai: rawText(v) }, { value: rawText(v) }, path);
                    return undefined;
                }
                return n;
            }
            case 'id': {
                if (v.type === 'number') {
                    const digits = Number.isInteger(v.value) ? BigInt(v.value).toString() : String(v.value);
                    if (k.key === 'nik') {
                        // 16 digits do not fit a double: the number Excel kept is already rounded (docs/domain.md).
                        report(RULE_NIK_ANGKA, 'error', 'register.nikAngka', k, cell, {}, { value: null, expected: 'teks 16 digit', hint: this.t('register.nikAngkaSaran') }, path);
                    }
                    return digits;
                }
                return textOf(v);
            }
            case 'list': {
                const s = textOf(v);
                return s
                    .split(';')
                    .map((x) => this.intern(x.trim()))
                    .filter(Boolean);
            }
            case 'enum':
                return this.intern(normaliseEnum(k, textOf(v)));
            case 'text':
            default:
                return textOf(v);
        }
    }
    /** A date cell: a date, a serial number pasted without its format, or text in a date notation. */
    convertDate(k, cell, report, path) {
        const v = cell.value;
        if (v.type === 'date')
            return v.value;
        if (v.type === 'number') {
            // A date column pasted as values loses its format and shows a serial number; a bare year is not a date.
            const iso = Number.isInteger(v.value) && v.value > 3000 ? serialToIso(v.value) : null;
            if (iso)
                return iso;
            return bukanTanggal(report, k, cell, String(v.value), v.value, path);
        }
        if (v.type === 'string')
            return this.convertDateText(k, cell, v.value, report, path);
        return bukanTanggal(report, k, cell, rawText(v), rawText(v), path);
    }
    /** A yes/no cell: TRUE/FALSE, 1/0 or ya/tidak. */
    convertBool(k, cell, report, path) {
        const v = cell.value;
        if (v.type === 'boolean')
            return v.value;
        const b = v.type === 'number'
            ? v.value === 1
                ? true
                : v.value === 0
                    ? false
                    : null
            : v.type === 'string'
                ? parseYaTidak(v.value)
                : null;
        if (b === null) {
            report(RULE_SEL, 'error', 'register.bukanYaTidak', k, cell, { nilai: rawText(v) }, { value: rawText(v), expected: ['ya', 'tidak'] }, path);
            return undefined;
        }
        return b;
    }
    convertDateText(k, cell, text, report, path) {
        const iso = parseTextDate(text);
        if (iso)
            return iso;
        return bukanTanggal(report, k, cell, text.trim(), text.trim(), path);
    }
}
/** Column positions of the canonical layout (for a sheet whose header could not be read). */
function defaultColumns(lembar, sheet) {
    const byPath = new Map();
    lembar.kolom.forEach((k, i) => byPath.set(k.path, { col: i + 1, header: k.header }));
    return { sheet, byPath, firstCol: 1 };
}
/** A near-miss header ("Tgl Asesment") of a column the sheet lacks. */
function closestHeader(text, candidates) {
    const key = headerKey(text);
    if (key.length < 3)
        return null;
    let best = null;
    let bestD = Infinity;
    for (const k of candidates) {
        for (const h of [k.header, ...(k.aliases ?? [])]) {
            const d = levenshtein(key, headerKey(h));
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
    }
    return best && bestD <= Math.max(1, Math.floor(key.length / 5)) ? best : null;
}
function levenshtein(a, b) {
    if (a === b)
        return 0;
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** What the user sees in a cell, for messages. */
function rawText(v) {
    return v.type === 'formula-no-value' ? `=${v.formula}` : String(v.value);
}
function textOf(v) {
    switch (v.type) {
        case 'string':
            return v.value.trim();
        case 'number':
            return Number.isInteger(v.value) && Math.abs(v.value) < 1e21
                ? BigInt(v.value).toString()
                : String(v.value);
        case 'date':
            return v.value;
        case 'boolean':
            return v.value ? 'ya' : 'tidak';
        default:
            return '';
    }
}
/** "150000", "150.000", "Rp 150.000,00", "150,000" (as typed in an English Excel) → 150000. Null when not an amount. */
export function parseRupiah(raw) {
    let s = raw
        .trim()
        .replace(/^rp\.?\s*/i, '')
        .replace(/\s+/g, '');
    if (s === '' || s === '-')
        return null;
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s))
        s = s.replace(/\./g, '').replace(',', '.');
    else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
        s = s.replace(/,/g, '');
    else if (/^\d+,\d{1,2}$/.test(s))
        s = s.replace(',', '.');
    if (!/^\d+(\.\d+)?$/.test(s))
        return null;
    return Number(s);
}
export { KOLOM_REGISTER };
/* ------------------------------------------------------------ streaming (issue 16) */
/**
 * Read a canonical register case by case: the Register sheet and its child sheets are read in
 * step, each child row joined to its case while the case is in the window, and every full window
 * handed to `terima` (checked against the schema and located first), then forgotten. Memory is
 * the window, not the register. Returns the register (with `kasus` empty) and how many cases it
 * held; or, when a child row comes after its case has left the window (a workbook whose sheets
 * are not in the Register's order), `tidakUrut`: the caller then reads it whole, with exactly the
 * findings of a whole read (`readRegisterXlsx`).
 */
export async function alirRegisterXlsx(source, file, t, terima, opts = {}) {
    let alir = null;
    const limits = opts.limits ?? limitsFromEnv(process.env, ALIR_LIMITS);
    const register = await bacaDengan(source, file, t, { ...opts, limits }, async (b) => {
        alir = new Penyambung(b, t, terima, opts.jendela ?? UKURAN_JENDELA, opts.schema !== false);
        await alir.jalankan();
    });
    const a = alir;
    if (a?.tidakUrut)
        return { tidakUrut: true };
    return { register, jumlah: a?.jumlah ?? 0 };
}
/** Thrown to stop a sheet's stream when another sheet stopped (not a problem of its own). */
const BERHENTI = new Error('berhenti');
/** Joins the child sheets to the Register sheet while all of them stream (one window of cases). */
class Penyambung {
    b;
    t;
    terima;
    ukuran;
    skema;
    tidakUrut = false;
    jumlah = 0;
    nomorIndex = new Map();
    jendela = [];
    awal = 0;
    registerSelesai = false;
    gagal = false;
    anak;
    penunggu = [];
    constructor(b, t, terima, ukuran, skema) {
        this.b = b;
        this.t = t;
        this.terima = terima;
        this.ukuran = ukuran;
        this.skema = skema;
        this.anak = LEMBAR_ANAK.flatMap((lembar) => {
            const sheet = lembarAnak(b.book, lembar);
            return sheet ? [{ sheet, lembar, tertunda: [], selesai: false }] : [];
        });
    }
    get berhenti() {
        return this.gagal || this.tidakUrut;
    }
    /** Wake every sheet waiting for another to move on. */
    sinyal() {
        const p = this.penunggu;
        this.penunggu = [];
        for (const f of p)
            f();
    }
    tunggu() {
        return new Promise((resolve) => this.penunggu.push(resolve));
    }
    async jalankan() {
        const { book, regSheet, reader } = this.b;
        const reads = [
            reader
                .read(book, regSheet, LEMBAR_REGISTER, (row, rec) => this.kasus(row, rec), () => this.setelahRegister())
                .finally(() => {
                this.registerSelesai = true;
                this.sinyal();
            }),
            ...this.anak.map((a) => reader
                .read(book, a.sheet, a.lembar, (row, rec, nomorCell) => this.barisAnak(a, row, rec, nomorCell), () => this.setelahAnak(a))
                .finally(() => {
                a.selesai = true;
                this.sinyal();
            })),
        ];
        // One sheet failing (or a child row out of order) stops the others: they would wait for it.
        let fout = null;
        await Promise.allSettled(reads.map((p) => p.catch((e) => {
            if (e !== BERHENTI && fout === null)
                fout = e;
            this.gagal = true;
            this.sinyal();
        })));
        if (this.tidakUrut)
            return;
        // A sheet that breaks (a row limit, broken XML) stops the read as a whole read stops: the
        // cases read so far are checked, and the file's finding names what stopped it.
        this.gagal = false;
        for (const a of this.anak)
            this.sambung(a);
        if (!this.tidakUrut)
            await this.siram();
        if (fout !== null)
            throw fout;
    }
    /** Stop this sheet's stream: another one failed, or the register must be read whole. */
    cekBerhenti() {
        if (this.berhenti)
            throw BERHENTI;
    }
    kasus(row, rec) {
        const i = this.awal + this.jendela.length;
        const { result, locator } = this.b;
        this.jendela.push(kasusDariBaris(i, row, rec, result.file, locator, this.nomorIndex));
    }
    async setelahRegister() {
        this.cekBerhenti();
        this.sinyal();
        while (!this.berhenti && this.jendela.length >= this.ukuran) {
            for (const a of this.anak)
                this.sambung(a);
            if (this.berhenti)
                return;
            // Full when every child sheet has ended or waits at a case not read yet.
            if (this.anak.every((a) => a.selesai || a.tertunda.length > 0)) {
                await this.siram();
                return;
            }
            await this.tunggu();
        }
        this.cekBerhenti();
    }
    barisAnak(a, row, rec, nomorCell) {
        const { nomor } = rec.obj;
        if (typeof nomor !== 'string' || nomor === '') {
            this.b.reader.problem(RULE_NOMOR, 'error', 'register.nomorKosong', { lembar: a.sheet.name, baris: row }, a.sheet.name, nomorCell, row, null);
            return;
        }
        a.tertunda.push({ row, rec, nomor, nomorCell });
    }
    async setelahAnak(a) {
        this.cekBerhenti();
        this.sambung(a);
        this.sinyal();
        while (!this.berhenti && a.tertunda.length > 0) {
            await this.tunggu();
            this.sambung(a);
        }
        this.cekBerhenti();
    }
    /** Join the child rows whose case is in the window; stop at one whose case is not read yet. */
    sambung(a) {
        const arr = a.lembar.array;
        let n = 0;
        for (; n < a.tertunda.length && !this.tidakUrut; n++) {
            const { row, rec, nomor, nomorCell } = a.tertunda[n];
            const i = this.nomorIndex.get(nomor);
            if (i === undefined) {
                if (!this.registerSelesai)
                    break;
                this.b.reader.problem(RULE_NOMOR, 'error', 'register.nomorTakDikenal', { lembar: a.sheet.name, sel: nomorCell, nomor }, a.sheet.name, nomorCell, row, null, { value: nomor });
                continue;
            }
            if (i < this.awal) {
                this.tidakUrut = true;
                break;
            }
            const { nomor: _n, ...isi } = rec.obj;
            const k = this.jendela[i - this.awal].kasus;
            const list = (k[arr] ??= []);
            const j = list.length;
            list.push(isi);
            const ch = (this.b.locator.children[i] ??= {});
            (ch[arr] ??= [])[j] = row;
            rec.setPointerBase(`/kasus/${i}/${arr}/${j}`, k.nomor);
        }
        if (n > 0)
            a.tertunda = a.tertunda.slice(n);
        if (this.tidakUrut)
            this.sinyal();
    }
    /** Hand the window on (checked against the schema), then forget its cases and child rows. */
    async siram() {
        const batch = this.jendela;
        if (batch.length === 0)
            return;
        const { result, locator, reader } = this.b;
        if (this.skema) {
            const sementara = { ...result, kasus: batch };
            await checkCaseSchemas(reader, sementara, this.t, this.awal);
        }
        this.terima(batch, result);
        for (let i = this.awal; i < this.awal + batch.length; i++)
            locator.children[i] = undefined;
        this.awal += batch.length;
        this.jumlah += batch.length;
        this.jendela = [];
    }
}
