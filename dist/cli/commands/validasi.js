import { info } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { isTanggal } from '../../core/tanggal.js';
import { activeRules, offeredServices } from '../../engine/validate.js';
import { periksaSemua } from '../periksa.js';
import { displayPath, kelompokkanMasukan, loadKelompok } from '../../io/load-folder.js';
import { keStdout, tentukanKeluaran, tolakStdoutBiner } from '../keluaran.js';
import { amanTerminal } from '../../core/teks.js';
import { writeOutputs } from '../../io/write-file.js';
import { SEMUA_RULESETS, catatanPengganti } from '../../standards/index.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { VERSION } from '../../version.js';
import { mdCell, renderMarkdownIsi, renderJson, renderTeks, renderMarkdown, renderGithub, renderSarif, maskNik, } from '../../outputs/findings/render.js';
/** Parse and check the options shared by the reading commands. */
export function parseTanggal(v, io) {
    if (v === undefined)
        return io.hariIni;
    if (!isTanggal(v))
        throw new UsageError(io.t('umum.tanggalTidakSah', { nilai: String(v) }));
    return v;
}
export function parseTahun(v, io) {
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string' || !/^\d{4}$/.test(v))
        throw new UsageError(io.t('umum.tahunTidakSah', { nilai: String(v) }));
    return Number(v);
}
export function parseLayanan(v) {
    return v === undefined ? undefined : LAYANAN_KEYS.find((k) => k === v);
}
const EKSTENSI = {
    teks: ['.txt', '.log'],
    json: ['.json'],
    markdown: ['.md', '.markdown'],
    github: ['.txt', '.log'],
    sarif: ['.sarif', '.json'],
    xlsx: ['.xlsx'],
};
function jumlahkan(list) {
    const s = { files: 0, cases: 0, errors: 0, warnings: 0, infos: 0 };
    for (const x of list) {
        s.files += x.files;
        s.cases += x.cases;
        s.errors += x.errors;
        s.warnings += x.warnings;
        s.infos += x.infos;
    }
    return s;
}
export async function run(args, opts, io) {
    const { t } = io;
    const tanggal = parseTanggal(opts.tanggal, io);
    const tahun = parseTahun(opts.tahun, io);
    const layanan = parseLayanan(opts.layanan);
    const format = String(opts.format ?? 'teks');
    let maks;
    if (opts.maksPeringatan !== undefined) {
        const n = Number(opts.maksPeringatan);
        if (!Number.isInteger(n) || n < 0)
            throw new UsageError(t('umum.angkaTidakSah', { nilai: String(opts.maksPeringatan), opsi: '--maks-peringatan' }));
        maks = n;
    }
    // Where the result goes is settled before the work: `-o -` of a binary format, a folder
    // that cannot be made, a file that exists without --timpa are refused at once.
    const keluaran = typeof opts.keluaran === 'string' ? opts.keluaran : undefined;
    const namaBawaan = `kepatuhan-${tanggal}.xlsx`;
    if (format === 'xlsx')
        tolakStdoutBiner(keluaran, format, namaBawaan, t);
    const target = keluaran !== undefined && !keStdout(keluaran)
        ? await tentukanKeluaran(keluaran, {
            cwd: io.cwd,
            folderBawaan: io.cwd,
            namaBawaan: format === 'xlsx'
                ? namaBawaan
                : `validasi-${tanggal}${EKSTENSI[format]?.[0] ?? '.txt'}`,
            ekstensi: EKSTENSI[format] ?? ['.txt'],
            format,
            timpa: Boolean(opts.timpa),
            t,
        })
        : format === 'xlsx'
            ? await tentukanKeluaran(undefined, {
                cwd: io.cwd,
                folderBawaan: io.cwd,
                namaBawaan,
                ekstensi: ['.xlsx'],
                format,
                timpa: Boolean(opts.timpa),
                t,
            })
            : null;
    // Each institution is checked against its own lembaga.yaml (`lembaga validasi dinas/*\/`).
    const progres = io.progres;
    const kelompok = await kelompokkanMasukan(args, { cwd: io.cwd, t });
    const hasil = [];
    for (const [i, g] of kelompok.entries()) {
        const loaded = await loadKelompok(g, {
            cwd: io.cwd,
            t,
            onBerkas: (file, ke, dari) => progres?.langkah(t('progres.membaca', { file, ke, dari })),
        });
        const nKasus = loaded.registers.reduce((a, r) => a + r.kasus.length, 0);
        progres?.langkah(kelompok.length > 1
            ? t('progres.memeriksaLembaga', {
                lembaga: displayPath(loaded.root, io.cwd) || '.',
                ke: i + 1,
                dari: kelompok.length,
            })
            : t('progres.memeriksa', { kasus: nKasus }));
        const rules = activeRules(loaded.lembaga, SEMUA_RULESETS);
        // The same computation `laporan` uses, so both report the same findings.
        const { findings, suppressed, kreditLogs } = await periksaSemua(loaded, {
            tanggal,
            tahun,
            layanan,
            t,
            cwd: io.cwd,
        });
        const shown = opts.tampilkanNik ? findings : findings.map(maskNik);
        let errors = 0;
        let warnings = 0;
        let infos = 0;
        for (const f of shown)
            if (f.severity === 'error')
                errors++;
            else if (f.severity === 'warning')
                warnings++;
            else
                infos++;
        const kasusPerLayanan = {};
        for (const r of loaded.registers)
            for (const k of r.kasus)
                kasusPerLayanan[k.kasus.layanan] = (kasusPerLayanan[k.kasus.layanan] ?? 0) + 1;
        hasil.push({
            folder: displayPath(loaded.root, io.cwd) || '.',
            nama: loaded.lembaga?.lembaga?.nama ?? '',
            file: loaded.lembagaFile,
            report: {
                tool: { name: 'lembaga', version: VERSION },
                date: tanggal,
                summary: { files: loaded.files + kreditLogs, cases: nKasus, errors, warnings, infos },
                findings: shown,
                suppressed: opts.tampilkanNik ? suppressed : suppressed.map(maskNik),
            },
            rules,
            offered: loaded.lembaga ? offeredServices(loaded.lembaga, layanan) : [],
            kasusPerLayanan,
            adaKredit: kreditLogs > 0,
        });
    }
    progres?.langkah(t('progres.menyusun', { apa: format }));
    // The regulation applied where a part was replaced (issue 13 item 5).
    if (hasil.some((h) => h.adaKredit))
        for (const c of catatanPengganti(tanggal, io.bahasa, ['kredit']))
            info(io, c);
    const satu = hasil.length === 1 ? hasil[0] : null;
    const namaTampil = (h) => h.nama || t('multi.tanpaNama');
    const report = satu
        ? satu.report
        : {
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
    // The rules of every institution (the same rule once).
    const rules = [...new Map(hasil.flatMap((h) => h.rules).map((r) => [r.id, r])).values()];
    const ro = (h) => ({
        t,
        color: io.color && !target,
        rules: h.rules,
        ruleCount: h.rules.length,
        quiet: io.quiet,
    });
    let out;
    switch (format) {
        case 'json':
            out = renderJson(report);
            break;
        case 'markdown':
            out = satu
                ? renderMarkdown(report, ro(satu))
                : `# ${t('validasi.judulMd')}\n\n${t('multi.total', { jumlah: hasil.length, ...report.summary })}\n\n` +
                    hasil
                        .map((h) => `## ${mdCell(t('multi.judul', { nama: namaTampil(h), folder: h.folder }))}\n\n` +
                        renderMarkdownIsi(h.report, ro(h), '###'))
                        .join('\n');
            break;
        case 'github':
            out = renderGithub(report);
            break;
        case 'sarif':
            out = renderSarif(report, ro({ rules }));
            break;
        case 'xlsx': {
            const { renderXlsx, renderXlsxGabungan } = await import('../../outputs/findings/xlsx.js');
            out = satu
                ? await renderXlsx(report, satu.rules, satu.offered, satu.nama, t, {
                    kasusPerLayanan: satu.kasusPerLayanan,
                    adaKredit: satu.adaKredit,
                })
                : await renderXlsxGabungan(hasil.map((h) => ({
                    folder: h.folder,
                    nama: namaTampil(h),
                    report: h.report,
                    rules: h.rules,
                    offered: h.offered,
                    konteks: { kasusPerLayanan: h.kasusPerLayanan, adaKredit: h.adaKredit },
                })), t);
            break;
        }
        default:
            if (satu)
                out = renderTeks(report, ro(satu));
            else {
                // Grouped per institution, each closed by its own summary, then the total.
                const c = (code, s) => io.color && !target ? `\u001b[${code}m${s}\u001b[0m` : s;
                const parts = [];
                for (const h of hasil) {
                    const body = renderTeks(h.report, { ...ro(h), tanpaRingkasan: true });
                    const s = h.report.summary;
                    parts.push(c(1, amanTerminal(t('multi.judul', { nama: namaTampil(h), folder: h.folder }))) +
                        '\n\n' +
                        body +
                        (io.quiet
                            ? ''
                            : amanTerminal(t('multi.ringkasan', { lembaga: namaTampil(h), ...s })) + '\n'));
                }
                const total = report.summary;
                const mark = total.errors > 0 ? c(31, '✖ ') : total.warnings > 0 ? c(33, '⚠ ') : c(32, '✔ ');
                out =
                    parts.join('\n') +
                        (io.quiet
                            ? ''
                            : '\n' + mark + t('multi.total', { jumlah: hasil.length, ...total }) + '\n');
            }
    }
    progres?.selesai();
    if (target) {
        progres?.langkah(t('progres.menulis', { file: displayPath(target, io.cwd) }));
        await writeOutputs([{ path: target, data: out }], Boolean(opts.timpa), t);
        info(io, t('validasi.ditulisKe', { file: displayPath(target, io.cwd) }));
        if (format !== 'teks')
            info(io, t('validasi.ringkasan', { ...report.summary }));
    }
    else {
        // `-o -`, or no -o: standard output (human output too: eslint prints to stdout).
        io.stdout.write(out);
    }
    if (report.summary.errors > 0)
        return 1;
    if (maks !== undefined && report.summary.warnings > maks) {
        info(io, t('validasi.peringatanMelebihi', { n: report.summary.warnings, maks }));
        return 1;
    }
    return 0;
}
