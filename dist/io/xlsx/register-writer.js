import { LEMBAR_DATA, LEMBAR_REGISTER, SHEET_DAFTAR, SHEET_PETUNJUK, TIDAK, YA, allowedValues, columnLetter, } from '../../model/register-kolom.js';
import { isoKeDate } from '../../core/excel.js';
import { BukuKerja } from './tulis.js';
// The outputs write their workbooks with the same streaming writer (the layers let them import this file only).
export { BukuKerja } from './tulis.js';
/**
 * Rows the dropdowns cover beyond the data. Not the whole column: exceljs (used by other
 * commands and by tests to read workbooks back) expands a range validation into one entry
 * per cell on load, and a million-row range made it hang.
 */
const DROPDOWN_SPARE_ROWS = 10000;
const DATE_FMT = 'dd/mm/yyyy';
const HEADER_FILL = 'FFD9E1F2';
/** Build a canonical register workbook in memory: the cases, or an empty template with `kosong`. */
export async function buildRegisterXlsx(kasus, lembaga, opts, t) {
    const wb = await tulisRegisterXlsx(opts.kosong ? [] : kasus, lembaga, t);
    try {
        return wb.bytes();
    }
    finally {
        wb.buang();
    }
}
/**
 * The canonical register workbook from cases that come one at a time (the importer writes
 * 100 000 cases without holding them): each case goes into its rows at once. The result is
 * complete; write it with `potongan()` (or `bytes()`), then `buang()` its temporary files.
 */
export async function tulisRegisterXlsx(kasus, lembaga, t) {
    const p = new PenulisRegister(lembaga, t);
    try {
        for await (const k of kasus)
            await p.tambah(k);
    }
    catch (e) {
        p.buang();
        throw e;
    }
    return p.selesai();
}
/**
 * The same workbook, the cases pushed in as they are made (`impor` converts a row and hands
 * its case over at once, so compression runs beside the reading and no case is kept):
 * `tambah` each case, then `selesai` for the finished book, or `buang` to drop it.
 */
export class PenulisRegister {
    lembaga;
    wb = new BukuKerja({ dibuat: new Date(Date.UTC(2000, 0, 1)) });
    lembar;
    jumlah = 0;
    constructor(lembaga, t) {
        this.lembaga = lembaga;
        void t; // The workbook is an Indonesian document whatever the interface language (register-kolom.ts).
        const staf = (lembaga?.staf ?? [])
            .map((s) => s.id)
            .filter((x) => typeof x === 'string' && x !== '');
        this.lembar = new LembarKanonik(this.wb, { staf });
    }
    /** Cases written so far. */
    get kasus() {
        return this.jumlah;
    }
    /** Await the result when it is a promise (back-pressure). */
    tambah(k) {
        this.jumlah++;
        return this.lembar.tambah(k);
    }
    /** The book finished (the Petunjuk and Daftar sheets after the data); on failure its temporary files are gone. */
    async selesai() {
        try {
            const lists = await this.lembar.tutup();
            await writePetunjuk(this.wb, this.lembaga);
            await lists.write(this.wb.lembar(SHEET_DAFTAR, { tersembunyi: true }));
            await this.wb.selesai();
            return this.wb;
        }
        catch (e) {
            this.wb.buang();
            throw e;
        }
    }
    /** Drop the unfinished book and its temporary files. */
    buang() {
        this.wb.buang();
    }
}
/** Every case through `LembarKanonik`, then the sheets closed. */
export async function writeDataSheets(wb, kasus, opts = {}) {
    const l = new LembarKanonik(wb, opts);
    for await (const k of kasus)
        await l.tambah(k);
    return l.tutup();
}
/**
 * The ONE writer of the canonical data sheets — Register, Kegiatan, Pengaduan, Supervisi,
 * header in row 1, in the layout of register-kolom.ts — used by the register workbook and by
 * the register book alike, so whatever one writes the reader reads back, complaints included.
 * The sheets are begun together and each case adds its rows to all of them (`tambah`); the
 * filter and dropdowns, which follow the rows in the file, are written by `tutup`.
 * A masked NIK ("3273********0001", the books' default) is not a NIK: its cell stays blank.
 */
