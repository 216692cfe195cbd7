/**
 * What `impor` writes: the register as YAML (one case at a time, so a big import
 * never holds one huge document), the rejected-rows workbook (original cells,
 * the reason per offending cell as a red fill and a note, and an "Alasan"
 * column), and the mapping file for next year.
 */
import { parseDocument, stringify } from 'yaml';
import { BukuKerja } from '../xlsx/tulis.js';
import { hurufKolom } from '../../core/excel.js';
import { TARGET_KEYS } from './fields.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { LEMBAR_REGISTER } from '../../model/register-kolom.js';
import { DEFAULT_LIMITS } from '../xlsx/reader.js';
import { penghitungBaris } from './source.js';
/**
 * Largest YAML register `impor` writes (bytes). Above it the import must go to the
 * canonical .xlsx. `validasi`, `laporan` and `register` read a plain YAML register from
 * 4 MB item by item (yaml-alir.ts), but `impor --gabung` reads a YAML register whole,
 * within the whole-read limit (src/io/yaml-source.ts YAML_LIMITS.maxBytes) — keep this at
 * or below it, so whatever `impor` writes can be merged into again; and a large YAML
 * register reads about ten times more slowly than the same cases in .xlsx (SECURITY.md).
 */
export const BATAS_YAML_IMPOR_BYTE = 16 * 1024 * 1024;
/** Identifier fields written quoted so no YAML reader turns them into numbers. */
const QUOTED = new Set(['nik', 'nomor', 'kodeWilayah', 'pekerjaSosial', 'supervisor']);
/**
 * A case as the canonical workbook can hold it. The workbook has no column for a
 * stage's notes (`tahapan.asesmen.catatan`, …): they move into the case's notes,
 * named by stage, instead of vanishing.
 */
