/**
 * The counters of the annual report: one per table. The driver (summarise.ts) reads the cases
 * once and hands every counter each case, activity and complaint (`tambah…`); at the end each
 * counter turns what it kept into its table (`hasil`). A counter keeps counts, and numbers only
 * where a median needs them: never the cases themselves, so cases can stream through.
 */
import type { Kasus, Kegiatan, PengaduanKasus } from '../../../model/kasus.js';
import type { Lembaga } from '../../../model/lembaga.js';
import type { Periode } from '../../../standards/permensos-14-2020/periode.js';
import type { LayananKey } from '../../../standards/types.js';
import { LAYANAN_KEYS } from '../../../standards/types.js';
import type { Kolom, Label, SummariseOptions, Tabel } from '../types.js';
import { LAINNYA, TIDAK_DIISI } from '../kategori.js';

/** The report's tables, in the order they are computed and listed. */
export const TABEL_IDS = [
  'klien-asal',
  'klien-keadaan-akhir',
  'klien-jenis',
  'klien-jenis-kelamin',
  'klien-umur',
  'klien-ppks',
  'klien-klaster',
  'klien-basis',
  'klien-dtks',
  'klien-wilayah',
  'kasus-per-bulan',
  'kegiatan-tahap',
  'kegiatan-jenis',
  'rujukan-lembaga',
  'jangka-waktu',
  'lama-layanan',
  'kegiatan-tingkat',
  'kegiatan-durasi',
  'kegiatan-pembiayaan',
  'biaya',
  'layanan-produk',
  'pengaduan-jenis',
  'pengaduan-saluran',
  'pengaduan-penyelesaian',
  'pengaduan-waktu',
  'staf-peran',
  'staf-pendidikan',
  'indikator-peksos',
  'perbandingan',
] as const;
export type TabelId = (typeof TABEL_IDS)[number];

export const L = (key: string, params?: Record<string, string | number>): Label =>
  params ? { key, params } : { key };
/** A row label of the report's own catalogue (`laporan.baris.*`). */
export const B = (k: string): Label => L(`laporan.baris.${k}`);

/** What every counter may know of the report being made (no case data). */
export interface Konteks {
  lembaga: Lembaga;
  standar: SummariseOptions['standar'];
  tahun: number;
  mulaiTahun: string;
  /** 31 December, or the report date when it falls inside the year. */
  akhirTahun: string;
  mulaiLalu: string;
  akhirLalu: string;
  jejak: boolean;
  publik: boolean;
  /** `--layanan`: the one service reported on. */
  layanan: LayananKey | undefined;
  /** Service columns: one per service key, in the standard's order. */
  svc: readonly LayananKey[];
  /** The service's time limit in months (1.3.2: the lembaga may set a shorter one, never longer). */
  bulanBatas(l: LayananKey): number;
}

export function buatKonteks(lembaga: Lembaga, opts: SummariseOptions): Konteks {
  const { tahun, standar } = opts;
  const mulaiTahun = `${tahun}-01-01`;
  const akhirKalender = `${tahun}-12-31`;
  return {
    lembaga,
    standar,
    tahun,
    mulaiTahun,
    akhirTahun:
      opts.tanggal >= mulaiTahun && opts.tanggal < akhirKalender ? opts.tanggal : akhirKalender,
    mulaiLalu: `${tahun - 1}-01-01`,
    akhirLalu: `${tahun - 1}-12-31`,
    jejak: Boolean(opts.jejak),
    publik: Boolean(opts.publik),
    layanan: opts.layanan,
    svc: LAYANAN_KEYS,
    bulanBatas: (l) => {
      const std = standar[l]?.jangkaWaktu.bulan ?? 12;
      const own = lembaga.layanan?.[l]?.jangkaWaktuBulan;
      return typeof own === 'number' && own > 0 && own < std ? own : std;
    },
  };
}

/** A case with a known service (column `c`) and service period, whatever its year. */
export interface KasusSah {
  k: Kasus;
  c: number;
  nomor: string;
  p: Periode;
}

/** A case whose service period overlaps the year; `tutup`: it ended within the year. */
export interface KasusTahun extends KasusSah {
  tutup: boolean;
}

/** An activity with a real date `d`, whatever its year; `ini`: dated within the year. */
export interface KegiatanSah {
  g: Kegiatan;
  d: string;
  ini: boolean;
  x: KasusSah;
}

/** A complaint with a real filing date `d` (resolution date `s` if real); `ini` as above. */
export interface PengaduanSah {
  a: PengaduanKasus;
  d: string;
  s: string | null;
  ini: boolean;
  x: KasusSah;
}

/** What the tables are made with once the cases are read. */
export interface Keluaran {
  /** Indexes (into `Konteks.svc`) of the service columns shown. */
  pilih: readonly number[];
  /** The columns shown: those services, then the total. */
  kolom: readonly Kolom[];
  /** Register numbers behind each cell (`tabel|baris|kolom`), only with `jejak`. */
  jejakMap: Map<string, string[]> | null;
}

/** One table of the report: visit steps for what it counts, and the table at the end. */
export interface Penghitung {
  readonly id: TabelId;
  tambahKasus?(x: KasusSah): void;
  tambahKasusTahun?(x: KasusTahun): void;
  tambahKegiatan?(e: KegiatanSah): void;
  tambahPengaduan?(e: PengaduanSah): void;
  /** Whether the table counted anything in service column `i` (a column is then shown). */
  memakaiKolom?(i: number): boolean;
  /** The table, or null when there is nothing to show (the comparison without last year's cases). */
  hasil(h: Keluaran): Tabel | null;
}

export type BuatPenghitung = (ctx: Konteks) => Penghitung;

/** Append without spreading: a spread of 100 000 register numbers overflows the call stack. */
export function tambahSemua(into: string[], from: readonly string[]): void {
  for (const x of from) into.push(x);
}

/** A value of a closed list: the value, `lainnya` outside the list, `tidak-diisi` when empty. */
export function dariDaftar(v: unknown, daftar: ReadonlySet<string> | readonly string[]): string {
  if (!v) return TIDAK_DIISI;
  const ada =
    daftar instanceof Set
      ? (daftar as ReadonlySet<unknown>).has(v)
      : (daftar as readonly unknown[]).includes(v);
  return ada ? (v as string) : LAINNYA;
}
