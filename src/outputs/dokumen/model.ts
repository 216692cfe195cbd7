/**
 * The one document model of the generated documents (the SOP, the SK templates and the
 * annual report): headings, paragraphs of runs, numbered lists, tables with header rows,
 * column widths and alignments, captions and notes, images, a cover, a table of contents,
 * signatures, page breaks and blanks the institution must fill. Builders return it; the one
 * docx renderer and the one Markdown renderer (this folder) draw it. Keeping the model free
 * of `docx` types lets the builders stay pure and cheap to test.
 */

/** A run of text. `isian` marks a blank the institution must fill ("[…diisi lembaga…]"). */
export interface Teks {
  teks: string;
  tebal?: boolean;
  miring?: boolean;
  isian?: boolean;
  /** The marker ("a.", "1.") of a list item written inside a table cell: Word hangs the text after it. */
  penanda?: boolean;
}

export type Rata = 'kiri' | 'tengah' | 'kanan' | 'penuh';

/**
 * A table cell: one or more paragraphs; `rentang` spans columns, `rentangBaris` spans rows
 * (the cells it covers are simply absent from the following rows); `kelompok` shades a group row.
 */
export interface Sel {
  paragraf: Teks[][];
  rentang?: number;
  rentangBaris?: number;
  kelompok?: boolean;
  /** A cell of a totals row: bold and shaded. */
  jumlah?: boolean;
  rata?: Rata;
}

/** A PNG image and its pixel size. */
export interface Gambar {
  png: Uint8Array;
  lebar: number;
  tinggi: number;
}

/** The cover page of a report; in Markdown, the title heading and the lines under it. */
export interface Sampul {
  judul: string;
  lembaga: string | null;
  tahun: string;
  subjudul: string;
  /** Caption of the empty frame the institution pastes its logo into. */
  logo: string;
  disusun: string;
  tanggal: string;
}

/** A signature: place and date, title, and (for a full signature) the space and the name. */
export interface TandaTangan {
  tempatTanggal: string;
  jabatan: string;
  /** Absent for a closing without a signature space (the foreword's). */
  nama?: string;
  /** Caption of the signature space ("tanda tangan dan cap"). */
  ruang?: string;
}

/**
 * `kecil`: a small-print paragraph; `surat`: the justified, first-line-indented body of a
 * letter (a report's foreword).
 */
export type GayaParagraf = 'kecil' | 'surat';

export type Blok =
  /** `depan`: a front-matter title (foreword, contents) on a page of its own, outside Word's outline. */
  | { jenis: 'judul'; tingkat: 1 | 2 | 3; isi: Teks[]; rata?: Rata; depan?: boolean }
  | { jenis: 'paragraf'; isi: Teks[]; rata?: Rata; gaya?: GayaParagraf }
  /** Lists restart their numbering at 1 (a) for every block. */
  | { jenis: 'daftar'; gaya: 'angka' | 'huruf' | 'butir'; butir: Teks[][] }
  /**
   * `kolom` are relative widths; `kepala` rows repeat on every page (Word "header row").
   * `garis: false` draws a layout table without borders (decree preambles, signatures).
   */
  | {
      jenis: 'tabel';
      kolom: number[];
      kepala: Sel[][];
      baris: Sel[][];
      garis: boolean;
      /** Caption above the table ("Tabel 3. …"), its explanation, and notes under it. */
      judul?: string;
      keterangan?: string;
      catatan?: string[];
      /** Alignment of each column (Markdown's `---:`; the default of a cell without its own). */
      rataKolom?: Rata[];
    }
  /** An image with its caption: docx embeds `png`, Markdown links `berkas`; without either it is left out. */
  | { jenis: 'gambar'; id: string; judul: string; png?: Gambar; berkas?: string }
  | ({ jenis: 'sampul' } & Sampul)
  /** Entries of a table of contents (its title is a `depan` heading before it). */
  | { jenis: 'daftarIsi'; entri: { tingkat: 1 | 2; teks: string }[] }
  | ({ jenis: 'tandaTangan' } & TandaTangan)
  /** The stages as a flow: boxes joined by arrows, with the branch taken at some boxes. */
  | { jenis: 'alur'; langkah: { judul: string; rincian: string; cabang?: string }[] }
  | { jenis: 'halamanBaru' }
  /** Starts a new page in landscape (wide tables) or back in portrait; Markdown ignores it. */
  | { jenis: 'orientasi'; lanskap: boolean };

