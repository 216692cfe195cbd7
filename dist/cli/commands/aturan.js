import { UsageError } from '../../core/errors.js';
import { LINIMASA, SEMUA_RULESETS as RULESETS, STANDAR, regulasiPada, } from '../../standards/index.js';
import { isTanggal } from '../../core/tanggal.js';
import { aturanJson, renderRegulasiTeks, renderAturanDetail, renderRuleTableMarkdown, renderTidakDiperiksa, ringkasSections, } from '../../outputs/aturan/render.js';
import { TIDAK_DIPERIKSA } from '../../standards/permensos-14-2020/tidak-diperiksa.js';
import { didYouMeanId } from '../../outputs/aturan/find.js';
export async function run(args, opts, io) {
    const { t } = io;
    if (opts.tanggal !== undefined && !isTanggal(opts.tanggal))
        throw new UsageError(t('umum.tanggalTidakSah', { nilai: String(opts.tanggal) }));
    const tanggal = typeof opts.tanggal === 'string' ? opts.tanggal : io.hariIni;
    const keadaan = regulasiPada(tanggal);
    const reg = { linimasa: LINIMASA, tanggal };
    const rules = RULESETS.flatMap((rs) => rs.rules);
    // The table lists the rules of rulesets in force on the date (or with no timeline entry).
    const belum = new Set([...keadaan.belumBerlaku, ...keadaan.dicabut].map((r) => r.id));
    const rulesBerlaku = rules.filter((r) => !belum.has(r.ruleset));
    const format = String(opts.format ?? 'teks');
    const id = args[0];
    if (id) {
        const rule = rules.find((r) => r.id === id);
        if (!rule) {
            const guess = didYouMeanId(id, rules.map((r) => r.id));
            throw new UsageError(guess ? t('aturan.tidakAdaMaksud', { id, saran: guess }) : t('aturan.tidakAda', { id }));
        }
        if (format === 'json')
            io.stdout.write(JSON.stringify({
                ...aturanJson([rule], io.bahasa, reg)[0],
                doc: rule.doc[io.bahasa],
                contoh: rule.contoh,
            }, null, 2) + '\n');
        else
            io.stdout.write(renderAturanDetail(rule, STANDAR, t, io.bahasa));
        return 0;
    }
    if (format === 'json') {
        io.stdout.write(JSON.stringify(aturanJson(rules, io.bahasa, reg), null, 2) + '\n');
        return 0;
    }
    if (format === 'markdown') {
        io.stdout.write(renderRuleTableMarkdown(rules));
        return 0;
    }
    const Table = (await import('cli-table3')).default;
    // The terminal's width (or COLUMNS), 80 when unknown: the table never runs wider.
    const kolomTerminal = io.stdout.columns;
    const width = Math.max(60, kolomTerminal || Number(io.env.COLUMNS) || 80);
    const lebarId = Math.min(30, rulesBerlaku.reduce((m, r) => Math.max(m, r.id.length), 0) + 2);
    const lebarBagian = 16;
    const table = new Table({
        head: [
            t('aturan.kolomId'),
            t('aturan.kolomTingkat'),
            t('aturan.kolomBagian'),
            t('aturan.kolomRingkasan'),
        ],
        style: { head: [], border: [] },
        colWidths: [lebarId, 9, lebarBagian, Math.max(20, width - lebarId - 9 - lebarBagian - 5)],
        wordWrap: true,
        wrapOnWordBoundary: true,
    });
    for (const r of rulesBerlaku)
        table.push([r.id, r.severity, ringkasSections(r.sections), r.summary[io.bahasa]]);
    io.stdout.write(table.toString() + '\n');
    io.stdout.write(renderTidakDiperiksa(TIDAK_DIPERIKSA, t, io.bahasa));
    io.stdout.write('\n' + renderRegulasiTeks(keadaan, tanggal, t, io.bahasa));
    io.stderr.write(t('aturan.jumlah', {
        n: rulesBerlaku.length,
        rulesets: RULESETS.filter((r) => !belum.has(r.id))
            .map((r) => r.id)
            .join(', '),
    }) + '\n');
    return 0;
}
