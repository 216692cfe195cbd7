/**
 * `lembaga validasi [PATH…]`: load, validate, render, exit 0/1/2 (docs/kontrak-cli.md).
 */
import type { CliIO, CommandRun } from '../io.js';
import { info } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { activeRules, offeredServices } from '../../engine/validate.js';
import { mulaiPeriksa, periksaSemua, type Pemeriksaan } from '../periksa.js';
import {
  displayPath,
  jumlahKasus,
  kelompokkanMasukan,
  loadKelompok,
  type KelompokMasukan,
} from '../../io/load-folder.js';
import { keStdout, tentukanKeluaran, tolakStdoutBiner } from '../keluaran.js';
import { amanTerminal } from '../../core/teks.js';
import type { Rule } from '../../standards/rule.js';
import { SEMUA_RULESETS, catatanPengganti } from '../../standards/index.js';
import type { LayananKey } from '../../standards/types.js';
import { VERSION } from '../../version.js';
import type { Ringkasan, ValidasiReport } from '../../outputs/findings/render.js';
import {
  mdCell,
  renderMarkdownIsi,
  renderJson,
  renderTeks,
  renderMarkdown,
  renderGithub,
  renderSarif,
  maskNik,
} from '../../outputs/findings/render.js';
import { opsiLayanan, opsiTahun, opsiTanggal, progresBaca, tulisBerkas } from '../perintah.js';

/** One institution checked: its report and what the matrix needs. */
interface HasilLembaga {
  folder: string;
  nama: string;
  file: string | null;
  report: ValidasiReport;
  rules: Rule[];
  offered: LayananKey[];
  kasusPerLayanan: Partial<Record<string, number>>;
  adaKredit: boolean;
}

const EKSTENSI: Record<string, string[]> = {
  teks: ['.txt', '.log'],
  json: ['.json'],
  markdown: ['.md', '.markdown'],
  github: ['.txt', '.log'],
  sarif: ['.sarif', '.json'],
  xlsx: ['.xlsx'],
};

function jumlahkan(list: readonly Ringkasan[]): Ringkasan {
  const s: Ringkasan = { files: 0, cases: 0, errors: 0, warnings: 0, infos: 0 };
  for (const x of list) {
    s.files += x.files;
    s.cases += x.cases;
    s.errors += x.errors;
    s.warnings += x.warnings;
    s.infos += x.infos;
  }
  return s;
}

/** The options of one run, parsed. */
interface Opsi {
  tanggal: string;
  tahun: number | undefined;
  layanan: LayananKey | undefined;
  format: string;
  maks: number | undefined;
  tampilkanNik: boolean;
}

/** `--maks-peringatan N`: a whole number from 0. */
function opsiMaks(v: unknown, io: CliIO): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(
      io.t('umum.angkaTidakSah', { nilai: String(v), opsi: '--maks-peringatan' }),
    );
  return n;
}

export const run: CommandRun = async (args, opts, io) => {
  const { t } = io;
  const o: Opsi = {
    tanggal: opsiTanggal(opts.tanggal, io),
    tahun: opsiTahun(opts.tahun, io),
    layanan: opsiLayanan(opts.layanan),
    format: String(opts.format ?? 'teks'),
    maks: opsiMaks(opts.maksPeringatan, io),
    tampilkanNik: Boolean(opts.tampilkanNik),
  };
  const target = await tentukanTarget(opts.keluaran, opts.timpa, o, io);

  // Each institution is checked against its own lembaga.yaml (`lembaga validasi dinas/*\/`).
  const kelompok = await kelompokkanMasukan(args, { cwd: io.cwd, t });
  const hasil: HasilLembaga[] = [];
  for (const [i, g] of kelompok.entries())
    hasil.push(await periksaLembaga(g, i, kelompok.length, o, io));
  io.progres?.langkah(t('progres.menyusun', { apa: o.format }));
  // The regulation applied where a part was replaced (issue 13 item 5).
  if (hasil.some((h) => h.adaKredit))
    for (const c of catatanPengganti(o.tanggal, io.bahasa, ['kredit'])) info(io, c);

  const report = laporanGabungan(hasil, o.tanggal);
  const out = await renderHasil(report, hasil, o.format, io, Boolean(target));
  io.progres?.selesai();

  if (target) {
    io.progres?.langkah(t('progres.menulis', { file: displayPath(target, io.cwd) }));
    await tulisBerkas(io, [{ path: target, data: out }], opts.timpa, 'validasi.ditulisKe');
    if (o.format !== 'teks') info(io, t('validasi.ringkasan', { ...report.summary }));
  } else {
    // `-o -`, or no -o: standard output (human output too: eslint prints to stdout).
    io.stdout.write(out);
  }

  if (report.summary.errors > 0) return 1;
  if (o.maks !== undefined && report.summary.warnings > o.maks) {
    info(io, t('validasi.peringatanMelebihi', { n: report.summary.warnings, maks: o.maks }));
    return 1;
  }
  return 0;
};

