/**
 * Writes the canonical register workbook with exceljs's streaming WorkbookWriter
 * (flat memory, docs/pustaka.md): Register, Kegiatan, Pengaduan, Petunjuk and a hidden
 * Daftar sheet holding the long dropdown lists (a list literal may total at most 255
 * characters). Identifier columns are text ('@') so a NIK typed later stays 16 digits;
 * date columns 'dd/mm/yyyy' written with Date.UTC (Jakarta is UTC+7: local midnight
 * would shift the day). exceljs is imported here, lazily, never by the reader.
 */
import { Writable } from 'node:stream';
import { LEMBAR_DATA, LEMBAR_REGISTER, SHEET_DAFTAR, SHEET_PETUNJUK, TIDAK, YA, allowedValues, columnLetter, } from '../../model/register-kolom.js';
import { isoKeDate } from '../../core/excel.js';
/**
 * Rows the dropdowns cover beyond the data. Not the whole column: exceljs (used by other
 * commands and by tests to read workbooks back) expands a range validation into one entry
 * per cell on load, and a million-row range made it hang.
 */
const DROPDOWN_SPARE_ROWS = 10000;
const DATE_FMT = 'dd/mm/yyyy';
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
/** Build a canonical register workbook: the cases, or an empty template with `kosong`. */
export async function buildRegisterXlsx(kasus, lembaga, opts, t) {
    void t; // The workbook is an Indonesian document whatever the interface language (register-kolom.ts).
    const ExcelJS = (await import('exceljs')).default;
    const chunks = [];
    const sink = new Writable({
        write(chunk, _enc, cb) {
            chunks.push(chunk);
            cb();
        },
    });
    const done = new Promise((resolve, reject) => {
        sink.on('finish', () => resolve());
        sink.on('error', reject);
    });
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: sink,
        useStyles: true,
        useSharedStrings: true,
    });
    wb.creator = 'lembaga';
    const created = new Date(Date.UTC(2000, 0, 1));
    wb.created = created;
    wb.modified = created;
    const staf = (lembaga?.staf ?? [])
        .map((s) => s.id)
        .filter((x) => typeof x === 'string' && x !== '');
    const lists = await writeDataSheets(wb, opts.kosong ? [] : kasus, { staf });
    writePetunjuk(wb.addWorksheet(SHEET_PETUNJUK), lembaga);
    lists.write(wb.addWorksheet(SHEET_DAFTAR, { state: 'hidden' }));
    await wb.commit();
    await done;
    return new Uint8Array(Buffer.concat(chunks));
}
/**
 * The ONE writer of the canonical data sheets — Register, Kegiatan, Pengaduan, header in
 * row 1, in the layout of register-columns.ts — used by the register workbook and by the
 * register book alike, so whatever one writes the reader reads back, complaints included.
 * Rows are produced and committed one at a time (the cases are iterated once per sheet).
 * A masked NIK ("3273********0001", the books' default) is not a NIK: its cell stays blank.
 */
