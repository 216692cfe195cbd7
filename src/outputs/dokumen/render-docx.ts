/**
 * The Word renderer of the document model (docx 9), for the SOP, the SK templates and the
 * annual report: real headings, restartable numbered lists, tables whose header rows repeat
 * on every page (`tableHeader`), a footer from PAGE / NUMPAGES fields, A4 (or F4, 215 × 330 mm,
 * the folio paper many Indonesian offices print decrees on). The house style (gaya.ts) comes
 * from the document. Pure: model in, bytes out; imported lazily by the commands.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type ILevelsOptions,
} from 'docx';
import { GAYA, type GayaDocx, type GayaTeks } from './gaya.js';
import { posisiSel, type Blok, type Naskah, type Rata, type Sel, type Teks } from './model.js';
import type { Kertas } from '../kertas.js';

export interface OpsiDocx {
  kertas?: Kertas;
  /** Footer template with `{x}` (current page) and `{y}` (total pages). */
  halaman?: string;
}

type Isi = Paragraph | Table;
type BlokJenis<J extends Blok['jenis']> = Extract<Blok, { jenis: J }>;

const UKURAN: Record<Kertas, { lebar: number; tinggi: number }> = {
  A4: { lebar: 11906, tinggi: 16838 },
  F4: { lebar: convertMillimetersToTwip(215), tinggi: convertMillimetersToTwip(330) },
};
const UKURAN_ALUR = 18;

const RATA: Record<Rata, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  kiri: AlignmentType.LEFT,
  tengah: AlignmentType.CENTER,
  kanan: AlignmentType.RIGHT,
  penuh: AlignmentType.JUSTIFIED,
};

const HEADING = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/** What a block is drawn with: the house style, the usable width, its place among the blocks. */
interface Konteks {
  g: GayaDocx;
  lebarIsi: number;
  /** The block after this one (an introducing paragraph keeps with its table or list). */
  berikut: Blok | undefined;
  pertama: boolean;
  /** Numbering instance of the next list (each list restarts at 1). */
  daftarKe: () => number;
}

/** Runs of a paragraph; `paksa` sets size or bold for all of them (table cells, roles). */
function runs(isi: readonly Teks[], paksa: { ukuran?: number; tebal?: boolean } = {}): TextRun[] {
  const size = paksa.ukuran ? { size: paksa.ukuran } : {};
  return isi.map((r) =>
    r.penanda
      ? new TextRun({ children: [r.teks, new Tab()], ...size })
      : new TextRun({
          text: r.teks,
          ...(r.tebal || paksa.tebal ? { bold: true } : {}),
          ...(r.miring ? { italics: true } : {}),
          // Blanks the institution must fill stand out when the document is opened.
          ...(r.isian ? { highlight: 'yellow' as const } : {}),
          ...size,
        }),
  );
}

/** A paragraph of plain text in a role's style. */
function paragrafGaya(teks: string, p: GayaTeks, lain: { indentKiri?: number } = {}): Paragraph {
  const spacing = {
    ...(p.sebelum !== undefined ? { before: p.sebelum } : {}),
    ...(p.sesudah !== undefined ? { after: p.sesudah } : {}),
  };
  const indent = {
    ...(lain.indentKiri !== undefined ? { left: lain.indentKiri } : {}),
    ...(p.indenPertama ? { firstLine: p.indenPertama } : {}),
  };
  return new Paragraph({
    ...(p.rata ? { alignment: RATA[p.rata] } : {}),
    ...(p.halamanBaru ? { pageBreakBefore: true } : {}),
    ...(p.tetapBersama ? { keepNext: true } : {}),
    ...(Object.keys(spacing).length ? { spacing } : {}),
    ...(Object.keys(indent).length ? { indent } : {}),
    children: [
      new TextRun({
        text: teks,
        ...(p.tebal ? { bold: true } : {}),
        ...(p.miring ? { italics: true } : {}),
        ...(p.ukuran ? { size: p.ukuran } : {}),
        ...(p.warna ? { color: p.warna } : {}),
      }),
    ],
  });
}

