/**
 * Our streaming .xlsx writer (src/io/xlsx/tulis.ts, zip-tulis.ts; issue 16): a valid zip
 * (every CRC and size right, read by yauzl, exceljs and our own reader), shared styles (the
 * style table does not grow with the rows), the sheet features the books use, and a part
 * larger than what is kept in memory (it goes through a temporary file).
 */
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { BukuKerja } from '../../src/io/xlsx/tulis.js';
import { ZipTulis } from '../../src/io/xlsx/zip-tulis.js';
import { openXlsx } from '../../src/io/xlsx/reader.js';

/** Every entry of a zip, inflated, its CRC checked against the central directory. */
function bukaZip(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const out = new Map<string, Buffer>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2 ?? new Error('stream'));
          const parts: Buffer[] = [];
          s.on('data', (c: Buffer) => parts.push(c));
          s.on('end', () => {
            const b = Buffer.concat(parts);
            const crc = (zlib as unknown as { crc32?: (b: Buffer) => number }).crc32;
            if (crc && crc(b) >>> 0 !== e.crc32) reject(new Error(`CRC ${e.fileName}`));
            out.set(e.fileName, b);
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

async function contoh(rows: number): Promise<Uint8Array> {
  const wb = new BukuKerja();
  const tgl = wb.gaya({
    numFmt: 'dd/mm/yyyy',
    border: 'tipis',
    alignment: { horizontal: 'center' },
  });
  const teks = wb.gaya({ numFmt: '@', font: { bold: true, size: 10 }, fill: 'FFD9E1F2' });
  const ws = wb.lembar('Data & <Uji>', {
    kolom: [{ lebar: 12, gaya: tgl }, { lebar: 30 }, { lebar: 8 }],
    beku: { y: 1 },
    cetak: { kertas: 14, judulBaris: '1:1', footer: '&LUji&RHalaman &P dari &N' },
  });
  ws.gabungSel(1, 1, 3, 'Judul', teks);
  for (let r = 2; r <= rows + 1; r++) {
    const p = ws.baris(
      r,
      [new Date(Date.UTC(2024, 0, r % 28 || 1)), ` teks ${r}\u0001 <&> `, r],
      [tgl, 0, 0],
      {
        tinggi: 18,
      },
    );
    if (p) await p;
  }
  ws.autoFilter(`A1:C${rows + 1}`);
  ws.pemisah(3);
  ws.tambahValidasi({
    sqref: 'C2:C9',
    rumus: '"ya,tidak"',
    ketat: true,
    judul: 'Pilih',
    pesan: 'ya/tidak',
  });
  const h = wb.lembar('Tersembunyi', { tersembunyi: true });
  await h.baris(1, ['x']);
  await wb.selesai();
  try {
    return wb.bytes();
  } finally {
    wb.buang();
  }
}

describe('penulis xlsx beraliran (issue 16)', () => {
  it('writes a valid zip that exceljs reads back cell by cell, with the books’ sheet features', async () => {
    const bytes = await contoh(40);
    const parts = await bukaZip(bytes);
    expect([...parts.keys()].sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(parts.get('xl/workbook.xml')!.toString()).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Data &amp; &lt;Uji&gt;'!$1:$1</definedName>`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Data & <Uji>')!;
    expect(ws.getCell('A1').value).toBe('Judul');
    expect(ws.getCell('A1').numFmt).toBe('@');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 10 });
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect((ws.getCell('A2').value as Date).toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(ws.getCell('A2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('A2').border?.top?.style).toBe('thin');
    // Spaces kept, a control character XML forbids dropped, markup escaped.
    expect(ws.getCell('B2').value).toBe(' teks 2 <&> ');
    expect(ws.getCell('C41').value).toBe(41);
    expect(ws.getRow(2).height).toBe(18);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ paperSize: 14, orientation: 'landscape', fitToWidth: 1 });
    expect(ws.headerFooter.oddFooter).toBe('&LUji&RHalaman &P dari &N');
    expect(ws.autoFilter).toBe('A1:C41');
    expect(ws.getCell('C5').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"ya,tidak"'],
    });
    expect(wb.getWorksheet('Tersembunyi')!.state).toBe('hidden');
  });

  it('our own reader reads it too', async () => {
    const bytes = await contoh(5);
    const book = await openXlsx(bytes);
    try {
      expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
        ['Data & <Uji>', 'visible'],
        ['Tersembunyi', 'hidden'],
      ]);
      const rows: unknown[] = [];
      await book.readRows(book.sheets[0]!, (r, cells) => {
        rows.push([r, cells.map((c) => ('value' in c.value ? c.value.value : null))]);
      });
      expect(rows[0]).toEqual([1, ['Judul']]);
      expect(rows[1]).toEqual([2, ['2024-01-02', ' teks 2 <&> ', 2]]);
      expect(rows).toHaveLength(6);
    } finally {
      book.close();
    }
  });

  it('names the sheets past the 1 048 576 rows Excel opens, and only those', async () => {
    const wb = new BukuKerja();
    try {
      const panjang = wb.lembar('Panjang');
      const pas = wb.lembar('Pas');
      await panjang.baris(1, ['a']);
      await panjang.baris(1_048_577, ['b']);
      await pas.baris(1_048_576, ['c']);
      await wb.selesai();
      expect(wb.lewatBatasExcel()).toEqual([{ nama: 'Panjang', baris: 1_048_577 }]);
    } finally {
      wb.buang();
    }
  });

  it('shares styles: styles.xml is the same for 3 rows and for 3 000', async () => {
    const kecil = await bukaZip(await contoh(3));
    const besar = await bukaZip(await contoh(3000));
    const styles = besar.get('xl/styles.xml')!.toString();
    expect(styles).toBe(kecil.get('xl/styles.xml')!.toString());
    expect(Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1])).toBeLessThanOrEqual(4);
  });

  it('a part larger than memory keeps goes through a temporary file and comes back whole', async () => {
    const zip = new ZipTulis({ level: 1 });
    const a = zip.aliran('acak.txt');
    // Random text barely compresses: more than the 8 MB kept in memory.
    const isi: string[] = [];
    for (let i = 0; i < 10; i++) isi.push(randomBytes(768 * 1024).toString('base64'));
    for (const s of isi) await a.tulis(s);
    await a.akhiri();
    zip.tambah('kecil.txt', 'halo');
    try {
      const bytes = zip.bytes();
      const parts = await bukaZip(bytes);
      expect(parts.get('acak.txt')!.toString()).toBe(isi.join(''));
      expect(parts.get('kecil.txt')!.toString()).toBe('halo');
      // Filled in place, in a buffer of its own (handed to the main thread without a copy),
      // and the same bytes as the archive written piece by piece.
      expect(bytes.byteOffset).toBe(0);
      expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
      expect(Buffer.compare(Buffer.from(bytes), Buffer.concat([...zip.potongan()]))).toBe(0);
    } finally {
      zip.buang();
    }
  });
});

