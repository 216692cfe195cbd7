// The books are written with exceljs' streaming writer (render-xlsx.ts): these read the
// workbook back and check what streaming could silently lose — print setup given at sheet
// creation (fit to page, centred, print titles, footer), frozen panes, merges laid out before
// their rows are committed, page breaks, shared cell styles — and that the order and
// numbering of many cases survive row-by-row commits.
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { buildBuku } from '../../src/outputs/buku/buku.js';
import { renderBukuXlsx } from '../../src/outputs/buku/render-xlsx.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';

const t = createT('id');

const lembaga: Lembaga = {
  lembaga: {
    nama: 'LKS Uji',
    jenis: 'LKS',
    kepemilikan: 'masyarakat',
    kota: 'Bandung',
    pimpinan: { nama: 'Ibu Ketua', jabatan: 'Ketua' },
  },
  layanan: { rehabilitasi: {} },
  staf: [],
};

const kasus = (i: number): Kasus => ({
  nomor: `R-${String(i).padStart(4, '0')}`,
  layanan: 'rehabilitasi',
  status: 'aktif',
  klien: { jenis: 'individu', nama: `Klien ${i}`, jenisKelamin: i % 2 ? 'L' : 'P' },
  tahapan: {
    pendekatanAwal: { tanggal: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` },
  },
  kegiatan: [
    {
      tanggal: '2025-02-03',
      kegiatan: 'bimbingan-mental-spiritual',
      sesi: 'S1',
      catatan: 'catatan yang cukup panjang untuk dibungkus menjadi beberapa baris di buku',
    },
  ],
});

const N = 600;

/** One part of the .xlsx as text (exceljs does not read page breaks back). */
function parte(bytes: Uint8Array, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on('entry', (e: yauzl.Entry) => {
        if (e.fileName.replace(/^\//, '') !== name) return zip.readEntry();
        zip.openReadStream(e, (err2, rs) => {
          if (err2) return reject(err2);
          const chunks: Buffer[] = [];
          rs.on('data', (c: Buffer) => chunks.push(c));
          rs.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.on('end', () => reject(new Error(`${name} not found`)));
      zip.readEntry();
    });
  });
}

let lastBytes: Uint8Array = new Uint8Array();

async function render(kosong = false): Promise<ExcelJS.Workbook> {
  const d = buildBuku(
    lembaga,
    Array.from({ length: N }, (_, i) => ({
      kasus: kasus(i + 1),
      file: 'r.yaml',
      pointer: `/kasus/${i}`,
    })),
    { tahun: 2025, tampilkanNik: false, kosong },
  );
  const bytes = await renderBukuXlsx(d, {
    t,
    buku: ['register', 'catatan', 'ringkasan', 'hadir', 'aset', 'laporan'],
    kertas: 'F4',
  });
  lastBytes = bytes;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('streamed workbook, read back', () => {
  it('keeps the print setup, frozen header and footer of every printable book', async () => {
    const wb = await render();
    for (const name of [
      'Buku Register Klien',
      'Catatan Kasus',
      'Ringkasan Kasus',
      'Daftar Hadir',
      'Aset Inventaris',
      'Buku Laporan',
    ]) {
      const ws = wb.getWorksheet(name)!;
      expect(ws.pageSetup, name).toMatchObject({
        paperSize: 14,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
      });
      expect(ws.views[0], name).toMatchObject({ state: 'frozen', ySplit: 6 });
      expect(ws.headerFooter.oddFooter, name).toContain('Halaman &P dari &N');
    }
    expect(wb.getWorksheet('Daftar Hadir')!.pageSetup.orientation).toBe('portrait');
    expect(wb.getWorksheet('Catatan Kasus')!.pageSetup.printTitlesRow).toBe('6:6');
    expect(wb.getWorksheet('Register')!.pageSetup.printTitlesRow).toBe('1:1');
    expect(wb.getWorksheet('Register')!.views[0]).toMatchObject({ ySplit: 1, xSplit: 1 });
  });

  it('writes every case in order, styled and sized, with merges and page breaks', async () => {
    const wb = await render();
    const reg = wb.getWorksheet('Buku Register Klien')!;
    expect(reg.getCell('A1').isMerged).toBe(true);
    expect(reg.getCell('A1').value).toBe('BUKU REGISTER KLIEN');
    for (const i of [1, 300, N]) {
      const row = reg.getRow(6 + i);
      expect(row.getCell(1).value).toBe(i);
      expect(row.getCell(2).value).toMatch(/^R-\d{4}$/);
      expect(row.getCell(2).border).toMatchObject({ top: { style: 'thin' } });
      expect(row.getCell(2).font).toMatchObject({ size: 10 });
      expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
      expect(row.height).toBe(28); // "rehabilitasi" wraps in its 13-wide column: two lines
    }
    expect(reg.autoFilter).toBe(`A6:N${6 + N}`);
    // A wrapped note makes its row taller.
    const cat = wb.getWorksheet('Catatan Kasus')!;
    const heights = new Set<number>();
    cat.eachRow((r, n) => {
      if (n > 6 && typeof r.getCell(1).value === 'number' && r.getCell(11).value)
        heights.add(r.height);
    });
    expect([...heights]).toEqual([41]);
    // One merged title per case block, two blocks to a page.
    const rk = wb.getWorksheet('Ringkasan Kasus')!;
    const titles: string[] = [];
    rk.eachRow((r) => {
      const v = r.getCell(1).value;
      if (typeof v === 'string' && v.startsWith('R-')) {
        expect(r.getCell(4).isMerged).toBe(true);
        titles.push(v.slice(0, 6));
      }
    });
    expect(titles).toHaveLength(N);
    // Same order as the register book: first date, then number.
    expect(titles[0]).toBe('R-0028');
    expect(titles).toEqual(
      Array.from({ length: N }, (_, i) => String(reg.getRow(7 + i).getCell(2).value)),
    );
    // sheet3 = Ringkasan Kasus
    const xml = await parte(lastBytes, 'xl/worksheets/sheet3.xml');
    expect(xml).toContain(`<rowBreaks count="${N / 2 - 1}"`);
    // One attendance list for the session shared by every case.
    const hadir = wb.getWorksheet('Daftar Hadir')!;
    expect(hadir.getRow(6).hidden).toBe(true);
    expect(hadir.getCell('C7').isMerged).toBe(true);
    const peserta: unknown[] = [];
    hadir.eachRow((r) => {
      if (typeof r.getCell(2).value === 'string' && /^R-\d+$/.test(String(r.getCell(2).value)))
        peserta.push(r.getCell(2).value);
    });
    expect(peserta).toHaveLength(N);
    expect(wb.getWorksheet('Kegiatan')!.rowCount).toBe(N + 1);
  });

  it('empty books: bordered blank rows to write in, dropdowns down to row 201', async () => {
    const wb = await render(true);
    const reg = wb.getWorksheet('Buku Register Klien')!;
    expect(reg.getCell('B7').value).toBeNull();
    expect(reg.getCell('B7').border).toMatchObject({ left: { style: 'thin' } });
    expect(reg.getRow(36).height).toBe(18);
    const canon = wb.getWorksheet('Register')!;
    expect(canon.getCell('B201').dataValidation?.type).toBe('list');
    expect(canon.getCell('B202').dataValidation).toBeUndefined();
  });
});
