/**
 * `--gabung` into a canonical xlsx register rewrites the workbook from the cases
 * it read. What the model does not hold would vanish: columns the lembaga added,
 * cells that could not be read, Kegiatan/Pengaduan rows whose No. Register matches
 * no case, sheets of its own. This pass compares every non-empty cell of the old
 * workbook with what was read into the cases and names, cell by cell or row by
 * row, everything that will not be carried over, so the command can write it to
 * a workbook of its own and exit 1 instead of dropping it silently.
 */
import type { Finding } from '../../core/finding.js';
import type { Translate } from '../../i18n/index.js';
import type { Kasus } from '../../model/kasus.js';
import {
  LEMBAR_ANAK,
  LEMBAR_DATA,
  LEMBAR_REGISTER,
  SHEET_DAFTAR,
  SHEET_PETUNJUK,
  headerKey,
} from '../../model/register-kolom.js';
import type { XlsxCell } from '../xlsx/cell.js';
import { openXlsx } from '../xlsx/reader.js';
import { bukuImpor, tutupBukuImpor } from './output.js';

/** One cell (or one whole row, `sel` null) of the old register that the merge does not carry over. */
export interface TidakTerbawa {
  lembar: string;
  baris: number;
  sel: string | null;
  judul: string | null;
  nilai: string;
  alasan: string;
}

/** The loaded register as the reader leaves it (its locator knows where each case came from). */
export interface RegisterTerbaca {
  kasus: readonly Kasus[];
  problems: readonly Finding[];
  locator: unknown;
}

interface KolomLembar {
  sheet: string;
  byPath: Map<string, { col: number; header: string }>;
}

interface LocatorDalam {
  caseRow?: number[];
  children?: ({ kegiatan?: number[]; pengaduan?: number[]; supervisi?: number[] } | undefined)[];
  columns?: Map<string, KolomLembar>;
}

/** Sheets the writer rebuilds from the model or from the catalogue. */
const DIBANGUN_ULANG = new Set([SHEET_PETUNJUK, SHEET_DAFTAR].map(headerKey));

function teksSel(c: XlsxCell): string {
  const v = c.value;
  switch (v.type) {
    case 'string':
      return v.value;
    case 'number':
    case 'boolean':
      return String(v.value);
    case 'date': {
      const [y, m, d] = v.value.split('-');
      return `${d}/${m}/${y}`;
    }
    case 'error':
      return v.value;
    case 'formula-no-value':
      return `=${v.formula}`;
  }
}

function kosong(c: XlsxCell): boolean {
  return c.value.type === 'string' && c.value.value.trim() === '';
}

/** Is there a value at this slash path ("perpanjangan/*\/tanggal": in any element)? */
function adaNilai(obj: unknown, segs: readonly string[]): boolean {
  if (segs.length === 0) return obj !== undefined && obj !== null && obj !== '';
  if (obj === null || typeof obj !== 'object') return false;
  const [s, ...rest] = segs;
  if (s === '*') return Array.isArray(obj) && obj.some((x) => adaNilai(x, rest));
  return adaNilai((obj as Record<string, unknown>)[s!], rest);
}

/** A whole row not carried over: its non-empty cells joined. */
function barisUtuh(
  lembar: string,
  baris: number,
  isi: readonly XlsxCell[],
  alasan: string,
): TidakTerbawa {
  return { lembar, baris, sel: null, judul: null, nilai: isi.map(teksSel).join(' | '), alasan };
}

/** Everything of the old workbook that the cases read from it do not carry. */
export async function cariTidakTerbawa(
  bytes: Uint8Array,
  reg: RegisterTerbaca,
  t: Translate,
): Promise<TidakTerbawa[]> {
  const loc = reg.locator as LocatorDalam;
  const out: TidakTerbawa[] = [];
  const alasanSel = new Map<string, string>();
  for (const p of reg.problems)
    if (p.sheet && p.cell && !alasanSel.has(`${p.sheet}!${p.cell}`))
      alasanSel.set(`${p.sheet}!${p.cell}`, p.message);
  const rekam = rekamPerBaris(reg, loc);
  const book = await openXlsx(bytes);
  try {
    for (const sheet of book.sheets) {
      if (DIBANGUN_ULANG.has(headerKey(sheet.name))) continue;
      const lembar = LEMBAR_DATA.find((l) => loc.columns?.get(l.name)?.sheet === sheet.name);
      const kolom = lembar ? loc.columns!.get(lembar.name)! : null;
      if (!lembar || !kolom) {
        // A sheet of the lembaga's own (or a data sheet without a readable header): row by row.
        await book.readRows(sheet, (row, cells) => {
          const isi = cells.filter((c) => !kosong(c));
          if (isi.length)
            out.push(barisUtuh(sheet.name, row, isi, t('impor.tidakTerbawa.lembarLain')));
        });
        continue;
      }
      const pembanding = new PembandingLembar(
        sheet.name,
        lembar === LEMBAR_REGISTER,
        kolom,
        rekam.get(lembar.name)!,
        alasanSel,
        t,
      );
      await book.readRows(sheet, (row, cells) => {
        out.push(...pembanding.baris(row, cells));
        return true;
      });
    }
  } finally {
    book.close();
  }
  return out;
}

