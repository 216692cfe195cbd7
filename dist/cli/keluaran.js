/**
 * One meaning of `-o, --keluaran` across commands (issue 14, "the terminal"):
 * - `-o -` is standard output for text formats and a clear error for binary ones;
 * - `-o folder/` (or an existing folder) puts the default name in that folder;
 * - a name without an extension gets the format's extension, never a file without one;
 *   a name ending in another format's extension (`--format xlsx -o hasil.json`) is refused;
 * - the folder is made (or refused) before the work starts, so `-o /proc/y/v.json` fails
 *   at once instead of after a long run.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import { assertWritable, siapkanFolder } from '../io/write-file.js';
/** Extensions of the files our commands write, by format. */
const EKSTENSI_KAMI = ['.json', '.xlsx', '.md', '.csv', '.txt', '.sarif', '.docx', '.yaml', '.yml'];
/** `-o -`: to standard output. */
export function keStdout(keluaran) {
    return keluaran === '-';
}
/** Refuse `-o -` for a binary format. */
export function tolakStdoutBiner(keluaran, format, contoh, t) {
    if (keStdout(keluaran))
        throw new UsageError(t('umum.keluaranBiner', { format, contoh }));
}
async function adalahFolder(p) {
    try {
        return (await fs.stat(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * The absolute path `-o` names (or the default), its folder made and checked, and refused
 * at once when it exists without `--timpa`.
 */
export async function tentukanKeluaran(keluaran, o) {
    let target;
    if (!keluaran)
        target = path.join(o.folderBawaan, o.namaBawaan);
    else {
        const abs = path.resolve(o.cwd, keluaran);
        if (/[\\/]$/.test(keluaran) || (await adalahFolder(abs)))
            target = path.join(abs, o.namaBawaan);
        else {
            const ext = path.extname(abs).toLowerCase();
            if (!/^\.[a-z][a-z0-9]{0,5}$/.test(ext))
                target = abs + o.ekstensi[0];
            else if (!o.ekstensi.includes(ext) && EKSTENSI_KAMI.includes(ext))
                throw new UsageError(o.t('umum.ekstensiSalah', {
                    file: keluaran,
                    ada: ext,
                    format: o.format,
                    harus: o.ekstensi[0],
                }));
            else
                target = abs;
        }
    }
    await siapkanFolder(path.dirname(target), o.t);
    await assertWritable([target], o.timpa, o.t);
    return target;
}