export function kasusUntukXlsx(k, t) {
    const tahapan = k.tahapan;
    if (!tahapan || !Object.values(tahapan).some((x) => x?.catatan))
        return k;
    const notes = [];
    const baru = {};
    for (const [tahap, isi] of Object.entries(tahapan)) {
        if (!isi?.catatan) {
            baru[tahap] = isi;
            continue;
        }
        const { catatan, ...rest } = isi;
        notes.push(t('impor.catatan.tahap', { tahap: t(`impor.tahap.${tahap}`), nilai: catatan }));
        if (Object.keys(rest).length)
            baru[tahap] = rest;
    }
    const catatan = [...notes, ...(k.catatan ? [k.catatan] : [])].join('; ');
    return { ...k, tahapan: baru, catatan };
}
/** First lines of a register file written by impor. */
export function registerHeader(schemaRef, comment) {
    const lines = [];
    if (schemaRef)
        lines.push(`# yaml-language-server: $schema=${schemaRef}`);
    lines.push(`# ${comment}`);
    lines.push('versi: 1');
    return lines.join('\n') + '\n';
}
const PLAIN = /^[A-Za-z\u00C0-\u024F][\w\u00C0-\u024F .,'()/&+-]*$/;
const KEYWORD = /^(true|false|null|yes|no|on|off|y|n)$/i;
/**
 * A scalar as YAML: plain when it cannot be read as anything but this string,
 * otherwise double-quoted (JSON string escapes are valid YAML). Identifiers are
 * always quoted so no reader turns a NIK into a number.
 */
function scalar(v, key) {
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (v === null || v === undefined)
        return 'null';
    const s = String(v);
    if (key !== null && QUOTED.has(key))
        return JSON.stringify(s);
    if (/^\d{4}-\d{2}-\d{2}$/.test(s))
        return s;
    if (PLAIN.test(s) && !KEYWORD.test(s) && !s.endsWith(' ') && !/ #|: |:$/.test(s))
        return s;
    return JSON.stringify(s);
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function emit(v, indent, key, out) {
    // Called for the value after "key:" — writes " value\n" or a nested block.
    if (isPlainObject(v)) {
        const entries = Object.entries(v).filter(([, x]) => x !== undefined);
        if (entries.length === 0) {
            out.push(' {}\n');
            return;
        }
        out.push('\n');
        for (const [k, x] of entries) {
            out.push(`${indent}${scalar(k, null)}:`);
            emit(x, indent + '  ', k, out);
        }
        return;
    }
    if (Array.isArray(v)) {
        if (v.length === 0) {
            out.push(' []\n');
            return;
        }
        out.push('\n');
        for (const item of v)
            emitItem(item, indent, key, out);
        return;
    }
    out.push(` ${scalar(v, key)}\n`);
}
function emitItem(item, indent, key, out) {
    if (isPlainObject(item)) {
        const entries = Object.entries(item).filter(([, x]) => x !== undefined);
        if (entries.length === 0) {
            out.push(`${indent}- {}\n`);
            return;
        }
        entries.forEach(([k, x], i) => {
            out.push(`${indent}${i === 0 ? '- ' : '  '}${scalar(k, null)}:`);
            emit(x, indent + '    ', k, out);
        });
        return;
    }
    if (Array.isArray(item)) {
        out.push(`${indent}- ${JSON.stringify(item)}\n`);
        return;
    }
    out.push(`${indent}- ${scalar(item, key)}\n`);
}
/** One case as a YAML sequence item ("- nomor: …"), NIK and other identifiers quoted. */
export function kasusYaml(k) {
    const out = [];
    emitItem(k, '', null, out);
    return out.join('');
}
/** A whole register: header, then `kasus:` and each case. */
export function registerYaml(kasus, header) {
    if (kasus.length === 0)
        return header + 'kasus: []\n';
    return header + 'kasus:\n' + kasus.map(kasusYaml).join('');
}
export function pemetaanYaml(p, comment) {
    const body = stringify({
        versi: 1,
        ...(p.lembar ? { lembar: p.lembar } : {}),
        ...(p.urutanTanggal ? { urutanTanggal: p.urutanTanggal } : {}),
        ...(p.layananBawaan ? { layananBawaan: p.layananBawaan } : {}),
        kolom: p.kolom,
    }, { lineWidth: 0 });
    return comment
        .split('\n')
        .map((l) => `# ${l}`)
        .join('\n')
        .concat('\n', body);
}
/** Read a mapping file; problems are returned as messages (the caller exits 2). */
export function parsePemetaan(text, file, t) {
    const doc = parseDocument(text, { schema: 'core' });
    const problems = [];
    if (doc.errors.length)
        return {
            pemetaan: null,
            problems: doc.errors.map((e) => t('impor.pemetaan.yamlRusak', { file, pesan: e.message })),
        };
    const data = doc.toJS();
    if (!data ||
        typeof data !== 'object' ||
        !data.kolom ||
        typeof data.kolom !== 'object' ||
        Array.isArray(data.kolom)) {
        return { pemetaan: null, problems: [t('impor.pemetaan.tanpaKolom', { file })] };
    }
    const kolom = {};
    for (const [h, target] of Object.entries(data.kolom)) {
        const v = String(target);
        if (!TARGET_KEYS.includes(v))
            problems.push(t('impor.pemetaan.targetTakDikenal', { file, kolom: h, target: v }));
        else
            kolom[h] = v;
    }
    const urutan = data.urutanTanggal;
    if (urutan !== undefined && urutan !== 'hbt' && urutan !== 'bht')
        problems.push(t('impor.pemetaan.urutanSalah', { file, nilai: String(urutan) }));
    const lb = data.layananBawaan;
    if (lb !== undefined && !LAYANAN_KEYS.includes(String(lb)))
        problems.push(t('impor.pemetaan.layananSalah', { file, nilai: String(lb) }));
    return {
        pemetaan: {
            versi: 1,
            lembar: typeof data.lembar === 'string' ? data.lembar : undefined,
            urutanTanggal: urutan === 'hbt' || urutan === 'bht' ? urutan : undefined,
            layananBawaan: LAYANAN_KEYS.includes(String(lb))
                ? lb
                : undefined,
            kolom,
        },
        problems,
    };
}
/**
 * The rejected rows with their original cells, so they can be fixed and imported
 * again (`--gabung`): same headers, a "Baris asal" and an "Alasan" column; each
 * offending cell red with a note giving the reason. Written by the streaming writer
 * (io/xlsx/tulis.ts) as the rows are read back, so 100 000 rejected rows take no more
 * memory than 100 (issue 16; through exceljs they took 2.6 GB).
 */
export async function buildDitolakXlsx(rows, columns, info, t) {
    const maxIndex = Math.max(-1, rows.lebar - 1, ...columns.map((c) => c.index));
    const headerOf = new Map(columns.map((c) => [c.index, c.header]));
    const headers = [];
    for (let i = 0; i <= maxIndex; i++)
        headers.push(headerOf.get(i) ?? t('impor.ditolak.kolomTanpaJudul', { kolom: i + 1 }));
    const alasanCol = headers.length + 2;
    const wb = new BukuKerja({ dibuat: new Date(), pembuat: 'lembaga impor' });
    try {
        const ws = wb.lembar(t('impor.ditolak.lembar'), {
            beku: { y: 1 },
            kolom: Array.from({ length: alasanCol }, (_, i) => ({
                lebar: i === alasanCol - 1 ? 70 : 16,
            })),
        });
        const about = wb.lembar(t('impor.ditolak.lembarInfo'), {
            kolom: [{ lebar: 28 }, { lebar: 60 }],
        });
        await ws.baris(1, [...headers, t('impor.ditolak.barisAsal'), t('impor.ditolak.alasan')], wb.gaya({ font: { bold: true } }));
        // A cell's format by what it holds (0 other, 1 text, 2 date) and its fill (0 none, 1 the
        // cell's own reason, 2 a reason for the whole row): nine formats, made once.
        const FILL = [undefined, 'FFFFC7CE', 'FFFFF2CC'];
        const NUMFMT = [undefined, '@', 'dd/mm/yyyy'];
        const gaya = NUMFMT.map((numFmt) => FILL.map((fill) => wb.gaya({ numFmt, fill })));
        const gayaAlasan = wb.gaya({ alignment: { wrapText: true, vertical: 'top' } });
        let r = 1;
        for (const row of rows) {
            r++;
            const perCell = new Map();
            let wholeRow = false;
            for (const a of row.alasan) {
                if (a.col === null)
                    wholeRow = true;
                else
                    perCell.set(a.col, [...(perCell.get(a.col) ?? []), a.message]);
            }
            const values = [];
            const styles = [];
            for (let i = 0; i <= maxIndex; i++) {
                const v = row.cells[i]?.original ?? null;
                // NIK and other long digit strings stay text when written back.
                const jenis = typeof v === 'string' ? 1 : v instanceof Date ? 2 : 0;
                const fill = perCell.has(i) ? 1 : wholeRow ? 2 : 0;
                values.push(v);
                styles.push(gaya[jenis][fill]);
            }
            const message = row.alasan
                .map((a) => (a.col === null ? a.message : `${headers[a.col] ?? ''}: ${a.message}`))
                .join('\n');
            values.push(row.n, message);
            styles.push(0, gayaAlasan);
            const p = ws.baris(r, values, styles);
            if (p)
                await p;
            for (const [col, msgs] of perCell) {
                const q = ws.catatan(r, col + 1, msgs.join('\n'));
                if (q)
                    await q;
            }
        }
        ws.autoFilter(`A1:${hurufKolom(alasanCol)}1`);
        const infoRows = [
            [t('impor.ditolak.info.sumber'), info.source],
            [t('impor.ditolak.info.lembar'), info.sheet ?? '-'],
            [t('impor.ditolak.info.barisJudul'), info.headerRow],
            [t('impor.ditolak.info.jumlah'), rows.length],
            [t('impor.ditolak.info.petunjuk')],
        ];
        for (const [i, row] of infoRows.entries())
            await about.baris(i + 1, [...row]);
        await wb.selesai();
        return wb.bytes();
    }
    finally {
        wb.buang();
    }
}
/** A workbook the importer writes beside its output: one list sheet, its header row frozen. */
export async function bukuImpor(lembar) {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga impor';
    const ws = wb.addWorksheet(lembar, { views: [{ state: 'frozen', ySplit: 1 }] });
    return { wb, ws };
}
/** Add the information sheet (label, value rows) and return the workbook as bytes. */
export async function tutupBukuImpor(wb, t, info) {
    const about = wb.addWorksheet(t('impor.ditolak.lembarInfo'));
    for (const row of info)
        about.addRow([...row]);
    about.getColumn(1).width = 28;
    about.getColumn(2).width = 60;
    const buf = await wb.xlsx.writeBuffer();
    return new Uint8Array(buf);
}
// ---------------------------------------------------------------- the written register, counted
/**
 * Rows of the Register sheet of a workbook about to be written (header included), counted in
 * its XML without reading the cells (inflate and a regex); null when the workbook has none.
 * A fresh import checks it against its cases (every imported row accounted for) instead of
 * reading the whole register back, which cost as much as the import itself (issue 16).
 */
export async function barisRegisterXlsx(data) {
    const { openArchive } = await import('../xlsx/zip.js');
    const zip = await openArchive(data, { ...DEFAULT_LIMITS, maxUncompressedBytes: Infinity });
    const teks = async (part) => {
        let s = '';
        if (zip.entries.has(part))
            await zip.stream(part, (c) => void (s += c.toString('utf8')));
        return s;
    };
    try {
        const wb = await teks('xl/workbook.xml');
        const rels = await teks('xl/_rels/workbook.xml.rels');
        const atribut = (tag, nama) => new RegExp(`\\s${nama}="([^"]*)"`).exec(tag)?.[1] ?? null;
        const sheet = (wb.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []).find((tag) => atribut(tag, 'name') === LEMBAR_REGISTER.name);
        const rid = sheet ? atribut(sheet, 'r:id') : null;
        const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((tag) => atribut(tag, 'Id') === rid);
        const target = rel ? atribut(rel, 'Target') : null;
        if (!target)
            return null;
        const part = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
        const hitung = penghitungBaris();
        let rows = 0;
        await zip.stream(part, (c) => void (rows = hitung(c)));
        return rows;
    }
    finally {
        zip.close();
    }
}
