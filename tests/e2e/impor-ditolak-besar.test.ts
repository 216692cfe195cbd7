/**
 * Every row of a big legacy file rejected (a register imported without `--layanan-bawaan`
 * whose services no synonym knows): the rows wait in a temporary file past a few thousand
 * (io/impor/ditolak.ts) and the rejected-rows workbook is written by the streaming writer
 * with a note on each offending cell (issue 16: through exceljs, 100 000 such rows took
 * 2.6 GB). The built binary is run; the workbook is read back cell by cell.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { lembagaAsync } from '../hardening/harness.js';

const BARIS = 5_000; // past the 2 000 rows kept in memory
type Legacy = (
  file: string,
  n: number,
  seed?: number,
  rusak?: boolean,
  layanan?: string[],
) => Promise<void>;

describe('impor: thousands of rejected rows', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'impor-ditolak-'));
    const modul = path.resolve('scripts/bench/generate-legacy.mjs');
    const generate = ((await import(modul)) as { generateLegacy: Legacy }).generateLegacy;
    await generate(path.join(dir, 'Register lama.xlsx'), BARIS, 11, false, [
      'Entah apa',
      'Bantuan X',
    ]);
  }, 60_000);

  it('every row in the workbook, in order, its service cell red with the reason as a note', async () => {
    const r = await lembagaAsync(
      ['impor', 'Register lama.xlsx', '--ya', '-o', 'register.xlsx'],
      dir,
      {
        timeout: 100_000,
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`semua ${BARIS} baris ditolak`));
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Nothing is written for the cases; no temporary file is left beside the output.
    expect(readdirSync(dir).sort()).toEqual(['Register lama.xlsx', 'register.ditolak.xlsx']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'register.ditolak.xlsx'));
    const ws = wb.getWorksheet('Ditolak')!;
    expect(ws.actualRowCount).toBe(BARIS + 1);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-3)).toEqual(['Keterangan', 'Baris asal', 'Alasan']);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const layananCol = header.indexOf('Layanan') + 1;
    const nikCol = header.indexOf('NIK') + 1;
    const alasanCol = header.length;
    let dicatat = 0;
    for (let i = 0; i < BARIS; i++) {
      const row = ws.getRow(i + 2);
      // Rows 1-4 are the title block, 5-6 the two-row header: data from row 7.
      expect(row.getCell(alasanCol - 1).value, `baris ${i + 2}`).toBe(i + 7);
      const cell = row.getCell(layananCol);
      expect(['Entah apa', 'Bantuan X']).toContain(cell.value);
      expect(cell.note).toMatch(new RegExp(`Layanan "${String(cell.value)}" tidak dikenali`));
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
      expect(row.getCell(alasanCol).value).toMatch(/^Layanan: Layanan ".+" tidak dikenali/);
      // The NIK stays text, written back as it was read.
      expect(typeof row.getCell(nikCol).value).toBe('string');
      expect(row.getCell(nikCol).numFmt).toBe('@');
      if (cell.note) dicatat++;
    }
    expect(dicatat).toBe(BARIS);
    const info = wb.worksheets[1]!;
    const jumlah = info.getColumn(1).values.findIndex((v) => v === 'Jumlah baris ditolak');
    expect(info.getRow(jumlah).getCell(2).value).toBe(BARIS);
  }, 120_000);
});
