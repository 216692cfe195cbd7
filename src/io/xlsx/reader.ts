/**
 * A small streaming .xlsx reader of our own (yauzl + a small XML scanner, scan.ts). docs/pustaka.md measured
 * exceljs's streaming reader growing with the sheet and 6× slower than a reader of
 * this shape; for the canonical register — a layout we define — this is enough:
 * sheets found by name through the workbook relationships, shared strings, the
 * styles that make a number a date, and each sheet's rows delivered one at a time.
 * Nothing of the sheet XML is kept. Bad input becomes an `XlsxError`, never a crash.
 */
import { promises as fs } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { CellValue, XlsxCell } from './cell.js';
import { colIndex, isDateFormat, serialToIso } from './cell.js';
import { hurufKolom } from '../../core/excel.js';
import { XlsxError } from './errors.js';
import { openArchive, type ZipArchive } from './zip.js';
import { SheetScanner } from './scan.js';

export interface XlsxLimits {
  /** Sum of the declared uncompressed sizes of every part (zip-bomb guard). */
  maxUncompressedBytes: number;
  /** Rows (XML row elements) per sheet. */
  maxRows: number;
  maxEntries: number;
}

/**
 * Measured to work with the default heap (`node scripts/limits.mjs`, SECURITY.md): a
 * 300 000-case register (626 MB uncompressed, ~900 000 Kegiatan rows) is read in full. The
 * sheet is streamed, so the size limit guards against zip bombs, not memory: the cases read
 * are what memory holds, and the rows-per-sheet limit bounds them.
 */
export const DEFAULT_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 1024 * 1024 * 1024,
  maxRows: 100_000,
  maxEntries: 10_000,
};

/**
 * A canonical register read case by case (issue 16) holds one window of cases, not the register:
 * its size bounds the time a read takes, not memory. Measured with the default heap at 1 000 000
 * cases, 3 000 000 activities and 6 200 000 supervision sessions (4.2 GB uncompressed;
 * `npm run bench -- --sizes 1000000`, SECURITY.md). A register that cannot stream (sheets out
 * of order) is read whole, within DEFAULT_LIMITS.
 */
export const ALIR_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 6 * 1024 * 1024 * 1024,
  maxRows: 10_000_000,
  maxEntries: 10_000,
};

/**
 * The limits, raised by the environment where a user needs it (the messages name
 * these variables): LEMBAGA_MAKS_XLSX_MB, LEMBAGA_MAKS_BARIS.
 */
export function limitsFromEnv(
  env: Record<string, string | undefined>,
  dasar: XlsxLimits = DEFAULT_LIMITS,
): XlsxLimits {
  const mb = Number(env.LEMBAGA_MAKS_XLSX_MB);
  const rows = Number(env.LEMBAGA_MAKS_BARIS);
  return {
    ...dasar,
    maxUncompressedBytes: mb > 0 ? mb * 1024 * 1024 : dasar.maxUncompressedBytes,
    maxRows: rows > 0 ? Math.floor(rows) : dasar.maxRows,
  };
}

export interface SheetInfo {
  name: string;
  /** Part name inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  part: string;
  state: 'visible' | 'hidden' | 'veryHidden';
}

export interface XlsxBook {
  sheets: SheetInfo[];
  /** Sheet by name, ignoring case and surrounding spaces. */
  sheet(name: string): SheetInfo | null;
  /**
   * Stream a sheet's non-empty rows in order. `onRow` returning false stops reading.
   * Rejects with XlsxError (row limit, broken XML).
   */
  readRows(
    sheet: SheetInfo,
    onRow: (row: number, cells: XlsxCell[]) => boolean | void,
    /** Awaited after the rows of each inflated chunk (and at the end): pauses the sheet meanwhile. */
    afterChunk?: () => Promise<void> | void,
  ): Promise<void>;
  close(): void;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);

/** Tell what a file is from its first bytes when it is not an xlsx zip. */
function sniff(head: Uint8Array, size: number): XlsxError | null {
  if (size === 0) return new XlsxError('kosong');
  if (startsWith(head, OLE_MAGIC)) return new XlsxError('xls');
  if (startsWith(head, ZIP_MAGIC) || startsWith(head, ZIP_EMPTY_MAGIC)) return null;
  // Printable text (CSV, HTML saved as .xls/.xlsx, a note): no NUL in the first bytes.
  const isText = head.length > 0 && !head.includes(0);
  return new XlsxError(isText ? 'teks' : 'bukanZip');
}

