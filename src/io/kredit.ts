/**
 * The I/O edge of the credit ruleset: finds kredit/<tahun>.yaml|xlsx in a
 * lembaga folder, parses them (YAML with positions, or the Excel template),
 * validates them against the schema, and returns the logs with locators so
 * findings point at file:line:col or Sheet!Cell. Bad input never throws: it
 * becomes a `parse-error` or `schema` finding.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { NO_LOCATION } from '../core/finding.js';
import type { Locator } from '../core/finding.js';
import { emptyFinding } from '../core/finding.js';
import type { Translate } from '../i18n/index.js';
import { parseYamlSource } from './yaml-source.js';
import { parseFailure } from './load-folder.js';
import type { LogKredit, LogKreditTermuat } from '../model/kredit.js';
import { KREDIT_SCHEMA } from '../model/kredit-schema.js';
import type {
  LogKonversi,
  LogKonversiTermuat,
  TabelKonversiOverride,
} from '../model/kredit-konversi.js';
import { KONVERSI_SCHEMA } from '../model/kredit-konversi-schema.js';
import {
  KOLOM_AMBANG,
  KOLOM_KEGIATAN,
  KOLOM_PEGAWAI,
  KOLOM_PERIODE,
  LEMBAR,
  LEMBAR_PERIODE,
  hurufKolom,
} from '../standards/permenpanrb-2020/kolom.js';
import type { Kolom } from '../standards/permenpanrb-2020/kolom.js';
import type { Workbook, Worksheet as ExcelWorksheet } from 'exceljs';

/** kredit/2024.yaml, kredit/2024-ps01.yaml, kredit/2024.xlsx … */
export const NAMA_LOG = /^(\d{4})(?:[-_ .][^/\\]*)?\.(ya?ml|xlsx)$/i;

export interface KreditTermuat {
  logs: LogKreditTermuat[];
  /** Logs in the conversion form (2023 onward). */
  konversi: LogKonversiTermuat[];
  /** The folder's corrections of the conversion tables (kredit/tabel-konversi.yaml), if any. */
  tabel: TabelKonversiOverride | null;
  problems: Finding[];
  locators: Map<string, Locator>;
}

function display(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join('/');
}

/** Credit-log files of a folder's kredit/ directory, sorted (Excel lock files and hidden files skipped). */
export async function kreditFiles(root: string): Promise<string[]> {
  const dir = path.join(root, 'kredit');
  let names: string[];
  try {
    if (!(await fs.stat(dir)).isDirectory()) return [];
    names = await fs.readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => !n.startsWith('~$') && !n.startsWith('.') && NAMA_LOG.test(n))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => path.join(dir, n));
}

/** Load every credit log of a lembaga folder. */
export async function loadKreditLogs(
  root: string,
  t: Translate,
  opts: { cwd?: string } = {},
): Promise<KreditTermuat> {
  const cwd = opts.cwd ?? root;
  const out: KreditTermuat = {
    logs: [],
    konversi: [],
    tabel: null,
    problems: [],
    locators: new Map(),
  };
  for (const abs of await kreditFiles(root)) {
    const file = display(abs, cwd);
    const one = /\.xlsx$/i.test(abs) ? await loadXlsx(abs, file, t) : await loadYaml(abs, file, t);
    out.problems.push(...one.problems);
    out.locators.set(file, one.locator);
    if (one.log) out.logs.push({ file, log: one.log });
    if (one.konversi) out.konversi.push({ file, log: one.konversi });
  }
  const tabelAbs = path.join(root, 'kredit', NAMA_TABEL);
  try {
    await fs.stat(tabelAbs);
    const r = await loadTabel(tabelAbs, display(tabelAbs, cwd), t);
    out.tabel = r.tabel;
    out.problems.push(...r.problems);
  } catch {
    /* no override */
  }
  return out;
}

/** The folder file that corrects the conversion tables. */
export const NAMA_TABEL = 'tabel-konversi.yaml';