export async function writeDataSheets(wb, kasus, opts = {}) {
    const lists = new ListBook(opts.staf ?? []);
    const addSheet = opts.addSheet ??
        ((name, views) => wb.addWorksheet(name, { views: views }));
    for (const lembar of LEMBAR_DATA) {
        const ws = addSheet(lembar.name, [{ state: 'frozen', xSplit: 1, ySplit: 1 }]);
        ws.columns = lembar.kolom.map((k) => ({
            header: k.header,
            key: k.key,
            width: k.width,
            style: columnStyle(k),
        }));
        const header = ws.getRow(1);
        header.font = { bold: true };
        header.alignment = { vertical: 'middle', wrapText: true };
        header.height = 30;
        header.eachCell((c) => {
            c.fill = HEADER_FILL;
            c.border = { bottom: { style: 'thin' } };
        });
        let dataRows = 0;
        for (const k of kasus)
            dataRows +=
                lembar === LEMBAR_REGISTER ? 1 : lembar.array ? (k[lembar.array]?.length ?? 0) : 0;
        ws.autoFilter = {
            from: { row: 1, column: 1 },
            to: { row: 1 + dataRows, column: lembar.kolom.length },
        };
        const lastRow = 1 + dataRows + (opts.spareRows ?? DROPDOWN_SPARE_ROWS);
        lembar.kolom.forEach((k, i) => {
            const dv = lists.validation(k, lembar);
            // exceljs's typings omit the streaming sheet's dataValidations; it exists (stream/xlsx/worksheet-writer.js).
            if (dv && lastRow > 1)
                ws.dataValidations.add(`${columnLetter(i + 1)}2:${columnLetter(i + 1)}${lastRow}`, dv);
        });
        header.commit();
        for (const row of rowsOf(lembar, kasus))
            ws.addRow(row).commit();
        ws.commit();
    }
    return lists;
}
function columnStyle(k) {
    if (k.kind === 'id')
        return { numFmt: '@' };
    if (k.kind === 'date' && !k.multi)
        return { numFmt: DATE_FMT, alignment: { horizontal: 'center' } };
    if (k.kind === 'date')
        return { numFmt: DATE_FMT };
    if (k.kind === 'number')
        return { numFmt: '#,##0' };
    if (k.kind === 'text' || k.kind === 'list')
        return { alignment: { wrapText: false } };
    return {};
}
/** The rows of one data sheet, as exceljs row objects keyed by column key. */
function* rowsOf(lembar, kasus) {
    for (const k of kasus) {
        if (lembar === LEMBAR_REGISTER) {
            yield registerRow(k);
        }
        else {
            const list = (lembar.array ? k[lembar.array] : undefined) ?? [];
            for (const item of list) {
                const row = {};
                for (const col of lembar.kolom) {
                    if (col.key === 'nomor')
                        row.nomor = k.nomor;
                    else {
                        const v = cellValue(col, get(item, col.path));
                        if (v !== undefined)
                            row[col.key] = v;
                    }
                }
                yield row;
            }
        }
    }
}
function registerRow(k) {
    const row = {};
    const ext = k.perpanjangan ?? [];
    for (const col of LEMBAR_REGISTER.kolom) {
        if (col.multi) {
            const field = col.path.split('/').pop();
            const values = ext.map((p) => p[field]);
            if (values.every((v) => v === undefined || v === ''))
                continue;
            if (values.length === 1) {
                const v = cellValue(col, values[0]);
                if (v !== undefined)
                    row[col.key] = v;
            }
            else {
                // Several extensions in one cell, separated by ";" (register-kolom.ts).
                row[col.key] = values
                    .map((v) => v === undefined ? '' : col.kind === 'date' ? isoToDmy(String(v)) : String(v))
                    .join('; ');
            }
            continue;
        }
        const raw = get(k, col.path);
        if (col.key === 'nik' && typeof raw === 'string' && raw.includes('*'))
            continue;
        const v = cellValue(col, raw);
        if (v !== undefined)
            row[col.key] = v;
    }
    return row;
}
function get(obj, path) {
    let node = obj;
    for (const s of path.split('/')) {
        if (node && typeof node === 'object')
            node = node[s];
        else
            return undefined;
    }
    return node;
}
/** A model value as the cell Excel should hold. Dates at UTC midnight; booleans "ya"/"tidak". */
function cellValue(k, v) {
    if (v === undefined || v === null || v === '')
        return undefined;
    switch (k.kind) {
        case 'date':
            return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? isoKeDate(v) : String(v);
        case 'bool':
            return v === true ? YA : v === false ? TIDAK : String(v);
        case 'number':
            return typeof v === 'number' ? v : String(v);
        case 'list':
            return Array.isArray(v) ? v.join('; ') : String(v);
        default:
            return String(v);
    }
}
function isoToDmy(iso) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
/** Dropdown lists: short ones inline, long ones as a range of the hidden Daftar sheet. */
class ListBook {
    staf;
    columns = [];
    ranges = new Map();
    constructor(staf) {
        this.staf = staf;
    }
    get needed() {
        return this.columns.length > 0;
    }
    valuesOf(k) {
        // Staff columns list the lembaga's staff ids when known (2.3: the worker and supervisor must exist).
        if (this.staf.length &&
            (k.key === 'pekerjaSosial' ||
                k.key === 'supervisor' ||
                k.key === 'pelaksana' ||
                k.key === 'ditanganiOleh'))
            return this.staf;
        return allowedValues(k);
    }
    validation(k, lembar) {
        void lembar;
        const values = this.valuesOf(k);
        if (!values || values.length === 0)
            return null;
        const literal = values.join(',');
        let formula;
        if (literal.length <= 250 && !values.some((v) => v.includes(',')))
            formula = `"${literal}"`;
        else {
            const id = `${k.key}|${literal}`;
            let range = this.ranges.get(id);
            if (!range) {
                const col = this.columns.length + 1;
                this.columns.push({ title: k.header, values });
                const L = columnLetter(col);
                range = `${SHEET_DAFTAR}!$${L}$2:$${L}$${values.length + 1}`;
                this.ranges.set(id, range);
            }
            formula = range;
        }
        // Catalogue and staff lists warn (a rule will judge the value); fixed enums refuse other values.
        const strict = Boolean(k.allowed) && k.kind !== 'id';
        return {
            type: 'list',
            allowBlank: true,
            formulae: [formula],
            showErrorMessage: true,
            errorStyle: strict ? 'stop' : 'warning',
            errorTitle: k.header,
            error: `Pilih salah satu nilai dari daftar kolom ${k.header}.`,
            showInputMessage: false,
        };
    }
    write(ws) {
        const max = this.columns.reduce((m, c) => Math.max(m, c.values.length), 0);
        ws.addRow(this.columns.map((c) => c.title)).commit();
        for (let i = 0; i < max; i++)
            ws.addRow(this.columns.map((c) => c.values[i] ?? null)).commit();
        ws.commit();
    }
}
const KIND_LABEL = {
    text: 'Teks',
    id: 'Teks (kode/nomor)',
    date: 'Tanggal dd/mm/yyyy',
    bool: 'ya / tidak',
    number: 'Angka (Rupiah)',
    enum: 'Pilihan (daftar)',
    list: 'Teks, dipisah titik koma',
};
/** The Petunjuk sheet: how to fill the workbook, then every column of every data sheet. */
function writePetunjuk(ws, lembaga) {
    ws.columns = [
        { key: 'lembar', width: 12 },
        { key: 'kolom', width: 26 },
        { key: 'wajib', width: 7 },
        { key: 'jenis', width: 22 },
        { key: 'pilihan', width: 48 },
        { key: 'isi', width: 90 },
    ];
    const nama = lembaga?.lembaga?.nama;
    const title = ws.addRow([`Petunjuk pengisian Buku Register Klien${nama ? ` — ${nama}` : ''}`]);
    title.font = { bold: true, size: 14 };
    title.commit();
    const notes = [
        'Buku register klien (Permensos 14/2020 Lampiran angka 2.2.1 huruf f): satu baris per kasus di lembar Register.',
        'Setiap kegiatan yang diberikan ditulis satu baris di lembar Kegiatan; pengaduan di lembar Pengaduan. Keduanya dihubungkan ke kasus lewat No. Register yang sama persis.',
        'Tanggal ditulis dd/mm/yyyy (misalnya 05/01/2025). Kolom ya/tidak diisi "ya" atau "tidak".',
        'NIK dan kode lain ditulis sebagai teks. Jangan ubah format kolom NIK ke Angka: Excel membulatkan angka 16 digit sehingga digit terakhir NIK hilang.',
        'Pilihan (Layanan, Status, Tingkat, Durasi, Kegiatan, …) dipilih dari daftar (klik sel, lalu panah di kanan sel).',
        'Urutan kolom boleh diubah dan kolom tambahan boleh ditambahkan; judul kolom jangan diubah.',
        'Periksa isi register dengan: lembaga validasi',
    ];
    for (const n of notes)
        ws.addRow([n]).commit();
    ws.addRow([]).commit();
    const head = ws.addRow(['Lembar', 'Kolom', 'Wajib', 'Jenis isian', 'Pilihan', 'Penjelasan']);
    head.font = { bold: true };
    head.eachCell((c) => {
        c.fill = HEADER_FILL;
    });
    head.commit();
    for (const lembar of LEMBAR_DATA) {
        for (const k of lembar.kolom) {
            const values = allowedValues(k);
            const pilihan = values
                ? values.join(', ').length <= 300
                    ? values.join(', ')
                    : `${values.slice(0, 8).join(', ')}, … (${values.length} pilihan, lihat daftar di sel)`
                : '';
            const r = ws.addRow([
                lembar.name,
                k.header,
                k.required ? 'ya' : '',
                KIND_LABEL[k.kind],
                pilihan,
                k.petunjuk,
            ]);
            r.alignment = { wrapText: true, vertical: 'top' };
            r.commit();
        }
    }
    ws.commit();
}
