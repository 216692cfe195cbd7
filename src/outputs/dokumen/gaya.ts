/**
 * The two house styles the docx renderer draws a document in: `dinas` for official papers
 * (SOP and decrees: Arial 11 pt, plain tables, 2.5 cm binding margin) and `laporan` for the
 * annual report (Calibri 10.5 pt, shaded tables, each chapter on a new page). The model says
 * which; the numbers live here, once, and nowhere in the builders. Sizes are half-points,
 * distances twentieths of a point (twips).
 */
import type { ITableBordersOptions, IParagraphStyleOptions } from 'docx';
import { BorderStyle } from 'docx';
import type { GayaDokumen, Rata } from './model.js';

/** How a paragraph of a given role looks. */
export interface GayaTeks {
  sebelum?: number;
  sesudah?: number;
  tebal?: boolean;
  miring?: boolean;
  ukuran?: number;
  warna?: string;
  rata?: Rata;
  /** Kept on the page of what follows (captions, titles). */
  tetapBersama?: boolean;
  halamanBaru?: boolean;
  indenPertama?: number;
}

export interface GayaDocx {
  font: string;
  /** Size of body text. */
  ukuran: number;
  margin: { top: number; bottom: number; left: number; right: number };
  /** Word's paragraph styles: headings (and the cover's Title). */
  gayaWord: IParagraphStyleOptions[];
  /** Level-1 headings start a new page (the report's chapters). */
  babHalamanBaru: boolean;
  paragrafSesudah: number;
  daftarSesudah: number;
  tabel: {
    /** Run size in a bordered table of `kolom` columns (header or body); layout tables keep body size. */
    ukuran: (kolom: number, kepala: boolean) => number;
    kepalaIsi: string;
    kepalaTebal: boolean;
    kelompokIsi: string;
    jumlahIsi: string;
    margin: { top: number; bottom: number; left: number; right: number };
    /** Spacing around each paragraph in a cell. */
    spasi?: { before: number; after: number };
    /** Borders of a bordered table; absent: Word's default single lines. */
    garis?: ITableBordersOptions;
    /** Fixed layout: the column widths hold whatever the content. */
    tetap: boolean;
    /** An empty paragraph after each table (Word glues consecutive tables together). */
    pemisah: boolean;
  };
  peran: Record<
    | 'judulTabel'
    | 'keteranganTabel'
    | 'catatanTabel'
    | 'kecil'
    | 'surat'
    | 'keteranganGambar'
    | 'judulDepan',
    GayaTeks
  >;
  kaki: { ukuran?: number; warna?: string };
}

const judulWord = (
  id: string,
  name: string,
  font: string,
  size: number,
  spacing: { before?: number; after: number } | null,
  color?: string,
): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  ...(id === 'Title' ? {} : { quickFormat: true }),
  run: { size, bold: true, ...(color ? { color } : {}), font },
  ...(spacing ? { paragraph: { spacing } } : {}),
});

const PERAN_UMUM: GayaDocx['peran'] = {
  judulTabel: { tetapBersama: true, sebelum: 200, sesudah: 60, tebal: true, ukuran: 20 },
  keteranganTabel: { tetapBersama: true, sesudah: 60, miring: true, ukuran: 17 },
  catatanTabel: { sebelum: 40, ukuran: 16, miring: true },
  kecil: { sesudah: 100, ukuran: 17 },
  surat: { rata: 'penuh', sesudah: 160, indenPertama: 567 },
  keteranganGambar: { rata: 'tengah', sesudah: 200, miring: true, ukuran: 18 },
  judulDepan: { halamanBaru: true, rata: 'tengah', sesudah: 240, tebal: true, ukuran: 30 },
};

const ABU = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const ABU_MUDA = { style: BorderStyle.SINGLE, size: 2, color: 'BFBFBF' };

export const GAYA: Record<GayaDokumen, GayaDocx> = {
  dinas: {
    font: 'Arial',
    ukuran: 22,
    margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 },
    gayaWord: [
      judulWord('Heading1', 'Heading 1', 'Arial', 28, { before: 240, after: 120 }),
      judulWord('Heading2', 'Heading 2', 'Arial', 24, { before: 240, after: 80 }, '1F3864'),
      judulWord('Heading3', 'Heading 3', 'Arial', 22, { before: 160, after: 60 }),
    ],
    babHalamanBaru: false,
    paragrafSesudah: 80,
    daftarSesudah: 40,
    tabel: {
      ukuran: () => 18,
      kepalaIsi: 'D9D9D9',
      kepalaTebal: false,
      kelompokIsi: 'DEEAF6',
      jumlahIsi: 'F2F2F2',
      margin: { top: 40, bottom: 40, left: 80, right: 80 },
      spasi: { before: 20, after: 20 },
      tetap: true,
      pemisah: true,
    },
    peran: PERAN_UMUM,
    kaki: {},
  },
  laporan: {
    font: 'Calibri',
    ukuran: 21,
    margin: { top: 1134, bottom: 1134, left: 850, right: 850 },
    gayaWord: [
      judulWord('Heading1', 'Heading 1', 'Calibri', 30, { before: 240, after: 120 }, '1F3864'),
      judulWord('Heading2', 'Heading 2', 'Calibri', 25, { before: 240, after: 80 }, '2F5496'),
      judulWord('Title', 'Title', 'Calibri', 40, null, '1F3864'),
    ],
    babHalamanBaru: true,
    paragrafSesudah: 100,
    daftarSesudah: 60,
    tabel: {
      // Wide tables (more than four columns) print smaller, their header smaller still.
      ukuran: (kolom, kepala) => (kolom > 4 ? (kepala ? 14 : 16) : 19),
      kepalaIsi: 'D9E2F3',
      kepalaTebal: true,
      kelompokIsi: 'DEEAF6',
      jumlahIsi: 'F2F2F2',
      margin: { top: 30, bottom: 30, left: 60, right: 60 },
      garis: {
        top: ABU,
        bottom: ABU,
        left: ABU,
        right: ABU,
        insideHorizontal: ABU_MUDA,
        insideVertical: ABU_MUDA,
      },
      tetap: false,
      pemisah: false,
    },
    peran: PERAN_UMUM,
    kaki: { ukuran: 16, warna: '606060' },
  },
};