async function readHead(path: string): Promise<{ head: Uint8Array; size: number }> {
  let fh: fs.FileHandle | null = null;
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) throw new XlsxError('tidakTerbaca', { pesan: 'bukan berkas' });
    fh = await fs.open(path, 'r');
    const buf = Buffer.alloc(512);
    const { bytesRead } = await fh.read(buf, 0, 512, 0);
    return { head: buf.subarray(0, bytesRead), size: st.size };
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    // A missing file must be caught here: exceljs's streaming reader crashed the process on it (docs/pustaka.md).
    if (code === 'ENOENT') throw new XlsxError('tidakAda');
    throw new XlsxError('tidakTerbaca', { pesan: code ?? (e as Error).message });
  } finally {
    await fh?.close();
  }
}

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** Parse a small XML part completely with the scanner, calling `onOpen`/`onClose`/`onText`. */
async function parsePart(
  zip: ZipArchive,
  part: string,
  handlers: {
    /** `attrs` parses the element's attributes when called (most elements' are not needed). */
    open?: (name: string, attrs: () => Record<string, string>) => void;
    close?: (name: string) => void;
    text?: (text: string) => void;
    /** Whether `text` wants the text at this point (default: whenever it is given). */
    wantText?: () => boolean;
  },
  stopAfter?: () => boolean,
): Promise<void> {
  const scanner = new SheetScanner({
    open(name, attrs, self) {
      handlers.open?.(name, attrs);
      if (self) handlers.close?.(name);
    },
    close(name) {
      handlers.close?.(name);
    },
    wantText: handlers.wantText ?? (() => handlers.text !== undefined),
    text(t) {
      handlers.text?.(t);
    },
  });
  await pindai(zip, part, scanner, stopAfter ?? (() => false));
}

/**
 * Inflate one part into the scanner until it ends or `isStopped()` (a BOM dropped, XML errors
 * as `xmlRusak`); `afterChunk` is awaited after each inflated chunk's rows, and at the end.
 */
async function pindai(
  zip: ZipArchive,
  part: string,
  scanner: SheetScanner,
  isStopped: () => boolean,
  afterChunk?: () => Promise<void> | void,
): Promise<void> {
  const broken = (e: unknown) =>
    new XlsxError('xmlRusak', { bagian: part, pesan: String((e as Error)?.message ?? e) });
  const decoder = new StringDecoder('utf8');
  let first = true;
  await zip.stream(part, (chunk) => {
    let s = decoder.write(chunk);
    if (first) {
      s = s.replace(/^\uFEFF/, '');
      first = false;
    }
    try {
      scanner.write(s);
    } catch (e) {
      throw broken(e);
    }
    if (isStopped()) return false;
    const wait = afterChunk?.();
    return wait ? wait.then(() => !isStopped()) : true;
  });
  if (isStopped()) return;
  try {
    scanner.write(decoder.end());
    scanner.end();
  } catch (e) {
    throw broken(e);
  }
  await afterChunk?.();
}

/** Resolve a relationship target against the folder of its source part. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * Open a workbook: check what the file is, read the central directory, the workbook,
 * its relationships, the shared strings and the styles. Rejects with XlsxError only.
 */
export async function openXlsx(
  source: string | Uint8Array,
  limits: XlsxLimits = DEFAULT_LIMITS,
): Promise<XlsxBook> {
  try {
    return await openXlsxInner(source, limits);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw new XlsxError('rusak', { pesan: (e as Error)?.message ?? String(e) });
  }
}

