import { describe, expect, it } from 'vitest';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { LAYANAN_KEYS } from '../../src/standards/types.js';
import { buildSop } from '../../src/outputs/sop/build-sop.js';
import { semuaTeks } from '../../src/outputs/dokumen/model.js';
import { renderDocx } from '../../src/outputs/dokumen/render-docx.js';
import { renderMarkdown } from '../../src/outputs/dokumen/render-markdown.js';
import { createT } from '../../src/i18n/index.js';
import { contohLembaga, teksDocx } from './sop-baca-docx.js';

const id = { t: createT('id'), bahasa: 'id' as const };
const en = { t: createT('en'), bahasa: 'en' as const };

describe('buildSop: every core activity of the Lampiran is in its SOP', () => {
  for (const k of LAYANAN_KEYS) {
    it(`${k}: model, .docx and Markdown carry all ${STANDAR[k].kegiatan.length} kegiatan`, async () => {
      const l = contohLembaga();
      const doc = buildSop(l, STANDAR[k], l.layanan[k], id);
      const teks = semuaTeks(doc);
      const { teks: docx } = await teksDocx(await renderDocx(doc));
      const md = renderMarkdown(doc);
      for (const keg of STANDAR[k].kegiatan) {
        expect(teks, keg.key).toContain(keg.label);
        expect(docx, keg.key).toContain(keg.label);
        expect(md, keg.key).toContain(keg.label);
      }
      // The five stages of Pasal 5, the Pasal 11 columns and the product/complaint sections.
      for (const s of [
        'Pendekatan awal',
        'Asesmen',
        'Perencanaan intervensi',
        'Intervensi',
        'Evaluasi, rujukan, dan terminasi',
      ])
        expect(docx).toContain(s);
      for (const s of ['Pelaksana', 'Mutu baku', 'Kelengkapan', 'Waktu', 'Luaran', 'Keterangan'])
        expect(docx).toContain(s);
      for (const p of STANDAR[k].pengaduan.prosedur) expect(docx).toContain(p.label);
      for (const b of STANDAR[k].tarif.baris) expect(docx).toContain(b.label);
      for (const d of STANDAR[k].dasarHukum) expect(docx).toContain(d.label);
      expect(docx).toContain(`${STANDAR[k].jangkaWaktu.bulan} bulan`);
    });
  }

  it('fills what lembaga.yaml knows and marks the rest as blanks', () => {
    const l = contohLembaga();
    const teks = semuaTeks(buildSop(l, STANDAR.pencegahan, l.layanan.pencegahan, id));
    expect(teks).toContain('Nomor 05/SK/LKS-HB/2024 tanggal 1 Februari 2024'); // SK tarif from lembaga.yaml
    expect(teks).toContain('Rp 250.000'); // asesmen tingkat I
    expect(teks).toContain('[…diisi lembaga…]');
    expect(teks).toContain('022-123456'); // complaint phone falls back to the office phone
    expect(teks).toContain('1 hari'); // complaint deadline
    expect(teks).toContain('Triwulanan');
    expect(teks).toContain('Siti Aminah');
    expect(teks).toContain('Pekerja sosial: 1 orang');
    expect(teks).not.toContain('Budi'); // staff are counted by role, not named
  });

  it('a blank tariff cell is a blank, never Rp 0', () => {
    const l = contohLembaga();
    const teks = semuaTeks(buildSop(l, STANDAR.perlindungan, l.layanan.perlindungan, id));
    expect(teks).not.toContain('Rp 0');
    expect(teks).not.toContain('Rp');
  });

  it('rehabilitation under ATENSI maps the seven stages onto the five; without ATENSI there is no such table', () => {
    const l = contohLembaga();
    const dengan = semuaTeks(buildSop(l, STANDAR.rehabilitasi, l.layanan.rehabilitasi, id));
    for (const s of [
      'Fasilitasi akses',
      'Implementasi',
      'Pascalayanan dan terminasi',
      'Pasal 19',
      'paling lama 6 bulan',
      'berbasis keluarga',
    ])
      expect(dengan).toContain(s);
    const tanpa = semuaTeks(buildSop(l, STANDAR.rehabilitasi, { atensi: false }, id));
    expect(tanpa).not.toContain('Fasilitasi akses');
    // The intervention levels of C 1.2.5 a/b are grouped.
    expect(tanpa).toContain('Intervensi tingkat dasar');
    expect(tanpa).toContain('Intervensi tingkat lanjut');
    expect(tanpa).toContain('Psikolog'); // other personnel of the service take part in interventions
  });

  it('an extension beyond the standard limit is called out', () => {
    const l = contohLembaga();
    const teks = semuaTeks(buildSop(l, STANDAR.rehabilitasi, { jangkaWaktuBulan: 9 }, id));
    expect(teks).toContain('melebihi batas standar 6 bulan');
  });

  it('English labels with --bahasa en', () => {
    const l = contohLembaga();
    const teks = semuaTeks(buildSop(l, STANDAR.pencegahan, l.layanan.pencegahan, en));
    for (const keg of STANDAR.pencegahan.kegiatan) expect(teks).toContain(keg.labelEn);
    expect(teks).toContain('[…to be filled by the institution…]');
    expect(teks).toContain('Annex A section 1.2.2 letter a');
  });
});

