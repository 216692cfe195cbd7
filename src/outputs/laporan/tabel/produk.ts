/**
 * Part 3 e (1.5): service products delivered in the year, per service: how many of this year's
 * activities (by their own date) recorded each product kind (`kegiatan[].produk`). Only kinds of
 * the closed product list of the case's service are named; any other code counts as `lainnya`,
 * so no free text reaches the report. One activity may record several products.
 */
import { LAINNYA } from '../kategori.js';
import type { Label } from '../types.js';
import { L, type BuatPenghitung } from './dasar.js';
import { jumlahBaris, rincian, ujungStandar } from './rincian.js';

export const layananProduk: BuatPenghitung = (ctx) => {
  // Every product kind of the catalogue, in the standard's order (a kind shared by two services
  // keeps the first one's wording); the kinds of each service for reading a case's codes.
  const baris = new Map<string, Label>();
  const milik = new Map<string, ReadonlySet<string>>();
  for (const l of ctx.svc) {
    const produk = ctx.standar[l]?.produk ?? [];
    for (const p of produk) if (!baris.has(p.key)) baris.set(p.key, { id: p.label, en: p.labelEn });
    milik.set(l, new Set(produk.map((p) => p.key)));
  }
  return rincian(ctx, {
    id: 'layanan-produk',
    satuan: 'produk',
    dasar: 'tanggal-kegiatan',
    tetap: [...baris.entries()],
    ujung: ujungStandar(LAINNYA),
    kegiatan: ({ g, ini, x }, tambah) => {
      if (!ini || !Array.isArray(g.produk)) return;
      const kode = new Set<string>();
      for (const p of g.produk as unknown[]) {
        const k = typeof p === 'string' ? p.trim() : '';
        if (k) kode.add(milik.get(x.k.layanan)?.has(k) ? k : LAINNYA);
      }
      for (const k of kode) tambah(k, x);
    },
    catatan: () => [L('laporan.catatan.produk')],
    // The catalogue lists dozens of kinds: only those delivered are shown.
    tampil: (b) => b.filter((r) => jumlahBaris(r) > 0 || r.key === LAINNYA),
  });
};