/**
 * The house style a document is drawn in: `dinas` for official papers (SOP, decrees: Arial,
 * plain tables), `laporan` for the annual report (Calibri, shaded tables, chapters on new pages).
 */
export type GayaDokumen = 'dinas' | 'laporan';

/** A whole document: its title and description (file properties), house style and blocks. */
export interface Naskah {
  judul: string;
  keterangan?: string;
  gaya?: GayaDokumen;
  blok: Blok[];
}

/* ------------------------------------------------------------- helpers */

export const teks = (s: string, gaya: Omit<Teks, 'teks'> = {}): Teks => ({ teks: s, ...gaya });
export const tebal = (s: string): Teks => ({ teks: s, tebal: true });

/** A cell with one plain paragraph (or several when given an array). */
export function sel(isi: string | Teks | Teks[] | Teks[][], lain: Omit<Sel, 'paragraf'> = {}): Sel {
  let paragraf: Teks[][];
  if (typeof isi === 'string') paragraf = [[teks(isi)]];
  else if (!Array.isArray(isi)) paragraf = [[isi]];
  else if (isi.length > 0 && Array.isArray(isi[0])) paragraf = isi as Teks[][];
  else paragraf = [isi as Teks[]];
  return { paragraf, ...lain };
}

export const judul = (tingkat: 1 | 2 | 3, s: string, rata?: Rata): Blok =>
  rata
    ? { jenis: 'judul', tingkat, isi: [teks(s)], rata }
    : { jenis: 'judul', tingkat, isi: [teks(s)] };

export const paragraf = (isi: string | Teks[], rata?: Rata): Blok => {
  const runs = typeof isi === 'string' ? [teks(isi)] : isi;
  return rata ? { jenis: 'paragraf', isi: runs, rata } : { jenis: 'paragraf', isi: runs };
};

export const daftar = (gaya: 'angka' | 'huruf' | 'butir', butir: (string | Teks[])[]): Blok => ({
  jenis: 'daftar',
  gaya,
  butir: butir.map((b) => (typeof b === 'string' ? [teks(b)] : b)),
});

/**
 * The column each cell of `rows` starts at: a cell covered by a row span from a row above is
 * absent from its row, so the next cell moves right past it. Both renderers lay tables out by it.
 */
export function posisiSel(rows: readonly Sel[][]): { sel: Sel; kolom: number }[][] {
  const tertutup = rows.map(() => new Set<number>());
  return rows.map((row, r) => {
    let col = 0;
    return row.map((c) => {
      while (tertutup[r]!.has(col)) col++;
      const span = c.rentang ?? 1;
      for (let dr = 0; dr < (c.rentangBaris ?? 1) && r + dr < rows.length; dr++)
        for (let k = 0; k < span; k++) tertutup[r + dr]!.add(col + k);
      const pos = { sel: c, kolom: col };
      col += span;
      return pos;
    });
  });
}

/** Plain text of a run list (tests, Markdown, search). */
export function teksPolos(runs: readonly Teks[]): string {
  return runs.map((r) => r.teks).join('');
}

/** Every piece of text of a document, in order (tests assert on it). */
export function semuaTeks(doc: Naskah): string {
  const out: string[] = [];
  for (const b of doc.blok) {
    switch (b.jenis) {
      case 'judul':
      case 'paragraf':
        out.push(teksPolos(b.isi));
        break;
      case 'daftar':
        for (const i of b.butir) out.push(teksPolos(i));
        break;
      case 'tabel':
        if (b.judul) out.push(b.judul);
        if (b.keterangan) out.push(b.keterangan);
        for (const row of [...b.kepala, ...b.baris])
          for (const c of row) for (const p of c.paragraf) out.push(teksPolos(p));
        out.push(...(b.catatan ?? []));
        break;
      case 'alur':
        for (const l of b.langkah) out.push(l.judul, l.rincian, l.cabang ?? '');
        break;
      case 'gambar':
        out.push(b.judul);
        break;
      case 'sampul':
        out.push(b.judul, b.lembaga ?? '', b.tahun, b.subjudul, b.logo, b.disusun, b.tanggal);
        break;
      case 'daftarIsi':
        for (const e of b.entri) out.push(e.teks);
        break;
      case 'tandaTangan':
        out.push(b.tempatTanggal, b.jabatan, b.ruang ?? '', b.nama ?? '');
        break;
      case 'halamanBaru':
      case 'orientasi':
        break;
    }
  }
  return out.join('\n');
}
