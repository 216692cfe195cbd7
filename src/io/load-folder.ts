/**
 * Loads a lembaga folder (lembaga.yaml + register/*) or files named directly.
 * Bad input never throws: unreadable, unparseable or invalid files become
 * findings (`parse-error`, `schema`) at the best location available. Only a
 * path that does not exist, or a folder without lembaga.yaml, is a usage error.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import { NO_LOCATION } from '../core/finding.js';
import { UsageError } from '../core/errors.js';
import { emptyFinding } from '../core/finding.js';
import type { Locator } from '../core/finding.js';
import type { Lembaga } from '../model/lembaga.js';
import type { Kasus } from '../model/kasus.js';
import type { KasusTerdaftar } from '../standards/rule.js';
import type { Translate } from '../i18n/index.js';
import { parseYamlSource, type YamlSource } from './yaml-source.js';
import type { LoadedRegister } from './register-xlsx.js';
import { UKURAN_JENDELA, YAML_ALIR_MAKS_BYTES, type TerimaKasus } from './alir.js';

export interface LoadedInstitution {
  /** The lembaga folder (absolute). */
  root: string;
  lembagaFile: string | null;
  lembaga: Lembaga | null;
  lembagaLocator: Locator;
  registers: LoadedRegister[];
  /** parse-error and schema findings of every file. */
  problems: Finding[];
  /** Number of files read. */
  files: number;
}

export interface LoadOptions {
  cwd: string;
  t: Translate;
  /** Validate against the JSON Schemas (validasi: yes; other commands too, to refuse bad data). */
  schema?: boolean;
  /** Skip reading registers (tarif, sop). */
  withoutRegisters?: boolean;
  /** Called before each register file is read (progress on a terminal). */
  onBerkas?: (file: string, ke: number, dari: number) => void;
  /**
   * Cases that stream (issue 16): called once the lembaga file is read; the function it returns
   * gets every register's cases window by window, and the registers keep none (`jumlah` counts
   * them). Null: the registers are read whole. Called again when a workbook could not stream
   * after some of its cases went on: the new function starts afresh, the old one is void.
   */
  alirkan?: (awal: { lembaga: Lembaga | null; lembagaLocator: Locator }) => TerimaKasus | null;
  /** Cases per window while streaming (default UKURAN_JENDELA). */
  jendela?: number;
  /** YAML registers from this size are read case by case (default YAML_ALIR_DARI). */
  yamlAlirDari?: number;
}

/**
 * YAML registers from 4 MB stream (issue 16): below it a whole read is quick and small, and
 * keeps the exact findings of the one-document parse (a syntax error anywhere stops the file).
 */
export const YAML_ALIR_DARI = 4 * 1024 * 1024;

const REGISTER_EXT = /\.(ya?ml|xlsx|xlsm|xls|ods|csv|json)$/i;

/** Display name of a path: relative to cwd with forward slashes. */
export function displayPath(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  const shown = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
  return shown.split(path.sep).join('/');
}

async function stat(p: string) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

export function yamlLocator(src: YamlSource | null, file: string): Locator {
  return {
    locate(pointer, key) {
      const pos = src ? (key ? src.locateKey(pointer) : src.locate(pointer)) : null;
      return { ...NO_LOCATION, file, line: pos?.line ?? null, column: pos?.column ?? null };
    },
  };
}

/** A finding for a YAML problem (syntax, duplicate key, alias bomb, NIK as number…). */
function yamlProblemFinding(src: YamlSource, t: Translate): Finding[] {
  return src.problems.map((p) => ({
    ...emptyFinding(p.code === 'identifier-number' ? 'nik-teks' : 'parse-error', p.severity),
    message: t(p.key, {
      file: src.file,
      ...p.params,
      ...(p.params.kode ? { pesan: kodeYaml(String(p.params.kode), t) } : {}),
    }),
    file: src.file,
    line: p.line,
    column: p.column,
    path: p.path ?? null,
    value: p.value ?? null,
    hint: p.code === 'identifier-number' ? t('yaml.saranKutip') : null,
  }));
}

/** The YAML parser's error code in plain words (its own messages are English). */
function kodeYaml(kode: string, t: Translate): string {
  const key = `yaml.kode.${kode}`;
  const msg = t(key);
  return msg === key ? t('yaml.kode.lain') : msg;
}

