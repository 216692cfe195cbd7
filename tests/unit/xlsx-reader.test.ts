import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openXlsx, DEFAULT_LIMITS, limitsFromEnv, TabelString } from '../../src/io/xlsx/reader.js';
import type { XlsxCell } from '../../src/io/xlsx/cell.js';
import {
  colIndex,
  isDateFormat,
  isoToSerial,
  parseTextDate,
  serialToIso,
} from '../../src/io/xlsx/cell.js';
import { XlsxError } from '../../src/io/xlsx/errors.js';
import { handXlsx, is, zip } from './xlsx-reader-zip.js';

async function rowsOf(bytes: Uint8Array, sheet = 'S') {
  const book = await openXlsx(bytes);
  const out: { row: number; cells: XlsxCell[] }[] = [];
  await book.readRows(book.sheet(sheet)!, (row, cells) => {
    out.push({ row, cells });
  });
  book.close();
  return out;
}

async function errorOf(source: string | Uint8Array, limits = DEFAULT_LIMITS): Promise<XlsxError> {
  try {
    const b = await openXlsx(source, limits);
    for (const s of b.sheets) await b.readRows(s, () => true);
    b.close();
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    return e as XlsxError;
  }
  throw new Error('no error');
}

describe('cell helpers', () => {
  test('serial dates, 1900 leap bug and 1904 system', () => {
    expect(serialToIso(45658)).toBe('2025-01-01');
    expect(serialToIso(45658.99999999)).toBe('2025-01-01');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(-1)).toBeNull();
    expect(isoToSerial('2025-01-01')).toBe(45658);
  });
  test('text dates as Indonesians write them', () => {
    expect(parseTextDate('05/01/2025')).toBe('2025-01-05');
    expect(parseTextDate('5-1-2025')).toBe('2025-01-05');
    expect(parseTextDate('2025-01-05')).toBe('2025-01-05');
    expect(parseTextDate('5 Januari 2025')).toBe('2025-01-05');
    expect(parseTextDate('17 Agustus 1945')).toBe('1945-08-17');
    expect(parseTextDate('29/02/2023')).toBeNull();
    expect(parseTextDate('kemarin')).toBeNull();
  });
  test('date formats', () => {
    expect(isDateFormat(14, undefined)).toBe(true);
    expect(isDateFormat(3, undefined)).toBe(false);
    expect(isDateFormat(164, 'dd/mm/yyyy;@')).toBe(true);
    expect(isDateFormat(165, '[$-421]dd mmmm yyyy')).toBe(true);
    expect(isDateFormat(166, '"Rp"#,##0')).toBe(false);
    expect(isDateFormat(49, '@')).toBe(false);
    expect(colIndex('A')).toBe(1);
    expect(colIndex('AA7')).toBe(27);
  });
  test('limits from the environment', () => {
    expect(limitsFromEnv({ LEMBAGA_MAKS_XLSX_MB: '10', LEMBAGA_MAKS_BARIS: '5' })).toMatchObject({
      maxUncompressedBytes: 10 * 1048576,
      maxRows: 5,
    });
    expect(limitsFromEnv({})).toEqual(DEFAULT_LIMITS);
  });
});

describe('cells of every kind', () => {
  test('shared, rich and inline strings, numbers, dates, booleans, errors, formulas', async () => {
    const sst = [
      'biasa',
      '<r><rPr><b/></rPr><t>te</t></r><r><t xml:space="preserve">bal </t></r><rPh><t>PHONETIC</t></rPh>',
    ];
    const rows = `<row r="2">
      <c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c>${is('C2', 'inline &amp; &lt;x&gt;')}
      <c r="D2"><v>150000</v></c><c r="E2" s="1"><v>45658</v></c><c r="F2" s="3"><v>45659</v></c>
      <c r="G2" t="b"><v>1</v></c><c r="H2" t="e"><v>#N/A</v></c>
      <c r="I2"><f>1+1</f><v>2</v></c><c r="J2"><f>A1*2</f></c>
      <c r="K2" t="str"><f t="shared" ref="K2:K3" si="0">A2&amp;"x"</f><v>biasax</v></c>
      <c r="L2" s="2" t="s"><v>0</v></c><c r="M2" s="1"/></row>
      <row r="3"><c r="K3" t="str"><f t="shared" si="0"/><v>y</v></c></row>
      <row r="9"/>`;
    const out = await rowsOf(handXlsx([{ name: 'S', rows }], sst));
    expect(out.map((r) => r.row)).toEqual([2, 3]);
    const v = Object.fromEntries(out[0]!.cells.map((c) => [c.ref, c.value]));
    expect(v.A2).toEqual({ type: 'string', value: 'biasa' });
    expect(v.B2).toEqual({ type: 'string', value: 'tebal ' });
    expect(v.C2).toEqual({ type: 'string', value: 'inline & <x>' });
    expect(v.D2).toEqual({ type: 'number', value: 150000 });
    expect(v.E2).toMatchObject({ type: 'date', value: '2025-01-01' });
    expect(v.F2).toMatchObject({ type: 'date', value: '2025-01-02' });
    expect(v.G2).toEqual({ type: 'boolean', value: true });
    expect(v.H2).toEqual({ type: 'error', value: '#N/A' });
    expect(v.I2).toEqual({ type: 'number', value: 2 });
    expect(v.J2).toEqual({ type: 'formula-no-value', formula: 'A1*2' });
    expect(v.K2).toEqual({ type: 'string', value: 'biasax' });
    expect(v.M2).toBeUndefined();
    expect(out[1]!.cells[0]!.value).toEqual({ type: 'string', value: 'y' });
  });
  test('cells without r, prefixed namespaces, 1904 dates', async () => {
    const rows = `<row><c t="inlineStr"><is><t>a</t></is></c><c s="1"><v>0</v></c></row><row><c><v>5</v></c></row>`;
    const out = await rowsOf(handXlsx([{ name: 'S', rows }], [], { date1904: true, prefix: 'x' }));
    expect(out[0]!.cells.map((c) => c.ref)).toEqual(['A1', 'B1']);
    expect(out[0]!.cells[1]!.value).toMatchObject({ type: 'date', value: '1904-01-01' });
    expect(out[1]!.cells[0]!.ref).toBe('A2');
  });
  test('hidden sheets are readable, sheets found by name ignoring case', async () => {
    const bytes = handXlsx([
      { name: 'Lain', rows: '' },
      { name: 'Rahasia', rows: `<row r="1">${is('A1', 'x')}</row>`, state: 'hidden' },
    ]);
    const book = await openXlsx(bytes);
    expect(book.sheet(' rahasia ')?.state).toBe('hidden');
    book.close();
    expect((await rowsOf(bytes, 'RAHASIA')).length).toBe(1);
  });
});

