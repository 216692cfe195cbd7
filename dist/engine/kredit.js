import { NO_LOCATION, SEVERITY_ORDER } from '../core/finding.js';
import { applyIgnores } from './validate.js';
import { RULESET_ID, ref } from '../standards/permenpanrb-2020/data.js';
import { KREDIT_RULE_DEFS, bahasaDari, hitungSemua, hitungStafPerTahun, lokalkanParams, periksaRule, } from '../standards/permenpanrb-2020/rules.js';
import { KONVERSI_METODE_META, KONVERSI_RULE_DEFS, RULESET_ID_2023, TAHUN_KONVERSI, ref2023, } from '../standards/permenpanrb-2023/rules.js';
/** Findings and suppressed findings of every active credit rule over the logs. */
export function kreditValidation(logs, lembaga, ctx) {
    const nonaktif = new Set(lembaga?.aturan?.rulesetNonaktif ?? []);
    const levels = lembaga?.aturan?.tingkat ?? {};
    const bahasa = bahasaDari(ctx.t);
    const out = [];
    const emit = (rule, severity, refOf, items) => {
        const level = levels[rule];
        if (level === 'off')
            return;
        const severityRule = level ?? severity;
        for (const item of items)
            out.push(toFinding(rule, severityRule, refOf, item, ctx, bahasa));
    };
    // The method of each year: activity items before 2023, conversion from 2023.
    const lama = logs.filter((l) => !(l.log.tahun >= TAHUN_KONVERSI));
    const konversi = (ctx.konversi ?? []).filter((l) => l.log.tahun >= TAHUN_KONVERSI);
    const salahBentuk = temuanSalahBentuk(logs, ctx.konversi ?? []);
    if (!nonaktif.has(RULESET_ID_2023))
        emit(KONVERSI_METODE_META.id, KONVERSI_METODE_META.severity, () => ref2023(KONVERSI_METODE_META.sections[0]), salahBentuk);
    if (!nonaktif.has(RULESET_ID)) {
        const computed = ctx.computed?.filter((c) => c.log.tahun < TAHUN_KONVERSI) ?? hitungSemua(lama);
        const counts = hitungStafPerTahun(lama);
        for (const def of KREDIT_RULE_DEFS)
            emit(def.id, def.severity, (bagian) => ref(bagian ?? def.sections[0]), periksaRule(def, computed, lembaga, ctx.tanggal, counts));
    }
    if (!nonaktif.has(RULESET_ID_2023)) {
        for (const def of KONVERSI_RULE_DEFS) {
            const items = temuanKonversi(def, konversi, ctx.tanggal);
            emit(def.id, def.severity, (bagian) => ref2023(bagian ?? def.sections[0]), items);
        }
    }
    const res = applyIgnores(out, lembaga);
    return { findings: res.findings, suppressed: res.suppressed };
}
/** One located, localised finding of a rule's draft. */
function toFinding(rule, severityRule, refOf, { file, pointer, draft, staf }, ctx, bahasa) {
    const loc = ctx.locators?.get(file)?.locate(pointer) ?? { ...NO_LOCATION, file };
    return {
        rule,
        // A draft may only lower the level (unfilled row, year still running); never raise it.
        severity: draft.severity && SEVERITY_ORDER[draft.severity] > SEVERITY_ORDER[severityRule]
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
        ref: refOf(draft.bagian),
        hint: draft.hint
            ? ctx.t(draft.hint, lokalkanParams(draft.hintParams ?? draft.params, bahasa))
            : null,
        staf,
    };
}
/** Logs in the wrong form for their year: activity items from 2023, conversion before 2023. */
function temuanSalahBentuk(logs, konversi) {
    return [
        ...logs
            .filter((l) => l.log.tahun >= TAHUN_KONVERSI)
            .map((l) => ({
            file: l.file,
            pointer: '/tahun',
            staf: null,
            draft: {
                message: 'kredit.konversi.metodeLama',
                params: { file: l.file, tahun: l.log.tahun },
                pointer: '/tahun',
                value: l.log.tahun,
                hint: 'kredit.konversi.saranMetodeLama',
                hintParams: { tahun: l.log.tahun },
            },
        })),
        ...konversi
            .filter((l) => l.log.tahun < TAHUN_KONVERSI)
            .map((l) => ({
            file: l.file,
            pointer: '/tahun',
            staf: null,
            draft: {
                message: 'kredit.konversi.metodeBaru',
                params: { file: l.file, tahun: l.log.tahun },
                pointer: '/tahun',
                value: l.log.tahun,
                hint: 'kredit.konversi.saranMetodeBaru',
            },
        })),
    ];
}
/** One conversion rule over every worker of the conversion logs. */
function temuanKonversi(def, konversi, tanggal) {
    const items = [];
    for (const l of konversi) {
        const env = { tahun: l.log.tahun, tanggal };
        (Array.isArray(l.log.pegawai) ? l.log.pegawai : []).forEach((p, i) => {
            if (!p || typeof p !== 'object')
                return;
            for (const d of def.periksa(p, env))
                items.push({
                    file: l.file,
                    pointer: `/pegawai/${i}${d.pointer}`,
                    draft: d,
                    staf: String(p.staf ?? ''),
                });
        });
    }
    return items;
}
/** Findings of every active credit rule (what `validasi` adds when a folder has kredit/ files). */
export function kreditFindings(logs, lembaga, ctx) {
    return kreditValidation(logs, lembaga, ctx).findings.map(({ staf: _s, ...f }) => f);
}
