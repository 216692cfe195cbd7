/**
 * `lembaga impor FILE`: a legacy Excel/CSV register in, a canonical register out
 * (docs/kontrak-cli.md). Without -o it is a dry run. This file does the I/O and the prompts;
 * the work is in src/io/impor/ (run.ts → core.ts).
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError, UsageError } from '../../core/errors.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { displayPath, loadLembagaFile } from '../../io/load-folder.js';
import { assertWritable, writeAtomic, writeOutputs, } from '../../io/write-file.js';
import { decodeText, parseYamlSource } from '../../io/yaml-source.js';
import { gabungYamlTeks } from '../../io/impor/gabung-yaml.js';
import { STREAM_THRESHOLD } from '../../io/impor/source.js';
import { bacaRegister, kunciPath, kunciRegister, KunciSibuk } from '../../io/impor/kunci.js';
import { buildTidakTerbawaXlsx, cariTidakTerbawa, } from '../../io/impor/tidak-terbawa.js';
import { ABAIKAN, KE_CATATAN, TARGET_KEYS } from '../../io/impor/fields.js';
import { gabungKasus } from '../../io/impor/merge.js';
import { barisRegisterXlsx, BATAS_YAML_IMPOR_BYTE, buildDitolakXlsx, kasusUntukXlsx, parsePemetaan, pemetaanYaml, registerHeader, registerYaml, } from '../../io/impor/output.js';
import { imporBerkas, } from '../../io/impor/run.js';
import { maskNik } from '../../io/impor/values.js';
import { info, paint } from '../io.js';
import { tahunIni } from '../perintah.js';
/** Where the rejected rows go: beside the register, never over the input file. */
export function ditolakPath(output, input) {
    const base = output.replace(/\.(ya?ml|xlsx)$/i, '');
    const p = `${base}.ditolak.xlsx`;
    return path.resolve(p) === path.resolve(input) ? `${base}.ditolak-ulang.xlsx` : p;
}
async function findLembagaYaml(candidates) {
    for (const dir of candidates) {
        const p = path.join(dir, 'lembaga.yaml');
        if (existsSync(p))
            return p;
    }
    return null;
}
function schemaRef(outputAbs) {
    const pkgRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const schema = path.join(pkgRoot, 'schemas', 'register.schema.json');
    if (existsSync(schema))
        return path.relative(path.dirname(outputAbs), schema).split(path.sep).join('/');
    return 'https://lembaga.local/schemas/register.schema.json';
}
/** Existing cases of the register named by -o (for --gabung), from the bytes read under the lock. */
async function bacaAda(abs, bytes, io) {
    if (!bytes)
        return { kasus: [], teks: null, tidakTerbawa: [] };
    const display = displayPath(abs, io.cwd);
    if (/\.xlsx$/i.test(abs)) {
        const { readRegisterXlsxBuffer } = await import('../../io/register-xlsx.js');
        const reg = await readRegisterXlsxBuffer(bytes, display, io.t, { schema: false });
        if (reg.problems.some((p) => p.rule === 'parse-error'))
            throw new InputError(io.t('impor.galat.gabungTakTerbaca', { file: display }), display);
        const kasus = reg.kasus.map((k) => k.kasus);
        const tidakTerbawa = await cariTidakTerbawa(bytes, { kasus, problems: reg.problems, locator: reg.locator }, io.t);
        return { kasus, teks: null, tidakTerbawa };
    }
    const src = parseYamlSource(bytes, display);
    // Too large to read whole: say so (validasi reads it item by item and would find nothing).
    const besar = src.problems.find((p) => p.code === 'too-large');
    if (besar)
        throw new InputError(io.t(besar.key, { ...besar.params, file: display }), display);
    const data = src.data;
    if (src.problems.some((p) => p.severity === 'error' && p.code !== 'identifier-number') ||
        !data ||
        typeof data !== 'object' ||
        Array.isArray(data) ||
        (data.kasus !== undefined && data.kasus !== null && !Array.isArray(data.kasus))) {
        throw new InputError(io.t('impor.galat.gabungTakTerbaca', { file: display }), display);
    }
    const kasus = (data.kasus ?? []).filter((k) => k && typeof k === 'object');
    return { kasus, teks: decodeText(bytes), tidakTerbawa: [] };
}
/** Refuse a YAML register that the YAML reader could not read back (issue 17.4). */
function periksaUkuranYaml(bytes, out, io) {
    if (bytes <= BATAS_YAML_IMPOR_BYTE)
        return;
    const saran = displayPath(out.replace(/\.ya?ml$/i, '.xlsx'), io.cwd);
    throw new UsageError(io.t('impor.galat.yamlTerlaluBesar', {
        ukuran: (bytes / 1024 / 1024).toFixed(1),
        batas: Math.round(BATAS_YAML_IMPOR_BYTE / 1024 / 1024),
        saran: /\s/.test(saran) ? `"${saran}"` : saran,
    }));
}
/** A case as comparable JSON: keys sorted, empty lists/objects and undefined left out. */
export function kanonik(v) {
    if (Array.isArray(v))
        return v.map(kanonik);
    if (v && typeof v === 'object') {
        const out = {};
        for (const k of Object.keys(v).sort()) {
            const x = kanonik(v[k]);
            if (x === undefined || x === null)
                continue;
            if (Array.isArray(x) && x.length === 0)
                continue;
            if (typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length === 0)
                continue;
            out[k] = x;
        }
        return out;
    }
    return v;
}
const isObjek = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** What `kanonik` drops: nothing, an empty list, an object with nothing but such values. */
function kosong(v) {
    if (v === undefined || v === null)
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if (isObjek(v)) {
        for (const k in v)
            if (!kosong(v[k]))
                return false;
        return true;
    }
    return false;
}
/** `kanonik(a)` and `kanonik(b)` are the same JSON, without building either (100 000 cases). */
export function setara(a, b) {
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++) {
            // Inside a list kanonik keeps every item (an undefined one is JSON's null).
            const x = a[i] ?? null;
            const y = b[i] ?? null;
            if (x === null || y === null ? x !== y : !setara(x, y))
                return false;
        }
        return true;
    }
    if (isObjek(a) && isObjek(b)) {
        let n = 0;
        for (const k in a) {
            if (kosong(a[k]))
                continue;
            n++;
            if (kosong(b[k]) || !setara(a[k], b[k]))
                return false;
        }
        for (const k in b)
            if (!kosong(b[k]))
                n--;
        return n === 0;
    }
    if (isObjek(a) || isObjek(b))
        return false;
    return a === b || JSON.stringify(a) === JSON.stringify(b);
}
/**
 * Read the merged register back from the bytes about to be written: every case of
 * the merge must come back unchanged, or nothing is written (exit 2). A merge never
 * exits 0 having dropped a case, whatever the writer or the reader does.
 */
