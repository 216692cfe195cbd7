/**
 * The impor row counter reads a sheet in chunks before exceljs does (the row limit of
 * SECURITY.md). A row tag whole at the end of one chunk was counted twice, so a sheet exactly at
 * the limit was refused (found by the limits campaign, issue 17 §11).
 */
import { describe, expect, it } from 'vitest';
import { penghitungBaris } from '../../src/io/impor/source.js';

const hitung = (...chunks: string[]) => {
  const h = penghitungBaris();
  let n = 0;
  for (const c of chunks) n = h(c);
  return n;
};

describe('impor row counter over chunks', () => {
  it('counts a whole row tag at the end of a chunk once', () => {
    expect(hitung('<row r="1"><c/></row><row r=', '"2"></row>')).toBe(2);
    expect(hitung('<row>', '</row><row>', '</row>')).toBe(2);
  });
  it('counts a tag cut inside its name once, prefixed or not', () => {
    expect(hitung('<sheetData><ro', 'w r="1"></row>')).toBe(1);
    expect(hitung('<x:sheetData><x:r', 'ow r="1"></x:row>')).toBe(1);
    expect(hitung('<row', ' r="1"></row>')).toBe(1);
  });
  it('does not count other tags that start with "row"', () => {
    expect(hitung('<rowBreaks count="1"/><row r="1"/>')).toBe(1);
  });
});

describe('the byte counter agrees with the regex over the whole text, however it is cut', () => {
  const potong = [
    '<row r="1">',
    '<x:row r="2">',
    '<row>',
    '</row>',
    '<rowBreaks/>',
    'Borrow ',
    '<c r="A1"/>',
    ':row ',
    '<sheetData>',
    '<t>a row</t>',
    '<ab_1:row\n',
    '<:row ',
    '< row ',
  ];
  it('random sheets, random chunk boundaries', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let xml = '';
      const len = Math.floor(rnd() * 30);
      for (let i = 0; i < len; i++) xml += potong[Math.floor(rnd() * potong.length)];
      const expected = (xml.match(/<(?:\w+:)?row[\s>]/g) ?? []).length;
      const chunks: string[] = [];
      for (let i = 0; i < xml.length;) {
        const k = 1 + Math.floor(rnd() * 12);
        chunks.push(xml.slice(i, i + k));
        i += k;
      }
      expect(hitung(...chunks), JSON.stringify(chunks)).toBe(expected);
      expect(hitung(xml)).toBe(expected);
    }
  });
});
