/**
 * Our own streaming .xlsx writer (issue 16): rows go straight into their sheet's deflate
 * stream as XML (zip-tulis.ts), in row order, and leave memory; no per-cell objects. Styles
 * are shared: a cell carries the index of one of a small table of formats (`gaya`), each
 * distinct combination of number format, font, fill, border and alignment registered once,
 * so styles.xml stays the same size whatever the number of rows. Strings are inline (no
 * shared-string table to hold). Each sheet is a part of its own, so several can be filled at
 * once (one pass over the cases feeds every sheet of the books).
 *
 * What the books use is what is here: column widths and column formats, frozen panes, merged
 * cells, row heights, hidden rows, an autofilter, list validations, page breaks, and the
 * print setup (paper, orientation, fit to width, centred, margins, footer, print titles as
 * the defined name `_xlnm.Print_Titles`), and cell notes (the rejected rows of `impor`: a
 * comments part and its VML drawing, streamed beside the sheet). Dates are written as serial
 * numbers under a date format (calendar dates, UTC: core/excel.ts).
 */
import { hurufKolom } from '../../core/excel.js';
import { ZipTulis, type BagianAliran } from './zip-tulis.js';

/** A cell format: every part optional; the default is Calibri 11, no border, General. */
export interface Gaya {
  numFmt?: string;
  font?: { bold?: boolean; italic?: boolean; size?: number };
  /** A solid fill, ARGB ("FFD9E1F2"). */
  fill?: string;
  /** Thin lines on all four sides, or under the cell only. */
  border?: 'tipis' | 'bawah';
  alignment?: {
    horizontal?: 'left' | 'center' | 'right';
    vertical?: 'top' | 'middle' | 'bottom';
    wrapText?: boolean;
  };
}

/** A cell's value: text, number, TRUE/FALSE, a date (UTC midnight), or empty (null: a styled empty cell). */
export type Nilai = string | number | boolean | Date | null;

export interface OpsiCetak {
  /** Excel paper size: 9 = A4, 14 = F4/folio. */
  kertas?: number;
  portrait?: boolean;
  /** Pages tall when fitting to the page width (0 = as many as needed). */
  fitToHeight?: number;
  /** Rows repeated on every printed page, "6:6". */
  judulBaris?: string;
  /** Footer of every page (Excel header/footer codes). */
  footer?: string;
}

export interface OpsiLembar {
  /** Width and format of each column (index 0 = column A). */
  kolom?: readonly ({ lebar?: number; gaya?: number } | undefined)[];
  /** Frozen panes: columns left of `x`, rows above `y`. */
  beku?: { x?: number; y?: number };
  cetak?: OpsiCetak;
  tersembunyi?: boolean;
}

export interface Validasi {
  sqref: string;
  /** The list: a quoted literal ("\"a,b\"") or a range (Daftar!$A$2:$A$9). */
  rumus: string;
  ketat: boolean;
  judul: string;
  pesan: string;
}

