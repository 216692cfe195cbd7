/**
 * The schemas the build compiles into dist/io/skema-terkompilasi.cjs (scripts/skema-terkompilasi.mjs):
 * one for every schema the loaders validate, built from the schema in src/ as it is now, and
 * giving the same errors, in the same order, as compiling the schema at run time.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import addFormatsMod from 'ajv-formats';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { FORMAT_AJV, OPSI_AJV, SKEMA_BERNAMA, sidikSkema } from '../../src/io/schema-check.js';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist/io');
type Modul = Record<string, ValidateFunction> & { __sidik: Record<string, string> };
const pre = createRequire(import.meta.url)(path.join(DIST, 'skema-terkompilasi.cjs')) as Modul;

const addFormats = ((addFormatsMod as unknown as { default?: unknown }).default ??
  addFormatsMod) as (a: Ajv2020, f: string[]) => void;
const ajv = new Ajv2020({ ...OPSI_AJV });
addFormats(ajv, FORMAT_AJV);

const yaml = (f: string): unknown => parse(readFileSync(path.join(ROOT, f), 'utf8'));
const lks = yaml('examples/lks-harapan-bunda/lembaga.yaml') as Record<string, unknown>;
const balai = yaml('examples/balai-rehsos-sentosa/lembaga.yaml');
const register = yaml('examples/lks-harapan-bunda/register/register-2026.yaml') as {
  kasus: unknown[];
};

/** Documents that pass and documents that break in several ways at once. */
const DOKUMEN: unknown[] = [
  lks,
  balai,
  register,
  register.kasus[0],
  { ...lks, tidakDikenal: 1, versi: 'satu', lembaga: { nama: 5, email: 'bukan-surel' } },
  { ...register, kasus: [{ nomor: 7, tanggalMasuk: '2025-13-40' }, null, 'teks'] },
  { kasus: 'bukan daftar' },
  [],
  null,
  'teks',
  { pegawai: [{ nip: 123, jabatan: {} }], konversi: [{ tahun: 'x' }] },
];

describe('validators compiled by the build', () => {
  it('exist for every schema, built from the schema in src/ as it is now (run `npm run build` when this fails)', () => {
    expect(Object.keys(pre.__sidik).sort()).toEqual(Object.keys(SKEMA_BERNAMA).sort());
    for (const [nama, skema] of Object.entries(SKEMA_BERNAMA)) {
      expect(typeof pre[nama], nama).toBe('function');
      expect(pre.__sidik[nama], nama).toBe(sidikSkema(skema));
    }
  });

  it('give the same verdict and the same errors as compiling at run time', () => {
    let gagal = 0;
    for (const [nama, skema] of Object.entries(SKEMA_BERNAMA)) {
      const compiled = ajv.compile(skema);
      for (const d of DOKUMEN) {
        const a = compiled(structuredClone(d));
        const b = pre[nama]!(structuredClone(d));
        expect(b, nama).toBe(a);
        expect(pre[nama]!.errors, nama).toEqual(compiled.errors);
        if (!a) gagal++;
      }
    }
    // The comparison means something only if most documents fail somewhere.
    expect(gagal).toBeGreaterThan(30);
  });

  it('are what the built CLI uses, and a schema that differs is compiled instead', async () => {
    const mod = (await import(pathToFileURL(path.join(DIST, 'schema-check.js')).href)) as {
      getValidator: (n: string, s: object) => ValidateFunction;
      SKEMA_BERNAMA: Record<string, object>;
    };
    expect(mod.getValidator('lembaga', mod.SKEMA_BERNAMA.lembaga!)).toBe(pre.lembaga);
    const lain = { ...mod.SKEMA_BERNAMA.kredit!, title: 'berubah' };
    const v = mod.getValidator('kredit', lain);
    expect(v).not.toBe(pre.kredit);
    expect(v({})).toBe(pre.kredit!({}));
  });
});
