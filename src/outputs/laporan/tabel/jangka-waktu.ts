/** Part 3 c (1.3): the time limit of each case served, and how long services lasted. */
import { maxTanggal, selisihHari, tambahBulan, tanggalSah } from '../tanggal.js';
import { L, type BuatPenghitung, type KasusTahun, type Konteks } from './dasar.js';
import { rincian, tetap } from './rincian.js';
import {
  Sebaran,
  maxDengan,
  statBaris,
  tabelStatistik,
  ukurJumlah,
  ukurMedian,
  type Ukuran,
} from './statistik.js';

/** Where a case stands against its limit, measured up to the end of the service or of the year. */
function terhadapBatas(ctx: Konteks, { k, p }: KasusTahun): string {
  const ukur = p.akhir !== null && p.akhir <= ctx.akhirTahun ? p.akhir : ctx.akhirTahun;
  if (ukur <= tambahBulan(p.mulai, ctx.bulanBatas(k.layanan))) return 'dalam-batas';
  const perp = (k.perpanjangan ?? []).filter((x) => tanggalSah(x?.tanggal));
  if (perp.length === 0) return 'lewat-tanpa-perpanjangan';
  const sampai = perp.map((x) => tanggalSah(x.sampai)).filter((x): x is string => x !== null);
  const lewat = sampai.length > 0 && ukur > sampai.reduce(maxTanggal);
  return lewat ? 'lewat-melampaui-perpanjangan' : 'lewat-dengan-perpanjangan';
}

export const jangkaWaktu: BuatPenghitung = (ctx) =>
  rincian(ctx, {
    id: 'jangka-waktu',
    satuan: 'kasus',
    dasar: 'periode-layanan',
    tetap: tetap([
      'dalam-batas',
      'lewat-dengan-perpanjangan',
      'lewat-melampaui-perpanjangan',
      'lewat-tanpa-perpanjangan',
    ]),
    kasusTahun: (x, tambah) => tambah(terhadapBatas(ctx, x), x),
    catatan: ({ pilih }) => [
      L('laporan.catatan.jangkaWaktu', {
        batas: pilih.map((i) => `${ctx.svc[i]} ${ctx.bulanBatas(ctx.svc[i]!)}`).join(', '),
      }),
    ],
  });

/** Days of the closed services, and the longest still open at the end of the year. */
export const lamaLayanan: BuatPenghitung = (ctx) => {
  const selesai = new Sebaran(ctx.svc.length, ctx.jejak);
  const aktif = ctx.svc.map(() => ({ hari: -1, nomor: '' }));
  const terlama = (a: { hari: number; nomor: string }): Ukuran => ({
    v: a.hari < 0 ? null : a.hari,
    n: a.hari < 0 ? 0 : 1,
    nomor: a.nomor ? [a.nomor] : [],
  });
  return {
    id: 'lama-layanan',
    tambahKasusTahun: ({ p, c, nomor, tutup }) => {
      if (tutup) return selesai.add(c, selisihHari(p.mulai, p.akhir!), nomor);
      const hari = selisihHari(p.mulai, ctx.akhirTahun);
      if (hari > aktif[c]!.hari) aktif[c] = { hari, nomor };
    },
    hasil: (h) => {
      const id = 'lama-layanan';
      const aktifMax = h.pilih
        .map((i) => aktif[i]!)
        .reduce((a, b) => (b.hari > a.hari ? b : a), { hari: -1, nomor: '' });
      const baris = [
        selesai.baris(h, id, 'jumlah-selesai', 'kasus', ukurJumlah),
        selesai.baris(h, id, 'median-hari', 'hari', ukurMedian),
        selesai.baris(h, id, 'terlama-hari', 'hari', maxDengan),
        statBaris(
          h,
          id,
          'terlama-aktif-hari',
          'hari',
          (i) => terlama(aktif[i]!),
          terlama(aktifMax),
        ),
      ];
      return tabelStatistik(h, id, 'tanggal-akhir', 'hari', baris, [
        L('laporan.catatan.lamaLayanan', { akhir: ctx.akhirTahun }),
      ]);
    },
  };
};