describe('catatan sel dan nilai TRUE/FALSE (baris ditolak impor)', () => {
  async function berCatatan(): Promise<Uint8Array> {
    const wb = new BukuKerja();
    const a = wb.lembar('Satu');
    const b = wb.lembar('Dua');
    const c = wb.lembar('Tanpa catatan');
    await a.baris(1, ['x', true, false]);
    await a.catatan(1, 1, 'Tanggal: "31/02" <tidak> & ada\nbaris kedua');
    await b.baris(1, ['y']);
    await b.baris(3, [null, 'z']);
    // Notes in any order of cells, on rows written before or after.
    await b.catatan(3, 2, 'kedua');
    await b.catatan(1, 1, 'pertama');
    await c.baris(1, ['w']);
    await wb.selesai();
    try {
      return wb.bytes();
    } finally {
      wb.buang();
    }
  }

  it('exceljs reads every note on its cell, and booleans as booleans', async () => {
    const bytes = await berCatatan();
    const parts = await bukaZip(bytes);
    expect(
      [...parts.keys()].filter((k) => /comments|vml|sheet\d\.xml\.rels/.test(k)).sort(),
    ).toEqual([
      'xl/comments1.xml',
      'xl/comments2.xml',
      'xl/drawings/vmlDrawing1.vml',
      'xl/drawings/vmlDrawing2.vml',
      'xl/worksheets/_rels/sheet1.xml.rels',
      'xl/worksheets/_rels/sheet2.xml.rels',
    ]);
    expect(parts.get('[Content_Types].xml')!.toString()).toContain('/xl/comments2.xml');
    expect(parts.get('xl/worksheets/sheet3.xml')!.toString()).not.toContain('legacyDrawing');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const satu = wb.getWorksheet('Satu')!;
    expect(satu.getCell('A1').note).toBe('Tanggal: "31/02" <tidak> & ada\nbaris kedua');
    expect(satu.getCell('B1').value).toBe(true);
    expect(satu.getCell('C1').value).toBe(false);
    expect(satu.getCell('B1').note).toBeUndefined();
    const dua = wb.getWorksheet('Dua')!;
    expect(dua.getCell('A1').note).toBe('pertama');
    expect(dua.getCell('B3').note).toBe('kedua');
    expect(dua.getCell('B3').value).toBe('z');
    expect(wb.getWorksheet('Tanpa catatan')!.getCell('A1').note).toBeUndefined();
  });

  it('our own reader reads the sheets with notes', async () => {
    const book = await openXlsx(await berCatatan());
    try {
      const rows: unknown[] = [];
      await book.readRows(book.sheets[0]!, (r, cells) => {
        rows.push([r, cells.map((c) => ('value' in c.value ? c.value.value : null))]);
      });
      expect(rows).toEqual([[1, ['x', true, false]]]);
    } finally {
      book.close();
    }
  });
});
