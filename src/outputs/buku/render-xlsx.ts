/**
 * The service documents of Lampiran A–E angka 2.2.1 as one workbook (or one book with
 * `--buku`). Each printable book has the lembaga's identity and the period above a frozen,
 * filterable header row that repeats on every printed page, page numbers "Halaman X dari
 * Y", and the signature block "Mengetahui, Pimpinan Lembaga".
 *
 * The register book also carries the canonical `Register`, `Kegiatan`, `Pengaduan` and
 * `Supervisi` sheets in the exact layout of src/model/register-kolom.ts (header in row 1), so
 * `lembaga validasi` reads the book back as a register (issue 5 §4). The printable "Buku
 * Register Klien" sheet is a narrower view of the same cases: 40 canonical columns do not
 * print legibly on one page width.
 *
 * Written with our own streaming writer (io/xlsx/tulis.ts, issue 16): every sheet is begun
 * at once and the cases pass ONCE, in the books' order, each adding its rows to every sheet
 * that lists cases (register, catatan, ringkasan, the canonical sheets) while the attendance
 * lists and the monthly report are counted; those two, the asset list and the signature
 * blocks follow. A cell carries one of a few shared formats, never a style object of its own.
 */
import type { Translate } from '../../i18n/index.js';
import type { Kasus } from '../../model/kasus.js';
import { SHEET_DAFTAR, TIDAK, YA } from '../../model/register-kolom.js';
import {
  BukuKerja,
  LembarKanonik,
  type Gaya,
  type LembarXlsx,
  type Nilai,
  type OpsiLembar,
} from '../../io/xlsx/register-writer.js';
import { STANDAR } from '../../standards/permensos-14-2020/katalog.js';
import { PPKS } from '../../standards/ppks.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import { hurufKolom as letter, isoKeDate } from '../../core/excel.js';
import type { Kertas } from '../kertas.js';
import {
  KumpulLaporan,
  KumpulSesi,
  catatanKasus,
  type BukuData,
  type BukuKey,
  type KepalaBuku,
  type SesiHadir,
} from './buku.js';

export interface BukuRenderOptions {
  t: Translate;
  buku: readonly BukuKey[];
  kertas?: Kertas;
}

const HEAD_FILL = 'FFD9E1F2';
const BLOK_FILL = 'FFF2F2F2';
const FORMAT_TANGGAL = 'dd/mm/yyyy';
/** Header row of the printable books: rows 1–4 identity block, row 5 blank. */
export const BARIS_HEADER_BUKU = 6;
/** Blank rows written in empty (`--kosong`) books. */
const BARIS_KOSONG = 30;
/** Excel paper sizes: 9 = A4, 14 = Folio 8.5 × 13 in (216 × 330 mm, the Indonesian F4). */
const PAPER: Record<Kertas, number> = { A4: 9, F4: 14 };

/** ISO date → a UTC Date (a calendar date: Jakarta would shift a day). */
const tanggal = isoKeDate;

interface Kol {
  header: string;
  width: number;
  kind?: 'date' | 'text' | 'number';
  align?: 'left' | 'center' | 'right';
}

/** The column number formats of a book: date and text columns. */
const formatKolom = (k: Kol | undefined): string | undefined =>
  k?.kind === 'date' ? FORMAT_TANGGAL : k?.kind === 'text' ? '@' : undefined;

/** A merged line's font and alignment (cetak-xlsx.ts `gabung`). */
function gayaGabung(
  numFmt: string | undefined,
  s: { bold?: boolean; size?: number; italic?: boolean; align?: 'left' | 'center' | 'right' },
): Gaya {
  return {
    ...(numFmt ? { numFmt } : {}),
    font: { bold: s.bold ?? false, italic: s.italic ?? false, size: s.size ?? 11 },
    alignment: { horizontal: s.align ?? 'center', vertical: 'middle', wrapText: false },
  };
}

/** Wait for a sheet's compressor when it asks to. */
async function w(p: Promise<void> | undefined): Promise<void> {
  if (p) await p;
}

/** One printable book: its sheet, columns, and the shared formats of its cells. */
class Buku {
  readonly ws: LembarXlsx;
  /** The plain data-cell format of each column (bordered, size 10, wrapped). */
  readonly data: number[];
  /** Next row to write. */
  r = BARIS_HEADER_BUKU + 1;