/** Read kredit/tabel-konversi.yaml: `sumber`, and optional `persentase`, `koefisien`, `ambang` maps of numbers. */
async function loadTabel(
  abs: string,
  file: string,
  t: Translate,
): Promise<{ tabel: TabelKonversiOverride | null; problems: Finding[] }> {
  const src = parseYamlSource(await fs.readFile(abs), file);
  const problems: Finding[] = src.problems.map((p) => ({
    ...emptyFinding('parse-error', p.severity),
    message: t(p.key, { file, ...p.params }),
    file,
    line: p.line,
    column: p.column,
  }));
  const d = src.data as Record<string, unknown> | null | undefined;
  if (!d || typeof d !== 'object' || Array.isArray(d)) return { tabel: null, problems };
  const salah = (pointer: string, pesan: string) => {
    const pos = src.locate(pointer);
    problems.push({
      ...emptyFinding('schema', 'error'),
      message: t('kredit.konversi.tabelTidakSah', { file, pesan }),
      file,
      line: pos?.line ?? null,
      column: pos?.column ?? null,
      path: pointer,
    });
  };
  const angkaMap = (key: string, nested = false) => {
    const v = d[key];
    if (v === undefined) return undefined;
    if (!v || typeof v !== 'object' || Array.isArray(v)) {
      salah(`/${key}`, `${key}: peta diharapkan`);
      return undefined;
    }
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (nested && x && typeof x === 'object') {
        const inner: Record<string, number | null> = {};
        for (const [k2, y] of Object.entries(x as Record<string, unknown>)) {
          if (typeof y === 'number' || y === null) inner[k2] = y;
          else salah(`/${key}/${k}/${k2}`, `${key}.${k}.${k2}: angka diharapkan`);
        }
        o[k] = inner;
      } else if (typeof x === 'number') o[k] = x;
      else salah(`/${key}/${k}`, `${key}.${k}: angka diharapkan`);
    }
    return o;
  };
  return {
    tabel: {
      file,
      sumber: typeof d.sumber === 'string' ? d.sumber : undefined,
      persentase: angkaMap('persentase') as TabelKonversiOverride['persentase'],
      koefisien: angkaMap('koefisien') as TabelKonversiOverride['koefisien'],
      ambang: angkaMap('ambang', true) as TabelKonversiOverride['ambang'],
    },
    problems,
  };
}

/** A log in the conversion form: `versi: 2`, or workers with `periode`. */
export function bentukKonversi(data: Record<string, unknown>): boolean {
  if (data.versi === 2) return true;
  const peg = Array.isArray(data.pegawai) ? data.pegawai : [];
  return peg.some((p) => p && typeof p === 'object' && 'periode' in (p as object));
}

function normaliseKonversi(data: Record<string, unknown>, file: string): LogKonversi {
  const tahun = typeof data.tahun === 'number' ? data.tahun : (tahunNama(file) ?? 0);
  const pegawai = Array.isArray(data.pegawai) ? data.pegawai : [];
  return {
    versi: 2,
    tahun,
    pegawai: pegawai.map((p) =>
      p && typeof p === 'object' ? { ...p, periode: Array.isArray(p.periode) ? p.periode : [] } : p,
    ),
  };
}

interface SatuLog {
  log: LogKredit | null;
  konversi?: LogKonversi | null;
  problems: Finding[];
  locator: Locator;
}

/** Year from the file name, used when the file does not say. */
function tahunNama(file: string): number | null {
  const m = NAMA_LOG.exec(path.basename(file));
  return m ? Number(m[1]) : null;
}

async function periksaSkema(data: unknown, locator: Locator, t: Translate): Promise<Finding[]> {
  const { checkSchema } = await import('./schema-check.js');
  return checkSchema('kredit', KREDIT_SCHEMA, data, locator, t);
}

/** Defaults that keep the computation simple on partial data; the year falls back to the file name. */
function normalise(data: Record<string, unknown>, file: string): LogKredit {
  const tahun = typeof data.tahun === 'number' ? data.tahun : (tahunNama(file) ?? 0);
  const pegawai = Array.isArray(data.pegawai) ? data.pegawai : [];
  return {
    ...(data as unknown as LogKredit),
    tahun,
    ambang: Array.isArray(data.ambang) ? data.ambang : [],
    pegawai: pegawai.map((p) =>
      p && typeof p === 'object'
        ? { ...p, kegiatan: Array.isArray(p.kegiatan) ? p.kegiatan : [] }
        : p,
    ),
  };
}

