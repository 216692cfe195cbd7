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
