import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve('bin/lembaga');
const FIXTURE = path.resolve('tests/fixtures/tarif-buku');

describe('lembaga tarif (built binary)', () => {
  it('prints the matrix in 80 columns, warnings on stderr only', () => {
    const r = spawnSync(process.execPath, [BIN, 'tarif', FIXTURE, '--layanan', 'pencegahan'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Matriks Tarif Jasa Pencegahan Disfungsi Sosial');
    expect(r.stdout).not.toContain('Peringatan');
    expect(r.stderr).toContain('Peringatan: tarif pencegahan belum lengkap');
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
  });
});
