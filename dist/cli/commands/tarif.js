/**
 * `lembaga tarif [FOLDER]`: the tariff matrix of each service (Permensos 14/2020 Lampiran
 * A–E angka 1.4.4), optionally computed from the lembaga's basis (`--hitung`, 1.4.1–1.4.2,
 * explained with `--jelaskan`), and the pro bono quota of 1.4.2 e for the year.
 * `teks`, `markdown`, `csv` and `json` go to stdout (or `-o`); `xlsx` is written to a file
 * (default `tarif-<lembaga>.xlsx` in the lembaga folder), never over an existing one
 * without `--timpa`.
 */
import { maskNikDalamTeks } from '../../core/nik.js';
import { info } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { tulisMasalah } from '../masalah.js';
import { tentukanKeluaran } from '../keluaran.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { buildTarifMatrix } from '../../outputs/tarif/matrix.js';
import { hitungTarif } from '../../standards/permensos-14-2020/hitung-tarif.js';
import { hitungProBono } from '../../standards/permensos-14-2020/probono.js';
import { VERSION } from '../../version.js';
import { keluarkan, layananDipilih, muatLembaga, opsiTahun, tahunIni } from '../perintah.js';
/** "Panti Sosial Harapan Bunda" → "panti-sosial-harapan-bunda" (file names Windows accepts). */
export function slug(s) {
    const out = s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60);
    return out || 'lembaga';
}
const EKSTENSI = {
    xlsx: '.xlsx',
    markdown: '.md',
    csv: '.csv',
    json: '.json',
    kerangka: '.yaml',
};
export const run = async (args, opts, io) => {
    const { t } = io;
    const o = opts;
    const format = o.format ?? 'teks';
    const tahunOpt = opsiTahun(o.tahun, io, 'tarif.tahunTidakSah');
    if (o.jelaskan && !o.hitung)
        throw new UsageError(t('tarif.jelaskanPerluHitung'));
    if (o.keluaran === '-' && format === 'xlsx' && !o.kosong)
        throw new UsageError(t('umum.keluaranBiner', { format, contoh: 'tarif.xlsx' }));
    // The skeleton needs only lembaga.yaml.
    const inst = await muatLembaga(args, io, { schema: true, withoutRegisters: Boolean(o.kosong) });
    const { lembaga, lembagaProblems, registerProblems } = periksaMasukan(inst, io);
    const layanan = layananTarif(lembaga, o.layanan, io);
    const { matriks, perhitungan } = susunMatriks(lembaga, layanan, Boolean(o.hitung), io);
    const akhiran = layanan.length === 1 && o.layanan ? '-' + o.layanan : '';
    const keluar = async (data, f, nama, pesan) => {
        const keLayar = (f !== 'xlsx' && !o.keluaran) || o.keluaran === '-';
        const target = keLayar
            ? null
            : await tentukanKeluaran(o.keluaran, {
                cwd: io.cwd,
                folderBawaan: inst.root,
                namaBawaan: nama,
                ekstensi: f === 'kerangka' ? ['.yaml', '.yml', '.txt'] : [EKSTENSI[f] ?? '.txt'],
                format: f,
                timpa: Boolean(o.timpa),
                t,
            });
        await keluarkan(io, data, target, o.timpa, pesan);
        if (lembagaProblems.length)
            info(io, t('tarif.adaMasalahData', { jumlah: lembagaProblems.length }));
        return lembagaProblems.length || registerProblems.length ? 1 : 0;
    };
    const namaLembaga = slug(lembaga.lembaga.nama ?? '');
    if (o.kosong) {
        // The skeleton of layanan.<layanan>.tarif with the row keys of each matrix.
        const { renderTarifKerangka } = await import('../../outputs/tarif/render-kerangka.js');
        const data = renderTarifKerangka(matriks, {
            t,
            bahasa: io.bahasa,
            namaLembaga: lembaga.lembaga.nama ?? '',
        });
        const nama = `tarif-kerangka-${namaLembaga}${akhiran}.yaml`;
        return keluar(data, 'kerangka', nama, 'tarif.kerangkaDitulis');
    }
    const kasus = inst.registers.flatMap((r) => r.kasus);
    const tahun = tahunOpt ?? (tahunTerakhirKegiatan(kasus) || tahunIni(io));
    const proBono = o.hitung || kasus.length > 0 || tahunOpt !== undefined
        ? hitungProBono(lembaga, kasus, tahun, o.layanan ? layanan : undefined)
        : null;
    if (proBono && registerProblems.length)
        info(io, t('tarif.registerBermasalah', { jumlah: registerProblems.length }));
    const hasil = { matriks, perhitungan, proBono, jelaskan: Boolean(o.jelaskan) };
    const { peringatanTarif } = await import('../../outputs/tarif/render-lain.js');
    if (!io.quiet)
        for (const w of peringatanTarif(hasil, t))
            io.stderr.write(w + '\n');
    const data = await renderTarif(format, hasil, { t, bahasa: io.bahasa }, proBono?.tahun ?? tahunOpt ?? null);
    const nama = `tarif-${namaLembaga}${akhiran}${EKSTENSI[format] ?? '.txt'}`;
    return keluar(data, format, nama, 'tarif.ditulis');
};
/**
 * Without a readable lembaga.yaml there is no matrix (exit 2); its problems and the
 * registers' are named, and each makes the command exit 1.
 */
