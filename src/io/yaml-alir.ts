/**
 * A large YAML register read case by case (issue 16). The yaml library keeps a whole document
 * as nodes, about 60 times the file's size; a register as `lembaga impor` writes it is a
 * `kasus:` list of block items, so each item is parsed on its own (its lines counted from where
 * it stands in the file), checked, handed on and forgotten. What the text does not allow to be
 * cut safely — anchors and aliases, tags, several documents, a flow list, keys after the list —
 * is read whole, within the whole-read limits.
 */
import type { Finding, Location, Locator } from '../core/finding.js';
import { NO_LOCATION } from '../core/finding.js';
import type { Translate } from '../i18n/index.js';
import type { Kasus } from '../model/kasus.js';
import type { KasusTerdaftar } from '../standards/rule.js';
import type { TerimaKasus } from './alir.js';
import type { LoadedRegister } from './register-xlsx.js';
import { parseYamlTeks, yamlLimits, type YamlSource } from './yaml-source.js';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';

/** Where a register's cases stand in its text: the head (`versi`, `kasus:`), then each item. */
export interface PotonganYaml {
  kepala: string;
  /** The line (0-based) each item starts on. */
  baris: number[];
}

/** A line that forbids cutting: anchors, aliases, tags, a second document. */
const TIDAK_DIPOTONG = /(^|[\s[{,])[&*!][^\s,\]}]|^(---|\.\.\.)\s*$/;

/**
 * Finds, line by line, where the `kasus:` items start; null once the text cannot be cut safely
 * (then the register is read whole).
 */
class Pemotong {
  private kepala: string[] | null = [];
  private diKasus = false;
  private d = -1;
  private n = 0;
  readonly baris: number[] = [];
  gagal = false;

