/**
 * Opening a legacy file: sniff what it really is (magic bytes before exceljs —
 * an .xls crashes exceljs's zip reader and an .ods reads as zero sheets), pick
 * the sheet, and hand the import core rows of Cells. Small workbooks are read in
 * memory (merged cells known); big ones stream with `styles: 'cache'` so dates
 * arrive as Dates.
 */
import { promises as fs } from 'node:fs';
import type * as ExcelJSNs from 'exceljs';
import path from 'node:path';
import { InputError, UsageError } from '../../core/errors.js';
import type { Translate } from '../../i18n/index.js';
import { EMPTY_CELL, normalizeCell, textCell, type Cell } from './cell.js';
import { csvRows, decodeCsv, detectDelimiter, unclosedQuoteLine, type CsvEncoding } from './csv.js';
import { isEmptyRow, type SourceRow } from './table.js';
import {
  ALIR_LIMITS,
  limitsFromEnv,
  type SheetInfo,
  type XlsxBook,
  type XlsxLimits,
} from '../xlsx/reader.js';
import type { XlsxCell } from '../xlsx/cell.js';
import { XlsxError } from '../xlsx/errors.js';

export type JenisBerkas = 'xlsx' | 'csv' | 'xls' | 'ods' | 'html' | 'kosong' | 'tidak-dikenal';

/** What a file is, from its first bytes (and its extension for text files). */
export function sniff(head: Uint8Array, ext: string): JenisBerkas {
  if (head.length === 0) return 'kosong';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    // OpenDocument stores its mimetype first, uncompressed, at offset 30.
    const ascii = Buffer.from(head.subarray(0, 120)).toString('latin1');
    if (ascii.includes('application/vnd.oasis.opendocument')) return 'ods';
    return 'xlsx';
  }
  const start = Buffer.from(head.subarray(0, 200))
    .toString('latin1')
    .replace(/^\ufeff|^ï»¿/, '')
    .trimStart()
    .toLowerCase();
  if (
    start.startsWith('<html') ||
    start.startsWith('<!doctype') ||
    start.startsWith('<?xml') ||
    start.startsWith('<table')
  )
    return 'html';
  if (['.csv', '.txt', '.tsv'].includes(ext)) return 'csv';
  // Text without NUL bytes (or UTF-16 with BOM) is treated as CSV whatever its extension.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return 'csv';
  if (!head.subarray(0, 512).includes(0)) return 'csv';
  return 'tidak-dikenal';
}

export interface OpenOptions {
  lembar?: string;
  /** Asked when a workbook has several non-empty sheets and prompts are allowed. */
  pilihLembar?: (names: string[]) => Promise<string>;
  /** Force the streaming reader (default: files above STREAM_THRESHOLD bytes). */
  streaming?: boolean;
  /** Size, part and row bounds (default: imporLimits(process.env)). */
  limits?: XlsxLimits;
  t: Translate;
}

export interface TableSource {
  kind: 'xlsx' | 'csv';
  sheet: string | null;
  sheetNames: string[];
  /** Why this sheet was chosen when the user did not say (a note for the summary). */
  sheetNote: string | null;
  /** Rows of the sheet, from the top. Can be iterated again (a second pass re-reads the file). */
  rows(): AsyncIterable<SourceRow>;
  /** Number of rows when known in advance (progress bar). */
  totalRows: number | null;
  encoding?: CsvEncoding;
  delimiter?: string;
  streaming: boolean;
  /** Release the file (a streamed workbook stays open for a second pass). */
  close?(): void;
}

export const STREAM_THRESHOLD = 2 * 1024 * 1024;