function periksaMasukan(inst, io) {
    const { t } = io;
    const tulisLembaga = (ps) => {
        for (const p of ps)
            io.stderr.write(t('tarif.masalahLembaga', { lokasi: lokasi(p), pesan: maskNikDalamTeks(p.message) }) + '\n');
    };
    if (!inst.lembaga || !inst.lembagaFile) {
        tulisLembaga(inst.problems);
        throw new UsageError(t('tarif.tanpaLembaga'));
    }
    const errors = inst.problems.filter((p) => p.severity === 'error');
    const lembagaProblems = errors.filter((p) => p.file === inst.lembagaFile);
    tulisLembaga(lembagaProblems);
    const registerProblems = errors.filter((p) => p.file !== inst.lembagaFile);
    // A broken register is named, and exits 1, as from every command that reads it.
    tulisMasalah(io, registerProblems);
    return { lembaga: inst.lembaga, lembagaProblems, registerProblems };
}
/** `--layanan`, else the services offered, else (none declared yet) all five. */
function layananTarif(lembaga, opsi, io) {
    const { layanan } = layananDipilih(lembaga, opsi, io, 'tarif.layananTidakDiselenggarakan');
    if (layanan.length)
        return layanan;
    info(io, io.t('tarif.tanpaLayanan'));
    return [...LAYANAN_KEYS];
}
/** Each service's matrix: as declared, or computed from its basis with `--hitung`. */
function susunMatriks(lembaga, layanan, hitung, io) {
    const matriks = [];
    const perhitungan = {};
    for (const k of layanan) {
        const cfg = lembaga.layanan[k];
        if (hitung && cfg?.dasarTarif) {
            const h = hitungTarif(cfg.dasarTarif, STANDAR[k]);
            perhitungan[k] = h;
            // A computed amount does not make an optional row (penjangkauan, rujukan) offered: only
            // `barisOpsional` does, as in the matrix without --hitung.
            const ditawarkan = new Set(cfg.barisOpsional ?? []);
            const nilai = Object.fromEntries(Object.entries(h.nilai).filter(([row]) => !STANDAR[k].tarif.baris.find((b) => b.key === row)?.opsional || ditawarkan.has(row)));
            matriks.push(buildTarifMatrix(lembaga, STANDAR[k], k, nilai));
            continue;
        }
        if (hitung)
            info(io, io.t('tarif.tanpaDasarTarif', { layanan: k }));
        else if (cfg?.dasarTarif && !cfg.tarif)
            info(io, io.t('tarif.saranHitung', { layanan: k }));
        matriks.push(buildTarifMatrix(lembaga, STANDAR[k], k));
    }
    return { matriks, perhitungan };
}
/**
 * The latest year with recorded activities, 0 when there is none. (A loop, not
 * Math.max(...years): a spread over every activity overflows the stack.)
 */
function tahunTerakhirKegiatan(kasus) {
    let tahun = 0;
    for (const k of kasus)
        for (const g of k.kasus.kegiatan ?? []) {
            const y = Number(String(g.tanggal).slice(0, 4));
            if (y > 1900 && y > tahun)
                tahun = y;
        }
    return tahun;
}
/** The matrices in one format. */
async function renderTarif(format, hasil, ro, tahun) {
    switch (format) {
        case 'xlsx':
            return (await import('../../outputs/tarif/render-xlsx.js')).renderTarifXlsx(hasil, ro);
        case 'markdown':
            return (await import('../../outputs/tarif/render-lain.js')).renderTarifMarkdown(hasil, ro);
        case 'csv':
            return (await import('../../outputs/tarif/render-lain.js')).renderTarifCsv(hasil, ro);
        case 'json': {
            const { renderTarifJson } = await import('../../outputs/tarif/render-lain.js');
            return renderTarifJson(hasil, { ...ro, version: VERSION, tahun });
        }
        default:
            return (await import('../../outputs/tarif/render-teks.js')).renderTarifTeks(hasil, ro);
    }
}
function lokasi(p) {
    return [p.file ?? 'lembaga.yaml', p.line, p.column].filter((x) => x !== null).join(':');
}
