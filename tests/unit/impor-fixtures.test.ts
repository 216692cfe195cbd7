/**
 * The committed legacy fixtures are what make-fixtures.ts builds. Regenerate with
 * `IMPOR_TULIS_FIXTURE=1 npx vitest run tests/unit/impor-fixtures.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildLksWorkbook,
  buildTahapanWorkbook,
  buildWindowsCsv,
  LEMBAGA_YAML,
} from '../fixtures/impor/make-fixtures.js';

const here = path.resolve(import.meta.dirname, '../fixtures/impor');
const examples = path.resolve(import.meta.dirname, '../../examples/impor');

async function cellsOf(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) =>
    ws.eachRow((row, n) =>
      row.eachCell((c, col) => out.push(`${ws.name}!${n}:${col}=${JSON.stringify(c.value)}`)),
    ),
  );
  return out;
}

describe('impor fixtures', () => {
  it('match their builders (or are rewritten with IMPOR_TULIS_FIXTURE=1)', async () => {
    const xlsx = await buildLksWorkbook();
    const csv = buildWindowsCsv();
    const tahapan = await buildTahapanWorkbook();
    if (process.env.IMPOR_TULIS_FIXTURE) {
      writeFileSync(path.join(here, 'tahapan-2023.xlsx'), tahapan);
      writeFileSync(path.join(examples, 'lembaga.yaml'), LEMBAGA_YAML);
      mkdirSync(examples, { recursive: true });
      writeFileSync(path.join(here, 'lks-2024.xlsx'), xlsx);
      writeFileSync(path.join(here, 'windows-1252.csv'), csv);
      writeFileSync(path.join(here, 'lembaga.yaml'), LEMBAGA_YAML);
      writeFileSync(path.join(examples, 'Register 2024.xlsx'), xlsx);
      writeFileSync(path.join(examples, 'register-2024.csv'), csv);
    }
    expect(await cellsOf(readFileSync(path.join(here, 'lks-2024.xlsx')))).toEqual(
      await cellsOf(xlsx),
    );
    expect(
      Buffer.from(readFileSync(path.join(here, 'windows-1252.csv'))).equals(Buffer.from(csv)),
    ).toBe(true);
    expect(readFileSync(path.join(here, 'lembaga.yaml'), 'utf8')).toBe(LEMBAGA_YAML);
    expect(readFileSync(path.join(examples, 'lembaga.yaml'), 'utf8')).toBe(LEMBAGA_YAML);
    expect(await cellsOf(readFileSync(path.join(here, 'tahapan-2023.xlsx')))).toEqual(
      await cellsOf(tahapan),
    );
  });
});