function tahunBeda(log: LogKredit, file: string, t: Translate, locator: Locator): Finding[] {
  const n = tahunNama(file);
  if (n === null || n === log.tahun) return [];
  return [
    {
      ...emptyFinding('schema', 'warning'),
      ...locator.locate('/tahun'),
      message: t('kredit.muat.tahunBeda', { file, tahun: log.tahun, nama: n }),
      path: '/tahun',
      value: log.tahun,
      expected: n,
    },
  ];
}

async function loadYaml(abs: string, file: string, t: Translate): Promise<SatuLog> {
  let bytes: Uint8Array;
  const none: Locator = { locate: () => ({ ...NO_LOCATION, file }) };
  try {
    bytes = await fs.readFile(abs);
  } catch (e) {
    return {
      log: null,
      locator: none,
      problems: [
        parseFailure(file, t, 'kredit.muat.tidakTerbaca', { pesan: (e as Error).message }),
      ],
    };
  }
  const src = parseYamlSource(bytes, file);
  const locator: Locator = {
    locate(pointer, key) {
      const pos = key ? src.locateKey(pointer) : src.locate(pointer);
      return { ...NO_LOCATION, file, line: pos?.line ?? null, column: pos?.column ?? null };
    },
  };
  const problems: Finding[] = src.problems.map((p) => ({
    ...emptyFinding(p.code === 'identifier-number' ? 'nip-teks' : 'parse-error', p.severity),
    message: t(p.key, { file, ...p.params }),
    file,
    line: p.line,
    column: p.column,
    path: p.path ?? null,
    value: p.value ?? null,
    hint: p.code === 'identifier-number' ? t('kredit.muat.saranKutip') : null,
  }));
  const data = src.data;
  if (data === undefined) return { log: null, locator, problems };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ ...parseFailure(file, t, 'kredit.muat.bukanPeta'), line: 1, column: 1 });
    return { log: null, locator, problems };
  }
  if (bentukKonversi(data as Record<string, unknown>)) {
    const { checkSchema } = await import('./schema-check.js');
    problems.push(...checkSchema('kredit-konversi', KONVERSI_SCHEMA, data, locator, t));
    const konversi = normaliseKonversi(data as Record<string, unknown>, file);
    problems.push(...tahunBeda(konversi as unknown as LogKredit, file, t, locator));
    return { log: null, konversi, locator, problems };
  }
  problems.push(...(await periksaSkema(data, locator, t)));
  const log = normalise(data as Record<string, unknown>, file);
  problems.push(...tahunBeda(log, file, t, locator));
  return { log, locator, problems };
}

/** A locator over pointer → Sheet!Cell, falling back to the nearest mapped ancestor. */
export function xlsxLocator(
  file: string,
  map: ReadonlyMap<string, { sheet: string; cell: string; row: number }>,
): Locator {
  return {
    locate(pointer) {
      let p = pointer;
      for (;;) {
        const hit = map.get(p);
        if (hit) return { ...NO_LOCATION, file, sheet: hit.sheet, cell: hit.cell, row: hit.row };
        if (p === '') return { ...NO_LOCATION, file };
        p = p.slice(0, p.lastIndexOf('/'));
      }
    },
  };
}

/** Plain value of an exceljs cell: text, number, boolean, or a date as YYYY-MM-DD (read in UTC). */
function nilaiSel(v: unknown): string | number | boolean | Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('result' in o) return nilaiSel(o.result);
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('text' in o) return nilaiSel(o.text);
    if ('error' in o) return null;
    return null;
  }
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  return v as number | boolean;
}

