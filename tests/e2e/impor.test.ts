import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
