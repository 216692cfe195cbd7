import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRegisterFile } from '../../src/io/load-folder.js';
import { createT } from '../../src/i18n/index.js';

const BIN = path.resolve('bin/lembaga');
const FIX = path.resolve('tests/fixtures/impor');

describe('lembaga impor (built binary)', () => {
  it('imports the LKS workbook with --ya: JSON alone on stdout, exit 1 for rejected rows, valid YAML', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-e2e-'));
    copyFileSync(path.join(FIX, 'lks-2024.xlsx'), path.join(dir, 'Register 2024.xlsx'));
    copyFileSync(path.join(FIX, 'lembaga.yaml'), path.join(dir, 'lembaga.yaml'));
    const r = spawnSync(
      process.execPath,
      [BIN, 'impor', 'Register 2024.xlsx', '--ya', '-o', 'register/2024.yaml', '--format', 'json'],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
      },
    );
    expect(r.status, r.stderr).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      rowsRead: 15,
      imported: 7,
      rejected: 8,
      output: 'register/2024.yaml',
      rejectedOutput: 'register/2024.ditolak.xlsx',
    });
    expect(readFileSync(path.join(dir, 'register/2024.yaml'), 'utf8')).toMatch(
      /^# yaml-language-server: \$schema=/,
    );
  });

  it('explains an .xls instead of crashing (exit 2)', () => {
    const r = spawnSync(
      process.execPath,
      [BIN, 'impor', path.join(FIX, 'make-fixtures.ts').replace(/\.ts$/, '.xls')],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tidak ada|does not exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

/** Run a child process to completion, asynchronously (so two run at the same time). */
function anak(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function nomorDi(dir: string, register: string): Promise<string[]> {
  const reg = await loadRegisterFile(path.join(dir, register), register, {
    cwd: dir,
    t: createT('id'),
    schema: false,
  });
  expect(reg.problems.filter((p) => p.rule === 'parse-error')).toEqual([]);
  return reg.kasus.map((k) => k.kasus.nomor);
}

// 50 rounds in the campaign (`npm run test:kampanye`, run by CI), 10 in the default suite.
const PUTARAN = Number(process.env.LEMBAGA_UJI_PUTARAN_GABUNG) || 10;

describe('impor --gabung: two merges into one register at the same time (issue 17.1)', () => {
  for (const ext of ['yaml', 'xlsx']) {
    it(`two processes each merge ${PUTARAN} sheets into one ${ext} register at once: no case lost`, async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-paralel-'));
      const register = `register/2024.${ext}`;
      const child = path.join(FIX, 'gabung-anak.mjs');
      const [a, b] = await Promise.all([
        anak([child, dir, 'A', String(PUTARAN), register], dir),
        anak([child, dir, 'B', String(PUTARAN), register], dir),
      ]);
      for (const r of [a, b]) {
        expect(r.code, r.stderr).toBe(0);
        const j = JSON.parse(r.stdout) as { codes: number[]; errors: string[] };
        expect(j.errors).toEqual([]);
        expect(j.codes).toEqual(Array(PUTARAN).fill(0));
      }
      const nomor = await nomorDi(dir, register);
      const expected = ['A', 'B'].flatMap((p) =>
        Array.from({ length: PUTARAN }, (_, i) =>
          [1, 2, 3].map((j) => `${p}/${i + 1}/${j}`),
        ).flat(),
      );
      expect(nomor.length).toBe(expected.length);
      expect(new Set(nomor)).toEqual(new Set(expected));
      // The lock is gone and no temporary file is left beside the register.
      expect(readdirSync(path.join(dir, 'register')).sort()).toEqual([`2024.${ext}`]);
    }, 120_000);
  }

  it('two bin/lembaga processes merging at once both land (rounds: LEMBAGA_UJI_PUTARAN, default 2)', async () => {
    const rounds = Number(process.env.LEMBAGA_UJI_PUTARAN) || 2;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-paralel-bin-'));
    const sheet = (p: string, i: number) => {
      const rows = [1, 2].map((j) => `${p}/${i}/${j};Klien ${p} ${i} ${j};0${j}/03/2024`);
      writeFileSync(
        path.join(dir, `${p}-${i}.csv`),
        ['No. Reg;Nama Klien;Tgl Masuk', ...rows].join('\n'),
      );
    };
    for (let i = 1; i <= rounds; i++) {
      sheet('A', i);
      sheet('B', i);
      const args = (p: string) => [
        BIN,
        'impor',
        `${p}-${i}.csv`,
        '-o',
        'r.yaml',
        '--gabung',
        '--ya',
        '-q',
        '--layanan-bawaan',
        'rehabilitasi',
      ];
      const [a, b] = await Promise.all([anak(args('A'), dir), anak(args('B'), dir)]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
    }
    expect((await nomorDi(dir, 'r.yaml')).length).toBe(rounds * 4);
  }, 120_000);
});
