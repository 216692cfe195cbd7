/**
 * Every ruleset the toolkit knows. Adding next year's regulation means adding
 * a ruleset here (and its catalogue beside it), not editing the engine; a
 * lembaga can switch a ruleset off with `aturan.rulesetNonaktif`.
 */
import type { Ruleset } from './rule.js';
import { PERMENSOS_14_2020, IDENTITAS_KLIEN } from './permensos-14-2020/index.js';
import { PERMENSOS_7_2021 } from './permensos-7-2021/index.js';

export const RULESETS: readonly Ruleset[] = [PERMENSOS_14_2020, PERMENSOS_7_2021, IDENTITAS_KLIEN];

export { STANDAR } from './permensos-14-2020/katalog.js';

import { kreditRuleset } from './permenpanrb-2020/index.js';
import { BERKAS } from './berkas.js';

/**
 * Every ruleset for listing (`lembaga aturan`, README): the case and institution
 * rulesets plus the credit-point ruleset, whose rules run over credit logs
 * (kredit/*.yaml) rather than over lembaga.yaml and registers.
 */
export const SEMUA_RULESETS: readonly Ruleset[] = [BERKAS, ...RULESETS, kreditRuleset([])];
