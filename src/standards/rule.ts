/**
 * The rule registry's types. A rule is a small named function over the loaded
 * institution and its registers; it returns draft findings that the engine
 * locates (line/column or sheet!cell), localises, filters and sorts.
 */
import type { Severity } from '../core/finding.js';
import type { Lembaga } from '../model/lembaga.js';
import type { Kasus } from '../model/kasus.js';
import type { LayananKey, StandarLayanan } from './types.js';
import type { Translate, Params } from '../i18n/index.js';

/** Where a draft finding points: a JSON pointer into the lembaga file or into one register. */
export type Target =
  | { source: 'lembaga'; pointer: string; key?: boolean }
  | { source: 'register'; file: string; pointer: string };

/** A finding as a rule emits it, before location and localisation. */
export interface DraftFinding {
  /** Message key in the i18n catalogue, and its parameters. */
  message: string;
  params?: Params;
  target: Target;
  /** Service the finding concerns: picks the Lampiran letter of the reference. */
  layanan?: LayananKey;
  /** A section other than the rule's main one (e.g. "2.6.1 e" rather than "2.3.1 c"). */
  bagian?: string;
  value?: unknown;
  expected?: unknown;
  hint?: string;
  hintParams?: Params;
  /** Register number of the case concerned. */
  kasus?: string;
}

/** A case and where it came from. */
export interface KasusTerdaftar {
  kasus: Kasus;
  file: string;
  /** Pointer of this case inside its file (e.g. `/kasus/3`). */
  pointer: string;
}

/** What a rule sees. Pure data: no file system, no terminal. */
export interface RuleContext {
  lembaga: Lembaga;
  /** Services offered and not filtered out by `--layanan`. */
  layanan: readonly LayananKey[];
  standar: Readonly<Record<LayananKey, StandarLayanan>>;
  /** "Today" for expiry checks, YYYY-MM-DD. */
  tanggal: string;
  /** The year reported on, if given. */
  tahun?: number;
  kasus: readonly KasusTerdaftar[];
  /** Every case, even with --layanan (quotas per worker count all their activities). */
  semuaKasus?: readonly KasusTerdaftar[];
  t: Translate;
}

/** 'berkas': produced while reading a file (parse, schema, cell types), not by a check over the data. */
export type RuleScope = 'lembaga' | 'kasus' | 'berkas';

/**
 * One finding a failing example must produce (ESLint RuleTester's `errors`): the rule is the
 * example's own, the message exact (Indonesian) and the place it points at.
 */
export interface TemuanContoh {
  pesan: string;
  /**
   * `lembaga.yaml:26` or `register-2026.yaml:35`: the line in the shipped example folder
   * (lks-harapan-bunda) of the value the finding points at (a new or deleted value: its nearest
   * existing parent), or `Lembar!Sel` for a workbook.
   */
  lokasi: string;
}

/** A before/after pair for the docs and the test suite: set (JSON pointer → value, `undefined` deletes) on the passing example. */
export interface RuleExample {
  /** Short description in Indonesian. */
  judul: string;
  set: readonly [pointer: string, value: unknown][];
  /** For case rules: sets applied to the lembaga file as well. */
  lembaga?: readonly [pointer: string, value: unknown][];
  /** A failing boundary example: every finding it must produce, in order. */
  temuan?: readonly TemuanContoh[];
}

/**
 * A rule's examples, read on the date examples are read on (CONTOH_TANGGAL). `gagal` must produce
 * at least one finding of the rule, `lulus` none. `batas` holds the pairs at the rule's boundary
 * (exactly 6 months and one day more; a licence ending on the date and the day before), each
 * failing one stating its findings — the style of ESLint's RuleTester.
 */
export interface ContohAturan {
  gagal: RuleExample;
  lulus: RuleExample;
  batas?: { gagal: readonly RuleExample[]; lulus: readonly RuleExample[] };
}

/** "Today" on which rule examples are read (the date the tests pin, TANGGAL_UJI). */
export const CONTOH_TANGGAL = '2026-11-25';

export interface Rule {
  id: string;
  severity: Severity;
  ruleset: string;
  scope: RuleScope;
  /** Every section the rule enforces, as the regulation numbers them ("Lampiran C 2.3.2 a"). */
  sections: readonly string[];
  /** Main reference for findings: per service (Lampiran letter) or fixed. */
  ref: (layanan?: LayananKey, bagian?: string) => string;
  /**
   * The service and the Lampiran section (e.g. "2.3.1 c") a finding cites, for rules whose clause
   * stands in each service's Lampiran; findings carry them as fields so nothing parses `ref`.
   */
  rujukan?: (
    layanan?: LayananKey,
    bagian?: string,
  ) => { layanan: LayananKey; bagian: string } | null;
  summary: { id: string; en: string };
  /** How the rule reads the text and the data, including how broken text is read. */
  doc: { id: string; en: string };
  /** Examples run by the test suite: `gagal` must produce at least one finding of this rule, `lulus` none. */
  contoh: ContohAturan;
  /**
   * The findings over `ctx.kasus`. A case rule reads one case at a time — its findings over a list
   * are the findings over each case — so the engine runs it on each window of cases while they
   * stream (issue 16); an institution rule reads no case. A rule that reads across cases declares
   * `lintas` and takes its `check` from it (`periksaLintas`); a test holds every rule to this.
   */
  check: (ctx: RuleContext) => DraftFinding[];
  /** A rule over every case together (a number used twice, a worker's caseload, a yearly quota). */
  lintas?: (ctx: RuleContext) => Lintas;
  /** 'lembaga': checked once for the whole institution (a finding concerns every service it offers). */
  lingkup?: 'lembaga';
}

/**
 * A cross-case rule while cases stream by: it sees every case once, in register order, keeps
 * only what it needs (counts, the first case of each key), and gives its findings as it goes or
 * at the end. `ctx.kasus` is empty here: the cases come through `tambah`.
 */
export interface Lintas {
  /** One case; `dipilih`: it is in `ctx.kasus` (not filtered out by `--layanan`). */
  tambah(k: KasusTerdaftar, dipilih: boolean): DraftFinding[];
  selesai(): DraftFinding[];
}

/** The `check` of a cross-case rule: every case of the context through its `lintas`. */
export function periksaLintas(lintas: (ctx: RuleContext) => Lintas) {
  return (ctx: RuleContext): DraftFinding[] => {
    const acc = lintas({ ...ctx, kasus: [], semuaKasus: [] });
    const dipilih = new Set(ctx.kasus);
    const out: DraftFinding[] = [];
    for (const k of ctx.semuaKasus ?? ctx.kasus) out.push(...acc.tambah(k, dipilih.has(k)));
    out.push(...acc.selesai());
    return out;
  };
}

export interface Ruleset {
  id: string;
  /** Human title, e.g. "Permensos 14/2020 tentang Standar Praktik Pekerjaan Sosial". */
  judul: string;
  rules: readonly Rule[];
}