async function periksaBacaBalik(out, data, kasus, io) {
    const display = displayPath(out, io.cwd);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let back = [];
    if (/\.xlsx$/i.test(out)) {
        const { readRegisterXlsxBuffer } = await import('../../io/register-xlsx.js');
        back = (await readRegisterXlsxBuffer(bytes, display, io.t, { schema: false })).kasus.map((k) => k.kasus);
    }
    else {
        const data = parseYamlSource(bytes, display).data;
        back = (data?.kasus ?? []).filter((k) => k && typeof k === 'object');
    }
    const hilang = kasus.filter((k, i) => !setara(k, back[i]));
    if (back.length !== kasus.length || hilang.length)
        throw new InputError(io.t('impor.galat.bacaBalik', {
            file: display,
            n: Math.max(hilang.length, Math.abs(kasus.length - back.length)),
            nomor: hilang
                .slice(0, 5)
                .map((k) => String(k.nomor))
                .join(', '),
        }), display);
}
/**
 * A new register (no old cases at stake): its Register sheet must hold one row per imported
 * case under its header — counted in the workbook's XML. Reading the whole register back, as a
 * merge does, cost as much as the import itself at 100 000 rows (issue 16); the writer's
 * cell-for-cell fidelity is the writer's tests' job (the legacy file is never modified).
 */
