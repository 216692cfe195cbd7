/**
 * `lembaga laporan [FOLDER]`: the annual report of Lampiran 2.6.2 g Permensos 14/2020.
 * Loads the folder, runs the same rules as `validasi`, summarises the year in one pass,
 * renders Word + Excel (default), Markdown or JSON, and with `--jejak` an internal trace
 * workbook of the register numbers behind every figure.
 */
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { info } from '../io.js';
import { InputError, UsageError } from '../../core/errors.js';
import { isTanggal } from '../../core/tanggal.js';
import { activeRules } from '../../engine/validate.js';
import { periksaSemua } from '../periksa.js';
import { loadInputs } from '../../io/load-folder.js';
import { tulisMasalah } from '../masalah.js';
import { assertWritable, siapkanFolder, writeOutputs, } from '../../io/write-file.js';
import { RULESETS, STANDAR, catatanPengganti } from '../../standards/index.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { VERSION } from '../../version.js';
const EXT = {
    docx: '.docx',
    xlsx: '.xlsx',
    markdown: '.md',
    json: '.json',
};
/** The year reported on: given, or the last full year before the report date. */
export function tahunLaporan(opt, tanggal, io) {
    if (opt === undefined)
        return Number(tanggal.slice(0, 4)) - 1;
    if (typeof opt !== 'string' || !/^\d{4}$/.test(opt))
        throw new UsageError(io.t('laporan.tahunWajib', { nilai: String(opt) }));
    const tahun = Number(opt);
    if (`${tahun}-01-01` > tanggal)
        throw new UsageError(io.t('laporan.tahunDepan', { tahun, tanggal }));
    return tahun;
}
async function isDir(p) {
    try {
        return (await fs.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}
export async function run(args, opts, io) {
    const { t } = io;
    const tanggal = opts.tanggal === undefined ? io.hariIni : String(opts.tanggal);
    if (!isTanggal(tanggal))
        throw new UsageError(t('laporan.tanggalSalah', { nilai: tanggal }));
    const tahun = tahunLaporan(opts.tahun, tanggal, io);
    const layanan = LAYANAN_KEYS.find((k) => k === opts.layanan);
    const format = String(opts.format ?? 'semua');
    const publik = Boolean(opts.publik);
    const jejak = Boolean(opts.jejak);
    const bahasa = io.bahasa;
    const keluaran = typeof opts.keluaran === 'string' ? opts.keluaran : undefined;
    const progres = io.progres;
    const loaded = await loadInputs(args, {
        cwd: io.cwd,
        t,
        onBerkas: (file, ke, dari) => progres?.langkah(t('progres.membaca', { file, ke, dari })),
    });
    // Each broken input is named with its place; the report is still written, but exit 1 (docs/kontrak-cli.md).
    const galatMasukan = tulisMasalah(io, loaded.problems);
    if (!loaded.lembaga)
        throw new InputError(t('laporan.tanpaLembaga'), loaded.lembagaFile ?? 'lembaga.yaml');
    const lembaga = loaded.lembaga;
    if (loaded.problems.length)
        info(io, t('laporan.masalahData', { jumlah: loaded.problems.length }));
    if (tanggal < `${tahun}-12-31`)
        info(io, t('laporan.tahunBerjalan', { tahun, tanggal }));
    // Where to write, settled before the work (one meaning of -o across commands):
    // `-o -` is standard output for markdown and json, an error for Word and Excel; `-o folder/`
    // (or an existing folder) takes the default names; `-o nama` names the files, the
    // extension added; `-o laporan.docx` writes only the format its extension names.
    const dasarNama = `laporan-tahunan-${tahun}${layanan ? `-${layanan}` : ''}${publik ? '-publik' : ''}`;
    const keStdout = (format === 'markdown' || format === 'json') && (!keluaran || keluaran === '-');
    if (keluaran === '-' && !keStdout)
        throw new UsageError(t('umum.keluaranBiner', {
            format,
            contoh: `${dasarNama}${format === 'xlsx' ? '.xlsx' : '.docx'}`,
        }));
    const dinamai = format === 'semua' && keluaran && !/[\\/]$/.test(keluaran)
        ? Object.keys(EXT).find((f) => EXT[f] === path.extname(keluaran).toLowerCase())
        : undefined;
    const formats = format !== 'semua'
        ? [format]
        : dinamai && !(await isDir(path.resolve(io.cwd, keluaran)))
            ? [dinamai]
            : ['docx', 'xlsx'];
    let folder = loaded.root;
    let nama = dasarNama;
    if (keluaran && !keStdout) {
        const abs = path.resolve(io.cwd, keluaran);
        const ext = path.extname(abs).toLowerCase();
        const adaEkstensi = /^\.[a-z][a-z0-9]{0,5}$/.test(ext);
        if (/[\\/]$/.test(keluaran) || (await isDir(abs)))
            folder = abs;
        else if (!adaEkstensi) {
            // A name without an extension names the files: laporan → laporan.docx, laporan.xlsx.
            folder = path.dirname(abs);
            nama = path.basename(abs);
        }
        else if (!formats.some((f) => EXT[f] === ext)) {
            if (formats.length > 1)
                throw new UsageError(t('laporan.keluaranFolder'));
            throw new UsageError(t('umum.ekstensiSalah', { file: keluaran, ada: ext, format, harus: EXT[formats[0]] }));
        }
        else {
            folder = path.dirname(abs);
            nama = path.basename(abs, ext);
        }
    }
    const berkas = (f) => path.join(folder, nama + EXT[f]);
    if (!keStdout) {
        await siapkanFolder(folder, t);
        await assertWritable(formats.map((f) => berkas(f)), Boolean(opts.timpa), t);
    }
    progres?.langkah(t('progres.memeriksa', { kasus: loaded.registers.reduce((n, r) => n + r.kasus.length, 0) }));
    // Exactly the findings `lembaga validasi --tanggal … --tahun …` prints (credit logs included),
    // through the lembaga's own ignores.
    const { findings, kreditLogs } = await periksaSemua(loaded, {
        tanggal,
        tahun,
        layanan,
        t,
        cwd: io.cwd,
    });
    // The regulation applied where a part was replaced (issue 13 item 5).
    if (kreditLogs > 0)
        for (const c of catatanPengganti(`${tahun}-12-31`, io.bahasa, ['kredit']))
            info(io, c);
    const ruleSections = activeRules(lembaga, RULESETS).map((r) => ({
        id: r.id,
        sections: r.sections,
    }));
    progres?.langkah(t('progres.laporan'));
    const { summariseYear } = await import('../../outputs/laporan/summarise.js');
    const kasus = {
        *[Symbol.iterator]() {
            for (const r of loaded.registers)
                for (const k of r.kasus)
                    if (!layanan || k.kasus.layanan === layanan)
                        yield k.kasus;
        },
    };
    const lap = summariseYear(lembaga, kasus, {
        tahun,
        tanggal,
        standar: STANDAR,
        findings,
        ruleSections,
        layanan,
        publik,
        jejak,
    });
    // An empty year is a legitimate report (a new lembaga reports too), so it is still written;
    // but a silent "0 kasus" usually means the wrong year: name the years the registers do hold.
    const totalKasus = (() => {
        const tb = lap.tabel.find((x) => x.id === 'klien-asal');
        return tb?.total?.nilai[tb.total.nilai.length - 1] ?? 0;
    })();
    // Registers that could not be read at all: a 0-case report is never a quiet success.
    const takTerbaca = loaded.registers.filter((r) => r.kasus.length === 0 && r.problems.some((p) => p.severity === 'error')).length;
    if (totalKasus === 0 && takTerbaca > 0)
        io.stderr.write(t('umum.nolKasusRegisterRusak', { jumlah: takTerbaca }) + '\n');
    else if (totalKasus === 0) {
        const { tahunBerkasus } = await import('../../outputs/laporan/tahun.js');
        const ada = tahunBerkasus(kasus, {
            tanggal,
            mulaiDari: lembaga.pengaturan?.mulaiJangkaWaktu,
        }).filter((y) => y !== tahun);
        info(io, ada.length
            ? t('laporan.tahunTanpaKasus', { tahun, ada: ada.join(', '), saran: ada[ada.length - 1] })
            : t('laporan.registerKosong', { tahun }));
    }
    const { buildDokumen } = await import('../../outputs/laporan/dokumen.js');
    const { denganNamaDtsen } = await import('../../outputs/laporan/dtsen.js');
    // From here on the report's own labels: DTSEN (dahulu DTKS) when the period reaches 2025-02-05.
    const tl = denganNamaDtsen(t, `${tahun}-12-31` < tanggal ? `${tahun}-12-31` : tanggal, bahasa);
    const doc = buildDokumen(lap, tl, bahasa);
    let grafik = new Map();
    if (formats.some((f) => f === 'docx' || f === 'xlsx' || (f === 'markdown' && !keStdout))) {
        try {
            const { buatGrafik } = await import('../../outputs/laporan/grafik.js');
            grafik = await buatGrafik(lap, tl, bahasa);
        }
        catch (e) {
            info(io, t('laporan.grafikGagal', { pesan: e.message }));
            if (io.debug)
                io.stderr.write(String(e.stack) + '\n');
        }
    }
    const outputs = [];
    for (const f of formats) {
        if (f === 'docx') {
            const { renderDocx } = await import('../../outputs/laporan/render-docx.js');
            outputs.push({
                path: berkas('docx'),
                data: await renderDocx(doc, { bahasa, t: tl, grafik }),
            });
        }
        else if (f === 'xlsx') {
            const { renderXlsx } = await import('../../outputs/laporan/render-xlsx.js');
            outputs.push({
                path: berkas('xlsx'),
                data: await renderXlsx(doc, { bahasa, t: tl, grafik }),
            });
        }
        else if (f === 'markdown') {
            const { renderMarkdown } = await import('../../outputs/laporan/render-markdown.js');
            const target = berkas('markdown');
            const gambar = new Map();
            if (!keStdout) {
                const stem = path.basename(target, path.extname(target));
                for (const [id, g] of grafik) {
                    gambar.set(id, `${stem}-grafik-${id}.png`);
                    outputs.push({
                        path: path.join(path.dirname(target), `${stem}-grafik-${id}.png`),
                        data: g.png,
                    });
                }
            }
            const md = renderMarkdown(doc, bahasa, gambar);
            if (keStdout)
                io.stdout.write(md);
            else
                outputs.push({ path: target, data: md });
        }
        else {
            const { renderJson } = await import('../../outputs/laporan/render-json.js');
            const json = renderJson(lap, tl, bahasa, { name: 'lembaga', version: VERSION });
            if (keStdout)
                io.stdout.write(json);
            else
                outputs.push({ path: berkas('json'), data: json });
        }
    }
    let jejakPath = null;
    if (jejak) {
        const { renderJejak } = await import('../../outputs/laporan/render-jejak.js');
        jejakPath = path.join(folder, `${nama.replace(/-publik$/, '')}-jejak-INTERNAL.xlsx`);
        outputs.push({ path: jejakPath, data: await renderJejak(lap, tl, bahasa) });
    }
    progres?.langkah(t('progres.menulis', { file: nama }));
    await writeOutputs(outputs, Boolean(opts.timpa), t);
    const cwdRel = (p) => {
        const r = path.relative(io.cwd, p);
        return (r && !r.startsWith('..') && !path.isAbsolute(r) ? r : p).split(path.sep).join('/');
    };
    for (const o of outputs)
        if (o.path !== jejakPath && !o.path.endsWith('.png'))
            info(io, t('laporan.ditulis', { file: cwdRel(o.path) }));
    // Files written beside the report (the charts of the Markdown version) are named too.
    for (const o of outputs)
        if (o.path.endsWith('.png'))
            info(io, t('umum.ditulisPula', { file: cwdRel(o.path) }));
    if (jejakPath)
        info(io, t('laporan.jejakDitulis', { file: cwdRel(jejakPath) }));
    // Under --publik the status line shows the figures as the report does (issue 17 §8).
    const kecil = (n) => lap.publik && n > 0 && n < lap.publik.ambang ? `< ${lap.publik.ambang}` : n;
    const total = (id) => {
        const tb = lap.tabel.find((x) => x.id === id);
        const last = (tb?.total?.nilai.length ?? 1) - 1;
        const tekan = lap.publik ? tb?.total?.tekan?.[last] : null;
        if (tekan)
            return t('laporan.tersembunyi');
        return kecil(tb?.total?.nilai[last] ?? 0);
    };
    info(io, t('laporan.ringkasTerminal', {
        tahun,
        kasus: total('klien-asal'),
        kegiatan: total('kegiatan-jenis'),
        pengaduan: total('pengaduan-jenis'),
        temuan: kecil(lap.temuan.reduce((a, f) => a + f.jumlah, 0)),
        galat: kecil(lap.temuan.reduce((a, f) => a + (f.severity === 'error' ? f.jumlah : 0), 0)),
        peringatan: kecil(lap.temuan.reduce((a, f) => a + (f.severity === 'warning' ? f.jumlah : 0), 0)),
    }));
    return galatMasukan || takTerbaca ? 1 : 0;
}
