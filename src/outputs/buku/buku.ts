/**
 * The six service documents of Permensos 14/2020 Lampiran A–E angka 2.2.1 (dokumen
 * pelayanan: buku register klien, buku catatan kasus, ringkasan kasus, buku aset/inventaris,
 * daftar hadir, buku laporan) as data, built from lembaga.yaml and the registers. Pure.
 *
 * These are internal documents, so the register book carries names — that is its purpose —
 * but personal data is still minimised (UU 27/2022): NIK masked unless asked for, and a
 * child in conflict with the law (klien.abh, UU SPPA Pasal 19) appears by initials only,
 * without address and with the NIK always masked.
 */
import { kopLembaga, type KopLembaga, type Lembaga } from '../../model/lembaga.js';
import type { Kasus, Kegiatan } from '../../model/kasus.js';
import type { KasusTerdaftar } from '../../standards/rule.js';
import { maskNikDalam, maskNikText } from '../../core/nik.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { LAYANAN_KEYS, type LayananKey } from '../../standards/types.js';

export const BUKU_KEYS = ['register', 'catatan', 'ringkasan', 'hadir', 'aset', 'laporan'] as const;
export type BukuKey = (typeof BUKU_KEYS)[number];

/** "3273014507950001" → "3273********0001": region kept for the reader, birth date and serial hidden (core/nik.ts). */
export { maskNikText as maskNik };

/** "Dimas Saputra" → "D.S." */
export function inisial(nama: string): string {
  const parts = nama.trim().split(/\s+/).filter(Boolean);
  return parts.length ? parts.map((p) => (p[0] ?? '').toUpperCase() + '.').join('') : '';
}

/** The case as the books may show it: masked NIK, ABH reduced to initials. */
export function kasusUntukBuku(k: Kasus, tampilkanNik: boolean): Kasus {
  // A NIK typed into a note or any other text is masked too (issue 17 §6), unless asked for.
  if (!tampilkanNik || k.klien?.abh) {
    const nik = k.klien?.nik;
    k = { ...maskNikDalam(k), klien: { ...maskNikDalam(k.klien), ...(nik ? { nik } : {}) } };
  }
  const klien = { ...k.klien };
  if (klien.abh) {
    // UU SPPA Pasal 19: name, address and anything identifying stay out of every document.
    if (klien.nama) klien.nama = inisial(klien.nama);
    delete klien.alamat;
    if (klien.nik) klien.nik = maskNikText(klien.nik);
  } else if (klien.nik && !tampilkanNik) klien.nik = maskNikText(klien.nik);
  return { ...k, klien };
}

/** Every date of a case, stage dates and activities, sorted. */
export function tanggalKasus(k: Kasus): string[] {
  const t = k.tahapan ?? {};
  const ds = [
    t.pendekatanAwal?.tanggal,
    t.pendekatanAwal?.kesepakatan,
    t.pendekatanAwal?.rujukKeluar?.tanggal,
    t.asesmen?.tanggal,
    t.perencanaan?.tanggal,
    t.intervensi?.mulai,
    t.intervensi?.selesai,
    t.evaluasi?.tanggal,
    t.rujukan?.tanggal,
    t.terminasi?.tanggal,
    ...(k.kegiatan ?? []).map((g) => g.tanggal),
  ];
  return ds
    .filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort();
}

/** A case belongs to the year's books when its service period overlaps the year. */
export function kasusDalamTahun(k: Kasus, tahun: number): boolean {
  const ds = tanggalKasus(k);
  if (ds.length === 0) return true;
  const first = ds[0] ?? '';
  const last = ds[ds.length - 1] ?? '';
  const start = `${tahun}-01-01`;
  const end = `${tahun}-12-31`;
  if (first > end) return false;
  return k.status === 'aktif' || last >= start;
}

/**
 * The latest year with a recorded date, for the default period. A date after `hariIni` is a
 * typo (2062 for 2026), which `validasi` reports; it never picks the year of the books.
 */
