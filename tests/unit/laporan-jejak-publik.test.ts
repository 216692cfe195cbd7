/**
 * `laporan --publik --jejak`: the public report rounds the findings counts up (publik.ts
 * terbitkanTemuan), but the trace workbook is the institution's internal working file
 * (docs/laporan.md "Data pribadi", SECURITY.md): it shows the true counts beside their register
 * numbers — the same as the internal report's — and the public outputs never carry them.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { jalankan } from '../helpers/cli.js';
import { summariseYear } from '../../src/outputs/laporan/summarise.js';
import { renderJejak } from '../../src/outputs/laporan/render-jejak.js';
import { renderJson } from '../../src/outputs/laporan/render-json.js';
import { STANDAR } from '../../src/standards/index.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Finding } from '../../src/core/finding.js';
import { lembagaUji } from './laporan-arb.js';

const BALAI = fileURLToPath(new URL('../../examples/balai-rehsos-sentosa', import.meta.url));
const t = createT('id');

/** The rows below the header (row 3) of a sheet, as values. */
async function barisLembar(bytes: Uint8Array, nama: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(nama);
  if (!ws) throw new Error(`no sheet ${nama}`);
  const rows: unknown[][] = [];
  ws.eachRow((r, i) => {
    if (i > 3) rows.push((r.values as unknown[]).slice(1));
  });
  return rows;
}

describe('laporan --publik --jejak: the internal trace shows the true counts', () => {
  it('findings per rule as validasi counts them, while the public report rounds them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jejak-publik-'));
    cpSync(BALAI, dir, { recursive: true });
    const waktu = ['--tahun', '2025', '--tanggal', '2026-01-15'];
    const v = JSON.parse(
      (await jalankan(['validasi', ...waktu, '--format', 'json'], dir)).stdout,
    ) as { findings: { rule: string; severity: string }[] };
    const benar = new Map<string, number>();
    for (const f of v.findings)
      if (f.severity !== 'info') benar.set(f.rule, (benar.get(f.rule) ?? 0) + 1);

    const r = await jalankan(
      ['laporan', ...waktu, '--publik', '--jejak', '--format', 'json', '-o', 'keluar/'],
      dir,
    );
    expect(r.code, r.stderr).toBe(1); // the example's register has a broken NIK cell
    const publik = JSON.parse(
      await readFile(path.join(dir, 'keluar', 'laporan-tahunan-2025-publik.json'), 'utf8'),
    ) as { temuan: { rule: string; jumlah: number }[] };
    const jejak = await barisLembar(
      await readFile(path.join(dir, 'keluar', 'laporan-tahunan-2025-jejak-INTERNAL.xlsx')),
      'Temuan',
    );

    const diJejak = new Map(jejak.map((row) => [String(row[0]), row[2]]));
    expect(diJejak).toEqual(benar);
    // The public report did round (else this test could not tell the two apart) …
    expect(publik.temuan.every((f) => f.jumlah % 5 === 0)).toBe(true);
    expect(publik.temuan.some((f) => f.jumlah !== benar.get(f.rule))).toBe(true);
    // … and carries no true count.
    expect(Object.keys(publik.temuan[0]!)).not.toContain('jumlahAsli');
  });

  it('data-quality notes: true counts in the trace; the public lap keeps none without --jejak', async () => {
    const tanpaTanggal = (nomor: string): Kasus => ({
      nomor,
      layanan: 'rehabilitasi',
      status: 'aktif',
      klien: { jenis: 'individu' },
      tahapan: {},
    });
    const reg = ['D1', 'D2', 'D3'].map(tanpaTanggal);
    const temuan = [1, 2, 3, 4, 5, 6, 7].map(
      (i) =>
        ({
          rule: 'kasus-persetujuan',
          severity: 'error',
          message: `m${i}`,
          file: 'register.yaml',
          line: i,
          column: 1,
          path: '/',
          sheet: null,
          cell: null,
          row: null,
          value: null,
          expected: null,
          ref: 'Lampiran C 1.2.2 e',
          hint: null,
        }) as Finding,
    );
    const opts = { tahun: 2025, tanggal: '2026-01-15', standar: STANDAR, findings: temuan };
    const lap = summariseYear(lembagaUji(), reg, { ...opts, publik: true, jejak: true });
    expect(lap.catatanData.map((c) => c.jumlah)).toEqual([5]); // published: rounded
    expect(lap.temuan.map((f) => f.jumlah)).toEqual([10]);

    const bytes = await renderJejak(lap, t, 'id');
    const data = await barisLembar(bytes, 'Kualitas data');
    expect(data.map((row) => row[1])).toEqual([3]);
    expect(String(data[0]![0])).toContain('3');
    expect(String(data[0]![2])).toBe('D1, D2, D3');
    expect((await barisLembar(bytes, 'Temuan')).map((row) => row[2])).toEqual([7]);

    // Without --jejak nothing true is kept beside the rounded figures, and JSON never shows it.
    const tanpaJejak = summariseYear(lembagaUji(), reg, { ...opts, publik: true });
    expect(tanpaJejak.temuan[0]).not.toHaveProperty('jumlahAsli');
    expect(tanpaJejak.catatanData[0]).not.toHaveProperty('jumlahAsli');
    expect(renderJson(lap, t, 'id', { name: 'x', version: '0' })).not.toContain('jumlahAsli');
  });
});
