/**
 * `impor --gabung` compares the register's state read at the start with its state
 * just before writing (issue 17.1): a register saved by another program meanwhile
 * (Excel does not take our lock) makes the merge start again from the new content,
 * and a register that keeps changing is refused (exit 2) — never a write that drops
 * what the other program saved.
 */
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as Kunci from '../../src/io/impor/kunci.js';

/** What the test does to the register at the n-th state check (1-based). */
const onCheck: { fn: ((n: number, file: string) => void) | null; n: number } = { fn: null, n: 0 };

vi.mock('../../src/io/impor/kunci.js', async (importOriginal) => {
  const orig = await importOriginal<typeof Kunci>();
  return {
    ...orig,
    bacaRegister: async (file: string) => {
      onCheck.n++;
      onCheck.fn?.(onCheck.n, file);
      return orig.bacaRegister(file);
    },
  };
});

// The suite runs without isolation (vitest.config.ts): another file may already have loaded the
// CLI with the real kunci.js, so the module cache is cleared and the CLI loaded anew, mocked.
vi.resetModules();
const { jalankan } = await import('../helpers/cli.js');

let dir: string;
const LAMA =
  'versi: 1\nkasus:\n- nomor: "LAMA-1"\n  layanan: rehabilitasi\n  status: aktif\n  klien:\n    jenis: individu\n  tahapan: {}\n';
const EXCEL =
  LAMA +
  '- nomor: "EXCEL-1"\n  layanan: rehabilitasi\n  status: aktif\n  klien:\n    jenis: individu\n  tahapan: {}\n';

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'impor-cas-'));
  writeFileSync(path.join(dir, 'r.yaml'), LAMA);
  writeFileSync(path.join(dir, 'baru.csv'), 'No. Reg;Nama Klien;Tgl Masuk\nB-1;Budi;01/02/2024\n');
  onCheck.n = 0;
  onCheck.fn = null;
});

const gabung = () =>
  jalankan(
    ['impor', 'baru.csv', '-o', 'r.yaml', '--gabung', '--ya', '--layanan-bawaan', 'rehabilitasi'],
    dir,
  );

describe('impor --gabung: compare-and-swap on the register state', () => {
  it('a register saved by another program during the merge: merged again, nothing lost', async () => {
    // Check 1 reads the register, check 2 is the state before writing: save "from Excel" in between.
    onCheck.fn = (n, file) => {
      if (n === 2) writeFileSync(file, EXCEL);
    };
    const r = await gabung();
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'r.yaml'), 'utf8');
    expect(text).toContain('LAMA-1');
    expect(text).toContain('EXCEL-1');
    expect(text).toContain('B-1');
    expect(onCheck.n).toBe(4);
  });

  it('a register that keeps changing: refused with exit 2, what the other program saved is kept', async () => {
    onCheck.fn = (n, file) => {
      if (n % 2 === 0) writeFileSync(file, EXCEL + `# simpanan ${n}\n`);
    };
    const r = await gabung();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/berubah selama digabung/);
    const text = readFileSync(path.join(dir, 'r.yaml'), 'utf8');
    expect(text).toContain('EXCEL-1');
    expect(text).not.toContain('B-1');
  });
});
