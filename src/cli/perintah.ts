/**
 * What the commands share, in one place: the options every reading command parses
 * (`--tanggal`, `--tahun`, `--layanan`), loading a lembaga folder with the progress line,
 * the services a command works on, and writing its files atomically with the status
 * line naming each one. A command file keeps only what is particular to it.
 */
import { promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import { UsageError } from '../core/errors.js';
import { isTanggal } from '../core/tanggal.js';
import type { Lembaga } from '../model/lembaga.js';
import {
  displayPath,
  loadInputs,
  type LoadedInstitution,
  type LoadOptions,
} from '../io/load-folder.js';
import { writeOutputs, type PlannedOutput } from '../io/write-file.js';
import { LAYANAN_KEYS, type LayananKey } from '../standards/types.js';
import { info, type CliIO } from './io.js';

/** `--tanggal`: the date "today" means (default: today); `pesan` names a command's own wording. */
export function opsiTanggal(v: unknown, io: CliIO, pesan = 'umum.tanggalTidakSah'): string {
  if (v === undefined) return io.hariIni;
  if (!isTanggal(v)) throw new UsageError(io.t(pesan, { nilai: String(v) }));
  return v;
}

/** `--tahun`: four digits, or undefined when not given. */
export function opsiTahun(v: unknown, io: CliIO, pesan = 'umum.tahunTidakSah'): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d{4}$/.test(v))
    throw new UsageError(io.t(pesan, { nilai: String(v) }));
  return Number(v);
}

/** `--layanan` (commander has checked it against the five services). */
export function opsiLayanan(v: unknown): LayananKey | undefined {
  return LAYANAN_KEYS.find((k) => k === v);
}

/** This year, from the run's one clock. */
export function tahunIni(io: CliIO): number {
  return Number(io.hariIni.slice(0, 4));
}

/** The file's stats, or null when there is nothing there. */
export async function statAtauNull(p: string): Promise<Stats | null> {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** The progress line while the registers are read, one file after another. */
export function progresBaca(io: CliIO): (file: string, ke: number, dari: number) => void {
  return (file, ke, dari) => io.progres?.langkah(io.t('progres.membaca', { file, ke, dari }));
}

/** The lembaga folder (or files) named by the arguments, read with the progress line. */
export function muatLembaga(
  args: string[],
  io: CliIO,
  o: Pick<LoadOptions, 'schema' | 'withoutRegisters' | 'alirkan'> = {},
): Promise<LoadedInstitution> {
  return loadInputs(args, { cwd: io.cwd, t: io.t, ...o, onBerkas: progresBaca(io) });
}

/** Registers that could not be read at all: a 0-case output is then never a quiet success. */
export function registerTakTerbaca(loaded: Pick<LoadedInstitution, 'registers'>): number {
  return loaded.registers.filter(
    (r) => (r.jumlah ?? r.kasus.length) === 0 && r.problems.some((p) => p.severity === 'error'),
  ).length;
}

/**
 * The services a command works on: `--layanan` (said when the lembaga does not offer it),
 * else those the lembaga offers.
 */
export function layananDipilih(
  lembaga: Lembaga,
  opsi: unknown,
  io: CliIO,
  pesanTidakDiselenggarakan: string,
): { ditawarkan: LayananKey[]; layanan: LayananKey[] } {
  const ditawarkan = LAYANAN_KEYS.filter((k) => lembaga.layanan[k] !== undefined);
  const satu = opsiLayanan(opsi);
  if (!satu) return { ditawarkan, layanan: ditawarkan };
  if (!ditawarkan.includes(satu)) info(io, io.t(pesanTidakDiselenggarakan, { layanan: satu }));
  return { ditawarkan, layanan: [satu] };
}

/**
 * Write the files whole or not at all (never over one without `--timpa`), then name each
 * on the status line with `pesan` (`{file}` relative to the working folder).
 */
export async function tulisBerkas(
  io: CliIO,
  outputs: readonly PlannedOutput[],
  timpa: unknown,
  pesan = 'umum.ditulis',
  params: Record<string, string | number> = {},
): Promise<void> {
  await writeOutputs([...outputs], Boolean(timpa), io.t);
  for (const o of outputs) info(io, io.t(pesan, { ...params, file: displayPath(o.path, io.cwd) }));
}

/** Data to standard output when there is no target, else to that file with its status line. */
export async function keluarkan(
  io: CliIO,
  data: string | Uint8Array,
  target: string | null,
  timpa: unknown,
  pesan: string,
): Promise<void> {
  if (target === null) io.stdout.write(data);
  else await tulisBerkas(io, [{ path: target, data }], timpa, pesan);
}