async function periksaJumlahBaris(out, data, kasus, io) {
    const display = displayPath(out, io.cwd);
    const rows = await barisRegisterXlsx(data);
    if (rows !== kasus + 1)
        throw new InputError(io.t('impor.galat.jumlahBaris', { file: display, baris: (rows ?? 1) - 1, kasus }), display);
}
/** Attempts when the register changes under a merge although we hold the lock (Excel saved it). */
const COBA_GABUNG = 3;
/** The register's lock (waiting for another merge to finish, said on stderr), or exit 2 when busy. */
async function ambilKunci(out, io, json) {
    const { t } = io;
    const display = displayPath(out, io.cwd);
    const tunggu = Number(io.env.LEMBAGA_TUNGGU_KUNCI_DETIK);
    try {
        return await kunciRegister(out, {
            tungguMs: tunggu >= 0 && io.env.LEMBAGA_TUNGGU_KUNCI_DETIK ? tunggu * 1000 : undefined,
            onMenunggu: (p) => {
                if (!json && !io.quiet)
                    info(io, paint(io, 'dim', t('impor.menungguKunci', { file: display, pid: p.pid ?? '?' })));
            },
        });
    }
    catch (e) {
        if (e instanceof KunciSibuk)
            throw new InputError(t('impor.galat.kunciSibuk', {
                file: display,
                pid: e.pemegang.pid ?? '?',
                mulai: e.pemegang.mulai ?? '?',
                kunci: displayPath(kunciPath(out), io.cwd),
            }), display);
        throw e;
    }
}
/**
 * `--gabung` (issue 17.1): under the register's lock, read it, merge, and write only
 * if the register is still in the state that was read (size, mtime, hash);
 * otherwise read it again and redo the merge, and after COBA_GABUNG attempts
 * refuse. Two merges at once are serialised and both land; none exits 0 having
 * dropped the other's cases.
 */
