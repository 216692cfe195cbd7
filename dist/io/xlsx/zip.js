/**
 * The zip layer of our streaming .xlsx reader: yauzl with lazy entries, sizes
 * validated against what the central directory declares (yauzl's
 * `validateEntrySizes`), so the declared total is a trustworthy bound for the
 * zip-bomb check. Errors are values (`XlsxError`), never thrown past this module.
 */
import zlib from 'node:zlib';
import yauzl from 'yauzl';
import { XlsxError } from './errors.js';
function openZip(source) {
    const opts = {
        lazyEntries: true,
        autoClose: false,
        validateEntrySizes: true,
        strictFileNames: false,
        decodeStrings: true,
    };
    return new Promise((resolve, reject) => {
        const cb = (err, zip) => err ? reject(new XlsxError('rusak', { pesan: err.message })) : resolve(zip);
        try {
            if (typeof source === 'string')
                yauzl.open(source, opts, cb);
            else
                yauzl.fromBuffer(Buffer.from(source.buffer, source.byteOffset, source.byteLength), opts, cb);
        }
        catch (e) {
            reject(new XlsxError('rusak', { pesan: e.message }));
        }
    });
}
/** Open a zip and read its central directory (names and sizes only). */
export async function openArchive(source, limits) {
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
            if (!entry)
                return Promise.reject(new XlsxError('bagianHilang', { bagian: name }));
            return streamEntry(zip, entry, name, onChunk);
        },
    };
}
/** Every entry of the central directory, by lower-cased name, and their declared total size; closes the zip on error. */
async function readDirectory(zip, limits) {
    const entries = new Map();
    let total = 0;
    try {
        await new Promise((resolve, reject) => {
            zip.on('error', (e) => reject(new XlsxError('rusak', { pesan: e.message })));
            zip.on('entry', (entry) => {
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
    }
    catch (e) {
        zip.close();
        throw e;
    }
    return { entries, total };
}
/** One entry's inflated bytes to `onChunk`, never past its declared size; `onChunk` returning false stops early. */
function streamEntry(zip, entry, name, onChunk) {
    return new Promise((resolve, reject) => {
        // Raw bytes, inflated here with large chunks: yauzl's default 16 KB inflate chunks left the
        // main thread idle waiting on the thread pool (a third of the read time on 100 000 cases).
        const raw = entry.compressionMethod === 8;
        zip.openReadStream(entry, raw ? { decompress: false } : {}, (err, src) => {
            if (err || !src) {
                reject(new XlsxError('rusak', { pesan: err?.message ?? name }));
                return;
            }
            const rs = raw ? src.pipe(zlib.createInflateRaw({ chunkSize: 256 * 1024 })) : src;
            if (raw)
                src.on('error', (e) => rs.destroy(e));
            let inflated = 0;
            let done = false;
            const finish = (e) => {
                if (done)
                    return;
                done = true;
                if (e)
                    reject(e instanceof XlsxError ? e : new XlsxError('rusak', { pesan: e.message }));
                else
                    resolve();
            };
            // Not destroyed: a yauzl stream destroyed while another entry's read waits in the same
            // file's queue crashes that read (fd-slicer). The rest is read and thrown away instead.
            const stop = (e) => {
                finish(e);
                if (raw) {
                    src.unpipe(rs);
                    rs.destroy();
                }
                src.resume();
            };
            rs.on('data', (chunk) => {
                if (done)
                    return;
                inflated += chunk.length;
                // The declared size is what the zip-bomb check trusted: never inflate past it.
                if (inflated > entry.uncompressedSize) {
                    stop(new XlsxError('rusak', {
                        pesan: `${name}: ukuran sebenarnya melebihi ukuran yang tercatat`,
                    }));
                    return;
                }
                let more;
                try {
                    more = onChunk(chunk);
                }
                catch (e) {
                    stop(e);
                    return;
                }
                if (more === false)
                    stop();
                else if (more instanceof Promise) {
                    rs.pause();
                    more.then((m) => (m === false ? stop() : done || rs.resume()), (e) => stop(e));
                }
            });
            rs.on('error', (e) => finish(e));
            rs.on('end', () => finish());
            rs.on('close', () => finish());
        });
    });
}