function levels(
  format: (typeof LevelFormat)[keyof typeof LevelFormat],
  text: string,
): ILevelsOptions[] {
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

/* ------------------------------------------------------------- tables */

/** Column widths in twips from relative widths. */
function lebarKolom(kolom: readonly number[], lebarIsi: number): number[] {
  const total = kolom.reduce((a, x) => a + x, 0);
  return kolom.map((k) => Math.floor((k / total) * lebarIsi));
}

interface TabelKonteks {
  b: BlokJenis<'tabel'>;
  g: GayaDocx;
  lebar: number[];
}

function sel(c: Sel, col: number, kepala: boolean, tk: TabelKonteks): TableCell {
  const { b, g } = tk;
  const span = c.rentang ?? 1;
  const lebar = tk.lebar.slice(col, col + span).reduce((a, x) => a + x, 0);
  const ukuran = b.garis ? g.tabel.ukuran(b.kolom.length, kepala) : undefined;
  const tebal = (kepala && g.tabel.kepalaTebal) || c.jumlah;
  const paragraphs = c.paragraf.map(
    (p) =>
      new Paragraph({
        children: runs(p, { ...(ukuran ? { ukuran } : {}), ...(tebal ? { tebal } : {}) }),
        alignment: RATA[c.rata ?? b.rataKolom?.[col] ?? 'kiri'],
        ...(g.tabel.spasi ? { spacing: g.tabel.spasi } : {}),
        // A list item inside a cell hangs its text after the marker, as decrees are typeset.
        ...(p[0]?.penanda
          ? {
              indent: { left: 425, hanging: 425 },
              tabStops: [{ type: TabStopType.LEFT, position: 425 }],
            }
          : {}),
      }),
  );
  const fill = kepala
    ? g.tabel.kepalaIsi
    : c.kelompok
      ? g.tabel.kelompokIsi
      : c.jumlah
        ? g.tabel.jumlahIsi
        : undefined;
  return new TableCell({
    children: paragraphs.length ? paragraphs : [new Paragraph('')],
    width: { size: lebar, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    ...(c.rentangBaris && c.rentangBaris > 1 ? { rowSpan: c.rentangBaris } : {}),
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    margins: g.tabel.margin,
    ...(b.garis ? {} : { borders: TableBorders.NONE }),
  });
}

/** One row, each cell at the column `posisiSel` found for it. */
function barisTabel(
  cells: readonly { sel: Sel; kolom: number }[],
  kepala: boolean,
  tk: TabelKonteks,
) {
  const children = cells.map((c) => sel(c.sel, c.kolom, kepala, tk));
  return new TableRow({ children, ...(kepala ? { tableHeader: true } : {}), cantSplit: true });
}

function tabel(b: BlokJenis<'tabel'>, k: Konteks): Isi[] {
  const { g } = k;
  const tk: TabelKonteks = { b, g, lebar: lebarKolom(b.kolom, k.lebarIsi) };
  const rows = [
    ...posisiSel(b.kepala).map((r) => barisTabel(r, true, tk)),
    ...posisiSel(b.baris).map((r) => barisTabel(r, false, tk)),
  ];
  const out: Isi[] = [];
  if (b.judul) out.push(paragrafGaya(b.judul, g.peran.judulTabel));
  if (b.keterangan) out.push(paragrafGaya(b.keterangan, g.peran.keteranganTabel));
  const borders = b.garis ? g.tabel.garis : TableBorders.NONE;
  out.push(
    new Table({
      rows,
      width: { size: k.lebarIsi, type: WidthType.DXA },
      columnWidths: tk.lebar,
      ...(g.tabel.tetap ? { layout: TableLayoutType.FIXED } : {}),
      ...(borders ? { borders } : {}),
    }),
  );
  for (const c of b.catatan ?? []) out.push(paragrafGaya(c, g.peran.catatanTabel));
  // Word glues consecutive tables together; a spacer paragraph keeps them apart.
  if (g.tabel.pemisah) out.push(new Paragraph({ spacing: { after: 60 }, children: [] }));
  return out;
}

/* ------------------------------------------------------------- other blocks */

function kotakAlur(l: BlokJenis<'alur'>['langkah'][number], lebar: number): Table {
  const garis = { style: BorderStyle.SINGLE, size: 8, color: '2F5496' };
  return new Table({
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
                children: [new TextRun({ text: l.rincian, size: UKURAN_ALUR })],
              }),
            ],
          }),
        ],
      }),
    ],
  });
}

/** The stages as boxes joined by arrows, with the branch taken under a box. */
function alur(b: BlokJenis<'alur'>, lebarIsi: number): Isi[] {
  const out: Isi[] = [];
  const lebar = Math.floor(lebarIsi * 0.7);
  b.langkah.forEach((l, i) => {
    out.push(kotakAlur(l, lebar));
    if (l.cabang)
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 40, after: 0 },
          children: [new TextRun({ text: l.cabang, italics: true, size: UKURAN_ALUR })],
        }),
      );
    if (i < b.langkah.length - 1)
      out.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          children: [new TextRun({ text: '▼', color: '2F5496' })],
        }),
      );
  });
  return out;
}