export interface OpsiBaris {
  tinggi?: number;
  sembunyi?: boolean;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const KONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const PERLU_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text as XML content or attribute value; control characters XML forbids are dropped. */
export function esc(s: string): string {
  if (!PERLU_ESCAPE.test(s)) return s;
  return s
    .replace(KONTROL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Column letters of columns 1..16384, computed once. */
const HURUF: string[] = [];
const huruf = (c: number): string => (HURUF[c] ??= hurufKolom(c));

const EPOCH_MS = Date.UTC(1899, 11, 30);
const serial = (d: Date): number => (d.getTime() - EPOCH_MS) / 86400000;

/** Built-in number formats Excel knows by id. */
const FORMAT_BAWAAN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '@': 49,
};

/** The workbook: sheets, the shared style table, and the parts that tie them together. */
export class BukuKerja {
  readonly zip: ZipTulis;
  private readonly lembarList: LembarXlsx[] = [];
  private readonly gayaKey = new Map<string, number>();
  private readonly xfs: string[] = [];
  private readonly fonts: string[] = [];
  private readonly fills: string[] = [];
  private readonly borders: string[] = [];
  private readonly numFmts: string[] = [];
  private readonly dibuat: Date;
  private readonly pembuat: string;

  constructor(opsi: { level?: number; dibuat?: Date; pembuat?: string } = {}) {
    this.zip = new ZipTulis({ level: opsi.level });
    this.dibuat = opsi.dibuat ?? new Date(Date.UTC(2020, 0, 1));
    this.pembuat = opsi.pembuat ?? 'lembaga';
    this.fonts.push('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>');
    this.fills.push(
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
    );
    this.borders.push('<border><left/><right/><top/><bottom/><diagonal/></border>');
    this.gaya({});
  }

  /** The index of a format in the shared table (registered on first use). */
  gaya(g: Gaya): number {
    const key = JSON.stringify([
      g.numFmt ?? '',
      g.font?.bold ?? false,
      g.font?.italic ?? false,
      g.font?.size ?? 0,
      g.fill ?? '',
      g.border ?? '',
      g.alignment?.horizontal ?? '',
      g.alignment?.vertical ?? '',
      g.alignment?.wrapText ?? null,
    ]);
    const ada = this.gayaKey.get(key);
    if (ada !== undefined) return ada;
    const numFmtId = this.numFmtId(g.numFmt);
    const fontId = g.font ? this.indeks(this.fonts, fontXml(g.font)) : 0;
    const fillId = g.fill
      ? this.indeks(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${esc(g.fill)}"/></patternFill></fill>`,
        )
      : 0;
    const borderId = g.border
      ? this.indeks(
          this.borders,
          g.border === 'tipis'
            ? '<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>'
            : '<border><left/><right/><top/><bottom style="thin"/><diagonal/></border>',
        )
      : 0;
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    const a = g.alignment;
    if (a && (a.horizontal || a.vertical || a.wrapText)) {
      xf += ' applyAlignment="1"><alignment';
      if (a.horizontal) xf += ` horizontal="${a.horizontal}"`;
      if (a.vertical) xf += ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"`;
      if (a.wrapText) xf += ' wrapText="1"';
      xf += '/></xf>';
    } else xf += '/>';
    const id = this.xfs.length;
    this.xfs.push(xf);
    this.gayaKey.set(key, id);
    return id;
  }

  /**
   * The sheets with more rows than Excel opens (1 048 576 a sheet): the file is valid and our
   * reader reads it whole, but Excel shows only the first rows. The command says so.
   */
  lewatBatasExcel(): { nama: string; baris: number }[] {
    return this.lembarList
      .filter((l) => l.jumlahBaris > BARIS_MAKS_EXCEL)
      .map((l) => ({ nama: l.nama, baris: l.jumlahBaris }));
  }

  /** Number of cell formats registered (styles.xml `cellXfs`). */
  get jumlahGaya(): number {
    return this.xfs.length;
  }

  private indeks(list: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    return list.length - 1;
  }

  private numFmtId(f: string | undefined): number {
    if (!f) return 0;
    const b = FORMAT_BAWAAN[f];
    if (b !== undefined) return b;
    return 164 + this.indeks(this.numFmts, f);
  }

  /** A new sheet; its part is begun now (sheets can be filled side by side). */
  lembar(nama: string, opsi: OpsiLembar = {}): LembarXlsx {
    const no = this.lembarList.length + 1;
    const ws = new LembarXlsx(
      nama,
      no,
      this.zip.aliran(`xl/worksheets/sheet${no}.xml`),
      opsi,
      this.zip,
    );
    this.lembarList.push(ws);
    return ws;
  }

  /** Every sheet closed: write the workbook, its relations, styles and properties. */
  async selesai(): Promise<void> {
    for (const ws of this.lembarList) if (!ws.tertutup) await ws.tutup();
    const z = this.zip;
    const sheets = this.lembarList;
    z.tambah(
      '[Content_Types].xml',
      XML +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        (sheets.some((s) => s.adaCatatan)
          ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
          : '') +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (s) =>
              `<Override PartName="/xl/worksheets/sheet${s.no}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
              (s.adaCatatan
                ? `<Override PartName="/xl/comments${s.no}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`
                : ''),
          )
          .join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
        '</Types>',
    );
    z.tambah(
      '_rels/.rels',
      XML +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${NS_R}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${NS_R}/extended-properties" Target="docProps/app.xml"/>` +
        '</Relationships>',
    );
    const tgl = this.dibuat.toISOString().replace(/\.\d{3}Z$/, 'Z');
    z.tambah(
      'docProps/core.xml',
      XML +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>${esc(this.pembuat)}</dc:creator><cp:lastModifiedBy>${esc(this.pembuat)}</cp:lastModifiedBy>` +
        `<dcterms:created xsi:type="dcterms:W3CDTF">${tgl}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${tgl}</dcterms:modified>` +
        '</cp:coreProperties>',
    );
    z.tambah(
      'docProps/app.xml',
      XML +
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        `<Application>${esc(this.pembuat)}</Application>` +
        '</Properties>',
    );
    const names = sheets
      .map((s, i) =>
        s.judulBaris
          ? `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(kutip(s.nama))}!${s.judulBaris}</definedName>`
          : '',
      )
      .join('');
    z.tambah(
      'xl/workbook.xml',
      XML +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr/>` +
        '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets>' +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${esc(s.nama)}" sheetId="${s.no}"${s.tersembunyi ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
          )
          .join('') +
        '</sheets>' +
        (names ? `<definedNames>${names}</definedNames>` : '') +
        '<calcPr calcId="171027"/></workbook>',
    );
    z.tambah(
      'xl/_rels/workbook.xml.rels',
      XML +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        sheets
          .map(
            (s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${NS_R}/worksheet" Target="worksheets/sheet${s.no}.xml"/>`,
          )
          .join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${NS_R}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    );
    z.tambah('xl/styles.xml', this.stylesXml());
  }

  private stylesXml(): string {
    const nf = this.numFmts;
    return (
      XML +
      `<styleSheet xmlns="${NS_MAIN}">` +
      (nf.length
        ? `<numFmts count="${nf.length}">${nf.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('')}</numFmts>`
        : '') +
      `<fonts count="${this.fonts.length}">${this.fonts.join('')}</fonts>` +
      `<fills count="${this.fills.length}">${this.fills.join('')}</fills>` +
      `<borders count="${this.borders.length}">${this.borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }

  /** The finished archive in memory. */
  bytes(): Uint8Array {
    return this.zip.bytes();
  }

  /** The finished archive piece by piece (a large workbook goes to its file this way). */
  potongan(): Generator<Buffer> {
    return this.zip.potongan();
  }

  /** Remove the temporary files. */
  buang(): void {
    this.zip.buang();
  }
}

function fontXml(f: NonNullable<Gaya['font']>): string {
  return `<font>${f.bold ? '<b/>' : ''}${f.italic ? '<i/>' : ''}${f.size ? `<sz val="${f.size}"/>` : ''}</font>`;
}

/** A sheet name as a formula reference: always quoted, quotes doubled. */
const kutip = (nama: string) => `'${nama.replace(/'/g, "''")}'`;