  constructor(
    readonly wb: BukuKerja,
    readonly kolom: readonly Kol[],
    nama: string,
    opsi: OpsiLembar,
  ) {
    this.ws = wb.lembar(nama, {
      ...opsi,
      kolom: kolom.map((k) => {
        const numFmt = formatKolom(k);
        return { lebar: k.width, gaya: numFmt ? wb.gaya({ numFmt }) : 0 };
      }),
    });
    this.data = kolom.map((k) =>
      wb.gaya({
        numFmt: formatKolom(k),
        border: 'tipis',
        font: { size: 10 },
        alignment: {
          vertical: 'top',
          wrapText: true,
          horizontal: k.align ?? (k.kind === 'date' ? 'center' : 'left'),
        },
      }),
    );
  }

  /** The format of column `c` (1-based). */
  fmt(c: number): string | undefined {
    return formatKolom(this.kolom[c - 1]);
  }

  /** Identity block + header row (rows 1–6). */
  kepala(d: KepalaBuku, judul: string, t: Translate, opsi: { sembunyi?: boolean } = {}): void {
    const { wb, ws, kolom } = this;
    const n = kolom.length;
    // A merged title row takes the format of the last formatted column (as it always had).
    let last: string | undefined;
    for (const k of kolom) last = formatKolom(k) ?? last;
    const baris = [
      [judul.toUpperCase(), { bold: true, size: 14 }],
      [d.lembaga.nama || t('buku.lembagaTanpaNama'), { bold: true, size: 12 }],
      [[d.lembaga.alamat, d.lembaga.kota].filter(Boolean).join(', '), { size: 10 }],
      [d.kosong ? t('buku.periodeKosong') : t('buku.periode', { tahun: d.tahun }), { size: 11 }],
    ] as const;
    baris.forEach(([v, s], i) => ws.gabungSel(i + 1, 1, n, v, wb.gaya(gayaGabung(last, s))));
    const h = BARIS_HEADER_BUKU;
    kolom.forEach((k, i) =>
      ws.sel(
        h,
        i + 1,
        k.header,
        wb.gaya({
          numFmt: formatKolom(k),
          font: { bold: true, size: 10 },
          fill: HEAD_FILL,
          border: 'tipis',
          alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
        }),
      ),
    );
    // Three lines: headers wrap, never cut.
    ws.opsiBaris(h, { tinggi: 42, ...(opsi.sembunyi ? { sembunyi: true } : {}) });
  }

  /**
   * A data row in the plain formats, `gaya` overriding some cells (merged section titles).
   * Its height fits its longest wrapped text, so nothing is cut when printed (LibreOffice
   * does not grow a row for wrapped text on open); blank rows get room to write by hand.
   */
  baris(
    nilai: readonly Nilai[],
    gaya?: readonly number[],
    gabungan = false,
  ): Promise<void> | undefined {
    const { kolom } = this;
    let lines = 1;
    if (!gabungan)
      for (let c = 0; c < kolom.length; c++) {
        const v = nilai[c];
        if (typeof v === 'string' && v.length) {
          const k = kolom[c]!;
          const l = Math.ceil((v.length * 1.1) / Math.max(1, k.width - 1));
          if (l > lines) lines = l;
        }
      }
    const vals: Nilai[] = [];
    for (let c = 0; c < kolom.length; c++) vals.push(nilai[c] ?? null);
    return this.ws.baris(this.r++, vals, gaya ?? this.data, {
      tinggi: lines > 1 ? 13 * lines + 2 : 18,
    });
  }

  /** A section title merged across the row (aset, laporan), in the data-row frame. */
  judulBagian(v: string): Promise<void> | undefined {
    const g = this.wb.gaya({
      numFmt: this.fmt(1),
      font: { bold: true, italic: false, size: 11 },
      fill: BLOK_FILL,
      border: 'tipis',
      alignment: { horizontal: 'left', vertical: 'middle', wrapText: false },
    });
    const n = this.kolom.length;
    this.ws.gabung(`A${this.r}:${letter(n)}${this.r}`);
    return this.baris(
      [v],
      this.kolom.map(() => g),
      true,
    );
  }

  /** Filter over the data rows, and the signature block under them. */
  penutup(d: KepalaBuku, t: Translate, extra: { filter?: boolean } = {}): void {
    const h = BARIS_HEADER_BUKU;
    const { kolom } = this;
    const endRow = this.r;
    if (extra.filter !== false)
      this.ws.autoFilter(`A${h}:${letter(kolom.length)}${Math.max(h, endRow - 1)}`);
    // The signature block spans the last columns, as many as it takes to be 36 characters wide.
    const n = kolom.length;
    let start = n;
    for (let wd = kolom[n - 1]?.width ?? 0; start > 1 && wd < 36;)
      wd += kolom[--start - 1]?.width ?? 0;
    tandaTangan(this.wb, this.ws, d, endRow + 1, start, n, this.fmt(start), t);
  }
}

