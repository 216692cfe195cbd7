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
