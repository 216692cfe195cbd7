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
import { loadInputs, displayPath } from '../../io/load-folder.js';
import { writeOutputs } from '../../io/write-file.js';
import { tulisMasalah } from '../masalah.js';
import { tentukanKeluaran } from '../keluaran.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { buildTarifMatrix } from '../../outputs/tarif/matrix.js';
import { hitungTarif } from '../../standards/permensos-14-2020/hitung-tarif.js';
import { hitungProBono } from '../../standards/permensos-14-2020/probono.js';
import { VERSION } from '../../version.js';
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
export function parseTahun(v, t) {
    if (v === undefined)
        return null;
    if (!/^\d{4}$/.test(v))
        throw new UsageError(t('tarif.tahunTidakSah', { nilai: v }));
    return Number(v);
}
export async function run(args, opts, io) {
    const { t } = io;
    const o = opts;
    const format = o.format ?? 'teks';
    const tahunOpt = parseTahun(o.tahun, t);
    if (o.jelaskan && !o.hitung)
        throw new UsageError(t('tarif.jelaskanPerluHitung'));
    if (o.keluaran === '-' && format === 'xlsx' && !o.kosong)
        throw new UsageError(t('umum.keluaranBiner', { format, contoh: 'tarif.xlsx' }));
    const inst = await loadInputs(args, {
        cwd: io.cwd,
        t,
        schema: true,
        // The skeleton needs only lembaga.yaml.
        withoutRegisters: Boolean(o.kosong),
        onBerkas: (file, ke, dari) => io.progres?.langkah(t('progres.membaca', { file, ke, dari })),
    });
    if (!inst.lembaga || !inst.lembagaFile) {
        for (const p of inst.problems)
            io.stderr.write(t('tarif.masalahLembaga', { lokasi: lokasi(p), pesan: maskNikDalamTeks(p.message) }) + '\n');
        throw new UsageError(t('tarif.tanpaLembaga'));
    }
    const lembaga = inst.lembaga;
    const lembagaProblems = inst.problems.filter((p) => p.file === inst.lembagaFile && p.severity === 'error');
    for (const p of lembagaProblems)
        io.stderr.write(t('tarif.masalahLembaga', { lokasi: lokasi(p), pesan: maskNikDalamTeks(p.message) }) + '\n');
    const registerProblems = inst.problems.filter((p) => p.file !== inst.lembagaFile && p.severity === 'error');
    // A broken register is named, and exits 1, as from every command that reads it.
    tulisMasalah(io, registerProblems);
    const offered = LAYANAN_KEYS.filter((k) => lembaga.layanan[k] !== undefined);
    let layanan;
    if (o.layanan) {
        layanan = [o.layanan];
        if (!offered.includes(o.layanan))
            info(io, t('tarif.layananTidakDiselenggarakan', { layanan: o.layanan }));
    }
    else if (offered.length === 0) {
        info(io, t('tarif.tanpaLayanan'));
        layanan = [...LAYANAN_KEYS];
    }
    else
        layanan = offered;
    const matriks = [];
    const perhitungan = {};
    for (const k of layanan) {
        const cfg = lembaga.layanan[k];
        if (o.hitung && cfg?.dasarTarif) {
            const h = hitungTarif(cfg.dasarTarif, STANDAR[k]);
            perhitungan[k] = h;
            // A computed amount does not make an optional row (penjangkauan, rujukan) offered: only
            // `barisOpsional` does, as in the matrix without --hitung.
            const ditawarkan = new Set(cfg.barisOpsional ?? []);
            const nilai = Object.fromEntries(Object.entries(h.nilai).filter(([row]) => !STANDAR[k].tarif.baris.find((b) => b.key === row)?.opsional || ditawarkan.has(row)));
            matriks.push(buildTarifMatrix(lembaga, STANDAR[k], k, nilai));
            continue;
        }
        if (o.hitung)
            info(io, t('tarif.tanpaDasarTarif', { layanan: k }));
        else if (cfg?.dasarTarif && !cfg.tarif)
            info(io, t('tarif.saranHitung', { layanan: k }));
        matriks.push(buildTarifMatrix(lembaga, STANDAR[k], k));
    }
    const ekstensi = (f) => ({ xlsx: '.xlsx', markdown: '.md', csv: '.csv', json: '.json', kerangka: '.yaml' })[f] ??
        '.txt';
    const akhiran = layanan.length === 1 && o.layanan ? '-' + o.layanan : '';
    const tulis = async (data, f, nama, pesan) => {
        if ((f !== 'xlsx' && !o.keluaran) || o.keluaran === '-') {
            io.stdout.write(data);
            return;
        }
        const target = await tentukanKeluaran(o.keluaran, {
            cwd: io.cwd,
            folderBawaan: inst.root,
            namaBawaan: nama,
            ekstensi: f === 'kerangka' ? ['.yaml', '.yml', '.txt'] : [ekstensi(f)],
            format: f,
            timpa: Boolean(o.timpa),
            t,
        });
        await writeOutputs([{ path: target, data }], Boolean(o.timpa), t);
        info(io, t(pesan, { file: displayPath(target, io.cwd) }));
    };
    const kode = () => {
        if (lembagaProblems.length)
            info(io, t('tarif.adaMasalahData', { jumlah: lembagaProblems.length }));
        return lembagaProblems.length || registerProblems.length ? 1 : 0;
    };
    if (o.kosong) {
        // The skeleton of layanan.<layanan>.tarif with the row keys of each matrix.
        const { renderTarifKerangka } = await import('../../outputs/tarif/render-kerangka.js');
        const data = renderTarifKerangka(matriks, {
            t,
            bahasa: io.bahasa,
            namaLembaga: lembaga.lembaga.nama ?? '',
        });
        await tulis(data, 'kerangka', `tarif-kerangka-${slug(lembaga.lembaga.nama ?? '')}${akhiran}.yaml`, 'tarif.kerangkaDitulis');
        return kode();
    }
    const kasus = inst.registers.flatMap((r) => r.kasus);
    // Default year: the latest year with recorded activities, else this year.
    // (A loop, not Math.max(...years): a spread over every activity overflows the stack.)
    let tahunTerakhir = 0;
    for (const k of kasus)
        for (const g of k.kasus.kegiatan ?? []) {
            const y = Number(String(g.tanggal).slice(0, 4));
            if (y > 1900 && y > tahunTerakhir)
                tahunTerakhir = y;
        }
    const tahun = tahunOpt ?? (tahunTerakhir || Number(io.hariIni.slice(0, 4)));
    const proBono = o.hitung || kasus.length > 0 || tahunOpt !== null
        ? hitungProBono(lembaga, kasus, tahun, o.layanan ? layanan : undefined)
        : null;
    if (proBono && registerProblems.length)
        info(io, t('tarif.registerBermasalah', { jumlah: registerProblems.length }));
    const hasil = { matriks, perhitungan, proBono, jelaskan: Boolean(o.jelaskan) };
    const ro = { t, bahasa: io.bahasa };
    const { peringatanTarif } = await import('../../outputs/tarif/render-lain.js');
    if (!io.quiet)
        for (const w of peringatanTarif(hasil, t))
            io.stderr.write(w + '\n');
    let data;
    switch (format) {
        case 'xlsx': {
            const { renderTarifXlsx } = await import('../../outputs/tarif/render-xlsx.js');
            data = await renderTarifXlsx(hasil, ro);
            break;
        }
        case 'markdown': {
            const { renderTarifMarkdown } = await import('../../outputs/tarif/render-lain.js');
            data = renderTarifMarkdown(hasil, ro);
            break;
        }
        case 'csv': {
            const { renderTarifCsv } = await import('../../outputs/tarif/render-lain.js');
            data = renderTarifCsv(hasil, ro);
            break;
        }
        case 'json': {
            const { renderTarifJson } = await import('../../outputs/tarif/render-lain.js');
            data = renderTarifJson(hasil, { ...ro, version: VERSION, tahun: proBono?.tahun ?? tahunOpt });
            break;
        }
        default: {
            const { renderTarifTeks } = await import('../../outputs/tarif/render-teks.js');
            data = renderTarifTeks(hasil, ro);
        }
    }
    await tulis(data, format, `tarif-${slug(lembaga.lembaga.nama ?? '')}${akhiran}${ekstensi(format)}`, 'tarif.ditulis');
    return kode();
}
function lokasi(p) {
    return [p.file ?? 'lembaga.yaml', p.line, p.column].filter((x) => x !== null).join(':');
}
