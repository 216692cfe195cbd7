/**
 * `lembaga validasi [PATH…]`: load, validate, render, exit 0/1/2 (CLI.md).
 */
import path from 'node:path';
import type { CliIO } from '../io.js';
import { info } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { hariIni, isTanggal } from '../../core/tanggal.js';
import { activeRules, offeredServices } from '../../engine/validate.js';
import { periksaSemua } from '../periksa.js';
import { loadInputs } from '../../io/load-folder.js';
import { writeOutputs } from '../../io/write-file.js';
import { SEMUA_RULESETS, catatanPengganti } from '../../standards/index.js';
import type { LayananKey } from '../../standards/types.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { VERSION } from '../../version.js';
import type { ValidasiReport } from '../../outputs/findings/render.js';
import {
  renderJson,
  renderTeks,
  renderMarkdown,
  renderGithub,
  renderSarif,
  maskNik,
} from '../../outputs/findings/render.js';

/** Parse and check the options shared by the reading commands. */
export function parseTanggal(v: unknown, io: CliIO): string {
  if (v === undefined) return hariIni();
  if (!isTanggal(v)) throw new UsageError(io.t('umum.tanggalTidakSah', { nilai: String(v) }));
  return v;
}

export function parseTahun(v: unknown, io: CliIO): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d{4}$/.test(v))
    throw new UsageError(io.t('umum.tahunTidakSah', { nilai: String(v) }));
  return Number(v);
}

export function parseLayanan(v: unknown): LayananKey | undefined {
  return v === undefined ? undefined : (LAYANAN_KEYS.find((k) => k === v) as LayananKey);
}

export async function run(
  args: string[],
  opts: Record<string, unknown>,
  io: CliIO,
): Promise<number> {
  const { t } = io;
  const tanggal = parseTanggal(opts.tanggal, io);
  const tahun = parseTahun(opts.tahun, io);
  const layanan = parseLayanan(opts.layanan);
  const format = String(opts.format ?? 'teks');
  let maks: number | undefined;
  if (opts.maksPeringatan !== undefined) {
    const n = Number(opts.maksPeringatan);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(
        t('umum.angkaTidakSah', { nilai: String(opts.maksPeringatan), opsi: '--maks-peringatan' }),
      );
    maks = n;
  }

  const loaded = await loadInputs(args, { cwd: io.cwd, t });
  const kasus = loaded.registers.flatMap((r) => r.kasus);
  const rules = activeRules(loaded.lembaga, SEMUA_RULESETS);
  // The same computation `laporan` uses, so both report the same findings.
  const { findings, suppressed, kreditLogs } = await periksaSemua(loaded, {
    tanggal,
    tahun,
    layanan,
    t,
    cwd: io.cwd,
  });
  loaded.files += kreditLogs;
  // The regulation applied where a part was replaced (issue 13 item 5).
  if (kreditLogs > 0) for (const c of catatanPengganti(tanggal, io.bahasa, ['kredit'])) info(io, c);

  const shown = opts.tampilkanNik ? findings : findings.map(maskNik);
  const report: ValidasiReport = {
    tool: { name: 'lembaga', version: VERSION },
    date: tanggal,
    summary: {
      files: loaded.files,
      cases: kasus.length,
      errors: shown.filter((f) => f.severity === 'error').length,
      warnings: shown.filter((f) => f.severity === 'warning').length,
      infos: shown.filter((f) => f.severity === 'info').length,
    },
    findings: shown,
    suppressed: opts.tampilkanNik ? suppressed : suppressed.map(maskNik),
  };
  const ro = {
    t,
    color: io.color && !opts.keluaran,
    rules,
    ruleCount: rules.length,
    quiet: io.quiet,
  };

  let out: string | Uint8Array;
  switch (format) {
    case 'json':
      out = renderJson(report);
      break;
    case 'markdown':
      out = renderMarkdown(report, ro);
      break;
    case 'github':
      out = renderGithub(report);
      break;
    case 'sarif':
      out = renderSarif(report, ro);
      break;
    case 'xlsx': {
      const { renderXlsx } = await import('../../outputs/findings/xlsx.js');
      const offered = loaded.lembaga ? offeredServices(loaded.lembaga, layanan) : [];
      const kasusPerLayanan: Partial<Record<string, number>> = {};
      for (const k of kasus)
        kasusPerLayanan[k.kasus.layanan] = (kasusPerLayanan[k.kasus.layanan] ?? 0) + 1;
      out = await renderXlsx(report, rules, offered, loaded.lembaga?.lembaga?.nama ?? '', t, {
        kasusPerLayanan,
        adaKredit: kreditLogs > 0,
      });
      break;
    }
    default:
      out = renderTeks(report, ro);
  }

  if (opts.keluaran === '-') {
    // `-o -`: standard output, as Unix tools read it.
    io.stdout.write(out);
  } else if (opts.keluaran || format === 'xlsx') {
    const target = path.resolve(io.cwd, String(opts.keluaran ?? `kepatuhan-${tanggal}.xlsx`));
    await writeOutputs([{ path: target, data: out }], Boolean(opts.timpa), t);
    info(io, t('validasi.ditulisKe', { file: path.relative(io.cwd, target) || target }));
    if (format !== 'teks') info(io, t('validasi.ringkasan', { ...report.summary }));
  } else if (format === 'teks') {
    // Human output is a message stream: stderr would hide it from `> file`; eslint prints to stdout too.
    io.stdout.write(out as string);
  } else {
    io.stdout.write(out as string);
  }

  if (report.summary.errors > 0) return 1;
  if (maks !== undefined && report.summary.warnings > maks) {
    info(io, t('validasi.peringatanMelebihi', { n: report.summary.warnings, maks }));
    return 1;
  }
  return 0;
}
