/**
 * End to end: the built `bin/lembaga angka-kredit` on the example balai, as a
 * user runs it (`npm run build` first; built here when dist/ is missing).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'lembaga');

function lembaga(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'id_ID.UTF-8', NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'commands', 'angka-kredit.js'))) {
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
      { cwd: ROOT },
    );
  }
}, 120_000);

describe('lembaga angka-kredit (built)', () => {
  it('json on the example: totals, exit 1 for the shortfall, nothing but JSON on stdout', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kredit-e2e-'));
    cpSync(
      path.join(ROOT, 'examples', 'balai-rehsos-sentosa', 'kredit'),
      path.join(dir, 'kredit'),
      { recursive: true },
    );
    const r = lembaga(['credits', '.', '--format', 'json', '--tahun', '2022'], dir);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(
      doc.pegawai.map((p: { staf: string; diakui: { total: number } }) => [p.staf, p.diakui.total]),
    ).toEqual([
      ['ps-01', 17.6],
      ['ps-02', 47.1],
      ['ps-03', 9],
    ]);
    expect(r.stderr).toContain('3 pegawai');
  });

  it('the 2025 log of the same folder by conversion: 12,5 for Ahli Pertama Baik, the method named', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kredit-e2e-'));
    cpSync(
      path.join(ROOT, 'examples', 'balai-rehsos-sentosa', 'kredit'),
      path.join(dir, 'kredit'),
      { recursive: true },
    );
    const r = lembaga(['angka-kredit', '.', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.tahun).toBe(2025);
    expect(doc.pegawai.map((p: { staf: string; akTahun: number }) => [p.staf, p.akTahun])).toEqual([
      ['ps-01', 12.5],
      ['ps-02', 31.25],
      ['ps-03', 18.75],
    ]);
    expect(r.stderr).toContain('dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023)');
  });

  it('exit 2 with a plain Indonesian message for a folder without logs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kredit-e2e-'));
    const r = lembaga(['angka-kredit'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak berisi log angka kredit');
    expect(r.stderr).not.toContain('    at ');
  });
});
