/**
 * PermenPANRB 2020 tentang Jabatan Fungsional Pekerja Sosial: the credit-point
 * ruleset (data, computation, rules, loader). What the lead wires into
 * `validasi` and `aturan`.
 */
export { RULESET_ID, RULESET_JUDUL, JENJANG, ref } from './data.js';
export { hitungAngkaKredit, targetTahunan } from './hitung.js';
export { KREDIT_RULES_META, KREDIT_RULE_DEFS, KREDIT_CONTOH_DASAR, kreditRules, kreditRuleset, } from './rules.js';