async function openXlsxInner(source: string | Uint8Array, limits: XlsxLimits): Promise<XlsxBook> {
  const { head, size } =
    typeof source === 'string'
      ? await readHead(source)
      : { head: source.subarray(0, 512), size: source.byteLength };
  const bad = sniff(head, size);
  if (bad) throw bad;
  const zip = await openArchive(source, limits);
  try {
    if (zip.entries.has('mimetype') && !zip.entries.has('xl/workbook.xml')) {
      let mime = '';
      await zip.stream('mimetype', (c) => {
        mime += c.toString('latin1');
        return mime.length < 200;
      });
      if (mime.includes('opendocument')) throw new XlsxError('ods');
    }
    if (zip.entries.size === 0) throw new XlsxError('kosong');

    // The workbook part is named by the package relationships; fall back to the usual name.
    let workbookPart = 'xl/workbook.xml';
    if (zip.entries.has('_rels/.rels')) {
      await parsePart(zip, '_rels/.rels', {
        open(name, attrs) {
          const a = name === 'Relationship' ? attrs() : {};
          if (/\/officeDocument$/.test(a.Type ?? '') && a.Target)
            workbookPart = resolveTarget('', a.Target);
        },
      });
    }
    if (!zip.entries.has(workbookPart.toLowerCase())) throw new XlsxError('bukanXlsx');

    const declared: { name: string; rid: string; state: SheetInfo['state'] }[] = [];
    let date1904 = false;
    await parsePart(zip, workbookPart, {
      open(name, attrs) {
        if (name === 'sheet') {
          const a = attrs();
          const rid =
            a['r:id'] ??
            Object.entries(a).find(([k]) => local(k) === 'id' && k !== 'sheetId')?.[1] ??
            '';
          const state = a.state === 'hidden' || a.state === 'veryHidden' ? a.state : 'visible';
          declared.push({ name: a.name ?? '', rid, state });
        } else if (name === 'workbookPr') {
          const a = attrs();
          date1904 = a.date1904 === '1' || a.date1904 === 'true';
        }
      },
    });

    const relsPart = resolveTarget(workbookPart, `_rels/${workbookPart.split('/').pop()}.rels`);
    const rels = new Map<string, { type: string; target: string }>();
    if (zip.entries.has(relsPart.toLowerCase())) {
      await parsePart(zip, relsPart, {
        open(name, attrs) {
          const a = name === 'Relationship' ? attrs() : {};
          if (a.Id && a.Target && a.TargetMode !== 'External') {
            rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(workbookPart, a.Target) });
          }
        },
      });
    }
    const partOfType = (suffix: string, fallback: string) => {
      for (const r of rels.values()) if (r.type.endsWith(suffix)) return r.target;
      return fallback;
    };

    const sheets: SheetInfo[] = declared.map((d, i) => ({
      name: d.name,
      part: rels.get(d.rid)?.target ?? `xl/worksheets/sheet${i + 1}.xml`,
      state: d.state,
    }));

    const sst = await readSharedStrings(zip, partOfType('/sharedStrings', 'xl/sharedStrings.xml'));
    const dateXf = await readDateStyles(zip, partOfType('/styles', 'xl/styles.xml'));

    return {
      sheets,
      sheet(name) {
        const want = name.trim().toLowerCase();
        return sheets.find((s) => s.name.trim().toLowerCase() === want) ?? null;
      },
      readRows: (sheet, onRow, afterChunk) =>
        readSheetRows(zip, sheet, sst, dateXf, date1904, limits, onRow, afterChunk),
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/**
 * The shared strings table, kept compact: every `<si>` as UTF-8 bytes in one growing buffer,
 * with its end offset. A table of a large register holds hundreds of thousands of unique
 * strings (names, NIK, addresses, numbers) for the whole read; as JS strings each one costs
 * a header, and a substring of a decoded chunk keeps the whole chunk alive. Decoded on use.
 */
export class TabelString {
  private bytes = Buffer.allocUnsafe(64 * 1024);
  private akhir = new Uint32Array(1024);
  private used = 0;
  length = 0;

  push(s: string): void {
    const need = this.used + Buffer.byteLength(s, 'utf8');
    // Offsets are 32-bit: a table over 4 GB of text is past any limit a workbook can have.
    if (need > 0xffff_ffff)
      throw new XlsxError('terlaluBesar', { ukuran: Math.round(need / 1048576), batas: 4096 });
    if (need > this.bytes.length) {
      const next = Buffer.allocUnsafe(Math.max(need, this.bytes.length * 2));
      this.bytes.copy(next, 0, 0, this.used);
      this.bytes = next;
    }
    this.used += this.bytes.write(s, this.used, 'utf8');
    if (this.length === this.akhir.length) {
      const next = new Uint32Array(this.akhir.length * 2);
      next.set(this.akhir);
      this.akhir = next;
    }
    this.akhir[this.length++] = this.used;
  }

  /** The i-th string, or '' for an index outside the table. */
  at(i: number): string {
    if (!Number.isInteger(i) || i < 0 || i >= this.length) return '';
    const dari = i === 0 ? 0 : this.akhir[i - 1]!;
    return this.bytes.toString('utf8', dari, this.akhir[i]);
  }
}

/** The shared strings table: one entry per `<si>` (rich-text runs joined, phonetic runs dropped). */
async function readSharedStrings(zip: ZipArchive, part: string): Promise<TabelString> {
  const out = new TabelString();
  if (!zip.entries.has(part.toLowerCase())) return out;
  let inSi = false;
  let inT = false;
  let inRph = 0;
  let buf = '';
  await parsePart(zip, part, {
    open(name) {
      if (name === 'si') {
        inSi = true;
        buf = '';
      } else if (name === 'rPh') inRph++;
      else if (name === 't' && inSi && inRph === 0) inT = true;
    },
    close(name) {
      if (name === 'si') {
        out.push(buf);
        inSi = false;
      } else if (name === 'rPh') inRph--;
      else if (name === 't') inT = false;
    },
    text(s) {
      buf += s;
    },
    wantText: () => inT,
  });
  return out;
}

/** For each cell style index (cellXfs), whether its number format is a date. */
async function readDateStyles(zip: ZipArchive, part: string): Promise<boolean[]> {
  const out: boolean[] = [];
  if (!zip.entries.has(part.toLowerCase())) return out;
  const codes = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  await parsePart(zip, part, {
    open(name, attrs) {
      if (name === 'numFmt') {
        const a = attrs();
        codes.set(Number(a.numFmtId), a.formatCode ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfIds.push(Number(attrs().numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of xfIds) out.push(isDateFormat(id, codes.get(id)));
  return out;
}

/** Excel's error literals; anything else in a t="e" cell is shown as is. */
const CELL_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
]);

async function readSheetRows(
  zip: ZipArchive,
  sheet: SheetInfo,
  sst: TabelString,
  dateXf: readonly boolean[],
  date1904: boolean,
  limits: XlsxLimits,
  onRow: (row: number, cells: XlsxCell[]) => boolean | void,
  afterChunk?: () => Promise<void> | void,
): Promise<void> {
  if (!zip.entries.has(sheet.part.toLowerCase()))
    throw new XlsxError('bagianHilang', { bagian: sheet.part });
  const reader = new SheetRowReader(sheet, sst, dateXf, date1904, limits, onRow);
  const scanner = new SheetScanner(reader);
  reader.scanner = scanner;
  await pindai(zip, sheet.part, scanner, () => reader.stopped, afterChunk);
  if (reader.limitError) throw reader.limitError;
}

/**
 * The scanner's handlers for one sheet: the per-cell state lives in fields (no closure
 * or object made per cell beyond the cell itself), rows are handed to `onRow` as they close.
 */
class SheetRowReader {
  scanner: SheetScanner | null = null;
  stopped = false;
  limitError: XlsxError | null = null;
  private rowNum = 0;
  private rows = 0;
  private cells: XlsxCell[] = [];
  private inSheetData = false;
  // current cell
  private ref = '';
  private col = 0;
  private lastCol = 0;
  private type = '';
  private style = 0;
  private hasF = false;
  private fText = '';
  private vText: string | null = null;
  private isText: string | null = null;
  private capture: 'v' | 'f' | 'is' | null = null;
  private inRph = 0;

  constructor(
    private readonly sheet: SheetInfo,
    private readonly sst: TabelString,
    private readonly dateXf: readonly boolean[],
    private readonly date1904: boolean,
    private readonly limits: XlsxLimits,
    private readonly onRow: (row: number, cells: XlsxCell[]) => boolean | void,
  ) {}

  open(name: string, attrs: () => Record<string, string>, self: boolean): void {
    if (this.stopped) return;
    this.onOpen(name, attrs);
    if (self && !this.stopped) this.onClose(name);
    this.scanner!.stopped = this.stopped;
  }

  close(name: string): void {
    if (this.stopped) return;
    this.onClose(name);
    this.scanner!.stopped = this.stopped;
  }

  wantText(): boolean {
    return this.capture !== null;
  }

  text(s: string): void {
    if (this.capture === 'v') this.vText += s;
    else if (this.capture === 'f') this.fText += s;
    else if (this.capture === 'is') this.isText += s;
  }

  private onOpen(name: string, attrs: () => Record<string, string>): void {
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        break;
      case 'row':
        if (this.inSheetData) this.startRow(attrs().r);
        break;
      case 'c':
        this.startCell(attrs());
        break;
      case 'v':
        this.capture = 'v';
        this.vText = '';
        break;
      case 'f':
        this.hasF = true;
        this.capture = 'f';
        break;
      case 'is':
        this.isText = '';
        break;
      case 'rPh':
        this.inRph++;
        break;
      case 't':
        if (this.isText !== null && this.inRph === 0) this.capture = 'is';
        break;
    }
  }

  private onClose(name: string): void {
    switch (name) {
      case 'v':
      case 'f':
      case 't':
        this.capture = null;
        break;
      case 'rPh':
        this.inRph--;
        break;
      case 'c':
        if (this.inSheetData) this.finishCell();
        this.capture = null;
        break;
      case 'row':
        if (
          this.inSheetData &&
          this.cells.length > 0 &&
          this.onRow(this.rowNum, this.cells) === false
        )
          this.stopped = true;
        break;
      case 'sheetData':
        // What follows (merged cells, validations, hyperlinks) is not needed: stop inflating.
        this.inSheetData = false;
        this.stopped = true;
        break;
    }
  }

  private startRow(rAttr: string | undefined): void {
    const r = Number(rAttr);
    this.rowNum = Number.isInteger(r) && r > 0 ? r : this.rowNum + 1;
    this.rows++;
    if (this.rows > this.limits.maxRows) {
      this.limitError = new XlsxError('terlaluBanyakBaris', {
        lembar: this.sheet.name,
        batas: this.limits.maxRows,
      });
      this.stopped = true;
    }
    this.cells = [];
    this.lastCol = 0;
  }

  private startCell(a: Record<string, string>): void {
    let ref = a.r ?? '';
    const c = ref ? colIndex(ref) : 0;
    const col = c > 0 ? c : this.lastCol + 1;
    if (!ref) ref = `${hurufKolom(col)}${this.rowNum}`;
    else ref = ref.toUpperCase();
    this.ref = ref;
    this.col = col;
    this.lastCol = col;
    this.type = a.t ?? 'n';
    this.style = a.s ? Number(a.s) : 0;
    this.hasF = false;
    this.fText = '';
    this.vText = null;
    this.isText = null;
    this.capture = null;
    this.inRph = 0;
  }

  private finishCell(): void {
    let value: CellValue | null = null;
    if (this.isText !== null) value = { type: 'string', value: this.isText };
    else if (this.vText !== null)
      value = cellValue(this.type, this.vText, this.style, this.sst, this.dateXf, this.date1904);
    else if (this.hasF) value = { type: 'formula-no-value', formula: this.fText };
    if (value)
      this.cells.push({
        col: this.col,
        ref: this.ref || `${hurufKolom(this.col)}${this.rowNum}`,
        value,
        formula: this.hasF,
      });
  }
}

/** The value of a cell with a `<v>`, by its type attribute (and, for numbers, its style). */
function cellValue(
  type: string,
  vText: string,
  style: number,
  sst: TabelString,
  dateXf: readonly boolean[],
  date1904: boolean,
): CellValue {
  switch (type) {
    case 's': {
      const i = Number(vText);
      return {
        type: 'string',
        value: sst.at(i),
      };
    }
    case 'str':
    case 'inlineStr':
      return { type: 'string', value: vText };
    case 'b':
      return {
        type: 'boolean',
        value: vText.trim() === '1' || vText.trim().toLowerCase() === 'true',
      };
    case 'e':
      return {
        type: 'error',
        value: CELL_ERRORS.has(vText.trim()) ? vText.trim() : vText.trim() || '#ERROR',
      };
    case 'd': {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(vText.trim())?.[0];
      return iso ? { type: 'date', value: iso, serial: NaN } : { type: 'string', value: vText };
    }
    default: {
      const n = Number(vText);
      if (vText.trim() === '' || !Number.isFinite(n)) return { type: 'string', value: vText };
      if (dateXf[style]) {
        const iso = serialToIso(n, date1904);
        return iso ? { type: 'date', value: iso, serial: n } : { type: 'number', value: n };
      }
      return { type: 'number', value: n };
    }
  }
}