/** The signature block of the head of the lembaga, from `row`, columns `dari`–`sampai`. */
function tandaTangan(
  wb: BukuKerja,
  ws: LembarXlsx,
  d: KepalaBuku,
  row: number,
  dari: number,
  sampai: number,
  numFmt: string | undefined,
  t: Translate,
): number {
  let r = row;
  const line = (v: string, bold = false) => {
    ws.gabungSel(r++, dari, sampai, v, wb.gaya(gayaGabung(numFmt, { bold, align: 'center' })));
  };
  line(`${d.lembaga.kota ?? '....................'}, ....................................`);
  line(t('buku.mengetahui'));
  line(
    d.lembaga.pimpinan.jabatan
      ? `${d.lembaga.pimpinan.jabatan} ${d.lembaga.nama}`
      : t('buku.pimpinanLembaga'),
  );
  r += 3;
  const nama = d.lembaga.pimpinan.nama;
  line(nama ? `( ${nama} )` : '( ........................................ )', true);
  if (d.lembaga.pimpinan.nip) line(`NIP. ${d.lembaga.pimpinan.nip}`);
  return r;
}

/** Views and print setup of a printable book (A4/F4 landscape, fit to width, footer). */
function opsiBuku(
  o: BukuRenderOptions,
  judul: string,
  extra: { portrait?: boolean; judulBaris?: boolean } = {},
): OpsiLembar {
  const h = BARIS_HEADER_BUKU;
  return {
    beku: { y: h },
    cetak: {
      kertas: PAPER[o.kertas ?? 'A4'],
      portrait: extra.portrait,
      ...(extra.judulBaris !== false ? { judulBaris: `${h}:${h}` } : {}),
      footer: o.t('buku.footer', { judul }),
    },
  };
}

const layananNama = (k: Kasus) => STANDAR[k.layanan]?.nama ?? k.layanan;

/** "anak-telantar" → "Anak telantar": the last resort for a code with no label. */
const manusiawi = (k: string) => k.charAt(0).toUpperCase() + k.slice(1).replace(/-/g, ' ');

/**
 * Labels, not codes, in the printed books (issue 14): PPKS, client type, status, the
 * applicant (its name, or the label of its kind), staff names rather than ids. Codes stay
 * in the canonical sheets, which are read back as a register.
 */
export function labelBuku(d: Pick<BukuData, 'staf'>, t: Translate) {
  const en = t('buku.kodeBahasa') === 'en';
  const ppks = new Map(PPKS.map(([k, id, e]) => [k, en ? e : id]));
  const pemohon = new Map<string, string>();
  for (const key of LAYANAN_KEYS)
    for (const it of STANDAR[key]?.pemohon?.keys ?? [])
      if (!pemohon.has(it.key)) pemohon.set(it.key, en ? it.labelEn : it.label);
  const cache = new Map<string, string | null>();
  const kunci = (prefix: string, k: string | undefined | null): string | null => {
    if (typeof k !== 'string' || k === '') return null;
    const key = `${prefix}.${k}`;
    const ada = cache.get(key);
    if (ada !== undefined) return ada;
    const v = t(key);
    const hasil = v === key ? manusiawi(k) : v;
    cache.set(key, hasil);
    return hasil;
  };
  return {
    ppks: (k: string | undefined | null) =>
      typeof k === 'string' && k ? (ppks.get(k) ?? manusiawi(k)) : null,
    jenisKlien: (k: string | undefined | null) => kunci('laporan.jenisKlien', k),
    status: (k: string | undefined | null) => kunci('buku.status', k),
    pemohon: (p: { jenis?: string; nama?: string } | undefined | null) =>
      p
        ? typeof p.nama === 'string' && p.nama.trim()
          ? p.nama.trim()
          : typeof p.jenis === 'string' && p.jenis
            ? (pemohon.get(p.jenis) ?? manusiawi(p.jenis))
            : null
        : null,
    staf: (id: string | undefined | null) =>
      typeof id === 'string' && id ? (d.staf?.[id] ?? id) : null,
    layanan: (k: string) =>
      (en
        ? STANDAR[k as keyof typeof STANDAR]?.namaEn
        : STANDAR[k as keyof typeof STANDAR]?.nama) ?? k,
  };
}

type Label = ReturnType<typeof labelBuku>;