async function gabungDenganKunci(out, incoming, header, lembagaObj, io, json) {
    const { t } = io;
    const display = displayPath(out, io.cwd);
    const kunci = await ambilKunci(out, io, json);
    try {
        for (let coba = 1;; coba++) {
            const awal = await bacaRegister(out);
            const ada = await bacaAda(out, awal.bytes, io);
            const g = gabungKasus(ada.kasus, incoming);
            let data = null;
            if (g.ditambahkan > 0 || !awal.bytes) {
                if (/\.xlsx$/i.test(out)) {
                    const { buildRegisterXlsx } = await import('../../io/register-xlsx.js');
                    data = await buildRegisterXlsx(g.kasus, lembagaObj, {}, t);
                }
                else {
                    try {
                        data =
                            ada.teks !== null ? gabungYamlTeks(ada.teks, g.baru) : registerYaml(g.kasus, header);
                    }
                    catch {
                        throw new InputError(t('impor.galat.gabungTakTerbaca', { file: display }), display);
                    }
                    periksaUkuranYaml(Buffer.byteLength(data), out, io);
                }
            }
            // What is written must read back as every case of the merge, old and new.
            if (data !== null)
                await periksaBacaBalik(out, data, g.kasus, io);
            // Compare-and-swap: the register must still be what we merged into.
            const kini = await bacaRegister(out);
            if (kini.sidik !== awal.sidik) {
                if (coba < COBA_GABUNG)
                    continue;
                throw new InputError(t('impor.galat.registerBerubah', { file: display }), display);
            }
            if (data !== null)
                await writeAtomic(out, data, t);
            return {
                ditambahkan: g.ditambahkan,
                sudahAda: g.sudahAda,
                ditulis: data !== null,
                // Nothing rewritten, nothing dropped.
                tidakTerbawa: data !== null ? ada.tidakTerbawa : [],
            };
        }
    }
    finally {
        await kunci.release();
    }
}
function targetLabel(io, target) {
    if (target === KE_CATATAN)
        return io.t('impor.target.keCatatan');
    if (target === ABAIKAN)
        return io.t('impor.target.abaikan');
    return target;
}
function renderMapping(io, columns) {
    const w = Math.max(6, ...columns.map((c) => c.header.length));
    const lines = [paint(io, 'bold', io.t('impor.judulPemetaan'))];
    for (const c of columns) {
        const dim = c.target === KE_CATATAN || c.target === ABAIKAN;
        lines.push(`  ${c.letter.padEnd(3)} ${c.header.padEnd(w)}  → ${dim ? paint(io, 'gray', targetLabel(io, c.target)) : paint(io, 'cyan', c.target)}`);
    }
    return lines.join('\n');
}
/** Preview of the first rows as the import will treat them (NIK masked). */
function renderPreview(io, rows) {
    const lines = [paint(io, 'bold', io.t('impor.judulPratinjau'))];
    for (const { n, hasil } of rows) {
        if (hasil.kind === 'ditolak') {
            lines.push(`  ${io.t('impor.baris', { n })}: ${paint(io, 'red', io.t('impor.akanDitolak'))} ${[...new Set(hasil.baris.alasan.map((a) => a.message))].join(' ')}`);
            continue;
        }
        const k = hasil.kasus;
        const parts = [
            k.nomor,
            k.klien.nama ?? '',
            k.klien.nik ? maskNik(k.klien.nik) : '',
            k.klien.tanggalLahir ?? '',
            k.klien.jenisKelamin ?? '',
            k.layanan,
            k.status,
            k.tahapan.pendekatanAwal?.tanggal ?? '',
            k.tahapan.terminasi?.tanggal ?? '',
            k.pekerjaSosial ?? '',
        ].filter(Boolean);
        lines.push(`  ${io.t('impor.baris', { n })}: ${parts.join(' · ')}`);
    }
    return lines.join('\n');
}
function progress(io) {
    const tty = Boolean(io.stderr.isTTY);
    if (!tty || io.quiet)
        return undefined;
    const start = Date.now();
    let shown = false;
    return (rows, total) => {
        // Only for files that take more than a second (docs/kontrak-cli.md).
        if (Date.now() - start < 1000)
            return;
        shown = true;
        const pct = total ? Math.min(100, Math.round((rows / total) * 100)) : null;
        const bar = pct === null ? '' : `[${'#'.repeat(Math.round(pct / 5)).padEnd(20, '.')}] ${pct}% `;
        io.stderr.write(`\r${bar}${io.t('impor.kemajuan', { n: rows })}   `);
        if (total && rows >= total && shown)
            io.stderr.write('\n');
    };
}
export const run = async (args, rawOpts, io) => {
    const { t } = io;
    sumberShown = false;
    const opts = rawOpts;
    const json = opts.format === 'json';
    const { input, out } = periksaOpsi(args, opts, io);
    // Fail before the work, not after it.
    if (out && !opts.gabung)
        await assertWritable([out], Boolean(opts.timpa), t);
    const pemetaan = await bacaPemetaan(opts.pemetaan, io);
    const lembaga = await lembagaUntukImpor(opts.lembaga, out, io);
    const interactive = io.interactive && !opts.ya && !pemetaan && !json;
    const hooks = { onProgress: json ? undefined : progress(io) };
    const sumber = (draft) => info(io, sumberLine(io, displayPath(input, io.cwd), draft.source.sheet, draft.layout.headerRows));
    if (interactive)
        await tanyaInteraktif(hooks, io, sumber);
    else if (!json && !io.quiet)
        hooks.periksaPemetaan = async (draft) => {
            sumber(draft);
            info(io, renderMapping(io, draft.columns));
            info(io, renderPreview(io, await draft.pratinjau(draft.columns)));
            return draft.columns;
        };
    const isXlsx = Boolean(out && /\.xlsx$/i.test(out));
    // A new .xlsx register is written while the file is read: each case goes to its rows at
    // once, compressed beside the reading, none kept (issue 16).
    // A big file's register is written on a second thread (io/xlsx/penulis-utas.ts);
    // LEMBAGA_UTAS=0 keeps it on this one.
    const penulis = out && isXlsx && !opts.gabung
        ? (await import('../../io/register-xlsx.js')).bukaPenulisRegister(lembaga.lembaga, t, {
            utas: io.env.LEMBAGA_UTAS !== '0' &&
                ((await fs.stat(input).catch(() => null))?.size ?? 0) > STREAM_THRESHOLD,
        })
        : null;
    try {
        return await imporDanTulis(input, out, penulis, lembaga, hooks, pemetaan, opts, io);
    }
    finally {
        await penulis?.buang();
    }
};
/** Import, write what it made, and say so: the summary, and the exit code. */
async function imporDanTulis(input, out, penulis, lembaga, hooks, pemetaan, opts, io) {
    const { t } = io;
    const json = opts.format === 'json';
    const hasil = await imporBerkas(input, {
        t,
        lembar: opts.lembar,
        pemetaan,
        urutanTanggal: opts.urutanTanggal,
        layananBawaan: opts.layananBawaan,
        layananLembaga: lembaga.layanan,
        staf: lembaga.staf,
        tahunAcuan: tahunIni(io),
        collect: !out ? 'none' : opts.gabung ? 'objects' : penulis ? 'alir' : 'yaml',
        tampung: penulis ? (k) => penulis.tambah(kasusUntukXlsx(k, t)) : undefined,
        hooks,
    });
    const s = hasil.session;
    // The rejected rows may wait in a temporary file (io/impor/ditolak.ts) until written.
    try {
        const rejectedOut = out && s.rejected > 0 ? ditolakPath(out, input) : null;
        const tulis = await siapkanKeluaran(hasil, input, out, rejectedOut, lembaga.lembaga, penulis, opts, io);
        await writeOutputs(tulis.outputs, Boolean(opts.timpa) || Boolean(opts.gabung), t);
        const summary = ringkasanJson(hasil, input, out, rejectedOut, tulis, io);
        if (json)
            io.stdout.write(JSON.stringify(summary, null, 2) + '\n');
        else
            renderSummary(io, hasil, summary, opts, out, rejectedOut, tulis, lembaga.yaml ? path.dirname(lembaga.yaml) : null);
        if (s.imported === 0) {
            const pesan = s.rowsRead === 0 ? t('impor.tidakAdaData') : t('impor.tidakAdaDiimpor', { n: s.rowsRead });
            io.stderr.write(paint(io, 'red', pesan) + '\n');
            return 1;
        }
        return s.rejected > 0 || tulis.tidakTerbawa ? 1 : 0;
    }
    finally {
        s.ditolak.buang();
    }
}
/** The options checked before anything is read: the input, the output and `--layanan-bawaan`. */
function periksaOpsi(args, opts, io) {
    const { t } = io;
    const fileArg = args[0];
    if (!fileArg)
        throw new UsageError(t('impor.galat.tanpaBerkas'));
    const input = path.resolve(io.cwd, fileArg);
    const out = opts.keluaran ? path.resolve(io.cwd, opts.keluaran) : null;
    if (opts.gabung && !out)
        throw new UsageError(t('impor.galat.gabungTanpaKeluaran'));
    if (out && !/\.(ya?ml|xlsx)$/i.test(out))
        throw new UsageError(t('impor.galat.ekstensiKeluaran', { file: opts.keluaran }));
    if (out && path.resolve(out) === input)
        throw new UsageError(t('impor.galat.keluaranSamaMasukan'));
    const layananBawaan = opts.layananBawaan;
    if (layananBawaan !== undefined && !LAYANAN_KEYS.includes(layananBawaan))
        throw new UsageError(t('impor.galat.layananBawaan', { nilai: layananBawaan, daftar: LAYANAN_KEYS.join(', ') }));
    return { input, out };
}
/** `--pemetaan FILE`: a column mapping saved before, checked. */
async function bacaPemetaan(file, io) {
    if (!file)
        return null;
    const { t } = io;
    let text;
    try {
        text = await fs.readFile(path.resolve(io.cwd, file), 'utf8');
    }
    catch {
        throw new UsageError(t('impor.galat.pemetaanTidakAda', { file }));
    }
    const parsed = parsePemetaan(text, file, t);
    if (!parsed.pemetaan || parsed.problems.length)
        throw new UsageError(parsed.problems.join('\n'));
    return parsed.pemetaan;
}
/** lembaga.yaml: `--lembaga`, else beside the output (or its parent), else the working folder. */
async function lembagaUntukImpor(opsi, out, io) {
    let yaml;
    if (opsi) {
        const given = path.resolve(io.cwd, opsi);
        yaml = /\.ya?ml$/i.test(given)
            ? existsSync(given)
                ? given
                : null
            : await findLembagaYaml([given]);
        if (!yaml)
            throw new UsageError(io.t('impor.galat.lembagaTidakAda', { folder: opsi }));
    }
    else {
        const dirs = out ? [path.dirname(out), path.dirname(path.dirname(out))] : [];
        yaml = await findLembagaYaml([...dirs, io.cwd]);
    }
    if (!yaml)
        return { yaml, staf: null, layanan: [], lembaga: null };
    const l = await loadLembagaFile(yaml, displayPath(yaml, io.cwd), {
        cwd: io.cwd,
        t: io.t,
        schema: false,
    });
    return {
        yaml,
        lembaga: l.lembaga,
        staf: (l.lembaga?.staf ?? [])
            .filter((s) => s && typeof s.id === 'string')
            .map((s) => ({ id: String(s.id), nama: String(s.nama ?? '') })),
        layanan: Object.keys(l.lembaga?.layanan ?? {}).filter((k) => LAYANAN_KEYS.includes(k)),
    };
}
/** On a terminal: ask for the sheet, the service, and whether the mapping is right. */
async function tanyaInteraktif(hooks, io, sumber) {
    const { t } = io;
    const p = await import('@inquirer/prompts');
    const ctx = { output: process.stderr };
    // inquirer's own help line is English ("↑↓ navigate • ⏎ select"): every prompt gets ours.
    const instructions = {
        navigation: t('impor.bantuan.pilih'),
        pager: t('impor.bantuan.pilihHalaman'),
    };
    const select = (cfg) => p.select({ ...cfg, instructions }, ctx);
    // A yes/no as a two-choice list: inquirer's confirm only understands y/n, so an
    // Indonesian "t" (tidak) would silently count as the default "yes".
    const confirm = (message) => select({
        message,
        choices: [
            { name: t('impor.jawab.ya'), value: true },
            { name: t('impor.jawab.tidak'), value: false },
        ],
        default: true,
    });
    hooks.pilihLembar = (names) => select({
        message: t('impor.tanya.lembar'),
        choices: names.map((n) => ({ name: n, value: n })),
    });
    hooks.pilihLayanan = () => select({
        message: t('impor.tanya.layanan'),
        choices: LAYANAN_KEYS.map((k) => ({ name: k, value: k })),
        default: 'rehabilitasi',
    });
    hooks.periksaPemetaan = async (draft) => {
        let columns = draft.columns;
        sumber(draft);
        for (;;) {
            info(io, renderMapping(io, columns));
            info(io, renderPreview(io, await draft.pratinjau(columns)));
            if (await confirm(t('impor.tanya.benar')))
                return columns;
            const next = [];
            for (const c of columns) {
                const target = await select({
                    message: t('impor.tanya.kolom', { kolom: `${c.letter} ${c.header}` }),
                    choices: TARGET_KEYS.map((k) => ({ name: targetLabel(io, k), value: k })),
                    default: c.target,
                    pageSize: 12,
                });
                next.push({ ...c, target });
            }
            columns = next;
        }
    };
}
/**
 * Everything the import writes, planned: the saved mapping, the rejected rows' workbook,
 * and the register (new, or merged under its lock with `--gabung`, which writes it itself).
 */
