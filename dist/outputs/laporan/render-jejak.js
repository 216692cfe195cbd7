/**
 * The internal trace workbook (`--jejak`): for every figure of the report, the register
 * numbers behind it, so an assessor's question "which cases are these 7?" has an answer.
 * It names cases, so every sheet says it is internal, in its first row and in its
 * print header. Being internal, it shows the true counts also under `--publik` (where the
 * report rounds the findings counts up, publik.ts): the figures sheet has the true cell values,
 * the findings and data-quality sheets the true counts (`jumlahAsli`) beside their cases.
 */
import { maskNikDalamTeks } from '../../core/nik.js';
import ExcelJS from 'exceljs';
import { labelTeks } from './dokumen.js';
/** Excel's limit on one cell's text; longer lists continue on the next row. */
const MAKS_SEL = 32_000;
/**
 * One register number per case, in order; a case behind several activities is listed once with
 * its count. Cut into pieces that fit a cell.
 */
function potongNomor(nomor) {
    const hitung = new Map();
    for (const n of nomor)
        hitung.set(n, (hitung.get(n) ?? 0) + 1);
    const potongan = [''];
    for (const [n, c] of hitung) {
        // A register number is the lembaga's own code; one typed as a NIK is masked all the same.
        const item = maskNikDalamTeks(c > 1 ? `${n} (×${c})` : n);
        const cur = potongan[potongan.length - 1];
        if (cur.length + item.length + 2 > MAKS_SEL)
            potongan.push(item);
        else
            potongan[potongan.length - 1] = cur ? `${cur}, ${item}` : item;
    }
    return potongan;
}
export async function renderJejak(lap, t, bahasa) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga';
    const tanda = t('laporan.jejak.tanda');
    const lembar = (nama, kolom) => {
        const ws = wb.addWorksheet(nama, {
            headerFooter: { oddHeader: `&C&B${tanda}`, oddFooter: `&C${tanda}` },
        });
        ws.columns = kolom.map((k) => ({ width: k.width }));
        ws.mergeCells(1, 1, 1, kolom.length);
        const c = ws.getCell(1, 1);
        c.value = tanda;
        c.font = { bold: true, color: { argb: 'FFC00000' }, size: 14 };
        ws.mergeCells(2, 1, 2, kolom.length);
        ws.getCell(2, 1).value = t('laporan.jejak.pengantar', { tahun: lap.tahun });
        const h = ws.getRow(3);
        kolom.forEach((k, i) => {
            h.getCell(i + 1).value = k.header;
            h.getCell(i + 1).font = { bold: true };
        });
        ws.views = [{ state: 'frozen', ySplit: 3 }];
        return ws;
    };
    const ws = lembar(t('laporan.jejak.lembarAngka'), [
        { header: t('laporan.kolom.tabel'), width: 40 },
        { header: t('laporan.kolom.baris'), width: 40 },
        { header: t('laporan.kolom.kolom'), width: 16 },
        { header: t('laporan.kolom.nilai'), width: 12 },
        { header: t('laporan.kolom.nomorRegister'), width: 100 },
    ]);
    const jejak = lap.jejak ?? new Map();
    for (const tb of lap.tabel) {
        const judul = `${tb.id} — ${labelTeks(tb.judul, t, bahasa)}`;
        for (const b of [...tb.baris, ...(tb.total ? [tb.total] : [])]) {
            tb.kolom.forEach((k, j) => {
                const nomor = jejak.get(`${tb.id}|${b.key}|${k.key}`);
                if (nomor === undefined)
                    return;
                potongNomor(nomor).forEach((p, i) => ws.addRow([
                    i === 0 ? judul : '',
                    i === 0 ? labelTeks(b.label, t, bahasa) : '',
                    i === 0 ? k.key : '',
                    i === 0 ? b.nilai[j] : null,
                    p,
                ]));
            });
        }
    }
    const wt = lembar(t('laporan.jejak.lembarTemuan'), [
        { header: t('laporan.kolom.aturan'), width: 30 },
        { header: t('laporan.kolom.tingkat'), width: 12 },
        { header: t('laporan.kolom.jumlahTemuan'), width: 10 },
        { header: t('laporan.kolom.nomorRegister'), width: 100 },
    ]);
    for (const f of lap.temuan)
        wt.addRow([
            f.rule,
            t(`laporan.tingkat.${f.severity}`),
            f.jumlahAsli ?? f.jumlah,
            maskNikDalamTeks([...new Set(f.kasus)].join(', ')),
        ]);
    const wd = lembar(t('laporan.jejak.lembarData'), [
        { header: t('laporan.kolom.keterangan'), width: 70 },
        { header: t('laporan.kolom.jumlahTemuan'), width: 10 },
        { header: t('laporan.kolom.nomorRegister'), width: 100 },
    ]);
    for (const c of lap.catatanData) {
        const jumlah = c.jumlahAsli ?? c.jumlah;
        wd.addRow([
            t(`laporan.data.${c.key}`, { jumlah }),
            jumlah,
            maskNikDalamTeks([...new Set(c.kasus)].join(', ')),
        ]);
    }
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
