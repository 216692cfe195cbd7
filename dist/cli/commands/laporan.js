/**
 * `lembaga laporan [FOLDER]`: the annual report of Lampiran 2.6.2 g Permensos 14/2020.
 * Loads the folder, runs the same rules as `validasi`, summarises the year in one pass,
 * renders Word + Excel (default), Markdown or JSON, and with `--jejak` an internal trace
 * workbook of the register numbers behind every figure.
 */
import path from 'node:path';
import { info } from '../io.js';
import { InputError, UsageError } from '../../core/errors.js';
import { activeRules } from '../../engine/validate.js';
import { mulaiPeriksa } from '../periksa.js';
import { jumlahKasus } from '../../io/load-folder.js';
import { tulisMasalah } from '../masalah.js';
import { assertWritable, siapkanFolder, writeOutputs, } from '../../io/write-file.js';
import { RULESETS, STANDAR, catatanPengganti } from '../../standards/index.js';
import { VERSION } from '../../version.js';
import { muatLembaga, opsiLayanan, opsiTanggal, registerTakTerbaca, statAtauNull, } from '../perintah.js';
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
const isDir = async (p) => Boolean((await statAtauNull(p))?.isDirectory());
export const run = async (args, opts, io) => {
    const { t } = io;
    const tanggal = opsiTanggal(opts.tanggal, io, 'laporan.tanggalSalah');
    const o = {
        tanggal,
        tahun: tahunLaporan(opts.tahun, tanggal, io),
        layanan: opsiLayanan(opts.layanan),
        format: String(opts.format ?? 'semua'),
        publik: Boolean(opts.publik),
        jejak: Boolean(opts.jejak),
        timpa: Boolean(opts.timpa),
    };
    const { tahun } = o;
    const alir = await new AlirLaporan(o, io).siapkan();
    const loaded = await muatLembaga(args, io, { alirkan: (awal) => alir.mulai(awal) });
    // Each broken input is named with its place; the report is still written, but exit 1 (docs/kontrak-cli.md).
    const galatMasukan = tulisMasalah(io, loaded.problems);
    if (!loaded.lembaga)
        throw new InputError(t('laporan.tanpaLembaga'), loaded.lembagaFile ?? 'lembaga.yaml');
    const lembaga = loaded.lembaga;
    if (loaded.problems.length)
        info(io, t('laporan.masalahData', { jumlah: loaded.problems.length }));
    if (tanggal < `${tahun}-12-31`)
        info(io, t('laporan.tahunBerjalan', { tahun, tanggal }));
    const rencana = await rencanaKeluaran(typeof opts.keluaran === 'string' ? opts.keluaran : undefined, o, loaded.root, io);
    const lap = await ringkasTahun(loaded, lembaga, o, io, alir);
    const takTerbaca = registerTakTerbaca(loaded);
    await sebutTahunKosong(lap, alir.tahunAda, takTerbaca, o, io);
    const { buildDokumen } = await import('../../outputs/laporan/dokumen.js');
    const { denganNamaDtsen } = await import('../../outputs/laporan/dtsen.js');
    // From here on the report's own labels: DTSEN (dahulu DTKS) when the period reaches 2025-02-05.
    const tl = denganNamaDtsen(t, `${tahun}-12-31` < tanggal ? `${tahun}-12-31` : tanggal, io.bahasa);
    const doc = buildDokumen(lap, tl, io.bahasa);
    const outputs = await renderLaporan(lap, doc, tl, rencana, io);
    let jejakPath = null;
    if (o.jejak) {
        const { renderJejak } = await import('../../outputs/laporan/render-jejak.js');
        jejakPath = path.join(rencana.folder, `${rencana.nama.replace(/-publik$/, '')}-jejak-INTERNAL.xlsx`);
        outputs.push({ path: jejakPath, data: await renderJejak(lap, tl, io.bahasa) });
    }
    io.progres?.langkah(t('progres.menulis', { file: rencana.nama }));
    await writeOutputs(outputs, o.timpa, t);
    sebutBerkas(outputs, jejakPath, io);
    info(io, ringkasTerminal(lap, tahun, t));
    return galatMasukan || takTerbaca ? 1 : 0;
};
/**
 * Where to write, settled before the work (one meaning of -o across commands):
 * `-o -` is standard output for markdown and json, an error for Word and Excel; `-o folder/`
 * (or an existing folder) takes the default names; `-o nama` names the files, the
 * extension added; `-o laporan.docx` writes only the format its extension names.
 */