export function tahunTerakhir(kasus: readonly Kasus[], hariIni?: string): number | null {
  let y: number | null = null;
  for (const k of kasus)
    for (const d of tanggalKasus(k))
      if (!hariIni || d <= hariIni) y = Math.max(y ?? 0, Number(d.slice(0, 4)));
  return y;
}

export type JenisEntri = 'tahap' | 'kegiatan';

/** One line of the buku catatan kasus. */
export interface EntriCatatan {
  nomor: string;
  tanggal: string;
  jenis: JenisEntri;
  /** Stage key (TahapKey or the stage events below). */
  tahap: string;
  /** Event key of a stage (`tahap.<key>` i18n), or the activity key. */
  kode: string;
  /** Activity label from the catalogue, when known. */
  label: string | null;
  durasi: string | null;
  tingkat: string | null;
  pelaksana: string | null;
  proBono: boolean;
  sesi: string | null;
  catatan: string | null;
}

const STAGE_EVENTS: readonly {
  tahap: string;
  kode: string;
  get: (k: Kasus) => { tanggal?: string; catatan?: string } | undefined;
}[] = [
  { tahap: 'pendekatanAwal', kode: 'pendekatanAwal', get: (k) => k.tahapan.pendekatanAwal },
  {
    tahap: 'pendekatanAwal',
    kode: 'kesepakatan',
    get: (k) => ({ tanggal: k.tahapan.pendekatanAwal?.kesepakatan }),
  },
  {
    tahap: 'pendekatanAwal',
    kode: 'rujukKeluar',
    get: (k) => ({
      tanggal: k.tahapan.pendekatanAwal?.rujukKeluar?.tanggal,
      catatan: k.tahapan.pendekatanAwal?.rujukKeluar?.lembaga,
    }),
  },
  { tahap: 'asesmen', kode: 'asesmen', get: (k) => k.tahapan.asesmen },
  { tahap: 'perencanaan', kode: 'perencanaan', get: (k) => k.tahapan.perencanaan },
  {
    tahap: 'intervensi',
    kode: 'intervensiMulai',
    get: (k) => ({ tanggal: k.tahapan.intervensi?.mulai, catatan: k.tahapan.intervensi?.catatan }),
  },
  {
    tahap: 'intervensi',
    kode: 'intervensiSelesai',
    get: (k) => ({ tanggal: k.tahapan.intervensi?.selesai }),
  },
  { tahap: 'evaluasiRujukanTerminasi', kode: 'evaluasi', get: (k) => k.tahapan.evaluasi },
  {
    tahap: 'evaluasiRujukanTerminasi',
    kode: 'rujukan',
    get: (k) => ({
      tanggal: k.tahapan.rujukan?.tanggal,
      catatan: k.tahapan.rujukan?.lembagaPenerima ?? k.tahapan.rujukan?.catatan,
    }),
  },
  { tahap: 'evaluasiRujukanTerminasi', kode: 'terminasi', get: (k) => k.tahapan.terminasi },
];

/** Catalogue lookup: activity key → { label, stage } of the case's service. */
export function kegiatanInfo(
  layanan: LayananKey,
  key: string,
): { label: string; labelEn: string; tahap: string } | null {
  const k = STANDAR[layanan]?.kegiatan.find((x) => x.key === key);
  return k ? { label: k.label, labelEn: k.labelEn, tahap: k.tahap } : null;
}