/** A finding about a whole file that could not be read (rule `parse-error`). */
export function parseFailure(
  file: string,
  t: Translate,
  key: string,
  params: Record<string, string | number> = {},
): Finding {
  return { ...emptyFinding('parse-error', 'error'), message: t(key, { file, ...params }), file };
}

/** Read and parse lembaga.yaml. */
export async function loadLembagaFile(abs: string, display: string, opts: LoadOptions) {
  const { t } = opts;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(abs);
  } catch (e) {
    return {
      lembaga: null,
      locator: yamlLocator(null, display),
      problems: [parseFailure(display, t, 'yaml.tidakTerbaca', { pesan: (e as Error).message })],
    };
  }
  const src = parseYamlSource(bytes, display);
  const problems = yamlProblemFinding(src, t);
  const locator = yamlLocator(src, display);
  const data = src.data;
  if (data === undefined) return { lembaga: null, locator, problems };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ ...parseFailure(display, t, 'yaml.bukanPeta'), line: 1, column: 1 });
    return { lembaga: null, locator, problems };
  }
  if (opts.schema !== false) {
    const { checkSchema, applySuggestions } = await import('./schema-check.js');
    const { LEMBAGA_SCHEMA } = await import('../model/lembaga-schema.js');
    // Dates may be written dd/mm/yyyy, as in the Excel register (issue 14).
    const { normaliseTanggal } = await import('./tanggal-yaml.js');
    normaliseTanggal(data, LEMBAGA_SCHEMA);
    const schemaFindings = checkSchema('lembaga', LEMBAGA_SCHEMA, data, locator, t);
    applySuggestions(data, schemaFindings);
    for (const f of schemaFindings) problems.push(f);
  }
  return { lembaga: normaliseLembaga(data as Lembaga), locator, problems };
}

/** Defaults that keep rules simple on partial data. */
function normaliseLembaga(l: Lembaga): Lembaga {
  return {
    ...l,
    lembaga: l.lembaga && typeof l.lembaga === 'object' ? l.lembaga : ({} as Lembaga['lembaga']),
    layanan:
      l.layanan && typeof l.layanan === 'object' && !Array.isArray(l.layanan) ? l.layanan : {},
    staf: Array.isArray(l.staf) ? l.staf.filter((s) => s && typeof s === 'object') : [],
  };
}

/**
 * Read one register file (YAML or canonical Excel). With `terima` its cases are handed on and
 * not kept; a workbook that cannot stream is read whole and handed on (`utuh`: the read has
 * been restarted for that reason, see loadKelompok).
 */
export async function loadRegisterFile(
  abs: string,
  display: string,
  opts: LoadOptions,
  terima: TerimaKasus | null = null,
  utuh: { tidakUrut: boolean } | null = null,
): Promise<LoadedRegister> {
  const r = await bacaRegister(abs, display, opts, terima, utuh);
  if ('register' in r) return r.register;
  // Windows already handed on may lack child rows: only a fresh start is right (loadKelompok).
  const { readRegisterXlsx } = await import('./register-xlsx.js');
  const reg = await readRegisterXlsx(abs, display, opts.t, r);
  return terima ? serahkan(reg, terima) : reg;
}

/** One register, or word that it could not stream after windows were handed on. */
async function bacaRegister(
  abs: string,
  display: string,
  opts: LoadOptions,
  terima: TerimaKasus | null,
  utuh: { tidakUrut: boolean } | null,
): Promise<{ register: LoadedRegister } | { tidakUrut: boolean }> {
  const ext = path.extname(abs).toLowerCase();
  if (terima && (ext === '.xlsx' || ext === '.xlsm')) {
    const { alirRegisterXlsx, readRegisterXlsx } = await import('./register-xlsx.js');
    if (utuh)
      return { register: serahkan(await readRegisterXlsx(abs, display, opts.t, utuh), terima) };
    const a = await alirRegisterXlsx(abs, display, opts.t, terima, { jendela: opts.jendela });
    return 'register' in a ? { register: { ...a.register, jumlah: a.jumlah } } : a;
  }
  if (terima && (ext === '.yaml' || ext === '.yml')) {
    const besar = (await stat(abs))?.size ?? 0;
    if (besar >= (opts.yamlAlirDari ?? YAML_ALIR_DARI) && besar <= YAML_ALIR_MAKS_BYTES) {
      const { alirRegisterYaml } = await import('./yaml-alir.js');
      const r = await alirRegisterYaml(abs, display, terima, {
        t: opts.t,
        jendela: opts.jendela ?? UKURAN_JENDELA,
        schema: opts.schema !== false,
        masalahYaml: yamlProblemFinding,
        normalise: normaliseKasus,
      });
      if (r) return { register: r };
    }
  }
  const reg = await bacaRegisterUtuh(abs, display, ext, opts);
  return { register: terima ? serahkan(reg, terima) : reg };
}

