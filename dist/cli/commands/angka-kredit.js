/**
 * `lembaga angka-kredit [FOLDER]`: checks the civil-service social workers'
 * credit logs (kredit/<tahun>.yaml|xlsx) against the PermenPANRB 2020 on the
 * Jabatan Fungsional Pekerja Sosial and reports, per worker, the points claimed,
 * what each rule leaves of them, the target and the shortfall or surplus.
 * `--kosong` writes the empty Excel log. Exit 0: every target met and no error
 * finding; 1: a shortfall or an error finding; 2: could not do it.
 */
import path from 'node:path';
import { info, paint } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { loadLembagaFile, displayPath } from '../../io/load-folder.js';
import { kreditFiles, loadKreditLogs, pilihTahun } from '../../io/kredit.js';
import { kreditValidation } from '../../engine/kredit.js';
import { buildLaporanKredit } from '../../outputs/kredit/laporan.js';
import { renderKreditTeks, teksRingkasan } from '../../outputs/kredit/teks.js';
import { renderKreditJson } from '../../outputs/kredit/json.js';
import { VERSION } from '../../version.js';
import { TAHUN_KONVERSI } from '../../standards/permenpanrb-2023/rules.js';
import { tabelKonversi } from '../../standards/permenpanrb-2023/tabel.js';
import { catatanPengganti } from '../../standards/index.js';
import { keluarkan, opsiTahun, opsiTanggal, statAtauNull, tahunIni, tulisBerkas, } from '../perintah.js';
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
async function konversi(loaded, th, c) {
    const { io, o } = c;
    const { t } = io;
    const k = await import('../../outputs/kredit/konversi.js');
    const laporan = k.buildLaporanKonversi(loaded.konversi, [...loaded.problems, ...temuan(loaded, th, c)], {
        tahun: th,
        tanggal: c.tanggal,
        tabel: tabelKonversi(loaded.tabel),
    });
    const tampilkanNip = Boolean(o.tampilkanNik);
    await keluarkanLaporan(c, th, {
        xlsx: () => k.renderKonversiXlsx(laporan, { t, tampilkanNip }),
        json: () => k.renderKonversiJson(laporan, { version: VERSION, tampilkanNip }),
        teks: (warna) => k.renderKonversiTeks(laporan, { t, bahasa: io.bahasa, tampilkanNip, warna }),
        ringkas: () => k.ringkasKonversi(laporan, t, io.bahasa),
    });
    return laporan.ringkasan.errors > 0 ? 1 : 0;
}
/** A year before 2023: credit points against the yearly targets (PermenPANRB 2020 Pasal 26). */
async function kredit(loaded, th, c) {
    const { io } = c;
    const { t } = io;
    const all = [...loaded.problems, ...temuan(loaded, th, c)];
    const laporan = buildLaporanKredit(loaded.logs, all, { tahun: th, tanggal: c.tanggal });
    await keluarkanLaporan(c, laporan.tahun, {
        xlsx: async () => (await import('../../outputs/kredit/xlsx.js')).renderKreditXlsx(laporan, { t }),
        json: () => renderKreditJson(laporan, { version: VERSION }),
        teks: (warna) => renderKreditTeks(laporan, { t, bahasa: io.bahasa, warna }),
        ringkas: () => teksRingkasan(laporan, t),
    });
    const r = laporan.ringkasan;
    return r.errors > 0 || r.kurang > 0 ? 1 : 0;
}
/** The rules' findings on the logs of year `th`. */
function temuan(loaded, th, c) {
    return kreditValidation(loaded.logs.filter((l) => l.log.tahun === th), c.lembaga, {
        t: c.io.t,
        tanggal: c.tanggal,
        locators: loaded.locators,
        konversi: loaded.konversi.filter((l) => l.log.tahun === th),
    }).findings;
}
/**
 * A report in its format: the workbook to `-o` (default `angka-kredit-<tahun>.xlsx`), text
 * and JSON to `-o` or the screen (coloured on a terminal); the summary line on stderr
 * whenever the report itself is not the text on screen.
 */