/** Stage events and activities of one case, in date order (stages before activities on the same day). */
export function catatanKasus(k: Kasus): EntriCatatan[] {
  const out: EntriCatatan[] = [];
  for (const e of STAGE_EVENTS) {
    const v = e.get(k);
    if (v?.tanggal)
      out.push({
        nomor: k.nomor,
        tanggal: v.tanggal,
        jenis: 'tahap',
        tahap: e.tahap,
        kode: e.kode,
        label: null,
        durasi: null,
        tingkat: null,
        pelaksana: null,
        proBono: false,
        sesi: null,
        catatan: v.catatan ?? null,
      });
  }
  for (const g of k.kegiatan ?? []) {
    const info = kegiatanInfo(k.layanan, g.kegiatan);
    out.push({
      nomor: k.nomor,
      tanggal: g.tanggal,
      jenis: 'kegiatan',
      tahap: g.tahap ?? info?.tahap ?? '',
      kode: g.kegiatan,
      label: info?.label ?? null,
      durasi: g.durasi ?? null,
      tingkat: g.tingkat ?? null,
      pelaksana: g.pelaksana ?? k.pekerjaSosial ?? null,
      proBono: g.proBono === true,
      sesi: g.sesi ?? null,
      catatan: g.catatan ?? null,
    });
  }
  return out.sort(
    (a, b) =>
      String(a.tanggal ?? '').localeCompare(String(b.tanggal ?? '')) ||
      (a.jenis === b.jenis ? 0 : a.jenis === 'tahap' ? -1 : 1),
  );
}

/** One group session for the daftar hadir. */
export interface SesiHadir {
  sesi: string;
  tanggal: string;
  layanan: LayananKey;
  kegiatan: string;
  label: string | null;
  pelaksana: string | null;
  peserta: { nomor: string; nama: string | null; jenisKelamin: string | null }[];
}

/** The attendance lists of the year, built case by case (cases in the books' order). */
export class KumpulSesi {
  private readonly map = new Map<string, SesiHadir>();
  /** Participants of each session, for the one-row-per-case check. */
  private readonly ada = new Map<SesiHadir, Set<string>>();

  constructor(private readonly tahun: number) {}

  tambah(k: Kasus): void {
    for (const g of k.kegiatan ?? []) {
      if (!g.sesi || !g.tanggal?.startsWith(`${this.tahun}-`)) continue;
      const id = `${g.sesi}\u0000${g.tanggal}`;
      let s = this.map.get(id);
      if (!s) {
        s = {
          sesi: g.sesi,
          tanggal: g.tanggal,
          layanan: k.layanan,
          kegiatan: g.kegiatan,
          label: kegiatanInfo(k.layanan, g.kegiatan)?.label ?? null,
          pelaksana: g.pelaksana ?? k.pekerjaSosial ?? null,
          peserta: [],
        };
        this.map.set(id, s);
        this.ada.set(s, new Set());
      }
      const nomor = this.ada.get(s)!;
      if (!nomor.has(k.nomor)) {
        nomor.add(k.nomor);
        s.peserta.push({
          nomor: k.nomor,
          nama: k.klien.nama ?? null,
          jenisKelamin: k.klien.jenisKelamin ?? null,
        });
      }
    }
  }

  hasil(): SesiHadir[] {
    return [...this.map.values()].sort(
      (a, b) =>
        String(a.tanggal ?? '').localeCompare(String(b.tanggal ?? '')) ||
        String(a.sesi).localeCompare(String(b.sesi)),
    );
  }
}

/** Group activities sharing a `sesi` code (and date) into attendance lists. */
export function daftarSesi(kasus: readonly Kasus[], tahun: number): SesiHadir[] {
  const acc = new KumpulSesi(tahun);
  for (const k of kasus) acc.tambah(k);
  return acc.hasil();
}

/** One line of the buku aset/inventaris. */
export interface BarisAset {
  kelompok: 'fasilitas' | 'peralatan';
  key: string;
  label: string;
  /** "Lampiran C angka 2.2.1 huruf b", or null for an item the lembaga added. */
  bagian: string | null;
  ada: boolean | null;
  jumlah: number | null;
  keterangan: string | null;
}