/** Check the path, then open it as a table. Usage problems throw UsageError/InputError (exit 2). */
export async function openSource(file: string, opts: OpenOptions): Promise<TableSource> {
  const { t } = opts;
  let st;
  try {
    st = await fs.stat(file);
  } catch {
    // The streaming reader crashes the process past try/catch on a missing file: check first.
    throw new UsageError(t('impor.galat.tidakAda', { file }));
  }
  if (!st.isFile()) throw new UsageError(t('impor.galat.bukanBerkas', { file }));
  const fh = await fs.open(file, 'r');
  const head = new Uint8Array(600);
  let got: number;
  try {
    got = (await fh.read(head, 0, head.length, 0)).bytesRead;
  } finally {
    await fh.close();
  }
  const kind = sniff(head.subarray(0, got), path.extname(file).toLowerCase());
  switch (kind) {
    case 'kosong':
      throw new InputError(t('impor.galat.kosong', { file }), file);
    case 'xls':
      throw new InputError(t('impor.galat.xls', { file }), file);
    case 'ods':
      throw new InputError(t('impor.galat.ods', { file }), file);
    case 'html':
      throw new InputError(t('impor.galat.html', { file }), file);
    case 'tidak-dikenal':
      throw new InputError(t('impor.galat.tidakDikenal', { file }), file);
    case 'csv':
      // Text named .xlsx/.xls: a renamed CSV (or a wrong "Save as"). Reading it as CSV would
      // hide the mistake; the user renames it to .csv and imports it knowingly.
      if (['.xlsx', '.xlsm', '.xls'].includes(path.extname(file).toLowerCase()))
        throw new InputError(t('keamanan.teksBernamaExcel', { file }), file);
      return openCsv(file, t);
    case 'xlsx': {
      const streaming = opts.streaming ?? st.size > STREAM_THRESHOLD;
      if (streaming) return openXlsxStreaming(file, opts);
      // exceljs reads it whole: its bounds are checked before exceljs sees the file.
      await guardZip(file, opts.limits ?? imporLimits(process.env), t);
      return openXlsxInMemory(file, opts);
    }
  }
}

/**
 * The limits of a workbook `impor` reads whole with exceljs (SECURITY.md; files up to
 * STREAM_THRESHOLD): the reader's, with a lower row bound. A bigger file streams (imporAlirLimits).
 */
export const IMPOR_MAKS_BARIS = 100_000;
export function imporLimits(env: Record<string, string | undefined>): XlsxLimits {
  const l = limitsFromEnv(env);
  return Number(env.LEMBAGA_MAKS_BARIS) > 0 ? l : { ...l, maxRows: IMPOR_MAKS_BARIS };
}

/**
 * Before exceljs sees the file: the zip's declared uncompressed size against the limit (a
 * zip bomb of a few hundred KB would otherwise be inflated whole in memory), then every
 * part inflated once and counted — never past its declared size (a directory that lies) —
 * with the rows of each sheet counted, so a sheet beyond the row limit is refused before
 * exceljs spends minutes and gigabytes on it.
 */
async function guardZip(file: string, limits: XlsxLimits, t: Translate): Promise<void> {
  const { openArchive } = await import('../xlsx/zip.js');
  const fail = (e: unknown): never => {
    if (e instanceof XlsxError && e.code === 'terlaluBesar')
      throw new InputError(t('register.xlsx.terlaluBesar', { file, ...e.params }), file);
    if (e instanceof XlsxError && e.code === 'terlaluBanyakBagian')
      throw new InputError(t('register.xlsx.terlaluBanyakBagian', { file, ...e.params }), file);
    if (e instanceof XlsxError && e.code === 'terlaluBanyakBaris')
      throw new InputError(t('keamanan.imporTerlaluBanyakBaris', { file, ...e.params }), file);
    const pesan = e instanceof XlsxError ? String(e.params.pesan ?? e.code) : (e as Error).message;
    throw new InputError(t('impor.galat.rusak', { file, pesan }), file);
  };
  let zip;
  try {
    zip = await openArchive(file, limits);
  } catch (e) {
    return fail(e);
  }
  try {
    for (const name of zip.entries.keys()) {
      const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(name);
      const hitung = penghitungBaris();
      await zip.stream(name, (chunk) => {
        if (!isSheet) return true;
        const rows = hitung(chunk);
        if (rows > limits.maxRows)
          throw new XlsxError('terlaluBanyakBaris', { batas: limits.maxRows });
        return true;
      });
    }
  } catch (e) {
    fail(e);
  } finally {
    zip.close();
  }
}

