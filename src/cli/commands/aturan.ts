/**
 * `lembaga aturan [RULE]`: the rule registry as a table, JSON or Markdown,
 * or one rule explained with its regulation text and examples.
 */
import type { CliIO, CommandRun } from '../io.js';
import { UsageError } from '../../core/errors.js';
import type { Rule } from '../../standards/rule.js';
import {
  LINIMASA,
  SEMUA_RULESETS as RULESETS,
  STANDAR,
  regulasiPada,
} from '../../standards/index.js';
import { opsiTanggal } from '../perintah.js';
import {
  aturanJson,
  renderRegulasiTeks,
  renderAturanDetail,
  renderRuleTableMarkdown,
  renderTidakDiperiksa,
  ringkasSections,
} from '../../outputs/aturan/render.js';
import { TIDAK_DIPERIKSA } from '../../standards/permensos-14-2020/tidak-diperiksa.js';
import { didYouMeanId } from '../../outputs/aturan/find.js';

export const run: CommandRun = async (args, opts, io) => {
  const tanggal = opsiTanggal(opts.tanggal, io);
  const keadaan = regulasiPada(tanggal);
  const rules = RULESETS.flatMap((rs) => rs.rules);
  const format = String(opts.format ?? 'teks');
  if (args[0]) return jelaskanSatu(args[0], rules, format, tanggal, io);
  if (format === 'json') {
    const reg = { linimasa: LINIMASA, tanggal };
    io.stdout.write(JSON.stringify(aturanJson(rules, io.bahasa, reg), null, 2) + '\n');
    return 0;
  }
  if (format === 'markdown') {
    io.stdout.write(renderRuleTableMarkdown(rules));
    return 0;
  }
  // The table lists the rules of rulesets in force on the date (or with no timeline entry).
  const belum = new Set([...keadaan.belumBerlaku, ...keadaan.dicabut].map((r) => r.id));
  const rulesBerlaku = rules.filter((r) => !belum.has(r.ruleset));
  io.stdout.write(await tabelAturan(rulesBerlaku, io));
  io.stdout.write(renderTidakDiperiksa(TIDAK_DIPERIKSA, io.t, io.bahasa));
  io.stdout.write('\n' + renderRegulasiTeks(keadaan, tanggal, io.t, io.bahasa));
  io.stderr.write(
    io.t('aturan.jumlah', {
      n: rulesBerlaku.length,
      rulesets: RULESETS.filter((r) => !belum.has(r.id))
        .map((r) => r.id)
        .join(', '),
    }) + '\n',
  );
  return 0;
};

/** `lembaga aturan ID`: one rule with its regulation text and examples (or a did-you-mean). */
function jelaskanSatu(
  id: string,
  rules: readonly Rule[],
  format: string,
  tanggal: string,
  io: CliIO,
): number {
  const { t } = io;
  const rule = rules.find((r) => r.id === id);
  if (!rule) {
    const guess = didYouMeanId(
      id,
      rules.map((r) => r.id),
    );
    throw new UsageError(
      guess ? t('aturan.tidakAdaMaksud', { id, saran: guess }) : t('aturan.tidakAda', { id }),
    );
  }
  if (format === 'json') {
    const reg = { linimasa: LINIMASA, tanggal };
    const json = {
      ...aturanJson([rule], io.bahasa, reg)[0],
      doc: rule.doc[io.bahasa],
      contoh: rule.contoh,
    };
    io.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else io.stdout.write(renderAturanDetail(rule, STANDAR, t, io.bahasa));
  return 0;
}

/** The rule table, as wide as the terminal (or COLUMNS), 80 when unknown: never wider. */
async function tabelAturan(rules: readonly Rule[], io: CliIO): Promise<string> {
  const { t } = io;
  const Table = (await import('cli-table3')).default;
  const kolomTerminal = (io.stdout as { columns?: number }).columns;
  const width = Math.max(60, kolomTerminal || Number(io.env.COLUMNS) || 80);
  const lebarId = Math.min(30, rules.reduce((m, r) => Math.max(m, r.id.length), 0) + 2);
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
  for (const r of rules)
    table.push([r.id, r.severity, ringkasSections(r.sections), r.summary[io.bahasa]]);
  return table.toString() + '\n';
}
