/**
 * Issue 16: a big legacy workbook streams through our own reader (src/io/xlsx/reader.ts)
 * instead of exceljs. The streamed read must import exactly what the whole read imports —
 * cases, rejected rows and why, warnings, date orders — and gets the streamed row limit
 * (ALIR_LIMITS, changed by LEMBAGA_MAKS_BARIS), met mid-stream with an Indonesian message
 * that names the file and the sheet.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createT } from '../../src/i18n/index.js';
import { imporBerkas, type HasilImpor, type ImporOptions } from '../../src/io/impor/run.js';
import {
  barisDimensi,
  imporAlirLimits,
  imporLimits,
  IMPOR_MAKS_BARIS,
  openSource,
  sel,
} from '../../src/io/impor/source.js';
import { ALIR_LIMITS } from '../../src/io/xlsx/reader.js';
import { bigSheet } from '../corpus/make-corpus.js';
import { buildZip, deflatePart, SHEET_HEAD, workbookParts } from '../corpus/zip.js';
import { InputError } from '../../src/core/errors.js';
import { kanonik, setara } from '../../src/cli/commands/impor.js';
import { barisRegisterXlsx } from '../../src/io/impor/output.js';
import type { Kasus } from '../../src/model/kasus.js';

const t = createT('id');
const examples = path.resolve(import.meta.dirname, '../../examples/impor');
const fixtures = path.resolve(import.meta.dirname, '../fixtures/impor');
const STAF = [
  { id: 'ps-01', nama: 'Dewi Lestari' },
  { id: 'ps-02', nama: 'Rahmat Hidayat' },
];

async function impor(file: string, extra: Partial<ImporOptions>): Promise<HasilImpor> {
  return imporBerkas(file, { t, staf: STAF, tahunAcuan: 2025, collect: 'objects', ...extra });
}

/** What an import decided, as plain data (cells by what they say, not by object identity). */
function ringkas(h: HasilImpor) {
  const s = h.session;
  return {
    sheet: h.source.sheet,
    layout: h.layout,
    columns: h.columns,
    urutan: h.urutan,
    counts: [s.rowsRead, s.imported, s.rejected],
    kasus: h.kasus,
    ditolak: [...s.ditolak].map((d) => ({
      n: d.n,
      alasan: d.alasan,
      cells: d.cells.map((c) => [
        c.kind,
        c.text,
        c.original instanceof Date ? c.original.toISOString() : c.original,
      ]),
    })),
    peringatan: [...s.peringatan.values()],
    stafTakDikenal: [...s.stafTakDikenal],
    tahunMasuk: [...s.tahunMasuk],
    notes: h.notes,
  };
}

const FILES = [
  path.join(examples, 'Register 2024.xlsx'),
  path.join(fixtures, 'lks-2024.xlsx'),
  path.join(fixtures, 'tahapan-2023.xlsx'),
];

describe('a streamed legacy workbook imports what the whole read imports', () => {
  for (const file of FILES)
    it(path.basename(file), async () => {
      const utuh = await impor(file, { streaming: false });
      const alir = await impor(file, { streaming: true });
      expect(alir.source.streaming).toBe(true);
      expect(utuh.source.streaming).toBe(false);
      expect(utuh.session.imported + utuh.session.rejected).toBe(utuh.session.rowsRead);
      // One difference by design: exceljs repeats a merged cell's value over its merge (a
      // "Jumlah" spanning two columns of the totals row); a stream gives it once. Only the
      // rejected-rows workbook shows it; every such cell repeats its left neighbour.
      const u = ringkas(utuh);
      const a = ringkas(alir);
      let gabungan = 0;
      u.ditolak.forEach((d, i) =>
        d.cells.forEach((c, j) => {
          if (a.ditolak[i]?.cells[j]?.[0] === 'empty' && c[0] !== 'empty') {
            expect(c).toEqual(d.cells[j - 1]);
            d.cells[j] = a.ditolak[i]!.cells[j]!;
            gabungan++;
          }
        }),
      );
      expect(gabungan).toBeLessThanOrEqual(1);
      expect(a).toEqual(u);
    });

  it('with collect alir every case goes to tampung as it is made, in order, none kept', async () => {
    const file = path.join(examples, 'Register 2024.xlsx');
    const objek = await impor(file, { streaming: true });
    const diterima: Kasus[] = [];
    let tertunda = 0;
    const alir = await impor(file, {
      streaming: true,
      collect: 'alir',
      // Every other case answers with a promise (a compressor behind): each is awaited before the next row.
      tampung: (k) => {
        expect(tertunda).toBe(0);
        diterima.push(k);
        if (diterima.length % 2) return undefined;
        tertunda++;
        return new Promise<void>((r) => setTimeout(() => r(void tertunda--), 1));
      },
    });
    expect(alir.kasus).toEqual([]);
    expect(diterima.length).toBeGreaterThan(5);
    expect(diterima).toEqual(objek.kasus);
    expect(alir.session.imported).toBe(diterima.length);
  });

  it('the register written case by case is the same workbook, byte for byte, as one written from the list', async () => {
    const { buildRegisterXlsx, PenulisRegister } = await import('../../src/io/register-xlsx.js');
    const h = await impor(path.join(examples, 'Register 2024.xlsx'), { streaming: true });
    const p = new PenulisRegister(null, t);
    for (const k of h.kasus) await p.tambah(k);
    expect(p.kasus).toBe(h.kasus.length);
    const wb = await p.selesai();
    const satuSatu = wb.bytes();
    wb.buang();
    expect(
      Buffer.from(satuSatu).equals(Buffer.from(await buildRegisterXlsx(h.kasus, null, {}, t))),
    ).toBe(true);
  });

  it('a date-formatted number keeps its time of day, as exceljs gave it (rejected rows write it back)', () => {
    const cells = sel([
      {
        col: 2,
        ref: 'B1',
        value: { type: 'date', value: '2024-03-05', serial: 45356.75 },
        formula: false,
      },
      { col: 4, ref: 'D1', value: { type: 'string', value: '  ' }, formula: false },
    ]);
    expect(cells.map((c) => c.kind)).toEqual(['empty', 'date']);
    expect((cells[1]!.original as Date).toISOString()).toBe('2024-03-05T18:00:00.000Z');
    expect(cells[1]!.text).toBe('2024-03-05');
  });
});

