/** The one document model and its two renderers, on a small hand-built document. */
import { describe, expect, it } from 'vitest';
import { posisiSel, sel, teks, type Naskah } from '../../src/outputs/dokumen/model.js';
import { renderDocx } from '../../src/outputs/dokumen/render-docx.js';
import { renderMarkdown } from '../../src/outputs/dokumen/render-markdown.js';
import { teksDocx } from './sop-baca-docx.js';

const sampul = {
  jenis: 'sampul' as const,
  judul: 'Laporan Tahunan 2025',
  lembaga: 'LKS Contoh',
  tahun: 'Tahun 2025',
  subjudul: 'Subjudul',
  logo: '[logo]',
  disusun: '=Kota',
  tanggal: '25 November 2026',
};

const doc = (gaya: 'dinas' | 'laporan'): Naskah => ({
  judul: 'Contoh',
  gaya,
  blok: [
    sampul,
    { jenis: 'judul', tingkat: 1, isi: [teks('Bab satu')] },
    { jenis: 'paragraf', isi: [teks('Tebal', { tebal: true }), teks(' biasa')] },
    {
      jenis: 'tabel',
      judul: 'Tabel 1. Angka',
      keterangan: 'Satuan: kasus.',
      kolom: [2, 1],
      rataKolom: ['kiri', 'kanan'],
      kepala: [[sel('Kategori'), sel('Jumlah', { rata: 'kanan' })]],
      baris: [
        [sel('a'), sel('3', { rata: 'kanan' })],
        [sel('Jumlah', { jumlah: true }), sel('3', { rata: 'kanan', jumlah: true })],
      ],
      garis: true,
      catatan: ['Catatan.'],
    },
    { jenis: 'gambar', id: 'g', judul: 'Grafik 1', berkas: 'g.png' },
    {
      jenis: 'tandaTangan',
      tempatTanggal: 'Bandung, 1 Mei',
      jabatan: 'Ketua',
      ruang: 'ttd',
      nama: 'Siti',
    },
  ],
});

describe('dokumen: one model, one docx and one Markdown renderer', () => {
  it('Markdown: a cover puts the title as # and chapters at ##; captions, totals, alignment, notes', () => {
    const md = renderMarkdown(doc('laporan'));
    expect(md).toContain('# Laporan Tahunan 2025 — LKS Contoh\n\nSubjudul\n\n_[logo]_');
    expect(md).toContain('\\=Kota'); // a leading formula sign is neutralised
    expect(md).toContain('## Bab satu');
    expect(md).toContain('**Tebal** biasa');
    expect(md).toContain(
      '**Tabel 1. Angka**\n\n_Satuan: kasus._\n\n| Kategori | Jumlah |\n| --- | ---: |\n| a | 3 |\n| **Jumlah** | **3** |\n\n> Catatan.',
    );
    expect(md).toContain('![Grafik 1](g.png)\n\n_Grafik 1_');
    expect(md).toContain('Bandung, 1 Mei  \nKetua  \n  \n  \n_ttd_  \n  \n**Siti**');
    expect(md).not.toMatch(/\n{3,}/);
  });

  it('docx: the house style decides fonts and shading; every text in order; headings stay bold', async () => {
    const { teks: laporan, xml } = await teksDocx(
      await renderDocx(doc('laporan'), { halaman: 'Hal {x}/{y}' }),
    );
    expect(laporan.split('\n').filter(Boolean)).toEqual([
      '[logo]',
      'LAPORAN TAHUNAN 2025',
      'LKS Contoh',
      'Tahun 2025',
      'Subjudul',
      '=Kota',
      '25 November 2026',
      'Bab satu',
      'Tebal biasa',
      'Tabel 1. Angka',
      'Satuan: kasus.',
      'Kategori',
      'Jumlah',
      'a',
      '3',
      'Jumlah',
      '3',
      'Catatan.',
      'Bandung, 1 Mei',
      'Ketua',
      'ttd',
      'Siti',
    ]);
    const d = xml.get('word/document.xml')!;
    expect(d).toContain('w:fill="D9E2F3"'); // report header shading
    expect(d).toContain('w:fill="F2F2F2"'); // totals row
    expect(d).not.toContain('<w:b w:val="false"/>');
    expect(xml.get('word/styles.xml')).toContain('Calibri');
    expect(xml.get('word/footer1.xml')).toContain('PAGE');
    const dinas = await teksDocx(await renderDocx(doc('dinas')));
    expect(dinas.xml.get('word/document.xml')).toContain('w:fill="D9D9D9"');
    expect(dinas.xml.get('word/styles.xml')).toContain('Arial');
  });

  it('posisiSel: a cell covered by a row span from above moves the next cell right', () => {
    const rows = [
      [sel('No', { rentangBaris: 2 }), sel('Mutu', { rentang: 2 })],
      [sel('Waktu'), sel('Luaran')],
    ];
    expect(posisiSel(rows).map((r) => r.map((c) => c.kolom))).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });
});