async function rencanaKeluaran(keluaran, o, root, io) {
    const { format } = o;
    const t = io.t;
    const dasarNama = `laporan-tahunan-${o.tahun}${o.layanan ? `-${o.layanan}` : ''}${o.publik ? '-publik' : ''}`;
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
    let folder = root;
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
    if (!keStdout) {
        await siapkanFolder(folder, t);
        await assertWritable(formats.map((f) => path.join(folder, nama + EXT[f])), o.timpa, t);
    }
    return { keStdout, formats, folder, nama };
}
/**
 * The report's one pass over the cases while they stream (issue 16): each window goes to the
 * checks (all services: quotas count every activity) and to the report's counters (the service
 * of `--layanan` only), and the years the cases run in are noted for an empty year's hint.
 */
class AlirLaporan {
    o;
    io;
    periksa = null;
    ringkasan = null;
    tahun = new Set();
    modul = null;
    constructor(o, io) {
        this.o = o;
        this.io = io;
    }
    tahunAda = () => [...this.tahun].sort((a, b) => a - b);
    /** The report's modules, loaded before the registers are (they are handed cases as read). */
    async siapkan() {
        this.modul = {
            tahun: await import('../../outputs/laporan/tahun.js'),
            ringkas: await import('../../outputs/laporan/summarise.js'),
        };
        return this;
    }
    mulai(awal) {
        const { lembaga } = awal;
        const { o, io } = this;
        const modul = this.modul;
        // Called again when a workbook could not stream: start afresh.
        this.tahun.clear();
        if (!lembaga || !modul)
            return null;
        const periksa = (this.periksa = mulaiPeriksa(awal, {
            tanggal: o.tanggal,
            tahun: o.tahun,
            layanan: o.layanan,
            t: io.t,
            cwd: io.cwd,
        }));
        if (!periksa)
            return null;
        const ringkasan = (this.ringkasan = modul.ringkas.mulaiRingkasan(lembaga, {
            tahun: o.tahun,
            tanggal: o.tanggal,
            standar: STANDAR,
            layanan: o.layanan,
            publik: o.publik,
            jejak: o.jejak,
        }));
        const { tahunBerkasus } = modul.tahun;
        const opsiTahun = { tanggal: o.tanggal, mulaiDari: lembaga.pengaturan?.mulaiJangkaWaktu };
        return (batch, reg) => {
            periksa.terima(batch, reg);
            for (const { kasus: k } of batch) {
                if (o.layanan && k.layanan !== o.layanan)
                    continue;
                ringkasan.baca(k);
                for (const y of tahunBerkasus([k], opsiTahun))
                    this.tahun.add(y);
            }
        };
    }
}
/** The year in one pass over the cases, with exactly the findings `validasi` prints. */
async function ringkasTahun(loaded, lembaga, o, io, alir) {
    const { t } = io;
    const { tahun } = o;
    io.progres?.langkah(t('progres.memeriksa', { kasus: loaded.registers.reduce((n, r) => n + jumlahKasus(r), 0) }));
    // Exactly the findings `lembaga validasi --tanggal … --tahun …` prints (credit logs included),
    // through the lembaga's own ignores. Without a lembaga file nothing streamed: no report.
    const periksa = alir.periksa;
    const { findings, kreditLogs } = await periksa.selesai(loaded);
    // The regulation applied where a part was replaced (issue 13 item 5).
    if (kreditLogs > 0)
        for (const c of catatanPengganti(`${tahun}-12-31`, io.bahasa, ['kredit']))
            info(io, c);
    const ruleSections = activeRules(lembaga, RULESETS).map((r) => ({
        id: r.id,
        sections: r.sections,
    }));
    io.progres?.langkah(t('progres.laporan'));
    return alir.ringkasan.selesai(findings, ruleSections);
}
/**
 * An empty year is a legitimate report (a new lembaga reports too), so it is still written;
 * but a silent "0 kasus" usually means the wrong year: name the years the registers do hold,
 * or the registers that could not be read at all.
 */