/** Facilities (2.2.1) and equipment (2.2.3) of the services offered, with what lembaga.yaml records. */
export function daftarAset(lembaga: Lembaga, layanan: readonly LayananKey[]): BarisAset[] {
  const out: BarisAset[] = [];
  const services = layanan.length ? layanan : LAYANAN_KEYS;
  for (const kelompok of ['fasilitas', 'peralatan'] as const) {
    const recorded = (lembaga[kelompok] ?? {}) as Record<string, unknown>;
    const seen = new Set<string>();
    for (const l of services) {
      const s = STANDAR[l];
      for (const item of s[kelompok]) {
        if (seen.has(item.key)) continue;
        seen.add(item.key);
        out.push({
          kelompok,
          key: item.key,
          label: item.label,
          bagian: `Lampiran ${s.huruf} angka ${item.bagian.angka}${item.bagian.huruf ? ' huruf ' + item.bagian.huruf : ''}`,
          ...nilaiAset(recorded[item.key]),
        });
      }
    }
    for (const [key, v] of Object.entries(recorded)) {
      if (seen.has(key)) continue;
      out.push({ kelompok, key, label: key, bagian: null, ...nilaiAset(v) });
    }
  }
  return out;
}

function nilaiAset(v: unknown): Pick<BarisAset, 'ada' | 'jumlah' | 'keterangan'> {
  if (v === true) return { ada: true, jumlah: null, keterangan: null };
  if (v === false) return { ada: false, jumlah: null, keterangan: null };
  if (typeof v === 'number') return { ada: v > 0, jumlah: v, keterangan: null };
  if (typeof v === 'string' && v.trim()) return { ada: true, jumlah: null, keterangan: v };
  return { ada: null, jumlah: null, keterangan: null };
}

/** One month of the buku laporan. */
export interface BulanLaporan {
  bulan: number;
  kasusBaru: number;
  kegiatan: number;
  proBono: number;
  terminasi: number;
  dirujuk: number;
}

export interface Laporan {
  bulan: BulanLaporan[];
  /** Activity key → count per month (index 0 = January), in catalogue order. */
  perKegiatan: {
    layanan: LayananKey;
    kegiatan: string;
    label: string | null;
    perBulan: number[];
  }[];
}

const bulanDari = (d: string | undefined, tahun: number): number | null =>
  typeof d === 'string' && d.startsWith(`${tahun}-`) ? Number(d.slice(5, 7)) : null;

/** The monthly report of the year, built case by case. */
export class KumpulLaporan {
  private readonly bulan: BulanLaporan[] = Array.from({ length: 12 }, (_, i) => ({
    bulan: i + 1,
    kasusBaru: 0,
    kegiatan: 0,
    proBono: 0,
    terminasi: 0,
    dirujuk: 0,
  }));
  private readonly per = new Map<
    string,
    { layanan: LayananKey; kegiatan: string; label: string | null; perBulan: number[] }
  >();

  constructor(private readonly tahun: number) {}

  tambah(k: Kasus): void {
    const { tahun, bulan, per } = this;
    const at = (m: number | null) => (m !== null ? bulan[m - 1] : undefined);
    const t = k.tahapan;
    const b1 = at(bulanDari(t.pendekatanAwal?.tanggal ?? t.pendekatanAwal?.kesepakatan, tahun));
    if (b1) b1.kasusBaru++;
    const b2 = at(bulanDari(t.terminasi?.tanggal, tahun));
    if (b2) b2.terminasi++;
    const b3 = at(bulanDari(t.rujukan?.tanggal ?? t.pendekatanAwal?.rujukKeluar?.tanggal, tahun));
    if (b3) b3.dirujuk++;
    for (const g of k.kegiatan ?? ([] as Kegiatan[])) {
      const m = bulanDari(g.tanggal, tahun);
      const b = at(m);
      if (!b || m === null) continue;
      b.kegiatan++;
      if (g.proBono) b.proBono++;
      const id = `${k.layanan}/${g.kegiatan}`;
      let e = per.get(id);
      if (!e) {
        e = {
          layanan: k.layanan,
          kegiatan: g.kegiatan,
          label: kegiatanInfo(k.layanan, g.kegiatan)?.label ?? null,
          perBulan: Array(12).fill(0) as number[],
        };
        per.set(id, e);
      }
      e.perBulan[m - 1] = (e.perBulan[m - 1] ?? 0) + 1;
    }
  }

