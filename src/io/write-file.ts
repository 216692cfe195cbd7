/**
 * Outputs are written whole or not at all: to a temporary file in the same
 * folder, then renamed over the target. An existing file is never replaced
 * without `--timpa`. A file held open by Excel on Windows (EBUSY/EPERM) is
 * reported plainly.
 *
 * Temporary files are named `.<target>.<pid>.<hex>.tmp`. Those still open when the
 * process is interrupted (SIGINT/SIGTERM) are removed by `hapusSementara()`, which the
 * entry point calls from its signal handlers; those left by a run that was killed
 * outright (SIGKILL, power cut) are removed by the next write into the same folder when
 * they are older than this run and their process is gone.
 */
import { promises as fs, constants as fsc, rmSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError } from '../core/errors.js';
import type { Translate } from '../i18n/index.js';

/** What an output holds: its whole content, or its pieces in order (a large workbook, issue 16). */
export type IsiKeluaran = string | Uint8Array | Iterable<Uint8Array>;

export interface PlannedOutput {
  path: string;
  data: IsiKeluaran;
}

/** Our temporary files: `.name.ext.<pid>.<8 hex>.tmp`. */
const POLA_SEMENTARA = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;
/** When this run started (stale temporaries are older than this). */
const MULAI = Date.now();
/** Temporary files of this process not yet renamed or removed. */
const sementara = new Set<string>();
/** Folders already swept for stale temporaries in this run. */
const disapu = new Set<string>();

/** Remove every temporary file this process still has open (signal handlers call this). */
export function hapusSementara(): void {
  for (const p of sementara) {
    try {
      rmSync(p, { force: true });
    } catch {
      /* best effort while exiting */
    }
  }
  sementara.clear();
}

function prosesHidup(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove temporaries of ours in `dir` left by an earlier run that did not finish. */
export async function sapuSementaraBasi(dir: string): Promise<string[]> {
  if (disapu.has(dir)) return [];
  disapu.add(dir);
  const dihapus: string[] = [];
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch {
    return dihapus;
  }
  for (const n of names) {
    const m = POLA_SEMENTARA.exec(n);
    if (!m) continue;
    const p = path.join(dir, n);
    if (sementara.has(p)) continue;
    try {
      const st = await fs.lstat(p);
      if (!st.isFile() || st.mtimeMs >= MULAI) continue;
      if (prosesHidup(Number(m[1]))) continue;
      await fs.rm(p, { force: true });
      dihapus.push(p);
    } catch {
      /* gone already, or not ours to remove */
    }
  }
  return dihapus;
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

/**
 * Create `dir` and its missing parents one level at a time. Node's own recursive mkdir
 * loops forever under /proc (`-o /proc/y/v.json`); this fails at once with the reason.
 */
export async function buatFolder(dir: string): Promise<void> {
  const buat: string[] = [];
  let d = path.resolve(dir);
  for (;;) {
    let st;
    try {
      st = await fs.stat(d);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT') throw e;
      buat.unshift(d);
      const up = path.dirname(d);
      if (up === d) break;
      d = up;
      continue;
    }
    if (!st.isDirectory()) {
      const err = new Error(`${d}: bukan folder`) as NodeJS.ErrnoException;
      err.code = 'ENOTDIR';
      throw err;
    }
    break;
  }
  for (const b of buat) {
    try {
      await fs.mkdir(b);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** Create the folder of an output, as a user's error when it cannot be. */
export async function siapkanFolder(dir: string, t: Translate): Promise<void> {
  try {
    await buatFolder(dir);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const pesan =
      err.code === 'ENOTDIR'
        ? t('umum.bukanFolder')
        : err.code === 'EACCES' || err.code === 'EPERM' || err.code === 'EROFS'
          ? t('umum.tanpaIzin')
          : t('umum.lokasiTidakBisa', { kode: err.code ?? err.message });
    throw new InputError(t('umum.gagalBuatFolder', { folder: dir, pesan }), dir);
  }
}

/** Write one file atomically. */
export async function writeAtomic(target: string, data: IsiKeluaran, t: Translate): Promise<void> {
  const dir = path.dirname(target);
  await siapkanFolder(dir, t);
  await sapuSementaraBasi(dir);
  const tmp = path.join(
    dir,
    `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  sementara.add(tmp);
  try {
    const fh = await fs.open(tmp, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await fh.writeFile(data);
      else
        for (const p of data)
          for (let o = 0; o < p.length;) o += (await fh.write(p, o, p.length - o)).bytesWritten;
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
  } finally {
    sementara.delete(tmp);
  }
}

/** Check every target first (and that its folder can be made), then write them all. */
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