/** A register read whole, handed on window by window as if it had streamed. */
function serahkan(reg: LoadedRegister, terima: TerimaKasus): LoadedRegister {
  const { kasus } = reg;
  for (let i = 0; i < kasus.length; i += UKURAN_JENDELA)
    terima(kasus.slice(i, i + UKURAN_JENDELA), reg);
  return { ...reg, kasus: [], jumlah: kasus.length };
}

/** Cases in a register as read: those it holds, or those that streamed through it. */
export function jumlahKasus(reg: LoadedRegister): number {
  return reg.jumlah ?? reg.kasus.length;
}

async function bacaRegisterUtuh(
  abs: string,
  display: string,
  ext: string,
  opts: LoadOptions,
): Promise<LoadedRegister> {
  const { t } = opts;
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls' || ext === '.ods') {
    const { readRegisterXlsx } = await import('./register-xlsx.js');
    return readRegisterXlsx(abs, display, t);
  }
  if (ext === '.csv') {
    return {
      file: display,
      kasus: [],
      locator: yamlLocator(null, display),
      problems: [parseFailure(display, t, 'validasi.csvPerluImpor')],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(abs);
  } catch (e) {
    return {
      file: display,
      kasus: [],
      locator: yamlLocator(null, display),
      problems: [parseFailure(display, t, 'yaml.tidakTerbaca', { pesan: (e as Error).message })],
    };
  }
  const src = parseYamlSource(bytes, display);
  const problems = yamlProblemFinding(src, t);
  const locator = yamlLocator(src, display);
  const data = src.data as { kasus?: unknown } | undefined;
  if (data === undefined) return { file: display, kasus: [], locator, problems };
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ ...parseFailure(display, t, 'validasi.bukanRegister'), line: 1, column: 1 });
    return { file: display, kasus: [], locator, problems };
  }
  if (opts.schema !== false) {
    const { checkSchema, applySuggestions } = await import('./schema-check.js');
    const { REGISTER_SCHEMA } = await import('../model/register-schema.js');
    const schemaFindings = checkSchema('register', REGISTER_SCHEMA, data, locator, t);
    applySuggestions(data, schemaFindings);
    for (const f of schemaFindings) problems.push(f);
  }
  const list = Array.isArray(data.kasus) ? (data.kasus as unknown[]) : [];
  const kasus: KasusTerdaftar[] = [];
  list.forEach((k, i) => {
    if (k && typeof k === 'object' && !Array.isArray(k))
      kasus.push({ kasus: normaliseKasus(k as Kasus), file: display, pointer: `/kasus/${i}` });
  });
  return { file: display, kasus, locator, problems };
}

/** Defaults that keep case rules simple on partial data. */
export function normaliseKasus(k: Kasus): Kasus {
  return {
    ...k,
    nomor: k.nomor === undefined || k.nomor === null ? '' : String(k.nomor),
    klien: k.klien && typeof k.klien === 'object' ? k.klien : ({} as Kasus['klien']),
    tahapan: k.tahapan && typeof k.tahapan === 'object' ? k.tahapan : {},
    kegiatan: Array.isArray(k.kegiatan) ? k.kegiatan.filter((x) => x && typeof x === 'object') : [],
    pengaduan: Array.isArray(k.pengaduan)
      ? k.pengaduan.filter((x) => x && typeof x === 'object')
      : [],
    perpanjangan: Array.isArray(k.perpanjangan)
      ? k.perpanjangan.filter((x) => x && typeof x === 'object')
      : [],
  };
}

/** Names Windows users end up with instead of `lembaga.yaml`, read as it. */
const NAMA_LEMBAGA = /^lembaga\.ya?ml$/i;
/** Notepad's "Save as" adds `.txt`; Explorer hides it. Diagnosed by name. */
const NAMA_LEMBAGA_TXT = /^lembaga\.ya?ml\.txt$/i;

/**
 * The institution file of a folder: `lembaga.yaml`, else `lembaga.yml` or another
 * capitalisation (`Lembaga.yaml`). `lembaga.yaml.txt` is refused with what to do about it.
 */