/**
 * Counts the row tags of a sheet read in chunks: `<row ` / `<row>` and prefixed `<x:row ` as the
 * .NET SDK writes them. Searched in the bytes (no text made of 77 MB of XML). A tag cut between
 * two chunks is counted once: only an unfinished tag is carried over (a whole `<row ` at the end
 * of a chunk was counted already).
 */
export function penghitungBaris(): (chunk: Uint8Array | string) => number {
  let rows = 0;
  let tail: Buffer | null = null;
  return (chunk) => {
    const c =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'latin1')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const s = tail ? Buffer.concat([tail, c]) : c;
    tail = null;
    let dihitung = -1;
    for (let p = s.indexOf(ROW); p >= 0; p = s.indexOf(ROW, p + 3)) {
      if (p + 3 >= s.length) break;
      const next = s[p + 3]!;
      if (next !== 62 /* > */ && !spasi(next)) continue;
      if (awalTag(s, p) < 0) continue;
      rows++;
      dihitung = p;
    }
    const lt = s.lastIndexOf(LT);
    if (lt >= 0 && s.length - lt < 16 && dihitung < lt && s.indexOf(GT, lt) < 0)
      tail = Buffer.from(s.subarray(lt));
    return rows;
  };
}

const ROW = Buffer.from('row', 'latin1');
const LT = 60;
const GT = 62;
const spasi = (b: number) => b === 32 || b === 9 || b === 10 || b === 13;

/** Where the tag whose name ends in the "row" at `p` begins (`<row`, `<x:row`), or -1. */
function awalTag(s: Buffer, p: number): number {
  const before = s[p - 1];
  if (before === LT) return p - 1;
  if (before !== 58 /* : */) return -1;
  for (let k = p - 2; k >= 0 && p - k < 16; k--) {
    const b = s[k]!;
    if (b === LT) return k < p - 2 ? k : -1;
    const nama = (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b === 95;
    if (!nama) return -1;
  }
  return -1;
}

async function openCsv(file: string, t: Translate): Promise<TableSource> {
  const bytes = await fs.readFile(file);
  const { text, encoding } = decodeCsv(bytes);
  const delimiter = detectDelimiter(text);
  const kutip = unclosedQuoteLine(text, delimiter);
  if (kutip !== null)
    throw new InputError(t('keamanan.csvKutipTerbuka', { file, baris: kutip }), file);
  let total = 0;
  for (const ch of text) if (ch === '\n') total++;
  return {
    kind: 'csv',
    sheet: null,
    sheetNames: [],
    sheetNote: null,
    encoding,
    delimiter,
    totalRows: total,
    streaming: false,
    rows: () => toAsync(csvRows(text, delimiter)),
  };
}

async function* toAsync<T>(it: Iterable<T>): AsyncGenerator<T> {
  yield* it;
}

function cellsOf(values: unknown): Cell[] {
  // exceljs row.values is 1-based and sparse.
  const arr = Array.isArray(values) ? values : [];
  const cells: Cell[] = [];
  for (let i = 1; i < arr.length; i++) cells.push(normalizeCell(arr[i]));
  while (
    cells.length &&
    cells[cells.length - 1]!.kind === 'empty' &&
    !cells[cells.length - 1]!.formulaWithoutResult
  )
    cells.pop();
  return cells;
}

type ExcelJSModule = typeof ExcelJSNs;

async function loadExcelJS(): Promise<ExcelJSModule> {
  // ESM: only the default import works (docs/pustaka.md).
  const mod = (await import('exceljs')) as unknown as { default: ExcelJSModule };
  return mod.default;
}

async function chooseSheet(
  names: string[],
  nonEmpty: string[],
  opts: OpenOptions,
  file: string,
): Promise<{ sheet: string; note: string | null }> {
  const { t } = opts;
  if (opts.lembar) {
    const found =
      names.find((n) => n === opts.lembar) ??
      names.find((n) => n.toLowerCase() === opts.lembar!.toLowerCase());
    if (!found)
      throw new UsageError(
        t('impor.galat.lembarTidakAda', { lembar: opts.lembar, file, daftar: names.join(', ') }),
      );
    return { sheet: found, note: null };
  }
  if (nonEmpty.length === 0) throw new InputError(t('impor.galat.tanpaLembar', { file }), file);
  if (nonEmpty.length === 1) return { sheet: nonEmpty[0]!, note: null };
  if (opts.pilihLembar) return { sheet: await opts.pilihLembar(nonEmpty), note: null };
  return {
    sheet: nonEmpty[0]!,
    note: t('impor.catatanLembarPertama', { lembar: nonEmpty[0]!, daftar: nonEmpty.join(', ') }),
  };
}

async function openXlsxInMemory(file: string, opts: OpenOptions): Promise<TableSource> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new InputError(opts.t('impor.galat.rusak', { file, pesan: (e as Error).message }), file);
  }
  const sheets = wb.worksheets;
  const names = sheets.map((s) => s.name);
  if (sheets.length === 0) throw new InputError(opts.t('impor.galat.tanpaLembar', { file }), file);
  const nonEmpty = sheets
    .filter((s) => s.actualRowCount > 0 && s.state !== 'veryHidden')
    // Visible sheets first: a hidden "Arsip" before the register must not be chosen for it.
    .sort((a, b) => Number(a.state === 'hidden') - Number(b.state === 'hidden'))
    .map((s) => s.name);
  const { sheet, note } = await chooseSheet(names, nonEmpty, opts, file);
  const ws = wb.getWorksheet(sheet)!;
  const rows: SourceRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells = cellsOf(row.values);
    if (!isEmptyRow(cells)) rows.push({ n, cells });
  });
  return {
    kind: 'xlsx',
    sheet,
    sheetNames: names,
    sheetNote: note,
    totalRows: rows.length,
    streaming: false,
    rows: () => toAsync(rows),
  };
}

