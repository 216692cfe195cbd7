/**
 * The tables kept as JSON beside the code that reads them (src/**\/*.json; the build copies
 * them into dist/): each is read as its TypeScript type, so its shape is checked here, key by
 * key, and a damaged or misspelt entry fails the suite instead of a command.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PPKS, PPKS_KEYS } from '../../src/standards/ppks.js';
import { ABAIKAN, TARGETS, type FieldKind } from '../../src/io/impor/fields.js';
import { KLAUSUL_PERMENPANRB_2020 } from '../../src/standards/permenpanrb-2020/klausul.js';
import {
  KOLOM_AMBANG,
  KOLOM_KEGIATAN,
  KOLOM_PEGAWAI,
} from '../../src/standards/permenpanrb-2020/kolom.js';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const baca = (rel: string): unknown => JSON.parse(readFileSync(path.join(SRC, rel), 'utf8'));

/** Fails with the entry's position when `o` has other keys than `wajib` + `boleh`, or lacks one of `wajib`. */
function kunci(o: unknown, wajib: string[], boleh: string[], di: string): Record<string, unknown> {
  expect(o, di).toBeTypeOf('object');
  expect(o, di).not.toBeNull();
  const r = o as Record<string, unknown>;
  for (const k of wajib) expect(Object.keys(r), `${di}: ${k}`).toContain(k);
  for (const k of Object.keys(r)) expect([...wajib, ...boleh], `${di}: ${k}`).toContain(k);
  return r;
}

const teks = (v: unknown, di: string): void => {
  expect(typeof v, di).toBe('string');
  expect((v as string).trim(), di).not.toBe('');
};

describe('src/standards/ppks.json: the 26 PPKS categories', () => {
  const data = baca('standards/ppks.json');
  it('is a list of { key, id, en }, 26 distinct kebab-case keys', () => {
    expect(Array.isArray(data)).toBe(true);
    const list = data as unknown[];
    expect(list).toHaveLength(26);
    list.forEach((e, i) => {
      const r = kunci(e, ['key', 'id', 'en'], [], `ppks[${i}]`);
      for (const k of ['key', 'id', 'en']) teks(r[k], `ppks[${i}].${k}`);
      expect(r.key, `ppks[${i}].key`).toMatch(/^[a-z]+(-[a-z]+)*$/);
    });
    expect(new Set(PPKS_KEYS).size).toBe(26);
  });
  it('is what PPKS exports, as [key, id, en]', () => {
    expect(PPKS[0]).toEqual(['anak-balita-telantar', 'Anak balita telantar', 'Neglected toddler']);
    expect(PPKS.map(([k, id, en]) => ({ key: k, id, en }))).toEqual(data);
  });
});

