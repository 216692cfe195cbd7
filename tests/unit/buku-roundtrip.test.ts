// Issue 14 §4: the register book, read back as a register, keeps every case, activity and
// complaint — for both examples. The canonical sheets of the book come from the one writer
// of the register workbook (src/io/xlsx/register-writer.ts).
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadInputs } from '../../src/io/load-folder.js';
import { buildRegisterXlsx, readRegisterXlsxBuffer } from '../../src/io/register-xlsx.js';
import { buildBuku, tahunTerakhir } from '../../src/outputs/buku/buku.js';
import { renderBukuXlsx } from '../../src/outputs/buku/render-xlsx.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';

const t = createT('id');
const root = path.resolve(__dirname, '../..');

/** The case without its NIK (the book masks it, so its canonical cell is blank) and without empty lists. */
function tanpaNik(k: Kasus): unknown {
  const { nik: _nik, ...klien } = k.klien;
  void _nik;
  const out: Record<string, unknown> = { ...k, klien };
  for (const key of ['kegiatan', 'pengaduan', 'perpanjangan'] as const)
    if (!(k[key] as unknown[] | undefined)?.length) delete out[key];
  return JSON.parse(JSON.stringify(out));
}

describe.each(['lks-harapan-bunda', 'balai-rehsos-sentosa'])('register book of %s', (ex) => {
  it('reads back with every case, activity and complaint', async () => {
    const inst = await loadInputs([path.join(root, 'examples', ex)], { cwd: root, t });
    const terdaftar = inst.registers.flatMap((r) => r.kasus);
    const tahun = tahunTerakhir(terdaftar.map((r) => r.kasus))!;
    const d = buildBuku(inst.lembaga!, terdaftar, { tahun, tampilkanNik: false, kosong: false });
    const bytes = await renderBukuXlsx(d, { t, buku: ['register'], kertas: 'A4' });
    const back = await readRegisterXlsxBuffer(bytes, 'buku.xlsx', t);
    expect(back.problems).toEqual([]);
    const count = (ks: readonly Kasus[], key: 'kegiatan' | 'pengaduan') =>
      ks.reduce((n, k) => n + (k[key]?.length ?? 0), 0);
    const got = back.kasus.map((k) => k.kasus);
    expect(got).toHaveLength(d.kasus.length);
    expect(count(got, 'kegiatan')).toBe(count(d.kasus, 'kegiatan'));
    expect(count(got, 'pengaduan')).toBe(count(d.kasus, 'pengaduan'));
    expect(count(got, 'pengaduan')).toBeGreaterThan(0);
    // Cell for cell what the register workbook itself keeps (the layout has no column for a stage's note).
    const reg = await readRegisterXlsxBuffer(
      await buildRegisterXlsx(d.kasus, inst.lembaga, {}, t),
      'register.xlsx',
      t,
    );
    expect(got.map(tanpaNik)).toEqual(reg.kasus.map((k) => tanpaNik(k.kasus)));
  });
});

describe('printed books: labels, names, real dates and numbers (issue 14)', () => {
  it('prints labels, not codes, in the books of lks-harapan-bunda', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const { PPKS } = await import('../../src/standards/ppks.js');
    const inst = await loadInputs([path.join(root, 'examples', 'lks-harapan-bunda')], {
      cwd: root,
      t,
    });
    const terdaftar = inst.registers.flatMap((r) => r.kasus);
    const d = buildBuku(inst.lembaga!, terdaftar, {
      tahun: 2026,
      tampilkanNik: false,
      kosong: false,
    });
    const bytes = await renderBukuXlsx(d, {
      t,
      buku: ['register', 'catatan', 'ringkasan', 'hadir'],
      kertas: 'A4',
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const codes = new Set([
      ...PPKS.map(([k]) => k),
      ...(inst.lembaga!.staf ?? []).map((s) => s.id),
      'aktif',
      'selesai',
      'dirujuk',
      'individu',
      'dinas-sosial',
    ]);
    const texts: string[] = [];
    let dates = 0;
    let numbers = 0;
    for (const name of [
      'Buku Register Klien',
      'Catatan Kasus',
      'Ringkasan Kasus',
      'Daftar Hadir',
    ]) {
      wb.getWorksheet(name)!.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'string') {
            texts.push(c.value);
            expect(codes.has(c.value), `${name}!${c.address} = ${c.value}`).toBe(false);
            expect(c.value, `${name}!${c.address}`).not.toMatch(/^[a-z-]+: /);
            // A date is a date cell, not text.
            expect(c.value, `${name}!${c.address}`).not.toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
          } else if (c.value instanceof Date) dates++;
          else if (typeof c.value === 'number' && name === 'Ringkasan Kasus') numbers++;
        }),
      );
    }
    expect(texts).toContain('Anak telantar');
    expect(texts).toContain('Dinas Sosial Kota Bandung');
    expect(texts).toContain('Siti Nurhaliza, S.Tr.Sos.');
    expect(dates).toBeGreaterThan(0);
    expect(numbers).toBeGreaterThan(0);
    // The attendance list's date is a date cell.
    const hadir = wb.getWorksheet('Daftar Hadir')!;
    let hadirDate = false;
    hadir.eachRow((row) => row.eachCell((c) => (hadirDate ||= c.value instanceof Date)));
    expect(hadirDate).toBe(true);
  });
});
