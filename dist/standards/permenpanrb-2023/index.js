import { KONVERSI_METODE_META, KONVERSI_RULE_DEFS, RULESET_ID_2023, RULESET_JUDUL_2023, ref2023, } from './rules.js';
export { REGULASI_PERMENPANRB_2023 } from './regulasi.js';
export * from './rules.js';
export { hitungKonversi } from './hitung.js';
export { tabelKonversi } from './tabel.js';
/**
 * The ruleset for listing (`lembaga aturan`, README). Its rules run over the
 * conversion logs through `kreditValidation`, so `check` here finds nothing.
 */
export function konversiRuleset() {
    const rules = [KONVERSI_METODE_META, ...KONVERSI_RULE_DEFS].map((d) => ({
        id: d.id,
        severity: d.severity,
        ruleset: RULESET_ID_2023,
        scope: 'lembaga',
        sections: d.sections.map((s) => ref2023(s)),
        ref: (_l, bagian) => ref2023(bagian ?? d.sections[0]),
        summary: d.summary,
        doc: d.doc,
        contoh: d.contoh,
        check: () => [],
    }));
    return { id: RULESET_ID_2023, judul: RULESET_JUDUL_2023, rules };
}
