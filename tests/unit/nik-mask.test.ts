import { describe, expect, it } from 'vitest';
import { digitNik, maskNikDalamTeks, maskNikText } from '../../src/core/nik.js';

import { NIK_ANEH } from '../hardening/nik-aneh.js';

const NIK = '3273014507950001';
const fw = (x: string) => x.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

describe('maskNikDalamTeks', () => {
  it.each(NIK_ANEH)('hides the middle digits of %j inside a sentence', (nik) => {
    const out = maskNikDalamTeks(`NIK klien ${nik} tidak sah.`);
    const d = digitNik(nik);
    expect(digitNik(out)).not.toContain(d.slice(4, d.length - 4));
    expect(digitNik(out).length).toBeLessThanOrEqual(8);
    expect(out.replace(/\p{Cf}/gu, '')).toMatch(/^NIK klien \d{4}\*+\d{4} tidak sah\.$/);
  });
  it('masks two NIKs side by side and keeps the rest of the text', () => {
    const out = maskNikDalamTeks(`a ${NIK}, b ${fw('3273014507950002')}; c`);
    expect(out).toBe('a 3273********0001, b 3273********0002; c');
  });
  it('leaves short numbers, dates and amounts alone', () => {
    for (const s of [
      'baris 12: 2026-01-05',
      'Rp 25.000.000',
      'kode 32.73.01.1001',
      'telepon 0812-3456-7890',
      '14 digit 32730145079500',
    ])
      expect(maskNikDalamTeks(s)).toBe(s);
  });
});

describe('maskNikText', () => {
  it.each(NIK_ANEH)('masks the field value %j', (nik) => {
    const out = maskNikText(nik);
    expect(out).toMatch(/^\d{4}\*+\d{4}$/);
  });
  it('hides short values entirely', () => {
    expect(maskNikText('12345678')).toBe('********');
    expect(maskNikText('')).toBe('');
  });
});
