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
    const iter = source.rows()[Symbol.asyncIterator]();
    const sample = [];
    let exhausted = false;
    while (sample.length < SAMPLE) {
        const r = await iter.next();
        if (r.done) {
            exhausted = true;
            break;
        }
        sample.push(r.value);
    }
    const where = source.sheet ? `${path.basename(file)} (${source.sheet})` : path.basename(file);
    if (sample.length === 0)
        throw new InputError(t('impor.galat.tanpaBaris', { file: where }), file);
    const layout = detectHeader(sample);
    if (!layout)
        throw new InputError(t('impor.galat.tanpaJudul', { file: where }), file);
    const notes = [];
    if (source.sheetNote)
        notes.push(source.sheetNote);
    // Mapping: the saved one for headers it knows, a proposal for the rest.
    const proposal = proposeMapping(layout.columns);
    const pemetaanTakTerpakai = [];
    let columns = layout.columns.map((c, i) => {
        const saved = opts.pemetaan?.kolom[c.header];
        return {
            index: c.index,
            letter: c.letter,
            header: c.header,
            target: saved ?? proposal[i].target,
        };
    });
    if (opts.pemetaan) {
        const headers = new Set(layout.columns.map((c) => c.header));
        for (const h of Object.keys(opts.pemetaan.kolom))
            if (!headers.has(h))
                pemetaanTakTerpakai.push(h);
    }
    // Service for rows that have none (Pasal 32: every case belongs to one of five services).
    let layananDitanya;
    const pilihLayananBawaan = async (cols) => {
        const hasLayananCol = cols.some((c) => c.target === 'layanan');
        const notesL = [];
        const explicit = opts.layananBawaan ?? opts.pemetaan?.layananBawaan;
        if (explicit)
            return { layanan: explicit, tegas: true, notes: notesL };
        if (opts.layananLembaga?.length === 1) {
            const layanan = opts.layananLembaga[0];
            if (!hasLayananCol)
                notesL.push(t('impor.catatanLayananLembaga', { layanan }));
            return { layanan, tegas: !hasLayananCol, notes: notesL };
        }
        if (!hasLayananCol && hooks.pilihLayanan) {
            // Asked once, even when the preview is recomputed after a mapping correction.
            layananDitanya ??= await hooks.pilihLayanan();
            return { layanan: layananDitanya, tegas: true, notes: notesL };
        }
        const layanan = 'rehabilitasi';
        if (!hasLayananCol)
            notesL.push(t('impor.catatanLayananDiduga', { layanan }));
        return { layanan, tegas: false, notes: notesL };
    };
    // Day/month order from the whole column (a second pass when the sample did not settle it).
    const override = opts.urutanTanggal ?? opts.pemetaan?.urutanTanggal;
    const putuskanUrutan = async (cols) => {
        const bukti = new Map();
        if (!override) {
            const dataOf = (rows) => rows.filter((r) => r.n > layout.lastHeaderRow);
            if (!source.streaming || exhausted) {
                for await (const r of source.rows())
                    if (r.n > layout.lastHeaderRow)
                        collectEvidence(bukti, cols, r.cells);
            }
            else {
                for (const r of dataOf(sample))
                    collectEvidence(bukti, cols, r.cells);
                const open = [...bukti.values()].some((b) => (b.hbt === 0) === (b.bht === 0) && b.ambigu > 0);
                if (open) {
                    bukti.clear();
                    for await (const r of source.rows())
                        if (r.n > layout.lastHeaderRow)
                            collectEvidence(bukti, cols, r.cells);
                }
            }
        }
        return decideOrders(bukti, cols, override);
    };
    // The preview and the import share these decisions: computed once per mapping.
    const rencanaCache = new Map();
    const rencanakan = async (cols) => {
        const key = JSON.stringify(cols.map((c) => [c.index, c.target]));
        const cached = rencanaCache.get(key);
        if (cached)
            return cached;
        const lb = await pilihLayananBawaan(cols);
        const urutan = await putuskanUrutan(cols);
        const notesR = [...lb.notes];
        for (const u of urutan) {
            if (u.alasan === 'bawaan')
                notesR.push(t('impor.catatanUrutanAmbigu', { kolom: u.header }));
            if (u.alasan === 'bertentangan')
                notesR.push(t('impor.catatanUrutanBertentangan', {
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
            notes: notesR,
        };
        rencanaCache.set(key, r);
        return r;
    };
    /** Feed the sample to a throwaway session, in order, exactly as the import feeds it. */
    const pratinjau = async (cols) => {
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
    };
    if (hooks.periksaPemetaan)
        columns = await hooks.periksaPemetaan({ source, layout, columns, pratinjau });
    const rencana = await rencanakan(columns);
    notes.push(...rencana.notes);
    const { urutan } = rencana;
    const layananBawaan = rencana.ctx.layananBawaan;
    const tegas = rencana.ctx.layananBawaanTegas;
    const session = new ImporSession(rencana.ctx);
    const kasus = [];
    const yaml = [];
    let seen = 0;
    let ukuranYaml = 0;
    const feed = (r) => {
        seen++;
        if (r.n <= layout.lastHeaderRow)
            return;
        const res = session.add(r);
        hooks.onBaris?.(r.n, res);
        if (res.kind === 'kasus') {
            const item = kasusYaml(res.kasus);
            ukuranYaml += Buffer.byteLength(item);
            if (opts.collect === 'objects')
                kasus.push(res.kasus);
            // Past the limit the YAML will be refused: stop holding it.
            else if (opts.collect === 'yaml' && ukuranYaml <= BATAS_YAML_IMPOR_BYTE)
                yaml.push(item);
        }
        if (hooks.onProgress && seen % 500 === 0)
            hooks.onProgress(seen, source.totalRows);
    };
    for (const r of sample)
        feed(r);
    if (!exhausted) {
        for (;;) {
            const r = await iter.next();
            if (r.done)
                break;
            feed(r.value);
        }
    }
    hooks.onProgress?.(seen, source.totalRows);
    if (source.sheetNote && !notes.includes(source.sheetNote))
        notes.unshift(source.sheetNote);
    if (!columns.some((c) => c.target !== KE_CATATAN && c.target !== 'abaikan'))
        notes.push(t('impor.catatanTanpaPemetaan'));
    return {
        source,
        layout,
        columns,
        urutan,
        session,
        kasus,
        yaml,
        notes,
        layananBawaan,
        layananBawaanTegas: tegas,
        pemetaanTakTerpakai,
        ukuranYaml,
    };
}