export class LembarKanonik {
    opts;
    sheets = [];
    lists;
    constructor(wb, opts = {}) {
        this.opts = opts;
        this.lists = new ListBook(opts.staf ?? []);
        for (const lembar of LEMBAR_DATA) {
            const styles = lembar.kolom.map((k) => wb.gaya(columnStyle(k)));
            const o = opts.opsiLembar?.(lembar.name) ?? { beku: { x: 1, y: 1 } };
            const ws = wb.lembar(lembar.name, {
                ...o,
                kolom: lembar.kolom.map((k, i) => ({ lebar: k.width, gaya: styles[i] })),
            });
            const head = lembar.kolom.map((k) => wb.gaya({
                numFmt: columnStyle(k).numFmt,
                font: { bold: true },
                fill: HEADER_FILL,
                border: 'bawah',
                alignment: { vertical: 'middle', wrapText: true },
            }));
            void ws.baris(1, lembar.kolom.map((k) => k.header), head, { tinggi: 30 });
            const dv = lembar.kolom.flatMap((k, i) => {
                const v = this.lists.validation(k);
                return v ? [{ i, dv: v }] : [];
            });
            this.sheets.push({ lembar, ws, gaya: styles, baris: 1, dv });
        }
    }
    /** Whether a dropdown refers to the hidden Daftar sheet (begin it after these). */
    get needed() {
        return this.lists.needed;
    }
    /** The rows of one case in every sheet. */
    tambah(k) {
        // A promise only when a compressor is behind (a case at a time, no promise each).
        let tunggu = null;
        for (const s of this.sheets)
            for (const row of rowsOf(s.lembar, k)) {
                const p = s.ws.baris(++s.baris, row, s.gaya);
                if (p)
                    (tunggu ??= []).push(p);
            }
        return tunggu ? Promise.all(tunggu).then(() => undefined) : undefined;
    }
    /** Filter, dropdowns, and the sheets closed. */
    async tutup() {
        for (const s of this.sheets) {
            const { lembar, ws } = s;
            const n = lembar.kolom.length;
            ws.autoFilter(`A1:${columnLetter(n)}${s.baris}`);
            const lastRow = s.baris + (this.opts.spareRows ?? DROPDOWN_SPARE_ROWS);
            for (const { i, dv } of s.dv) {
                const L = columnLetter(i + 1);
                if (lastRow > 1)
                    ws.tambahValidasi({ ...dv, sqref: `${L}2:${L}${lastRow}` });
            }
            await ws.tutup();
        }
        return this.lists;
    }
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
    return {};
}
/** The rows one case gives a data sheet, as values in column order. */
function* rowsOf(lembar, k) {
    if (lembar === LEMBAR_REGISTER) {
        yield registerRow(k);
        return;
    }
    const list = (lembar.array ? k[lembar.array] : undefined) ?? [];
    for (const item of list)
        yield lembar.kolom.map((col) => col.key === 'nomor'
            ? k.nomor
            : cellValue(col, get(item, col.path)));
}
function ambilKolom(col) {
    if (col.multi) {
        const field = col.path.split('/').pop();
        return (k) => {
            const ext = k.perpanjangan;
            if (!ext?.length)
                return undefined;
            const values = ext.map((p) => p[field]);
            if (values.every((v) => v === undefined || v === ''))
                return undefined;
            if (values.length === 1)
                return cellValue(col, values[0]);
            // Several extensions in one cell, separated by ";" (register-kolom.ts).
            return values
                .map((v) => (v === undefined ? '' : col.kind === 'date' ? isoToDmy(String(v)) : String(v)))
                .join('; ');
        };
    }
    const parts = col.path.split('/');
    const [a, b, c] = parts;
    const baca = parts.length === 1
        ? (k) => k[a]
        : parts.length === 2
            ? (k) => k[a]?.[b]
            : parts.length === 3
                ? (k) => k[a]?.[b]?.[c]
                : (k) => get(k, col.path);
    if (col.key === 'nik')
        return (k) => {
            const raw = baca(k);
            return typeof raw === 'string' && raw.includes('*') ? undefined : cellValue(col, raw);
        };
    return (k) => cellValue(col, baca(k));
}
let ambilRegister = null;
function registerRow(k) {
    const ambil = (ambilRegister ??= LEMBAR_REGISTER.kolom.map(ambilKolom));
    const row = new Array(ambil.length);
    for (let i = 0; i < ambil.length; i++)
        row[i] = ambil[i](k);
    return row;
}
/** Paths split once (a hot spot: every cell of every row). */
const langkah = new Map();
function get(obj, path) {
    let node = obj;
    let parts = langkah.get(path);
    if (!parts)
        langkah.set(path, (parts = path.split('/')));
    for (const s of parts) {
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
    validation(k) {
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
            rumus: formula,
            ketat: strict,
            judul: k.header,
            pesan: `Pilih salah satu nilai dari daftar kolom ${k.header}.`,
        };
    }
    async write(ws) {
        const max = this.columns.reduce((m, c) => Math.max(m, c.values.length), 0);
        let r = 1;
        await ws.baris(r++, this.columns.map((c) => c.title));
        for (let i = 0; i < max; i++)
            await ws.baris(r++, this.columns.map((c) => c.values[i] ?? undefined));
        await ws.tutup();
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
async function writePetunjuk(wb, lembaga) {
    const ws = wb.lembar(SHEET_PETUNJUK, {
        kolom: [12, 26, 7, 22, 48, 90].map((lebar) => ({ lebar })),
    });
    let r = 1;
    const nama = lembaga?.lembaga?.nama;
    await ws.baris(r++, [`Petunjuk pengisian Buku Register Klien${nama ? ` — ${nama}` : ''}`], wb.gaya({ font: { bold: true, size: 14 } }));
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
        await ws.baris(r++, [n]);
    r++;
    await ws.baris(r++, ['Lembar', 'Kolom', 'Wajib', 'Jenis isian', 'Pilihan', 'Penjelasan'], wb.gaya({ font: { bold: true }, fill: HEADER_FILL }));
    const isi = wb.gaya({ alignment: { wrapText: true, vertical: 'top' } });
    for (const lembar of LEMBAR_DATA) {
        for (const k of lembar.kolom) {
            const values = allowedValues(k);
            const pilihan = values
                ? values.join(', ').length <= 300
                    ? values.join(', ')
                    : `${values.slice(0, 8).join(', ')}, … (${values.length} pilihan, lihat daftar di sel)`
                : '';
            await ws.baris(r++, [lembar.name, k.header, k.required ? 'ya' : '', KIND_LABEL[k.kind], pilihan, k.petunjuk], isi);
        }
    }
    await ws.tutup();
}