/** A translation looked up once per key (the books ask for the same few thousands of times). */
function tCepat(t: Translate): Translate {
  const cache = new Map<string, string>();
  return ((key: string, params?: Record<string, unknown>) => {
    if (params) return t(key, params as never);
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = t(key)));
    return v;
  }) as Translate;
}

const isoToDmy = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;

/* ------------------------------------------------------------ 1. register */

class BukuRegister {
  private readonly b: Buku;
  private n = 0;

  constructor(
    wb: BukuKerja,
    private readonly d: KepalaBuku,
    private readonly o: BukuRenderOptions,
    private readonly L: Label,
  ) {
    const { t } = o;
    const judul = t('buku.judul.register');
    this.b = new Buku(
      wb,
      [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: 'No. Register', width: 15, kind: 'text' },
        { header: t('buku.kol.tglMasuk'), width: 11, kind: 'date' },
        { header: t('buku.kol.namaKlien'), width: 22 },
        { header: 'NIK', width: 18, kind: 'text' },
        { header: 'L/P', width: 5, align: 'center' },
        { header: t('buku.kol.tglLahir'), width: 11, kind: 'date' },
        { header: t('buku.kol.jenisKlien'), width: 10 },
        { header: t('buku.kol.ppks'), width: 24 },
        { header: t('buku.kol.layanan'), width: 13 },
        { header: t('buku.kol.pekerjaSosial'), width: 11 },
        { header: t('buku.kol.status'), width: 9 },
        { header: t('buku.kol.tglSelesai'), width: 11, kind: 'date' },
        { header: t('buku.kol.keterangan'), width: 24 },
      ],
      t('buku.lembar.register'),
      opsiBuku(o, judul),
    );
    this.b.kepala(d, judul, t);
  }

  tambah(k: Kasus): Promise<void> | undefined {
    const { t } = this.o;
    const L = this.L;
    const tp = k.tahapan;
    const ket = [
      k.klien.abh ? t('buku.ketAbh') : null,
      tp.rujukan?.lembagaPenerima
        ? t('buku.ketRujukan', { lembaga: tp.rujukan.lembagaPenerima })
        : null,
    ]
      .filter(Boolean)
      .join('; ');
    return this.b.baris([
      ++this.n,
      k.nomor,
      tanggal(tp.pendekatanAwal?.tanggal ?? tp.pendekatanAwal?.kesepakatan),
      k.klien.nama ?? null,
      k.klien.nik ?? null,
      k.klien.jenisKelamin ?? null,
      tanggal(k.klien.tanggalLahir),
      L.jenisKlien(k.klien.jenis),
      L.ppks(k.klien.ppks),
      L.layanan(k.layanan),
      L.staf(k.pekerjaSosial),
      L.status(k.status),
      tanggal(
        tp.terminasi?.tanggal ?? tp.rujukan?.tanggal ?? tp.pendekatanAwal?.rujukKeluar?.tanggal,
      ),
      ket || null,
    ]);
  }

  async tutup(): Promise<void> {
    const { b, d, o } = this;
    if (d.kosong) for (let i = 0; i < BARIS_KOSONG; i++) await w(b.baris([]));
    b.penutup(d, o.t);
    const note = b.r + 8;
    b.ws.gabungSel(
      note,
      1,
      10,
      o.t('buku.catatanSumber'),
      b.wb.gaya(gayaGabung(b.fmt(1), { italic: true, size: 9, align: 'left' })),
    );
    await b.ws.tutup();
  }
}

/* --------------------------------------------------------- 2. catatan */

class BukuCatatan {
  private readonly b: Buku;
  private n = 0;

