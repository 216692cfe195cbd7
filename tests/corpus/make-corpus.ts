/**
 * The bad-input corpus (issue 9): every kind of file an administrator's computer
 * may hand to `lembaga`. Small text cases are committed under tests/corpus/yaml
 * and tests/corpus/tabel; binary and large cases are generated here, at test
 * time, into a temporary folder (or tests/corpus/generated/, gitignored).
 *
 * Each case has a role that says where it goes in a lembaga folder:
 * - 'lembaga': replaces lembaga.yaml;
 * - 'register': dropped into register/ beside a good lembaga.yaml;
 * - 'kredit': dropped into kredit/ (angka-kredit);
 * - 'tabel': a legacy table handed to `impor` (and also dropped into register/).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import type * as ExcelJSNs from 'exceljs';
import {
  SHEET_HEAD,
  SHEET_TAIL,
  buildZip,
  deflatePart,
  repeatedPart,
  streamedPart,
  workbookParts,
} from './zip.js';

export const CORPUS_DIR = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(CORPUS_DIR, '../..');
export const EXAMPLE = path.join(ROOT, 'examples', 'lks-harapan-bunda');

export type Role = 'lembaga' | 'register' | 'kredit' | 'tabel';

export interface CorpusCase {
  id: string;
  role: Role;
  /** File name as the user would have it (spaces, Indonesian letters on purpose). */
  file: string;
  /** Absolute path of the generated or committed bytes. */
  source: string;
  what: string;
  /** Needs a bounded heap (zip bombs, the big sheet). */
  heavy?: boolean;
}

async function excel(): Promise<typeof ExcelJSNs> {
  const mod = (await import('exceljs')) as unknown as { default: typeof ExcelJSNs };
  return mod.default;
}

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A fake .xls: the OLE2 compound-file magic followed by junk sectors. */
function fakeXls(): Buffer {
  const b = Buffer.alloc(4096, 0);
  OLE_MAGIC.copy(b, 0);
  b.writeUInt16LE(0x003e, 24);
  b.writeUInt16LE(0x0003, 26);
  b.writeUInt16LE(0xfffe, 28);
  return b;
}

/** A minimal OpenDocument spreadsheet: mimetype stored first, as LibreOffice writes it. */
function fakeOds(): Buffer {
  const mimetype = Buffer.from('application/vnd.oasis.opendocument.spreadsheet');
  return buildZip([
    {
      name: 'mimetype',
      raw: mimetype,
      method: 0,
      crc: zlib.crc32(mimetype),
      size: mimetype.length,
    },
    deflatePart(
      'content.xml',
      '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body></office:document-content>',
    ),
    deflatePart(
      'META-INF/manifest.xml',
      '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
    ),
  ]);
}

/** A zip whose sheet inflates to `gib` GiB of spaces (declared honestly in the directory). */
function zipBomb(megabytes: number): Buffer {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const sheet = repeatedPart('sheet', chunk, megabytes);
  return buildZip(workbookParts([sheet]));
}

/** A zip that declares a tiny sheet but whose deflate stream inflates to `megabytes`. */
function lyingZipBomb(megabytes: number): Buffer {
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  const sheet = repeatedPart('sheet', chunk, megabytes);
  return buildZip(workbookParts([{ ...sheet, size: 1000 }]));
}

/** A workbook of `rows` rows with three small columns, deflated chunk by chunk. */
export function bigSheet(rows: number): Buffer {
  function* chunks(): Generator<string> {
    yield SHEET_HEAD;
    yield '<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Nama Klien</t></is></c><c r="C1" t="inlineStr"><is><t>Tgl Masuk</t></is></c></row>';
    let buf = '';
    for (let r = 2; r <= rows; r++) {
      buf += `<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c><c r="B${r}" t="inlineStr"><is><t>K${r}</t></is></c><c r="C${r}"><v>45${r % 1000}</v></c></row>`;
      if (buf.length > 256 * 1024) {
        yield buf;
        buf = '';
      }
    }
    yield buf + SHEET_TAIL;
  }
  return buildZip(workbookParts([streamedPart('sheet', chunks())], ['Register Lama']));
}

