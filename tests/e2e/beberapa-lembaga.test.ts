/**
 * Silent wrong results of issue 14, end to end (spawning the built bin/lembaga):
 * several folders in one run, and lembaga.yaml given instead of its folder.
 * Each of these failed before the fix (14 errors instead of 25; a 0-case report, exit 0).
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, TANGGAL_UJI } from '../helpers/examples.js';

const BIN = path.join(ROOT, 'bin/lembaga');
const LKS = 'examples/lks-harapan-bunda';
const BALAI = 'examples/balai-rehsos-sentosa';

function lembaga(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Laporan {
  summary: { files: number; cases: number; errors: number; warnings: number; infos: number };
  findings: { rule: string; file: string | null; message: string }[];
  institutions?: { folder: string; name: string; summary: Laporan['summary'] }[];
}

describe('several folders in one run (lembaga validasi lks-a lks-b)', () => {
  it('checks each folder against its own lembaga.yaml, with a summary per institution', () => {
    const json = (args: string[]) =>
      lembaga(['validasi', ...args, '--tanggal', TANGGAL_UJI, '--format', 'json']);
    const satu = json([BALAI]);
    const dua = json([LKS, BALAI]);
    expect(satu.code).toBe(1);
    expect(dua.code).toBe(1);
    const a = JSON.parse(satu.stdout) as Laporan;
    const b = JSON.parse(dua.stdout) as Laporan;
    // The single-folder form is unchanged (docs/kontrak-cli.md): no institutions key.
    expect(a.institutions).toBeUndefined();
    // The balai's registers are checked against the balai's lembaga.yaml: the same findings
    // as when it is checked alone (before: 14 errors, staff of the other institution named).
    const dariBalai = b.findings.filter((f) => f.file?.startsWith(BALAI));
    expect(dariBalai.map((f) => [f.rule, f.message])).toEqual(
      a.findings.map((f) => [f.rule, f.message]),
    );
    expect(b.summary.errors).toBe(a.summary.errors);
    expect(b.findings.filter((f) => f.file?.startsWith(LKS))).toEqual([]);
    expect(b.institutions?.map((i) => [i.folder, i.summary.errors, i.summary.cases])).toEqual([
      [LKS, 0, 8],
      [BALAI, a.summary.errors, a.summary.cases],
    ]);
    expect(b.summary.cases).toBe(8 + a.summary.cases);
  });

  it('teks groups the findings per institution and closes each with its summary', () => {
    const r = lembaga(['validasi', LKS, BALAI, '--tanggal', TANGGAL_UJI]);
    expect(r.code).toBe(1);
    const iLks = r.stdout.indexOf(`LKS Anak Harapan Bunda — ${LKS}`);
    const iBalai = r.stdout.indexOf(`— ${BALAI}`);
    expect(iLks).toBeGreaterThanOrEqual(0);
    expect(iBalai).toBeGreaterThan(iLks);
    expect(r.stdout).toMatch(/LKS Anak Harapan Bunda: 0 galat/);
    expect(r.stdout).toMatch(/Seluruhnya 2 lembaga: \d+ galat/);
    // Warnings are listed too (not only errors), each under its institution.
    expect(r.stdout.slice(iBalai)).toMatch(/ peringatan {2}/);
  });
});

describe('lembaga.yaml given instead of its folder', () => {
  it('laporan lks/lembaga.yaml reads the folder’s registers, as laporan lks does', () => {
    const args = ['--tahun', '2026', '--tanggal', TANGGAL_UJI, '--format', 'json', '-o', '-'];
    const folder = lembaga(['laporan', LKS, ...args]);
    const file = lembaga(['laporan', `${LKS}/lembaga.yaml`, ...args]);
    expect(folder.code).toBe(0);
    expect(file.code).toBe(0);
    const total = (s: string) =>
      (
        JSON.parse(s) as {
          tabel: { id: string; baris: { key: string; nilai: { total: number } }[] }[];
        }
      ).tabel
        .find((x) => x.id === 'klien-asal')
        ?.baris.find((x) => x.key === 'total')?.nilai.total;
    expect(total(folder.stdout)).toBeGreaterThan(0);
    expect(total(file.stdout)).toBe(total(folder.stdout));
  });

  it('a 0-case report or book from registers that could not be read is not a quiet exit 0', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lembaga-rusak-'));
    cpSync(path.join(ROOT, LKS), dir, { recursive: true });
    for (const f of readdirSync(path.join(dir, 'register')))
      writeFileSync(path.join(dir, 'register', f), 'kasus: [\n');
    const lap = lembaga(
      ['laporan', 'lembaga.yaml', '--tahun', '2026', '--tanggal', TANGGAL_UJI],
      dir,
    );
    expect(lap.code).toBe(1);
    expect(lap.stderr).toMatch(
      /Tidak ada kasus yang terbaca: 2 berkas register tidak dapat dibaca/,
    );
    const buku = lembaga(['register', '.', '--tahun', '2026'], dir);
    expect(buku.code).toBe(1);
    expect(buku.stderr).toMatch(/Tidak ada kasus yang terbaca/);
  });
});
