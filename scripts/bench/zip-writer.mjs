// A minimal streaming zip writer for the bench's synthetic workbooks: each part is
// deflated as it is produced (only compressed bytes are kept), then written with a
// central directory. Enough for .xlsx (no zip64: parts stay below 4 GB).
import { createWriteStream } from 'node:fs';
import zlib from 'node:zlib';

const u16 = (n) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export class ZipWriter {
  constructor(path) {
    this.out = createWriteStream(path);
    this.offset = 0;
    this.central = [];
  }

  /** Add a part from an (async) iterable of strings. */
  async add(name, source) {
    const deflate = zlib.createDeflateRaw({ level: 6 });
    const compressed = [];
    let crc = 0;
    let size = 0;
    let csize = 0;
    deflate.on('data', (c) => {
      compressed.push(c);
      csize += c.length;
    });
    const ended = new Promise((res, rej) => {
      deflate.on('end', res);
      deflate.on('error', rej);
    });
    const feed = async () => {
      let pending = [];
      let pendingLen = 0;
      const flush = async () => {
        if (!pendingLen) return;
        const buf = Buffer.from(pending.join(''), 'utf8');
        pending = [];
        pendingLen = 0;
        crc = zlib.crc32(buf, crc);
        size += buf.length;
        if (!deflate.write(buf)) await new Promise((r) => deflate.once('drain', r));
      };
      for await (const s of typeof source === 'string' ? [source] : source) {
        pending.push(s);
        pendingLen += s.length;
        if (pendingLen > 1 << 20) await flush();
      }
      await flush();
      deflate.end();
    };
    await Promise.all([feed(), ended]);
    const nameBuf = Buffer.from(name, 'utf8');
    const header = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(0x0800),
      u16(8),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(csize),
      u32(size),
      u16(nameBuf.length),
      u16(0),
      nameBuf,
    ]);
    this.central.push({ nameBuf, crc, csize, size, offset: this.offset });
    await this.write(header);
    for (const c of compressed) await this.write(c);
  }

  write(buf) {
    this.offset += buf.length;
    return new Promise((res) => {
      if (this.out.write(buf)) res();
      else this.out.once('drain', res);
    });
  }

  async close() {
    const start = this.offset;
    for (const e of this.central) {
      await this.write(
        Buffer.concat([
          u32(0x02014b50),
          u16(20),
          u16(20),
          u16(0x0800),
          u16(8),
          u16(0),
          u16(0x21),
          u32(e.crc),
          u32(e.csize),
          u32(e.size),
          u16(e.nameBuf.length),
          u16(0),
          u16(0),
          u16(0),
          u16(0),
          u32(0),
          u32(e.offset),
          e.nameBuf,
        ]),
      );
    }
    const size = this.offset - start;
    await this.write(
      Buffer.concat([
        u32(0x06054b50),
        u16(0),
        u16(0),
        u16(this.central.length),
        u16(this.central.length),
        u32(size),
        u32(start),
        u16(0),
      ]),
    );
    await new Promise((res) => this.out.end(res));
  }
}