async function siapkanKeluaran(hasil, input, out, rejectedOut, lembagaObj, penulis, opts, io) {
    const { t } = io;
    const s = hasil.session;
    const r = { outputs: [], gabung: null, wroteRegister: false, tidakTerbawa: null };
    if (opts.simpanPemetaan) {
        r.outputs.push({
            path: path.resolve(io.cwd, opts.simpanPemetaan),
            data: pemetaanYaml(mappingToSave(hasil, opts), t('impor.pemetaan.komentar', { sumber: path.basename(input) })),
        });
    }
    const isXlsx = Boolean(out && /\.xlsx$/i.test(out));
    const header = out
        ? registerHeader(isXlsx ? null : schemaRef(out), t('impor.komentarRegister', { sumber: path.basename(input) }))
        : '';
    // What one command writes, every other command reads (issue 17.4): a YAML register
    // too big for the YAML reader is refused before anything is written.
    if (out && !isXlsx && !opts.gabung && s.imported > 0)
        periksaUkuranYaml(header.length + 'kasus:\n'.length + hasil.ukuranYaml, out, io);
    if (rejectedOut) {
        const headerRow = hasil.layout.headerRows[0];
        r.outputs.push({
            path: rejectedOut,
            data: await buildDitolakXlsx(s.ditolak, hasil.layout.columns, { source: path.basename(input), sheet: hasil.source.sheet, headerRow }, t),
        });
    }
    if (!out || s.imported === 0)
        return r;
    if (opts.gabung) {
        const incoming = isXlsx ? hasil.kasus.map((k) => kasusUntukXlsx(k, t)) : hasil.kasus;
        const g = await gabungDenganKunci(out, incoming, header, lembagaObj, io, opts.format === 'json');
        r.gabung = { ditambahkan: g.ditambahkan, sudahAda: g.sudahAda };
        r.wroteRegister = g.ditulis;
        if (g.tidakTerbawa.length) {
            const file = out.replace(/\.xlsx$/i, '') + '.tidak-terbawa.xlsx';
            r.outputs.push({
                path: file,
                data: await buildTidakTerbawaXlsx(g.tidakTerbawa, displayPath(out, io.cwd), t),
            });
            r.tidakTerbawa = { n: g.tidakTerbawa.length, file, items: g.tidakTerbawa };
        }
    }
    else if (penulis) {
        // Written as the rows were read: the book finished, then its rows counted against the cases.
        const data = await penulis.selesai();
        await periksaJumlahBaris(out, data, penulis.kasus, io);
        r.outputs.push({ path: out, data });
        r.wroteRegister = true;
    }
    else {
        r.outputs.push({ path: out, data: header + 'kasus:\n' + hasil.yaml.join('') });
        r.wroteRegister = true;
    }
    return r;
}
/** The summary of `impor --format json` (docs/kontrak-cli.md). */
function ringkasanJson(hasil, input, out, rejectedOut, tulis, io) {
    const s = hasil.session;
    const { gabung, tidakTerbawa } = tulis;
    return {
        source: displayPath(input, io.cwd),
        sheet: hasil.source.sheet,
        headerRow: hasil.layout.headerRows[0],
        rowsRead: s.rowsRead,
        imported: s.imported,
        rejected: s.rejected,
        output: tulis.wroteRegister && out ? displayPath(out, io.cwd) : null,
        rejectedOutput: rejectedOut ? displayPath(rejectedOut, io.cwd) : null,
        mapping: Object.fromEntries(hasil.columns.map((c) => [c.header, c.target])),
        headerRows: hasil.layout.headerRows,
        dateOrder: Object.fromEntries(hasil.urutan.map((u) => [u.header, u.urutan])),
        added: gabung?.ditambahkan ?? null,
        alreadyPresent: gabung?.sudahAda ?? null,
        notCarried: tidakTerbawa?.n ?? null,
        notCarriedOutput: tidakTerbawa ? displayPath(tidakTerbawa.file, io.cwd) : null,
        warnings: [...s.peringatan.values()].map((w) => ({
            message: io.t(w.key, w.params),
            count: w.count,
            rows: w.rows,
        })),
        notes: hasil.notes,
    };
}
/**
 * The -o a dry run suggests: `register/<year>.yaml` in the lembaga's folder (where
 * `lembaga validasi` looks for registers), the year taken from the imported cases'
 * admission dates, else from the file name; a span of years when the data has several.
 */
