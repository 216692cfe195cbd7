/**
 * Helpers to declare Permensos 14/2020 rules once for the five services: a rule
 * names the clause of each service's Lampiran it enforces (through the
 * catalogue, since letters differ between services) and gets its references
 * and section list from that.
 */
import type { Severity } from '../../core/finding.js';
import type {
  ContohAturan,
  DraftFinding,
  Rule,
  RuleContext,
  RuleExample,
  RuleScope,
} from '../rule.js';
import type { Bagian, LayananKey, StandarLayanan } from '../types.js';
import { LAYANAN_KEYS } from '../types.js';
import { STANDAR, formatBagian } from './katalog.js';
import type { Lembaga, LayananLembaga, Staf } from '../../model/lembaga.js';
import { LEMBAGA_APA_ADANYA, REGISTER_APA_ADANYA } from '../contoh.js';

export const RULESET_ID = 'permensos-14-2020';
export const REGULASI = 'Permensos 14/2020';

/** "2.3.2 a" / "1.2.5 a 3" / "2.1" from a Bagian. */
export function bagianPendek(b: Bagian): string {
  return [b.angka, b.huruf, b.butir].filter(Boolean).join(' ');
}

/** Parse "2.6.1 e" back into a Bagian. */
export function parseBagian(s: string): Bagian {
  const [angka, a, b] = s.split(' ');
  // "2.1 3" is a numbered item without a letter (butir), "1.2.5 a 3" a letter then a number.
  if (a && /^\d+$/.test(a)) return { angka: angka!, butir: a };
  return { angka: angka!, ...(a ? { huruf: a } : {}), ...(b ? { butir: b } : {}) };
}

/**
 * A rule's examples as declared: the passing one may be left out when it is the bundled clean
 * example of the files the rule reads (lembaga.yaml, or the register for a case rule).
 */
export type ContohSpec = Omit<ContohAturan, 'lulus'> & { lulus?: RuleExample };

function lengkapiContoh(c: ContohSpec, scope: RuleScope): ContohAturan {
  return {
    ...c,
    lulus: c.lulus ?? (scope === 'lembaga' ? LEMBAGA_APA_ADANYA : REGISTER_APA_ADANYA),
  };
}

/**
 * A rule as declared: the fields it shares with the Rule it becomes (for `lintas`, a rule across
 * cases, its `check` is `periksaLintas(lintas)`; with `lingkup`, checked once for the whole
 * institution, its finding citing the first service offered), and the clause it enforces in
 * each service's Lampiran.
 */
export interface LayananRuleSpec extends Pick<
  Rule,
  'id' | 'severity' | 'summary' | 'doc' | 'check' | 'lintas' | 'lingkup'
> {
  scope?: RuleScope;
  /** The clauses this rule enforces in one service's Lampiran (first = main reference). */
  bagian: (s: StandarLayanan) => readonly Bagian[];
  /** Only these services have the clause (e.g. C's therapy room); default all five. */
  hanya?: readonly LayananKey[];
  contoh: ContohSpec;
}

/** A rule whose clause stands in each service's Lampiran: `layananRule(id, severity, { … })`. */
export function layananRule(
  id: string,
  severity: Severity,
  rest: Omit<LayananRuleSpec, 'id' | 'severity'>,
): Rule {
  const spec: LayananRuleSpec = { id, severity, ...rest };
  const services = spec.hanya ?? LAYANAN_KEYS;
  const sections = services.flatMap((k) =>
    spec.bagian(STANDAR[k]).map((b) => `Lampiran ${STANDAR[k].huruf} ${bagianPendek(b)}`),
  );
  return {
    id: spec.id,
    severity: spec.severity,
    ruleset: RULESET_ID,
    scope: spec.scope ?? 'lembaga',
    sections: [...new Set(sections)],
    ref: (layanan, bagian) => {
      const k = layanan ?? services[0]!;
      const b = bagian ? parseBagian(bagian) : spec.bagian(STANDAR[k])[0];
      return b ? `${REGULASI} ${formatBagian(STANDAR[k].huruf, b)}` : REGULASI;
    },
    rujukan: (layanan, bagian) => {
      const k = layanan ?? services[0]!;
      const b = bagian ? parseBagian(bagian) : spec.bagian(STANDAR[k])[0];
      return b ? { layanan: k, bagian: bagianPendek(b) } : null;
    },
    summary: spec.summary,
    doc: spec.doc,
    contoh: lengkapiContoh(spec.contoh, spec.scope ?? 'lembaga'),
    check: spec.check,
    ...(spec.lintas ? { lintas: spec.lintas } : {}),
    ...(spec.lingkup ? { lingkup: spec.lingkup } : {}),
  };
}

