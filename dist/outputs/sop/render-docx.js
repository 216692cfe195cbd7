/**
 * Word renderer of the document model (docx 9): real headings, restartable numbered
 * lists, tables whose header rows repeat on every page (`tableHeader`), a footer
 * "Halaman X dari Y" from PAGE / NUMPAGES fields, A4 (or F4, 215 × 330 mm, the folio
 * paper many Indonesian offices print decrees on). Imported lazily by the command.
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, LevelFormat, Packer, PageBreak, PageNumber, PageOrientation, Paragraph, ShadingType, Tab, TabStopType, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType, convertMillimetersToTwip, } from 'docx';
const UKURAN = {
    A4: { lebar: 11906, tinggi: 16838 },
    F4: { lebar: convertMillimetersToTwip(215), tinggi: convertMillimetersToTwip(330) },
};
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1134 };
const FONT = 'Arial';
const UKURAN_TEKS = 22; // half-points: 11 pt
const UKURAN_TABEL = 18; // 9 pt
const RATA = {
    kiri: AlignmentType.LEFT,
    tengah: AlignmentType.CENTER,
    kanan: AlignmentType.RIGHT,
    penuh: AlignmentType.JUSTIFIED,
};
function runs(isi, size) {
    return isi.map((r) => r.penanda
        ? new TextRun({ children: [r.teks, new Tab()], ...(size ? { size } : {}) })
        : new TextRun({
            text: r.teks,
            bold: r.tebal ?? false,
            italics: r.miring ?? false,
            // Blanks the institution must fill stand out when the document is opened.
            ...(r.isian ? { highlight: 'yellow' } : {}),
            ...(size ? { size } : {}),
        }));
}
function levels(format, text) {
    return [
        {
            level: 0,
            format,
            text,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567, hanging: 425 } } },
        },
    ];
}
class Penomoran {
    n = 0;
    next() {
        return ++this.n;
    }
}
function sel(c, lebar, kepala, garis) {
    const paragraphs = c.paragraf.map((p) => new Paragraph({
        children: runs(p, garis ? UKURAN_TABEL : undefined),
        alignment: RATA[c.rata ?? 'kiri'],
        spacing: { before: 20, after: 20 },
        // A list item inside a cell hangs its text after the marker, as decrees are typeset.
        ...(p[0]?.penanda
            ? {
                indent: { left: 425, hanging: 425 },
                tabStops: [{ type: TabStopType.LEFT, position: 425 }],
            }
            : {}),
    }));
    const fill = kepala ? 'D9D9D9' : c.kelompok ? 'DEEAF6' : undefined;
    return new TableCell({
        children: paragraphs.length ? paragraphs : [new Paragraph('')],
        width: { size: lebar, type: WidthType.DXA },
        ...(c.rentang && c.rentang > 1 ? { columnSpan: c.rentang } : {}),
        ...(c.rentangBaris && c.rentangBaris > 1 ? { rowSpan: c.rentangBaris } : {}),
        ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        ...(garis ? {} : { borders: TableBorders.NONE }),
    });
}
function tabel(b, lebarIsi) {
    const total = b.kolom.reduce((a, x) => a + x, 0);
    const lebar = b.kolom.map((k) => Math.floor((k / total) * lebarIsi));
    const baris = (cells, kepala, rowIndex, rowsAbove) => {
        // Cells covered by a row span above are absent from this row: find the column each cell starts at.
        const tertutup = new Set();
        rowsAbove.forEach((row, r) => {
            let col = 0;
            for (const c of row) {
                const span = c.rentang ?? 1;
                if ((c.rentangBaris ?? 1) > rowIndex - r)
                    for (let k = 0; k < span; k++)
                        tertutup.add(col + k);
                col += span;
            }
        });
        let col = 0;
        const children = cells.map((c) => {
            while (tertutup.has(col))
                col++;
            const span = c.rentang ?? 1;
            const w = lebar.slice(col, col + span).reduce((a, x) => a + x, 0);
            col += span;
            return sel(c, w, kepala, b.garis);
        });
        return new TableRow({ children, tableHeader: kepala, cantSplit: true });
    };
    const rows = [
        ...b.kepala.map((r, i) => baris(r, true, i, b.kepala.slice(0, i))),
        ...b.baris.map((r) => baris(r, false, 0, [])),
    ];
    return new Table({
        rows,
        width: { size: lebarIsi, type: WidthType.DXA },
        columnWidths: lebar,
        layout: TableLayoutType.FIXED,
        ...(b.garis ? {} : { borders: TableBorders.NONE }),
    });
}
function alur(b, lebarIsi) {
    const out = [];
    const lebar = Math.floor(lebarIsi * 0.7);
    const garis = { style: BorderStyle.SINGLE, size: 8, color: '2F5496' };
    b.langkah.forEach((l, i) => {
        out.push(new Table({
            width: { size: lebar, type: WidthType.DXA },
            columnWidths: [lebar],
            alignment: AlignmentType.CENTER,
            borders: {
                top: garis,
                bottom: garis,
                left: garis,
                right: garis,
                insideHorizontal: garis,
                insideVertical: garis,
            },
            rows: [
                new TableRow({
                    cantSplit: true,
                    children: [
                        new TableCell({
                            width: { size: lebar, type: WidthType.DXA },
                            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'DEEAF6' },
                            margins: { top: 60, bottom: 60, left: 120, right: 120 },
                            children: [
                                new Paragraph({
                                    alignment: AlignmentType.CENTER,
                                    children: [new TextRun({ text: l.judul, bold: true })],
                                }),
                                new Paragraph({
                                    alignment: AlignmentType.CENTER,
                                    children: [new TextRun({ text: l.rincian, size: UKURAN_TABEL })],
                                }),
                            ],
                        }),
                    ],
                }),
            ],
        }));
        if (l.cabang) {
            out.push(new Paragraph({
                alignment: AlignmentType.CENTER,
                spacing: { before: 40, after: 0 },
                children: [new TextRun({ text: l.cabang, italics: true, size: UKURAN_TABEL })],
            }));
        }
        if (i < b.langkah.length - 1) {
            out.push(new Paragraph({
                alignment: AlignmentType.CENTER,
                keepNext: true,
                children: [new TextRun({ text: '▼', color: '2F5496' })],
            }));
        }
    });
    return out;
}
/** Render a document to .docx bytes. */
export async function renderDocx(doc, opsi = {}) {
    const kertas = UKURAN[opsi.kertas ?? 'A4'];
    const nomor = new Penomoran();
    const [sebelum, tengah, sesudah] = splitHalaman(opsi.halaman ?? 'Halaman {x} dari {y}');
    const footer = () => new Footer({
        children: [
            new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                    new TextRun(sebelum),
                    new TextRun({ children: [PageNumber.CURRENT] }),
                    new TextRun(tengah),
                    new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                    new TextRun(sesudah),
                ],
            }),
        ],
    });
    // One Word section per orientation run: landscape pages for wide tables.
    const sections = [
        { lanskap: false, children: [] },
    ];
    doc.blok.forEach((b, i) => {
        const berikut = doc.blok[i + 1];
        let cur = sections[sections.length - 1];
        if (b.jenis === 'orientasi') {
            if (b.lanskap !== cur.lanskap) {
                if (cur.children.length === 0)
                    cur.lanskap = b.lanskap;
                else
                    sections.push({ lanskap: b.lanskap, children: [] });
            }
            return;
        }
        cur = sections[sections.length - 1];
        const lebarIsi = (cur.lanskap ? kertas.tinggi : kertas.lebar) - MARGIN.left - MARGIN.right;
        const children = cur.children;
        switch (b.jenis) {
            case 'judul':
                children.push(new Paragraph({
                    heading: b.tingkat === 1
                        ? HeadingLevel.HEADING_1
                        : b.tingkat === 2
                            ? HeadingLevel.HEADING_2
                            : HeadingLevel.HEADING_3,
                    alignment: RATA[b.rata ?? 'kiri'],
                    keepNext: true,
                    children: runs(b.isi),
                }));
                break;
            case 'paragraf':
                // An introducing paragraph stays on the page of the table or list it introduces.
                children.push(new Paragraph({
                    alignment: RATA[b.rata ?? 'kiri'],
                    children: runs(b.isi),
                    spacing: { after: 80 },
                    keepNext: berikut?.jenis === 'tabel' || berikut?.jenis === 'daftar',
                }));
                break;
            case 'daftar': {
                const instance = nomor.next();
                for (const item of b.butir) {
                    children.push(new Paragraph({
                        numbering: { reference: b.gaya, level: 0, instance },
                        children: runs(item),
                        spacing: { after: 40 },
                    }));
                }
                break;
            }
            case 'tabel':
                children.push(tabel(b, lebarIsi));
                // Word glues consecutive tables together; a spacer paragraph keeps them apart.
                children.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
                break;
            case 'alur':
                children.push(...alur(b, lebarIsi));
                break;
            case 'halamanBaru':
                children.push(new Paragraph({ children: [new PageBreak()] }));
                break;
        }
    });
    const document = new Document({
        title: doc.judul,
        creator: 'lembaga',
        styles: {
            default: { document: { run: { font: FONT, size: UKURAN_TEKS } } },
            paragraphStyles: [
                {
                    id: 'Heading1',
                    name: 'Heading 1',
                    basedOn: 'Normal',
                    next: 'Normal',
                    quickFormat: true,
                    run: { size: 28, bold: true, font: FONT },
                    paragraph: { spacing: { before: 240, after: 120 } },
                },
                {
                    id: 'Heading2',
                    name: 'Heading 2',
                    basedOn: 'Normal',
                    next: 'Normal',
                    quickFormat: true,
                    run: { size: 24, bold: true, font: FONT, color: '1F3864' },
                    paragraph: { spacing: { before: 240, after: 80 } },
                },
                {
                    id: 'Heading3',
                    name: 'Heading 3',
                    basedOn: 'Normal',
                    next: 'Normal',
                    quickFormat: true,
                    run: { size: 22, bold: true, font: FONT },
                    paragraph: { spacing: { before: 160, after: 60 } },
                },
            ],
        },
        numbering: {
            config: [
                { reference: 'angka', levels: levels(LevelFormat.DECIMAL, '%1.') },
                { reference: 'huruf', levels: levels(LevelFormat.LOWER_LETTER, '%1.') },
                { reference: 'butir', levels: levels(LevelFormat.BULLET, '•') },
            ],
        },
        sections: sections.map((sec) => ({
            properties: {
                page: {
                    // docx swaps width and height itself for landscape: always pass the portrait size.
                    size: {
                        width: kertas.lebar,
                        height: kertas.tinggi,
                        orientation: sec.lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                    },
                    margin: MARGIN,
                },
            },
            footers: { default: footer() },
            children: sec.children.length ? sec.children : [new Paragraph('')],
        })),
    });
    const buf = await Packer.toBuffer(document);
    return new Uint8Array(buf);
}
function splitHalaman(template) {
    const x = template.indexOf('{x}');
    const y = template.indexOf('{y}');
    if (x < 0 || y < x)
        return ['', ' / ', ''];
    return [template.slice(0, x), template.slice(x + 3, y), template.slice(y + 3)];
}
