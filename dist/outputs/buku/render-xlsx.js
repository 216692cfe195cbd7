/**
 * The service documents of Lampiran A–E angka 2.2.1 as one workbook (or one book with
 * `--buku`). Each printable book has the lembaga's identity and the period above a frozen,
 * filterable header row that repeats on every printed page, page numbers "Halaman X dari
 * Y", and the signature block "Mengetahui, Pimpinan Lembaga".
 *
 * The register book also carries the canonical `Register` and `Kegiatan` sheets in the
 * exact layout of src/model/register-kolom.ts (header in row 1), so `lembaga validasi` reads
 * the book back as a register (issue 5 §4). The printable "Buku Register Klien" sheet is a
 * narrower view of the same cases: 40 canonical columns do not print legibly on one page width.
 *
 * Written with exceljs' streaming `WorkbookWriter`, one sheet after the other, each data row
 * styled and committed as soon as it is complete: the in-memory `Workbook` held every cell
 * of the six books at once (3.8 GB and 200 s for a 16 000-case register, docs/pustaka.md).
 * Consequences of streaming: a sheet's frozen panes and page setup are given when it is
 * created (exceljs writes them first), and merges are laid out before their rows are
 * committed.
 */
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { SHEET_DAFTAR, TIDAK, YA } from '../../model/register-kolom.js';
import { writeDataSheets } from '../../io/xlsx/register-writer.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { PPKS } from '../../standards/ppks.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { hurufKolom as letter, isoKeDate } from '../../core/excel.js';
import { aturCetak, blokTandaTangan, gabung } from '../tarif/cetak-xlsx.js';
import { isiPadat, ISI_KEPALA, TIPIS } from '../xlsx-gaya.js';
/**
 * A new sheet with its frozen panes and print setup (A4/F4, fit to width, print titles,
 * footer): the streaming writer emits `sheetPr`/`sheetViews` as soon as the sheet is added,
 * so they cannot be set afterwards. The print setup is the shared one of cetak-xlsx.ts.
 */
function lembarBaru(wb, name, views, cetak, state) {
    const setup = {};
    aturCetak(setup, cetak);
    const ws = wb.addWorksheet(name, {
        views,
        pageSetup: setup.pageSetup,
        headerFooter: setup.headerFooter,
        ...(state ? { state } : {}),
    });
    opsiCetak(ws);
    return ws;
}
/**
 * exceljs' streaming writer leaves out `<printOptions>`, so the page would no longer be
 * centred horizontally as cetak-xlsx.ts asks: write it where the schema puts it, just
 * before `<pageMargins>`, from the sheet's page setup (as the in-memory writer does).
 */
function opsiCetak(ws) {
    const w = ws;
    const margins = w._writePageMargins;
    const write = w._write;
    if (typeof margins !== 'function' || typeof write !== 'function')
        return;
    w._writePageMargins = () => {
        const p = ws.pageSetup;
        const attrs = [
            ['headings', p.showRowColHeaders],
            ['gridLines', p.showGridLines],
            ['horizontalCentered', p.horizontalCentered],
            ['verticalCentered', p.verticalCentered],
        ]
            .filter(([, v]) => v)
            .map(([k]) => ` ${k}="1"`)
            .join('');
        if (attrs)
            write.call(ws, `<printOptions${attrs}/>`);
        margins.call(ws);
    };
}
/**
 * One style object per distinct style. exceljs finds a cell's style id by serialising its
 * style unless it has seen that very object before; every cell here gets its own object
 * (border, font, alignment set one by one), which made styles the largest cost of a big
 * book. Only the identity changes: the interned object has the same content.
 */
const gayaBersama = new WeakMap();
function gayaSel(ws, r, dari, sampai) {
    let map = gayaBersama.get(ws.workbook);
    if (!map)
        gayaBersama.set(ws.workbook, (map = new Map()));
    for (let c = dari; c <= sampai; c++) {
        const cell = ws.getCell(r, c);
        const st = cell.style;
        // Fast key for the common case, a cell styled by its column's number format alone.
        let only = true;
        for (const k in st)
            if (k !== 'numFmt')
                only = false;
        const key = only ? `n${st?.numFmt ?? ''}` : JSON.stringify(st);
        let s = map.get(key);
        // A copy: the cell's own object may still be shared with, and changed through, a merged cell.
        if (!s) {
            s = only
                ? st?.numFmt !== undefined
                    ? { numFmt: st.numFmt }
                    : {}
                : JSON.parse(key);
            map.set(key, s);
        }
        cell.style = s;
    }
}
/**
 * exceljs checks each new merge against every earlier merge of the sheet — quadratic over
 * the 16 000 case blocks of a big register. The merges of these books are laid out never
 * to overlap, so run `f` with the check seeing no earlier merge, then put them all back.
 */