  constructor(
    wb: BukuKerja,
    private readonly d: KepalaBuku,
    private readonly o: BukuRenderOptions,
    private readonly L: Label,
  ) {
    const { t } = o;
    const judul = t('buku.judul.catatan');
    this.b = new Buku(
      wb,
      [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: 'No. Register', width: 15, kind: 'text' },
        { header: t('buku.kol.tanggal'), width: 11, kind: 'date' },
        { header: t('buku.kol.tahap'), width: 18 },
        { header: t('buku.kol.kegiatan'), width: 38 },
        { header: t('buku.kol.durasi'), width: 9, align: 'center' },
        { header: t('buku.kol.tingkat'), width: 9, align: 'center' },
        { header: t('buku.kol.pelaksana'), width: 11 },
        { header: t('buku.kol.proBono'), width: 8, align: 'center' },
        { header: t('buku.kol.sesi'), width: 11 },
        { header: t('buku.kol.catatan'), width: 30 },
      ],
      t('buku.lembar.catatan'),
      opsiBuku(o, judul),
    );
    this.b.kepala(d, judul, t);
  }

  async tambah(k: Kasus): Promise<void> {
    const { t } = this.o;
    for (const e of catatanKasus(k))
      await w(
        this.b.baris([
          ++this.n,
          e.nomor,
          tanggal(e.tanggal),
          t(`buku.tahap.${e.tahap || 'lainnya'}`),
          e.jenis === 'tahap' ? t(`buku.peristiwa.${e.kode}`) : (e.label ?? e.kode),
          e.durasi ? t(`tarif.durasi.${e.durasi}`) : null,
          e.tingkat ? t(`buku.tingkat.${e.tingkat}`) : null,
          this.L.staf(e.pelaksana),
          e.jenis === 'kegiatan' ? (e.proBono ? YA : TIDAK) : null,
          e.sesi,
          e.catatan,
        ]),
      );
  }

  async tutup(): Promise<void> {
    const { b, d, o } = this;
    if (d.kosong) for (let i = 0; i < BARIS_KOSONG; i++) await w(b.baris([]));
    b.penutup(d, o.t);
    await b.ws.tutup();
  }
}

/* ------------------------------------------------------- 3. ringkasan */

class BukuRingkasan {
  private readonly ws: LembarXlsx;
  private r = BARIS_HEADER_BUKU + 1;
  private i = 0;
  private readonly g: {
    judul: number;
    label: number;
    isi: Record<'tanggal' | 'angka' | 'teks', number>;
  };

  constructor(
    private readonly wb: BukuKerja,
    private readonly d: KepalaBuku,
    private readonly o: BukuRenderOptions,
    private readonly L: Label,
  ) {
    const { t } = o;
    const judul = t('buku.judul.ringkasan');
    const b = new Buku(
      wb,
      [
        { header: t('buku.kol.uraian'), width: 30 },
        { header: t('buku.kol.isi'), width: 36 },
        { header: t('buku.kol.uraian'), width: 30 },
        { header: t('buku.kol.isi'), width: 36 },
      ],
      t('buku.lembar.ringkasan'),
      opsiBuku(o, judul),
    );
    b.kepala(d, judul, t);
    this.ws = b.ws;
    const al = { vertical: 'top', wrapText: true, horizontal: 'left' } as const;
    const isi = (numFmt: string) => wb.gaya({ numFmt, border: 'tipis', alignment: al });
    this.g = {
      judul: wb.gaya({
        font: { bold: true, italic: false, size: 11 },
        fill: BLOK_FILL,
        border: 'tipis',
        alignment: al,
      }),
      label: wb.gaya({ font: { bold: true, size: 10 }, border: 'tipis', alignment: al }),
      isi: { tanggal: isi(FORMAT_TANGGAL), angka: isi('0'), teks: isi('@') },
    };
  }

  /** One case's block: its title, the facts two to a row, a blank line; two blocks to a page. */
  async tambah(k: Kasus | null, terakhir = false): Promise<void> {
    const { ws, g, o } = this;
    const { t } = o;
    ws.gabungBaris(this.r, 1, 4);
    await w(
      ws.baris(
        this.r++,
        [k ? `${k.nomor} — ${layananNama(k)}` : t('buku.kasusKosong'), null, null, null],
        g.judul,
      ),
    );
    const pairs = isiRingkasan(k, this.L, t);
    const gi = (v: Nilai) =>
      v instanceof Date ? g.isi.tanggal : typeof v === 'number' ? g.isi.angka : g.isi.teks;
    for (let j = 0; j < pairs.length; j += 2) {
      const a = pairs[j];
      const b = pairs[j + 1];
      const va = a?.[1] ?? null;
      const vb = b?.[1] ?? null;
      await w(
        ws.baris(
          this.r++,
          [a?.[0] ?? null, va, b?.[0] ?? null, vb],
          [g.label, gi(va), g.label, gi(vb)],
        ),
      );
    }
    // A blank line under the block (no cells: it was always written empty).
    this.r++;
    // Two blocks to a printed landscape page, never a block split across pages.
    if (++this.i % 2 === 0 && !terakhir) ws.pemisah(this.r - 1);
  }

  /** A page break belongs after every second block but the last: drop the one after the last. */
  async tutup(): Promise<void> {
    const { ws, d, o, wb } = this;
    tandaTangan(wb, ws, d, this.r + 1, 3, 4, undefined, o.t);
    await ws.tutup();
  }
}

