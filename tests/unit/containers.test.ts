// Both containers of a register — YAML and the canonical Excel workbook — load into the
// same model and give the same findings, by the same rules, with the same messages.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, copyFileSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { run } from '../../src/cli.js';
import { buildRegisterXlsx } from '../../src/io/register-xlsx.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { applySet, capture } from '../helpers/patch.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';

const src = path.join(EXAMPLES, 'lks-harapan-bunda');
const register = parseYamlSource(readFileSync(path.join(src, 'register/register-2026.yaml')), 'r')
  .data as { kasus: Kasus[] };
const lembaga = parseYamlSource(readFileSync(path.join(src, 'lembaga.yaml')), 'l').data as Lembaga;

// Mistakes planted in the model, the same in both containers.
const planted = applySet(register, [
  ['/kasus/0/tahapan/asesmen/tanggal', '2025-12-01'],
  ['/kasus/0/kegiatan/1/biaya', 999000],
  ['/kasus/0/tahapan/terminasi/formulirDitandatangani', false],
  ['/kasus/1/supervisor', 'sup-99'],
  ['/kasus/1/klien/jenisKelamin', 'P'],
  ['/kasus/2/tahapan/rujukan/lembagaPenerima', undefined],
  ['/kasus/3/kegiatan/0/kegiatan', 'penyuluhan-sosial'],
  // (A duplicate register number is not planted here: in Excel, activities join their case by number.)
  ['/kasus/4/klien/jenis', 'desa'],
]);

async function findings(dir: string) {
  const stdout = capture();
  const stderr = capture();
  const code = await run(
    ['validasi', dir, '--tanggal', TANGGAL_UJI, '--format', 'json', '--tampilkan-nik'],
    { stdout, stderr, env: {}, cwd: dir, stdinIsTTY: false },
  );
  const j = JSON.parse(stdout.text) as {
    findings: {
      rule: string;
      message: string;
      sheet: string | null;
      cell: string | null;
      line: number | null;
    }[];
  };
  return { code, list: j.findings };
}

function folder(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'lembaga-c-'));
  mkdirSync(path.join(d, 'register'));
  copyFileSync(path.join(src, 'lembaga.yaml'), path.join(d, 'lembaga.yaml'));
  return d;
}

describe('YAML and Excel registers give the same findings', () => {
  it('for the planted mistakes: same rules, same messages; YAML located by line, Excel by cell', async () => {
    const y = folder();
    writeFileSync(path.join(y, 'register/register.yaml'), stringify(planted));
    const x = folder();
    writeFileSync(
      path.join(x, 'register/register.xlsx'),
      await buildRegisterXlsx(planted.kasus, lembaga, {}, createT('id')),
    );
    const fy = await findings(y);
    const fx = await findings(x);
    const key = (f: { rule: string; message: string }) =>
      `${f.rule} | ${f.message.replace(/register\.(yaml|xlsx)/, 'register')}`;
    expect(fy.list.map(key).sort()).toEqual(fx.list.map(key).sort());
    expect(fy.list.length).toBeGreaterThanOrEqual(8);
    for (const f of fy.list) expect(f.line).not.toBeNull();
    for (const f of fx.list) {
      expect(f.sheet).toMatch(/^(Register|Kegiatan|Pengaduan|Supervisi)$/);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    expect(fy.code).toBe(1);
    expect(fx.code).toBe(1);
  });
  it('the clean example register gives no findings in either container', async () => {
    const x = folder();
    writeFileSync(
      path.join(x, 'register/register.xlsx'),
      await buildRegisterXlsx(register.kasus, lembaga, {}, createT('id')),
    );
    expect((await findings(x)).list).toEqual([]);
  });
});