function isoUTC(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function setPath(obj: Record<string, unknown>, pointer: string, value: unknown): void {
  const segs = pointer.slice(1).split('/');
  let o = obj;
  segs.slice(0, -1).forEach((s, i) => {
    // A numeric next segment makes a list (e.g. /pengangkatan/syarat/nilaiKinerja/0).
    if (!o[s] || typeof o[s] !== 'object') o[s] = /^\d+$/.test(segs[i + 1]!) ? [] : {};
    o = o[s] as Record<string, unknown>;
  });
  o[segs[segs.length - 1]!] = value;
}

/** Convert a cell to the column's type. Returns `undefined` for an empty cell. Wrong types are kept for the schema to report. */
function ubah(k: Kolom, raw: unknown, onNipNumber: () => void): unknown {
  const v = nilaiSel(raw);
  if (v === null) return undefined;
  switch (k.jenis) {
    case 'angka':
      if (typeof v === 'number') return v;
      if (typeof v === 'string' && /^-?\d+([.,]\d+)?$/.test(v)) return Number(v.replace(',', '.'));
      return v instanceof Date ? isoUTC(v) : v;
    case 'ya':
      if (typeof v === 'boolean') return v;
      if (typeof v === 'string') {
        const s = v.toLowerCase();
        if (['ya', 'y', 'true', 'benar', 'yes'].includes(s)) return true;
        if (['tidak', 't', 'false', 'salah', 'no', 'n'].includes(s)) return false;
      }
      return v instanceof Date ? isoUTC(v) : v;
    case 'tanggal':
      return v instanceof Date ? isoUTC(v) : String(v);
    default:
      if (typeof v === 'number') {
        if (k.path === '/nip') onNipNumber();
        return String(v);
      }
      return v instanceof Date ? isoUTC(v) : String(v);
  }
}

type PetaSel = Map<string, { sheet: string; cell: string; row: number }>;

/** What reading one workbook shares: its file, messages, cell map and findings. */
interface BacaXlsx {
  file: string;
  t: Translate;
  map: PetaSel;
  locator: Locator;
  problems: Finding[];
}

interface BarisLembar {
  row: number;
  data: Record<string, unknown>;
  cells: Map<string, string>;
}

/** Open the workbook, or say why it cannot be read. */
async function bukaWorkbook(abs: string, c: BacaXlsx): Promise<Workbook | Finding> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(abs);
  } catch (e) {
    return parseFailure(c.file, c.t, 'kredit.muat.tidakTerbaca', { pesan: (e as Error).message });
  }
  // .xls and .ods are not zip/OOXML: say so instead of a library error.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b)
    return parseFailure(c.file, c.t, 'kredit.muat.bukanXlsx');
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return parseFailure(c.file, c.t, 'kredit.muat.xlsxRusak', { pesan: (e as Error).message });
  }
  return wb;
}

/** The year from the Petunjuk sheet (row "Tahun", column B), else from the file name. */
function tahunPetunjuk(wb: Workbook, c: BacaXlsx): number | null {
  let tahun: number | null = tahunNama(c.file);
  const petunjuk = wb.getWorksheet(LEMBAR.petunjuk);
  petunjuk?.eachRow((row, r) => {
    if (String(nilaiSel(row.getCell(1).value) ?? '').toLowerCase() === 'tahun') {
      const v = nilaiSel(row.getCell(2).value);
      if (typeof v === 'number') tahun = v;
      else if (typeof v === 'string' && /^\d{4}$/.test(v)) tahun = Number(v);
      c.map.set('/tahun', { sheet: petunjuk.name, cell: `B${r}`, row: r });
    }
  });
  return tahun;
}

/** Rows of a sheet as objects; header row 1 matched by title (case-insensitive). */
function bacaLembar(ws: ExcelWorksheet, kolom: readonly Kolom[], c: BacaXlsx): BarisLembar[] {
  const pos = new Map<Kolom, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const title = String(nilaiSel(cell.value) ?? '').toLowerCase();
    const k = kolom.find((x) => x.judul.toLowerCase() === title);
    if (k) pos.set(k, col);
  });
  for (const k of kolom)
    if (k.wajib && !pos.has(k))
      c.problems.push({
        ...emptyFinding('schema', 'error'),
        message: c.t('kredit.muat.kolomHilang', { kolom: k.judul, lembar: ws.name }),
        file: c.file,
        sheet: ws.name,
        cell: 'A1',
        row: 1,
      });
  const nipAngka = (cell: string, row: number) => () =>
    c.problems.push({
      ...emptyFinding('nip-teks', 'error'),
      message: c.t('kredit.muat.nipAngka', { sel: `${ws.name}!${cell}` }),
      file: c.file,
      sheet: ws.name,
      cell,
      row,
      hint: c.t('kredit.muat.saranNipTeks'),
    });
  const rows: BarisLembar[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const data: Record<string, unknown> = {};
    const cells = new Map<string, string>();
    let any = false;
    for (const [k, col] of pos) {
      const cell = `${hurufKolom(col)}${r}`;
      const v = ubah(k, row.getCell(col).value, nipAngka(cell, r));
      cells.set(k.path, cell);
      if (v === undefined) continue;
      any = true;
      setPath(data, k.path, v);
    }
    if (any) rows.push({ row: r, data, cells });
  }
  return rows;
}

