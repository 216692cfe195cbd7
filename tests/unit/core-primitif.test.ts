/** The spreadsheet, number and nearest-match primitives of src/core, tested once here. */
import { describe, expect, it } from 'vitest';
import { formatAngka, formatRupiah, rupiah } from '../../src/core/angka.js';
import { hurufKolom, isoKeDate, isoToSerial, serialToIso } from '../../src/core/excel.js';
import { terdekat } from '../../src/core/mirip.js';
import { columnLetter } from '../../src/model/register-kolom.js';

describe('core/excel', () => {
  it('column letters count from 1', () => {
    expect([1, 26, 27, 52, 702, 703].map(hurufKolom)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA']);
    expect(hurufKolom(0)).toBe('');
    // The register's name for it is the same function, not a copy.
    expect(columnLetter).toBe(hurufKolom);
  });
  it('serial dates both ways, with the 1900 leap-year bug and the 1904 system', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(60)).toBeNull();
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(45658.99999999)).toBe('2025-01-01');
    expect(serialToIso(0, true)).toBe('1904-01-01');
    expect(serialToIso(-1)).toBeNull();
    expect(isoToSerial('2025-01-01')).toBe(45658);
  });
  it('an ISO date as a UTC midnight Date; anything else null', () => {
    expect(isoKeDate('2026-11-25')?.toISOString()).toBe('2026-11-25T00:00:00.000Z');
    expect(isoKeDate('25/11/2026')).toBeNull();
    expect(isoKeDate(undefined)).toBeNull();
  });
});

describe('core/angka', () => {
  it('Indonesian separators whatever the locale', () => {
    expect(formatRupiah(1250000)).toBe('1.250.000');
    expect(formatRupiah(1250000.6)).toBe('1.250.001');
    expect(rupiah(0)).toBe('Rp 0');
    expect(formatAngka(1.15)).toBe('1,15');
    expect(formatAngka(2)).toBe('2');
  });
});

describe('core/mirip terdekat', () => {
  it('the nearest candidate, the first of equals, and its distance', () => {
    expect(terdekat('rehabiltasi', ['pencegahan', 'rehabilitasi'])).toEqual({
      nilai: 'rehabilitasi',
      jarak: 1,
    });
    expect(terdekat('ab', ['ax', 'ay'])?.nilai).toBe('ax');
    expect(terdekat('x', [])).toBeNull();
  });
});
