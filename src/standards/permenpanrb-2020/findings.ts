/**
 * Located, localised findings of the credit rules, for `validasi` and for
 * `lembaga angka-kredit`. Honours the lembaga's own rule configuration
 * (severity overrides, rules switched off, the ruleset switched off, ignores).
 */
import type { Finding, Severity, SuppressedFinding } from '../../core/finding.js';
import { NO_LOCATION, SEVERITY_ORDER } from '../../core/finding.js';
import type { Locator } from '../../core/finding.js';
import { applyIgnores } from '../../engine/validate.js';
import type { Translate } from '../../i18n/index.js';
import type { Lembaga } from '../../model/lembaga.js';
import type { LogKreditTermuat } from '../../model/kredit.js';
import { RULESET_ID, ref } from './data.js';
import type { KreditTerhitung } from './rules.js';
import {
  KREDIT_RULE_DEFS,
  bahasaDari,
  hitungSemua,
  hitungStafPerTahun,
  lokalkanParams,
  periksaRule,
} from './rules.js';

export interface KreditFindingContext {
  t: Translate;
  /** "Today", YYYY-MM-DD. */
  tanggal: string;
  /** Locators from loadKreditLogs, by display file name. */
  locators?: ReadonlyMap<string, Locator>;
  /** Already computed logs, to avoid computing twice. */
  computed?: readonly KreditTerhitung[];
}

/** A finding tied to the worker it concerns (not part of the JSON contract). */
export type KreditFinding = Finding & { staf?: string | null };

/** Findings and suppressed findings of every active credit rule over the logs. */
export function kreditValidation(
  logs: readonly LogKreditTermuat[],
  lembaga: Lembaga | null,
  ctx: KreditFindingContext,
): { findings: KreditFinding[]; suppressed: SuppressedFinding[] } {
  if (lembaga?.aturan?.rulesetNonaktif?.includes(RULESET_ID))
    return { findings: [], suppressed: [] };
  const levels = lembaga?.aturan?.tingkat ?? {};
  const computed = ctx.computed ?? hitungSemua(logs);
  const counts = hitungStafPerTahun(logs);
  const out: KreditFinding[] = [];
  const bahasa = bahasaDari(ctx.t);
  for (const def of KREDIT_RULE_DEFS) {
    const level = levels[def.id];
    if (level === 'off') continue;
    const severityRule: Severity = level ?? def.severity;
    for (const { file, pointer, draft, staf } of periksaRule(
      def,
      computed,
      lembaga,
      ctx.tanggal,
      counts,
    )) {
      const loc = ctx.locators?.get(file)?.locate(pointer) ?? { ...NO_LOCATION, file };
      out.push({
        rule: def.id,
        // A draft may only lower the level (unfilled row, year still running); never raise it.
        severity:
          draft.severity && SEVERITY_ORDER[draft.severity] > SEVERITY_ORDER[severityRule]
            ? draft.severity
            : severityRule,
        message: ctx.t(draft.message, lokalkanParams(draft.params, bahasa)),
        file: loc.file ?? file,
        line: loc.line,
        column: loc.column,
        path: pointer,
        sheet: loc.sheet,
        cell: loc.cell,
        row: loc.row,
        value: draft.value === undefined ? null : draft.value,
        expected: draft.expected === undefined ? null : draft.expected,
        ref: ref(draft.bagian ?? def.sections[0]!),
        hint: draft.hint
          ? ctx.t(draft.hint, lokalkanParams(draft.hintParams ?? draft.params, bahasa))
          : null,
        staf,
      });
    }
  }
  const res = applyIgnores(out, lembaga);
  return { findings: res.findings as KreditFinding[], suppressed: res.suppressed };
}

/** Findings of every active credit rule (what `validasi` adds when a folder has kredit/ files). */
export function kreditFindings(
  logs: readonly LogKreditTermuat[],
  lembaga: Lembaga | null,
  ctx: KreditFindingContext,
): Finding[] {
  return kreditValidation(logs, lembaga, ctx).findings.map(({ staf: _s, ...f }) => f);
}
