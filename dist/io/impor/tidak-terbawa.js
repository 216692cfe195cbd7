import { LEMBAR_ANAK, LEMBAR_DATA, LEMBAR_REGISTER, SHEET_DAFTAR, SHEET_PETUNJUK, headerKey, } from '../../model/register-kolom.js';
import { openXlsx } from '../xlsx/reader.js';
/** Sheets the writer rebuilds from the model or from the catalogue. */
const DIBANGUN_ULANG = new Set([SHEET_PETUNJUK, SHEET_DAFTAR].map(headerKey));
function teksSel(c) {
    const v = c.value;
    switch (v.type) {
        case 'string':
            return v.value;
        case 'number':
        case 'boolean':
            return String(v.value);
        case 'date': {
            const [y, m, d] = v.value.split('-');
            return `${d}/${m}/${y}`;
        }
        case 'error':
            return v.value;
        case 'formula-no-value':
            return `=${v.formula}`;
    }
}
function kosong(c) {
    return c.value.type === 'string' && c.value.value.trim() === '';
}
/** Is there a value at this slash path ("perpanjangan/*\/tanggal": in any element)? */
function adaNilai(obj, segs) {
    if (segs.length === 0)
        return obj !== undefined && obj !== null && obj !== '';
    if (obj === null || typeof obj !== 'object')
        return false;
    const [s, ...rest] = segs;
    if (s === '*')
        return Array.isArray(obj) && obj.some((x) => adaNilai(x, rest));
    return adaNilai(obj[s], rest);
}
/** Everything of the old workbook that the cases read from it do not carry. */
export async function cariTidakTerbawa(bytes, reg, t) {
    const loc = reg.locator;
    const out = [];
    const alasanSel = new Map();
    for (const p of reg.problems)
        if (p.sheet && p.cell && !alasanSel.has(`${p.sheet}!${p.cell}`))
            alasanSel.set(`${p.sheet}!${p.cell}`, p.message);
    // Which model record each row of each data sheet became.
    const rekam = new Map();
    const regRows = new Map();
    (loc.caseRow ?? []).forEach((row, i) => regRows.set(row, reg.kasus[i]));
    rekam.set(LEMBAR_REGISTER.name, regRows);
    for (const { name: lembar, array } of LEMBAR_ANAK) {
        const arr = array;
        const m = new Map();
        (loc.children ?? []).forEach((ch, i) => (ch?.[arr] ?? []).forEach((row, j) => m.set(row, reg.kasus[i]?.[arr]?.[j])));
        rekam.set(lembar, m);
    }
    const book = await openXlsx(bytes);
    try {
        for (const sheet of book.sheets) {
            const key = headerKey(sheet.name);
            if (DIBANGUN_ULANG.has(key))
                continue;
            const lembar = LEMBAR_DATA.find((l) => loc.columns?.get(l.name)?.sheet === sheet.name);
            const kolom = lembar ? loc.columns.get(lembar.name) : null;
            if (!lembar || !kolom) {
                // A sheet of the lembaga's own (or a data sheet without a readable header): row by row.
                await book.readRows(sheet, (row, cells) => {
                    const isi = cells.filter((c) => !kosong(c));
                    if (isi.length)
                        out.push({
                            lembar: sheet.name,
                            baris: row,
                            sel: null,
                            judul: null,
                            nilai: isi.map(teksSel).join(' | '),
                            alasan: t('impor.tidakTerbawa.lembarLain'),
                        });
                });
                continue;
            }
            const byCol = new Map();
            for (const [p, c] of kolom.byPath)
                byCol.set(c.col, { path: p, header: c.header });
            const rows = rekam.get(lembar.name);
            let judulBaris = null;
            const judulLain = new Map();
            await book.readRows(sheet, (row, cells) => {
                if (judulBaris === null) {
                    // The header row is the one whose cells are the headers the reader matched.
                    const cocok = [...byCol].every(([col, k]) => {
                        const c = cells.find((x) => x.col === col);
                        return (c !== undefined && c.value.type === 'string' && c.value.value.trim() === k.header);
                    });
                    if (cocok) {
                        judulBaris = row;
                        for (const c of cells)
                            if (!byCol.has(c.col) && !kosong(c))
                                judulLain.set(c.col, teksSel(c).trim());
                    }
                    return true;
                }
                const isi = cells.filter((c) => !kosong(c));
                if (!isi.length)
                    return true;
                const rec = rows.get(row);
                if (rec === undefined) {
                    const nomorCol = kolom.byPath.get('nomor')?.col;
                    const nomorCell = cells.find((c) => c.col === nomorCol);
                    const ref = nomorCell?.ref ?? null;
                    out.push({
                        lembar: sheet.name,
                        baris: row,
                        sel: null,
                        judul: null,
                        nilai: isi.map(teksSel).join(' | '),
                        alasan: (ref && alasanSel.get(`${sheet.name}!${ref}`)) ||
                            t('impor.tidakTerbawa.barisTakTerbaca'),
                    });
                    return true;
                }
                for (const c of isi) {
                    const k = byCol.get(c.col);
                    if (!k) {
                        out.push({
                            lembar: sheet.name,
                            baris: row,
                            sel: c.ref,
                            judul: judulLain.get(c.col) ?? null,
                            nilai: teksSel(c),
                            alasan: t('impor.tidakTerbawa.kolomLain'),
                        });
                        continue;
                    }
                    if (lembar !== LEMBAR_REGISTER && k.path === 'nomor')
                        continue;
                    if (!adaNilai(rec, k.path.split('/')))
                        out.push({
                            lembar: sheet.name,
                            baris: row,
                            sel: c.ref,
                            judul: k.header,
                            nilai: teksSel(c),
                            alasan: alasanSel.get(`${sheet.name}!${c.ref}`) ?? t('impor.tidakTerbawa.selTakTerbaca'),
                        });
                }
                return true;
            });
        }
    }
    finally {
        book.close();
    }
    return out;
}
/** The workbook of what was not carried over: one row per cell or row, with the reason. */
export async function buildTidakTerbawaXlsx(items, register, t) {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga impor';
    const ws = wb.addWorksheet(t('impor.tidakTerbawa.lembar'), {
        views: [{ state: 'frozen', ySplit: 1 }],
    });
    ws.addRow([
        t('impor.tidakTerbawa.kolom.lembar'),
        t('impor.tidakTerbawa.kolom.baris'),
        t('impor.tidakTerbawa.kolom.sel'),
        t('impor.tidakTerbawa.kolom.judul'),
        t('impor.tidakTerbawa.kolom.nilai'),
        t('impor.tidakTerbawa.kolom.alasan'),
    ]);
    ws.getRow(1).font = { bold: true };
    [16, 8, 8, 24, 40, 70].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const it of items) {
        const row = ws.addRow([it.lembar, it.baris, it.sel ?? '', it.judul ?? '', it.nilai, it.alasan]);
        // Original values stay text (a NIK must not become a number).
        row.getCell(5).numFmt = '@';
        row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
    }
    const about = wb.addWorksheet(t('impor.ditolak.lembarInfo'));
    about.addRow([t('impor.tidakTerbawa.info.register'), register]);
    about.addRow([t('impor.tidakTerbawa.info.jumlah'), items.length]);
    about.addRow([t('impor.tidakTerbawa.info.petunjuk')]);
    about.getColumn(1).width = 28;
    about.getColumn(2).width = 60;
    const buf = await wb.xlsx.writeBuffer();
    return new Uint8Array(buf);
}
