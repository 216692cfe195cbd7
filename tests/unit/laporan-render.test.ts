/**
 * The renderers, read back: Word text and structure, Excel cells, Markdown, JSON, the trace
 * workbook, the charts — and a search of every output for the input's personal data.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { summariseYear } from '../../src/outputs/laporan/summarise.js';
import { buildDokumen } from '../../src/outputs/laporan/dokumen.js';
import { renderDocx } from '../../src/outputs/laporan/render-docx.js';
import { renderXlsx } from '../../src/outputs/laporan/render-xlsx.js';
import { renderMarkdown } from '../../src/outputs/laporan/render-markdown.js';
import { renderJson } from '../../src/outputs/laporan/render-json.js';
import { renderJejak } from '../../src/outputs/laporan/render-jejak.js';
import { buatGrafik } from '../../src/outputs/laporan/grafik.js';
import { STANDAR } from '../../src/standards/index.js';
import { createT } from '../../src/i18n/index.js';
import { registerTetap, lembagaUji } from './laporan-arb.js';

const t = createT('id');
const REG = registerTetap(120);
const opts = { tahun: 2025, tanggal: '2026-01-15', standar: STANDAR, findings: [] };

/** Every file of a zip, as text. */
function unzip(bytes: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const out = new Map<string, string>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, s) => {
          if (err2 || !s) return reject(err2 ?? new Error('entry'));
          const chunks: Buffer[] = [];
          s.on('data', (c: Buffer) => chunks.push(c));
          s.on('end', () => {
            out.set(
              e.fileName,
              Buffer.concat(chunks).toString(/\.(png|jpe?g)$/.test(e.fileName) ? 'latin1' : 'utf8'),
            );
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.readEntry();
    });
  });
}

/** The visible text of a .docx (document + footers). */
async function docxText(
  bytes: Uint8Array,
): Promise<{ text: string; xml: string; files: Map<string, string> }> {
  const files = await unzip(bytes);
  const xml = [...files.entries()]
    .filter(([n]) => /^word\/(document|footer\d*)\.xml$/.test(n))
    .map(([, x]) => x)
    .join('\n');
  const text = xml
    .replace(/<w:p[ >][^]*?<\/w:p>/g, (p) => p.replace(/<[^>]+>/g, '') + '\n')
    .replace(/<[^>]+>/g, '');
  return { text, xml, files };
}

async function xlsxCells(bytes: Uint8Array): Promise<{ wb: ExcelJS.Workbook; text: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const parts: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((r) => r.eachCell((c) => parts.push(String(c.text)))));
  return { wb, text: parts.join('\n') };
}

