/**
 * The import pipeline, headless: open the file, find the table, map the columns,
 * decide date orders, convert every row. Prompts, progress and writing attach
 * through hooks and the result, so the command, the tests and the benchmark
 * share it (`scripts/bench.mjs` calls `imporBerkas` from dist/io/impor/run.js).
 */
import path from 'node:path';
import { InputError } from '../../core/errors.js';
import type { Translate } from '../../i18n/index.js';
import type { Kasus } from '../../model/kasus.js';
import type { LayananKey } from '../../standards/types.js';
import {
  collectEvidence,
  decideOrders,
  ImporSession,
  type KeputusanUrutan,
  type KolomPeta,
} from './core.js';
import { KE_CATATAN, proposeMapping } from './fields.js';
import { kasusYaml, type PemetaanBerkas } from './output.js';
import { openSource, type TableSource } from './source.js';
import { detectHeader, isEmptyRow, type SourceRow, type TableLayout } from './table.js';
import type { BuktiUrutan, StafRingkas, UrutanTanggal } from './values.js';

export interface DraftImpor {
  source: TableSource;
  layout: TableLayout;
  columns: KolomPeta[];
  /** First data rows (for the preview). */
  preview: SourceRow[];
}

export interface ImporHooks {
  pilihLembar?: (names: string[]) => Promise<string>;
  /** Show the proposed mapping and preview; return the (possibly corrected) mapping. */
  periksaPemetaan?: (draft: DraftImpor) => Promise<KolomPeta[]>;
  /** Ask for the service when the file has no service column. */
  pilihLayanan?: () => Promise<LayananKey>;
  onProgress?: (rows: number, total: number | null) => void;
}

export interface ImporOptions {
  t: Translate;
  lembar?: string;
  streaming?: boolean;
  pemetaan?: PemetaanBerkas | null;
  urutanTanggal?: UrutanTanggal;
  layananBawaan?: LayananKey;
  /** Services the lembaga declares in lembaga.yaml. */
  layananLembaga?: readonly LayananKey[];
  staf: readonly StafRingkas[] | null;
  tahunAcuan: number;
  /** Keep the cases as objects (--gabung, .xlsx output), as YAML items, or not at all (dry run). */
  collect: 'objects' | 'yaml' | 'none';
  hooks?: ImporHooks;
}

export interface HasilImpor {
  source: TableSource;
  layout: TableLayout;
  columns: KolomPeta[];
  urutan: KeputusanUrutan[];
  session: ImporSession;
  kasus: Kasus[];
  yaml: string[];
  /** Notes for the summary (i18n already applied). */
  notes: string[];
  layananBawaan: LayananKey;
  layananBawaanTegas: boolean;
  /** Headers of the mapping file that the file does not have. */
  pemetaanTakTerpakai: string[];
}

const SAMPLE = 200;