describe('src/io/impor/fields.json: the written import targets and their legacy headers', () => {
  const data = baca('io/impor/fields.json');
  const JENIS: readonly FieldKind[] = [
    'teks',
    'id',
    'tanggal',
    'tempat-tanggal',
    'nik',
    'ya-tidak',
    'khusus',
    'pilihan',
  ];
  it('is a list of { key, kind, synonyms, multi? } with distinct keys and known kinds', () => {
    expect(Array.isArray(data)).toBe(true);
    const list = data as unknown[];
    list.forEach((e, i) => {
      const r = kunci(e, ['key', 'kind', 'synonyms'], ['multi'], `fields[${i}]`);
      teks(r.key, `fields[${i}].key`);
      expect(JENIS, `fields[${i}].kind`).toContain(r.kind);
      expect(Array.isArray(r.synonyms), `fields[${i}].synonyms`).toBe(true);
      expect((r.synonyms as unknown[]).length, `fields[${i}].synonyms`).toBeGreaterThan(0);
      (r.synonyms as unknown[]).forEach((s, j) => teks(s, `fields[${i}].synonyms[${j}]`));
      if ('multi' in r) expect(r.multi, `fields[${i}].multi`).toBe(true);
    });
    const keys = list.map((e) => (e as { key: string }).key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain(ABAIKAN);
  });
  it('opens the import targets, in its order', () => {
    const list = data as { key: string }[];
    expect(TARGETS.slice(0, list.length)).toEqual(data);
  });
});

describe('src/standards/permenpanrb-2020/klausul.json: the clauses an assessor checks', () => {
  const data = baca('standards/permenpanrb-2020/klausul.json');
  it('is a list of chapters { judul, pasal[] }, each clause "Pasal N[ ayat N][ huruf …]"', () => {
    expect(Array.isArray(data)).toBe(true);
    (data as unknown[]).forEach((e, i) => {
      const r = kunci(e, ['judul', 'pasal'], [], `klausul[${i}]`);
      teks(r.judul, `klausul[${i}].judul`);
      expect(Array.isArray(r.pasal), `klausul[${i}].pasal`).toBe(true);
      for (const p of r.pasal as unknown[])
        expect(p, `klausul[${i}]`).toMatch(/^Pasal \d+( ayat \d+)?( huruf ([a-z]|a–[b-z]))?$/);
    });
  });
  it('spells out "huruf a–e" letter by letter, every clause once', () => {
    const s = KLAUSUL_PERMENPANRB_2020.map((k) => k.section);
    expect(s).toContain('Pasal 14 ayat 2 huruf a');
    expect(s).toContain('Pasal 14 ayat 2 huruf e');
    expect(s).not.toContain('Pasal 14 ayat 2 huruf f');
    expect(s.filter((x) => x.startsWith('Pasal 48 ayat 1 huruf'))).toHaveLength(6);
    expect(new Set(s).size).toBe(s.length);
  });
});

describe('src/standards/permenpanrb-2020/kolom.json: the credit-log sheets', () => {
  const data = baca('standards/permenpanrb-2020/kolom.json');
  it('holds the worker, activity and threshold sheets as rows [builder, header, path, width, required?]', () => {
    const r = kunci(data, ['pegawai', 'kegiatan', 'ambang'], [], 'kolom');
    for (const [lembar, baris] of Object.entries(r)) {
      expect(Array.isArray(baris), lembar).toBe(true);
      (baris as unknown[]).forEach((b, i) => {
        const di = `kolom.${lembar}[${i}]`;
        expect(Array.isArray(b), di).toBe(true);
        const [jenis, judul, path, lebar, wajib, ...lebih] = b as unknown[];
        expect(['teks', 'angka', 'tanggal', 'ya', 'pilih'], di).toContain(jenis);
        teks(judul, di);
        expect(path, di).toMatch(/^(\/[A-Za-z0-9]+)+$/);
        expect(Number.isInteger(lebar) && (lebar as number) > 0, di).toBe(true);
        if (wajib !== undefined) expect(jenis !== 'ya' && wajib === true, di).toBe(true);
        expect(lebih, di).toEqual([]);
      });
    }
  });
  it('gives every choice column the values its schema allows', () => {
    const c = KOLOM_PEGAWAI.find((k) => k.path === '/pengangkatan/jenis');
    expect(c?.pilihan).toContain('perpindahan');
    for (const k of [...KOLOM_PEGAWAI, ...KOLOM_KEGIATAN, ...KOLOM_AMBANG])
      if (k.jenis === 'pilihan' || k.jenis === 'ya')
        expect(k.pilihan?.length, k.judul).toBeGreaterThan(1);
    expect(KOLOM_PEGAWAI[0]).toEqual({
      judul: 'Id staf',
      path: '/staf',
      jenis: 'teks',
      lebar: 12,
      wajib: true,
    });
  });
});

describe('every JSON file under src/ is checked here', () => {
  it('names no JSON file this test does not read', () => {
    const semua = (dir: string): string[] =>
      readdirSync(path.join(SRC, dir), { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? semua(path.join(dir, d.name))
          : d.name.endsWith('.json')
            ? [path.join(dir, d.name).split(path.sep).join('/')]
            : [],
      );
    expect(semua('.').sort()).toEqual([
      'io/impor/fields.json',
      'standards/permenpanrb-2020/klausul.json',
      'standards/permenpanrb-2020/kolom.json',
      'standards/ppks.json',
    ]);
  });
});