/** A rule whose clause stands in the body of the regulation (Pasal …): `pasalRule(id, severity, { … })`. */
export function pasalRule(
  id: string,
  severity: Severity,
  rest: Omit<LayananRuleSpec, 'id' | 'severity' | 'bagian' | 'hanya'> & {
    pasal: readonly string[];
  },
): Rule {
  const spec = { id, severity, ...rest };
  return {
    id: spec.id,
    severity: spec.severity,
    ruleset: RULESET_ID,
    scope: spec.scope ?? 'kasus',
    sections: spec.pasal,
    ref: (_l, bagian) => `${REGULASI} ${bagian ?? spec.pasal[0]}`,
    summary: spec.summary,
    doc: spec.doc,
    contoh: lengkapiContoh(spec.contoh, spec.scope ?? 'kasus'),
    check: spec.check,
  };
}

/** Run `fn` for each service offered (and kept by --layanan). */
export function perLayanan(
  ctx: RuleContext,
  fn: (key: LayananKey, std: StandarLayanan, lay: LayananLembaga) => DraftFinding[] | void,
  hanya?: readonly LayananKey[],
): DraftFinding[] {
  const out: DraftFinding[] = [];
  for (const k of ctx.layanan) {
    if (hanya && !hanya.includes(k)) continue;
    const r = fn(k, ctx.standar[k], (ctx.lembaga.layanan[k] ?? {}) as LayananLembaga);
    if (r) for (const d of r) out.push(d);
  }
  return out;
}

/**
 * Where a finding on `field` of the object at `induk` (a JSON pointer into lembaga.yaml) points:
 * the value when it is written, else the object itself (a missing value has no line of its own).
 */
export function diBidang(induk: string, obj: object | undefined, field: string): string {
  return (obj as Record<string, unknown> | undefined)?.[field] === undefined
    ? induk
    : `${induk}/${field}`;
}

/** Pointer of a staff member in lembaga.yaml (by the entry itself, so two entries sharing an id stay apart). */
export function stafPointer(l: Lembaga, staf: Staf | string): string {
  const i =
    typeof staf === 'string' ? l.staf.findIndex((s) => s.id === staf) : l.staf.indexOf(staf);
  return i >= 0 ? `/staf/${i}` : '/staf';
}

/** True for a filled-in string/number/true. */
export function terisi(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return false;
  if (typeof v === 'string') return v.trim() !== '';
  if (typeof v === 'number') return v > 0;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

/** A rule of another regulation or ruleset (NIK, ATENSI), cited by its own Pasal. */
export function otherRule(
  spec: Omit<LayananRuleSpec, 'bagian' | 'hanya'> & {
    pasal: readonly string[];
    ruleset: string;
    regulasi: string;
  },
): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    ruleset: spec.ruleset,
    scope: spec.scope ?? 'kasus',
    sections: spec.pasal,
    ref: (_l, bagian) => `${spec.regulasi} ${bagian ?? spec.pasal[0]}`,
    summary: spec.summary,
    doc: spec.doc,
    contoh: lengkapiContoh(spec.contoh, spec.scope ?? 'kasus'),
    check: spec.check,
  };
}

/** Where an institution finding points (a JSON pointer into lembaga.yaml) and the service it cites. */
export function diLembaga(
  layanan: LayananKey | undefined,
  pointer: string,
): Pick<DraftFinding, 'target' | 'layanan'> {
  return { target: { source: 'lembaga', pointer }, layanan };
}

/**
 * A clause on the institution as a whole: checked once, its findings citing the first service
 * offered (and kept by --layanan); nothing when none is.
 */
export function untukLembaga(
  ctx: RuleContext,
  fn: (k: LayananKey) => DraftFinding[],
): DraftFinding[] {
  const k = ctx.layanan[0];
  return k ? fn(k) : [];
}
