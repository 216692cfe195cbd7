/**
 * DTSEN (issue 13 item 3): registers may write `dtsen` as well as `dtks`; the
 * ATENSI rule of Pasal 43 reads either; from Inpres 4/2025 its message says
 * "DTSEN (dahulu DTKS)". (Kept among this helper's test files.)
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';

async function validasi(edit: (s: string) => string, tanggal = TANGGAL_UJI) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dtsen-'));
  cpSync(path.join(EXAMPLES, 'lks-harapan-bunda'), dir, { recursive: true });
  const reg = path.join(dir, 'register', 'register-2026.yaml');
  writeFileSync(reg, edit(readFileSync(reg, 'utf8')));
  let out = '';
  const code = await run(['validasi', dir, '--format', 'json', '--tanggal', tanggal], {
    stdout: { write: (x: string) => ((out += x), true) },
    stderr: { write: () => true },
    env: { LANG: 'id_ID.UTF-8' },
    cwd: dir,
    stdinIsTTY: false,
  });
  return { code, doc: JSON.parse(out) };
}

describe('dtsen as well as dtks', () => {
  it('a register writing dtsen everywhere passes like the one writing dtks', async () => {
    const r = await validasi((s) => s.replace(/\bdtks:/g, 'dtsen:'));
    expect(r.doc.findings).toEqual([]);
    expect(r.code).toBe(0);
  });
  it('ATENSI Pasal 43 reads dtsen: not registered is a finding at that line, named DTSEN (dahulu DTKS)', async () => {
    const r = await validasi((s) => s.replace('dtks: diusulkan', 'dtsen: belum-terdaftar'));
    const f = r.doc.findings.find((x: { rule: string }) => x.rule === 'atensi-dtks');
    const asli = readFileSync(
      path.join(EXAMPLES, 'lks-harapan-bunda', 'register', 'register-2026.yaml'),
      'utf8',
    );
    const baris = asli.split('\n').findIndex((l) => l.includes('dtks: diusulkan')) + 1;
    expect(baris).toBeGreaterThan(0);
    expect(f).toMatchObject({ line: baris });
    expect(f.message).toContain('DTSEN (dahulu DTKS)');
  });
  it('before Inpres 4/2025 the message says DTKS', async () => {
    const r = await validasi(
      (s) => s.replace('dtks: diusulkan', 'dtks: belum-terdaftar'),
      '2024-12-31',
    );
    const f = r.doc.findings.find((x: { rule: string }) => x.rule === 'atensi-dtks');
    expect(f.message).toContain('DTKS');
    expect(f.message).not.toContain('DTSEN');
  });
});