/** The facts of one case for its summary block, as label–value pairs (two to a row). */
function isiRingkasan(k: Kasus | null, L: Label, t: Translate): [string, Nilai][] {
  const tp = k?.tahapan;
  const keg = k?.kegiatan ?? [];
  const pairs: [string, Nilai][] = [
    [t('buku.kol.namaKlien'), k?.klien.nama ?? null],
    ['NIK', k?.klien.nik ?? null],
    [t('buku.kol.jenisKlien'), L.jenisKlien(k?.klien.jenis)],
    ['L/P', k?.klien.jenisKelamin ?? null],
    [t('buku.kol.tglLahir'), tanggal(k?.klien.tanggalLahir)],
    [t('buku.kol.ppks'), L.ppks(k?.klien.ppks)],
    [t('buku.kol.pemohon'), L.pemohon(k?.pemohon)],
    [t('buku.kol.status'), L.status(k?.status)],
    [t('buku.kol.pekerjaSosial'), L.staf(k?.pekerjaSosial)],
    [t('buku.kol.supervisor'), L.staf(k?.supervisor)],
    [t('buku.peristiwa.pendekatanAwal'), tanggal(tp?.pendekatanAwal?.tanggal)],
    [t('buku.peristiwa.kesepakatan'), tanggal(tp?.pendekatanAwal?.kesepakatan)],
    [t('buku.peristiwa.asesmen'), tanggal(tp?.asesmen?.tanggal)],
    [t('buku.peristiwa.perencanaan'), tanggal(tp?.perencanaan?.tanggal)],
    [t('buku.peristiwa.intervensiMulai'), tanggal(tp?.intervensi?.mulai)],
    [t('buku.peristiwa.intervensiSelesai'), tanggal(tp?.intervensi?.selesai)],
    [t('buku.peristiwa.evaluasi'), tanggal(tp?.evaluasi?.tanggal)],
    [
      t('buku.peristiwa.rujukan'),
      tp?.rujukan?.tanggal
        ? `${isoToDmy(tp.rujukan.tanggal)}${tp.rujukan.lembagaPenerima ? ' — ' + tp.rujukan.lembagaPenerima : ''}`
        : null,
    ],
    [t('buku.peristiwa.terminasi'), tanggal(tp?.terminasi?.tanggal)],
    [t('buku.kol.jumlahKegiatan'), k ? keg.length : null],
    [t('buku.kol.jumlahProBono'), k ? keg.filter((g) => g.proBono).length : null],
    [t('buku.kol.catatan'), k?.catatan ?? null],
  ];
  if (k?.klien.abh) pairs.push([t('buku.kol.keterangan'), t('buku.ketAbh')]);
  return pairs;
}

/* ---------------------------------------------------------- 4. hadir */

async function bukuHadir(
  wb: BukuKerja,
  b: Buku,
  sesi: readonly (SesiHadir | null)[],
  L: Label,
  t: Translate,
): Promise<void> {
  const { ws, kolom } = b;
  let r = BARIS_HEADER_BUKU + 1;
  const gKiri = wb.gaya(gayaGabung(undefined, { bold: true, align: 'left' }));
  const gKanan = wb.gaya(gayaGabung(undefined, { align: 'left' }));
  const gKananTgl = wb.gaya(gayaGabung(FORMAT_TANGGAL, { align: 'left' }));
  const gHead = kolom.map((k) =>
    wb.gaya({
      numFmt: formatKolom(k),
      font: { bold: true, size: 10 },
      fill: HEAD_FILL,
      border: 'tipis',
      alignment: { horizontal: 'center', vertical: 'middle' },
    }),
  );
  const gPeserta = kolom.map((k, c) =>
    wb.gaya({
      numFmt: formatKolom(k),
      border: 'tipis',
      alignment: { vertical: 'middle', horizontal: c === 0 || c === 3 ? 'center' : 'left' },
    }),
  );
  const gTtd = wb.gaya(gayaGabung(undefined, { align: 'center' }));
  for (const [i, s] of sesi.entries()) {
    const info: [string, Nilai][] = [
      [t('buku.kol.sesi'), s?.sesi ?? ''],
      [t('buku.kol.tanggal'), s ? (tanggal(s.tanggal) ?? s.tanggal) : ''],
      [
        t('buku.kol.kegiatan'),
        s ? `${s.label ?? s.kegiatan} (${STANDAR[s.layanan]?.nama ?? s.layanan})` : '',
      ],
      [t('buku.kol.pelaksana'), L.staf(s?.pelaksana) ?? ''],
    ];
    for (const [k, v] of info) {
      ws.gabung(`A${r}:B${r}`);
      ws.gabung(`C${r}:E${r}`);
      const gv = v instanceof Date ? gKananTgl : gKanan;
      await w(
        ws.baris(
          r++,
          [k, null, v || '.................................................', null, null],
          [gKiri, gKiri, gv, gv, gv],
        ),
      );
    }
    await w(
      ws.baris(
        r++,
        kolom.map((k) => k.header),
        gHead,
      ),
    );
    const peserta = s?.peserta ?? [];
    const rows = Math.max(peserta.length + 3, s ? 0 : 20);
    for (let j = 0; j < rows; j++) {
      const p = peserta[j];
      await w(
        ws.baris(
          r++,
          [j + 1, p?.nomor ?? null, p?.nama ?? null, p?.jenisKelamin ?? null, null],
          gPeserta,
          { tinggi: 26 }, // room to sign
        ),
      );
    }
    r++;
    ws.gabungSel(r, 4, 5, t('buku.pelaksanaKegiatan'), gTtd);
    r += 4;
    ws.gabungSel(r, 4, 5, '( ........................................ )', gTtd);
    r++;
    if (i + 1 < sesi.length) ws.pemisah(r);
    await ws.kirim();
    r += 2;
  }
  await ws.tutup();
}

