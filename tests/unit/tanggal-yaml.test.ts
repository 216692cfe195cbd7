import { describe, expect, it } from 'vitest';
import { parseTanggal } from '../../src/core/tanggal.js';
import { normaliseTanggal } from '../../src/io/tanggal-yaml.js';
import { LEMBAGA_SCHEMA } from '../../src/model/lembaga-schema.js';

describe('dd/mm/yyyy dates in lembaga.yaml (issue 14)', () => {
  it('parseTanggal: dd/mm/yyyy, d-m-yyyy, d.m.yyyy and ISO; never an impossible date', () => {
    expect(parseTanggal('31/12/2027')).toBe('2027-12-31');
    expect(parseTanggal('1-2-2024')).toBe('2024-02-01');
    expect(parseTanggal('29.02.2024')).toBe('2024-02-29');
    expect(parseTanggal('2024-02-29')).toBe('2024-02-29');
    expect(parseTanggal('29/02/2023')).toBeNull();
    expect(parseTanggal('12/31/2024')).toBeNull();
    expect(parseTanggal('31/12/27')).toBeNull();
  });

  it('only fields the schema declares as dates are rewritten', () => {
    const data = {
      izin: { nomor: '01/02/2024', tanggal: '01/02/2024', berlakuSampai: '31/01/2029' },
      staf: [{ id: '1/1/2020', izinPraktik: { berlakuSampai: '30/6/2027' } }],
      keselamatan: { apar: { kedaluwarsa: '31/13/2027' } },
    };
    normaliseTanggal(data, LEMBAGA_SCHEMA);
    expect(data.izin).toEqual({
      nomor: '01/02/2024',
      tanggal: '2024-02-01',
      berlakuSampai: '2029-01-31',
    });
    expect(data.staf[0]).toEqual({ id: '1/1/2020', izinPraktik: { berlakuSampai: '2027-06-30' } });
    // Not a date: left as typed, for the schema to report.
    expect(data.keselamatan.apar.kedaluwarsa).toBe('31/13/2027');
  });
});