describe('bad files are XlsxError values', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xlsx-reader-'));
  const file = (name: string, data: string | Uint8Array) => {
    const p = path.join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  test('missing file, directory, empty, text, .xls, .ods, random bytes, zip without workbook', async () => {
    expect((await errorOf(path.join(dir, 'tidak-ada.xlsx'))).code).toBe('tidakAda');
    expect((await errorOf(dir)).code).toBe('tidakTerbaca');
    expect((await errorOf(file('kosong.xlsx', ''))).code).toBe('kosong');
    expect((await errorOf(file('teks.xlsx', 'No;Nama\n1;Budi\n'))).code).toBe('teks');
    expect(
      (
        await errorOf(
          file('lama.xlsx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])),
        )
      ).code,
    ).toBe('xls');
    const ods = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: '<x/>' },
    ]);
    expect((await errorOf(file('lo.xlsx', ods))).code).toBe('ods');
    expect((await errorOf(new Uint8Array([1, 0, 2, 3, 0]))).code).toBe('bukanZip');
    expect((await errorOf(zip([{ name: 'word/document.xml', data: '<w/>' }]))).code).toBe(
      'bukanXlsx',
    );
    expect((await errorOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).code).toBe('rusak');
  });
  test('zip bomb: the declared size is checked before inflating', async () => {
    const bytes = handXlsx([{ name: 'S', rows: '' }]);
    const bomb = zip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: '<worksheet/>', declaredSize: 1100 * 1024 * 1024 },
    ]);
    const e = await errorOf(bomb);
    expect(e.code).toBe('terlaluBesar');
    expect(e.params).toMatchObject({ batas: 1024 });
    expect(bytes.length).toBeGreaterThan(0);
  });
  test('a part larger than declared is refused while inflating', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `<row r="${i + 1}">${is(`A${i + 1}`, 'x')}</row>`,
    ).join('');
    const parts = [
      {
        name: '_rels/.rels',
        data: '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      },
      {
        name: 'xl/workbook.xml',
        data: '<workbook><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
      },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
        declaredSize: 100,
      },
    ];
    expect((await errorOf(zip(parts))).code).toBe('rusak');
  });
  test('row limit names the limit', async () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) => `<row r="${i + 1}">${is(`A${i + 1}`, 'x')}</row>`,
    ).join('');
    const e = await errorOf(handXlsx([{ name: 'S', rows }]), { ...DEFAULT_LIMITS, maxRows: 10 });
    expect(e.code).toBe('terlaluBanyakBaris');
    expect(e.params).toMatchObject({ batas: 10, lembar: 'S' });
  });
  test('broken sheet XML', async () => {
    const e = await errorOf(
      handXlsx([{ name: 'S', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>x</is></c></row>' }]),
    );
    expect(e.code).toBe('xmlRusak');
  });
});

describe('TabelString (the compact shared strings table)', () => {
  test('gives back every string, multibyte and empty ones too, past several regrowths', () => {
    const t = new TabelString();
    const isi: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const s = i % 7 === 0 ? '' : `Ñama ${i} — 日本 ${'x'.repeat(i % 40)} 😀`;
      isi.push(s);
      t.push(s);
    }
    expect(t.length).toBe(5000);
    for (let i = 0; i < isi.length; i++) expect(t.at(i)).toBe(isi[i]);
  });

  test('an index outside the table, or not an integer, is the empty string', () => {
    const t = new TabelString();
    t.push('a');
    expect([t.at(-1), t.at(1), t.at(0.5), t.at(NaN)]).toEqual(['', '', '', '']);
    expect(t.at(0)).toBe('a');
  });
});