/* ----------------------------------------------------------- 5. aset */

async function bukuAset(b: Buku, d: KepalaBuku, t: Translate): Promise<void> {
  for (const kelompok of ['fasilitas', 'peralatan'] as const) {
    await w(b.judulBagian(t(`buku.aset.${kelompok}`)));
    let n = 0;
    for (const a of d.aset.filter((x) => x.kelompok === kelompok)) {
      const show = !d.kosong;
      await w(
        b.baris([
          ++n,
          a.label,
          a.bagian,
          show && a.ada !== null ? (a.ada ? YA : TIDAK) : null,
          show ? a.jumlah : null,
          null,
          null,
          null,
          show ? a.keterangan : null,
        ]),
      );
    }
  }
  await w(b.judulBagian(t('buku.aset.lainnya')));
  for (let i = 0; i < 10; i++) await w(b.baris([]));
  b.penutup(d, t, { filter: false });
  await b.ws.tutup();
}

/* -------------------------------------------------------- 6. laporan */

async function bukuLaporan(
  b: Buku,
  d: KepalaBuku,
  L: ReturnType<KumpulLaporan['hasil']>,
  t: Translate,
): Promise<void> {
  const measures = ['kasusBaru', 'kegiatan', 'proBono', 'terminasi', 'dirujuk'] as const;
  for (const m of measures) {
    const vals = L.bulan.map((x) => (d.kosong ? null : x[m]));
    await w(
      b.baris([
        t(`buku.laporan.${m}`),
        ...vals,
        d.kosong ? null : vals.reduce<number>((s, v) => s + (v ?? 0), 0),
      ]),
    );
  }
  await w(b.judulBagian(t('buku.laporan.perKegiatan')));
  for (const e of L.perKegiatan)
    await w(
      b.baris([
        `${e.label ?? e.kegiatan} (${e.layanan})`,
        ...e.perBulan,
        e.perBulan.reduce((s, v) => s + v, 0),
      ]),
    );
  if (d.kosong) for (let i = 0; i < 15; i++) await w(b.baris([]));
  b.penutup(d, t, { filter: false });
  await b.ws.tutup();
}

/* ------------------------------------------------------------ the whole */

/**
 * Write the books into `wb` from the cases in the books' order (already filtered to the
 * year, masked: buku.ts). The cases are read once. Returns how many there were.
 */
