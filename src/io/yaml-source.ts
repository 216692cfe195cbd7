/**
 * YAML with positions. Parses a document without throwing, recovers the source
 * text of identifiers written as bare numbers (a NIK must never pass through a
 * JS number: above 2^53 its digits change, leading zeros vanish), and maps JSON
 * pointers back to 1-based line/column.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, visit, Scalar } from 'yaml';
import type { Document, Node } from 'yaml';

/** Keys whose values are identifiers: kept as text even when written unquoted. */
export const IDENTIFIER_KEYS = new Set([
  'nik',
  'nip',
  'nomor',
  'nomorAnggota',
  'kodeWilayah',
  'telepon',
  'whatsapp',
  'id',
  'pekerjaSosial',
  'supervisor',
  'staf',
  'pelaksana',
  'ditanganiOleh',
  'sesi',
]);

/**
 * Limits that keep hostile input bounded (SECURITY.md). The size limit is what was measured
 * to be read within memory with the default heap (`node scripts/limits.mjs`): the yaml
 * library keeps the whole document as nodes, about 60 times the file's size — a 14.6 MB
 * register of 10 000 cases peaks at ~0.9 GB in `validasi`, and a 49 MB one ran out of memory.
 * A larger register belongs in the canonical Excel workbook, which is read as a stream.
 */
export const YAML_LIMITS = {
  maxBytes: 16 * 1024 * 1024,
  maxAliasCount: 1000,
};

/** The limits in force: YAML_LIMITS, raised by LEMBAGA_MAKS_YAML_MB / LEMBAGA_MAKS_ALIAS (the messages name them). */
export function yamlLimits(
  env: Record<string, string | undefined> = process.env,
): typeof YAML_LIMITS {
  const mb = Number(env.LEMBAGA_MAKS_YAML_MB);
  const alias = Number(env.LEMBAGA_MAKS_ALIAS);
  return {
    maxBytes: mb > 0 ? mb * 1024 * 1024 : YAML_LIMITS.maxBytes,
    maxAliasCount: alias > 0 ? Math.floor(alias) : YAML_LIMITS.maxAliasCount,
  };
}

export interface YamlProblem {
  code: string;
  /** Localisation key and its params. */
  key: string;
  params: Record<string, string | number>;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning';
  path?: string;
  value?: unknown;
}

export interface YamlSource {
  file: string;
  data: unknown;
  problems: YamlProblem[];
  /** Line/column (1-based) of the node at a JSON pointer, or of its nearest existing ancestor. */
  locate(pointer: string): { line: number; column: number } | null;
  /** Position of the key of the member at `pointer` (for unknown keys). */
  locateKey(pointer: string): { line: number; column: number } | null;
  /** Keys present in the map at `pointer`, for "did you mean". */
  keysAt(pointer: string): string[];
}

export function pointerToPath(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function pathToPointer(path: readonly (string | number)[]): string {
  if (path.length === 0) return '';
  return '/' + path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 8000);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

/** Decode bytes as UTF-8 (or UTF-16 with a BOM); strip a UTF-8 BOM. */
export function decodeText(buf: Uint8Array): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff)
    return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const s = new TextDecoder('utf-8').decode(buf);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** Parse YAML bytes. Never throws for bad input: problems are returned. */
export function parseYamlSource(bytes: Uint8Array, file: string): YamlSource {
  const limits = yamlLimits();
  const input = readInput(bytes, limits);
  if (typeof input !== 'string') return { ...tanpaData(file), problems: [input] };
  return parseYamlTeks(input, file, limits);
}

/** A source with no data (nothing could be read): nothing to locate. */
function tanpaData(file: string): YamlSource {
  return {
    file,
    data: undefined,
    problems: [],
    locate: () => null,
    locateKey: () => null,
    keysAt: () => [],
  };
}

/** Parse YAML text already read and decoded (a whole file, or one case of a register, issue 16). */
export function parseYamlTeks(
  input: string,
  file: string,
  limits: ReturnType<typeof yamlLimits> = yamlLimits(),
): YamlSource {
  const problems: YamlProblem[] = [];
  const empty: YamlSource = { ...tanpaData(file), problems };
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(input, {
    lineCounter,
    schema: 'core',
    // The YAML 1.1 directive would turn `yes` into true and dates into Date objects.
    version: '1.2',
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
  });
  const pos: Pos = (offset) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  problems.push(...parseProblems(doc, pos));
  if (doc.errors.length > 0) return { ...empty, problems };

  // Identifiers written as bare numbers: keep their source text, and say so.
  keepIdentifierText(doc, pos, problems);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (e) {
    problems.push({
      code: 'alias',
      key: 'keamanan.yamlAlias',
      params: { batas: limits.maxAliasCount, pesan: (e as Error).message },
      line: null,
      column: null,
      severity: 'error',
    });
    return { ...empty, problems };
  }
  return { file, data, problems, ...locators(doc, pos) };
}

type Pos = (offset: number) => { line: number; column: number };