/** One sheet: rows in ascending order, then what follows the data (merges, filter, setup). */
/** Excel's rows per sheet. */
export const BARIS_MAKS_EXCEL = 1_048_576;

export class LembarXlsx {
  tertutup = false;
  readonly tersembunyi: boolean;
  /** Print titles as "$6:$6" (for the defined name), or null. */
  readonly judulBaris: string | null;
  private barisTerakhir = 0;
  private readonly merges: string[] = [];
  /** Merges within one row, as numbers (one per case in the summaries: no string each). */
  private gabungan = new Int32Array(0);
  private nGabungan = 0;
  private readonly breaks: number[] = [];
  private readonly validasi: Validasi[] = [];
  private filter: string | null = null;
  /** Cells of rows not yet written (`sel`), by row then column. */
  private readonly tunda = new Map<
    number,
    { sel: Map<number, [Nilai, number]>; opsi?: OpsiBaris }
  >();

  /** The notes' parts (comments and their VML shapes), begun with the first note. */
  private catatanXml: BagianAliran | null = null;
  private vml: BagianAliran | null = null;
  private nCatatan = 0;

  constructor(
    readonly nama: string,
    readonly no: number,
    private readonly out: BagianAliran,
    private readonly opsi: OpsiLembar,
    private readonly zip?: ZipTulis,
  ) {
    this.tersembunyi = Boolean(opsi.tersembunyi);
    const jb = opsi.cetak?.judulBaris;
    this.judulBaris = jb ? jb.replace(/(\d+)/g, '$$$1') : null;
    let head = `${XML}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">`;
    if (opsi.cetak) head += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    const x = opsi.beku?.x ?? 0;
    const y = opsi.beku?.y ?? 0;
    if (x || y) {
      const pane = x && y ? 'bottomRight' : y ? 'bottomLeft' : 'topRight';
      head +=
        '<sheetViews><sheetView workbookViewId="0"><pane' +
        (x ? ` xSplit="${x}"` : '') +
        (y ? ` ySplit="${y}"` : '') +
        ` topLeftCell="${huruf(x + 1)}${y + 1}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}"/></sheetView></sheetViews>`;
    } else head += '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    head += '<sheetFormatPr defaultRowHeight="15"/>';
    const cols = (opsi.kolom ?? [])
      .map((k, i) =>
        k && (k.lebar !== undefined || k.gaya)
          ? `<col min="${i + 1}" max="${i + 1}"${k.lebar !== undefined ? ` width="${k.lebar}" customWidth="1"` : ''}${k.gaya ? ` style="${k.gaya}"` : ''}/>`
          : '',
      )
      .join('');
    if (cols) head += `<cols>${cols}</cols>`;
    head += '<sheetData>';
    void this.out.tulis(head);
  }

