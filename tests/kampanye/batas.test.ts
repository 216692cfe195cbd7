/**
 * Issue 17 §11, the limits measured: every limit SECURITY.md states is exercised at the limit
 * (read in full, within the memory budget SECURITY.md states, with Node's default heap) and one
 * step over it (refused with the message naming the limit) by scripts/limits.mjs, one group per
 * test. Campaign only (`npm run test:kampanye`): the register at the row limit takes minutes.
 * Each row runs `lembaga` in its own process; peak memory is the child's RSS (GNU time).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Baris {
  label: string;
  ok: boolean;
  wallS: number;
  peakMB: number;
  budgetMB: number;
  why: string;
}

function batas(grup: string): Baris[] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lembaga-batas-'));
  try {
    const out = path.join(dir, 'hasil.json');
    const r = spawnSync(process.execPath, ['scripts/limits.mjs', '--hanya', grup, '--json', out], {
      cwd: path.resolve('.'),
      encoding: 'utf8',
      // The children must have Node's default heap, whatever the test runner was given.
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr || `limits.mjs: ${r.status}`);
    return JSON.parse(readFileSync(out, 'utf8')) as Baris[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('limits in SECURITY.md, each at the limit and one step over (issue 17 §11)', () => {
  it.each([
    ['alias', 3],
    ['bagian', 2],
    ['ukuran', 2],
    ['yaml', 2],
    ['baris', 2],
    ['impor', 2],
  ] as const)(
    '%s',
    (grup, n) => {
      const hasil = batas(grup);
      expect(hasil).toHaveLength(n);
      for (const b of hasil) {
        expect(b.why, b.label).toBe('');
        expect(b.ok, b.label).toBe(true);
        expect(b.peakMB, b.label).toBeLessThanOrEqual(b.budgetMB);
      }
    },
    15 * 60_000,
  );
});