export async function cariLembagaDiFolder(
  dir: string,
  t: Translate,
  cwd: string,
): Promise<string | null> {
  const exact = path.join(dir, 'lembaga.yaml');
  if ((await stat(exact))?.isFile()) return exact;
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return null;
  }
  const sorted = [...names].sort();
  const mirip = sorted.find((n) => NAMA_LEMBAGA.test(n));
  if (mirip && (await stat(path.join(dir, mirip)))?.isFile()) return path.join(dir, mirip);
  const txt = sorted.find((n) => NAMA_LEMBAGA_TXT.test(n));
  if (txt)
    throw new UsageError(
      t('umum.lembagaTxt', { file: displayPath(path.join(dir, txt), cwd), nama: txt }),
    );
  return null;
}

async function findLembagaUpwards(
  start: string,
  t: Translate,
  cwd: string,
): Promise<string | null> {
  let dir = start;
  for (let i = 0; i < 3; i++) {
    const candidate = await cariLembagaDiFolder(dir, t, cwd);
    if (candidate) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return null;
}

/** Files of a folder's register/ directory (skipping Excel's `~$` lock files and hidden files). */
export async function registerFiles(root: string): Promise<string[]> {
  const dir = path.join(root, 'register');
  const st = await stat(dir);
  if (!st?.isDirectory()) return [];
  const names = await fs.readdir(dir);
  return names
    .filter(
      (n) =>
        !n.startsWith('~$') &&
        !n.startsWith('.') &&
        REGISTER_EXT.test(n) &&
        !/\.ditolak\.xlsx$/i.test(n),
    )
    .sort((a, b) => a.localeCompare(b))
    .map((n) => path.join(dir, n));
}

/** The inputs of one institution, before reading. */
export interface KelompokMasukan {
  root: string;
  lembagaAbs: string | null;
  /** Register files named directly (only these are read when `semuaRegister` is false). */
  registerAbs: string[];
  /** Read every file of the folder's register/: the folder was given. */
  semuaRegister: boolean;
  /** Its lembaga.yaml was given: every register too, unless register files were named. */
  lembagaDiberikan: boolean;
}

/**
 * Group the paths given on the command line (default: cwd) by institution: a folder, its
 * lembaga.yaml, its register/ folder and its register files all belong to the institution
 * whose lembaga.yaml they sit under. `lembaga validasi dinas/*\/` gives one group per folder,
 * each checked against its own lembaga.yaml.
 */
export async function kelompokkanMasukan(
  paths: readonly string[],
  opts: Pick<LoadOptions, 'cwd' | 't'>,
): Promise<KelompokMasukan[]> {
  const { cwd, t } = opts;
  const given = paths.length ? paths : ['.'];
  const groups = new Map<string, KelompokMasukan>();
  const group = (lembagaAbs: string | null, root: string) => {
    const key = lembagaAbs ?? '';
    let g = groups.get(key);
    if (!g) {
      g = { root, lembagaAbs, registerAbs: [], semuaRegister: false, lembagaDiberikan: false };
      groups.set(key, g);
    }
    return g;
  };
  for (const p of given) {
    const abs = path.resolve(cwd, p.replace(/\\/g, path.sep));
    const st = await stat(abs);
    if (!st) throw new UsageError(t('umum.pathTidakAda', { path: p }));
    if (st.isDirectory()) {
      const candidate = await cariLembagaDiFolder(abs, t, cwd);
      if (candidate) {
        group(candidate, abs).semuaRegister = true;
        continue;
      }
      // A register folder given directly: its parent holds lembaga.yaml.
      const up = await findLembagaUpwards(path.dirname(abs), t, cwd);
      if (path.basename(abs).toLowerCase() === 'register' && up) {
        group(up, path.dirname(up)).semuaRegister = true;
        continue;
      }
      throw new UsageError(t('umum.folderTanpaLembaga', { folder: p }));
    }
    const base = path.basename(abs);
    if (NAMA_LEMBAGA_TXT.test(base))
      throw new UsageError(t('umum.lembagaTxt', { file: displayPath(abs, cwd), nama: base }));
    if (NAMA_LEMBAGA.test(base)) {
      // The institution file given for its folder (`lembaga laporan lks/lembaga.yaml`):
      // the folder is meant, registers included.
      group(abs, path.dirname(abs)).lembagaDiberikan = true;
      continue;
    }
    const up = await findLembagaUpwards(path.dirname(abs), t, cwd);
    group(up, up ? path.dirname(up) : cwd).registerAbs.push(abs);
  }
  return [...groups.values()];
}

/** Read one group: its lembaga.yaml and registers. */
export async function loadKelompok(
  g: KelompokMasukan,
  opts: LoadOptions,
): Promise<LoadedInstitution> {
  const { cwd } = opts;
  const problems: Finding[] = [];
  let lembaga: Lembaga | null = null;
  let lembagaLocator: Locator = yamlLocator(null, 'lembaga.yaml');
  let lembagaFile: string | null = null;
  let files = 0;
  if (g.lembagaAbs) {
    lembagaFile = displayPath(g.lembagaAbs, cwd);
    const l = await loadLembagaFile(g.lembagaAbs, lembagaFile, opts);
    lembaga = l.lembaga;
    lembagaLocator = l.locator;
    for (const f of l.problems) problems.push(f);
    files++;
  }
  const awal = { lembaga, lembagaLocator };
  let terima = opts.withoutRegisters ? null : (opts.alirkan?.(awal) ?? null);
  const daftar = opts.withoutRegisters ? [] : await daftarRegister(g);
  const utuh = new Map<string, { tidakUrut: boolean }>();
  let dibaca = await bacaRegisterSemua(daftar, opts, terima, utuh);
  while (!Array.isArray(dibaca)) {
    // A workbook could not stream after some of its cases went on: start afresh, that one read
    // whole (alirkan's contract: a new call voids everything the last one was given).
    utuh.set(dibaca.abs, { tidakUrut: dibaca.tidakUrut });
    terima = opts.alirkan?.(awal) ?? null;
    dibaca = await bacaRegisterSemua(daftar, opts, terima, utuh);
  }
  const registers = dibaca;
  for (const reg of registers) {
    for (const p of reg.problems) problems.push(p);
    files++;
  }
  return { root: g.root, lembagaFile, lembaga, lembagaLocator, registers, problems, files };
}

/** The register files of a group: its register/ folder (when asked for) and those named. */
async function daftarRegister(g: KelompokMasukan): Promise<string[]> {
  const semua =
    g.semuaRegister || (g.lembagaDiberikan && g.registerAbs.length === 0)
      ? await registerFiles(g.root)
      : [];
  return [...new Set([...semua, ...g.registerAbs])];
}

/** Every register in turn; word of the first one that could not stream (then nothing else is read). */
async function bacaRegisterSemua(
  daftar: readonly string[],
  opts: LoadOptions,
  terima: TerimaKasus | null,
  utuh: ReadonlyMap<string, { tidakUrut: boolean }>,
): Promise<LoadedRegister[] | { abs: string; tidakUrut: boolean }> {
  const out: LoadedRegister[] = [];
  for (const [i, r] of daftar.entries()) {
    const display = displayPath(r, opts.cwd);
    opts.onBerkas?.(display, i + 1, daftar.length);
    const reg = await bacaRegister(r, display, opts, terima, utuh.get(r) ?? null);
    if (!('register' in reg)) return { abs: r, tidakUrut: reg.tidakUrut };
    out.push(reg.register);
  }
  return out;
}

/** Every institution named on the command line, each with its own lembaga.yaml and registers. */
export async function loadInstitutions(
  paths: readonly string[],
  opts: LoadOptions,
): Promise<LoadedInstitution[]> {
  const groups = await kelompokkanMasukan(paths, opts);
  const out: LoadedInstitution[] = [];
  for (const g of groups) out.push(await loadKelompok(g, opts));
  return out;
}

/**
 * Resolve the paths given on the command line (default: cwd) and load one institution.
 * A folder, or its lembaga.yaml, means the lembaga.yaml and every file in its register/
 * folder. Paths of more than one institution are refused: commands that write one
 * document per institution (laporan, register, tarif, sop) take one.
 */
export async function loadInputs(
  paths: readonly string[],
  opts: LoadOptions,
): Promise<LoadedInstitution> {
  const groups = await kelompokkanMasukan(paths, opts);
  if (groups.length > 1)
    throw new UsageError(
      opts.t('umum.satuLembaga', {
        daftar: groups
          .map(
            (g) =>
              displayPath(g.lembagaAbs ? path.dirname(g.lembagaAbs) : opts.cwd, opts.cwd) || '.',
          )
          .join(', '),
      }),
    );
  return loadKelompok(groups[0]!, opts);
}
