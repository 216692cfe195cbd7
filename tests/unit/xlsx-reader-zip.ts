/**
 * Test helper: a tiny zip writer (stored or deflated) and a hand-made .xlsx builder,
 * so fixtures are small XML written in the test rather than committed binaries.
 */
import zlib from 'node:zlib';

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export interface ZipPart {
  name: string;
  data: string | Uint8Array;
  /** Lie about the uncompressed size in the central directory (zip-bomb fixture). */
  declaredSize?: number;
}

/** Zip parts (deflated). */
export function zip(parts: readonly ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = Buffer.from(p.data);
    const comp = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data);
    const name = Buffer.from(p.name);
    const size = p.declaredSize ?? data.length;
    const local = Buffer.concat([
      u32(0x04034b50),
      u16(20),
      u16(0x0800),
      u16(8),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(comp.length),
      u32(size),
      u16(name.length),
      u16(0),
      name,
      comp,
    ]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        u16(20),
        u16(0x0800),
        u16(8),
        u16(0),
        u16(0x21),
        u32(crc),
        u32(comp.length),
        u32(size),
        u16(name.length),
        u16(0),
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const cd = Buffer.concat(central);
  return new Uint8Array(
    Buffer.concat([
      ...locals,
      cd,
      u32(0x06054b50),
      u16(0),
      u16(0),
      u16(parts.length),
      u16(parts.length),
      u32(cd.length),
      u32(offset),
      u16(0),
    ]),
  );
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface HandSheet {
  name: string;
  /** The inside of <sheetData>. */
  rows: string;
  state?: 'hidden' | 'veryHidden';
  /** After </sheetData> (mergeCells, hyperlinks…). */
  tail?: string;
}

/**
 * A workbook from hand-written sheet XML. Styles: s="1" is a date (dd/mm/yyyy), s="2" text '@',
 * s="3" a built-in date (numFmt 14).
 */
export function handXlsx(
  sheets: readonly HandSheet[],
  sst: readonly string[] = [],
  opts: { date1904?: boolean; prefix?: string } = {},
): Uint8Array {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0"?><workbook ${NS}>${opts.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map(
          (s, i) =>
            `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"${s.state ? ` state="${s.state}"` : ''}/>`,
        )
        .join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId91" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    {
      name: 'xl/styles.xml',
      data: `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="49"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
    },
    {
      name: 'xl/sharedStrings.xml',
      data: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${sst.map((s) => `<si>${s.startsWith('<') ? s : `<t>${s}</t>`}</si>`).join('')}</sst>`,
    },
  ];
  const p = opts.prefix;
  sheets.forEach((s, i) => {
    let xml = `<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.rows}</sheetData>${s.tail ?? ''}</worksheet>`;
    if (p)
      xml = xml
        .replace(/<(\/?)(?!\?)/g, `<$1${p}:`)
        .replace(`<${p}:worksheet xmlns=`, `<${p}:worksheet xmlns:${p}=`);
    parts.push({ name: `xl/worksheets/s${i + 1}.xml`, data: xml });
  });
  return zip(parts);
}

/** An inline-string cell. */
export const is = (ref: string, text: string) =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
/** A row of inline-string cells starting at column A. */
export function textRow(r: number, values: readonly (string | null)[]): string {
  return `<row r="${r}">${values.map((v, i) => (v === null ? '' : is(`${String.fromCharCode(65 + i)}${r}`, v))).join('')}</row>`;
}