function tanpaCekGabung(ws, f) {
    const w = ws;
    const all = w._merges;
    if (!Array.isArray(all))
        return f();
    const baru = [];
    w._merges = baru;
    try {
        return f();
    }
    finally {
        for (const m of baru)
            all.push(m);
        w._merges = all;
    }
}
/** Write row `r` to the file: it can no longer change, and its cells leave memory. */
/** Rows committed so far (all renders): every 256th, the zip gets a turn. */
let terkirim = 0;
async function kirim(ws, r) {
    ws.getRow(r).commit();
    if (++terkirim % 256 === 0)
        await alir(ws);
}
/**
 * Let the zip compress what was written. Writing is synchronous and exceljs applies no
 * back-pressure: without a pause the whole XML of every sheet waits in memory for the zip.
 */
async function alir(ws) {
    const pending = () => {
        const s = ws.stream;
        return ((s?.buffers?.length ?? 0) * 65536 +
            (s?.pipes ?? []).reduce((n, p) => n + (p.writableLength ?? 0), 0));
    };
    for (let i = 0; i < 1000; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        if (pending() < 1 << 20)
            return;
    }
}
const HEAD_FILL = ISI_KEPALA;
const BLOK_FILL = isiPadat('FFF2F2F2');
const FORMAT_TANGGAL = 'dd/mm/yyyy';
/** Header row of the printable books: rows 1–4 identity block, row 5 blank. */
export const BARIS_HEADER_BUKU = 6;
/** Blank rows written in empty (`--kosong`) books and under the aset list. */
const BARIS_KOSONG = 30;
/** ISO date → a UTC Date (docs/pustaka.md: exceljs dates are UTC; Jakarta would shift a day). */
const tanggal = isoKeDate;
/** The column number formats of a book: date and text columns. */
const formatKolom = (k) => k.kind === 'date' ? FORMAT_TANGGAL : k.kind === 'text' ? '@' : undefined;
/** Identity block + header row; returns the first data row. */
function kepala(ws, d, judul, kolom, t) {
    const last = letter(kolom.length);
    // Column formats before any cell exists: every data cell created afterwards takes them.
    ws.columns = kolom.map((k) => {
        const numFmt = formatKolom(k);
        return { width: k.width, ...(numFmt ? { style: { numFmt } } : {}) };
    });
    gabung(ws, `A1:${last}1`, judul.toUpperCase(), { bold: true, size: 14 });
    gabung(ws, `A2:${last}2`, d.lembaga.nama || t('buku.lembagaTanpaNama'), { bold: true, size: 12 });
    gabung(ws, `A3:${last}3`, [d.lembaga.alamat, d.lembaga.kota].filter(Boolean).join(', '), {
        size: 10,
    });
    gabung(ws, `A4:${last}4`, d.kosong ? t('buku.periodeKosong') : t('buku.periode', { tahun: d.tahun }), { size: 11 });
    const h = BARIS_HEADER_BUKU;
    kolom.forEach((k, i) => {
        const c = ws.getCell(h, i + 1);
        c.value = k.header;
        c.font = { bold: true, size: 10 };
        c.fill = HEAD_FILL;
        c.border = TIPIS;
        c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    ws.getRow(h).height = 42; // three lines: headers wrap, never cut
    // As a column format set after the header (exceljs applies it to the cells already there,
    // and a merged row's cells share one style: the last formatted column wins).
    for (const r of [1, 2, 3, 4, h])
        kolom.forEach((k, i) => {
            const numFmt = formatKolom(k);
            if (numFmt)
                ws.getCell(r, i + 1).numFmt = numFmt;
        });
    return h + 1;
}
/** The style gayaBaris gives a plain cell of column `k` (shared: see gayaSel). */
const gayaData = new WeakMap();
/** Borders, font and wrapping of one data row, and its height; the row is then complete. */
function gayaBaris(ws, r, kolom) {
    for (let c = 1; c <= kolom.length; c++) {
        const cell = ws.getCell(r, c);
        const k = kolom[c - 1];
        const st = cell.style;
        const fmt = k ? formatKolom(k) : undefined;
        // A plain cell (its column's format only) ends with exactly the style below: give it
        // the column's shared object instead of building one per cell.
        if (k &&
            !cell.isMerged &&
            (st?.numFmt ?? undefined) === fmt &&
            Object.keys(st ?? {}).length === (fmt ? 1 : 0)) {
            let g = gayaData.get(k);
            if (!g)
                gayaData.set(k, (g = {
                    ...(fmt ? { numFmt: fmt } : {}),
                    border: TIPIS,
                    font: { size: 10 },
                    alignment: {
                        vertical: 'top',
                        wrapText: true,
                        horizontal: k.align ?? (k.kind === 'date' ? 'center' : 'left'),
                    },
                }));
            cell.style = g;
            continue;
        }
        cell.border = TIPIS;
        cell.font = { size: 10, ...(cell.font ?? {}) };
        cell.alignment = {
            vertical: 'top',
            wrapText: true,
            horizontal: kolom[c - 1]?.align ?? (kolom[c - 1]?.kind === 'date' ? 'center' : 'left'),
            ...(cell.alignment ?? {}),
        };
        gayaSel(ws, r, c, c);
    }
    // exceljs writes no row heights and LibreOffice does not grow a row for wrapped text on
    // open: size each data row for its longest wrapped cell so nothing is cut when printed.
    let lines = 1;
    kolom.forEach((k, c) => {
        const cell = ws.getCell(r, c + 1);
        const v = cell.value;
        // A merged section title spans the row: its width is not its first column's.
        if (typeof v === 'string' && !cell.isMerged)
            lines = Math.max(lines, Math.ceil((v.length * 1.1) / Math.max(1, k.width - 1)));
    });
    // Blank rows are for writing by hand: give them room.
    ws.getRow(r).height = lines > 1 ? 13 * lines + 2 : 18;
}
/** Views and print setup of a printable book with its header in row 6. */
function lembarBuku(wb, name, judul, o, extra = {}) {
    const h = BARIS_HEADER_BUKU;
    return lembarBaru(wb, name, [{ state: 'frozen', ySplit: h, xSplit: 0 }], {
        kertas: o.kertas,
        judulBaris: `${h}:${h}`,
        footer: o.t('buku.footer', { judul }),
        portrait: extra.portrait,
    });
}
/** Filter over the data rows and the signature block (data rows are already styled by gayaBaris). */
function penutup(ws, d, kolom, endRow, t, extra = {}) {
    const h = BARIS_HEADER_BUKU;
    if (extra.filter !== false)
        ws.autoFilter = {
            from: { row: h, column: 1 },
            to: { row: Math.max(h, endRow - 1), column: kolom.length },
        };
    // The signature block spans the last columns, as many as it takes to be 36 characters wide.
    const n = kolom.length;
    let start = n;
    for (let w = kolom[n - 1]?.width ?? 0; start > 1 && w < 36;)
        w += kolom[--start - 1]?.width ?? 0;
    const from = letter(start);
    tandaTangan(ws, d, endRow + 1, from, letter(n), t);
}
function tandaTangan(ws, d, row, from, to, t) {
    return blokTandaTangan(ws, row, from, to, {
        tempat: d.lembaga.kota ?? '....................',
        peran: [
            t('buku.mengetahui'),
            d.lembaga.pimpinan.jabatan
                ? `${d.lembaga.pimpinan.jabatan} ${d.lembaga.nama}`
                : t('buku.pimpinanLembaga'),
        ],
        nama: d.lembaga.pimpinan.nama,
        nip: d.lembaga.pimpinan.nip,
    });
}
/** Blank bordered rows to fill in by hand (empty books); each is written at once. */
async function barisKosong(ws, r, n, kolom) {
    for (let i = 0; i < n; i++, r++) {
        gayaBaris(ws, r, kolom);
        await kirim(ws, r);
    }
    return r;
}
const layananNama = (k) => STANDAR[k.layanan]?.nama ?? k.layanan;
/** "anak-telantar" → "Anak telantar": the last resort for a code with no label. */
const manusiawi = (k) => k.charAt(0).toUpperCase() + k.slice(1).replace(/-/g, ' ');
/**
 * Labels, not codes, in the printed books (issue 14): PPKS, client type, status, the
 * applicant (its name, or the label of its kind), staff names rather than ids. Codes stay
 * in the canonical sheets, which are read back as a register.
 */
export function labelBuku(d, t) {
    const en = t('buku.kodeBahasa') === 'en';
    const ppks = new Map(PPKS.map(([k, id, e]) => [k, en ? e : id]));
    const pemohon = new Map();
    for (const key of LAYANAN_KEYS)
        for (const it of STANDAR[key]?.pemohon?.keys ?? [])
            if (!pemohon.has(it.key))
                pemohon.set(it.key, en ? it.labelEn : it.label);
    const kunci = (prefix, k) => {
        if (typeof k !== 'string' || k === '')
            return null;
        const key = `${prefix}.${k}`;
        const v = t(key);
        return v === key ? manusiawi(k) : v;
    };
    return {
        ppks: (k) => typeof k === 'string' && k ? (ppks.get(k) ?? manusiawi(k)) : null,
        jenisKlien: (k) => kunci('laporan.jenisKlien', k),
        status: (k) => kunci('buku.status', k),
        pemohon: (p) => p
            ? typeof p.nama === 'string' && p.nama.trim()
                ? p.nama.trim()
                : typeof p.jenis === 'string' && p.jenis
                    ? (pemohon.get(p.jenis) ?? manusiawi(p.jenis))
                    : null
            : null,
        staf: (id) => typeof id === 'string' && id ? (d.staf?.[id] ?? id) : null,
        layanan: (k) => (en
            ? STANDAR[k]?.namaEn
            : STANDAR[k]?.nama) ?? k,
    };
}
/* ------------------------------------------------------------ 1. register */
async function bukuRegister(wb, d, o) {
    const { t } = o;
    const judul = t('buku.judul.register');
    const ws = lembarBuku(wb, t('buku.lembar.register'), judul, o);
    const kolom = [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: 'No. Register', width: 15, kind: 'text' },
        { header: t('buku.kol.tglMasuk'), width: 11, kind: 'date' },
        { header: t('buku.kol.namaKlien'), width: 22 },
        { header: 'NIK', width: 18, kind: 'text' },
        { header: 'L/P', width: 5, align: 'center' },
        { header: t('buku.kol.tglLahir'), width: 11, kind: 'date' },
        { header: t('buku.kol.jenisKlien'), width: 10 },
        { header: t('buku.kol.ppks'), width: 24 },
        { header: t('buku.kol.layanan'), width: 13 },
        { header: t('buku.kol.pekerjaSosial'), width: 11 },
        { header: t('buku.kol.status'), width: 9 },
        { header: t('buku.kol.tglSelesai'), width: 11, kind: 'date' },
        { header: t('buku.kol.keterangan'), width: 24 },
    ];
    let r = kepala(ws, d, judul, kolom, t);
    await kirim(ws, r - 1);
    const L = labelBuku(d, t);
    for (const [i, k] of d.kasus.entries()) {
        const tp = k.tahapan;
        const ket = [
            k.klien.abh ? t('buku.ketAbh') : null,
            tp.rujukan?.lembagaPenerima
                ? t('buku.ketRujukan', { lembaga: tp.rujukan.lembagaPenerima })
                : null,
        ]
            .filter(Boolean)
            .join('; ');
        ws.getRow(r).values = [
            i + 1,
            k.nomor,
            tanggal(tp.pendekatanAwal?.tanggal ?? tp.pendekatanAwal?.kesepakatan),
            k.klien.nama ?? null,
            k.klien.nik ?? null,
            k.klien.jenisKelamin ?? null,
            tanggal(k.klien.tanggalLahir),
            L.jenisKlien(k.klien.jenis),
            L.ppks(k.klien.ppks),
            L.layanan(k.layanan),
            L.staf(k.pekerjaSosial),
            L.status(k.status),
            tanggal(tp.terminasi?.tanggal ?? tp.rujukan?.tanggal ?? tp.pendekatanAwal?.rujukKeluar?.tanggal),
            ket || null,
        ];
        gayaBaris(ws, r, kolom);
        await kirim(ws, r);
        r++;
    }
    if (d.kosong)
        r = await barisKosong(ws, r, BARIS_KOSONG, kolom);
    penutup(ws, d, kolom, r, t);
    const note = r + 8;
    gabung(ws, `A${note}:J${note}`, t('buku.catatanSumber'), {
        italic: true,
        size: 9,
        align: 'left',
    });
    ws.commit();
}
const isoToDmy = (s) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;
/* ---------------------------------------------------- canonical sheets */
/**
 * The canonical Register, Kegiatan and Pengaduan sheets (header in row 1), written by the one
 * writer of the register workbook (src/io/xlsx/register-writer.ts) so that `lembaga validasi`
 * reads the book back with every case, activity and complaint. Each sheet gets the books'
 * print setup. Empty books get dropdowns down to row 201; a masked NIK is left blank.
 */
async function lembarKanonikSemua(wb, d, o) {
    const lists = await writeDataSheets(wb, d.kasus, {
        spareRows: d.kosong ? 200 : 0,
        addSheet: (name, views) => lembarBaru(wb, name, views, {
            kertas: o.kertas,
            judulBaris: '1:1',
            footer: o.t('buku.footer', { judul: name }),
        }),
    });
    if (lists.needed)
        lists.write(wb.addWorksheet(SHEET_DAFTAR, { state: 'hidden' }));
}
/* --------------------------------------------------------- 2. catatan */
async function bukuCatatan(wb, d, o) {
    const { t } = o;
    const judul = t('buku.judul.catatan');
    const ws = lembarBuku(wb, t('buku.lembar.catatan'), judul, o);
    const kolom = [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: 'No. Register', width: 15, kind: 'text' },
        { header: t('buku.kol.tanggal'), width: 11, kind: 'date' },
        { header: t('buku.kol.tahap'), width: 18 },
        { header: t('buku.kol.kegiatan'), width: 38 },
        { header: t('buku.kol.durasi'), width: 9, align: 'center' },
        { header: t('buku.kol.tingkat'), width: 9, align: 'center' },
        { header: t('buku.kol.pelaksana'), width: 11 },
        { header: t('buku.kol.proBono'), width: 8, align: 'center' },
        { header: t('buku.kol.sesi'), width: 11 },
        { header: t('buku.kol.catatan'), width: 30 },
    ];
    let r = kepala(ws, d, judul, kolom, t);
    await kirim(ws, r - 1);
    const L = labelBuku(d, t);
    let n = 0;
    for (const e of d.catatan) {
        ws.getRow(r).values = [
            ++n,
            e.nomor,
            tanggal(e.tanggal),
            t(`buku.tahap.${e.tahap || 'lainnya'}`),
            e.jenis === 'tahap' ? t(`buku.peristiwa.${e.kode}`) : (e.label ?? e.kode),
            e.durasi ? t(`tarif.durasi.${e.durasi}`) : null,
            e.tingkat ? t(`buku.tingkat.${e.tingkat}`) : null,
            L.staf(e.pelaksana),
            e.jenis === 'kegiatan' ? (e.proBono ? YA : TIDAK) : null,
            e.sesi,
            e.catatan,
        ];
        gayaBaris(ws, r, kolom);
        await kirim(ws, r++);
    }
    if (d.kosong)
        r = await barisKosong(ws, r, BARIS_KOSONG, kolom);
    penutup(ws, d, kolom, r, t);
    ws.commit();
}
/* ------------------------------------------------------- 3. ringkasan */
async function bukuRingkasan(wb, d, o) {
    const { t } = o;
    const judul = t('buku.judul.ringkasan');
    const ws = lembarBaru(wb, t('buku.lembar.ringkasan'), [{ state: 'frozen', ySplit: BARIS_HEADER_BUKU }], {
        kertas: o.kertas,
        judulBaris: `${BARIS_HEADER_BUKU}:${BARIS_HEADER_BUKU}`,
        footer: t('buku.footer', { judul }),
    });
    const kolom = [
        { header: t('buku.kol.uraian'), width: 30 },
        { header: t('buku.kol.isi'), width: 36 },
        { header: t('buku.kol.uraian'), width: 30 },
        { header: t('buku.kol.isi'), width: 36 },
    ];
    let r = kepala(ws, d, judul, kolom, t);
    await kirim(ws, r - 1);
    const kasus = d.kosong ? [null, null] : d.kasus;
    const L = labelBuku(d, t);
    for (const [i, k] of kasus.entries()) {
        const blok = r;
        tanpaCekGabung(ws, () => (gabung(ws, `A${r}:D${r}`, k ? `${k.nomor} — ${layananNama(k)}` : t('buku.kasusKosong'), {
            bold: true,
            align: 'left',
        }).fill = BLOK_FILL));
        r++;
        const pairs = isiRingkasan(k, L, t);
        r = tulisPasangan(ws, r, pairs);
        r++;
        // Two blocks to a printed landscape page, never a block split across pages.
        if ((i + 1) % 2 === 0 && i + 1 < kasus.length)
            ws.getRow(r - 1).addPageBreak();
        // The block, with its blank line under it, is complete.
        for (let row = blok; row < r; row++) {
            for (let c = 1; c <= 4; c++)
                ws.getCell(row, c).alignment = { vertical: 'top', wrapText: true, horizontal: 'left' };
            gayaSel(ws, row, 1, 4);
        }
        await kirim(ws, r - 1);
    }
    tandaTangan(ws, d, r + 1, 'C', 'D', t);
    ws.commit();
}
/** The facts of one case for its summary block, as label–value pairs (two to a row). */
function isiRingkasan(k, L, t) {
    const tp = k?.tahapan;
    const keg = k?.kegiatan ?? [];
    const pairs = [
        [t('buku.kol.namaKlien'), k?.klien.nama ?? null],
        ['NIK', k?.klien.nik ?? null],
        [t('buku.kol.jenisKlien'), L.jenisKlien(k?.klien.jenis)],
        ['L/P', k?.klien.jenisKelamin ?? null],
        [t('buku.kol.tglLahir'), tanggal(k?.klien.tanggalLahir)],
        [t('buku.kol.ppks'), L.ppks(k?.klien.ppks)],
        [t('buku.kol.pemohon'), L.pemohon(k?.pemohon)],
        [t('buku.kol.status'), L.status(k?.status)],
        [t('buku.kol.pekerjaSosial'), L.staf(k?.pekerjaSosial)],
        [t('buku.kol.supervisor'), L.staf(k?.supervisor)],
        [t('buku.peristiwa.pendekatanAwal'), tanggal(tp?.pendekatanAwal?.tanggal)],
        [t('buku.peristiwa.kesepakatan'), tanggal(tp?.pendekatanAwal?.kesepakatan)],
        [t('buku.peristiwa.asesmen'), tanggal(tp?.asesmen?.tanggal)],
        [t('buku.peristiwa.perencanaan'), tanggal(tp?.perencanaan?.tanggal)],
        [t('buku.peristiwa.intervensiMulai'), tanggal(tp?.intervensi?.mulai)],
        [t('buku.peristiwa.intervensiSelesai'), tanggal(tp?.intervensi?.selesai)],
        [t('buku.peristiwa.evaluasi'), tanggal(tp?.evaluasi?.tanggal)],
        [
            t('buku.peristiwa.rujukan'),
            tp?.rujukan?.tanggal
                ? `${isoToDmy(tp.rujukan.tanggal)}${tp.rujukan.lembagaPenerima ? ' — ' + tp.rujukan.lembagaPenerima : ''}`
                : null,
        ],
        [t('buku.peristiwa.terminasi'), tanggal(tp?.terminasi?.tanggal)],
        [t('buku.kol.jumlahKegiatan'), k ? keg.length : null],
        [t('buku.kol.jumlahProBono'), k ? keg.filter((g) => g.proBono).length : null],
        [t('buku.kol.catatan'), k?.catatan ?? null],
    ];
    if (k?.klien.abh)
        pairs.push([t('buku.kol.keterangan'), t('buku.ketAbh')]);
    return pairs;
}
/** The pairs two to a row from `r` (labels bold, dates and numbers formatted), bordered from the row above. Returns the row after. */
function tulisPasangan(ws, r, pairs) {
    const start = r;
    for (let j = 0; j < pairs.length; j += 2) {
        const a = pairs[j];
        const b = pairs[j + 1];
        ws.getRow(r).values = [a?.[0] ?? null, a?.[1] ?? null, b?.[0] ?? null, b?.[1] ?? null];
        for (const c of [1, 3])
            ws.getCell(r, c).font = { bold: true, size: 10 };
        for (const c of [2, 4])
            ws.getCell(r, c).numFmt =
                ws.getCell(r, c).value instanceof Date
                    ? FORMAT_TANGGAL
                    : typeof ws.getCell(r, c).value === 'number'
                        ? '0'
                        : '@';
        r++;
    }
    for (let row = start - 1; row < r; row++)
        for (let c = 1; c <= 4; c++)
            ws.getCell(row, c).border = TIPIS;
    return r;
}
/* ---------------------------------------------------------- 4. hadir */
async function bukuHadir(wb, d, o) {
    const { t } = o;
    const judul = t('buku.judul.hadir');
    const ws = lembarBaru(wb, t('buku.lembar.hadir'), [{ state: 'frozen', ySplit: BARIS_HEADER_BUKU }], {
        kertas: o.kertas,
        footer: t('buku.footer', { judul }),
        portrait: true,
    });
    const kolom = [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: 'No. Register', width: 16, kind: 'text' },
        { header: t('buku.kol.namaPeserta'), width: 30 },
        { header: 'L/P', width: 5, align: 'center' },
        { header: t('buku.kol.tandaTangan'), width: 30 },
    ];
    let r = kepala(ws, d, judul, kolom, t);
    ws.getRow(BARIS_HEADER_BUKU).hidden = true; // each session block has its own header row
    await kirim(ws, r - 1);
    const sesi = d.kosong || d.sesi.length === 0 ? [null] : d.sesi;
    const L = labelBuku(d, t);
    for (const [i, s] of sesi.entries()) {
        r = blokSesi(ws, r, s, kolom, L, t);
        r = tanpaCekGabung(ws, () => tandaTanganPelaksana(ws, r + 1, t));
        if (i + 1 < sesi.length)
            ws.getRow(r).addPageBreak();
        await kirim(ws, r);
        r += 2;
    }
    ws.commit();
}
/** One session: its facts, a header row and a row per participant (three spare). Returns the row after. */
function blokSesi(ws, r, s, kolom, L, t) {
    const info = [
        [t('buku.kol.sesi'), s?.sesi ?? ''],
        [t('buku.kol.tanggal'), s ? (tanggal(s.tanggal) ?? s.tanggal) : ''],
        [
            t('buku.kol.kegiatan'),
            s ? `${s.label ?? s.kegiatan} (${STANDAR[s.layanan]?.nama ?? s.layanan})` : '',
        ],
        [t('buku.kol.pelaksana'), L.staf(s?.pelaksana) ?? ''],
    ];
    for (const [k, v] of info) {
        ws.getCell(r, 1).value = null;
        tanpaCekGabung(ws, () => {
            gabung(ws, `A${r}:B${r}`, k, { bold: true, align: 'left' });
            const cell = gabung(ws, `C${r}:E${r}`, v || '.................................................', {
                align: 'left',
            });
            if (v instanceof Date)
                cell.numFmt = FORMAT_TANGGAL;
        });
        gayaSel(ws, r, 1, 5);
        r++;
    }
    kolom.forEach((k, c) => {
        const cell = ws.getCell(r, c + 1);
        cell.value = k.header;
        cell.font = { bold: true, size: 10 };
        cell.fill = HEAD_FILL;
        cell.border = TIPIS;
        cell.alignment = { horizontal: 'center', vertical: 'middle' };
    });
    gayaSel(ws, r, 1, 5);
    r++;
    const peserta = s?.peserta ?? [];
    const rows = Math.max(peserta.length + 3, s ? 0 : 20);
    for (let j = 0; j < rows; j++) {
        const p = peserta[j];
        ws.getRow(r).values = [j + 1, p?.nomor ?? null, p?.nama ?? null, p?.jenisKelamin ?? null, null];
        ws.getRow(r).height = 26; // room to sign
        for (let c = 1; c <= 5; c++) {
            ws.getCell(r, c).border = TIPIS;
            ws.getCell(r, c).alignment = {
                vertical: 'middle',
                horizontal: c === 1 || c === 4 ? 'center' : 'left',
            };
        }
        gayaSel(ws, r, 1, 5);
        r++;
    }
    return r;
}
function tandaTanganPelaksana(ws, row, t) {
    let r = row;
    gabung(ws, `D${r}:E${r}`, t('buku.pelaksanaKegiatan'), { align: 'center' });
    r += 4;
    gabung(ws, `D${r}:E${r}`, '( ........................................ )', { align: 'center' });
    return r + 1;
}
/* ----------------------------------------------------------- 5. aset */
function bukuAset(wb, d, o) {
    const { t } = o;
    const judul = t('buku.judul.aset');
    const ws = lembarBuku(wb, t('buku.lembar.aset'), judul, o);
    const kolom = [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: t('buku.kol.namaAset'), width: 40 },
        { header: t('buku.kol.dasar'), width: 24 },
        { header: t('buku.kol.ada'), width: 7, align: 'center' },
        { header: t('buku.kol.jumlah'), width: 8, align: 'center' },
        { header: t('buku.kol.kondisi'), width: 12 },
        { header: t('buku.kol.lokasi'), width: 16 },
        { header: t('buku.kol.tahunPerolehan'), width: 11, align: 'center' },
        { header: t('buku.kol.keterangan'), width: 24 },
    ];
    let r = kepala(ws, d, judul, kolom, t);
    const first = r;
    for (const kelompok of ['fasilitas', 'peralatan']) {
        gabung(ws, `A${r}:I${r}`, t(`buku.aset.${kelompok}`), { bold: true, align: 'left' }).fill =
            BLOK_FILL;
        r++;
        let n = 0;
        for (const a of d.aset.filter((x) => x.kelompok === kelompok)) {
            const show = !d.kosong;
            ws.getRow(r++).values = [
                ++n,
                a.label,
                a.bagian,
                show && a.ada !== null ? (a.ada ? YA : TIDAK) : null,
                show ? a.jumlah : null,
                null,
                null,
                null,
                show ? a.keterangan : null,
            ];
        }
    }
    gabung(ws, `A${r}:I${r}`, t('buku.aset.lainnya'), { bold: true, align: 'left' }).fill = BLOK_FILL;
    r++;
    r += 10;
    // A short list: styled once it is complete.
    for (let row = first; row < r; row++)
        gayaBaris(ws, row, kolom);
    penutup(ws, d, kolom, r, t, { filter: false });
    ws.commit();
}
/* -------------------------------------------------------- 6. laporan */
function bukuLaporan(wb, d, o) {
    const { t } = o;
    const judul = t('buku.judul.laporan');
    const ws = lembarBuku(wb, t('buku.lembar.laporan'), judul, o);
    const bulan = Array.from({ length: 12 }, (_, i) => t(`buku.bulan.${i + 1}`));
    const kolom = [
        { header: t('buku.kol.uraian'), width: 38 },
        ...bulan.map((b) => ({ header: b, width: 6, align: 'center' })),
        { header: t('buku.kol.jumlah'), width: 8, align: 'center' },
    ];
    let r = kepala(ws, d, judul, kolom, t);
    const first = r;
    const L = d.laporan;
    const measures = ['kasusBaru', 'kegiatan', 'proBono', 'terminasi', 'dirujuk'];
    for (const m of measures) {
        const vals = L.bulan.map((b) => (d.kosong ? null : b[m]));
        ws.getRow(r++).values = [
            t(`buku.laporan.${m}`),
            ...vals,
            d.kosong ? null : vals.reduce((s, v) => s + (v ?? 0), 0),
        ];
    }
    gabung(ws, `A${r}:N${r}`, t('buku.laporan.perKegiatan'), { bold: true, align: 'left' }).fill =
        BLOK_FILL;
    r++;
    for (const e of L.perKegiatan) {
        ws.getRow(r++).values = [
            `${e.label ?? e.kegiatan} (${e.layanan})`,
            ...e.perBulan,
            e.perBulan.reduce((s, v) => s + v, 0),
        ];
    }
    if (d.kosong)
        r += 15;
    // A short table (one line per activity of the catalogue): styled once it is complete.
    for (let row = first; row < r; row++)
        gayaBaris(ws, row, kolom);
    penutup(ws, d, kolom, r, t, { filter: false });
    ws.commit();
}
/** Collects the bytes the streaming writer produces. */
class Kumpul extends Writable {
    chunks = [];
    _write(chunk, _enc, done) {
        this.chunks.push(chunk);
        done();
    }
}
/** The books as one workbook. */
export async function renderBukuXlsx(d, o) {
    const out = new Kumpul();
    const created = new Date(Date.UTC(2020, 0, 1));
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
        stream: out,
        useStyles: true,
        useSharedStrings: true,
    });
    wb.creator = 'lembaga';
    wb.created = created;
    wb.modified = created;
    const want = new Set(o.buku);
    if (want.has('register'))
        await bukuRegister(wb, d, o);
    if (want.has('catatan'))
        await bukuCatatan(wb, d, o);
    if (want.has('ringkasan'))
        await bukuRingkasan(wb, d, o);
    if (want.has('hadir'))
        await bukuHadir(wb, d, o);
    if (want.has('aset'))
        bukuAset(wb, d, o);
    if (want.has('laporan'))
        bukuLaporan(wb, d, o);
    if (want.has('register'))
        await lembarKanonikSemua(wb, d, o);
    await wb.commit();
    return new Uint8Array(Buffer.concat(out.chunks));
}