/** A legacy register with every cell type exceljs knows of that a reader may trip on. */
async function nastyLegacyWorkbook(kind: string): Promise<Buffer> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  if (kind === 'tersembunyi') {
    const h = wb.addWorksheet('Rahasia', { state: 'veryHidden' });
    h.addRow(['Nama', 'NIK']);
    h.addRow(['Tersembunyi', '3273064905120002']);
    const h2 = wb.addWorksheet('Arsip', { state: 'hidden' });
    h2.addRow(['x']);
  }
  const ws = wb.addWorksheet('Register Klien');
  if (kind === 'gabung-judul') {
    ws.addRow(['REGISTER KLIEN LKS HARAPAN BUNDA']);
    ws.mergeCells('A1:F1');
    ws.addRow(['No', 'Identitas', '', 'Tanggal', '', 'Layanan']);
    ws.mergeCells('B2:C2');
    ws.mergeCells('D2:E2');
    ws.addRow(['', 'Nama', 'NIK', 'Masuk', 'Keluar', '']);
    ws.mergeCells('A2:A3');
    ws.mergeCells('F2:F3');
  } else {
    ws.addRow(['No', 'Nama Klien', 'NIK', 'Tgl Masuk', 'Layanan', 'Keterangan']);
  }
  const rows: unknown[][] = [
    [1, 'Nur Aisyah', '3273064905120002', new Date(Date.UTC(2024, 0, 5)), 'rehabilitasi', 'ok'],
    [
      { formula: 'A2+1' },
      { formula: 'CONCATENATE("Bud","i")' },
      { formula: 'REPT("9",16)' },
      { formula: 'TODAY()' },
      'perlindungan',
      { formula: 'HYPERLINK("http://contoh.invalid","klik")' },
    ],
    [
      3,
      { richText: [{ text: 'Dewi ', font: { bold: true } }, { text: 'Lestari' }] },
      // eslint-disable-next-line no-loss-of-precision -- on purpose: a Papua NIK typed as a number
      9171012345678901,
      { error: '#VALUE!' },
      { error: '#N/A' },
      { text: 'berkas', hyperlink: 'file:///C:/data/klien.docx' },
    ],
    [4, '=cmd|"/c calc"!A1', '+62 812', '@SUM(1)', '-2+3', '\tTab'],
    [5, '\u0000\u0007kontrol\u202Ebidi', '00123', '31/02/2024', 'tidak-ada', 'x'.repeat(32000)],
    ['TOTAL', '', '', '', '', { formula: 'COUNTA(B2:B6)' }],
  ];
  for (const r of rows) ws.addRow(r);
  if (kind === 'gabung-judul') ws.mergeCells('B5:C5');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The example's canonical register workbook with hostile cells written into its data rows. */
async function nastyCanonicalRegister(): Promise<Buffer> {
  const ExcelJS = await excel();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLE, 'register', 'register-2025.xlsx'));
  const ws = wb.worksheets[0]!;
  const r2 = ws.getRow(2);
  r2.getCell(1).value = { formula: 'A3&"x"' } as ExcelJSNs.CellValue;
  r2.getCell(2).value = { error: '#REF!' } as ExcelJSNs.CellValue;
  r2.getCell(5).value = {
    richText: [{ text: 'Nama ' }, { text: 'Tebal', font: { bold: true } }],
  } as ExcelJSNs.CellValue;
  // eslint-disable-next-line no-loss-of-precision -- on purpose: a Papua NIK typed as a number
  r2.getCell(6).value = 9171012345678901;
  r2.getCell(7).value = { text: 'tautan', hyperlink: 'http://contoh.invalid' };
  const r3 = ws.getRow(3);
  r3.getCell(7).value = { formula: 'TODAY()' } as ExcelJSNs.CellValue;
  r3.getCell(6).value = { error: '#N/A' } as ExcelJSNs.CellValue;
  ws.mergeCells('A1:C1');
  wb.worksheets[1]!.state = 'veryHidden';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook with no sheet at all and one whose workbook.xml is broken XML. */
function emptyWorkbook(): Buffer {
  return buildZip(workbookParts([]));
}
function brokenXmlWorkbook(): Buffer {
  const sheet = deflatePart('sheet', SHEET_HEAD + '<row r="1"><c r="A1"><v>1</v></c>' + '<<<&');
  return buildZip(workbookParts([sheet]));
}

export interface MakeOptions {
  /** Include the zip bombs (needs ~1 s and a bounded child heap). Default true. */
  bombs?: boolean;
  /** Rows of the big sheet; 0 leaves it out. */
  bigRows?: number;
}

