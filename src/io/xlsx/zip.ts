/**
 * The zip layer of our streaming .xlsx reader: yauzl with lazy entries, sizes
 * validated against what the central directory declares (yauzl's
 * `validateEntrySizes`), so the declared total is a trustworthy bound for the
 * zip-bomb check. Errors are values (`XlsxError`), never thrown past this module.
 */
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { XlsxError } from './errors.js';

export interface ZipArchive {
  entries: Map<string, Entry>;
  /** Sum of the declared uncompressed sizes. */
  totalUncompressed: number;
  /**
   * Stream one entry's inflated bytes to `onChunk`; `onChunk` returning false stops early, and
   * a promise pauses the entry until it settles (several entries read in step, issue 16).
   */
  stream(name: string, onChunk: OnChunk): Promise<void>;
  close(): void;
}

/** What a chunk reader answers: go on, stop (false), or wait for the promise. */
export type OnChunk = (chunk: Buffer) => boolean | void | Promise<boolean | void>;

export interface ZipLimits {
  maxUncompressedBytes: number;
  maxEntries: number;
}

function openZip(source: string | Uint8Array): Promise<ZipFile> {
  const opts = {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true,
    strictFileNames: false,
    decodeStrings: true,
  };
  return new Promise((resolve, reject) => {
    const cb = (err: Error | null, zip: ZipFile) =>
      err ? reject(new XlsxError('rusak', { pesan: err.message })) : resolve(zip);
    try {
      if (typeof source === 'string') yauzl.open(source, opts, cb);
      else
        yauzl.fromBuffer(
          Buffer.from(source.buffer, source.byteOffset, source.byteLength),
          opts,
          cb,
        );
    } catch (e) {
      reject(new XlsxError('rusak', { pesan: (e as Error).message }));
    }
  });
}

/** Open a zip and read its central directory (names and sizes only). */
export async function openArchive(
  source: string | Uint8Array,
  limits: ZipLimits,
): Promise<ZipArchive> {
  const zip = await openZip(source);
  const { entries, total } = await readDirectory(zip, limits);
  if (total > limits.maxUncompressedBytes) {
    zip.close();
    throw new XlsxError('terlaluBesar', {
      ukuran: Math.round(total / 1048576),
      batas: Math.round(limits.maxUncompressedBytes / 1048576),
    });
  }
  return {
    entries,
    totalUncompressed: total,
    close: () => zip.close(),
    stream(name, onChunk) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return Promise.reject(new XlsxError('bagianHilang', { bagian: name }));
      return streamEntry(zip, entry, name, onChunk);
    },
  };
}

/** Every entry of the central directory, by lower-cased name, and their declared total size; closes the zip on error. */
async function readDirectory(
  zip: ZipFile,
  limits: ZipLimits,
): Promise<{ entries: Map<string, Entry>; total: number }> {
  const entries = new Map<string, Entry>();
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', (e: Error) => reject(new XlsxError('rusak', { pesan: e.message })));
      zip.on('entry', (entry: Entry) => {
        if (entries.size >= limits.maxEntries) {
          reject(new XlsxError('terlaluBanyakBagian', { batas: limits.maxEntries }));
          return;
        }
        total += entry.uncompressedSize;
        // Names are case-sensitive in OPC, but some writers vary case: index lower-case.
        entries.set(entry.fileName.replace(/^\/+/, '').toLowerCase(), entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    throw e;
  }
  return { entries, total };
}

/** One entry's inflated bytes to `onChunk`, never past its declared size; `onChunk` returning false stops early. */
function streamEntry(zip: ZipFile, entry: Entry, name: string, onChunk: OnChunk): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    // Raw bytes, inflated here with large chunks: yauzl's default 16 KB inflate chunks left the
    // main thread idle waiting on the thread pool (a third of the read time on 100 000 cases).
    const raw = entry.compressionMethod === 8;
    zip.openReadStream(entry, raw ? { decompress: false } : {}, (err, src) => {
      if (err || !src) {
        reject(new XlsxError('rusak', { pesan: err?.message ?? name }));
        return;
      }
      const rs = raw ? src.pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024 })) : src;
      if (raw) src.on('error', (e: Error) => rs.destroy(e));
      let inflated = 0;
      let done = false;
      const finish = (e?: unknown) => {
        if (done) return;
        done = true;
        if (e)
          reject(
            e instanceof XlsxError ? e : new XlsxError('rusak', { pesan: (e as Error).message }),
          );
        else resolve();
      };
      // Not destroyed: a yauzl stream destroyed while another entry's read waits in the same
      // file's queue crashes that read (fd-slicer). The rest is read and thrown away instead.
      const stop = (e?: unknown) => {
        finish(e);
        if (raw) {
          src.unpipe(rs as unknown as NodeJS.WritableStream);
          rs.destroy();
        }
        src.resume();
      };
      rs.on('data', (chunk: Buffer) => {
        if (done) return;
        inflated += chunk.length;
        // The declared size is what the zip-bomb check trusted: never inflate past it.
        if (inflated > entry.uncompressedSize) {
          stop(
            new XlsxError('rusak', {
              pesan: `${name}: ukuran sebenarnya melebihi ukuran yang tercatat`,
            }),
          );
          return;
        }
        let more: boolean | void | Promise<boolean | void>;
        try {
          more = onChunk(chunk);
        } catch (e) {
          stop(e);
          return;
        }
        if (more === false) stop();
        else if (more instanceof Promise) {
          rs.pause();
          more.then(
            (m) => (m === false ? stop() : done || rs.resume()),
            (e: unknown) => stop(e),
          );
        }
      });
      rs.on('error', (e: Error) => finish(e));
      rs.on('end', () => finish());
      rs.on('close', () => finish());
    });
  });
}