/**
 * A big workbook, streamed by our own reader (src/io/xlsx/reader.ts, the one the canonical
 * register reader uses): opened once (workbook, shared strings, styles), each `rows()` a new
 * stream of the chosen sheet, nothing of it kept. Its limits are the streamed ones (ALIR_LIMITS).
 */
async function openXlsxStreaming(file: string, opts: OpenOptions): Promise<TableSource> {
  const { t } = opts;
  const { openXlsx } = await import('../xlsx/reader.js');
  const limits = opts.limits ?? imporAlirLimits(process.env);
  let book: XlsxBook;
  try {
    book = await openXlsx(file, limits);
  } catch (e) {
    throw galatXlsx(e, file, null, t);
  }
  try {
    const names = book.sheets.map((s) => s.name);
    if (names.length === 0) throw new InputError(t('impor.galat.tanpaLembar', { file }), file);
    // The same choice as a workbook read whole: visible sheets first, a very hidden one never.
    const nonEmpty: string[] = [];
    if (!opts.lembar) {
      const calon = book.sheets
        .filter((s) => s.state !== 'veryHidden')
        .sort((a, b) => Number(a.state === 'hidden') - Number(b.state === 'hidden'));
      for (const s of calon) if (await berisi(book, s, file, t)) nonEmpty.push(s.name);
    }
    const { sheet, note } = await chooseSheet(names, nonEmpty, opts, file);
    const info = book.sheets.find((s) => s.name === sheet)!;
    const totalRows = await hitungBaris(file, info, limits, t);
    // Dropped on close: the shared strings must not outlive the import (the writer runs next).
    let buka: XlsxBook | null = book;
    return {
      kind: 'xlsx',
      sheet,
      sheetNames: names,
      sheetNote: note,
      totalRows,
      streaming: true,
      rows: () => {
        if (!buka) throw new Error(`${file}: sudah ditutup`);
        return barisLembar(buka, info, file, t);
      },
      close() {
        buka?.close();
        buka = null;
      },
    };
  } catch (e) {
    book.close();
    throw e;
  }
}