/** Write every generated case into `dir` and return the whole corpus (committed + generated). */
export async function makeCorpus(dir: string, opts: MakeOptions = {}): Promise<CorpusCase[]> {
  mkdirSync(dir, { recursive: true });
  const cases: CorpusCase[] = [];
  const add = (c: Omit<CorpusCase, 'source'>, data: Buffer | string) => {
    const source = path.join(dir, c.id + path.extname(c.file));
    writeFileSync(source, data);
    cases.push({ ...c, source });
  };
  const committed = (role: Role, sub: string) => {
    const d = path.join(CORPUS_DIR, sub);
    for (const f of readdirSync(d).sort()) {
      const id = `${sub}-${f.replace(/\.[^.]+$/, '')}`;
      // Committed files are copied under the name the case gives them (role decides).
      const source = path.join(dir, id + path.extname(f));
      copyFileSync(path.join(d, f), source);
      cases.push({ id, role, file: f, source, what: `${sub}/${f}` });
    }
  };

  // --- YAML (committed, small, readable) ---
  committed('lembaga', 'yaml');
  // Binary and encoding variants are generated.
  add(
    { id: 'yaml-biner', role: 'lembaga', file: 'lembaga.yaml', what: 'binary bytes named .yaml' },
    Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)),
  );
  add(
    { id: 'yaml-utf16-rusak', role: 'lembaga', file: 'lembaga.yaml', what: 'UTF-16LE, broken' },
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('lembaga: [\n  nama: "x\n', 'utf16le')]),
  );
  add(
    { id: 'yaml-kosong-0', role: 'lembaga', file: 'lembaga.yaml', what: 'zero bytes' },
    Buffer.alloc(0),
  );
  add(
    { id: 'yaml-bersarang', role: 'lembaga', file: 'lembaga.yaml', what: '20 000 nested lists' },
    'lembaga: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n',
  );
  add(
    {
      id: 'yaml-win1252',
      role: 'lembaga',
      file: 'lembaga.yaml',
      what: 'Windows-1252 bytes (not UTF-8)',
    },
    iconv.encode('lembaga:\n  nama: "Panti Sosial Bina Remaja \u00e9\u00e8\u00ff"\n', 'win1252'),
  );
  // Registers in YAML: the same broken files seen as a register.
  for (const f of ['rusak.yaml', 'alias-bom.yaml', 'kunci-ganda.yaml', 'yaml11.yaml']) {
    const d = path.join(CORPUS_DIR, 'yaml', f);
    const id = `register-${f.replace(/\.yaml$/, '')}`;
    const source = path.join(dir, id + '.yaml');
    copyFileSync(d, source);
    cases.push({
      id,
      role: 'register',
      file: `register ${f}`,
      source,
      what: `yaml/${f} as a register`,
    });
  }
  committed('register', 'register');
  committed('kredit', 'kredit');

  // --- Workbooks that are not workbooks ---
  add(
    { id: 'xls-ole', role: 'tabel', file: 'Register Lama.xls', what: '.xls (OLE2 magic)' },
    fakeXls(),
  );
  add(
    { id: 'xls-as-xlsx', role: 'tabel', file: 'Register 2019.xlsx', what: '.xls named .xlsx' },
    fakeXls(),
  );
  add({ id: 'ods', role: 'tabel', file: 'Register LibreOffice.ods', what: '.ods' }, fakeOds());
  add(
    { id: 'ods-as-xlsx', role: 'tabel', file: 'Register WPS.xlsx', what: '.ods named .xlsx' },
    fakeOds(),
  );
  add(
    { id: 'csv-as-xlsx', role: 'tabel', file: 'Register CSV.xlsx', what: 'CSV text named .xlsx' },
    'No;Nama Klien;NIK\n1;Nur Aisyah;3273064905120002\n',
  );
  add(
    { id: 'html-as-xls', role: 'tabel', file: 'Ekspor SIKS.xls', what: 'HTML table named .xls' },
    '<html><body><table><tr><td>No</td><td>Nama</td></tr></table></body></html>',
  );
  add(
    { id: 'xlsx-0', role: 'tabel', file: 'Kosong.xlsx', what: 'empty .xlsx (0 bytes)' },
    Buffer.alloc(0),
  );
  add(
    {
      id: 'xlsx-tanpa-lembar',
      role: 'tabel',
      file: 'Tanpa Lembar.xlsx',
      what: 'zip with no sheet',
    },
    emptyWorkbook(),
  );
  add(
    { id: 'xlsx-xml-rusak', role: 'tabel', file: 'XML Rusak.xlsx', what: 'sheet XML broken' },
    brokenXmlWorkbook(),
  );
  const good = readFileSync(path.join(EXAMPLE, 'register', 'register-2025.xlsx'));
  add(
    { id: 'xlsx-terpotong', role: 'tabel', file: 'Terpotong.xlsx', what: 'truncated download' },
    good.subarray(0, Math.floor(good.length / 2)),
  );
  add(
    { id: 'xlsx-pk-sampah', role: 'tabel', file: 'Sampah.xlsx', what: 'PK magic then junk' },
    Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(3000, 0xa5)]),
  );

  // --- Workbooks with every cell type ---
  add(
    {
      id: 'xlsx-sel-aneh',
      role: 'tabel',
      file: 'Register Lama 2023.xlsx',
      what: 'formulas without cached values, error cells, rich text, hyperlinks, injection text, control chars, a totals row',
    },
    await nastyLegacyWorkbook('sel'),
  );
  add(
    {
      id: 'xlsx-judul-gabung',
      role: 'tabel',
      file: 'Register Judul Gabung.xlsx',
      what: 'merged cells across a two-row header',
    },
    await nastyLegacyWorkbook('gabung-judul'),
  );
  add(
    {
      id: 'xlsx-lembar-tersembunyi',
      role: 'tabel',
      file: 'Register Tersembunyi.xlsx',
      what: 'hidden and very hidden sheets',
    },
    await nastyLegacyWorkbook('tersembunyi'),
  );
  add(
    {
      id: 'register-xlsx-aneh',
      role: 'register',
      file: 'register-2025.xlsx',
      what: 'canonical register with formulas, errors, rich text, NIK as number, merged header, very hidden sheet',
    },
    await nastyCanonicalRegister(),
  );

  // --- CSV ---
  committed('tabel', 'tabel');
  add(
    {
      id: 'csv-win1252',
      role: 'tabel',
      file: 'register lama (Windows).csv',
      what: 'CSV in Windows-1252 with ; and accented names',
    },
    iconv.encode(
      'No;Nama Klien;NIK;Tgl Masuk;Layanan\r\n1;Andr\u00e9 Fran\u00e7ois;3273064905120002;05/01/2024;rehabilitasi\r\n2;=HYPERLINK("http://x");+62;@x;-1\r\n',
      'win1252',
    ),
  );
  add(
    {
      id: 'csv-utf16le',
      role: 'tabel',
      file: 'register UTF-16.csv',
      what: 'CSV in UTF-16LE with BOM, tab-separated (Excel "Unicode text")',
    },
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode(
        'No\tNama Klien\tNIK\tTgl Masuk\r\n1\tSiti \u00c2minah\t3273064905120002\t2024-01-05\r\n2\t\u0000\t\t\r\n',
        'utf16le',
      ),
    ]),
  );
  add(
    {
      id: 'csv-utf16be',
      role: 'tabel',
      file: 'register UTF-16BE.csv',
      what: 'CSV in UTF-16BE with BOM',
    },
    Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      iconv.encode('No,Nama Klien,NIK\n1,Budi,9171012345678901\n', 'utf16be'),
    ]),
  );
  add(
    { id: 'csv-biner', role: 'tabel', file: 'data.csv', what: 'binary bytes named .csv' },
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)),
  );

  // --- Bombs and size ---
  if (opts.bombs !== false) {
    add(
      {
        id: 'zip-bom',
        role: 'tabel',
        file: 'Register Bom.xlsx',
        what: 'zip bomb: sheet declared and inflating to 1 GiB (~1 MB on disk)',
        heavy: true,
      },
      zipBomb(1024),
    );
    add(
      {
        id: 'zip-bom-bohong',
        role: 'tabel',
        file: 'Register Bohong.xlsx',
        what: 'zip bomb whose directory declares 1 000 bytes for a sheet inflating to 600 MiB',
        heavy: true,
      },
      lyingZipBomb(600),
    );
  }
  if (opts.bigRows && opts.bigRows > 0) {
    add(
      {
        id: `xlsx-${opts.bigRows}-baris`,
        role: 'tabel',
        file: `Register ${opts.bigRows} baris.xlsx`,
        what: `a sheet of ${opts.bigRows} rows`,
        heavy: true,
      },
      bigSheet(opts.bigRows),
    );
  }
  return cases;
}