  hasil(): Laporan {
    const order = (l: LayananKey, key: string) => {
      // A service not in the standard (the schema has reported it) sorts last.
      const i = STANDAR[l]?.kegiatan.findIndex((x) => x.key === key) ?? -1;
      return LAYANAN_KEYS.indexOf(l) * 1000 + (i < 0 ? 999 : i);
    };
    return {
      bulan: this.bulan,
      perKegiatan: [...this.per.values()].sort(
        (a, b) => order(a.layanan, a.kegiatan) - order(b.layanan, b.kegiatan),
      ),
    };
  }
}

/** Activities and case movements per month of the year. */
export function laporanBulanan(kasus: readonly Kasus[], tahun: number): Laporan {
  const acc = new KumpulLaporan(tahun);
  for (const k of kasus) acc.tambah(k);
  return acc.hasil();
}

/** What the books show besides the cases: the lembaga, the period, the services, the assets. */
export interface KepalaBuku {
  lembaga: KopLembaga;
  tahun: number;
  kosong: boolean;
  layanan: LayananKey[];
  /** Staff id → name (lembaga.yaml `staf`): the books print names, not ids. */
  staf: Record<string, string>;
  aset: BarisAset[];
}

export function kepalaBuku(lembaga: Lembaga, o: Omit<BukuOptions, 'tampilkanNik'>): KepalaBuku {
  const offered = LAYANAN_KEYS.filter((k) => lembaga.layanan?.[k] !== undefined);
  const layanan = o.layanan ? [o.layanan] : offered;
  return {
    lembaga: kopLembaga(lembaga),
    tahun: o.tahun,
    kosong: o.kosong,
    layanan,
    staf: Object.fromEntries(
      (lembaga.staf ?? [])
        .filter((s) => typeof s?.id === 'string' && typeof s.nama === 'string' && s.nama.trim())
        .map((s) => [s.id, s.nama.trim()]),
    ),
    aset: daftarAset(lembaga, layanan),
  };
}

/** The order of the books: by first date, then register number (a case without dates last). */
export function urutanKasus(
  a: { awal: string; nomor: string },
  b: { awal: string; nomor: string },
) {
  return a.awal.localeCompare(b.awal) || a.nomor.localeCompare(b.nomor);
}

/** Everything the books show. */
export interface BukuData extends KepalaBuku {
  kasus: Kasus[];
  catatan: EntriCatatan[];
  sesi: SesiHadir[];
  laporan: Laporan;
}

export interface BukuOptions {
  tahun: number;
  layanan?: LayananKey;
  tampilkanNik: boolean;
  kosong: boolean;
}

/** Build the data of all six books for the year (or empty books with `kosong`). */
export function buildBuku(
  lembaga: Lembaga,
  terdaftar: readonly KasusTerdaftar[],
  o: BukuOptions,
): BukuData {
  // The first date of each case is computed once, not in every comparison of the sort.
  const kasus = o.kosong
    ? []
    : terdaftar
        .map((r) => r.kasus)
        .filter((k) => (!o.layanan || k.layanan === o.layanan) && kasusDalamTahun(k, o.tahun))
        .map((k) => ({ k, awal: tanggalKasus(k)[0] ?? '9999', nomor: k.nomor }))
        .sort(urutanKasus)
        .map(({ k }) => kasusUntukBuku(k, o.tampilkanNik));
  return {
    ...kepalaBuku(lembaga, o),
    kasus,
    catatan: kasus.flatMap(catatanKasus),
    sesi: daftarSesi(kasus, o.tahun),
    laporan: laporanBulanan(kasus, o.tahun),
  };
}
