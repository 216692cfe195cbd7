import { findingKontrak } from '../../core/finding.js';
import { maskNikDalam, maskNikDalamTeks } from '../../core/nik.js';
import { amanTerminal } from '../../core/teks.js';
/** Drop the internal fields so the JSON matches docs/kontrak-cli.md exactly. */
const publicFinding = findingKontrak;
export function renderJson(r) {
    return (JSON.stringify({
        tool: r.tool,
        date: r.date,
        summary: r.summary,
        findings: r.findings.map(publicFinding),
        suppressed: r.suppressed.map((s) => ({ ...publicFinding(s), reason: s.reason })),
        ...(r.institutions ? { institutions: r.institutions } : {}),
    }, null, 2) + '\n');
}
const COLOURS = { error: 31, warning: 33, info: 36 };
function sevLabel(s, t) {
    return t(s === 'error'
        ? 'validasi.kolomGalat'
        : s === 'warning'
            ? 'validasi.kolomPeringatan'
            : 'validasi.kolomInfo');
}
function position(f) {
    if (f.sheet)
        return `${f.sheet}!${f.cell ?? (f.row ? `A${f.row}` : '')}`;
    if (f.line)
        return `${f.line}:${f.column ?? 1}`;
    return '-';
}
/** eslint "stylish"-like: grouped per file, position, severity, message, rule; reference and hint below. */
export function renderTeks(r, o) {
    const { t } = o;
    const c = (code, s) => (o.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    // Text from the user's files (names, notes, sheet names) never reaches the terminal as a
    // control sequence, even through `validasi > hasil.txt` and a later `cat`.
    const a = amanTerminal;
    const lines = [];
    const byFile = new Map();
    for (const f of o.quiet ? r.findings.filter((x) => x.severity === 'error') : r.findings) {
        const k = f.file ?? '(lembaga)';
        if (!byFile.has(k))
            byFile.set(k, []);
        byFile.get(k).push(f);
    }
    for (const [file, list] of byFile) {
        lines.push(c(4, a(file)));
        // Loops, not Math.max(...list): a spread over 150 000 findings overflows the stack.
        let posW = 0;
        let sevW = 0;
        for (const f of list) {
            posW = Math.max(posW, position(f).length);
            sevW = Math.max(sevW, sevLabel(f.severity, t).length);
        }
        for (const f of list) {
            const pos = a(position(f)).padEnd(posW);
            const sev = sevLabel(f.severity, t).padEnd(sevW);
            const where = f.kasus
                ? ` [${a(f.kasus)}${f.header ? ` · ${a(f.header)}` : ''}]`
                : f.header
                    ? ` [${a(f.header)}]`
                    : '';
            lines.push(`  ${c(2, pos)}  ${c(COLOURS[f.severity], sev)}  ${a(f.message)}${where}  ${c(2, f.rule)}`);
            const indent = ' '.repeat(4 + posW + sevW);
            if (f.ref)
                lines.push(`${indent}${c(2, `${t('validasi.acuan')}: ${a(f.ref)}`)}`);
            if (f.hint)
                lines.push(`${indent}${c(2, `${t('validasi.saran')}: ${a(f.hint)}`)}`);
        }
        lines.push('');
    }
    const s = r.summary;
    if (o.quiet || o.tanpaRingkasan)
        return lines.join('\n') + (lines.length ? '\n' : '');
    if (r.findings.length === 0)
        lines.push(c(32, '✔ ' + t('validasi.bersih', { files: s.files, cases: s.cases, rules: o.ruleCount })));
    else {
        const mark = s.errors > 0 ? c(31, '✖ ') : c(33, '⚠ ');
        lines.push(mark + t('validasi.ringkasan', { ...s }));
    }
    if (r.suppressed.length > 0)
        lines.push(c(2, t('validasi.disembunyikan', { n: r.suppressed.length })));
    return lines.join('\n') + '\n';
}
/** Markdown cells: pipes escaped, formula-like starts neutralised. */
export function mdCell(v) {
    let s = v === null || v === undefined ? '' : String(v);
    s = amanTerminal(s.replace(/\r?\n/g, ' ')).replace(/\|/g, '\\|');
    if (/^[=+\-@\t\r]/.test(s))
        s = `'${s}`;
    return s;
}
export function renderMarkdown(r, o) {
    return `# ${o.t('validasi.judulMd')}\n\n` + renderMarkdownIsi(r, o, '##');
}
/** The summary, findings table and suppressed list; `h` is the heading level of its sections. */
export function renderMarkdownIsi(r, o, h) {
    const { t } = o;
    const out = [];
    out.push(t('validasi.ringkasan', { ...r.summary }), '');
    if (r.findings.length) {
        out.push(`| ${t('validasi.mdBerkas')} | ${t('validasi.mdPosisi')} | ${t('validasi.mdTingkat')} | ${t('validasi.mdAturan')} | ${t('validasi.mdPesan')} | ${t('validasi.acuan')} |`);
        out.push('|---|---|---|---|---|---|');
        for (const f of r.findings)
            out.push(`| ${mdCell(f.file)} | ${mdCell(position(f))} | ${mdCell(sevLabel(f.severity, t))} | \`${f.rule}\` | ${mdCell(f.message)}${f.hint ? `<br>${mdCell(f.hint)}` : ''} | ${mdCell(f.ref)} |`);
    }
    if (r.suppressed.length) {
        out.push('', `${h} ${t('validasi.mdDiabaikan')}`, '');
        for (const f of r.suppressed)
            out.push(`- \`${f.rule}\` ${mdCell(f.message)} — ${mdCell(f.reason)}`);
    }
    return out.join('\n') + '\n';
}
/** GitHub workflow annotations. */
export function renderGithub(r) {
    const esc = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
    const prop = (s) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
    return (r.findings
        .map((f) => {
        const level = f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'notice';
        const props = [
            f.file ? `file=${prop(f.file)}` : null,
            f.line ? `line=${f.line}` : null,
            f.column ? `col=${f.column}` : null,
            `title=${prop(f.rule)}`,
        ].filter(Boolean);
        const where = f.sheet ? `${f.sheet}!${f.cell ?? ''}: ` : '';
        return `::${level} ${props.join(',')}::${esc(where + f.message + (f.ref ? ` (${f.ref})` : ''))}`;
    })
        .join('\n') + (r.findings.length ? '\n' : ''));
}
/** SARIF 2.1.0 for code-scanning tools. */
export function renderSarif(r, o) {
    const rules = o.rules.map((rule) => ({
        id: rule.id,
        shortDescription: { text: rule.summary.id },
        fullDescription: { text: rule.doc.id },
        properties: { ruleset: rule.ruleset, sections: rule.sections },
        defaultConfiguration: { level: rule.severity === 'info' ? 'note' : rule.severity },
    }));
    const results = r.findings.map((f) => ({
        ruleId: f.rule,
        level: f.severity === 'info' ? 'note' : f.severity,
        message: { text: f.message + (f.hint ? ` ${f.hint}` : '') },
        locations: f.file
            ? [
                {
                    physicalLocation: {
                        artifactLocation: { uri: f.file },
                        ...(f.line ? { region: { startLine: f.line, startColumn: f.column ?? 1 } } : {}),
                    },
                    ...(f.sheet
                        ? { logicalLocations: [{ name: `${f.sheet}!${f.cell ?? ''}`, kind: 'cell' }] }
                        : {}),
                },
            ]
            : [],
        properties: { ref: f.ref, path: f.path },
    }));
    return (JSON.stringify({
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            { tool: { driver: { name: r.tool.name, version: r.tool.version, rules } }, results },
        ],
    }, null, 2) + '\n');
}
/** Mask NIK-like 16-digit runs (first 4 and last 4 kept) in messages and values. */
export function maskNik(f) {
    const mask = maskNikDalamTeks;
    return {
        ...f,
        message: mask(f.message),
        value: maskNikDalam(f.value),
        expected: maskNikDalam(f.expected),
        hint: f.hint ? mask(f.hint) : f.hint,
        ...(typeof f.kasus === 'string' ? { kasus: mask(f.kasus) } : {}),
        ...(typeof f.header === 'string' ? { header: mask(f.header) } : {}),
    };
}
