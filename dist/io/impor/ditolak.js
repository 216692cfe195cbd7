/**
 * The rows `impor` rejects, kept for the rejected-rows workbook without holding them all
 * (issue 16: a 100 000-row register imported without `--layanan-bawaan` rejects every row,
 * and holding them, then writing them through exceljs, took 2.6 GB). The first rows stay in
 * memory; past `diMemori` every row goes, one line of JSON each, to a temporary file
 * (io/berkas-sementara.ts) that is read back once, in order, when the workbook is written.
 */
import { readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { BerkasSementara } from '../berkas-sementara.js';
/** Rows kept in memory before they go to the temporary file. */
const DI_MEMORI = 2000;
/** JSON gathered before it is written. */
const POTONGAN = 1024 * 1024;
const keAsli = (v) => (v instanceof Date ? { d: v.getTime() } : v);
const dariAsli = (v) => v !== null && typeof v === 'object' ? new Date(v.d) : v;
function keJson(b) {
    const cells = b.cells.map((c) => [
        c.kind,
        c.text,
        c.number ?? null,
        c.date ? c.date.getTime() : null,
        keAsli(c.original),
        c.formulaWithoutResult ? 1 : 0,
    ]);
    return JSON.stringify([b.n, b.alasan, cells]);
}
function dariJson(line) {
    const [n, alasan, cells] = JSON.parse(line);
    return {
        n,
        alasan,
        cells: cells.map(([kind, text, number, date, original, fwr]) => {
            const c = { kind, text, original: dariAsli(original) };
            if (number !== null)
                c.number = number;
            if (date !== null)
                c.date = new Date(date);
            if (fwr)
                c.formulaWithoutResult = true;
            return c;
        }),
    };
}
export class KumpulanDitolak {
    diMemori;
    awal = [];
    berkas = null;
    ditulis = 0;
    tunda = [];
    panjangTunda = 0;
    n = 0;
    lebar = 0;
    constructor(diMemori = DI_MEMORI) {
        this.diMemori = diMemori;
    }
    get length() {
        return this.n;
    }
    /** Whether the rows have gone to the temporary file. */
    get diBerkas() {
        return this.berkas !== null;
    }
    push(b) {
        this.n++;
        if (b.cells.length > this.lebar)
            this.lebar = b.cells.length;
        if (!this.berkas && this.awal.length < this.diMemori) {
            this.awal.push(b);
            return;
        }
        if (!this.berkas) {
            this.berkas = new BerkasSementara('lembaga-ditolak-', 'ditolak.jsonl');
            for (const a of this.awal)
                this.tambahBaris(keJson(a));
            // The first rows stay for the terminal; the others are in the file now.
            this.awal.length = Math.min(this.awal.length, 100);
        }
        this.tambahBaris(keJson(b));
    }
    contoh(n) {
        return this.awal.slice(0, n);
    }
    *[Symbol.iterator]() {
        if (!this.berkas) {
            yield* this.awal;
            return;
        }
        this.kirim();
        const decoder = new StringDecoder('utf8');
        const buf = Buffer.allocUnsafe(POTONGAN);
        let sisa = '';
        for (let pos = 0; pos < this.ditulis;) {
            const dibaca = readSync(this.berkas.fd, buf, 0, Math.min(buf.length, this.ditulis - pos), pos);
            if (dibaca <= 0)
                throw new Error('berkas sementara baris ditolak terpotong');
            pos += dibaca;
            const teks = sisa + decoder.write(buf.subarray(0, dibaca));
            const lines = teks.split('\n');
            sisa = lines.pop();
            for (const line of lines)
                yield dariJson(line);
        }
        sisa += decoder.end();
        if (sisa)
            yield dariJson(sisa);
    }
    /** Close and remove the temporary file. */
    buang() {
        this.berkas?.tutup();
        this.berkas = null;
        this.awal = [];
        this.tunda = [];
    }
    tambahBaris(json) {
        this.tunda.push(json);
        this.panjangTunda += json.length + 1;
        if (this.panjangTunda >= POTONGAN)
            this.kirim();
    }
    kirim() {
        if (!this.berkas || this.tunda.length === 0)
            return;
        const data = Buffer.from(this.tunda.join('\n') + '\n', 'utf8');
        this.tunda = [];
        this.panjangTunda = 0;
        let off = 0;
        while (off < data.length)
            off += writeSync(this.berkas.fd, data, off, data.length - off, this.ditulis + off);
        this.ditulis += data.length;
    }
}
