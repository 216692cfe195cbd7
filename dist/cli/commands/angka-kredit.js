/**
 * `lembaga angka-kredit [FOLDER]`: checks the civil-service social workers'
 * credit logs (kredit/<tahun>.yaml|xlsx) against the PermenPANRB 2020 on the
 * Jabatan Fungsional Pekerja Sosial and reports, per worker, the points claimed,
 * what each rule leaves of them, the target and the shortfall or surplus.
 * `--kosong` writes the empty Excel log. Exit 0: every target met and no error
 * finding; 1: a shortfall or an error finding; 2: could not do it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { info, paint } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { isTanggal } from '../../core/tanggal.js';
import { loadLembagaFile, displayPath } from '../../io/load-folder.js';
import { writeOutputs } from '../../io/write-file.js';
import { kreditFiles, loadKreditLogs, pilihTahun } from '../../io/kredit.js';
import { kreditValidation } from '../../engine/kredit.js';
import { buildLaporanKredit } from '../../outputs/kredit/laporan.js';
import { renderKreditTeks, teksRingkasan } from '../../outputs/kredit/teks.js';
import { renderKreditJson } from '../../outputs/kredit/json.js';
import { VERSION } from '../../version.js';
import { TAHUN_KONVERSI } from '../../standards/permenpanrb-2023/rules.js';
import { tabelKonversi } from '../../standards/permenpanrb-2023/tabel.js';
import { catatanPengganti } from '../../standards/index.js';
/** A conversion log seen as a log for choosing the default year: a worker with periods counts as filled in. */
function sebagaiLog(l) {
    return {
        file: l.file,
        log: {
            tahun: l.log.tahun,
            pegawai: (Array.isArray(l.log.pegawai) ? l.log.pegawai : []).map((p) => ({
                staf: String(p?.staf ?? ''),
                kategori: 'keahlian',
                jenjang: 'ahli-pertama',
                kegiatan: Array.isArray(p?.periode) && p.periode.some((x) => x && x.predikat) ? [{}] : [],
            })),
        },
    };
}
/** A year from 2023: conversion of the performance rating (PermenPANRB 1/2023, PerBKN 3/2023). */
async function konversi(loaded, lembaga, c) {
    const { io, o, th } = c;
    const { t } = io;
    const { buildLaporanKonversi, renderKonversiJson, renderKonversiTeks, renderKonversiXlsx, ringkasKonversi, } = await import('../../outputs/kredit/konversi.js');
    const tabel = tabelKonversi(loaded.tabel);
    const { findings } = kreditValidation(loaded.logs.filter((l) => l.log.tahun === th), lembaga, {
        t,
        tanggal: c.tanggal,
        locators: loaded.locators,
        konversi: loaded.konversi.filter((l) => l.log.tahun === th),
    });
    const laporan = buildLaporanKonversi(loaded.konversi, [...loaded.problems, ...findings], {
        tahun: th,
        tanggal: c.tanggal,
        tabel,
    });
    const tampilkanNip = Boolean(o.tampilkanNik);
    const keluaran = o.keluaran ? path.resolve(io.cwd, o.keluaran) : null;
    if (c.format === 'xlsx') {
        const target = keluaran ?? path.resolve(io.cwd, `angka-kredit-${th}.xlsx`);
        await writeOutputs([{ path: target, data: await renderKonversiXlsx(laporan, { t, tampilkanNip }) }], Boolean(o.timpa), t);
        info(io, t('kredit.cli.laporanDitulis', { file: displayPath(target, io.cwd) }));
    }
    else {
        const warnaOn = !keluaran && io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
        const text = c.format === 'json'
            ? renderKonversiJson(laporan, { version: VERSION, tampilkanNip })
            : renderKonversiTeks(laporan, {
                t,
                bahasa: io.bahasa,
                tampilkanNip,
                warna: warnaOn ? (w, s) => paint({ color: true }, w, s) : undefined,
            });
        if (keluaran) {
            await writeOutputs([{ path: keluaran, data: text }], Boolean(o.timpa), t);
            info(io, t('kredit.cli.laporanDitulis', { file: displayPath(keluaran, io.cwd) }));
        }
        else
            io.stdout.write(text);
    }
    if (c.format !== 'teks' || keluaran)
        info(io, ringkasKonversi(laporan, t, io.bahasa));
    return laporan.ringkasan.errors > 0 ? 1 : 0;
}
async function ada(p) {
    try {
        return await fs.stat(p);
    }
    catch {
        return null;
    }
}
export async function run(args, opts, io) {
    const { t } = io;
    const o = opts;
    const format = o.format ?? 'teks';
    let tahun;
    if (o.tahun !== undefined) {
        if (!/^\d{4}$/.test(String(o.tahun)))
            throw new UsageError(t('kredit.cli.tahunSalah', { nilai: String(o.tahun) }));
        tahun = Number(o.tahun);
    }
    // "Today" decides whether the log's year is still running (Pasal 26 targets are yearly).
    if (o.tanggal !== undefined && !isTanggal(o.tanggal))
        throw new UsageError(t('umum.tanggalTidakSah', { nilai: String(o.tanggal) }));
    const tanggal = typeof o.tanggal === 'string' ? o.tanggal : io.hariIni;
    const folderArg = args[0] ?? '.';
    const root = path.resolve(io.cwd, folderArg.replace(/\\/g, path.sep));
    const st = await ada(root);
    if (!st)
        throw new UsageError(t('kredit.cli.folderTidakAda', { folder: folderArg }));
    if (!st.isDirectory())
        throw new UsageError(t('kredit.cli.bukanFolder', { folder: folderArg }));
    let lembaga = null;
    const lembagaAbs = path.join(root, 'lembaga.yaml');
    if (await ada(lembagaAbs)) {
        const l = await loadLembagaFile(lembagaAbs, displayPath(lembagaAbs, io.cwd), {
            cwd: io.cwd,
            t,
            schema: false,
        });
        lembaga = l.lembaga;
        if (!lembaga)
            info(io, t('kredit.cli.lembagaTakTerbaca'));
    }
    else {
        info(io, t('kredit.cli.tanpaLembaga', { folder: folderArg }));
    }
    if (o.kosong) {
        const th = tahun ?? Number(io.hariIni.slice(0, 4));
        if (th >= TAHUN_KONVERSI) {
            const target = o.keluaran
                ? path.resolve(io.cwd, o.keluaran)
                : path.join(root, 'kredit', `${th}.xlsx`);
            const { buildKonversiTemplate } = await import('../../outputs/kredit/xlsx.js');
            const data = await buildKonversiTemplate({ t, tahun: th, staf: lembaga?.staf ?? [] });
            await writeOutputs([{ path: target, data }], Boolean(o.timpa), t);
            info(io, t('kredit.konversi.templatDitulis', { tahun: th, file: displayPath(target, io.cwd) }));
            return 0;
        }
        const target = o.keluaran
            ? path.resolve(io.cwd, o.keluaran)
            : path.join(root, 'kredit', `${th}.xlsx`);
        const { buildKreditTemplate } = await import('../../outputs/kredit/xlsx.js');
        const data = await buildKreditTemplate({ t, tahun: th, staf: lembaga?.staf ?? [] });
        await writeOutputs([{ path: target, data }], Boolean(o.timpa), t);
        info(io, t('kredit.cli.templatDitulis', { file: displayPath(target, io.cwd) }));
        return 0;
    }
    if ((await kreditFiles(root)).length === 0) {
        throw new UsageError(t('kredit.cli.tidakAdaLog', { folder: folderArg }));
    }
    const loaded = await loadKreditLogs(root, t, { cwd: io.cwd });
    const years = [...new Set([...loaded.logs, ...loaded.konversi].map((l) => l.log.tahun))].sort();
    if (tahun !== undefined &&
        loaded.logs.length + loaded.konversi.length > 0 &&
        !years.includes(tahun)) {
        throw new UsageError(t('kredit.cli.tahunTidakAda', { tahun, ada: years.join(', ') }));
    }
    // When no file could be read, the report still lists why (parse errors), under the year asked for or this year.
    const th = pilihTahun([...loaded.logs, ...loaded.konversi.map(sebagaiLog)], tahun) ??
        Number(io.hariIni.slice(0, 4));
    // The regulation applied to that year, said where the user looks (issue 13 item 5).
    for (const baris of catatanPengganti(`${th}-12-31`, io.bahasa, ['kredit']))
        info(io, baris);
    if (th >= TAHUN_KONVERSI)
        return konversi(loaded, lembaga, { th, tahun, tanggal, format, years, o, io, root });
    // A later year whose log has no activity yet (e.g. a fresh --kosong template) is skipped: say so.
    const kosong = years.filter((y) => y > th);
    if (tahun === undefined && kosong.length)
        info(io, t('kredit.cli.tahunBelumDiisi', { kosong: Math.max(...kosong), tahun: th }));
    const logsTahun = loaded.logs.filter((l) => l.log.tahun === th);
    const { findings } = kreditValidation(logsTahun, lembaga, {
        t,
        tanggal,
        locators: loaded.locators,
        konversi: loaded.konversi.filter((l) => l.log.tahun === th),
    });
    const all = [...loaded.problems, ...findings];
    const laporan = buildLaporanKredit(loaded.logs, all, { tahun: th, tanggal });
    const keluaran = o.keluaran ? path.resolve(io.cwd, o.keluaran) : null;
    if (format === 'xlsx') {
        const { renderKreditXlsx } = await import('../../outputs/kredit/xlsx.js');
        const target = keluaran ?? path.resolve(io.cwd, `angka-kredit-${laporan.tahun}.xlsx`);
        await writeOutputs([{ path: target, data: await renderKreditXlsx(laporan, { t }) }], Boolean(o.timpa), t);
        info(io, t('kredit.cli.laporanDitulis', { file: displayPath(target, io.cwd) }));
    }
    else {
        const warnaOn = !keluaran && io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
        const text = format === 'json'
            ? renderKreditJson(laporan, { version: VERSION })
            : renderKreditTeks(laporan, {
                t,
                bahasa: io.bahasa,
                warna: warnaOn ? (c, s) => paint({ color: true }, c, s) : undefined,
            });
        if (keluaran) {
            await writeOutputs([{ path: keluaran, data: text }], Boolean(o.timpa), t);
            info(io, t('kredit.cli.laporanDitulis', { file: displayPath(keluaran, io.cwd) }));
        }
        else {
            io.stdout.write(text);
        }
    }
    const r = laporan.ringkasan;
    if (format !== 'teks' || keluaran) {
        info(io, teksRingkasan(laporan, t));
    }
    return r.errors > 0 || r.kurang > 0 ? 1 : 0;
}
