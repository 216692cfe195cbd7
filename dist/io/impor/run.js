/**
 * The import pipeline, headless: open the file, find the table, map the columns,
 * decide date orders, convert every row. Prompts, progress and writing attach
 * through hooks and the result, so the command, the tests and the benchmark
 * share it (`scripts/bench.mjs` calls `imporBerkas` from dist/io/impor/run.js).
 */
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import { collectEvidence, decideOrders, ImporSession, } from './core.js';
import { KE_CATATAN, proposeMapping } from './fields.js';
import { BATAS_YAML_IMPOR_BYTE, kasusYaml } from './output.js';
import { KumpulanDitolak } from './ditolak.js';
import { openSource } from './source.js';
import { detectHeader } from './table.js';
const SAMPLE = 200;
/** Data rows shown in the preview. */
const PRATINJAU = 5;
/** Prefix for register numbers made up for rows without one: from the file name, stable across runs. */
export function prefiksDari(file) {
    const base = path.basename(file, path.extname(file));
    const slug = base
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .toUpperCase()
        .slice(0, 24);
    return `IMP-${slug || 'BERKAS'}`;
}
export async function imporBerkas(file, opts) {
    const { t } = opts;
    const hooks = opts.hooks ?? {};
    const source = await openSource(file, {
        lembar: opts.lembar ?? opts.pemetaan?.lembar,
        pilihLembar: hooks.pilihLembar,
        streaming: opts.streaming,
        t,
    });
    try {
        return await imporSumber(file, source, opts);
    }
    finally {
        source.close?.();
    }
}
async function imporSumber(file, source, opts) {
    const { t } = opts;
    const hooks = opts.hooks ?? {};
    const contoh = await bacaContoh(source);
    const where = source.sheet ? `${path.basename(file)} (${source.sheet})` : path.basename(file);
    if (contoh.rows.length === 0)
        throw new InputError(t('impor.galat.tanpaBaris', { file: where }), file);
    const layout = detectHeader(contoh.rows);
    if (!layout)
        throw new InputError(t('impor.galat.tanpaJudul', { file: where }), file);
    const notes = [];
    if (source.sheetNote)
        notes.push(source.sheetNote);
    const awal = petaAwal(layout, opts.pemetaan);
    const rencanakan = perencana(file, opts, source, layout, contoh);
    const columns = hooks.periksaPemetaan
        ? await hooks.periksaPemetaan({
            source,
            layout,
            columns: awal.columns,
            pratinjau: (cols) => pratinjau(rencanakan, cols, contoh.rows, layout),
        })
        : awal.columns;
    const rencana = await rencanakan(columns);
    notes.push(...rencana.notes);
    const hasil = await imporSemua(source, layout, contoh, rencana, opts);
    if (source.sheetNote && !notes.includes(source.sheetNote))
        notes.unshift(source.sheetNote);
    if (!columns.some((c) => c.target !== KE_CATATAN && c.target !== 'abaikan'))
        notes.push(t('impor.catatanTanpaPemetaan'));
    return {
        source,
        layout,
        columns,
        urutan: rencana.urutan,
        ...hasil,
        notes,
        layananBawaan: rencana.ctx.layananBawaan,
        layananBawaanTegas: rencana.ctx.layananBawaanTegas,
        pemetaanTakTerpakai: awal.pemetaanTakTerpakai,
    };
}
async function bacaContoh(source) {
    const iter = source.rows()[Symbol.asyncIterator]();
    const rows = [];
    while (rows.length < SAMPLE) {
        const r = await iter.next();
        if (r.done)
            return { rows, iter, exhausted: true };
        rows.push(r.value);
    }
    return { rows, iter, exhausted: false };
}
/** Mapping: the saved one for headers it knows, a proposal for the rest; and saved headers the file lacks. */
function petaAwal(layout, pemetaan) {
    const proposal = proposeMapping(layout.columns);
    const columns = layout.columns.map((c, i) => ({
        index: c.index,
        letter: c.letter,
        header: c.header,
        target: pemetaan?.kolom[c.header] ?? proposal[i].target,
    }));
    const pemetaanTakTerpakai = [];
    if (pemetaan) {
        const headers = new Set(layout.columns.map((c) => c.header));
        for (const h of Object.keys(pemetaan.kolom))
            if (!headers.has(h))
                pemetaanTakTerpakai.push(h);
    }
    return { columns, pemetaanTakTerpakai };
}
/**
 * The decisions for a mapping (default service, day/month orders, their notes), computed once
 * per mapping: the preview and the import share them.
 */
