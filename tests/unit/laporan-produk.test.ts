/**
 * Service products (Lampiran 1.5) in the annual report (issue 12 item 3): counted per service
 * from the activities of the year, read back from the JSON and from the workbook cell by cell.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { summariseYear } from '../../src/outputs/laporan/summarise.js';
import { buildDokumen } from '../../src/outputs/laporan/dokumen.js';
import { renderJson } from '../../src/outputs/laporan/render-json.js';
import { renderXlsx } from '../../src/outputs/laporan/render-xlsx.js';
import { renderMarkdown } from '../../src/outputs/laporan/render-markdown.js';
import { STANDAR } from '../../src/standards/index.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus, Kegiatan } from '../../src/model/kasus.js';
import type { Finding } from '../../src/core/finding.js';
import { lembagaUji } from './laporan-arb.js';

const t = createT('id');
const opts = { tahun: 2025, tanggal: '2026-01-15', standar: STANDAR, findings: [] as Finding[] };
/** Free text typed where a product code belongs: it must never reach the report. */
const TEKS_BEBAS = 'Budi Santoso 3273010101010001';

const g = (tanggal: string, kegiatan: string, produk: string[]): Kegiatan => ({
  tanggal,
  kegiatan,
  produk,
});
const KASUS: Kasus[] = [
  {
    nomor: 'R1',
    layanan: 'rehabilitasi',
    status: 'aktif',
    klien: { jenis: 'individu' },
    tahapan: { pendekatanAwal: { kesepakatan: '2024-11-01' } },
    kegiatan: [
      // Last year: not counted.
      g('2024-12-01', 'perawatan-pengasuhan-dasar', ['kebutuhan-dasar']),
      g('2025-03-01', 'perawatan-pengasuhan-dasar', ['kebutuhan-dasar', 'perbekalan-kesehatan']),
      // The same code twice in one activity counts once.
      g('2025-04-01', 'perawatan-pengasuhan-dasar', ['kebutuhan-dasar', ' kebutuhan-dasar']),
      g('2025-05-01', 'bimbingan-sosial-konseling', [TEKS_BEBAS]),
    ],
  },
  {
    nomor: 'P1',
    layanan: 'pencegahan',
    status: 'aktif',
    klien: { jenis: 'individu' },
    tahapan: { pendekatanAwal: { kesepakatan: '2025-05-01' } },
    kegiatan: [
      g('2025-06-01', 'penyuluhan-sosial', ['penyuluhan-sosial']),
      // A product of another service: `lainnya`.
      g('2025-07-01', 'penyuluhan-sosial', ['kebutuhan-dasar']),
      g('2025-08-01', 'penyuluhan-sosial', []),
    ],
  },
];

/** Rows × columns expected (pencegahan, perlindungan, rehabilitasi, pemberdayaan, pengembangan, total). */
const HARAP: [string, number[]][] = [
  ['penyuluhan-sosial', [1, 0, 0, 0, 0, 1]],
  ['kebutuhan-dasar', [0, 0, 2, 0, 0, 2]],
  ['perbekalan-kesehatan', [0, 0, 1, 0, 0, 1]],
  ['lainnya', [1, 0, 1, 0, 0, 2]],
  ['total', [2, 0, 4, 0, 0, 6]],
];
const KOLOM = [
  'pencegahan',
  'perlindungan',
  'rehabilitasi',
  'pemberdayaan',
  'pengembangan',
  'total',
];

type Json = {
  penyampaian: { huruf: string; tabel: string[] }[];
  tabel: {
    id: string;
    kolom: string[];
    baris: { key: string; nilai: Record<string, unknown> }[];
  }[];
};

describe('service products table (1.5)', () => {
  const lap = summariseYear(lembagaUji(), KASUS, opts);

  it('belongs to aspect e (produk layanan) and counts per service in the JSON', () => {
    const json = JSON.parse(renderJson(lap, t, 'id', { name: 'lembaga', version: '0' })) as Json;
    expect(json.penyampaian.find((a) => a.huruf === 'e')!.tabel).toEqual(['layanan-produk']);
    const tb = json.tabel.find((x) => x.id === 'layanan-produk')!;
    expect(tb.kolom).toEqual(KOLOM);
    expect(tb.baris.map((b) => [b.key, KOLOM.map((k) => b.nilai[k])])).toEqual(HARAP);
  });

  it('writes the same counts into the workbook, cell by cell', async () => {
    const doc = buildDokumen(lap, t, 'id');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await renderXlsx(doc, { bahasa: 'id', t })) as unknown as ExcelJS.Buffer,
    );
    const ws = wb.getWorksheet('Bagian 3 Penyampaian')!;
    let judul = 0;
    ws.eachRow((r, i) => {
      if (String(r.getCell(1).value).includes('Produk layanan menurut jenis')) judul = i;
    });
    expect(judul).toBeGreaterThan(0);
    const kepala = ws.getRow(judul + 2);
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => kepala.getCell(c).value)).toEqual([
      'Kategori',
      'Pencegahan',
      'Perlindungan',
      'Rehabilitasi',
      'Pemberdayaan',
      'Pengembangan',
      'Jumlah',
    ]);
    const label = [
      'Penyuluhan sosial',
      'Kebutuhan dasar (permakanan, pakaian, asrama, alat bantu)',
      'Perbekalan kesehatan',
      'Lainnya (kode tidak dikenal)',
      'Jumlah',
    ];
    HARAP.forEach(([, nilai], i) => {
      const r = ws.getRow(judul + 3 + i);
      expect(String(r.getCell(1).value)).toContain(label[i]!.slice(0, 12));
      nilai.forEach((v, j) => expect(r.getCell(j + 2).value).toBe(v));
    });
  });

  it('prints no free text typed as a product code', () => {
    const doc = buildDokumen(lap, t, 'id');
    expect(renderMarkdown(doc, 'id')).not.toContain('Budi');
    expect(renderJson(lap, t, 'id', { name: 'lembaga', version: '0' })).not.toContain('Budi');
  });

  it('hides small counts under --publik like the other count tables', () => {
    const pub = summariseYear(lembagaUji(), KASUS, { ...opts, publik: true });
    const json = JSON.parse(renderJson(pub, t, 'id', { name: 'lembaga', version: '0' })) as Json;
    const tb = json.tabel.find((x) => x.id === 'layanan-produk')!;
    const angka = tb.baris.flatMap((b) => Object.values(b.nilai));
    // No count from 1 to 4 is published. The grand total of 6 is hidden too: with every cell
    // small, it would let the upper protection level fail (issue 17 §8: a hidden count must be
    // able to reach the threshold under every published relation).
    expect(angka.filter((v) => typeof v === 'number' && v > 0 && v < 5)).toEqual([]);
    expect(angka.filter((v) => typeof v === 'number' && v > 0)).toEqual([]);
    expect(angka.filter((v) => v === 'disembunyikan' || v === '< 5').length).toBeGreaterThan(0);
  });
});