async function keluarkanLaporan(c, tahun, r) {
    const { io, o } = c;
    const keluaran = o.keluaran ? path.resolve(io.cwd, o.keluaran) : null;
    const pesan = 'kredit.cli.laporanDitulis';
    if (c.format === 'xlsx') {
        const target = keluaran ?? path.resolve(io.cwd, `angka-kredit-${tahun}.xlsx`);
        await tulisBerkas(io, [{ path: target, data: await r.xlsx() }], o.timpa, pesan);
    }
    else {
        const warnaOn = !keluaran && io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb';
        const warna = warnaOn ? (w, s) => paint({ color: true }, w, s) : undefined;
        await keluarkan(io, c.format === 'json' ? r.json() : r.teks(warna), keluaran, o.timpa, pesan);
    }
    if (c.format !== 'teks' || keluaran)
        info(io, r.ringkas());
}
/** `--kosong`: the empty log of the year, in the form that year's regulation asks for. */
async function templat(root, tahun, c) {
    const { io, o } = c;
    const th = tahun ?? tahunIni(io);
    const target = o.keluaran
        ? path.resolve(io.cwd, o.keluaran)
        : path.join(root, 'kredit', `${th}.xlsx`);
    const x = await import('../../outputs/kredit/xlsx.js');
    const isi = { t: io.t, tahun: th, staf: c.lembaga?.staf ?? [] };
    const data = th >= TAHUN_KONVERSI ? await x.buildKonversiTemplate(isi) : await x.buildKreditTemplate(isi);
    const pesan = th >= TAHUN_KONVERSI ? 'kredit.konversi.templatDitulis' : 'kredit.cli.templatDitulis';
    await tulisBerkas(io, [{ path: target, data }], o.timpa, pesan, { tahun: th });
    return 0;
}
/** lembaga.yaml of the folder, when there is one (staff names and posts); null otherwise, said. */
async function bacaLembaga(root, folderArg, io) {
    const lembagaAbs = path.join(root, 'lembaga.yaml');
    if (!(await statAtauNull(lembagaAbs))) {
        info(io, io.t('kredit.cli.tanpaLembaga', { folder: folderArg }));
        return null;
    }
    const l = await loadLembagaFile(lembagaAbs, displayPath(lembagaAbs, io.cwd), {
        cwd: io.cwd,
        t: io.t,
        schema: false,
    });
    if (!l.lembaga)
        info(io, io.t('kredit.cli.lembagaTakTerbaca'));
    return l.lembaga;
}
export const run = async (args, opts, io) => {
    const { t } = io;
    const o = opts;
    const tahun = opsiTahun(o.tahun, io, 'kredit.cli.tahunSalah');
    // "Today" decides whether the log's year is still running (Pasal 26 targets are yearly).
    const tanggal = opsiTanggal(o.tanggal, io);
    const folderArg = args[0] ?? '.';
    const root = path.resolve(io.cwd, folderArg.replace(/\\/g, path.sep));
    const st = await statAtauNull(root);
    if (!st)
        throw new UsageError(t('kredit.cli.folderTidakAda', { folder: folderArg }));
    if (!st.isDirectory())
        throw new UsageError(t('kredit.cli.bukanFolder', { folder: folderArg }));
    const lembaga = await bacaLembaga(root, folderArg, io);
    const c = { io, o, format: o.format ?? 'teks', tanggal, lembaga };
    if (o.kosong)
        return templat(root, tahun, c);
    if ((await kreditFiles(root)).length === 0)
        throw new UsageError(t('kredit.cli.tidakAdaLog', { folder: folderArg }));
    const loaded = await loadKreditLogs(root, t, { cwd: io.cwd });
    const years = [...new Set([...loaded.logs, ...loaded.konversi].map((l) => l.log.tahun))].sort();
    if (tahun !== undefined &&
        loaded.logs.length + loaded.konversi.length > 0 &&
        !years.includes(tahun))
        throw new UsageError(t('kredit.cli.tahunTidakAda', { tahun, ada: years.join(', ') }));
    // When no file could be read, the report still lists why (parse errors), under the year asked for or this year.
    const th = pilihTahun([...loaded.logs, ...loaded.konversi.map(sebagaiLog)], tahun) ?? tahunIni(io);
    // The regulation applied to that year, said where the user looks (issue 13 item 5).
    for (const baris of catatanPengganti(`${th}-12-31`, io.bahasa, ['kredit']))
        info(io, baris);
    if (th >= TAHUN_KONVERSI)
        return konversi(loaded, th, c);
    // A later year whose log has no activity yet (e.g. a fresh --kosong template) is skipped: say so.
    const kosong = years.filter((y) => y > th);
    if (tahun === undefined && kosong.length)
        info(io, t('kredit.cli.tahunBelumDiisi', { kosong: Math.max(...kosong), tahun: th }));
    return kredit(loaded, th, c);
};