function perencana(file, opts, source, layout, contoh) {
    const { t } = opts;
    const pilihLayanan = pemilihLayanan(opts);
    const cache = new Map();
    return async (cols) => {
        const key = JSON.stringify(cols.map((c) => [c.index, c.target]));
        const cached = cache.get(key);
        if (cached)
            return cached;
        const lb = await pilihLayanan(cols);
        const urutan = await putuskanUrutan(source, layout, contoh, cols, opts);
        const notes = [...lb.notes];
        for (const u of urutan) {
            if (u.alasan === 'bawaan')
                notes.push(t('impor.catatanUrutanAmbigu', { kolom: u.header }));
            if (u.alasan === 'bertentangan')
                notes.push(t('impor.catatanUrutanBertentangan', {
                    kolom: u.header,
                    urutan: t(`impor.urutan.${u.urutan}`),
                }));
        }
        const r = {
            ctx: {
                columns: [...cols],
                urutan: new Map(urutan.map((u) => [u.index, u.urutan])),
                layananBawaan: lb.layanan,
                layananBawaanTegas: lb.tegas,
                staf: opts.staf,
                tahunAcuan: opts.tahunAcuan,
                prefiksNomor: prefiksDari(file),
                t,
            },
            urutan,
            notes,
        };
        cache.set(key, r);
        return r;
    };
}
/** Service for rows that have none (Pasal 32: every case belongs to one of five services). */
function pemilihLayanan(opts) {
    const { t } = opts;
    let layananDitanya;
    return async (cols) => {
        const hasLayananCol = cols.some((c) => c.target === 'layanan');
        const notes = [];
        const explicit = opts.layananBawaan ?? opts.pemetaan?.layananBawaan;
        if (explicit)
            return { layanan: explicit, tegas: true, notes };
        if (opts.layananLembaga?.length === 1) {
            const layanan = opts.layananLembaga[0];
            if (!hasLayananCol)
                notes.push(t('impor.catatanLayananLembaga', { layanan }));
            return { layanan, tegas: !hasLayananCol, notes };
        }
        const tanya = opts.hooks?.pilihLayanan;
        if (!hasLayananCol && tanya) {
            // Asked once, even when the preview is recomputed after a mapping correction.
            layananDitanya ??= await tanya();
            return { layanan: layananDitanya, tegas: true, notes };
        }
        const layanan = 'rehabilitasi';
        if (!hasLayananCol)
            notes.push(t('impor.catatanLayananDiduga', { layanan }));
        return { layanan, tegas: false, notes };
    };
}
/** Day/month order from the whole column (a second pass when the sample did not settle it). */
async function putuskanUrutan(source, layout, contoh, cols, opts) {
    const override = opts.urutanTanggal ?? opts.pemetaan?.urutanTanggal;
    const bukti = new Map();
    const bacaSemua = async () => {
        for await (const r of source.rows())
            if (r.n > layout.lastHeaderRow)
                collectEvidence(bukti, cols, r.cells);
    };
    if (!override) {
        if (!source.streaming || contoh.exhausted)
            await bacaSemua();
        else {
            for (const r of contoh.rows)
                if (r.n > layout.lastHeaderRow)
                    collectEvidence(bukti, cols, r.cells);
            const open = [...bukti.values()].some((b) => (b.hbt === 0) === (b.bht === 0) && b.ambigu > 0);
            if (open) {
                bukti.clear();
                await bacaSemua();
            }
        }
    }
    return decideOrders(bukti, cols, override);
}
/** Feed the sample to a throwaway session, in order, exactly as the import feeds it. */
async function pratinjau(rencanakan, cols, sample, layout) {
    const session = new ImporSession((await rencanakan(cols)).ctx);
    const out = [];
    for (const r of sample) {
        if (out.length >= PRATINJAU)
            break;
        if (r.n <= layout.lastHeaderRow)
            continue;
        const hasil = session.add(r);
        if (hasil.kind !== 'kosong')
            out.push({ n: r.n, hasil });
    }
    return out;
}
/** Every row below the header through one session: the cases kept as asked, progress reported. */
async function imporSemua(source, layout, contoh, rencana, opts) {
    const hooks = opts.hooks ?? {};
    // Rejected rows past a few thousand wait in a temporary file (ditolak.ts): `buang` it.
    const session = new ImporSession(rencana.ctx, new KumpulanDitolak());
    const kasus = [];
    const yaml = [];
    let seen = 0;
    let ukuranYaml = 0;
    const tampung = opts.collect === 'alir' ? opts.tampung : undefined;
    if (opts.collect === 'alir' && !tampung)
        throw new Error("collect: 'alir' tanpa tampung");
    const feed = (r) => {
        seen++;
        if (r.n <= layout.lastHeaderRow)
            return undefined;
        let tunggu;
        const res = session.add(r);
        hooks.onBaris?.(r.n, res);
        if (res.kind === 'kasus') {
            // The size matters for YAML written, and in a dry run up to the limit (an .xlsx suggested past it).
            if (opts.collect === 'yaml' ||
                (opts.collect === 'none' && ukuranYaml <= BATAS_YAML_IMPOR_BYTE)) {
                const item = kasusYaml(res.kasus);
                ukuranYaml += Buffer.byteLength(item);
                // Past the limit the YAML will be refused: stop holding it.
                if (opts.collect === 'yaml' && ukuranYaml <= BATAS_YAML_IMPOR_BYTE)
                    yaml.push(item);
            }
            if (opts.collect === 'objects')
                kasus.push(res.kasus);
            else if (tampung)
                tunggu = tampung(res.kasus);
        }
        if (hooks.onProgress && seen % 500 === 0)
            hooks.onProgress(seen, source.totalRows);
        return tunggu;
    };
    try {
        for (const r of contoh.rows) {
            const p = feed(r);
            if (p)
                await p;
        }
        if (!contoh.exhausted) {
            for (;;) {
                const r = await contoh.iter.next();
                if (r.done)
                    break;
                const p = feed(r.value);
                if (p)
                    await p;
            }
        }
    }
    catch (e) {
        session.ditolak.buang();
        throw e;
    }
    // The end is the end, whatever the count said (empty rows are not yielded).
    hooks.onProgress?.(seen, source.totalRows === null ? null : seen);
    session.selesai();
    return { session, kasus, yaml, ukuranYaml };
}
