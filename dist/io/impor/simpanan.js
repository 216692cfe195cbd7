/**
 * Imported cases kept until the register is written (issue 16): not as objects — a case
 * object takes several times its text, and 100 000 of them were most of the import's
 * memory — but as JSON text, deflated a block at a time (about 70 bytes a case). The writer
 * walks them once per sheet; each walk inflates one block at a time and decodes its cases
 * one by one.
 */
import { deflateRawSync, inflateRawSync, constants } from 'node:zlib';
/** Characters of JSON gathered before a block is deflated. */
const UKURAN_BLOK = 1 << 20;
export class KasusSimpanan {
    blok = [];
    terbuka = [];
    panjangTerbuka = 0;
    jumlah = 0;
    tambah(k) {
        const s = JSON.stringify(k);
        this.terbuka.push(s);
        this.panjangTerbuka += s.length + 1;
        this.jumlah++;
        if (this.panjangTerbuka >= UKURAN_BLOK)
            this.tutupBlok();
    }
    tutupBlok() {
        if (this.terbuka.length === 0)
            return;
        // A block is one JSON array: decoded with one parse, its cases handed out one by one.
        this.blok.push(deflateRawSync(Buffer.from(`[${this.terbuka.join(',')}]`, 'utf8'), {
            level: constants.Z_BEST_SPEED,
        }));
        this.terbuka = [];
        this.panjangTerbuka = 0;
    }
    get length() {
        return this.jumlah;
    }
    *[Symbol.iterator]() {
        this.tutupBlok();
        for (const b of this.blok)
            yield* JSON.parse(inflateRawSync(b).toString('utf8'));
    }
    /** The cases through `f`, walkable again and again (each walk decodes and maps anew). */
    peta(f) {
        const semua = () => this;
        const jumlah = () => this.jumlah;
        return {
            get length() {
                return jumlah();
            },
            *[Symbol.iterator]() {
                for (const k of semua())
                    yield f(k);
            },
        };
    }
}
