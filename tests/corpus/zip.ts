/**
 * A tiny zip writer for the hostile corpus: we need archives no library would
 * write — a central directory that lies about sizes, a deflate stream that
 * inflates to a gigabyte from a few hundred kilobytes, a sheet of a million
 * rows generated chunk by chunk. Only what .xlsx readers need: deflate or
 * store, no zip64, no data descriptors.
 */
import zlib from 'node:zlib';

export interface ZipPart {
  name: string;
  /** Compressed bytes (raw deflate) or the stored bytes. */
  raw: Buffer;
  method: 0 | 8;
  crc: number;
  /** Uncompressed size written in both headers (may lie on purpose). */
  size: number;
}

export function deflatePart(name: string, data: string | Buffer): ZipPart {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    name,
    raw: zlib.deflateRawSync(buf),
    method: 8,
    crc: zlib.crc32(buf),
    size: buf.length,
  };
}

/**
 * A deflate stream of `repeat` copies of `chunk`, built from one compressed copy:
 * each copy is a non-final, byte-aligned block sequence (Z_SYNC_FLUSH), so the
 * copies can be concatenated and closed with an empty final block.
 */
export function repeatedPart(name: string, chunk: Buffer, repeat: number): ZipPart {
  const block = zlib.deflateRawSync(chunk, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const end = Buffer.from([0x03, 0x00]);
  const raw = Buffer.concat([...Array.from({ length: repeat }, () => block), end]);
  let crc = 0;
  for (let i = 0; i < repeat; i++) crc = zlib.crc32(chunk, crc);
  return { name, raw, method: 8, crc, size: chunk.length * repeat };
}

/** Deflate a generator of text chunks without holding the uncompressed text. */
export function streamedPart(name: string, chunks: Iterable<string>): ZipPart {
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  // Each chunk becomes an independent run of non-final blocks (sync flush, byte aligned, no
  // back-references across chunks); an empty final block closes the stream.
  for (const s of chunks) {
    const b = Buffer.from(s, 'utf8');
    crc = zlib.crc32(b, crc);
    size += b.length;
    out.push(zlib.deflateRawSync(b, { level: 1, finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  }
  out.push(Buffer.from([0x03, 0x00]));
  return { name, raw: Buffer.concat(out), method: 8, crc, size };
}

export function buildZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lh.writeUInt16LE(p.method, 8);
    lh.writeUInt32LE(0, 10);
    lh.writeUInt32LE(p.crc >>> 0, 14);
    lh.writeUInt32LE(p.raw.length, 18);
    lh.writeUInt32LE(p.size >>> 0, 22);
    lh.writeUInt16LE(name.length, 26);
    lh.writeUInt16LE(0, 28);
    locals.push(lh, name, p.raw);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x0800, 8);
    ch.writeUInt16LE(p.method, 10);
    ch.writeUInt32LE(0, 12);
    ch.writeUInt32LE(p.crc >>> 0, 16);
    ch.writeUInt32LE(p.raw.length, 20);
    ch.writeUInt32LE(p.size >>> 0, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    central.push(ch, name);
    offset += 30 + name.length + p.raw.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** The smallest parts of a workbook around the given sheet XML parts. */
export function workbookParts(sheets: readonly ZipPart[], names?: string[]): ZipPart[] {
  const ct =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheets
      .map(
        (_s, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      )
      .join('') +
    '</Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
    '</Relationships>';
  const wb =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets
      .map(
        (_s, i) =>
          `<sheet name="${names?.[i] ?? `Sheet${i + 1}`}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  const wbRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map(
        (_s, i) =>
          `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join('') +
    '</Relationships>';
  return [
    deflatePart('[Content_Types].xml', ct),
    deflatePart('_rels/.rels', rels),
    deflatePart('xl/workbook.xml', wb),
    deflatePart('xl/_rels/workbook.xml.rels', wbRels),
    ...sheets.map((s, i) => ({ ...s, name: `xl/worksheets/sheet${i + 1}.xml` })),
  ];
}

export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';