  /** The last row written. */
  get jumlahBaris(): number {
    return this.barisTerakhir;
  }

  /**
   * Write row `r` (rows in ascending order): `nilai[i]` goes to column `dari + i` with style
   * `gaya` (one for all, or one per cell). An `undefined` value writes no cell; `null` an
   * empty cell when it has a style. Await the result when it is a promise (back-pressure).
   */
  baris(
    r: number,
    nilai: readonly (Nilai | undefined)[],
    gaya: number | readonly number[] = 0,
    opsi?: OpsiBaris,
    dari = 1,
  ): Promise<void> | undefined {
    if (this.tunda.size) {
      const p = this.tunda.get(r);
      this.kirimSampai(r - 1);
      if (p) {
        // Cells given now win over those set earlier with `sel`.
        this.tunda.delete(r);
        nilai.forEach((v, i) => {
          if (v !== undefined)
            p.sel.set(dari + i, [v, typeof gaya === 'number' ? gaya : (gaya[i] ?? 0)]);
        });
        return this.tulisTunda(r, p.sel, opsi ?? p.opsi);
      }
    }
    if (r <= this.barisTerakhir)
      throw new Error(`${this.nama}: baris ${r} ditulis setelah baris ${this.barisTerakhir}`);
    this.barisTerakhir = r;
    let s = `<row r="${r}"`;
    if (opsi?.tinggi !== undefined) s += ` ht="${opsi.tinggi}" customHeight="1"`;
    if (opsi?.sembunyi) s += ' hidden="1"';
    s += '>';
    const satu = typeof gaya === 'number';
    for (let i = 0; i < nilai.length; i++) {
      const v = nilai[i];
      if (v === undefined) continue;
      const st = satu ? gaya : (gaya[i] ?? 0);
      const ref = huruf(dari + i) + r;
      const sa = st ? ` s="${st}"` : '';
      if (v === null || v === '') {
        if (st) s += `<c r="${ref}"${sa}/>`;
      } else if (typeof v === 'number') {
        s += Number.isFinite(v) ? `<c r="${ref}"${sa}><v>${v}</v></c>` : `<c r="${ref}"${sa}/>`;
      } else if (typeof v === 'string') {
        const sp = v.trim() !== v ? ' xml:space="preserve"' : '';
        s += `<c r="${ref}"${sa} t="inlineStr"><is><t${sp}>${esc(v)}</t></is></c>`;
      } else if (typeof v === 'boolean') {
        s += `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
      } else {
        const n = serial(v);
        s += Number.isFinite(n) ? `<c r="${ref}"${sa}><v>${n}</v></c>` : `<c r="${ref}"${sa}/>`;
      }
    }
    s += '</row>';
    return this.out.tulis(s);
  }

  /** A cell of a row written later (by `kirim`, `tutup` or a `baris` past it). */
  sel(r: number, c: number, v: Nilai, gaya = 0): void {
    if (r <= this.barisTerakhir)
      throw new Error(`${this.nama}: baris ${r} ditulis setelah baris ${this.barisTerakhir}`);
    let p = this.tunda.get(r);
    if (!p) this.tunda.set(r, (p = { sel: new Map() }));
    p.sel.set(c, [v, gaya]);
  }

  /** Height or hiding of a row written later. */
  opsiBaris(r: number, opsi: OpsiBaris): void {
    let p = this.tunda.get(r);
    if (!p) this.tunda.set(r, (p = { sel: new Map() }));
    p.opsi = { ...p.opsi, ...opsi };
  }

  /** Merge `dari`–`sampai` of row `r` with value `v` (set with `sel`): every cell styled alike. */
  gabungSel(r: number, dari: number, sampai: number, v: Nilai, gaya: number): void {
    this.sel(r, dari, v, gaya);
    for (let c = dari + 1; c <= sampai; c++) this.sel(r, c, null, gaya);
    this.gabung(`${huruf(dari)}${r}:${huruf(sampai)}${r}`);
  }

  /** Write the rows set with `sel` up to row `sampai`. */
  async kirim(sampai = Infinity): Promise<void> {
    this.kirimSampai(sampai);
    await this.out.tulis('');
  }

  private kirimSampai(sampai: number): void {
    const rows = [...this.tunda.keys()].filter((r) => r <= sampai).sort((a, b) => a - b);
    for (const r of rows) {
      const p = this.tunda.get(r)!;
      this.tunda.delete(r);
      void this.tulisTunda(r, p.sel, p.opsi);
    }
  }

  private tulisTunda(
    r: number,
    sel: Map<number, [Nilai, number]>,
    opsi: OpsiBaris | undefined,
  ): Promise<void> | undefined {
    const cols = [...sel.keys()].sort((a, b) => a - b);
    const dari = cols[0] ?? 1;
    const nilai: (Nilai | undefined)[] = [];
    const gaya: number[] = [];
    for (const c of cols) {
      const [v, s] = sel.get(c)!;
      nilai[c - dari] = v;
      gaya[c - dari] = s;
    }
    return this.baris(r, nilai, gaya, opsi, dari);
  }

  /** Whether the sheet has notes (its comments part is in the workbook). */
  get adaCatatan(): boolean {
    return this.nCatatan > 0;
  }

  /**
   * A note on cell (r, c), shown when the pointer rests on the cell (Excel's red corner).
   * Notes go to their own parts as they come, in any order of cells. Await the result when
   * it is a promise (back-pressure).
   */
  catatan(r: number, c: number, teks: string): Promise<void> | undefined {
    if (!this.zip) throw new Error(`${this.nama}: catatan tanpa buku kerja`);
    if (!this.catatanXml || !this.vml) {
      this.catatanXml = this.zip.aliran(`xl/comments${this.no}.xml`);
      this.vml = this.zip.aliran(`xl/drawings/vmlDrawing${this.no}.vml`);
      void this.catatanXml.tulis(
        `${XML}<comments xmlns="${NS_MAIN}"><authors><author>lembaga</author></authors><commentList>`,
      );
      void this.vml.tulis(
        `${XML}<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
          `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${this.no}"/></o:shapelayout>` +
          '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
      );
    }
    this.nCatatan++;
    const a = this.catatanXml.tulis(
      `<comment ref="${huruf(c)}${r}" authorId="0"><text><r><t xml:space="preserve">${esc(teks)}</t></r></text></comment>`,
    );
    // The note's box (hidden until pointed at): anchored right of the cell, as Excel places it.
    const b = this.vml.tulis(
      `<v:shape id="_x0000_s${1024 * this.no + this.nCatatan}" type="#_x0000_t202" style="position:absolute;margin-left:105.3pt;margin-top:10.5pt;width:97.8pt;height:59.1pt;z-index:1;visibility:hidden" fillcolor="infoBackground [80]" strokecolor="none [81]" o:insetmode="auto">` +
        '<v:fill color2="infoBackground [80]"/><v:shadow color="none [81]" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"/></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${c}, 6, ${Math.max(0, r - 2)}, 14, ${c + 2}, 2, ${r + 2}, 16</x:Anchor>` +
        `<x:AutoFill>False</x:AutoFill><x:Row>${r - 1}</x:Row><x:Column>${c - 1}</x:Column></x:ClientData></v:shape>`,
    );
    return a && b ? Promise.all([a, b]).then(() => undefined) : (a ?? b);
  }