export function usulanKeluaran(hasil, source, cwd, lembagaDir) {
    const years = [...hasil.session.tahunMasuk.keys()].sort((a, b) => a - b);
    const base = path.basename(source, path.extname(source));
    const fromName = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(base)?.[1];
    const name = years.length === 1
        ? String(years[0])
        : fromName
            ? fromName
            : years.length > 1
                ? `${years[0]}-${years[years.length - 1]}`
                : base
                    .normalize('NFKD')
                    .replace(/[\u0300-\u036f]/g, '')
                    .toLowerCase()
                    .replace(/[^a-z0-9]+/g, '-')
                    .replace(/^-|-$/g, '') || 'register';
    // A register too big for the YAML reader goes to the canonical workbook (issue 17.4).
    const ext = (hasil.ukuranYaml ?? 0) > BATAS_YAML_IMPOR_BYTE ? 'xlsx' : 'yaml';
    const target = path.join(lembagaDir ?? cwd, 'register', `${name}.${ext}`);
    return (path.relative(cwd, target) || target).split(path.sep).join('/');
}
function mappingToSave(hasil, opts) {
    const orders = new Set(hasil.urutan.map((u) => u.urutan));
    const decided = hasil.urutan.filter((u) => u.alasan === 'bukti' || u.alasan === 'pilihan');
    const urutan = opts.urutanTanggal ??
        (orders.size === 1 && decided.length ? [...orders][0] : undefined);
    return {
        versi: 1,
        lembar: hasil.source.sheet ?? undefined,
        urutanTanggal: urutan,
        layananBawaan: hasil.layananBawaanTegas ? hasil.layananBawaan : undefined,
        kolom: Object.fromEntries(hasil.columns.map((c) => [c.header, c.target])),
    };
}
let sumberShown = false;
function sumberLine(io, file, sheet, rows) {
    sumberShown = true;
    return io.t('impor.sumber', {
        file,
        lembar: sheet ?? '-',
        baris: rows.length > 1 ? `${rows[0]}–${rows[rows.length - 1]}` : String(rows[0]),
    });
}
function renderSummary(io, hasil, summary, opts, out, rejectedOut, tulis, lembagaDir) {
    const { t } = io;
    const s = hasil.session;
    if (!io.quiet && !sumberShown)
        info(io, sumberLine(io, summary.source, summary.sheet, summary.headerRows));
    sebutCatatan(io, hasil);
    const colour = s.rejected > 0 ? 'yellow' : 'green';
    info(io, paint(io, colour, t('impor.ringkasan', { dibaca: s.rowsRead, diimpor: s.imported, ditolak: s.rejected })));
    sebutDitolak(io, hasil);
    sebutPeringatan(io, hasil);
    const { gabung, tidakTerbawa } = tulis;
    if (gabung)
        info(io, t('impor.ringkasanGabung', { tambah: gabung.ditambahkan, ada: gabung.sudahAda }));
    if (tulis.wroteRegister && out)
        info(io, paint(io, 'green', t('impor.ditulis', { file: displayPath(out, io.cwd) })));
    if (tidakTerbawa)
        sebutTidakTerbawa(io, tidakTerbawa);
    if (rejectedOut)
        info(io, t('impor.ditulisDitolak', { file: displayPath(rejectedOut, io.cwd) }));
    if (!out) {
        const usul = usulanKeluaran(hasil, summary.source, io.cwd, lembagaDir);
        const file = /\s/.test(usul) ? `"${usul}"` : usul;
        const ada = existsSync(path.resolve(io.cwd, usul));
        info(io, paint(io, 'dim', t(ada ? 'impor.ujiCobaGabung' : 'impor.ujiCoba', { file })));
    }
    if (opts.simpanPemetaan)
        info(io, t('impor.pemetaanDisimpan', { file: opts.simpanPemetaan }));
}
/** The reader's notes, the date orders decided, and mapping entries no column used. */
function sebutCatatan(io, hasil) {
    const { t } = io;
    for (const n of hasil.notes)
        info(io, paint(io, 'yellow', `${t('impor.catatanLabel')}: ${n}`));
    for (const u of hasil.urutan)
        if (u.alasan === 'bukti' || u.alasan === 'pilihan')
            info(io, t('impor.urutanDipakai', { kolom: u.header, urutan: t(`impor.urutan.${u.urutan}`) }));
    if (hasil.pemetaanTakTerpakai.length)
        info(io, paint(io, 'yellow', t('impor.pemetaanTakTerpakai', { daftar: hasil.pemetaanTakTerpakai.join(', ') })));
}
/** The first rejected rows, one line each naming every column a reason concerns. */
function sebutDitolak(io, hasil) {
    const { t } = io;
    const s = hasil.session;
    const shown = s.ditolak.contoh(15);
    const headers = new Map(hasil.columns.map((c) => [c.index, c.header]));
    for (const r of shown) {
        const byMessage = new Map();
        for (const a of r.alasan)
            byMessage.set(a.message, [
                ...(byMessage.get(a.message) ?? []),
                ...(a.col === null ? [] : [headers.get(a.col) ?? '']),
            ]);
        const why = [...byMessage]
            .map(([m, cols]) => (cols.length ? `${cols.join(', ')}: ${m}` : m))
            .join(' ');
        info(io, `  ${paint(io, 'red', t('impor.baris', { n: r.n }))}: ${why}`);
    }
    if (s.ditolak.length > shown.length)
        info(io, `  ${t('impor.danLainnya', { n: s.ditolak.length - shown.length })}`);
}
/** Warnings on imported rows, and staff names lembaga.yaml does not know. */
function sebutPeringatan(io, hasil) {
    const { t } = io;
    const s = hasil.session;
    const label = paint(io, 'yellow', t('impor.peringatanLabel'));
    for (const w of s.peringatan.values()) {
        const more = w.count > w.rows.length ? ` ${t('impor.danLainnya', { n: w.count - w.rows.length })}` : '';
        info(io, `  ${label}: ${t(w.key, w.params)} (${t('impor.barisDaftar', { daftar: w.rows.join(', ') })}${more})`);
    }
    if (s.stafTakDikenal.size)
        info(io, `  ${label}: ${t('impor.stafTakDikenal', { daftar: [...s.stafTakDikenal.keys()].join(', ') })}`);
}
/** What a merge could not carry over, row by row (no cell content: it may be personal data). */
function sebutTidakTerbawa(io, tidakTerbawa) {
    const { t } = io;
    io.stderr.write(paint(io, 'red', t('impor.tidakTerbawaRingkasan', {
        n: tidakTerbawa.n,
        file: displayPath(tidakTerbawa.file, io.cwd),
    })) + '\n');
    for (const it of tidakTerbawa.items.slice(0, 15))
        io.stderr.write(`  ${t('impor.tidakTerbawaBaris', { lembar: it.lembar, baris: it.baris, sel: it.sel ? ` (${it.sel}${it.judul ? ` ${it.judul}` : ''})` : '', alasan: it.alasan })}\n`);
    if (tidakTerbawa.n > 15)
        io.stderr.write(`  ${t('impor.danLainnya', { n: tidakTerbawa.n - 15 })}\n`);
}