describe('renderDocx', () => {
  it('A4 pages, repeated header rows, "Halaman X dari Y" footer, landscape procedure section', async () => {
    const l = contohLembaga();
    const { xml } = await teksDocx(
      await renderDocx(buildSop(l, STANDAR.pencegahan, l.layanan.pencegahan, id), {
        halaman: 'Halaman {x} dari {y}',
      }),
    );
    const doc = xml.get('word/document.xml')!;
    expect(doc).toContain('w:w="11906"');
    expect(doc).toContain('w:h="16838"');
    expect(doc).toContain('w:orient="landscape"');
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toMatch(/w:vMerge/); // "Mutu baku" header spans two rows
    const footer = [...xml.entries()]
      .filter(([n]) => n.startsWith('word/footer'))
      .map(([, v]) => v)
      .join('');
    expect(footer).toContain('Halaman ');
    expect(footer).toContain(' dari ');
    expect(footer).toMatch(/PAGE/);
    expect(footer).toMatch(/NUMPAGES/);
    // Headings are real Word headings, lists are numbered.
    expect(doc).toContain('w:val="Heading2"');
    expect(doc).toContain('<w:numPr>');
  });

  it('F4 paper on request', async () => {
    const l = contohLembaga();
    const { xml } = await teksDocx(
      await renderDocx(buildSop(l, STANDAR.pencegahan, undefined, id), { kertas: 'F4' }),
    );
    const doc = xml.get('word/document.xml')!;
    expect(doc.includes('<w:pgSz w:w="12188" w:h="18708"'), 'F4 = 215 × 330 mm').toBe(true);
  });
});

describe('renderMarkdown', () => {
  it('flattens the two-row header and escapes formula-like cells', () => {
    const l = contohLembaga();
    const md = renderMarkdown(buildSop(l, STANDAR.pencegahan, l.layanan.pencegahan, id));
    expect(md).toContain(
      '| No | Kegiatan | Pelaksana | Mutu baku: Kelengkapan | Mutu baku: Waktu | Mutu baku: Luaran | Keterangan |',
    );
    expect(md).toMatch(/^## 1\. Dasar Hukum$/m);
    const rows = md.split('\n').filter((r) => r.startsWith('| '));
    for (const r of rows) expect(r).not.toMatch(/\| [=+@]/);
  });
  it('escapes a cell that starts like a formula', () => {
    const md = renderMarkdown({
      judul: 'x',
      blok: [
        {
          jenis: 'tabel',
          kolom: [1],
          kepala: [[{ paragraf: [[{ teks: 'A' }]] }]],
          baris: [[{ paragraf: [[{ teks: '=1+1' }]] }]],
          garis: true,
        },
      ],
    });
    expect(md).toContain('| \\=1+1 |');
  });
});
