/** Excel paper sizes: 9 = A4, 14 = Folio 8.5 × 13 in (216 × 330 mm, the Indonesian F4). */
const PAPER = { A4: 9, F4: 14 };
/** Landscape, fit to width (as many pages tall as needed), header rows repeated, "Halaman X dari Y". */
export function aturCetak(ws, opts) {
    ws.pageSetup = {
        ...ws.pageSetup,
        paperSize: PAPER[opts.kertas ?? 'A4'],
        orientation: opts.portrait ? 'portrait' : 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        // One page tall for a one-page attachment (the SK's Lampiran); otherwise as many as needed.
        fitToHeight: opts.satuHalaman ? 1 : 0,
        horizontalCentered: true,
        margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        ...(opts.judulBaris ? { printTitlesRow: opts.judulBaris } : {}),
    };
    ws.headerFooter = { ...ws.headerFooter, oddFooter: opts.footer, evenFooter: opts.footer };
}
/** Merge a range and style its master cell. */
export function gabung(ws, range, value, style = {}) {
    ws.mergeCells(range);
    const cell = ws.getCell(range.split(':')[0] ?? range);
    cell.value = value;
    cell.font = { bold: style.bold ?? false, italic: style.italic ?? false, size: style.size ?? 11 };
    cell.alignment = {
        horizontal: style.align ?? 'center',
        vertical: 'middle',
        wrapText: style.wrap ?? false,
    };
    return cell;
}
/**
 * A signature block at `row`, spanning columns `from`–`to`: place and date to fill, the
 * role line(s), room to sign, the name in brackets (dotted when unknown) and the NIP if any.
 * Returns the row after the block.
 */
export function blokTandaTangan(ws, row, from, to, isi) {
    let r = row;
    const line = (v, bold = false) => {
        gabung(ws, `${from}${r}:${to}${r}`, v, { bold, align: 'center' });
        r++;
    };
    line(`${isi.tempat}, ....................................`);
    for (const p of isi.peran)
        line(p);
    r += 3;
    line(isi.nama ? `( ${isi.nama} )` : '( ........................................ )', true);
    if (isi.nip)
        line(`NIP. ${isi.nip}`);
    return r;
}