/**
 * Where the result goes, settled before the work: `-o -` of a binary format, a folder
 * that cannot be made, a file that exists without --timpa are refused at once. Null: stdout.
 */
async function tentukanTarget(
  keluaranOpt: unknown,
  timpa: unknown,
  o: Opsi,
  io: CliIO,
): Promise<string | null> {
  const { format, tanggal } = o;
  const keluaran = typeof keluaranOpt === 'string' ? keluaranOpt : undefined;
  const namaXlsx = `kepatuhan-${tanggal}.xlsx`;
  if (format === 'xlsx') tolakStdoutBiner(keluaran, format, namaXlsx, io.t);
  const keFile = keluaran !== undefined && !keStdout(keluaran);
  if (!keFile && format !== 'xlsx') return null;
  const namaBawaan =
    format === 'xlsx' ? namaXlsx : `validasi-${tanggal}${EKSTENSI[format]?.[0] ?? '.txt'}`;
  return tentukanKeluaran(keFile ? keluaran : undefined, {
    cwd: io.cwd,
    folderBawaan: io.cwd,
    namaBawaan,
    ekstensi: keFile ? (EKSTENSI[format] ?? ['.txt']) : ['.xlsx'],
    format,
    timpa: Boolean(timpa),
    t: io.t,
  });
}

/** One institution (group of inputs `i` of `n`): loaded, checked, counted. */
async function periksaLembaga(
  g: KelompokMasukan,
  i: number,
  n: number,
  o: Opsi,
  io: CliIO,
): Promise<HasilLembaga> {
  const { t } = io;
  const opsiPeriksa = { tanggal: o.tanggal, tahun: o.tahun, layanan: o.layanan, t, cwd: io.cwd };
  // The cases stream through the checks as they are read (issue 16): none is kept.
  let kasusPerLayanan: Partial<Record<string, number>> = {};
  let periksa: Pemeriksaan | null = null;
  const loaded = await loadKelompok(g, {
    cwd: io.cwd,
    t,
    onBerkas: progresBaca(io),
    alirkan: (awal) => {
      // Called again when a workbook could not stream: everything counted so far is void.
      const perLayanan: Partial<Record<string, number>> = (kasusPerLayanan = {});
      const p = (periksa = mulaiPeriksa(awal, opsiPeriksa));
      if (!p) return null;
      return (batch, reg) => {
        for (const k of batch) perLayanan[k.kasus.layanan] = (perLayanan[k.kasus.layanan] ?? 0) + 1;
        p.terima(batch, reg);
      };
    },
  });
  const nKasus = loaded.registers.reduce((a, r) => a + jumlahKasus(r), 0);
  const folder = displayPath(loaded.root, io.cwd) || '.';
  io.progres?.langkah(
    n > 1
      ? t('progres.memeriksaLembaga', { lembaga: folder, ke: i + 1, dari: n })
      : t('progres.memeriksa', { kasus: nKasus }),
  );
  const rules = activeRules(loaded.lembaga, SEMUA_RULESETS);
  // The same computation `laporan` uses, so both report the same findings.
  const p = periksa as Pemeriksaan | null;
  const { findings, suppressed, kreditLogs } = p
    ? await p.selesai(loaded)
    : await periksaSemua(loaded, opsiPeriksa);
  const shown = o.tampilkanNik ? findings : findings.map(maskNik);
  const hitung = (sev: string) => shown.filter((f) => f.severity === sev).length;
  const errors = hitung('error');
  const warnings = hitung('warning');
  for (const r of loaded.registers)
    for (const k of r.kasus)
      kasusPerLayanan[k.kasus.layanan] = (kasusPerLayanan[k.kasus.layanan] ?? 0) + 1;
  return {
    folder,
    nama: loaded.lembaga?.lembaga?.nama ?? '',
    file: loaded.lembagaFile,
    report: {
      tool: { name: 'lembaga', version: VERSION },
      date: o.tanggal,
      summary: {
        files: loaded.files + kreditLogs,
        cases: nKasus,
        errors,
        warnings,
        infos: shown.length - errors - warnings,
      },
      findings: shown,
      suppressed: o.tampilkanNik ? suppressed : suppressed.map(maskNik),
    },
    rules,
    offered: loaded.lembaga ? offeredServices(loaded.lembaga, o.layanan) : [],
    kasusPerLayanan,
    adaKredit: kreditLogs > 0,
  };
}

