import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli.js';

const FIXTURE = path.resolve('tests/fixtures/tarif-buku');
const capture = () => {
  let s = '';
  return {
    write: (x: string) => ((s += x), true),
    get text() {
      return s;
    },
  };
};

async function folder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tarif-'));
  await fs.cp(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('lembaga tarif (in-process)', () => {
  it('json on stdout only; gaps warned on stderr and listed in json', async () => {
    const dir = await folder();
    const out = capture();
    const err = capture();
    expect(
      await run(['tarif', dir, '--format', 'json', '--layanan', 'pencegahan'], {
        stdout: out,
        stderr: err,
        env: {},
        cwd: dir,
      }),
    ).toBe(0);
    const j = JSON.parse(out.text) as {
      matriks: { celah: unknown[] }[];
      peringatan: string[];
      proBono: { total: { kegiatan: number } };
    };
    expect(j.matriks[0]?.celah).toHaveLength(31);
    expect(j.peringatan[0]).toContain('31 besaran kosong');
    expect(err.text).toContain('Peringatan: tarif pencegahan belum lengkap: 31 besaran kosong');
    // The pro bono quota is the worker's over every service: --layanan narrows the matrix shown, not the count.
    expect(j.proBono.total.kegiatan).toBe(7);
  });
  it('--hitung computes the rehabilitasi matrix; --jelaskan without --hitung is a usage error', async () => {
    const dir = await folder();
    const out = capture();
    expect(
      await run(
        ['tarif', dir, '--layanan', 'rehabilitasi', '--hitung', '--jelaskan', '--format', 'csv'],
        { stdout: out, stderr: capture(), env: {}, cwd: dir },
      ),
    ).toBe(0);
    expect(out.text).toContain('rehabilitasi,2,asesmen,Asesmen,5 tahap,515000,760000,1125000,');
    const err = capture();
    expect(
      await run(['tarif', dir, '--jelaskan'], {
        stdout: capture(),
        stderr: err,
        env: {},
        cwd: dir,
      }),
    ).toBe(2);
    expect(err.text).toContain('--jelaskan hanya berlaku bersama --hitung');
  });
  it('xlsx goes to tarif-<lembaga>.xlsx, never overwritten without --timpa', async () => {
    const dir = await folder();
    const err = capture();
    expect(
      await run(['tarif', dir, '--format', 'xlsx'], {
        stdout: capture(),
        stderr: err,
        env: {},
        cwd: dir,
      }),
    ).toBe(0);
    const file = path.join(dir, 'tarif-lks-harapan-bunda.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tarif Pencegahan',
      'Tarif Rehabilitasi',
      'Kuota Pro Bono',
    ]);
    expect(wb.getWorksheet('Tarif Pencegahan')!.getCell('F9').value).toBe(190000);
    expect(
      await run(['tarif', dir, '--format', 'xlsx'], {
        stdout: capture(),
        stderr: capture(),
        env: {},
        cwd: dir,
      }),
    ).toBe(2);
    expect(
      await run(['tarif', dir, '--format', 'xlsx', '--timpa'], {
        stdout: capture(),
        stderr: capture(),
        env: {},
        cwd: dir,
      }),
    ).toBe(0);
  });
  it('English messages with --bahasa en', async () => {
    const dir = await folder();
    const out = capture();
    const err = capture();
    expect(
      await run(['tarif', dir, '--layanan', 'pencegahan', '--bahasa', 'en'], {
        stdout: out,
        stderr: err,
        env: {},
        cwd: dir,
      }),
    ).toBe(0);
    expect(out.text).toContain('TIER I/');
    expect(err.text).toContain('Warning: pencegahan fees incomplete');
  });
});
