/**
 * The canonical register written beside the import, on a second thread (issue 16): the
 * importer reads and converts rows on the main thread while a worker turns the cases into
 * rows, XML and compressed parts (`PenulisRegister`, register-writer.ts). The cases cross in
 * batches (structured clone, a tenth of what writing them costs); at most a few batches wait,
 * so memory stays flat. Small files, and code run from its TypeScript sources (the tests),
 * write on the main thread with the same writer: the bytes are the same either way.
 */
import { Worker } from 'node:worker_threads';
import { PenulisRegister } from './register-writer.js';
/** Cases per message, and messages the worker may have waiting before `tambah` waits. */
const KELOMPOK = 512;
const ANTREAN_MAKS = 4;
/** The worker's entry beside this file, when this runs from the built JavaScript. */
const ENTRI = import.meta.url.endsWith('.js')
    ? new URL('./penulis-utas-kerja.js', import.meta.url)
    : null;
/**
 * A writer for the canonical register: on a worker thread when `utas` is asked and the
 * built code is running, else on this thread.
 */
export function bukaPenulisRegister(lembaga, t, opsi) {
    if (opsi.utas && ENTRI)
        return new PenulisUtas(ENTRI, lembaga);
    const p = new PenulisRegister(lembaga, t);
    return {
        get kasus() {
            return p.kasus;
        },
        tambah: (k) => p.tambah(k),
        async selesai() {
            const wb = await p.selesai();
            try {
                return wb.bytes();
            }
            finally {
                wb.buang();
            }
        },
        buang: async () => p.buang(),
    };
}
class PenulisUtas {
    w;
    kelompok = [];
    menunggu = 0;
    jumlah = 0;
    galat = null;
    bangun = null;
    hasil;
    keluar;
    selesaiDiminta = false;
    beres = false;
    constructor(entri, lembaga) {
        this.w = new Worker(entri, { workerData: { lembaga } });
        this.keluar = new Promise((r) => this.w.once('exit', () => r()));
        this.hasil = new Promise((resolve, reject) => {
            const gagal = (e) => {
                this.galat ??= e;
                reject(this.galat);
                const b = this.bangun;
                this.bangun = null;
                b?.reject(this.galat);
            };
            this.w.on('message', (m) => {
                if (m.jenis === 'diterima') {
                    this.menunggu--;
                    const b = this.bangun;
                    this.bangun = null;
                    b?.resolve();
                }
                else if (m.jenis === 'hasil') {
                    this.beres = true;
                    resolve(m.bytes);
                }
                else
                    gagal(Object.assign(new Error(m.pesan), m.kode ? { code: m.kode } : {}));
            });
            this.w.on('error', gagal);
            this.w.on('exit', (code) => {
                if (!this.beres)
                    gagal(new Error(`penulis register berhenti (kode ${code})`));
            });
        });
        this.hasil.catch(() => undefined);
    }
    get kasus() {
        return this.jumlah;
    }
    tambah(k) {
        if (this.galat)
            return Promise.reject(this.galat);
        this.jumlah++;
        this.kelompok.push(k);
        if (this.kelompok.length < KELOMPOK)
            return undefined;
        this.kirim();
        if (this.menunggu < ANTREAN_MAKS)
            return undefined;
        return new Promise((resolve, reject) => {
            this.bangun = { resolve, reject };
        });
    }
    kirim() {
        if (!this.kelompok.length)
            return;
        this.w.postMessage({ jenis: 'kasus', kasus: this.kelompok });
        this.kelompok = [];
        this.menunggu++;
    }
    async selesai() {
        if (this.galat)
            throw this.galat;
        this.selesaiDiminta = true;
        this.kirim();
        this.w.postMessage({ jenis: 'selesai' });
        const bytes = await this.hasil;
        await this.keluar;
        return bytes;
    }
    async buang() {
        if (!this.selesaiDiminta && !this.galat) {
            this.selesaiDiminta = true;
            this.w.postMessage({ jenis: 'buang' });
        }
        // The worker removes its temporary files itself, then ends; not waited on for ever.
        const jeda = new Promise((r) => setTimeout(r, 5000).unref());
        await Promise.race([this.keluar, jeda]);
        await this.w.terminate();
    }
}
