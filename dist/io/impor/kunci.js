/**
 * `--gabung` reads a register, adds cases and writes it back. Two merges into the
 * same register at once (two staff importing two monthly sheets) would each write
 * what they read plus their own cases, and the second write would drop the first
 * one's cases. So a merge holds an exclusive lock file beside the register from
 * the read to the write (created with O_EXCL: only one process can create it),
 * waits while another live merge holds it, and breaks a lock left by a process
 * that died (same host and its pid gone, or older than STALE_MS elsewhere).
 *
 * The lock only orders lembaga's own merges; someone saving the register from
 * Excel meanwhile is caught by the state check (`sidikRegister`): size, mtime and
 * hash read at the start and compared just before the write.
 */
import { createHash } from 'node:crypto';
import { promises as fs, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/** A lock older than this, held by a process we cannot check (another host), is stale. */
export const STALE_MS = 10 * 60_000;
/** How long a merge waits for another merge into the same register (default). */
export const TUNGGU_MS = 10 * 60_000;
/** The lock file of a register: hidden, beside it. */
export function kunciPath(register) {
    return path.join(path.dirname(register), `.${path.basename(register)}.kunci`);
}
function hidup(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to another user.
        return e.code === 'EPERM';
    }
}
async function baca(p) {
    try {
        const [raw, st] = await Promise.all([fs.readFile(p, 'utf8'), fs.stat(p)]);
        let isi = null;
        try {
            const j = JSON.parse(raw);
            if (typeof j.pid === 'number' && typeof j.host === 'string')
                isi = { pid: j.pid, host: j.host, mulai: String(j.mulai ?? '') };
        }
        catch {
            isi = null;
        }
        return { isi, raw, mtimeMs: st.mtimeMs };
    }
    catch {
        return null;
    }
}
function basi(k, now) {
    if (k.isi && k.isi.host === os.hostname())
        return !hidup(k.isi.pid);
    // Unreadable content (a write cut short) or another host: by age only.
    return now - k.mtimeMs > STALE_MS;
}
export class KunciSibuk extends Error {
    pemegang;
    constructor(pemegang) {
        super('locked');
        this.pemegang = pemegang;
        this.name = 'KunciSibuk';
    }
}
const held = new Set();
let exitHook = false;
/** Remove our locks if the process exits without releasing them (SIGINT → process.exit). */
function pasangExitHook() {
    if (exitHook)
        return;
    exitHook = true;
    process.on('exit', () => {
        for (const p of held) {
            try {
                rmSync(p, { force: true });
            }
            catch {
                /* nothing more can be done at exit */
            }
        }
    });
}
/** Break a stale lock without removing a fresh one taken meanwhile by another process. */
async function patahkan(p, rawSeen) {
    const side = `${p}.${process.pid}.${Date.now()}.basi`;
    try {
        await fs.rename(p, side);
    }
    catch {
        return; // someone else broke it first
    }
    const now = await fs.readFile(side, 'utf8').catch(() => null);
    if (now !== null && now !== rawSeen) {
        // We moved a lock taken after our check: put it back (link fails if one exists again).
        await fs.link(side, p).catch(() => undefined);
    }
    await fs.rm(side, { force: true });
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Take the register's lock, waiting for another merge; throws KunciSibuk after `tungguMs`. */
export async function kunciRegister(register, opts = {}) {
    const p = kunciPath(register);
    const tunggu = opts.tungguMs ?? TUNGGU_MS;
    const start = Date.now();
    let told = false;
    let delay = 10;
    await fs.mkdir(path.dirname(p), { recursive: true });
    for (;;) {
        const isi = {
            pid: process.pid,
            host: os.hostname(),
            mulai: new Date().toISOString(),
        };
        try {
            const fh = await fs.open(p, 'wx');
            try {
                await fh.writeFile(JSON.stringify(isi));
            }
            finally {
                await fh.close();
            }
            held.add(p);
            pasangExitHook();
            // Keep the age fresh for readers on other hosts while a long merge runs.
            const timer = setInterval(() => {
                const now = new Date();
                fs.utimes(p, now, now).catch(() => undefined);
            }, STALE_MS / 4);
            timer.unref();
            return {
                path: p,
                release: async () => {
                    clearInterval(timer);
                    held.delete(p);
                    await fs.rm(p, { force: true });
                },
            };
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
        const k = await baca(p);
        if (!k)
            continue; // released between our open and our read
        if (basi(k, Date.now())) {
            await patahkan(p, k.raw);
            continue;
        }
        const pemegang = {
            pid: k.isi?.pid ?? null,
            host: k.isi?.host ?? null,
            mulai: k.isi?.mulai ?? null,
        };
        if (Date.now() - start >= tunggu)
            throw new KunciSibuk(pemegang);
        if (!told) {
            told = true;
            opts.onMenunggu?.(pemegang);
        }
        await sleep(delay + Math.floor(Math.random() * delay));
        delay = Math.min(80, delay * 2);
    }
}
/** Read the register once: the bytes to merge into and their state, to compare before writing. */
export async function bacaRegister(register) {
    try {
        const st = await fs.stat(register);
        const bytes = await fs.readFile(register);
        const h = createHash('sha256').update(bytes).digest('hex');
        return { bytes, sidik: `${bytes.length}|${st.size}|${st.mtimeMs}|${h}` };
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return { bytes: null, sidik: 'tidak-ada' };
        throw e;
    }
}