/** The conversion form: one row per period, grouped into workers by staff id. */
async function bacaPeriode(wb: Workbook, ws: ExcelWorksheet, c: BacaXlsx): Promise<SatuLog> {
  const pegawai: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  const sel = (ptr: string, cell: string, row: number) =>
    c.map.set(ptr, { sheet: ws.name, cell, row });
  for (const r of bacaLembar(ws, KOLOM_PERIODE, c)) {
    const staf = typeof r.data.staf === 'string' ? r.data.staf : '';
    let i = index.get(staf);
    if (i === undefined) {
      i = pegawai.length;
      index.set(staf, i);
      pegawai.push({ staf, periode: [] });
      sel(`/pegawai/${i}`, `A${r.row}`, r.row);
      sel(`/pegawai/${i}/periode`, `A${r.row}`, r.row);
    }
    const p = pegawai[i]!;
    const list = p.periode as Record<string, unknown>[];
    const { staf: _s, nip, integrasi, ...periode } = r.data;
    for (const [k, v] of Object.entries(periode))
      if (v instanceof Date || (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)))
        periode[k] = String(v).slice(0, 7);
    if (nip !== undefined && p.nip === undefined) {
      p.nip = nip;
      sel(`/pegawai/${i}/nip`, r.cells.get('/nip')!, r.row);
    }
    if (integrasi !== undefined && p.integrasi === undefined) {
      p.integrasi = integrasi;
      sel(`/pegawai/${i}/integrasi`, r.cells.get('/integrasi')!, r.row);
    }
    const j = list.length;
    sel(`/pegawai/${i}/periode/${j}`, `A${r.row}`, r.row);
    for (const [path_, cell] of r.cells) sel(`/pegawai/${i}/periode/${j}${path_}`, cell, r.row);
    list.push(periode);
  }
  const data: Record<string, unknown> = { versi: 2, tahun: tahunPetunjuk(wb, c) ?? 0, pegawai };
  const { checkSchema } = await import('./schema-check.js');
  c.problems.push(...checkSchema('kredit-konversi', KONVERSI_SCHEMA, data, c.locator, c.t));
  return {
    log: null,
    konversi: normaliseKonversi(data, c.file),
    locator: c.locator,
    problems: c.problems,
  };
}

/** Map a row's pointers, and each intermediate object (e.g. /pengangkatan), to the first of its cells. */
function petakanBaris(map: PetaSel, base: string, sheet: string, r: BarisLembar): void {
  map.set(base, { sheet, cell: `A${r.row}`, row: r.row });
  for (const [p, cell] of r.cells) {
    const segs = p.split('/').filter(Boolean);
    for (let i = 1; i <= segs.length; i++) {
      const ptr = `${base}/${segs.slice(0, i).join('/')}`;
      if (i === segs.length || !map.has(ptr)) map.set(ptr, { sheet, cell, row: r.row });
    }
  }
}

