/** Part 3 b (1.2.7): referrals made in the year, by the referral date and the kind of institution. */
import { JENIS_LEMBAGA_RUJUKAN, LAINNYA, TIDAK_DIISI, jenisLembagaRujukan } from '../kategori.js';
import { tanggalSah } from '../tanggal.js';
import { L, type BuatPenghitung } from './dasar.js';
import { rincian, tetap, ujungStandar } from './rincian.js';

export const rujukanLembaga: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'rujukan-lembaga',
    satuan: 'rujukan',
    dasar: 'tanggal-rujukan',
    tetap: tetap(JENIS_LEMBAGA_RUJUKAN, 'laporan.jenisLembagaRujukan'),
    ujung: ujungStandar(LAINNYA, TIDAK_DIISI),
    // Whatever the case's period: a referral counts in the year of its own date.
    kasus: (x, tambah) => {
      const ruj = x.k.tahapan?.rujukan;
      const keluar = x.k.tahapan?.pendekatanAwal?.rujukKeluar;
      for (const [tgl, penerima] of [
        [ruj?.tanggal, ruj?.lembagaPenerima],
        [keluar?.tanggal, keluar?.lembaga],
      ] as const) {
        const d = tanggalSah(tgl);
        if (!d || d < ctx.mulaiTahun || d > ctx.akhirTahun) continue;
        // Only the kind of institution, from a closed list: the typed name is free text (issue 17 §7).
        const nama = typeof penerima === 'string' ? penerima.trim() : '';
        tambah(nama ? jenisLembagaRujukan(nama) : TIDAK_DIISI, x);
      }
    },
    catatan: () => [L('laporan.catatan.rujukan')],
  });
