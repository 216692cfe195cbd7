/**
 * How the ATENSI rules (Permensos 7/2021) are declared: each cites its own Pasal in ruleset
 * `permensos-7-2021-atensi`, and reads the rehabilitation cases of a lembaga that delivers ATENSI
 * (`layanan.rehabilitasi.atensi: true`).
 */
import type { Severity } from '../../core/finding.js';
import type { KasusTerdaftar, Rule, RuleContext } from '../rule.js';
import { otherRule } from '../permensos-14-2020/define.js';
import { dirujukKeluar } from '../permensos-14-2020/kasus-terdaftar.js';

export const ATENSI_ID = 'permensos-7-2021-atensi';
export const REGULASI_ATENSI = 'Permensos 7/2021 (ATENSI)';

/** Several ayat of one Pasal, as a rule cites them: `ayat(42, 1, 2, 3)` → Pasal 42 ayat 1, 2 and 3. */
export const ayat = (pasal: number, ...nomor: number[]): string[] =>
  nomor.map((n) => `Pasal ${pasal} ayat ${n}`);

/** A rule of Permensos 7/2021, cited by its Pasal: `atensiRule(id, severity, { … })`. */
export const atensiRule = (
  id: string,
  severity: Severity,
  spec: Omit<Parameters<typeof otherRule>[0], 'id' | 'severity' | 'ruleset' | 'regulasi'>,
): Rule => otherRule({ id, severity, ...spec, ruleset: ATENSI_ID, regulasi: REGULASI_ATENSI });

/**
 * Rehabilitation cases of a lembaga delivering ATENSI (none when --layanan leaves rehabilitation
 * out); `diterima`: only those not referred away at intake, which never entered the stages.
 */
export function kasusAtensi(ctx: RuleContext, diterima = false): KasusTerdaftar[] {
  if (!ctx.layanan.includes('rehabilitasi') || ctx.lembaga.layanan.rehabilitasi?.atensi !== true)
    return [];
  return ctx.kasus.filter(
    (k) => k.kasus.layanan === 'rehabilitasi' && !(diterima && dirujukKeluar(k.kasus)),
  );
}
