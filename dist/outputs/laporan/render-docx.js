/**
 * Word rendering of the annual report (pure: document model in, bytes out). Headings use
 * Word's own heading styles (so the navigation pane and a table of contents work), tables
 * repeat their header row on every page, numbers are right-aligned, the footer reads
 * "Halaman X dari Y", charts are PNG images made by grafik.ts.
 */
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, } from 'docx';
import { daftarJudul, selTeks } from './dokumen.js';
const FONT = 'Calibri';
const KEPALA = 'D9E2F3';
const TOTAL = 'F2F2F2';
/** A4 portrait with 1.5 cm side margins; usable width in twentieths of a point. */
const MARGIN = 850;
const LEBAR_TWIP = 11906 - 2 * MARGIN;
const HEADING = {
    1: HeadingLevel.HEADING_1,
    2: HeadingLevel.HEADING_2,
    3: HeadingLevel.HEADING_3,
};
function tabel(b, bahasa) {
    const n = b.kepala.length;
    // First column gets the room; number columns share the rest.
    const pertama = n <= 2 ? 0.3 : Math.max(0.25, 1 - (n - 1) * 0.125);
    const lebar = b.lebar?.length === n
        ? b.lebar.map((w) => Math.round(LEBAR_TWIP * w))
        : b.kepala.map((_, i) => Math.round(LEBAR_TWIP * (i === 0 ? pertama : (1 - pertama) / (n - 1))));
    const kecil = n > 4 ? 16 : 19;
    const sel = (teks, kolom, opts) => new TableCell({
        width: { size: lebar[kolom], type: WidthType.DXA },
        shading: opts.kepala
            ? { type: ShadingType.CLEAR, color: 'auto', fill: KEPALA }
            : opts.total
                ? { type: ShadingType.CLEAR, color: 'auto', fill: TOTAL }
                : undefined,
        margins: { top: 30, bottom: 30, left: 60, right: 60 },
        children: [
            new Paragraph({
                alignment: opts.angka ? AlignmentType.RIGHT : AlignmentType.LEFT,
                children: [
                    new TextRun({
                        text: teks,
                        bold: Boolean(opts.kepala || opts.total),
                        size: opts.kepala && n > 4 ? kecil - 2 : kecil,
                        font: FONT,
                    }),
                ],
            }),
        ],
    });
    const rows = [
        new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: b.kepala.map((h, i) => sel(h, i, {
                kepala: true,
                angka: i > 0 && b.id !== 'identitas' && !b.id.startsWith('ringkasan') && b.id !== 'temuan',
            })),
        }),
        ...b.baris.map((r, ri) => new TableRow({
            cantSplit: true,
            children: r.map((c, i) => sel(selTeks(c, bahasa), i, {
                total: b.adaTotal && ri === b.baris.length - 1,
                angka: 'angka' in c || (i > 0 && /^(< \d+|–)$/.test(selTeks(c, bahasa))),
            })),
        })),
    ];
    const out = [
        new Paragraph({
            keepNext: true,
            spacing: { before: 200, after: 60 },
            children: [new TextRun({ text: b.judul, bold: true, font: FONT, size: 20 })],
        }),
    ];
    if (b.keterangan)
        out.push(new Paragraph({
            keepNext: true,
            spacing: { after: 60 },
            children: [new TextRun({ text: b.keterangan, italics: true, font: FONT, size: 17 })],
        }));
    out.push(new Table({
        width: { size: LEBAR_TWIP, type: WidthType.DXA },
        columnWidths: lebar,
        borders: {
            top: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            bottom: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            left: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            right: { style: BorderStyle.SINGLE, size: 4, color: '808080' },
            insideHorizontal: { style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF' },
            insideVertical: { style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF' },
        },
        rows,
    }));
    for (const c of b.catatan)
        out.push(new Paragraph({
            spacing: { before: 40 },
            children: [new TextRun({ text: c, font: FONT, size: 16, italics: true })],
        }));
    return out;
}
/** `awal`: the first heading follows the title on page one. */
function blokDocx(b, o, awal = false) {
    switch (b.jenis) {
        case 'judul':
            return [
                new Paragraph({
                    heading: HEADING[b.tingkat],
                    pageBreakBefore: b.tingkat === 1 && !awal,
                    keepNext: true,
                    children: [new TextRun({ text: b.teks })],
                }),
            ];
        case 'paragraf':
            return [
                new Paragraph({
                    spacing: { after: 100 },
                    children: [new TextRun({ text: b.teks, font: FONT, size: b.kecil ? 17 : 21 })],
                }),
            ];
        case 'daftar':
            return b.butir.map((x) => new Paragraph({
                bullet: { level: 0 },
                spacing: { after: 60 },
                children: [new TextRun({ text: x, font: FONT, size: 21 })],
            }));
        case 'tabel':
            return tabel(b, o.bahasa);
        case 'grafik': {
            const g = o.grafik?.get(b.id);
            if (!g)
                return [];
            // Fit to the text width (points → pixels at 96 dpi).
            const maxPx = Math.round((LEBAR_TWIP / 20) * (96 / 72));
            const skala = Math.min(1, maxPx / g.lebar);
            return [
                new Paragraph({
                    keepNext: true,
                    alignment: AlignmentType.CENTER,
                    spacing: { before: 200 },
                    children: [
                        new ImageRun({
                            type: 'png',
                            data: g.png,
                            transformation: {
                                width: Math.round(g.lebar * skala),
                                height: Math.round(g.tinggi * skala),
                            },
                            altText: { name: b.id, title: b.judul, description: b.judul },
                        }),
                    ],
                }),
                new Paragraph({
                    alignment: AlignmentType.CENTER,
                    spacing: { after: 200 },
                    children: [new TextRun({ text: b.judul, italics: true, font: FONT, size: 18 })],
                }),
            ];
        }
    }
}
/** "Halaman {halaman} dari {jumlah}" with live page fields. */
function footer(doc, t) {
    const template = t('laporan.footer', { halaman: '\u0000H\u0000', jumlah: '\u0000J\u0000' });
    const gaya = { font: FONT, size: 16, color: '606060' };
    const versi = doc.publik ? t('laporan.footerPublik') : t('laporan.footerInternal');
    // One run per piece: LibreOffice ignores the run size of a field that shares a run with text.
    const runs = [new TextRun({ text: `${doc.judul} · ${versi} · `, ...gaya })];
    for (const part of template.split('\u0000')) {
        if (part === 'H')
            runs.push(new TextRun({ children: [PageNumber.CURRENT], ...gaya }));
        else if (part === 'J')
            runs.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], ...gaya }));
        else if (part)
            runs.push(new TextRun({ text: part, ...gaya }));
    }
    return new Footer({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: runs })],
    });
}
/** Cover page: logo slot, institution, title, year, subtitle, who prepared it and when. */
function sampulDocx(doc) {
    const sp = doc.sampul;
    if (!sp)
        return [
            new Paragraph({
                heading: HeadingLevel.TITLE,
                spacing: { after: 200 },
                children: [new TextRun({ text: doc.judul })],
            }),
            new Paragraph({
                spacing: { after: 300 },
                children: [new TextRun({ text: doc.subjudul, italics: true, font: FONT, size: 22 })],
            }),
        ];
    const tengah = (text, size, extra = {}) => new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
        children: [new TextRun({ text, font: FONT, size, ...extra })],
    });
    const garis = { style: BorderStyle.DASHED, size: 6, color: '999999', space: 12 };
    return [
        new Paragraph({ spacing: { before: 1600 }, children: [] }),
        new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 600 },
            border: { top: garis, bottom: garis, left: garis, right: garis },
            indent: { left: 3400, right: 3400 },
            children: [
                new TextRun({ text: sp.logo, font: FONT, size: 18, color: '808080', break: 2 }),
                new TextRun({ text: '', break: 2 }),
            ],
        }),
        new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [new TextRun({ text: sp.judul.toUpperCase() })],
        }),
        ...(sp.lembaga ? [tengah(sp.lembaga, 32, { bold: true, color: '1F3864' })] : []),
        tengah(sp.tahun, 28),
        tengah(sp.subjudul, 20, { italics: true }),
        new Paragraph({ spacing: { before: 2400 }, children: [] }),
        ...(sp.disusun ? [tengah(sp.disusun, 22)] : []),
        tengah(sp.tanggal, 22),
    ];
}
/** Place and date, the head's title, the signature space and the name. */
function pengesahanDocx(doc) {
    const p = doc.pengesahan;
    if (!p)
        return [];
    const kanan = (text, extra = {}, after = 0) => new Paragraph({
        alignment: AlignmentType.LEFT,
        indent: { left: Math.round(LEBAR_TWIP * 0.55) },
        spacing: { after },
        keepNext: true,
        keepLines: true,
        children: [new TextRun({ text, font: FONT, size: 21, ...extra })],
    });
    return [
        new Paragraph({
            heading: HeadingLevel.HEADING_1,
            pageBreakBefore: true,
            keepNext: true,
            children: [new TextRun({ text: p.judul })],
        }),
        new Paragraph({
            spacing: { after: 480 },
            keepNext: true,
            children: [new TextRun({ text: p.teks, font: FONT, size: 21 })],
        }),
        kanan(p.tempatTanggal),
        kanan(p.jabatan, {}, 1200),
        kanan(p.ttd, { italics: true, color: '808080', size: 16 }),
        kanan(p.nama, { bold: true, underline: {} }),
    ];
}
/** Foreword and table of contents (the chapters' level 1–2 headings), each on its own page. */
function pengantarDocx(doc) {
    const out = [];
    if (doc.pengantar) {
        out.push(new Paragraph({
            pageBreakBefore: true,
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: doc.pengantar.judul, bold: true, size: 30, font: FONT })],
        }), ...doc.pengantar.paragraf.map((x) => new Paragraph({
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: 160 },
            indent: { firstLine: 567 },
            children: [new TextRun({ text: x, font: FONT, size: 21 })],
        })));
        if (doc.pengesahan)
            out.push(new Paragraph({
                indent: { left: Math.round(LEBAR_TWIP * 0.55) },
                spacing: { before: 360 },
                children: [new TextRun({ text: doc.pengesahan.tempatTanggal, font: FONT, size: 21 })],
            }), new Paragraph({
                indent: { left: Math.round(LEBAR_TWIP * 0.55) },
                children: [new TextRun({ text: doc.pengesahan.jabatan, font: FONT, size: 21 })],
            }));
    }
    if (doc.daftarIsi) {
        out.push(new Paragraph({
            pageBreakBefore: true,
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [new TextRun({ text: doc.daftarIsi, bold: true, size: 30, font: FONT })],
        }), ...daftarJudul(doc).map((h) => new Paragraph({
            indent: { left: h.tingkat === 1 ? 0 : 567 },
            spacing: { after: h.tingkat === 1 ? 100 : 40 },
            children: [
                new TextRun({
                    text: h.teks,
                    font: FONT,
                    size: h.tingkat === 1 ? 22 : 20,
                    bold: h.tingkat === 1,
                }),
            ],
        })));
        if (doc.pengesahan)
            out.push(new Paragraph({
                spacing: { after: 100 },
                children: [new TextRun({ text: doc.pengesahan.judul, font: FONT, size: 22, bold: true })],
            }));
    }
    return out;
}
/** The report as a .docx file. */
export async function renderDocx(doc, o) {
    const depan = Boolean(doc.sampul);
    const isi = [...sampulDocx(doc), ...pengantarDocx(doc)];
    doc.bab.forEach((bab, i) => bab.blok.forEach((b, j) => isi.push(...blokDocx(b, o, !depan && i === 0 && j === 0))));
    isi.push(...pengesahanDocx(doc));
    const document = new Document({
        creator: 'lembaga',
        title: doc.judul,
        description: doc.subjudul,
        styles: {
            default: { document: { run: { font: FONT, size: 21 } } },
            paragraphStyles: [
                {
                    id: 'Heading1',
                    name: 'Heading 1',
                    basedOn: 'Normal',
                    next: 'Normal',
                    quickFormat: true,
                    run: { size: 30, bold: true, color: '1F3864', font: FONT },
                    paragraph: { spacing: { before: 240, after: 120 } },
                },
                {
                    id: 'Heading2',
                    name: 'Heading 2',
                    basedOn: 'Normal',
                    next: 'Normal',
                    quickFormat: true,
                    run: { size: 25, bold: true, color: '2F5496', font: FONT },
                    paragraph: { spacing: { before: 240, after: 80 } },
                },
                {
                    id: 'Title',
                    name: 'Title',
                    basedOn: 'Normal',
                    next: 'Normal',
                    run: { size: 40, bold: true, color: '1F3864', font: FONT },
                },
            ],
        },
        sections: [
            {
                properties: {
                    page: {
                        size: { width: 11906, height: 16838 },
                        margin: { top: 1134, bottom: 1134, left: MARGIN, right: MARGIN },
                    },
                },
                footers: { default: footer(doc, o.t) },
                children: isi,
            },
        ],
    });
    return new Uint8Array(await Packer.toBuffer(document));
}
