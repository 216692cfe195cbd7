import { describe, expect, it } from 'vitest';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { LAYANAN_KEYS } from '../../src/standards/types.js';
import { buildSk, SK_KINDS } from '../../src/outputs/sop/build-sk.js';
import { semuaTeks } from '../../src/outputs/dokumen/model.js';
import { renderDocx } from '../../src/outputs/dokumen/render-docx.js';
import { createT } from '../../src/i18n/index.js';
import { contohLembaga, teksDocx } from './sop-baca-docx.js';

const id = { t: createT('id'), bahasa: 'id' as const };

describe('buildSk: the decree form', () => {
  for (const k of LAYANAN_KEYS)
    for (const kind of SK_KINDS) {
      it(`${kind} ${k}: KEPUTUSAN … NOMOR … TENTANG, Menimbang, Mengingat, MEMUTUSKAN, diktum, signature`, async () => {
        const l = contohLembaga();
        const doc = buildSk(kind, l, STANDAR[k], l.layanan[k], id);
        const { teks } = await teksDocx(await renderDocx(doc));
        const urutan = [
          'KEPUTUSAN KETUA LKS HARAPAN BANGSA',
          'NOMOR',
          'TENTANG',
          'Menimbang',
          'Mengingat',
          'MEMUTUSKAN:',
          'Menetapkan',
          'KESATU',
          'KEDUA',
          'Ditetapkan di Bandung',
          'Siti Aminah',
          'LAMPIRAN',
        ];
        let pos = -1;
        for (const s of urutan) {
          const i = teks.indexOf(s, pos + 1);
          expect(i, `${s} after position ${pos}`).toBeGreaterThan(pos);
          pos = i;
        }
        // Mengingat: the service's legal bases (2.1) and Permensos 14/2020, numbered.
        for (const d of STANDAR[k].dasarHukum) expect(teks).toContain(d.label);
        expect(teks).toMatch(/6\.\s*Peraturan Menteri Sosial Nomor 14 Tahun 2020/);
        expect(teks).toContain('a.');
        expect(teks).toContain('Keputusan ini mulai berlaku pada tanggal ditetapkan.');
      });
    }

  it('SK tarif carries the whole matrix and the number and date from lembaga.yaml', () => {
    const l = contohLembaga();
    const teks = semuaTeks(buildSk('tarif', l, STANDAR.pencegahan, l.layanan.pencegahan, id));
    for (const b of STANDAR.pencegahan.tarif.baris) expect(teks).toContain(b.label);
    expect(teks).toContain('05/SK/LKS-HB/2024');
    expect(teks).toContain('1 Februari 2024');
    expect(teks).toContain('Rp 250.000');
    expect(teks).toContain('10%'); // pro bono, 1.4.2 e
  });

  it('SK pengaduan covers 1.6.3 a–f, 1.6.4 and 1.6.5 a–e', () => {
    const l = contohLembaga();
    const teks = semuaTeks(
      buildSk('pengaduan', l, STANDAR.rehabilitasi, l.layanan.rehabilitasi, id),
    );
    for (const x of [
      ...STANDAR.rehabilitasi.pengaduan.jenis,
      ...STANDAR.rehabilitasi.pengaduan.saluran,
      ...STANDAR.rehabilitasi.pengaduan.prosedur,
    ])
      expect(teks).toContain(x.label);
    expect(teks).toContain('022-123456');
    expect(teks).toContain('14 hari');
  });

  it('SK kriteria lists the clients of 1.1 and does not cite itself', () => {
    const l = contohLembaga();
    const teks = semuaTeks(
      buildSk('kriteria-klien', l, STANDAR.pengembangan, l.layanan.pengembangan, id),
    );
    for (const s of [
      'Komunitas',
      'Desa',
      'Kecamatan',
      'Kabupaten',
      'Karang Taruna',
      'Pengembangan sosial melalui kelompok',
    ])
      expect(teks).toContain(s);
    expect(teks).not.toContain('ditetapkan dengan Surat Keputusan Pimpinan Lembaga (Lampiran E');
  });

  it('government institutions are headed by a Kepala; blanks where the head is unknown', () => {
    const l = contohLembaga();
    l.lembaga.kepemilikan = 'pemerintah-provinsi';
    l.lembaga.pimpinan = {};
    const teks = semuaTeks(buildSk('tarif', l, STANDAR.perlindungan, undefined, id));
    expect(teks).toContain('KEPUTUSAN KEPALA LKS HARAPAN BANGSA');
    expect(teks).toContain('[…diisi lembaga…]');
  });
});
