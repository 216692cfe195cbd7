/** Comparison with the previous year (only where the register has cases active then). */
import type { Kolom } from '../types.js';
import { B, L, type BuatPenghitung, type KasusSah } from './dasar.js';

const KEYS = [
  'dilayani',
  'baru',
  'selesai',
  'dirujuk',
  'berhenti',
  'aktif-akhir',
  'kegiatan',
  'pengaduan',
] as const;
type Kunci = (typeof KEYS)[number];

/** The key figures of one year, with the register numbers behind them. */
class Arus {
  readonly n = new Map<Kunci, number>(KEYS.map((k) => [k, 0]));
  readonly nomor = new Map<Kunci, string[]>(KEYS.map((k) => [k, []]));
  constructor(private readonly jejak: boolean) {}
  inc(k: Kunci, nomor: string): void {
    this.n.set(k, this.n.get(k)! + 1);
    if (this.jejak) this.nomor.get(k)!.push(nomor);
  }
  /** Served, new, closed by kind, active at the end: the flow of one year. */
  kasus({ p, k, nomor }: KasusSah, mulai: string, akhir: string): void {
    this.inc('dilayani', nomor);
    if (p.mulai >= mulai) this.inc('baru', nomor);
    if (p.akhir !== null && p.akhir <= akhir) {
      if (k.status === 'selesai') this.inc('selesai', nomor);
      else if (k.status === 'dirujuk') this.inc('dirujuk', nomor);
      else if (k.status === 'berhenti') this.inc('berhenti', nomor);
    } else this.inc('aktif-akhir', nomor);
  }
}

export const perbandingan: BuatPenghitung = (ctx) => {
  const { tahun, mulaiLalu, akhirLalu } = ctx;
  const lalu = new Arus(ctx.jejak);
  const ini = new Arus(ctx.jejak);
  const diLalu = (d: string) => d >= mulaiLalu && d <= akhirLalu;
  return {
    id: 'perbandingan',
    tambahKasus: (x) => {
      if (x.p.mulai <= akhirLalu && (x.p.akhir === null || x.p.akhir >= mulaiLalu))
        lalu.kasus(x, mulaiLalu, akhirLalu);
    },
    tambahKasusTahun: (x) => ini.kasus(x, ctx.mulaiTahun, ctx.akhirTahun),
    tambahKegiatan: ({ d, ini: tahunIni, x }) => {
      if (diLalu(d)) lalu.inc('kegiatan', x.nomor);
      if (tahunIni) ini.inc('kegiatan', x.nomor);
    },
    tambahPengaduan: ({ d, ini: tahunIni, x }) => {
      if (diLalu(d)) lalu.inc('pengaduan', x.nomor);
      if (tahunIni) ini.inc('pengaduan', x.nomor);
    },
    hasil: ({ jejakMap }) => {
      if (lalu.n.get('dilayani')! === 0) return null;
      const kolom: Kolom[] = [String(tahun - 1), String(tahun)].map((y) => ({
        key: y,
        label: { id: y, en: y },
      }));
      kolom.push({ key: 'selisih', label: L('laporan.kolom.selisih') });
      const baris = KEYS.map((key) => {
        jejakMap?.set(`perbandingan|${key}|${tahun - 1}`, lalu.nomor.get(key)!);
        jejakMap?.set(`perbandingan|${key}|${tahun}`, ini.nomor.get(key)!);
        const [a, b] = [lalu.n.get(key)!, ini.n.get(key)!];
        return {
          key,
          label: B(`banding-${key}`),
          nilai: [a, b, b - a],
          dasarN: [a, b, Math.min(a, b)],
        };
      });
      return {
        id: 'perbandingan',
        jenis: 'statistik',
        judul: L('laporan.tabel.perbandingan'),
        dasar: 'periode-layanan',
        satuan: 'kasus',
        kolom,
        baris,
        catatan: [L('laporan.catatan.perbandingan', { lalu: tahun - 1 })],
      };
    },
  };
};