/** The streamed limits of `impor` (SECURITY.md): ALIR_LIMITS, changed by LEMBAGA_MAKS_BARIS / LEMBAGA_MAKS_XLSX_MB. */
export function imporAlirLimits(env: Record<string, string | undefined>): XlsxLimits {
  return limitsFromEnv(env, ALIR_LIMITS);
}

/** A reader's error as the import's message, with the file (and sheet) it is about. */
function galatXlsx(e: unknown, file: string, lembar: string | null, t: Translate): InputError {
  if (e instanceof InputError || e instanceof UsageError) return e as InputError;
  if (e instanceof XlsxError) {
    const p = e.params;
    switch (e.code) {
      case 'terlaluBanyakBaris':
        return new InputError(
          t('impor.galat.terlaluBanyakBaris', {
            file,
            lembar: String(p.lembar ?? lembar ?? ''),
            batas: Number(p.batas),
            baris: Number(p.batas) + 1,
          }),
          file,
        );
      case 'rusak': {
        const pesan = String(p.pesan ?? e.code);
        return new InputError(t('impor.galat.rusak', { file, pesan }), file);
      }
      default:
        // The reader's own message for it (register.xlsx.<code>): size, parts, broken XML…
        return new InputError(t(`register.xlsx.${e.code}`, { file, pesan: '', ...p }), file);
    }
  }
  return new InputError(
    t('impor.galat.rusak', { file, pesan: (e as Error)?.message ?? String(e) }),
    file,
  );
}

/**
 * The rows of the chosen sheet, known before anything is converted: a sheet over the row
 * limit is refused at once, and the progress bar knows its end. What Excel, LibreOffice and
 * most writers put first, `<dimension ref="A1:Q100005"/>`, says it without reading on; without
 * one (or one that says a single row, as some writers leave it, or one past the limit) the
 * row tags are counted (inflate and a regex, a tenth of a read). The reader counts again as
 * it streams, so a part that lies is still stopped at the limit.
 */
async function hitungBaris(
  file: string,
  sheet: SheetInfo,
  limits: XlsxLimits,
  t: Translate,
): Promise<number> {
  const { openArchive } = await import('../xlsx/zip.js');
  const hitung = penghitungBaris();
  let rows = 0;
  let awal: string | null = '';
  let dimensi: number | null = null;
  let zip;
  try {
    zip = await openArchive(file, limits);
    await zip.stream(sheet.part, (chunk) => {
      if (awal !== null) {
        awal += chunk.toString('latin1');
        const d = barisDimensi(awal);
        if (d !== undefined) {
          if (d !== null && d > 1 && d <= limits.maxRows) {
            dimensi = d;
            return false;
          }
          awal = null;
        } else if (awal.length > 64 * 1024) awal = null;
      }
      rows = hitung(chunk);
      if (rows > limits.maxRows)
        throw new XlsxError('terlaluBanyakBaris', { lembar: sheet.name, batas: limits.maxRows });
      return true;
    });
  } catch (e) {
    throw galatXlsx(e, file, sheet.name, t);
  } finally {
    zip?.close();
  }
  return dimensi ?? rows;
}

/**
 * The last row a sheet's `<dimension>` declares, from the start of its XML: a number, null
 * when the sheet data begins without one, undefined while neither has been seen yet.
 */
export function barisDimensi(awal: string): number | null | undefined {
  const d =
    /<(?:\w+:)?dimension\s[^>]*?\bref="\$?[A-Za-z]{0,3}\$?(\d+)(?::\$?[A-Za-z]{0,3}\$?(\d+))?"/.exec(
      awal,
    );
  const data = /<(?:\w+:)?sheetData[\s>/]/.exec(awal);
  if (d && (!data || d.index < data.index)) return Number(d[2] ?? d[1]);
  return data ? null : undefined;
}

/** Whether a sheet has a non-empty row (read up to the first one). */
async function berisi(
  book: XlsxBook,
  sheet: SheetInfo,
  file: string,
  t: Translate,
): Promise<boolean> {
  let found = false;
  try {
    await book.readRows(sheet, (_n, cells) => {
      found = !isEmptyRow(sel(cells));
      return !found;
    });
  } catch (e) {
    throw galatXlsx(e, file, sheet.name, t);
  }
  return found;
}

