/**
 * A big file's register is written on a worker thread while the rows are read (issue 16,
 * io/xlsx/penulis-utas.ts). The built binary is run: the worker exists only in dist/.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRegisterFile } from '../../src/io/load-folder.js';
import { createT } from '../../src/i18n/index.js';

const BIN = path.resolve('bin/lembaga');
const BARIS = 40_000;
type Legacy = (file: string, n: number, seed?: number, rusak?: boolean) => Promise<void>;

function jalankan(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8', ...env },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('impor of a big file: the register written on a second thread', () => {
  let dir: string;
  let generate: Legacy;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'impor-utas-'));
    const modul = path.resolve('scripts/bench/generate-legacy.mjs');
    generate = ((await import(modul)) as { generateLegacy: Legacy }).generateLegacy;
    await generate(path.join(dir, 'Register lama.xlsx'), BARIS);
    await generate(path.join(dir, 'Rusak.xlsx'), BARIS, 7, true);
  }, 60_000);

  const impor = (berkas: string, out: string, env: Record<string, string> = {}) =>
    jalankan(
      ['impor', berkas, '--ya', '--layanan-bawaan', 'rehabilitasi', '-o', out, '--format', 'json'],
      dir,
      env,
    );

  it('the same bytes as written on the main thread, every case in the Register', async () => {
    // Above the streaming threshold (2 MB), where the worker is used.
    expect(statSync(path.join(dir, 'Register lama.xlsx')).size).toBeGreaterThan(2 * 1024 * 1024);
    const [a, b] = await Promise.all([
      impor('Register lama.xlsx', 'utas.xlsx'),
      impor('Register lama.xlsx', 'satu.xlsx', { LEMBAGA_UTAS: '0' }),
    ]);
    expect(a.code, a.stderr).toBe(b.code);
    expect(a.stderr).not.toMatch(/\n\s+at /);
    const j = JSON.parse(a.stdout);
    expect(j.rowsRead).toBe(BARIS);
    expect(j.imported + j.rejected).toBe(BARIS);
    expect(j.imported).toBeGreaterThan(BARIS * 0.9);
    expect(j.output).toBe('utas.xlsx');
    const utas = readFileSync(path.join(dir, 'utas.xlsx'));
    expect(utas.equals(readFileSync(path.join(dir, 'satu.xlsx')))).toBe(true);
    const t = createT('id');
    const reg = await loadRegisterFile(path.join(dir, 'utas.xlsx'), 'utas.xlsx', {
      cwd: dir,
      t,
      schema: false,
    });
    expect(reg.problems.filter((p) => p.rule === 'parse-error')).toEqual([]);
    expect(reg.kasus).toHaveLength(j.imported);
    expect(reg.kasus[0]!.kasus.nomor).toBe('LKS/2024/000001');
    expect(reg.kasus[j.imported - 1]!.kasus.nomor).toMatch(/^LKS\/2024\/\d{6}$/);
  }, 120_000);

  it('a part broken after the rows: exit 2, an Indonesian message, no register, no temporary file', async () => {
    const r = await impor('Rusak.xlsx', 'rusak-keluar.xlsx');
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/Rusak\.xlsx/);
    expect(r.stderr).toMatch(/rusak/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(dir, 'rusak-keluar.xlsx'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