function gambar(b: BlokJenis<'gambar'>, k: Konteks): Isi[] {
  const g = b.png;
  if (!g) return [];
  // Fit to the text width (points → pixels at 96 dpi).
  const maxPx = Math.round((k.lebarIsi / 20) * (96 / 72));
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
    paragrafGaya(b.judul, k.g.peran.keteranganGambar),
  ];
}

/** Cover page: logo frame, title, institution, year, subtitle, who prepared it and when. */
function sampul(b: BlokJenis<'sampul'>): Isi[] {
  const tengah = (text: string, size: number, extra: Record<string, unknown> = {}) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text, size, ...extra })],
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
        new TextRun({ text: b.logo, size: 18, color: '808080', break: 2 }),
        new TextRun({ text: '', break: 2 }),
      ],
    }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [new TextRun({ text: b.judul.toUpperCase() })],
    }),
    ...(b.lembaga ? [tengah(b.lembaga, 32, { bold: true, color: '1F3864' })] : []),
    tengah(b.tahun, 28),
    tengah(b.subjudul, 20, { italics: true }),
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    ...(b.disusun ? [tengah(b.disusun, 22)] : []),
    tengah(b.tanggal, 22),
  ];
}

function daftarIsi(b: BlokJenis<'daftarIsi'>): Isi[] {
  return b.entri.map(
    (h) =>
      new Paragraph({
        indent: { left: h.tingkat === 1 ? 0 : 567 },
        spacing: { after: h.tingkat === 1 ? 100 : 40 },
        children: [
          new TextRun({
            text: h.teks,
            size: h.tingkat === 1 ? 22 : 20,
            ...(h.tingkat === 1 ? { bold: true } : {}),
          }),
        ],
      }),
  );
}

/** Signature on the right half: place and date, title, the space to sign, the name underlined. */
function tandaTangan(b: BlokJenis<'tandaTangan'>, k: Konteks): Isi[] {
  const left = Math.round(k.lebarIsi * 0.55);
  if (b.nama === undefined)
    return [
      new Paragraph({
        indent: { left },
        spacing: { before: 360 },
        children: [new TextRun({ text: b.tempatTanggal })],
      }),
      new Paragraph({ indent: { left }, children: [new TextRun({ text: b.jabatan })] }),
    ];
  const kanan = (text: string, extra: Record<string, unknown> = {}, after = 0, before = 0) =>
    new Paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left },
      spacing: before ? { before, after } : { after },
      keepNext: true,
      keepLines: true,
      children: [new TextRun({ text, ...extra })],
    });
  return [
    kanan(b.tempatTanggal, {}, 0, 380),
    kanan(b.jabatan, {}, 1200),
    kanan(b.ruang ?? '', { italics: true, color: '808080', size: 16 }),
    kanan(b.nama, { bold: true, underline: {} }),
  ];
}

function judul(b: BlokJenis<'judul'>, k: Konteks): Isi[] {
  if (b.depan) return [paragrafGaya(b.isi.map((r) => r.teks).join(''), k.g.peran.judulDepan)];
  return [
    new Paragraph({
      heading: HEADING[b.tingkat],
      ...(b.rata ? { alignment: RATA[b.rata] } : {}),
      ...(k.g.babHalamanBaru && b.tingkat === 1 && !k.pertama ? { pageBreakBefore: true } : {}),
      keepNext: true,
      children: runs(b.isi),
    }),
  ];
}

function paragraf(b: BlokJenis<'paragraf'>, k: Konteks): Isi[] {
  const p = b.gaya ? k.g.peran[b.gaya] : {};
  const rata = b.rata ?? p.rata;
  const after = p.sesudah ?? k.g.paragrafSesudah;
  // An introducing paragraph stays on the page of the table or list it introduces.
  const keepNext = ['tabel', 'daftar', 'tandaTangan'].includes(k.berikut?.jenis ?? '');
  return [
    new Paragraph({
      ...(rata ? { alignment: RATA[rata] } : {}),
      children: runs(b.isi, p.ukuran ? { ukuran: p.ukuran } : {}),
      spacing: { after },
      ...(p.indenPertama ? { indent: { firstLine: p.indenPertama } } : {}),
      ...(keepNext ? { keepNext } : {}),
    }),
  ];
}

