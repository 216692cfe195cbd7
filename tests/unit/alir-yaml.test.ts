/**
 * Issue 16: a large YAML register read case by case gives the findings of the whole-document
 * read — the same lines, the same schema findings, the same NIK-as-number warnings — and a text
 * that cannot be cut safely is read whole.
 */
import { describe, expect, test } from 'vitest';
import { mkdtemp, mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { kelompokkanMasukan, loadKelompok } from '../../src/io/load-folder.js';
import { potongRegisterYaml } from '../../src/io/yaml-alir.js';
import { mulaiPeriksa, periksaSemua, type Pemeriksaan } from '../../src/cli/periksa.js';
import { createT } from '../../src/i18n/index.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';

const t = createT('id');
const LKS = path.join(EXAMPLES, 'lks-harapan-bunda');

/** A copy of the lks example whose YAML register is `ubah`ed. */
async function folder(ubah: (yaml: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lembaga-alir-yaml-'));
  await mkdir(path.join(dir, 'register'));
  await copyFile(path.join(LKS, 'lembaga.yaml'), path.join(dir, 'lembaga.yaml'));
  const yaml = await readFile(path.join(LKS, 'register/register-2026.yaml'), 'utf8');
  await writeFile(path.join(dir, 'register/register-2026.yaml'), ubah(yaml));
  return dir;
}

/** The findings of `validasi`, the register read whole and read case by case (windows of 2). */
async function keduanya(dir: string) {
  const o = { tanggal: TANGGAL_UJI, t, cwd: dir };
  const [g] = await kelompokkanMasukan([dir], { cwd: dir, t });
  const whole = await periksaSemua(await loadKelompok(g!, { cwd: dir, t }), o);
  let p: Pemeriksaan | null = null;
  let windows = 0;
  const loaded = await loadKelompok(g!, {
    cwd: dir,
    t,
    yamlAlirDari: 0,
    jendela: 2,
    alirkan: (awal) => {
      const q = (p = mulaiPeriksa(awal, o));
      return q
        ? (b, r) => {
            windows++;
            q.terima(b, r);
          }
        : null;
    },
  });
  const streamed = await p!.selesai(loaded);
  return { whole: whole.findings, streamed: streamed.findings, windows, loaded };
}

describe('YAML register case by case (issue 16)', () => {
  test('the lks example: the same findings, in windows of 2', async () => {
    const r = await keduanya(LKS);
    expect(r.windows).toBeGreaterThan(2);
    expect(r.streamed).toEqual(r.whole);
  });

  test('schema findings and the NIK warning without a syntax error: all the same', async () => {
    const dir = await folder((y) =>
      y
        .replace('      nik: "3273064905120002"', '      nik: 3273064905120002')
        .replace('    status: selesai\n', '    status: selesai\n    statu: aktif\n')
        .replace('    layanan: rehabilitasi\n', '    layanan: rehabilitas\n'),
    );
    const r = await keduanya(dir);
    expect(r.whole.some((f) => f.rule === 'nik-teks' && f.line === 12)).toBe(true);
    expect(r.whole.filter((f) => f.rule === 'schema')).toHaveLength(2);
    expect(r.streamed).toEqual(r.whole);
  });

  test.each([
    [
      'an unclosed list',
      (y: string) => y.replace('      ppks: anak-telantar\n', '      ppks: [anak-telantar\n'),
    ],
    [
      'a duplicate key',
      (y: string) =>
        y.replace('      jenisKelamin: P\n', '      jenisKelamin: P\n      jenisKelamin: L\n'),
    ],
  ])(
    '%s in the first case: named at the same line; the other cases are still read',
    async (_, ubah) => {
      const r = await keduanya(await folder(ubah));
      const baris = (fs: typeof r.whole) =>
        fs.filter((f) => f.rule === 'parse-error').map((f) => f.line);
      // Read whole, the document stops at the error: no case is checked.
      expect(
        r.whole.every(
          (f) =>
            f.rule === 'parse-error' ||
            f.file?.endsWith('lembaga.yaml') ||
            !f.path?.startsWith('/kasus'),
        ),
      ).toBe(true);
      expect(baris(r.streamed)[0]).toBe(baris(r.whole)[0]);
      expect(Math.max(...baris(r.streamed).map(Number))).toBeLessThan(40);
      const n = r.loaded.registers.find((x) => x.file.endsWith('.yaml'))!.jumlah!;
      const asli = await readFile(path.join(LKS, 'register/register-2026.yaml'), 'utf8');
      expect(n).toBe(asli.split('\n  - nomor:').length - 2);
    },
  );
});

describe('what is read whole', () => {
  const ok = 'versi: 1\nkasus:\n  - nomor: A\n    status: aktif\n  # catatan\n  - nomor: B\n';
  test('a block list is cut at its items, lines counted from 0', () => {
    expect(potongRegisterYaml(ok)).toEqual({ kepala: 'versi: 1\nkasus:\n', baris: [2, 5] });
  });
  test.each([
    ['an anchor', ok.replace('nomor: A', 'nomor: &a A')],
    ['an alias', ok.replace('nomor: B', 'nomor: *a')],
    ['a tag', ok.replace('nomor: A', 'nomor: !!str A')],
    ['two documents', `${ok}---\nversi: 1\n`],
    ['a flow list', 'versi: 1\nkasus: [{ nomor: A }]\n'],
    ['a key after the list', `${ok}catatan: x\n`],
    ['no list', 'versi: 1\n'],
  ])('%s: not cut', (_, text) => expect(potongRegisterYaml(text)).toBeNull());
});
