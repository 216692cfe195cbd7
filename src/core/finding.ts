/** A finding as docs/kontrak-cli.md defines it: every field present, null where it does not apply. */
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  file: string | null;
  line: number | null;
  column: number | null;
  path: string | null;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  value: unknown;
  expected: unknown;
  ref: string | null;
  hint: string | null;
  /** Column header of an Excel finding, and the case it concerns (not part of the JSON contract). */
  header?: string | null;
  kasus?: string | null;
  /**
   * Service (pencegahan … pengembangan) and Lampiran section ("2.3.1 c") the finding cites, for
   * findings of a rule whose clause stands in each service's Lampiran (not in the JSON contract).
   */
  layanan?: string | null;
  bagian?: string | null;
  /** "Did you mean" suggestion of a schema finding (used to read a mistyped key as meant). */
  saran?: string | null;
}

/** Every field of a finding in the JSON contract (docs/kontrak-cli.md), in contract order. */
export const FINDING_FIELDS = [
  'rule',
  'severity',
  'message',
  'file',
  'line',
  'column',
  'path',
  'sheet',
  'cell',
  'row',
  'value',
  'expected',
  'ref',
  'hint',
] as const;

/** A finding with only the docs/kontrak-cli.md fields, in contract order (internal helpers dropped). */
export function findingKontrak(f: Finding): Finding {
  const out: Record<string, unknown> = {};
  for (const k of FINDING_FIELDS) out[k] = f[k];
  return out as unknown as Finding;
}

/** A finding that was suppressed by the lembaga's own configuration. */
export interface SuppressedFinding extends Finding {
  reason: string;
}

/** Where in a loaded source a finding points. */
export interface Location {
  file: string | null;
  line: number | null;
  column: number | null;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  header?: string | null;
}

export const NO_LOCATION: Location = {
  file: null,
  line: null,
  column: null,
  sheet: null,
  cell: null,
  row: null,
};

/** Sort by file, then position (line/column or row/cell), then rule. */
export function compareFindings(a: Finding, b: Finding): number {
  const fa = a.file ?? '';
  const fb = b.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  const sa = a.sheet ?? '';
  const sb = b.sheet ?? '';
  if (sa !== sb) return sa < sb ? -1 : 1;
  const la = a.line ?? a.row ?? 0;
  const lb = b.line ?? b.row ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? columnIndex(a.cell);
  const cb = b.column ?? columnIndex(b.cell);
  if (ca !== cb) return ca - cb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

function columnIndex(cell: string | null): number {
  if (!cell) return 0;
  const m = /^([A-Z]+)/.exec(cell);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[1]!) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Maps a JSON pointer in one loaded source to a location users can act on. */
export interface Locator {
  locate(pointer: string, key?: boolean): Location;
}

/** A finding with every field null, for parse and schema errors. */
export function emptyFinding(rule: string, severity: Severity): Finding {
  return {
    rule,
    severity,
    message: '',
    ...NO_LOCATION,
    path: null,
    value: null,
    expected: null,
    ref: null,
    hint: null,
  };
}
