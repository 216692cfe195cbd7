/**
 * The books of the streaming writer (issue 16) against those the exceljs writer made before
 * it: tests/fixtures/buku-lama/*.txt.gz hold the old workbooks as text (tests/helpers/isi-xlsx.ts:
 * every cell's value and format, merges, widths, heights, panes, print setup, filters,
 * dropdowns, page breaks), taken from the output of `lembaga register` at commit ba86342.
 * The only difference allowed: a column width exceljs's streaming writer left out.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { jalankan } from '../helpers/cli.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';
import { bedaIsi, isiXlsx } from '../helpers/isi-xlsx.js';

const TMP = mkdtempSync(path.join(tmpdir(), 'lembaga-buku-lama-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));
const ENV = { LANG: 'id_ID.UTF-8', LEMBAGA_HARI_INI: TANGGAL_UJI };

const KASUS: [string, string[]][] = [
  ['lks-harapan-bunda', ['lks-harapan-bunda']],
  ['balai-rehsos-sentosa', ['balai-rehsos-sentosa']],
  ['lks-harapan-bunda-kosong', ['lks-harapan-bunda', '--kosong']],
  ['en', ['lks-harapan-bunda', '--bahasa', 'en', '--tampilkan-nik']],
];

describe('buku register: sama dengan keluaran penulis lama', () => {
  it.each(KASUS)('%s', async (nama, args) => {
    const out = path.join(TMP, `${nama}.xlsx`);
    const r = await jalankan(['register', ...args, '-o', out], EXAMPLES, ENV);
    expect(r.stderr).toMatch(/Ditulis|Written/);
    const lama = gunzipSync(
      readFileSync(path.join(import.meta.dirname, '../fixtures/buku-lama', `${nama}.txt.gz`)),
    ).toString();
    expect(bedaIsi(lama, await isiXlsx(out))).toEqual([]);
  });
});