/** One institution's report as it is; several as one, each with its own summary. */
function laporanGabungan(hasil: readonly HasilLembaga[], tanggal: string): ValidasiReport {
  if (hasil.length === 1) return hasil[0]!.report;
  return {
    tool: { name: 'lembaga', version: VERSION },
    date: tanggal,
    summary: jumlahkan(hasil.map((h) => h.report.summary)),
    findings: hasil.flatMap((h) => h.report.findings),
    suppressed: hasil.flatMap((h) => h.report.suppressed),
    institutions: hasil.map((h) => ({
      folder: h.folder,
      file: h.file,
      name: h.nama || null,
      summary: h.report.summary,
    })),
  };
}

/** The findings in one format (grouped per institution when there are several). */
async function renderHasil(
  report: ValidasiReport,
  hasil: readonly HasilLembaga[],
  format: string,
  io: CliIO,
  keBerkas: boolean,
): Promise<string | Uint8Array> {
  const { t } = io;
  const satu = hasil.length === 1 ? hasil[0]! : null;
  const ro = (h: { rules: readonly Rule[] }) => ({
    t,
    color: io.color && !keBerkas,
    rules: h.rules,
    ruleCount: h.rules.length,
    quiet: io.quiet,
  });
  switch (format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      if (satu) return renderMarkdown(report, ro(satu));
      return (
        `# ${t('validasi.judulMd')}\n\n${t('multi.total', { jumlah: hasil.length, ...report.summary })}\n\n` +
        hasil
          .map(
            (h) =>
              `## ${mdCell(t('multi.judul', { nama: namaTampil(h, t), folder: h.folder }))}\n\n` +
              renderMarkdownIsi(h.report, ro(h), '###'),
          )
          .join('\n')
      );
    case 'github':
      return renderGithub(report);
    case 'sarif': {
      // The rules of every institution (the same rule once).
      const rules = [...new Map(hasil.flatMap((h) => h.rules).map((r) => [r.id, r])).values()];
      return renderSarif(report, ro({ rules }));
    }
    case 'xlsx':
      return renderXlsxHasil(report, hasil, t);
    default:
      if (satu) return renderTeks(report, ro(satu));
      return renderTeksBanyak(report, hasil, io, (h) => ({ ...ro(h), tanpaRingkasan: true }));
  }
}

function namaTampil(h: HasilLembaga, t: CliIO['t']): string {
  return h.nama || t('multi.tanpaNama');
}

/** The compliance matrix: one institution's, or one sheet per institution. */
async function renderXlsxHasil(
  report: ValidasiReport,
  hasil: readonly HasilLembaga[],
  t: CliIO['t'],
): Promise<Uint8Array> {
  const { renderXlsx, renderXlsxGabungan } = await import('../../outputs/findings/xlsx.js');
  const satu = hasil.length === 1 ? hasil[0]! : null;
  if (satu)
    return renderXlsx(report, satu.rules, satu.offered, satu.nama, t, {
      kasusPerLayanan: satu.kasusPerLayanan,
      adaKredit: satu.adaKredit,
    });
  return renderXlsxGabungan(
    hasil.map((h) => ({
      folder: h.folder,
      nama: namaTampil(h, t),
      report: h.report,
      rules: h.rules,
      offered: h.offered,
      konteks: { kasusPerLayanan: h.kasusPerLayanan, adaKredit: h.adaKredit },
    })),
    t,
  );
}

/** Text grouped per institution, each closed by its own summary, then the total. */
function renderTeksBanyak(
  report: ValidasiReport,
  hasil: readonly HasilLembaga[],
  io: CliIO,
  ro: (h: HasilLembaga) => Parameters<typeof renderTeks>[1],
): string {
  const { t } = io;
  const warna = ro(hasil[0]!).color;
  const c = (code: number, s: string) => (warna ? `\u001b[${code}m${s}\u001b[0m` : s);
  const parts: string[] = [];
  for (const h of hasil) {
    const body = renderTeks(h.report, ro(h));
    const s = h.report.summary;
    parts.push(
      c(1, amanTerminal(t('multi.judul', { nama: namaTampil(h, t), folder: h.folder }))) +
        '\n\n' +
        body +
        (io.quiet
          ? ''
          : amanTerminal(t('multi.ringkasan', { lembaga: namaTampil(h, t), ...s })) + '\n'),
    );
  }
  const total = report.summary;
  const mark = total.errors > 0 ? c(31, '✖ ') : total.warnings > 0 ? c(33, '⚠ ') : c(32, '✔ ');
  return (
    parts.join('\n') +
    (io.quiet ? '' : '\n' + mark + t('multi.total', { jumlah: hasil.length, ...total }) + '\n')
  );
}
