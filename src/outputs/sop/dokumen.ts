/**
 * A neutral document model for the generated SOP and SK documents: headings,
 * paragraphs, numbered lists, tables with header rows, and blanks the institution
 * must fill. Builders return it; the docx and Markdown renderers draw it. Keeping the
 * model free of `docx` types lets the builders stay pure and cheap to test.
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
  rata?: Rata;
}

export type Blok =
  | { jenis: 'judul'; tingkat: 1 | 2 | 3; isi: Teks[]; rata?: Rata }
  | { jenis: 'paragraf'; isi: Teks[]; rata?: Rata; indentasi?: boolean }
  /** Lists restart their numbering at 1 (a) for every block. */
  | { jenis: 'daftar'; gaya: 'angka' | 'huruf' | 'butir'; butir: Teks[][] }
  /**
   * `kolom` are relative widths; `kepala` rows repeat on every page (Word "header row").
   * `garis: false` draws a layout table without borders (decree preambles, signatures).
   */
  | { jenis: 'tabel'; kolom: number[]; kepala: Sel[][]; baris: Sel[][]; garis: boolean }
  /** The stages as a flow: boxes joined by arrows, with the branch taken at some boxes. */
  | { jenis: 'alur'; langkah: { judul: string; rincian: string; cabang?: string }[] }
  | { jenis: 'halamanBaru' }
  /** Starts a new page in landscape (wide tables) or back in portrait; Markdown ignores it. */
  | { jenis: 'orientasi'; lanskap: boolean };

/** A whole document: its title (file properties) and blocks. */
export interface SopDocument {
  judul: string;
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

/** Plain text of a run list (tests, Markdown, search). */
export function teksPolos(runs: readonly Teks[]): string {
  return runs.map((r) => r.teks).join('');
}

/** Every piece of text of a document, in order (tests assert on it). */
export function semuaTeks(doc: SopDocument): string {
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
        for (const row of [...b.kepala, ...b.baris])
          for (const c of row) for (const p of c.paragraf) out.push(teksPolos(p));
        break;
      case 'alur':
        for (const l of b.langkah) out.push(l.judul, l.rincian, l.cabang ?? '');
        break;
      case 'halamanBaru':
      case 'orientasi':
        break;
    }
  }
  return out.join('\n');
}