async function sebutTahunKosong(lap, tahunAda, takTerbaca, o, io) {
    const { t } = io;
    const { tahun } = o;
    const tb = lap.tabel.find((x) => x.id === 'klien-asal');
    const totalKasus = tb?.total?.nilai[tb.total.nilai.length - 1] ?? 0;
    if (totalKasus !== 0)
        return;
    if (takTerbaca > 0) {
        io.stderr.write(t('umum.nolKasusRegisterRusak', { jumlah: takTerbaca }) + '\n');
        return;
    }
    const ada = tahunAda().filter((y) => y !== tahun);
    info(io, ada.length
        ? t('laporan.tahunTanpaKasus', { tahun, ada: ada.join(', '), saran: ada[ada.length - 1] })
        : t('laporan.registerKosong', { tahun }));
}
/** The report in each format asked for (Markdown and JSON to the screen when so planned). */
async function renderLaporan(lap, doc, tl, r, io) {
    const { bahasa } = io;
    const berkas = (f) => path.join(r.folder, r.nama + EXT[f]);
    const grafik = await buatGrafik(lap, tl, r, io);
    const outputs = [];
    for (const f of r.formats) {
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
            if (!r.keStdout) {
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
            if (r.keStdout)
                io.stdout.write(md);
            else
                outputs.push({ path: target, data: md });
        }
        else {
            const { renderJson } = await import('../../outputs/laporan/render-json.js');
            const json = renderJson(lap, tl, bahasa, { name: 'lembaga', version: VERSION });
            if (r.keStdout)
                io.stdout.write(json);
            else
                outputs.push({ path: berkas('json'), data: json });
        }
    }
    return outputs;
}
/** The charts, for the formats that show them; a chart that fails leaves the report without it. */
async function buatGrafik(lap, tl, r, io) {
    if (!r.formats.some((f) => f === 'docx' || f === 'xlsx' || (f === 'markdown' && !r.keStdout)))
        return new Map();
    try {
        const { buatGrafik } = await import('../../outputs/laporan/grafik.js');
        return await buatGrafik(lap, tl, io.bahasa);
    }
    catch (e) {
        info(io, io.t('laporan.grafikGagal', { pesan: e.message }));
        if (io.debug)
            io.stderr.write(String(e.stack) + '\n');
        return new Map();
    }
}
/** The files written: the report's, then those beside it (the charts), then the trace. */
function sebutBerkas(outputs, jejakPath, io) {
    const { t } = io;
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
}
/** The status line; under --publik it shows the figures as the report does (issue 17 §8). */
function ringkasTerminal(lap, tahun, t) {
    const kecil = (n) => lap.publik && n > 0 && n < lap.publik.ambang ? `< ${lap.publik.ambang}` : n;
    const total = (id) => {
        const tb = lap.tabel.find((x) => x.id === id);
        const last = (tb?.total?.nilai.length ?? 1) - 1;
        const tekan = lap.publik ? tb?.total?.tekan?.[last] : null;
        if (tekan)
            return t('laporan.tersembunyi');
        return kecil(tb?.total?.nilai[last] ?? 0);
    };
    const jumlah = (sev) => kecil(lap.temuan.reduce((a, f) => a + (!sev || f.severity === sev ? f.jumlah : 0), 0));
    return t('laporan.ringkasTerminal', {
        tahun,
        kasus: total('klien-asal'),
        kegiatan: total('kegiatan-jenis'),
        pengaduan: total('pengaduan-jenis'),
        temuan: jumlah(),
        galat: jumlah('error'),
        peringatan: jumlah('warning'),
    });
}
