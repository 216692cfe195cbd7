/**
 * Input problems shown by the commands that still produce their output from
 * the data they could read (register, laporan, sop, tarif): each error named
 * with its file and place, NIK masked (UU 27/2022), at most a screenful, and
 * the count that makes the command exit 1 ("done, but the data has problems",
 * docs/kontrak-cli.md) instead of 0 — a report built without a broken register must never
 * look like a clean run.
 */
import type { Finding } from '../core/finding.js';
import type { CliIO } from './io.js';
import { maskNikDalamTeks } from '../core/nik.js';

/** "file:line:col" or "file (Sheet!Cell)" or "file". */
export function tempat(f: Finding): string {
  const file = f.file ?? '';
  if (f.line) return `${file}:${f.line}:${f.column ?? 1}`;
  if (f.sheet && f.cell) return `${file} (${f.sheet}!${f.cell})`;
  if (f.sheet) return `${file} (${f.sheet})`;
  return file;
}

/**
 * Write the error-severity problems to stderr (errors are shown even with
 * `--diam`) and return how many there were.
 */
export function tulisMasalah(
  io: Pick<CliIO, 'stderr' | 't'>,
  problems: readonly Finding[],
  maks = 10,
): number {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of errors.slice(0, maks)) {
    const pesan = maskNikDalamTeks(p.message);
    io.stderr.write(`${tempat(p)}: ${pesan}\n`);
  }
  if (errors.length > maks)
    io.stderr.write(io.t('keamanan.masalahLain', { jumlah: errors.length - maks }) + '\n');
  return errors.length;
}
