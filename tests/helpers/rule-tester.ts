/**
 * A RuleTester in the style of ESLint's: runs a rule's example against the bundled example
 * folder (lks-harapan-bunda) with real YAML locations, so an example can assert the message
 * and the line a finding points at. Lines are those of the example files as shipped: a changed
 * value keeps its line, a new or deleted one points at its nearest existing parent.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from '../../src/engine/validate.js';
import type { Finding } from '../../src/core/finding.js';
import { RULESETS, STANDAR } from '../../src/standards/index.js';
import type { KasusTerdaftar, Rule, RuleExample, Ruleset } from '../../src/standards/rule.js';
import { createT } from '../../src/i18n/index.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { normaliseKasus, yamlLocator } from '../../src/io/load-folder.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { applySet } from './patch.js';
import { EXAMPLES, TANGGAL_UJI } from './examples.js';

export const LEMBAGA_FILE = 'lembaga.yaml';
export const REGISTER_FILE = 'register-2026.yaml';

const dir = path.join(EXAMPLES, 'lks-harapan-bunda');
const lembagaSrc = parseYamlSource(readFileSync(path.join(dir, 'lembaga.yaml')), LEMBAGA_FILE);
const registerSrc = parseYamlSource(
  readFileSync(path.join(dir, 'register', REGISTER_FILE)),
  REGISTER_FILE,
);

export const contohLembaga = (): Lembaga => structuredClone(lembagaSrc.data) as Lembaga;
export const contohRegister = (): { kasus: Kasus[] } =>
  structuredClone(registerSrc.data) as { kasus: Kasus[] };

/** Line of a pointer in the shipped example file (nearest existing parent). */
export function barisDi(file: 'lembaga' | 'register', pointer: string): number | null {
  return (file === 'lembaga' ? lembagaSrc : registerSrc).locate(pointer)?.line ?? null;
}

export interface Masukan {
  lembaga: Lembaga;
  register: { kasus: Kasus[] };
}

/** The example's data: `set` goes to the register for case rules, to lembaga.yaml otherwise. */
export function masukanContoh(rule: Pick<Rule, 'scope'>, ex: RuleExample): Masukan {
  const kasus = rule.scope === 'kasus';
  return {
    lembaga: applySet(contohLembaga(), kasus ? (ex.lembaga ?? []) : ex.set),
    register: kasus ? applySet(contohRegister(), ex.set) : contohRegister(),
  };
}

/** Run rules (default: every ruleset) over lembaga + register with the example files' locations. */
export function periksa(
  m: Masukan,
  rules?: readonly Rule[],
  opts: { tanggal?: string; bahasa?: 'id' | 'en' } = {},
): Finding[] {
  const kasus: KasusTerdaftar[] = m.register.kasus.map((k, i) => ({
    kasus: normaliseKasus(k),
    file: REGISTER_FILE,
    pointer: `/kasus/${i}`,
  }));
  const rulesets: Ruleset[] = rules
    ? [...new Set(rules.map((r) => r.ruleset))].map((id) => ({
        id,
        judul: id,
        rules: rules.filter((r) => r.ruleset === id),
      }))
    : [...RULESETS];
  return validate({
    lembaga: m.lembaga,
    lembagaLocator: yamlLocator(lembagaSrc, LEMBAGA_FILE),
    kasus,
    registerLocators: new Map([[REGISTER_FILE, yamlLocator(registerSrc, REGISTER_FILE)]]),
    rulesets,
    standar: STANDAR,
    tanggal: opts.tanggal ?? TANGGAL_UJI,
    t: createT(opts.bahasa ?? 'id'),
  }).findings;
}

/** `file:line` (YAML) or `Sheet!Cell` (Excel) of a finding, as examples write it. */
export function lokasi(f: Finding): string {
  return f.sheet && f.cell ? `${f.sheet}!${f.cell}` : `${f.file}:${f.line}`;
}
