/**
 * A temporary file for what is too large to keep in memory (a sheet's compressed bytes, the
 * register books' cases). Where the system allows it the file is removed as soon as it is
 * open, so nothing is left behind if the run dies; elsewhere (Windows) `tutup` removes it.
 */
import { closeSync, mkdtempSync, openSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
export class BerkasSementara {
    /** Open for reading and writing at any offset (`readSync`/`writeSync` with a position). */
    fd;
    folder;
    constructor(awalan, nama) {
        const folder = mkdtempSync(path.join(tmpdir(), awalan));
        const berkas = path.join(folder, nama);
        this.fd = openSync(berkas, 'w+');
        this.folder = folder;
        if (process.platform !== 'win32')
            try {
                unlinkSync(berkas);
                rmdirSync(folder);
                this.folder = null;
            }
            catch {
                /* removed by tutup() */
            }
    }
    /** Close it, and remove it where it was not removed at once. */
    tutup() {
        try {
            closeSync(this.fd);
        }
        catch {
            /* already closed */
        }
        if (this.folder)
            rmSync(this.folder, { recursive: true, force: true });
        this.folder = null;
    }
}