/** The per-activity form: Pegawai, Kegiatan (linked by staff id) and Ambang sheets. */
async function bacaButir(
  wb: Workbook,
  sheetPegawai: ExcelWorksheet,
  sheetKegiatan: ExcelWorksheet,
  c: BacaXlsx,
): Promise<SatuLog> {
  const pegawaiRows = bacaLembar(sheetPegawai, KOLOM_PEGAWAI, c);
  const kegiatanRows = bacaLembar(sheetKegiatan, KOLOM_KEGIATAN, c);
  const ambangSheet = wb.getWorksheet(LEMBAR.ambang);
  const ambangRows = ambangSheet ? bacaLembar(ambangSheet, KOLOM_AMBANG, c) : [];
  const tahun = tahunPetunjuk(wb, c);

  const pegawai: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  for (const r of pegawaiRows) {
    const i = pegawai.length;
    petakanBaris(c.map, `/pegawai/${i}`, sheetPegawai.name, r);
    c.map.set(`/pegawai/${i}/kegiatan`, {
      sheet: sheetPegawai.name,
      cell: `A${r.row}`,
      row: r.row,
    });
    pegawai.push({ ...r.data, kegiatan: [] });
    if (typeof r.data.staf === 'string' && !index.has(r.data.staf)) index.set(r.data.staf, i);
  }
  for (const r of kegiatanRows) {
    const staf = typeof r.data.staf === 'string' ? r.data.staf : '';
    const i = index.get(staf);
    if (i === undefined) {
      c.problems.push({
        ...emptyFinding('schema', 'error'),
        message: c.t('kredit.muat.kegiatanTanpaPegawai', { staf, lembar: LEMBAR.pegawai }),
        file: c.file,
        sheet: sheetKegiatan.name,
        cell: r.cells.get('/staf') ?? `A${r.row}`,
        row: r.row,
        value: staf || null,
      });
      continue;
    }
    const list = pegawai[i]!.kegiatan as Record<string, unknown>[];
    const { staf: _s, ...rest } = r.data;
    petakanBaris(c.map, `/pegawai/${i}/kegiatan/${list.length}`, sheetKegiatan.name, r);
    list.push(rest);
  }
  const ambang = ambangRows.map((r, i) => {
    petakanBaris(c.map, `/ambang/${i}`, ambangSheet!.name, r);
    return r.data;
  });
  const data: Record<string, unknown> = { versi: 1, tahun: tahun ?? 0, ambang, pegawai };
  c.problems.push(...(await periksaSkema(data, c.locator, c.t)));
  return { log: normalise(data, c.file), locator: c.locator, problems: c.problems };
}

async function loadXlsx(abs: string, file: string, t: Translate): Promise<SatuLog> {
  const map: PetaSel = new Map();
  const c: BacaXlsx = { file, t, map, locator: xlsxLocator(file, map), problems: [] };
  const wb = await bukaWorkbook(abs, c);
  if (!('getWorksheet' in wb)) return { log: null, locator: c.locator, problems: [wb] };
  const sheetPegawai = wb.getWorksheet(LEMBAR.pegawai);
  const sheetKegiatan = wb.getWorksheet(LEMBAR.kegiatan);
  const sheetPeriode = wb.getWorksheet(LEMBAR_PERIODE);
  if (!sheetPeriode && (!sheetPegawai || !sheetKegiatan))
    return {
      log: null,
      locator: c.locator,
      problems: [
        parseFailure(file, t, 'kredit.muat.lembarHilang', {
          lembar: `${LEMBAR.pegawai}, ${LEMBAR.kegiatan}`,
        }),
      ],
    };
  if (sheetPeriode && !sheetKegiatan) return bacaPeriode(wb, sheetPeriode, c);
  if (!sheetPegawai || !sheetKegiatan)
    return { log: null, locator: c.locator, problems: c.problems };
  return bacaButir(wb, sheetPegawai, sheetKegiatan, c);
}

/**
 * The year to report on: the one asked for, else the latest year whose log records at least one
 * activity (a template written by `--kosong` for next year must not take over), else the latest year.
 */
export function pilihTahun(logs: readonly LogKreditTermuat[], tahun?: number): number | null {
  if (tahun !== undefined) return tahun;
  const sah = logs.filter((l) => Number.isInteger(l.log.tahun) && l.log.tahun > 0);
  const terisi = sah.filter((l) =>
    (Array.isArray(l.log.pegawai) ? l.log.pegawai : []).some(
      (p) => p && Array.isArray(p.kegiatan) && p.kegiatan.length > 0,
    ),
  );
  const years = (terisi.length ? terisi : sah).map((l) => l.log.tahun);
  return years.length ? Math.max(...years) : null;
}