  /** Merge a range ("A1:N1"); ranges never overlap in what we write. */
  gabung(ref: string): void {
    this.merges.push(ref);
  }

  /** Merge columns `dari`–`sampai` of row `r`. */
  gabungBaris(r: number, dari: number, sampai: number): void {
    if (this.nGabungan + 3 > this.gabungan.length) {
      const b = new Int32Array(Math.max(96, this.gabungan.length * 2));
      b.set(this.gabungan);
      this.gabungan = b;
    }
    this.gabungan[this.nGabungan++] = r;
    this.gabungan[this.nGabungan++] = dari;
    this.gabungan[this.nGabungan++] = sampai;
  }

  /** A manual page break under row `r`. */
  pemisah(r: number): void {
    this.breaks.push(r);
  }

  autoFilter(ref: string): void {
    this.filter = ref;
  }

  tambahValidasi(v: Validasi): void {
    this.validasi.push(v);
  }

  /** End the sheet: what follows the rows, then its part is complete. */
  async tutup(): Promise<void> {
    if (this.tertutup) return;
    this.kirimSampai(Infinity);
    this.tertutup = true;
    let s = '</sheetData>';
    if (this.filter) s += `<autoFilter ref="${this.filter}"/>`;
    const nMerge = this.merges.length + this.nGabungan / 3;
    if (nMerge) {
      s += `<mergeCells count="${nMerge}">`;
      await this.out.tulis(s);
      s = '';
      const g = this.gabungan;
      for (let i = 0; i < this.nGabungan; i += 3) {
        s += `<mergeCell ref="${huruf(g[i + 1]!)}${g[i]}:${huruf(g[i + 2]!)}${g[i]}"/>`;
        if (s.length > 65536) {
          await this.out.tulis(s);
          s = '';
        }
      }
      for (const m of this.merges) {
        s += `<mergeCell ref="${m}"/>`;
        if (s.length > 65536) {
          await this.out.tulis(s);
          s = '';
        }
      }
      s += '</mergeCells>';
    }
    if (this.validasi.length) {
      s += `<dataValidations count="${this.validasi.length}">`;
      for (const v of this.validasi)
        s +=
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorStyle="${v.ketat ? 'stop' : 'warning'}"` +
          ` errorTitle="${esc(v.judul)}" error="${esc(v.pesan)}" sqref="${v.sqref}"><formula1>${esc(v.rumus)}</formula1></dataValidation>`;
      s += '</dataValidations>';
    }
    const c = this.opsi.cetak;
    if (c) {
      s +=
        '<printOptions horizontalCentered="1"/>' +
        '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
        `<pageSetup paperSize="${c.kertas ?? 9}" orientation="${c.portrait ? 'portrait' : 'landscape'}" fitToWidth="1" fitToHeight="${c.fitToHeight ?? 0}"/>`;
      if (c.footer)
        s += `<headerFooter><oddFooter>${esc(c.footer)}</oddFooter><evenFooter>${esc(c.footer)}</evenFooter></headerFooter>`;
    } else
      s +=
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (this.breaks.length) {
      s += `<rowBreaks count="${this.breaks.length}" manualBreakCount="${this.breaks.length}">`;
      for (const b of this.breaks) {
        s += `<brk id="${b}" max="16383" man="1"/>`;
        if (s.length > 65536) {
          await this.out.tulis(s);
          s = '';
        }
      }
      s += '</rowBreaks>';
    }
    if (this.nCatatan) s += '<legacyDrawing r:id="rId1"/>';
    s += '</worksheet>';
    await this.out.tulis(s);
    if (this.catatanXml && this.vml && this.zip) {
      await this.catatanXml.tulis('</commentList></comments>');
      await this.catatanXml.akhiri();
      await this.vml.tulis('</xml>');
      await this.vml.akhiri();
      this.zip.tambah(
        `xl/worksheets/_rels/sheet${this.no}.xml.rels`,
        XML +
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="${NS_R}/vmlDrawing" Target="../drawings/vmlDrawing${this.no}.vml"/>` +
          `<Relationship Id="rId2" Type="${NS_R}/comments" Target="../comments${this.no}.xml"/>` +
          '</Relationships>',
      );
    }
    this.merges.length = 0;
    this.gabungan = new Int32Array(0);
    this.breaks.length = 0;
    await this.out.akhiri();
  }
}