export async function tulisBuku(
  wb: BukuKerja,
  d: KepalaBuku,
  kasus: Iterable<Kasus> | AsyncIterable<Kasus>,
  opsi: BukuRenderOptions,
): Promise<number> {
  const o = { ...opsi, t: tCepat(opsi.t) };
  const { t } = o;
  const want = new Set(o.buku);
  const L = labelBuku(d, t);
  // Every sheet is begun in the workbook's order; those listing cases fill as the cases pass.
  const register = want.has('register') ? new BukuRegister(wb, d, o, L) : null;
  const catatan = want.has('catatan') ? new BukuCatatan(wb, d, o, L) : null;
  const ringkasan = want.has('ringkasan') ? new BukuRingkasan(wb, d, o, L) : null;
  let hadir: Buku | null = null;
  if (want.has('hadir')) {
    const judul = t('buku.judul.hadir');
    hadir = new Buku(
      wb,
      [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: 'No. Register', width: 16, kind: 'text' },
        { header: t('buku.kol.namaPeserta'), width: 30 },
        { header: 'L/P', width: 5, align: 'center' },
        { header: t('buku.kol.tandaTangan'), width: 30 },
      ],
      t('buku.lembar.hadir'),
      opsiBuku(o, judul, { portrait: true, judulBaris: false }),
    );
    // Each session block has its own header row.
    hadir.kepala(d, judul, t, { sembunyi: true });
  }
  let aset: Buku | null = null;
  if (want.has('aset')) {
    const judul = t('buku.judul.aset');
    aset = new Buku(
      wb,
      [
        { header: t('buku.kol.no'), width: 5, align: 'center' },
        { header: t('buku.kol.namaAset'), width: 40 },
        { header: t('buku.kol.dasar'), width: 24 },
        { header: t('buku.kol.ada'), width: 7, align: 'center' },
        { header: t('buku.kol.jumlah'), width: 8, align: 'center' },
        { header: t('buku.kol.kondisi'), width: 12 },
        { header: t('buku.kol.lokasi'), width: 16 },
        { header: t('buku.kol.tahunPerolehan'), width: 11, align: 'center' },
        { header: t('buku.kol.keterangan'), width: 24 },
      ],
      t('buku.lembar.aset'),
      opsiBuku(o, judul),
    );
    aset.kepala(d, judul, t);
  }
  let laporan: Buku | null = null;
  if (want.has('laporan')) {
    const judul = t('buku.judul.laporan');
    laporan = new Buku(
      wb,
      [
        { header: t('buku.kol.uraian'), width: 38 },
        ...Array.from({ length: 12 }, (_, i) => ({
          header: t(`buku.bulan.${i + 1}`),
          width: 6,
          align: 'center' as const,
        })),
        { header: t('buku.kol.jumlah'), width: 8, align: 'center' },
      ],
      t('buku.lembar.laporan'),
      opsiBuku(o, judul),
    );
    laporan.kepala(d, judul, t);
  }
  // The canonical sheets: the books' print setup; empty books get dropdowns down to row 201.
  const kanonik = register
    ? new LembarKanonik(wb, {
        spareRows: d.kosong ? 200 : 0,
        opsiLembar: (name) => ({
          beku: { x: 1, y: 1 },
          cetak: {
            kertas: PAPER[o.kertas ?? 'A4'],
            judulBaris: '1:1',
            footer: t('buku.footer', { judul: name }),
          },
        }),
      })
    : null;
  const daftar = kanonik?.needed ? wb.lembar(SHEET_DAFTAR, { tersembunyi: true }) : null;

  const sesi = new KumpulSesi(d.tahun);
  const lap = new KumpulLaporan(d.tahun);
  let n = 0;
  // The summary block of a case is written when the next one comes: the last has no page break.
  let tunda: Kasus | null = null;
  for await (const k of kasus) {
    n++;
    if (register) await w(register.tambah(k));
    if (catatan) await catatan.tambah(k);
    if (ringkasan && tunda) await ringkasan.tambah(tunda);
    tunda = k;
    if (kanonik) await kanonik.tambah(k);
    if (hadir) sesi.tambah(k);
    if (laporan) lap.tambah(k);
  }
  if (ringkasan) {
    if (d.kosong) {
      await ringkasan.tambah(null);
      await ringkasan.tambah(null, true);
    } else if (tunda) await ringkasan.tambah(tunda, true);
  }
  await register?.tutup();
  await catatan?.tutup();
  await ringkasan?.tutup();
  if (hadir) {
    const s = d.kosong ? [] : sesi.hasil();
    await bukuHadir(wb, hadir, s.length ? s : [null], L, t);
  }
  if (aset) await bukuAset(aset, d, t);
  if (laporan) await bukuLaporan(laporan, d, lap.hasil(), t);
  if (kanonik) {
    const lists = await kanonik.tutup();
    if (daftar) await lists.write(daftar);
  }
  await wb.selesai();
  return n;
}

/** The workbook the books are written into (fixed dates: the same input gives the same bytes). */
export function bukuKerjaBaru(): BukuKerja {
  return new BukuKerja({ dibuat: new Date(Date.UTC(2020, 0, 1)) });
}

/** The books as one workbook in memory (the cases already in `d`). */
export async function renderBukuXlsx(d: BukuData, o: BukuRenderOptions): Promise<Uint8Array> {
  const wb = bukuKerjaBaru();
  try {
    await tulisBuku(wb, d, d.kasus, o);
    return wb.bytes();
  } finally {
    wb.buang();
  }
}