function daftar(b: BlokJenis<'daftar'>, k: Konteks): Isi[] {
  const instance = k.daftarKe();
  return b.butir.map(
    (item) =>
      new Paragraph({
        numbering: { reference: b.gaya, level: 0, instance },
        children: runs(item),
        spacing: { after: k.g.daftarSesudah },
      }),
  );
}

function blokDocx(b: Exclude<Blok, { jenis: 'orientasi' }>, k: Konteks): Isi[] {
  switch (b.jenis) {
    case 'judul':
      return judul(b, k);
    case 'paragraf':
      return paragraf(b, k);
    case 'daftar':
      return daftar(b, k);
    case 'tabel':
      return tabel(b, k);
    case 'alur':
      return alur(b, k.lebarIsi);
    case 'gambar':
      return gambar(b, k);
    case 'sampul':
      return sampul(b);
    case 'daftarIsi':
      return daftarIsi(b);
    case 'tandaTangan':
      return tandaTangan(b, k);
    case 'halamanBaru':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/* ------------------------------------------------------------- the document */

interface Bagian {
  lanskap: boolean;
  children: Isi[];
}

/** The blocks as Word sections: one per run of pages in one orientation (landscape for wide tables). */
function bagianDokumen(doc: Naskah, g: GayaDocx, kertas: { lebar: number; tinggi: number }) {
  const sections: Bagian[] = [{ lanskap: false, children: [] }];
  let n = 0;
  const daftarKe = () => ++n;
  doc.blok.forEach((b, i) => {
    let cur = sections[sections.length - 1]!;
    if (b.jenis === 'orientasi') {
      if (b.lanskap !== cur.lanskap) {
        if (cur.children.length === 0) cur.lanskap = b.lanskap;
        else sections.push({ lanskap: b.lanskap, children: [] });
      }
      return;
    }
    cur = sections[sections.length - 1]!;
    const lebarIsi = (cur.lanskap ? kertas.tinggi : kertas.lebar) - g.margin.left - g.margin.right;
    const k: Konteks = { g, lebarIsi, berikut: doc.blok[i + 1], pertama: i === 0, daftarKe };
    cur.children.push(...blokDocx(b, k));
  });
  return sections;
}

/** Footer "Halaman X dari Y": one run per piece, as LibreOffice ignores the size of a field sharing a run. */
function kaki(template: string, g: GayaDocx): Footer {
  const gaya = {
    ...(g.kaki.ukuran ? { size: g.kaki.ukuran } : {}),
    ...(g.kaki.warna ? { color: g.kaki.warna } : {}),
  };
  const children: TextRun[] = [];
  for (const part of template.split(/(\{x\}|\{y\})/)) {
    if (part === '{x}') children.push(new TextRun({ children: [PageNumber.CURRENT], ...gaya }));
    else if (part === '{y}')
      children.push(new TextRun({ children: [PageNumber.TOTAL_PAGES], ...gaya }));
    else if (part) children.push(new TextRun({ text: part, ...gaya }));
  }
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children })],
  });
}

/** Render a document to .docx bytes. */
export async function renderDocx(doc: Naskah, opsi: OpsiDocx = {}): Promise<Uint8Array> {
  const g = GAYA[doc.gaya ?? 'dinas'];
  const kertas = UKURAN[opsi.kertas ?? 'A4'];
  const template = opsi.halaman ?? 'Halaman {x} dari {y}';
  const document = new Document({
    title: doc.judul,
    creator: 'lembaga',
    ...(doc.keterangan ? { description: doc.keterangan } : {}),
    styles: {
      default: { document: { run: { font: g.font, size: g.ukuran } } },
      paragraphStyles: g.gayaWord,
    },
    numbering: {
      config: [
        { reference: 'angka', levels: levels(LevelFormat.DECIMAL, '%1.') },
        { reference: 'huruf', levels: levels(LevelFormat.LOWER_LETTER, '%1.') },
        { reference: 'butir', levels: levels(LevelFormat.BULLET, '•') },
      ],
    },
    sections: bagianDokumen(doc, g, kertas).map((sec) => ({
      properties: {
        page: {
          // docx swaps width and height itself for landscape: always pass the portrait size.
          size: {
            width: kertas.lebar,
            height: kertas.tinggi,
            orientation: sec.lanskap ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: g.margin,
        },
      },
      footers: { default: kaki(template, g) },
      children: sec.children.length ? sec.children : [new Paragraph('')],
    })),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