/** Which model record each row of each data sheet became. */
function rekamPerBaris(reg: RegisterTerbaca, loc: LocatorDalam): Map<string, Map<number, unknown>> {
  const rekam = new Map<string, Map<number, unknown>>();
  const regRows = new Map<number, unknown>();
  (loc.caseRow ?? []).forEach((row, i) => regRows.set(row, reg.kasus[i]));
  rekam.set(LEMBAR_REGISTER.name, regRows);
  for (const { name: lembar, array } of LEMBAR_ANAK) {
    const arr = array!;
    const m = new Map<number, unknown>();
    (loc.children ?? []).forEach((ch, i) =>
      (ch?.[arr] ?? []).forEach((row, j) => m.set(row, reg.kasus[i]?.[arr]?.[j])),
    );
    rekam.set(lembar, m);
  }
  return rekam;
}

/** One data sheet, row by row: its header found first, then each cell compared with its record. */
class PembandingLembar {
  private judulBaris: number | null = null;
  private readonly judulLain = new Map<number, string>();
  private readonly byCol = new Map<number, { path: string; header: string }>();

  constructor(
    private readonly sheet: string,
    private readonly register: boolean,
    private readonly kolom: KolomLembar,
    private readonly rows: Map<number, unknown>,
    private readonly alasanSel: Map<string, string>,
    private readonly t: Translate,
  ) {
    for (const [p, c] of kolom.byPath) this.byCol.set(c.col, { path: p, header: c.header });
  }

  /** What of this row is not carried over (nothing for the rows above and at the header). */
  baris(row: number, cells: readonly XlsxCell[]): TidakTerbawa[] {
    if (this.judulBaris === null) {
      this.cariJudul(row, cells);
      return [];
    }
    const isi = cells.filter((c) => !kosong(c));
    if (!isi.length) return [];
    const rec = this.rows.get(row);
    if (rec === undefined) {
      const nomorCol = this.kolom.byPath.get('nomor')?.col;
      const ref = cells.find((c) => c.col === nomorCol)?.ref ?? null;
      const alasan =
        (ref && this.alasanSel.get(`${this.sheet}!${ref}`)) ||
        this.t('impor.tidakTerbawa.barisTakTerbaca');
      return [barisUtuh(this.sheet, row, isi, alasan)];
    }
    const out: TidakTerbawa[] = [];
    for (const c of isi) {
      const k = this.byCol.get(c.col);
      const sel = (judul: string | null, alasan: string): TidakTerbawa => ({
        lembar: this.sheet,
        baris: row,
        sel: c.ref,
        judul,
        nilai: teksSel(c),
        alasan,
      });
      if (!k)
        out.push(sel(this.judulLain.get(c.col) ?? null, this.t('impor.tidakTerbawa.kolomLain')));
      else if ((this.register || k.path !== 'nomor') && !adaNilai(rec, k.path.split('/')))
        out.push(
          sel(
            k.header,
            this.alasanSel.get(`${this.sheet}!${c.ref}`) ??
              this.t('impor.tidakTerbawa.selTakTerbaca'),
          ),
        );
    }
    return out;
  }

  /** The header row is the one whose cells are the headers the reader matched. */
  private cariJudul(row: number, cells: readonly XlsxCell[]): void {
    const cocok = [...this.byCol].every(([col, k]) => {
      const c = cells.find((x) => x.col === col);
      return c !== undefined && c.value.type === 'string' && c.value.value.trim() === k.header;
    });
    if (!cocok) return;
    this.judulBaris = row;
    for (const c of cells)
      if (!this.byCol.has(c.col) && !kosong(c)) this.judulLain.set(c.col, teksSel(c).trim());
  }
}

/** The workbook of what was not carried over: one row per cell or row, with the reason. */
export async function buildTidakTerbawaXlsx(
  items: readonly TidakTerbawa[],
  register: string,
  t: Translate,
): Promise<Uint8Array> {
  const { wb, ws } = await bukuImpor(t('impor.tidakTerbawa.lembar'));
  ws.addRow([
    t('impor.tidakTerbawa.kolom.lembar'),
    t('impor.tidakTerbawa.kolom.baris'),
    t('impor.tidakTerbawa.kolom.sel'),
    t('impor.tidakTerbawa.kolom.judul'),
    t('impor.tidakTerbawa.kolom.nilai'),
    t('impor.tidakTerbawa.kolom.alasan'),
  ]);
  ws.getRow(1).font = { bold: true };
  [16, 8, 8, 24, 40, 70].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const it of items) {
    const row = ws.addRow([it.lembar, it.baris, it.sel ?? '', it.judul ?? '', it.nilai, it.alasan]);
    // Original values stay text (a NIK must not become a number).
    row.getCell(5).numFmt = '@';
    row.getCell(6).alignment = { wrapText: true, vertical: 'top' };
  }
  return tutupBukuImpor(wb, t, [
    [t('impor.tidakTerbawa.info.register'), register],
    [t('impor.tidakTerbawa.info.jumlah'), items.length],
    [t('impor.tidakTerbawa.info.petunjuk')],
  ]);
}
