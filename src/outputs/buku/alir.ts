/**
 * The cases of the books as they stream from the registers (issue 16): each case, as the
 * books may show it (NIK masked, ABH by initials: buku.ts), goes at once as one JSON line into
 * a temporary file, and memory keeps only what the books' order needs — its first and last
 * dates, whether it is active, its register number, and where its line is. Once every
 * register is read the year is known (the latest with a recorded date, when not given); the
 * cases of that year are sorted by first date then number, and read back one at a time in
 * that order for the one pass that writes the books (render-xlsx.ts).
 *
 * The file is removed as soon as it is opened where the system allows (nothing is left
 * behind if the run dies), else by `buang`.
 */
import { readSync, writeSync } from 'node:fs';
import { BerkasSementara } from '../../io/berkas-sementara.js';
import type { Kasus } from '../../model/kasus.js';
import type { KasusTerdaftar } from '../../standards/rule.js';
import type { LayananKey } from '../../standards/types.js';
import { kasusUntukBuku, tanggalKasus } from './buku.js';

/** Bytes gathered before they are written to the file. */
const POTONGAN = 1 << 20;
/** A date as a number, 2024-03-05 → 20240305. */
const angkaTanggal = (d: string) =>
  Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
/** The first date of a case without any: after every date (the books list it last). */
const TANPA = 99999999;

class Tumbuh<T extends Float64Array | Int32Array | Uint32Array | Uint8Array> {
  n = 0;
  constructor(
    public a: T,
    private readonly buat: (n: number) => T,
  ) {}
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = this.buat(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
}

export interface OpsiKumpul {
  layanan?: LayananKey;
  tampilkanNik: boolean;
  /** Dates after this day are typos and never pick the year (tahunTerakhir). */
  hariIni?: string;
}

/** The cases of the books, gathered while the registers stream. */
export class KumpulKasus {
  /** Every case handed on (all services). */
  jumlah = 0;
  private tahunMaks: number | null = null;
  private sementara: BerkasSementara | null = null;
  private pos = 0;
  private buf: Buffer[] = [];
  private bufLen = 0;
  private offset = new Tumbuh(new Float64Array(1024), (n) => new Float64Array(n));
  private panjang = new Tumbuh(new Uint32Array(1024), (n) => new Uint32Array(n));
  private awal = new Tumbuh(new Int32Array(1024), (n) => new Int32Array(n));
  private akhir = new Tumbuh(new Int32Array(1024), (n) => new Int32Array(n));
  private aktif = new Tumbuh(new Uint8Array(1024), (n) => new Uint8Array(n));
  private nomor: string[] = [];
  private urutan: Uint32Array | null = null;

  constructor(private readonly o: OpsiKumpul) {}

  /** The receiver of the loader's `alirkan`: a new call starts afresh (the loader's contract). */
  mulai(): (batch: readonly KasusTerdaftar[]) => void {
    this.kosongkan();
    return (batch) => {
      for (const r of batch) this.tambah(r.kasus);
    };
  }

  private kosongkan(): void {
    this.jumlah = 0;
    this.tahunMaks = null;
    this.pos = 0;
    this.buf = [];
    this.bufLen = 0;
    for (const t of [this.offset, this.panjang, this.awal, this.akhir, this.aktif]) t.n = 0;
    this.nomor = [];
    this.urutan = null;
  }

  private tambah(k: Kasus): void {
    this.jumlah++;
    const ds = tanggalKasus(k);
    const { hariIni } = this.o;
    for (const d of ds)
      if (!hariIni || d <= hariIni)
        this.tahunMaks = Math.max(this.tahunMaks ?? 0, Number(d.slice(0, 4)));
    if (this.o.layanan && k.layanan !== this.o.layanan) return;
    const b = Buffer.from(JSON.stringify(kasusUntukBuku(k, this.o.tampilkanNik)), 'utf8');
    this.offset.push(this.pos + this.bufLen);
    this.panjang.push(b.length);
    this.awal.push(ds.length ? angkaTanggal(ds[0]!) : TANPA);
    this.akhir.push(ds.length ? angkaTanggal(ds[ds.length - 1]!) : TANPA);
    this.aktif.push(k.status === 'aktif' ? 1 : 0);
    // A copy of its own: a string cut from the register's XML would keep the whole chunk alive.
    this.nomor.push(Buffer.from(String(k.nomor ?? ''), 'utf8').toString('utf8'));
    this.buf.push(b);
    this.bufLen += b.length;
    if (this.bufLen >= POTONGAN) this.siram();
  }

  private siram(): void {
    if (!this.bufLen) return;
    this.sementara ??= new BerkasSementara('lembaga-buku-', 'kasus.jsonl');
    const data = Buffer.concat(this.buf);
    writeSync(this.sementara.fd, data, 0, data.length, this.pos);
    this.pos += data.length;
    this.buf = [];
    this.bufLen = 0;
  }

  /** The latest year with a recorded date up to today (tahunTerakhir), or null. */
  get tahunTerakhir(): number | null {
    return this.tahunMaks;
  }

  /**
   * The cases of `tahun` (their service period overlaps it: kasusDalamTahun) in the books'
   * order: first date, then register number; equal ones as they came. Returns how many.
   */
  urut(tahun: number): number {
    this.siram();
    const start = tahun * 10000 + 101;
    const end = tahun * 10000 + 1231;
    const n = this.offset.n;
    const awal = this.awal.a;
    const akhir = this.akhir.a;
    const aktif = this.aktif.a;
    const pilih: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = awal[i]!;
      if (a === TANPA || (a <= end && (aktif[i] === 1 || akhir[i]! >= start))) pilih.push(i);
    }
    const nomor = this.nomor;
    const banding = new Intl.Collator().compare;
    pilih.sort((x, y) => awal[x]! - awal[y]! || banding(nomor[x]!, nomor[y]!) || x - y);
    this.urutan = Uint32Array.from(pilih);
    return pilih.length;
  }

  /** The sorted cases, read back one at a time. */
  *kasus(): Generator<Kasus> {
    const urutan = this.urutan;
    if (!urutan) throw new Error('KumpulKasus: urut() dulu');
    const fd = this.sementara?.fd;
    if (fd === undefined) return;
    let buf = Buffer.allocUnsafe(1 << 16);
    const off = this.offset.a;
    const len = this.panjang.a;
    for (const i of urutan) {
      const L = len[i]!;
      if (L > buf.length) buf = Buffer.allocUnsafe(L * 2);
      const got = readSync(fd, buf, 0, L, off[i]!);
      if (got !== L) throw new Error('KumpulKasus: berkas sementara terpotong');
      yield JSON.parse(buf.toString('utf8', 0, L)) as Kasus;
    }
  }

  /** Close and remove the temporary file. */
  buang(): void {
    this.sementara?.tutup();
    this.sementara = null;
  }
}