describe('renderers', () => {
  const lap = summariseYear(lembagaUji(), REG, { ...opts, jejak: true });
  const doc = buildDokumen(lap, t, 'id');
  const served = lap.tabel.find((x) => x.id === 'klien-asal')!.total!.nilai.at(-1)!;

  it('draws the charts with Vega and resvg to PNG', async () => {
    const g = await buatGrafik(lap, t, 'id');
    expect([...g.keys()].sort()).toEqual(['bulan', 'keadaan', 'pengaduan']);
    for (const x of g.values()) {
      expect([...x.png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
      expect(x.lebar).toBeGreaterThan(300);
    }
  });

  it('writes a Word document with the four parts, repeated table headers, a page X of Y footer and charts', async () => {
    const grafik = await buatGrafik(lap, t, 'id');
    const { text, xml, files } = await docxText(await renderDocx(doc, { bahasa: 'id', t, grafik }));
    for (const h of [
      'Bagian 1. Identitas lembaga',
      'Bagian 2. Aspek pengelolaan pelayanan (Pasal 34 ayat 2)',
      'Bagian 3. Aspek penyampaian layanan (Pasal 34 ayat 3)',
      'Bagian 4.',
    ])
      expect(text).toContain(h);
    expect(text).toContain('Jumlah Pekerja Sosial Profesional');
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toMatch(/PAGE/);
    expect(xml).toMatch(/NUMPAGES/);
    expect(text).toMatch(/Halaman/);
    expect(
      [...files.keys()].filter((n) => n.startsWith('word/media/') && n.endsWith('.png')).length,
    ).toBe(3);
    // The served total appears as a bold totals row of table "klien-asal".
    expect(text).toContain(`Jumlah${served}`.slice(0, 6));
  });

  it('a report handed over: cover with logo slot, foreword, contents, approval block; long dates; ISO in JSON', async () => {
    const { text } = await docxText(await renderDocx(doc, { bahasa: 'id', t }));
    const urut = [
      '[Tempat logo lembaga]',
      'LAPORAN TAHUNAN 2025',
      'LKS Uji Coba',
      'Tahun 2025',
      'Kata Pengantar',
      'Daftar Isi',
      'Bagian 1. Identitas lembaga',
      'Pengesahan',
      'Kota Bandung, 15 Januari 2026',
      'Ketua LKS Uji Coba',
      'Drs. Kepala Lembaga',
    ].map((s) => text.lastIndexOf(s));
    expect(urut.every((i) => i >= 0)).toBe(true);
    // The approval block closes the report, after Part 4.
    expect(text.lastIndexOf('Kota Bandung, 15 Januari 2026')).toBeGreaterThan(
      text.indexOf('Bagian 4.'),
    );
    expect(text).toContain(
      'Periode: 1 Januari 2025 s.d. 31 Desember 2025. Disusun pada 15 Januari 2026.',
    );
    expect(text).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    const md = renderMarkdown(doc, 'id');
    expect(md).toContain('## Kata Pengantar');
    expect(md).toContain('## Daftar Isi');
    expect(md).toContain('**Drs. Kepala Lembaga**');
    expect(md).not.toMatch(/\b20\d\d-\d\d-\d\d\b/);
    const json = renderJson(lap, t, 'id', { name: 'lembaga', version: '0' });
    expect(json).toContain('2026-01-15');
    const en = buildDokumen(lap, createT('en'), 'en');
    expect(en.pengesahan?.tempatTanggal).toBe('Kota Bandung, 15 January 2026');
  });

  it('writes an Excel workbook with one sheet per part and the figures as numbers', async () => {
    const grafik = await buatGrafik(lap, t, 'id');
    const { wb } = await xlsxCells(await renderXlsx(doc, { bahasa: 'id', t, grafik }));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Tentang laporan',
      'Bagian 1 Identitas',
      'Bagian 2 Pengelolaan',
      'Bagian 3 Penyampaian',
      'Bagian 4 Temuan',
    ]);
    const ws = wb.getWorksheet('Bagian 3 Penyampaian')!;
    // Find the table "klien-asal" and its totals row: every figure is a number equal to the summary.
    let judulRow = 0;
    ws.eachRow((r, i) => {
      if (String(r.getCell(1).value).includes('menurut asal')) judulRow = i;
    });
    expect(judulRow).toBeGreaterThan(0);
    const tb = lap.tabel.find((x) => x.id === 'klien-asal')!;
    const header = ws.getRow(judulRow + 2);
    expect(header.getCell(1).value).toBe('Kategori');
    const totalRow = ws.getRow(judulRow + 3 + tb.baris.length);
    expect(totalRow.getCell(1).value).toBe('Jumlah');
    tb.total!.nilai.forEach((v, j) => expect(totalRow.getCell(j + 2).value).toBe(v));
    expect(ws.getImages().length).toBe(3);
    expect(ws.headerFooter.oddFooter).toContain('&P');
  });

  it('writes Markdown and JSON that carry the same figures', () => {
    const md = renderMarkdown(doc, 'id');
    expect(md).toContain('## Bagian 3. Aspek penyampaian layanan');
    expect(md).toMatch(/\| \*\*Jumlah\*\* \|/);
    const json = JSON.parse(renderJson(lap, t, 'id', { name: 'lembaga', version: '0' })) as {
      tabel: { id: string; baris: { key: string; nilai: Record<string, number> }[] }[];
    };
    const asal = json.tabel.find((x) => x.id === 'klien-asal')!;
    expect(asal.baris.find((b) => b.key === 'total')!.nilai.total).toBe(served);
  });

  it('writes the trace workbook, marked internal on every sheet, with the register numbers', async () => {
    const { wb } = await xlsxCells(await renderJejak(lap, t, 'id'));
    expect(wb.worksheets.length).toBe(3);
    for (const ws of wb.worksheets) {
      expect(ws.getCell('A1').value).toBe('INTERNAL — berisi nomor register');
      expect(ws.headerFooter.oddHeader).toContain('INTERNAL — berisi nomor register');
    }
    const angka = wb.worksheets[0]!;
    let found = '';
    angka.eachRow((r) => {
      if (
        String(r.getCell(1).value).startsWith('klien-asal') &&
        r.getCell(3).value === 'total' &&
        String(r.getCell(2).value) === 'Jumlah'
      )
        found = String(r.getCell(5).value);
    });
    const nomor = lap.jejak!.get('klien-asal|total|total')!;
    expect(found.split(', ').sort()).toEqual([...nomor].sort());
  });
});