  tambah(line: string): void {
    const i = this.n++;
    if (this.gagal) return;
    if (TIDAK_DIPOTONG.test(line)) {
      this.gagal = true;
      return;
    }
    if (!this.diKasus) {
      this.kepala!.push(line);
      if (/^kasus:[ \t]*(#.*)?\r?$/.test(line)) this.diKasus = true;
      return;
    }
    let j = 0;
    while (j < line.length && line.charCodeAt(j) === 32) j++;
    const c = line[j];
    if (j >= line.length || c === '#' || c === '\r') {
      if (this.d < 0) this.kepala!.push(line);
      return;
    }
    const next = line[j + 1];
    const item = c === '-' && (j + 1 >= line.length || next === ' ' || next === '\r');
    if (this.d < 0) {
      if (!item) {
        this.gagal = true;
        return;
      }
      this.d = j;
    }
    if (item && j === this.d) this.baris.push(i);
    else if (j <= this.d) this.gagal = true; // a key after the list, or a list that is not one
  }

  hasil(): PotonganYaml | null {
    if (this.gagal || this.baris.length === 0) return null;
    return { kepala: this.kepala!.join('\n') + '\n', baris: this.baris };
  }
}

/** Cut a register's text into its head and its `kasus:` items, or null (read it whole). */
export function potongRegisterYaml(text: string): PotonganYaml | null {
  const p = new Pemotong();
  for (const line of text.split('\n')) p.tambah(line);
  return p.hasil();
}

/** The lines of a UTF-8 file, streamed (a UTF-16 file is read whole instead: null). */
async function* barisBerkas(abs: string): AsyncGenerator<string> {
  const rl = createInterface({
    input: createReadStream(abs, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let first = true;
  for await (const line of rl) {
    yield first ? line.replace(/^\uFEFF/, '') : line;
    first = false;
  }
}

/** One case's source and the line it starts on, while its window is in memory. */
interface Sumber {
  src: YamlSource;
  baris: number;
}

/** Lines and columns of the head and of the cases of the window being checked. */
class LokasiAlir implements Locator {
  readonly kasus = new Map<number, Sumber>();
  constructor(
    private readonly file: string,
    private readonly kepala: YamlSource,
  ) {}

  locate(pointer: string, key?: boolean): Location {
    const m = /^\/kasus\/(\d+)(\/.*)?$/.exec(pointer);
    const s = m ? this.kasus.get(Number(m[1])) : undefined;
    const src = s ? s.src : this.kepala;
    const p = s ? `/0${m![2] ?? ''}` : pointer;
    const pos = key ? src.locateKey(p) : src.locate(p);
    const geser = s ? s.baris : 0;
    return {
      ...NO_LOCATION,
      file: this.file,
      line: pos ? pos.line + geser : null,
      column: pos?.column ?? null,
    };
  }
}

export interface AlirYamlOpsi {
  t: Translate;
  jendela: number;
  schema: boolean;
  /** Findings for a source's problems (load-folder's, one wording for every YAML file). */
  masalahYaml: (src: YamlSource, t: Translate) => Finding[];
  normalise: (k: Kasus) => Kasus;
}

/**
 * Read a YAML register case by case, handing each window to `terima`; null when its text cannot
 * be cut (read it whole). The file is read twice as a stream — once to find where the cases
 * start, once to parse them — and never held whole. Each item is its own document: a syntax
 * error loses that case only, and is reported at its line.
 */
export async function alirRegisterYaml(
  abs: string,
  file: string,
  terima: TerimaKasus,
  o: AlirYamlOpsi,
): Promise<LoadedRegister | null> {
  const kepalaBerkas = await bacaAwal(abs);
  if (!kepalaBerkas || kepalaBerkas[0] === 0xff || kepalaBerkas[0] === 0xfe) return null;
  const pemotong = new Pemotong();
  for await (const line of barisBerkas(abs)) {
    pemotong.tambah(line);
    if (pemotong.gagal) return null;
  }
  const potong = pemotong.hasil();
  if (!potong) return null;
  const { t } = o;
  const limits = yamlLimits();
  const kepala = parseYamlTeks(potong.kepala, file, limits);
  const head = kepala.data as Record<string, unknown> | undefined;
  if (!head || typeof head !== 'object' || Array.isArray(head)) return null;
  const locator = new LokasiAlir(file, kepala);
  const problems: Finding[] = o.masalahYaml(kepala, t);
  const reg: LoadedRegister = { file, kasus: [], locator, problems };
  const schema = o.schema ? await import('./schema-check.js') : null;
  const skema = o.schema ? await import('../model/register-schema.js') : null;
  if (schema && skema)
    problems.push(
      ...schema.checkSchema('register', skema.REGISTER_SCHEMA, { ...head, kasus: [] }, locator, t),
    );
  let jendela: KasusTerdaftar[] = [];
  let jumlah = 0;
  const siram = () => {
    if (jendela.length) terima(jendela, reg);
    jumlah += jendela.length;
    jendela = [];
    locator.kasus.clear();
  };
  const baca = (i: number, teks: string) => {
    const src = parseYamlTeks(teks, file, limits);
    const sumber = { src, baris: potong.baris[i]! };
    locator.kasus.set(i, sumber);
    for (const f of o.masalahYaml(src, t))
      problems.push({
        ...f,
        line: f.line === null ? null : f.line + sumber.baris,
        path: f.path ? f.path.replace(/^\/0(?=\/|$)/, `/kasus/${i}`) : f.path,
      });
    if (!Array.isArray(src.data)) return;
    const k: unknown = src.data[0];
    if (schema && skema) {
      const f = schema.checkSchema(
        'register-kasus',
        skema.KASUS_SCHEMA,
        k,
        locator,
        t,
        `/kasus/${i}`,
      );
      schema.applySuggestions({ kasus: { [i]: k } }, f);
      problems.push(...f);
    }
    if (!k || typeof k !== 'object' || Array.isArray(k)) return;
    jendela.push({ kasus: o.normalise(k as Kasus), file, pointer: `/kasus/${i}` });
    if (jendela.length >= o.jendela) siram();
  };
  const { baris } = potong;
  let i = -1;
  let n = 0;
  let isi: string[] = [];
  for await (const line of barisBerkas(abs)) {
    if (i + 1 < baris.length && n === baris[i + 1]) {
      if (i >= 0) baca(i, isi.join('\n'));
      i++;
      isi = [];
    }
    if (i >= 0) isi.push(line);
    n++;
  }
  if (i >= 0) baca(i, isi.join('\n'));
  siram();
  return { ...reg, jumlah };
}

/** The first bytes of a file (for a UTF-16 byte-order mark), or null when it cannot be read. */
async function bacaAwal(abs: string): Promise<Uint8Array | null> {
  try {
    const fh = await open(abs, 'r');
    try {
      const buf = new Uint8Array(4);
      const { bytesRead } = await fh.read(buf, 0, 4, 0);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  } catch {
    return null;
  }
}
