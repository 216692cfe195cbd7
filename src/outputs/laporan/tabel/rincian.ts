/**
 * A breakdown (`rincian`): categories × service columns, the last column and the totals row
 * computed. Most tables of the report are one; `rincian()` makes the counter from what the
 * table counts and how.
 */
import type { Baris, DasarTanggal, Label, Satuan, Tabel } from '../types.js';
import {
  B,
  L,
  tambahSemua,
  type KasusSah,
  type KasusTahun,
  type KegiatanSah,
  type Keluaran,
  type Konteks,
  type PengaduanSah,
  type Penghitung,
  type TabelId,
} from './dasar.js';

interface Sel {
  label: Label;
  n: number[];
  nomor: string[][] | null;
}

/** Count one more under `key` for the case's column (`label` for a row not listed beforehand). */
export type Tambah = (key: string, x: { c: number; nomor: string }, label?: () => Label) => void;

export type Baris0 = readonly (readonly [string, Label])[];

export interface SpekRincian {
  id: TabelId;
  satuan: Satuan;
  dasar: DasarTanggal;
  /** Rows always shown, in this order. */
  tetap: Baris0;
  /** Rows kept last (`lainnya`, `tidak-diisi`); rows met while counting go between. */
  ujung?: Baris0;
  kasus?(x: KasusSah, tambah: Tambah): void;
  kasusTahun?(x: KasusTahun, tambah: Tambah): void;
  kegiatan?(e: KegiatanSah, tambah: Tambah): void;
  pengaduan?(e: PengaduanSah, tambah: Tambah): void;
  catatan?(h: Keluaran): Label[];
  /** The rows shown, in order (default: all, as counted). */
  tampil?(baris: Baris[]): Baris[];
}

/** Rows labelled from a message prefix: `laporan.baris.baru`, `laporan.klaster.anak`, … */
export const tetap = (keys: readonly string[], prefix = 'laporan.baris'): [string, Label][] =>
  keys.map((k) => [k, L(`${prefix}.${k}`)]);

/** Rows kept last, labelled from `laporan.baris.*`. */
export const ujungStandar = (...keys: string[]): [string, Label][] => keys.map((k) => [k, B(k)]);

/** The counter of a breakdown. */
export function rincian(ctx: Konteks, spek: SpekRincian): Penghitung {
  const cols = ctx.svc.length;
  const rows = new Map<string, Sel>();
  const baris = (key: string, label: Label): Sel => {
    let s = rows.get(key);
    if (!s) {
      s = {
        label,
        n: new Array<number>(cols).fill(0),
        nomor: ctx.jejak ? Array.from({ length: cols }, () => []) : null,
      };
      rows.set(key, s);
    }
    return s;
  };
  const ujung = spek.ujung ?? [];
  for (const [k, label] of [...spek.tetap, ...ujung]) baris(k, label);
  const tambah: Tambah = (key, { c, nomor }, label = () => B(key)) => {
    const s = rows.get(key) ?? baris(key, label());
    s.n[c]!++;
    if (s.nomor) s.nomor[c]!.push(nomor);
  };
  const urutan = (): [string, Sel][] => {
    const akhir = new Set(ujung.map(([k]) => k));
    const entries = [...rows.entries()];
    return [...entries.filter(([k]) => !akhir.has(k)), ...entries.filter(([k]) => akhir.has(k))];
  };
  return {
    id: spek.id,
    ...(spek.kasus && { tambahKasus: (x: KasusSah) => spek.kasus!(x, tambah) }),
    ...(spek.kasusTahun && { tambahKasusTahun: (x: KasusTahun) => spek.kasusTahun!(x, tambah) }),
    ...(spek.kegiatan && { tambahKegiatan: (e: KegiatanSah) => spek.kegiatan!(e, tambah) }),
    ...(spek.pengaduan && { tambahPengaduan: (e: PengaduanSah) => spek.pengaduan!(e, tambah) }),
    memakaiKolom: (i) => [...rows.values()].some((s) => s.n[i]! > 0),
    hasil: (h) => jadiRincian(spek, urutan(), h),
  };
}

function jadiRincian(spek: SpekRincian, rows: [string, Sel][], h: Keluaran): Tabel {
  const { pilih, kolom, jejakMap } = h;
  const baris: Baris[] = rows.map(([key, s]) => {
    const nilai = pilih.map((i) => s.n[i]!);
    if (jejakMap && s.nomor) {
      const all: string[] = [];
      pilih.forEach((i, j) => {
        jejakMap.set(`${spek.id}|${key}|${kolom[j]!.key}`, s.nomor![i]!);
        tambahSemua(all, s.nomor![i]!);
      });
      jejakMap.set(`${spek.id}|${key}|total`, all);
    }
    return { key, label: s.label, nilai: [...nilai, nilai.reduce((a, b) => a + b, 0)] };
  });
  const total: Baris = {
    key: 'total',
    label: L('laporan.baris.jumlah'),
    nilai: kolom.map((_, j) => baris.reduce((a, b) => a + (b.nilai[j] ?? 0), 0)),
  };
  if (jejakMap)
    kolom.forEach((kk) => {
      const all: string[] = [];
      for (const b of baris) tambahSemua(all, jejakMap.get(`${spek.id}|${b.key}|${kk.key}`) ?? []);
      jejakMap.set(`${spek.id}|total|${kk.key}`, all);
    });
  const catatan = spek.catatan?.(h);
  return {
    id: spek.id,
    jenis: 'rincian',
    judul: L(`laporan.tabel.${spek.id}`),
    dasar: spek.dasar,
    satuan: spek.satuan,
    kolom: [...kolom],
    baris: spek.tampil ? spek.tampil(baris) : baris,
    total,
    ...(catatan ? { catatan } : {}),
  };
}

/** The total (last) value of a row. */
const jumlahBaris = (b: Baris): number => b.nilai[b.nilai.length - 1]!;

/**
 * Rows met while counting (regions, activity kinds, products) sorted — by `urut`, or by total
 * then key — with the end rows (`lainnya`, `tidak-diisi`) kept last.
 */
export function urutIsi(
  baris: Baris[],
  akhir: ReadonlySet<string>,
  urut: (a: Baris, b: Baris) => number = (a, b) =>
    jumlahBaris(b) - jumlahBaris(a) || (a.key < b.key ? -1 : 1),
): Baris[] {
  const isi = baris.filter((b) => !akhir.has(b.key)).sort(urut);
  return [...isi, ...baris.filter((b) => akhir.has(b.key))];
}

export { jumlahBaris };
