/**
 * The annual report's accreditation evidence index (issue 13 item 4): the five
 * components of Permensos 8/2025, each naming the report's parts, tables and
 * open findings that speak to it; the regulation an accreditation was granted
 * under. (Kept among this helper's test files.)
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import {
  komponenBagian,
  komponenRef,
  komponenTemuan,
} from '../../src/outputs/laporan/akreditasi.js';
import { EXAMPLES } from '../helpers/examples.js';

describe('sections and findings by component', () => {
  it('Lampiran sections map to the five components', () => {
    expect(komponenBagian('1.2')).toBe('program');
    expect(komponenBagian('1.2.8')).toBe('hasil');
    expect(komponenBagian('1.5')).toBe('hasil');
    expect(komponenBagian('1.4')).toBe('manajemen');
    expect(komponenBagian('1.6.5')).toBe('manajemen');
    expect(komponenBagian('2.6.2')).toBe('manajemen');
    expect(komponenBagian('2.2')).toBe('sarana');
    expect(komponenBagian('2.7.1')).toBe('sarana');
    expect(komponenBagian('2.3')).toBe('sdm');
    expect(komponenBagian('2.7.2')).toBe('sdm');
    expect(komponenBagian('2.8')).toBe('sdm');
    expect(komponenRef('Permensos 14/2020 Lampiran C angka 2.3.2 huruf a')).toBe('sdm');
    expect(komponenRef('PermenPANRB 2020 JF Pekerja Sosial Pasal 26 ayat 3 huruf a')).toBe('sdm');
    // A finding's section field wins over its reference text; without it the reference is read.
    const ref = 'Permensos 14/2020 Lampiran C angka 1.2.2 huruf e';
    expect(komponenTemuan({ ref, bagian: '2.2.1 a' })).toBe('sarana');
    expect(komponenTemuan({ ref, bagian: '1.5.2' })).toBe('hasil');
    expect(komponenTemuan({ ref, bagian: null })).toBe('program');
  });
});

async function laporan(dir: string, tanggal: string) {
  let out = '';
  await run(
    ['laporan', dir, '--format', 'markdown', '--tanggal', tanggal, '--tahun', tanggal.slice(0, 4)],
    {
      stdout: { write: (x: string) => ((out += x), true) },
      stderr: { write: () => true },
      env: { LANG: 'id_ID.UTF-8' },
      cwd: dir,
      stdinIsTTY: false,
    },
  );
  return out;
}

describe('the report', () => {
  it('carries the index naming Permensos 8/2025, with a row per component', async () => {
    const md = await laporan(path.join(EXAMPLES, 'balai-rehsos-sentosa'), '2026-11-25');
    const i = md.indexOf('Indeks bukti akreditasi');
    expect(i).toBeGreaterThan(0);
    const bagian = md.slice(i);
    expect(bagian).toContain(
      'Permensos 8/2025 tentang Akreditasi Lembaga di Bidang Kesejahteraan Sosial',
    );
    for (const k of [
      'Program',
      'Sumber daya manusia',
      'Manajemen dan organisasi',
      'Sarana dan prasarana',
      'Hasil pelayanan',
    ])
      expect(bagian).toContain(`| ${k} |`);
    // The open findings land in their component (the S1 supervisor under SDM, the missing APAR
    // under facilities), counted as requirements not yet met; the report names no rule ids.
    const baris = (k: string) => bagian.split('\n').find((l) => l.startsWith(`| ${k} |`))!;
    expect(baris('Sumber daya manusia')).toMatch(/\| [1-9]\d* \|$/);
    expect(baris('Sarana dan prasarana')).toMatch(/\| [1-9]\d* \|$/);
    expect(bagian).not.toContain('supervisor-pendidikan');
    expect(baris('Manajemen dan organisasi')).toContain('Tabel 1');
  });
  it('names the regulation an accreditation was granted under', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'akr-'));
    cpSync(path.join(EXAMPLES, 'lks-harapan-bunda'), dir, { recursive: true });
    const f = path.join(dir, 'lembaga.yaml');
    const src = readFileSync(f, 'utf8');
    expect(src).toMatch(/akreditasi:\n {2}- bidang: /);
    writeFileSync(
      f,
      src.replace(
        /akreditasi:\n {2}- bidang: (\S+)/,
        'akreditasi:\n  - dasar: permensos-8-2025\n    bidang: $1',
      ),
    );
    const md = await laporan(dir, '2026-11-25');
    expect(md).toMatch(/Akreditasi bidang \S+: diberikan menurut Permensos 8\/2025\./);
  });
});
