/**
 * Where the table is in a legacy sheet: the header row below a title block
 * (one or two rows, merged cells included), the column-number row some forms
 * put under it, and the footer (totals row, place-and-date line, signature
 * block) that ends the data.
 */
import { hurufKolom } from '../../core/excel.js';
import type { Cell } from './cell.js';
import { matchHeader } from './fields.js';

/** One row of the source, 1-based row number as Excel/CSV shows it. */
export interface SourceRow {
  n: number;
  cells: readonly Cell[];
}

export interface SourceColumn {
  /** 0-based column index. */
  index: number;
  /** Column letter(s), e.g. "C". */
  letter: string;
  /** The header as the mapping shows it ("Tanggal Masuk" for a two-row header). */
  header: string;
  /** Other readings of a two-row header (bottom alone, top alone), for matching. */
  variants: string[];
}

export interface TableLayout {
  /** Sheet rows that make up the header (1 or 2, plus a column-number row). */
  headerRows: number[];
  /** Last header row number: data starts below it. */
  lastHeaderRow: number;
  columns: SourceColumn[];
  /** Header-matching score of the chosen row (how many columns were recognised). */
  score: number;
}

export function isEmptyRow(cells: readonly Cell[]): boolean {
  return cells.every((c) => c.kind === 'empty');
}

function texts(cells: readonly Cell[]): string[] {
  return cells.map((c) => (c.kind === 'text' ? c.text : c.kind === 'empty' ? '' : '\u0000'));
}

function looksLikeData(cells: readonly Cell[]): boolean {
  // Dates, long digit strings (NIK, phone) or numbers other than small column numbers.
  return cells.some(
    (c) =>
      c.kind === 'date' ||
      (c.kind === 'number' && (c.number ?? 0) > 100) ||
      (c.kind === 'text' &&
        (/\d{6,}/.test(c.text) || /^\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}$/.test(c.text))),
  );
}

/** A row "1 2 3 4 …" or "(1) (2) (3)" under the header, numbering the columns. */
export function isColumnNumberRow(cells: readonly Cell[]): boolean {
  const vals = cells
    .filter((c) => c.kind !== 'empty')
    .map((c) => c.text.replace(/[()]/g, '').trim());
  if (vals.length < 3) return false;
  return vals.every((v, i) => v === String(i + 1));
}

function scoreHeaders(headers: readonly (readonly string[])[]): number {
  let score = 0;
  for (const variants of headers) {
    let best = 0;
    for (const v of variants) {
      if (!v || v === '\u0000') continue;
      const m = matchHeader(v);
      if (m && m.score > best) best = m.score;
    }
    if (best >= 0.75) score += best >= 0.95 ? 1 : 0.8;
  }
  return score;
}

/**
 * Combine a header row with the row under it. exceljs (in memory) repeats a merged
 * cell's value in every cell of the merge; the streaming reader and CSV do not, so
 * a group title left empty over its sub-columns is filled from its left neighbour.
 */
function combine(top: string[], bottom: string[]): string[][] {
  const width = Math.max(top.length, bottom.length);
  const filledTop: string[] = [];
  for (let j = 0; j < width; j++) {
    let t = top[j] ?? '';
    if (!t && (bottom[j] ?? '') && j > 0) {
      // Horizontal merge: the nearest titled cell to the left whose own sub-cell is filled.
      for (let k = j - 1; k >= 0; k--) {
        if (!(bottom[k] ?? '')) break;
        if (top[k]) {
          t = top[k]!;
          break;
        }
      }
    }
    filledTop.push(t);
  }
  return filledTop.map((t, j) => {
    const b = bottom[j] ?? '';
    if (t === '\u0000' || b === '\u0000') return [t === '\u0000' ? '' : t];
    if (!b || b === t) return [t];
    if (!t) return [b];
    return [`${t} ${b}`, b, t];
  });
}

const MAX_HEADER_SCAN = 40;

