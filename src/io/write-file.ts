/**
 * Outputs are written whole or not at all: to a temporary file in the same
 * folder, then renamed over the target. An existing file is never replaced
 * without `--timpa`. A file held open by Excel on Windows (EBUSY/EPERM) is
 * reported plainly.
 */
import { promises as fs, constants as fsc } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../core/errors.js';
import type { Translate } from '../i18n/index.js';

export interface PlannedOutput {
  path: string;
  data: string | Uint8Array;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p, fsc.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Throws InputError when any target exists and `timpa` is off, before anything is written. */
export async function assertWritable(
  paths: readonly string[],
  timpa: boolean,
  t: Translate,
): Promise<void> {
  for (const p of paths) {
    if (!timpa && (await exists(p))) throw new InputError(t('umum.keluaranAda', { file: p }), p);
  }
}

/** Write one file atomically. */
export async function writeAtomic(
  target: string,
  data: string | Uint8Array,
  t: Translate,
): Promise<void> {
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (e) {
    throw new InputError(
      t('umum.gagalBuatFolder', { folder: dir, pesan: (e as Error).message }),
      dir,
    );
  }
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const fh = await fs.open(tmp, 'wx');
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw new InputError(t('umum.keluaranTerkunci', { file: target }), target);
    }
    if (code === 'ENOSPC') throw new InputError(t('umum.diskPenuh', { file: target }), target);
    throw new InputError(
      t('umum.gagalTulis', { file: target, pesan: (e as Error).message }),
      target,
    );
  }
}

/** Check every target first, then write them all. */
export async function writeOutputs(
  outputs: readonly PlannedOutput[],
  timpa: boolean,
  t: Translate,
): Promise<void> {
  await assertWritable(
    outputs.map((o) => o.path),
    timpa,
    t,
  );
  for (const o of outputs) await writeAtomic(o.path, o.data, t);
}
