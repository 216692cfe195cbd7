/**
 * A small streaming zip writer for the workbooks we write (issue 16): each part is deflated
 * as it is produced, on zlib's thread pool, and only its compressed bytes are kept — in
 * memory while small, then in a temporary file (removed as soon as it is opened where the
 * system allows, and in `buang` otherwise). Several parts can be written at once (the sheets
 * of a book are filled in one pass over the cases); the archive is laid out at the end, part
 * after part in the order they were begun, each with its sizes and CRC in the local header
 * (no data descriptors), then the central directory. Zip64 records only when a size or an
 * offset needs them (a part over 4 GB).
 */
import { readSync, writeSync } from 'node:fs';
import zlib from 'node:zlib';
import { BerkasSementara } from '../berkas-sementara.js';

/** Compressed bytes kept in memory per part before they go to a temporary file. */
const DI_MEMORI = 8 * 1024 * 1024;
/** Text gathered before it is encoded and handed to the compressor. */
const POTONGAN = 256 * 1024;
const U32 = 0xffffffff;

/* ------------------------------------------------------------ CRC-32 */

let tabel: Uint32Array | null = null;
function crcJs(buf: Uint8Array, crc: number): number {
  if (!tabel) {
    tabel = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      tabel[n] = c >>> 0;
    }
  }
  let c = ~crc >>> 0;
  for (let i = 0; i < buf.length; i++) c = tabel[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** zlib's CRC-32 (Node ≥ 20.15), else a table in JavaScript. */
const crc32: (buf: Uint8Array, crc: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function'
    ? (zlib as unknown as { crc32: (b: Uint8Array, c: number) => number }).crc32
    : crcJs;

/* --------------------------------------------------------- the parts */

interface Bagian {
  nama: Buffer;
  crc: number;
  ukuran: number;
  padat: number;
  /** Compressed bytes in memory, or in the temporary file `sementara`. */
  potongan: Buffer[];
  sementara: BerkasSementara | null;
  selesai: boolean;
}

export interface ZipOpsi {
  /**
   * Deflate level (default 1: a workbook of 100 000 cases is a gigabyte of XML, and level 6
   * took a third longer for a file a fifth smaller).
   */
  level?: number;
}

/** A part being written: text in, compressed bytes out; `akhiri` when it is complete. */
export class BagianAliran {
  private teks: string[] = [];
  private panjang = 0;
  private readonly deflate: zlib.DeflateRaw;
  private readonly beres: Promise<void>;
  private galat: Error | null = null;

  constructor(
    zip: ZipTulis,
    private readonly b: Bagian,
    level: number,
  ) {
    this.deflate = zlib.createDeflateRaw({ level, chunkSize: 64 * 1024 });
    this.deflate.on('data', (c: Buffer) => zip.simpan(b, c));
    this.beres = new Promise<void>((resolve, reject) => {
      this.deflate.on('end', resolve);
      this.deflate.on('error', (e: Error) => {
        this.galat = e;
        reject(e);
      });
    });
    this.beres.catch(() => undefined);
  }

  /**
   * Append text. Returns a promise when the compressor is behind: the caller awaits it, so
   * what waits to be compressed stays small.
   */
  tulis(s: string): Promise<void> | undefined {
    this.teks.push(s);
    this.panjang += s.length;
    if (this.panjang >= POTONGAN) return this.kirim();
    return undefined;
  }

  private kirim(): Promise<void> | undefined {
    if (this.galat) throw this.galat;
    if (this.panjang === 0) return undefined;
    const buf = Buffer.from(this.teks.length === 1 ? this.teks[0]! : this.teks.join(''), 'utf8');
    this.teks = [];
    this.panjang = 0;
    this.b.crc = crc32(buf, this.b.crc);
    this.b.ukuran += buf.length;
    if (this.deflate.write(buf)) return undefined;
    return new Promise<void>((resolve) => this.deflate.once('drain', resolve));
  }

  /** Flush what is left and wait for the compressor to finish. */
  async akhiri(): Promise<void> {
    await this.kirim();
    this.deflate.end();
    await this.beres;
    this.b.selesai = true;
  }
}

/** The archive: parts begun with `tambah` (whole) or `aliran` (streamed), laid out by `potongan`. */
export class ZipTulis {
  private readonly bagian: Bagian[] = [];
  private readonly level: number;

  constructor(opsi: ZipOpsi = {}) {
    this.level = opsi.level ?? 1;
  }

  private baru(nama: string): Bagian {
    const b: Bagian = {
      nama: Buffer.from(nama, 'utf8'),
      crc: 0,
      ukuran: 0,
      padat: 0,
      potongan: [],
      sementara: null,
      selesai: false,
    };
    this.bagian.push(b);
    return b;
  }

  /** A whole part (small XML), compressed at once. */
  tambah(nama: string, isi: string | Uint8Array): void {
    const b = this.baru(nama);
    const buf = typeof isi === 'string' ? Buffer.from(isi, 'utf8') : Buffer.from(isi);
    b.crc = crc32(buf, 0);
    b.ukuran = buf.length;
    const z = zlib.deflateRawSync(buf, { level: this.level });
    b.potongan.push(z);
    b.padat = z.length;
    b.selesai = true;
  }

  /** A part written piece by piece. */
  aliran(nama: string): BagianAliran {
    return new BagianAliran(this, this.baru(nama), this.level);
  }

  /** @internal compressed bytes of a part: memory, then its temporary file once large. */
  simpan(b: Bagian, c: Buffer): void {
    b.padat += c.length;
    if (b.sementara === null && b.padat > DI_MEMORI) {
      b.sementara = new BerkasSementara('lembaga-zip-', 'bagian.bin');
      for (const p of b.potongan) writeSync(b.sementara.fd, p);
      b.potongan = [];
    }
    if (b.sementara !== null) writeSync(b.sementara.fd, c);
    else b.potongan.push(c);
  }

  /**
   * The archive in order: bytes in memory, or a part whose compressed bytes wait in its
   * temporary file (read by the caller, so `bytes()` can read them straight into place).
   */
  private *susunan(): Generator<Buffer | Bagian> {
    const pusat: Buffer[] = [];
    let offset = 0;
    for (const b of this.bagian) {
      if (!b.selesai) throw new Error(`zip: bagian ${b.nama.toString()} belum selesai`);
      const z64 = b.ukuran >= U32 || b.padat >= U32 || offset >= U32;
      const lokal = kepalaLokal(b, z64);
      pusat.push(kepalaPusat(b, offset, z64));
      yield lokal;
      offset += lokal.length;
      if (b.sementara !== null) yield b;
      else yield* b.potongan;
      offset += b.padat;
    }
    const awalPusat = offset;
    let ukuranPusat = 0;
    for (const p of pusat) {
      yield p;
      ukuranPusat += p.length;
    }
    const n = this.bagian.length;
    if (awalPusat >= U32 || ukuranPusat >= U32 || n >= 0xffff) {
      const e64 = Buffer.alloc(56);
      e64.writeUInt32LE(0x06064b50, 0);
      e64.writeBigUInt64LE(44n, 4);
      e64.writeUInt16LE(45, 12);
      e64.writeUInt16LE(45, 14);
      e64.writeBigUInt64LE(BigInt(n), 24);
      e64.writeBigUInt64LE(BigInt(n), 32);
      e64.writeBigUInt64LE(BigInt(ukuranPusat), 40);
      e64.writeBigUInt64LE(BigInt(awalPusat), 48);
      const loc = Buffer.alloc(20);
      loc.writeUInt32LE(0x07064b50, 0);
      loc.writeBigUInt64LE(BigInt(awalPusat + ukuranPusat), 8);
      loc.writeUInt32LE(1, 16);
      yield e64;
      yield loc;
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(n, 0xffff), 8);
    end.writeUInt16LE(Math.min(n, 0xffff), 10);
    end.writeUInt32LE(Math.min(ukuranPusat, U32), 12);
    end.writeUInt32LE(Math.min(awalPusat, U32), 16);
    yield end;
  }

  /** The archive's bytes, part after part, then the central directory. */
  *potongan(): Generator<Buffer> {
    for (const p of this.susunan()) {
      if (Buffer.isBuffer(p)) {
        yield p;
        continue;
      }
      for (let pos = 0; pos < p.padat; pos += 1 << 20) {
        const c = Buffer.allocUnsafe(Math.min(1 << 20, p.padat - pos));
        bacaSementara(p, pos, c, 0);
        yield c;
      }
    }
  }

  /**
   * The whole archive in one buffer of its own (transferable to another thread), filled in
   * place: the temporary files are read straight into it, so the peak is the archive once.
   */
  bytes(): Uint8Array {
    const susunan = [...this.susunan()];
    let total = 0;
    for (const p of susunan) total += Buffer.isBuffer(p) ? p.length : p.padat;
    const out = Buffer.allocUnsafeSlow(total);
    let at = 0;
    for (const p of susunan)
      at += Buffer.isBuffer(p) ? p.copy(out, at) : bacaSementara(p, 0, out, at, p.padat);
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  /** Close and remove the temporary files. */
  buang(): void {
    for (const b of this.bagian) {
      b.sementara?.tutup();
      b.sementara = null;
      b.potongan = [];
    }
  }
}

/**
 * `n` bytes (default: to fill `buf` from `at`) of a part's temporary file from `pos`,
 * into `buf` at `at`; returns `n`.
 */
function bacaSementara(
  b: Bagian,
  pos: number,
  buf: Buffer,
  at: number,
  n = buf.length - at,
): number {
  for (let got = 0; got < n;) {
    const k = readSync(b.sementara!.fd, buf, at + got, Math.min(n - got, 1 << 30), pos + got);
    if (k <= 0) throw new Error(`zip: berkas sementara terpotong (${b.nama.toString()})`);
    got += k;
  }
  return n;
}

/** DOS time of 1980-01-01 00:00: the parts carry no clock time (reproducible bytes). */
const WAKTU = 0;
const TANGGAL = 0x21;

function kepalaLokal(b: Bagian, z64: boolean): Buffer {
  const extra = z64 ? 20 : 0;
  const h = Buffer.alloc(30 + b.nama.length + extra);
  h.writeUInt32LE(0x04034b50, 0);
  h.writeUInt16LE(z64 ? 45 : 20, 4);
  h.writeUInt16LE(0x0800, 6); // UTF-8 names
  h.writeUInt16LE(8, 8); // deflate
  h.writeUInt16LE(WAKTU, 10);
  h.writeUInt16LE(TANGGAL, 12);
  h.writeUInt32LE(b.crc >>> 0, 14);
  h.writeUInt32LE(z64 ? U32 : b.padat, 18);
  h.writeUInt32LE(z64 ? U32 : b.ukuran, 22);
  h.writeUInt16LE(b.nama.length, 26);
  h.writeUInt16LE(extra, 28);
  b.nama.copy(h, 30);
  if (z64) {
    const o = 30 + b.nama.length;
    h.writeUInt16LE(0x0001, o);
    h.writeUInt16LE(16, o + 2);
    h.writeBigUInt64LE(BigInt(b.ukuran), o + 4);
    h.writeBigUInt64LE(BigInt(b.padat), o + 12);
  }
  return h;
}

function kepalaPusat(b: Bagian, offset: number, z64: boolean): Buffer {
  const extra = z64 ? 28 : 0;
  const h = Buffer.alloc(46 + b.nama.length + extra);
  h.writeUInt32LE(0x02014b50, 0);
  h.writeUInt16LE(z64 ? 45 : 20, 4);
  h.writeUInt16LE(z64 ? 45 : 20, 6);
  h.writeUInt16LE(0x0800, 8);
  h.writeUInt16LE(8, 10);
  h.writeUInt16LE(WAKTU, 12);
  h.writeUInt16LE(TANGGAL, 14);
  h.writeUInt32LE(b.crc >>> 0, 16);
  h.writeUInt32LE(z64 ? U32 : b.padat, 20);
  h.writeUInt32LE(z64 ? U32 : b.ukuran, 24);
  h.writeUInt16LE(b.nama.length, 28);
  h.writeUInt16LE(extra, 30);
  h.writeUInt32LE(z64 ? U32 : offset, 42);
  b.nama.copy(h, 46);
  if (z64) {
    const o = 46 + b.nama.length;
    h.writeUInt16LE(0x0001, o);
    h.writeUInt16LE(24, o + 2);
    h.writeBigUInt64LE(BigInt(b.ukuran), o + 4);
    h.writeBigUInt64LE(BigInt(b.padat), o + 12);
    h.writeBigUInt64LE(BigInt(offset), o + 20);
  }
  return h;
}