/** Find the header among the first rows of a sheet. Null when nothing looks like a register header. */
export function detectHeader(sample: readonly SourceRow[]): TableLayout | null {
  const rows = sample.filter((r) => !isEmptyRow(r.cells)).slice(0, MAX_HEADER_SCAN);
  let best: { score: number; rows: SourceRow[]; headers: string[][] } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const top = texts(row.cells);
    const single = top.map((t) => [t === '\u0000' ? '' : t]);
    const s1 = scoreHeaders(single);
    if (!best || s1 > best.score) best = { score: s1, rows: [row], headers: single };
    const next = rows[i + 1];
    if (
      next &&
      next.n === row.n + 1 &&
      !looksLikeData(next.cells) &&
      !isColumnNumberRow(next.cells)
    ) {
      const bottom = texts(next.cells);
      const two = combine(top, bottom);
      const s2 = scoreHeaders(two);
      // Two rows only when together they say more than either row alone (a title line
      // right above a one-row header must not become part of every column's name).
      const sBottom = scoreHeaders(bottom.map((b) => [b === '\u0000' ? '' : b]));
      const distinctTop = new Set(top.filter((x) => x && x !== '\u0000')).size;
      if (s2 > s1 && s2 >= sBottom && distinctTop >= 2 && s2 > best.score)
        best = { score: s2, rows: [row, next], headers: two };
    }
  }
  if (!best || best.score < 2) return null;
  const headerRows = best.rows.map((r) => r.n);
  let last = headerRows[headerRows.length - 1]!;
  const after = rows.find((r) => r.n > last);
  if (after && isColumnNumberRow(after.cells)) {
    headerRows.push(after.n);
    last = after.n;
  }
  const columns: SourceColumn[] = [];
  const seen = new Map<string, number>();
  best.headers.forEach((variants, index) => {
    const label = (variants[0] ?? '').replace(/\s+/g, ' ').trim();
    if (!label) return;
    // Two columns with the same header stay distinct in the mapping file.
    const count = (seen.get(label.toLowerCase()) ?? 0) + 1;
    seen.set(label.toLowerCase(), count);
    const header = count > 1 ? `${label} (${count})` : label;
    columns.push({
      index,
      letter: hurufKolom(index + 1),
      header,
      variants: variants.slice(1).filter(Boolean),
    });
  });
  return { headerRows, lastHeaderRow: last, columns, score: best.score };
}

export type FooterKind = 'jumlah' | 'tanda-tangan';

const JUMLAH = /^(jumlah|jml\.?|total|sub ?total|grand ?total|sum)\b/i;
const TANDA_TANGAN =
  /^(mengetahui|menyetujui|disetujui|diketahui|kepala\b|ketua\b|pimpinan|direktur|sekretaris|bendahara|dibuat oleh|disusun oleh|diperiksa oleh|petugas register|pengelola|koordinator|a\.?\s?n\.?\s|nip\.?\s*[:\d]|nip$|ttd|tanda tangan|\(\s*[^)]*\)$|_{3,}|\.{5,})/i;
/** "Bandung, 31 Desember 2024" / "Jakarta, 31-12-2024". */
const TEMPAT_TANGGAL =
  /^[A-Za-z][A-Za-z .'-]{1,40},\s*\d{1,2}[\s\-/.]+([A-Za-z]+|\d{1,2})[\s\-/.]+\d{4}$/;

/** Is this row a totals row or part of the signature block? */
export function footerKind(cells: readonly Cell[]): FooterKind | null {
  const filled = cells.filter((c) => c.kind !== 'empty');
  if (filled.length === 0) return null;
  const firstTexts = filled
    .slice(0, 3)
    .filter((c) => c.kind === 'text')
    .map((c) => c.text);
  if (firstTexts.some((t) => JUMLAH.test(t))) return 'jumlah';
  // A signature block has few cells; a data row has many.
  if (
    filled.length <= 3 &&
    filled.some(
      (c) => c.kind === 'text' && (TANDA_TANGAN.test(c.text) || TEMPAT_TANGGAL.test(c.text)),
    )
  ) {
    return 'tanda-tangan';
  }
  return null;
}