/** Prefix for register numbers made up for rows without one: from the file name, stable across runs. */
export function prefiksDari(file: string): string {
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

export async function imporBerkas(file: string, opts: ImporOptions): Promise<HasilImpor> {
  const { t } = opts;
  const hooks = opts.hooks ?? {};
  const source = await openSource(file, {
    lembar: opts.lembar ?? opts.pemetaan?.lembar,
    pilihLembar: hooks.pilihLembar,
    streaming: opts.streaming,
    t,
  });
  const iter = source.rows()[Symbol.asyncIterator]();
  const sample: SourceRow[] = [];
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
  if (sample.length === 0) throw new InputError(t('impor.galat.tanpaBaris', { file: where }), file);
  const layout = detectHeader(sample);
  if (!layout) throw new InputError(t('impor.galat.tanpaJudul', { file: where }), file);
  const notes: string[] = [];
  if (source.sheetNote) notes.push(source.sheetNote);

  // Mapping: the saved one for headers it knows, a proposal for the rest.
  const proposal = proposeMapping(layout.columns);
  const pemetaanTakTerpakai: string[] = [];
  let columns: KolomPeta[] = layout.columns.map((c, i) => {
    const saved = opts.pemetaan?.kolom[c.header];
    return {
      index: c.index,
      letter: c.letter,
      header: c.header,
      target: saved ?? proposal[i]!.target,
    };
  });
  if (opts.pemetaan) {
    const headers = new Set(layout.columns.map((c) => c.header));
    for (const h of Object.keys(opts.pemetaan.kolom))
      if (!headers.has(h)) pemetaanTakTerpakai.push(h);
  }
  const preview = sample
    .filter((r) => r.n > layout.lastHeaderRow && !isEmptyRow(r.cells))
    .slice(0, 5);
  if (hooks.periksaPemetaan)
    columns = await hooks.periksaPemetaan({ source, layout, columns, preview });

  // Service for rows that have none (Pasal 32: every case belongs to one of five services).
  const hasLayananCol = columns.some((c) => c.target === 'layanan');
  let layananBawaan: LayananKey = 'rehabilitasi';
  let tegas = false;
  const explicit = opts.layananBawaan ?? opts.pemetaan?.layananBawaan;
  if (explicit) {
    layananBawaan = explicit;
    tegas = true;
  } else if (opts.layananLembaga?.length === 1) {
    layananBawaan = opts.layananLembaga[0]!;
    tegas = !hasLayananCol;
    if (!hasLayananCol) notes.push(t('impor.catatanLayananLembaga', { layanan: layananBawaan }));
  } else if (!hasLayananCol && hooks.pilihLayanan) {
    layananBawaan = await hooks.pilihLayanan();
    tegas = true;
  } else if (!hasLayananCol) {
    notes.push(t('impor.catatanLayananDiduga', { layanan: layananBawaan }));
  }

  // Day/month order from the whole column (a second pass when the sample did not settle it).
  const override = opts.urutanTanggal ?? opts.pemetaan?.urutanTanggal;
  const bukti = new Map<number, BuktiUrutan>();
  const dataOf = (rows: readonly SourceRow[]) => rows.filter((r) => r.n > layout.lastHeaderRow);
  if (!override) {
    if (!source.streaming || exhausted) {
      for await (const r of source.rows())
        if (r.n > layout.lastHeaderRow) collectEvidence(bukti, columns, r.cells);
    } else {
      for (const r of dataOf(sample)) collectEvidence(bukti, columns, r.cells);
      const open = [...bukti.values()].some((b) => (b.hbt === 0) === (b.bht === 0) && b.ambigu > 0);
      if (open) {
        bukti.clear();
        for await (const r of source.rows())
          if (r.n > layout.lastHeaderRow) collectEvidence(bukti, columns, r.cells);
      }
    }
  }
  const urutan = decideOrders(bukti, columns, override);
  for (const u of urutan) {
    if (u.alasan === 'bawaan') notes.push(t('impor.catatanUrutanAmbigu', { kolom: u.header }));
    if (u.alasan === 'bertentangan')
      notes.push(
        t('impor.catatanUrutanBertentangan', {
          kolom: u.header,
          urutan: t(`impor.urutan.${u.urutan}`),
        }),
      );
  }
  const session = new ImporSession({
    columns,
    urutan: new Map(urutan.map((u) => [u.index, u.urutan])),
    layananBawaan,
    layananBawaanTegas: tegas,
    staf: opts.staf,
    tahunAcuan: opts.tahunAcuan,
    prefiksNomor: prefiksDari(file),
    t,
  });
  const kasus: Kasus[] = [];
  const yaml: string[] = [];
  let seen = 0;
  const feed = (r: SourceRow) => {
    seen++;
    if (r.n <= layout.lastHeaderRow) return;
    const res = session.add(r);
    if (res.kind === 'kasus') {
      if (opts.collect === 'objects') kasus.push(res.kasus);
      else if (opts.collect === 'yaml') yaml.push(kasusYaml(res.kasus));
    }
    if (hooks.onProgress && seen % 500 === 0) hooks.onProgress(seen, source.totalRows);
  };
  for (const r of sample) feed(r);
  if (!exhausted) {
    for (;;) {
      const r = await iter.next();
      if (r.done) break;
      feed(r.value);
    }
  }
  hooks.onProgress?.(seen, source.totalRows);
  if (source.sheetNote && !notes.includes(source.sheetNote)) notes.unshift(source.sheetNote);
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
  };
}
