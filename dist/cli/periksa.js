import { compareFindings } from '../core/finding.js';
import { emptyFinding } from '../core/finding.js';
import { applyIgnores, mulaiValidasi } from '../engine/validate.js';
import { RULESETS, SEMUA_RULESETS, STANDAR } from '../standards/index.js';
import { didYouMean } from '../core/mirip.js';
/**
 * Rule ids named in `aturan.tingkat` and `aturan.abaikan` must exist: a mistyped id would
 * silently change nothing. Reported as schema findings at the key, with "Maksud Anda …?".
 */
function configFindings(loaded, t) {
    const cfg = loaded.lembaga?.aturan;
    if (!cfg)
        return [];
    const ids = SEMUA_RULESETS.flatMap((rs) => rs.rules.map((r) => r.id));
    const sets = SEMUA_RULESETS.map((rs) => rs.id);
    const out = [];
    const cek = (id, pointer, known, key) => {
        if (typeof id !== 'string' || known.includes(id))
            return;
        const saran = didYouMean(id, known);
        out.push({
            ...emptyFinding('schema', 'error'),
            ...loaded.lembagaLocator.locate(pointer, key),
            message: saran
                ? t('validasi.aturanTakDikenalMaksud', { id, saran })
                : t('validasi.aturanTakDikenal', { id }),
            path: pointer,
            value: id,
            expected: saran,
        });
    };
    for (const id of Object.keys(cfg.tingkat ?? {}))
        cek(id, `/aturan/tingkat/${id}`, ids, true);
    (cfg.abaikan ?? []).forEach((a, i) => cek(a?.aturan, `/aturan/abaikan/${i}/aturan`, ids, false));
    (cfg.rulesetNonaktif ?? []).forEach((r, i) => cek(r, `/aturan/rulesetNonaktif/${i}`, sets, false));
    return out;
}
export async function periksaSemua(loaded, o) {
    const p = mulaiPeriksa(loaded, o);
    if (!p)
        return tanpaLembaga(loaded, o.t);
    for (const r of loaded.registers)
        p.terima(r.kasus, r);
    return p.selesai(loaded);
}
/** No lembaga.yaml (or one that could not be read): the load problems, and a word if it is absent. */
function tanpaLembaga(loaded, t) {
    const findings = [...loaded.problems];
    if (!loaded.lembagaFile)
        findings.push({
            ...emptyFinding('lembaga-tidak-ditemukan', 'warning'),
            message: t('validasi.tanpaLembaga'),
        });
    return { findings: findings.sort(compareFindings), suppressed: [], kreditLogs: 0 };
}
/** Start checking once the lembaga file is read; null without a lembaga (nothing to check against). */
export function mulaiPeriksa(awal, o) {
    const { t } = o;
    const lembaga = awal.lembaga;
    if (!lembaga)
        return null;
    const registerLocators = new Map();
    const v = mulaiValidasi({
        lembaga,
        lembagaLocator: awal.lembagaLocator,
        registerLocators,
        rulesets: RULESETS,
        standar: STANDAR,
        tanggal: o.tanggal,
        tahun: o.tahun,
        layanan: o.layanan,
        t,
    });
    return {
        terima(batch, reg) {
            registerLocators.set(reg.file, reg.locator);
            v.tambah(batch);
        },
        async selesai(loaded) {
            for (const r of loaded.registers)
                registerLocators.set(r.file, r.locator);
            // A value already reported as invalid is not reported again by the rules that read it.
            const res = v.selesai(loaded.problems);
            return tambahKredit(loaded, lembaga, res, o);
        },
    };
}
/** The credit logs' findings, the load problems and the rules' findings through the ignores. */
async function tambahKredit(loaded, lembaga, res, o) {
    const { t } = o;
    // Credit logs of civil-service social workers (kredit/*.yaml|xlsx), when the folder has them.
    const { loadKreditLogs } = await import('../io/kredit.js');
    const { kreditFindings } = await import('../engine/kredit.js');
    const kredit = await loadKreditLogs(loaded.root, t, { cwd: o.cwd });
    const kreditF = kredit.logs.length || kredit.konversi.length || kredit.problems.length
        ? [
            ...kredit.problems,
            ...kreditFindings(kredit.logs, lembaga, {
                t,
                tanggal: o.tanggal,
                locators: kredit.locators,
                konversi: kredit.konversi,
            }),
        ]
        : [];
    // Parse and schema findings go through the lembaga's ignores too.
    const all = applyIgnores([...loaded.problems, ...configFindings(loaded, t), ...res.findings, ...kreditF], lembaga);
    return {
        findings: all.findings,
        suppressed: [...all.suppressed, ...res.suppressed].sort(compareFindings),
        kreditLogs: kredit.logs.length + kredit.konversi.length,
    };
}