/**
 * The reader's cells of one row as the import's Cells, by column (0-based), trailing empties
 * dropped — what exceljs's `row.values` gave through `cellsOf`. A date-formatted number is the
 * Date exceljs made of it (time of day kept, UTC), so the rejected-rows workbook writes it back.
 */
export function sel(cells: readonly XlsxCell[]): Cell[] {
  const out: Cell[] = [];
  for (const c of cells) {
    const i = c.col - 1;
    if (i < 0) continue;
    const cell = selDari(c);
    if (cell === EMPTY_CELL && i >= out.length) continue;
    while (out.length < i) out.push(EMPTY_CELL);
    out[i] = cell;
  }
  while (
    out.length &&
    out[out.length - 1]!.kind === 'empty' &&
    !out[out.length - 1]!.formulaWithoutResult
  )
    out.pop();
  return out;
}

function selDari(c: XlsxCell): Cell {
  const v = c.value;
  switch (v.type) {
    case 'string':
      return textCell(v.value);
    case 'number':
      return normalizeCell(v.value);
    case 'boolean':
      return normalizeCell(v.value);
    case 'error':
      return normalizeCell({ error: v.value });
    case 'formula-no-value':
      return { kind: 'empty', text: '', original: null, formulaWithoutResult: true };
    case 'date': {
      // The day as the reader read it (1900 or 1904 system), the time of day from the serial.
      const hari = Date.parse(`${v.value}T00:00:00Z`);
      const pecahan = Number.isFinite(v.serial) ? v.serial - Math.floor(v.serial) : 0;
      return normalizeCell(new Date(hari + Math.round(pecahan * 86_400_000)));
    }
  }
}

/** One stream of a sheet's rows: the reader pauses after each inflated chunk until they are taken. */
function barisLembar(
  book: XlsxBook,
  sheet: SheetInfo,
  file: string,
  t: Translate,
): AsyncIterable<SourceRow> {
  return {
    [Symbol.asyncIterator]() {
      let buf: SourceRow[] = [];
      let wake: (() => void) | null = null;
      let resume: (() => void) | null = null;
      let ended = false;
      let cancelled = false;
      let error: unknown = null;
      let started: Promise<void> | null = null;
      const bangun = () => {
        const w = wake;
        wake = null;
        w?.();
      };
      const start = () =>
        (started ??= book
          .readRows(
            sheet,
            (n, cells) => {
              if (cancelled) return false;
              buf.push({ n, cells: sel(cells) });
              return true;
            },
            () => {
              if (cancelled || buf.length === 0) return undefined;
              return new Promise<void>((r) => {
                resume = r;
                bangun();
              });
            },
          )
          .then(
            () => undefined,
            (e: unknown) => {
              error = e;
            },
          )
          .finally(() => {
            ended = true;
            bangun();
          }));
      let out: SourceRow[] = [];
      let i = 0;
      const it: AsyncIterator<SourceRow> = {
        async next(): Promise<IteratorResult<SourceRow>> {
          void start();
          for (;;) {
            if (i < out.length) return { done: false, value: out[i++]! };
            if (buf.length) {
              out = buf;
              buf = [];
              i = 0;
              const r = resume;
              resume = null;
              r?.();
              continue;
            }
            if (ended) {
              if (error) throw galatXlsx(error, file, sheet.name, t);
              return { done: true, value: undefined };
            }
            const r = resume;
            resume = null;
            r?.();
            await new Promise<void>((w) => {
              wake = w;
              if (buf.length || ended) bangun();
            });
          }
        },
        async return(): Promise<IteratorResult<SourceRow>> {
          cancelled = true;
          buf = [];
          out = [];
          const r = resume;
          resume = null;
          r?.();
          if (started) await started;
          return { done: true, value: undefined };
        },
      };
      return it;
    },
  };
}