describe('the row limit of a streamed import', () => {
  const simpan = process.env.LEMBAGA_MAKS_BARIS;
  afterEach(() => {
    if (simpan === undefined) delete process.env.LEMBAGA_MAKS_BARIS;
    else process.env.LEMBAGA_MAKS_BARIS = simpan;
  });

  function berkas(rows: number): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-alir-'));
    const file = path.join(dir, 'Register panjang.xlsx');
    writeFileSync(file, bigSheet(rows));
    return file;
  }

  it('is the streamed one (10 000 000 rows), not the 100 000 of a workbook read whole; the environment changes it', () => {
    expect(imporAlirLimits({})).toEqual(ALIR_LIMITS);
    expect(imporAlirLimits({}).maxRows).toBe(10_000_000);
    expect(imporLimits({}).maxRows).toBe(IMPOR_MAKS_BARIS);
    expect(imporAlirLimits({ LEMBAGA_MAKS_BARIS: '250' }).maxRows).toBe(250);
  });

  it('met mid-stream: refused with the file, the sheet and the row, nothing imported', async () => {
    const file = berkas(400);
    process.env.LEMBAGA_MAKS_BARIS = '300';
    const e = await impor(file, { streaming: true, collect: 'none' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const pesan = (e as Error).message;
    expect(pesan).toContain(file);
    expect(pesan).toContain('lembar "Register Lama"');
    expect(pesan).toContain('baris ke-301');
    expect(pesan).toContain('lebih dari 300 baris');
    expect(pesan).toContain('LEMBAGA_MAKS_BARIS');
  });

  it('broken sheet XML met mid-stream: refused with the file and the part, no stack trace', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>K${i}</t></is></c></row>`,
    ).join('');
    const xml = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Nama Klien</t></is></c></row>${rows}<row r="400"><c r="A400"><v>1</v></c></rox></sheetData></worksheet>`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-alir-'));
    const file = path.join(dir, 'Rusak.xlsx');
    writeFileSync(file, buildZip(workbookParts([deflatePart('sheet', xml)])));
    const e = await impor(file, { streaming: true, collect: 'none' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toContain(file);
    expect((e as Error).message).toMatch(/rusak: bagian xl\/worksheets\/sheet1\.xml bukan XML/);
  });

  it('a sheet within the limit is read to its last row, every row accounted for', async () => {
    const file = berkas(400);
    process.env.LEMBAGA_MAKS_BARIS = '400';
    const h = await impor(file, { streaming: true, collect: 'none' });
    const s = h.session;
    expect(s.rowsRead).toBe(399);
    expect(s.imported + s.rejected).toBe(s.rowsRead);
    expect(s.imported).toBeGreaterThan(0);
  });
});

describe('the read-back check compares cases as kanonik JSON, without building it', () => {
  const contoh: unknown[] = [
    { nomor: 'A', klien: { nama: 'X', nik: '1' }, tahapan: {} },
    { klien: { nik: '1', nama: 'X' }, nomor: 'A' },
    { nomor: 'A', klien: { nama: 'X', nik: '1', alamat: null }, tahapan: { asesmen: {} } },
    { nomor: 'A', klien: { nama: 'X', nik: '2' } },
    { nomor: 'A', klien: { nama: 'X' } },
    { nomor: 'A', klien: { nama: 'X' }, perpanjangan: [] },
    { nomor: 'A', klien: { nama: 'X' }, perpanjangan: [{}] },
    { nomor: 'A', klien: { nama: 'X' }, perpanjangan: [{ tanggal: '2024-01-01' }] },
    { nomor: 'A', klien: { nama: 'X' }, perpanjangan: [{ tanggal: '2024-01-02' }] },
    { nomor: 'A', klien: { nama: 'X' }, dtks: true },
    { nomor: 'A', klien: { nama: 'X' }, dtks: 'true' },
    { nomor: 'A', klien: 'X' },
    { nomor: 1 },
    { nomor: '1' },
  ];
  it('agrees with JSON.stringify(kanonik(…)) on every pair', () => {
    for (const a of contoh)
      for (const b of contoh)
        expect(setara(a, b), `${JSON.stringify(a)} ~ ${JSON.stringify(b)}`).toBe(
          JSON.stringify(kanonik(a)) === JSON.stringify(kanonik(b)),
        );
  });
});

describe('a new register is checked by counting its Register rows', () => {
  it('one row per case under the header; null for a workbook without a Register sheet', async () => {
    const { buildRegisterXlsx } = await import('../../src/io/register-xlsx.js');
    const h = await impor(path.join(examples, 'Register 2024.xlsx'), {});
    const data = await buildRegisterXlsx(h.kasus, null, {}, t);
    expect(await barisRegisterXlsx(data)).toBe(h.kasus.length + 1);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Lain').addRow(['x']);
    const lain = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await barisRegisterXlsx(lain)).toBeNull();
  });
});

describe("a big sheet's row count: its <dimension> when it has one, else its row tags counted", () => {
  const simpanBatas = process.env.LEMBAGA_MAKS_BARIS;
  afterEach(() => {
    if (simpanBatas === undefined) delete process.env.LEMBAGA_MAKS_BARIS;
    else process.env.LEMBAGA_MAKS_BARIS = simpanBatas;
  });
  it('barisDimensi reads the last row of the used range before the sheet data', () => {
    expect(barisDimensi('<worksheet><dimension ref="A1:Q100005"/><sheetData>')).toBe(100005);
    expect(barisDimensi('<x:worksheet><x:dimension ref="$A$1:$L$77"/><x:sheetData>')).toBe(77);
    expect(barisDimensi('<worksheet><dimension ref="B7"/><sheetData/>')).toBe(7);
    expect(barisDimensi('<worksheet><sheetViews/><sheetData><row r="1">')).toBeNull();
    // After the sheet data a dimension is not the sheet's (and no writer puts it there).
    expect(barisDimensi('<worksheet><sheetData></sheetData><dimension ref="A1:B9"/>')).toBeNull();
    expect(barisDimensi('<?xml version="1.0"?><worksheet xmlns="…"><dimen')).toBeUndefined();
  });

  const lembar = (dimensi: string | null, n: number) => {
    const rows = Array.from(
      { length: n },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}"><v>${i + 1}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>Klien ${i}</t></is></c></row>`,
    ).join('');
    const head = SHEET_HEAD.replace('<sheetData>', `${dimensi ?? ''}<sheetData>`);
    const xml = `${head}<row r="1"><c r="A1" t="inlineStr"><is><t>No</t></is></c><c r="B1" t="inlineStr"><is><t>Nama Klien</t></is></c></row>${rows}</sheetData></worksheet>`;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-dimensi-'));
    const file = path.join(dir, 'Lama.xlsx');
    writeFileSync(file, buildZip(workbookParts([deflatePart('sheet', xml)])));
    return file;
  };
  const total = async (file: string) => {
    const s = await openSource(file, { streaming: true, t });
    try {
      return s.totalRows;
    } finally {
      s.close?.();
    }
  };

  it('taken from the dimension when it says more than one row and is within the limit', async () => {
    expect(SHEET_HEAD).toContain('<sheetData>');
    expect(await total(lembar('<dimension ref="A1:B301"/>', 300))).toBe(301);
    // The count and the dimension agree on a sheet without gaps.
    expect(await total(lembar(null, 300))).toBe(301);
  });

  it('counted when the dimension says one cell (a writer that never updates it) or is past the limit', async () => {
    expect(await total(lembar('<dimension ref="A1"/>', 300))).toBe(301);
    process.env.LEMBAGA_MAKS_BARIS = '500';
    expect(await total(lembar('<dimension ref="A1:B900000"/>', 300))).toBe(301);
  });

  it('a dimension that hides rows does not let them past the limit: the reader counts as it reads', async () => {
    process.env.LEMBAGA_MAKS_BARIS = '200';
    const file = lembar('<dimension ref="A1:B50"/>', 300);
    const e = await impor(file, { streaming: true, collect: 'none' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as Error).message).toContain('lebih dari 200 baris');
  });
});