/** The decoded text, or the problem that stops reading it (too large, binary, empty). */
export function readInput(
  bytes: Uint8Array,
  limits: ReturnType<typeof yamlLimits>,
): string | YamlProblem {
  if (bytes.length > limits.maxBytes) {
    return {
      code: 'too-large',
      key: 'keamanan.yamlTerlaluBesar',
      params: {
        batas: Math.round(limits.maxBytes / 1024 / 1024),
        ukuran: Math.ceil(bytes.length / 1024 / 1024),
      },
      line: null,
      column: null,
      severity: 'error',
    };
  }
  if (looksBinary(bytes) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) {
    return {
      code: 'binary',
      key: 'yaml.biner',
      params: {},
      line: null,
      column: null,
      severity: 'error',
    };
  }
  const text = decodeText(bytes);
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    return {
      code: 'empty',
      key: 'yaml.kosong',
      params: {},
      line: 1,
      column: 1,
      severity: 'error',
    };
  }
  return text;
}

/** The parser's errors and the YAML 1.1 directive warning. */
function parseProblems(doc: Document, pos: Pos): YamlProblem[] {
  const problems: YamlProblem[] = [];
  for (const e of doc.errors) {
    const p = e.pos ? pos(e.pos[0]) : { line: null, column: null };
    problems.push({
      code: e.code,
      key: e.code === 'DUPLICATE_KEY' ? 'yaml.kunciGanda' : 'yaml.sintaks',
      // The parser's own words are English; the message is built from its error code (yaml.kode.*).
      params: { kode: e.code, pesan: e.message.split('\n')[0] ?? e.message },
      line: p.line,
      column: p.column,
      severity: 'error',
    });
  }
  if (doc.errors.length > 0) return problems;
  if (doc.directives?.yaml?.explicit && doc.directives.yaml.version === '1.1') {
    problems.push({
      code: 'yaml-1.1',
      key: 'yaml.versi11',
      params: {},
      line: 1,
      column: 1,
      severity: 'warning',
    });
  }
  return problems;
}

/** Identifier keys (NIK, NIP, …) written as bare numbers keep their source text; NIK and NIP are warned about. */
function keepIdentifierText(doc: Document, pos: Pos, problems: YamlProblem[]): void {
  visit(doc, {
    Pair(_key, pair, path) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const k = String(pair.key.value);
      const v = pair.value;
      if (!IDENTIFIER_KEYS.has(k) || typeof v.value !== 'number') return;
      const src = (v as Scalar & { source?: string }).source ?? String(v.value);
      const p = v.range ? pos(v.range[0]) : { line: null, column: null };
      const ptr = pathToPointer([...nodePath(path), k]);
      if (k === 'nik' || k === 'nip') {
        problems.push({
          code: 'identifier-number',
          key: 'yaml.identitasAngka',
          params: { kunci: k, nilai: src },
          line: p.line,
          column: p.column,
          severity: 'warning',
          path: ptr,
          value: src,
        });
      }
      const s = new Scalar(src);
      s.range = v.range;
      pair.value = s;
    },
  });
}

/** Positions in the source of the nodes and keys at JSON pointers. */
function locators(doc: Document, pos: Pos): Pick<YamlSource, 'locate' | 'locateKey' | 'keysAt'> {
  const nodeAt = (segments: string[]): { node: Node | null; depth: number } => {
    let node: unknown = doc.contents;
    let depth = 0;
    for (const seg of segments) {
      let next: unknown = undefined;
      if (isMap(node)) next = node.get(seg, true);
      else if (isSeq(node)) next = /^\d+$/.test(seg) ? node.get(Number(seg), true) : undefined;
      if (next === undefined || next === null) break;
      node = next;
      depth++;
    }
    return { node: (node as Node | null) ?? null, depth };
  };
  const keyNodeAt = (segments: string[]): Node | null => {
    if (segments.length === 0) return null;
    const parent = nodeAt(segments.slice(0, -1));
    if (parent.depth !== segments.length - 1 || !isMap(parent.node)) return null;
    const last = segments[segments.length - 1];
    for (const item of parent.node.items) {
      if (isPair(item) && isScalar(item.key) && String(item.key.value) === last)
        return item.key as Node;
    }
    return null;
  };
  const posOf = (node: Node | null) => (node?.range ? pos(node.range[0]) : null);

  return {
    locate(pointer) {
      const segs = pointerToPath(pointer);
      const { node, depth } = nodeAt(segs);
      if (depth === segs.length) {
        // A whole section (map or list) is shown at its key, where the user reads its name.
        if ((isMap(node) || isSeq(node)) && segs.length > 0)
          return posOf(keyNodeAt(segs)) ?? posOf(node) ?? { line: 1, column: 1 };
        return posOf(node) ?? { line: 1, column: 1 };
      }
      // Missing member: point at the key of the nearest existing ancestor.
      const key = keyNodeAt(segs.slice(0, depth));
      return posOf(key) ?? posOf(node) ?? { line: 1, column: 1 };
    },
    locateKey(pointer) {
      const segs = pointerToPath(pointer);
      return posOf(keyNodeAt(segs)) ?? this.locate(pointer);
    },
    keysAt(pointer) {
      const { node, depth } = nodeAt(pointerToPath(pointer));
      if (depth !== pointerToPath(pointer).length || !isMap(node)) return [];
      return node.items.flatMap((it) =>
        isPair(it) && isScalar(it.key) ? [String(it.key.value)] : [],
      );
    },
  };
}

function nodePath(path: readonly unknown[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (let i = 0; i < path.length; i++) {
    const n = path[i];
    if (isPair(n) && isScalar(n.key)) out.push(String(n.key.value));
    else if (isSeq(n)) {
      const child = path[i + 1];
      const idx = n.items.indexOf(child as never);
      if (idx >= 0) out.push(idx);
    }
  }
  return out;
}