describe('personal data', () => {
  const pribadi = REG.flatMap((k) =>
    [k.klien.nama, k.klien.nik, k.klien.alamat].filter((x): x is string => Boolean(x)),
  );
  it('has personal data in the input to look for (the search can fail)', () => {
    expect(pribadi.length).toBeGreaterThan(200);
  });
  for (const publik of [false, true]) {
    it(`leaves no name, NIK, address or birth date in any output${publik ? ' (--publik)' : ''}`, async () => {
      const lap = summariseYear(lembagaUji(), REG, { ...opts, publik });
      const doc = buildDokumen(lap, t, 'id');
      const grafik = await buatGrafik(lap, t, 'id');
      const teks = [
        (await docxText(await renderDocx(doc, { bahasa: 'id', t, grafik }))).xml,
        (await xlsxCells(await renderXlsx(doc, { bahasa: 'id', t, grafik }))).text,
        renderMarkdown(doc, 'id'),
        renderJson(lap, t, 'id', { name: 'lembaga', version: '0' }),
      ];
      const tanggalLaporan = new Set([
        lap.periode.mulai,
        lap.periode.akhir,
        lap.tanggal,
        '2024-01-02',
        '2029-01-01',
        '2027-12-31',
      ]);
      const lahir = REG.map((k) => k.klien.tanggalLahir).filter(
        (x): x is string => Boolean(x) && !tanggalLaporan.has(x!),
      );
      for (const s of teks) {
        for (const p of pribadi) expect(s.includes(p), p).toBe(false);
        for (const d of lahir) expect(s.includes(d), d).toBe(false);
        // No NIK-like run of 16 digits at all.
        expect(s).not.toMatch(/(?<!\d)\d{16}(?!\d)/);
      }
      // The search itself finds data when it is there.
      expect(teks.join('\n').includes(lembagaUji().lembaga.nama)).toBe(true);
    });
  }
});

describe('chart labels are never cut off (issue 14)', () => {
  it('a long category is wrapped onto lines, every word drawn, no ellipsis, the canvas fits it', async () => {
    const { bungkusLabel, specBatang } = await import('../../src/outputs/laporan/grafik.js');
    const vega = await import('vega');
    const panjang =
      'Klien dirujuk kepada lembaga lain yang lebih sesuai dengan kebutuhan dan keadaannya setelah asesmen lanjutan';
    expect(bungkusLabel(panjang).replace(/\n/g, ' ')).toBe(panjang);
    expect(
      Math.max(
        ...bungkusLabel(panjang)
          .split('\n')
          .map((x) => x.length),
      ),
    ).toBeLessThanOrEqual(34);
    const view = new vega.View(
      vega.parse(specBatang([{ x: bungkusLabel(panjang), y: 7, urut: 0 }], 'Kasus') as never),
      { renderer: 'none' },
    );
    const svg = await view.toSVG();
    view.finalize();
    const teks = (svg.match(/<tspan[^>]*>([^<]*)<\/tspan>/g) ?? [])
      .map((x) => x.replace(/<[^>]+>/g, ''))
      .join(' ');
    expect(teks).toBe(panjang);
    expect(svg).not.toContain('…');
  });
});
