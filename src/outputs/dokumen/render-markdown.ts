/**
 * The Markdown renderer of the document model (GitHub-flavoured tables), for the SOP, the
 * SK templates and the annual report. Markdown has no column or row spans: multi-row
 * headers are flattened ("Mutu baku: Waktu"), a group row puts its text in the first cell.
 * A cell starting with = + - @ is escaped so a spreadsheet importing the table never reads
 * it as a formula (docs/pustaka.md). A document with a cover puts its title as `#` and its
 * chapters one level below. Pure: model in, text out.
 */
import { posisiSel, type Blok, type Naskah, type Rata, type Sel, type Teks } from './model.js';

type BlokJenis<J extends Blok['jenis']> = Extract<Blok, { jenis: J }>;

function inline(runs: readonly Teks[]): string {
  return runs
    .map((r) => {
      if (r.penanda) return r.teks + ' ';
      const s = r.teks.replace(/([*_`\\])/g, '\\$1');
      if (!s.trim()) return s;
      const lead = s.match(/^\s*/)![0];
      const trail = s.match(/\s*$/)![0];
      const core = s.trim();
      if (r.tebal && !r.isian) return `${lead}**${core}**${trail}`;
      if (r.miring) return `${lead}*${core}*${trail}`;
      return s;
    })
    .join('');
}

/** Text made safe for a table cell or a line of its own: pipes, line breaks, a leading formula sign. */
function aman(s: string): string {
  const x = s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  return /^[=+\-@]/.test(x) ? '\\' + x : x;
}

/** A line of plain text (names, places) outside a table. */
const baris = (s: string): string => aman(inline([{ teks: s }]));

function selTeks(c: Sel): string {
  return aman(
    c.paragraf
      .map((p) => inline(p))
      .filter((x) => x.trim() !== '')
      .join('<br>'),
  );
}

/** Multi-row headers flattened per column: a spanned header prefixes the columns under it ("Mutu baku: Waktu"). */
function kopDatar(rows: readonly Sel[][], ncol: number): string[] {
  const cols: string[][] = Array.from({ length: ncol }, () => []);
  for (const row of posisiSel(rows))
    for (const { sel: c, kolom } of row) {
      const s = selTeks({ paragraf: c.paragraf.map((p) => p.map((x) => ({ teks: x.teks }))) });
      for (let k = 0; k < (c.rentang ?? 1) && kolom + k < ncol; k++)
        if (s && !cols[kolom + k]!.includes(s)) cols[kolom + k]!.push(s);
    }
  return cols.map((c) => c.join(': '));
}

/** Lay the rows out on a grid honouring column and row spans; covered cells are empty. */
function grid(rows: readonly Sel[][], ncol: number): string[][] {
  return posisiSel(rows).map((row) => {
    const out = Array.from({ length: ncol }, () => '');
    for (const { sel: c, kolom } of row) if (kolom < ncol) out[kolom] = selTeks(c);
    return out;
  });
}

/** Layout tables (decree preamble, signature): label and content as plain lines. */
function tabelTata(b: BlokJenis<'tabel'>): string {
  const lines: string[] = [];
  for (const row of b.baris) {
    const cells = row.map((c) => c.paragraf.map((p) => inline(p)).filter((x) => x.trim() !== ''));
    if (cells.length >= 3 && cells[1]!.join('') === ':') {
      lines.push(`**${cells[0]!.join(' ').replace(/\*\*/g, '')}:**`, '');
      for (const c of cells.slice(2)) for (const p of c) lines.push(p + '  ');
      lines.push('');
    } else {
      const all = cells.flat();
      if (all.length) lines.push(...all.map((p) => p + '  '), '');
    }
  }
  return lines.join('\n');
}

const GARIS_RATA: Record<Rata, string> = {
  kiri: '---',
  tengah: ':---:',
  kanan: '---:',
  penuh: '---',
};

function tabel(b: BlokJenis<'tabel'>): string {
  if (!b.garis) return tabelTata(b);
  const ncol = b.kolom.length;
  // A title row spanning the whole table (the SOP header block) becomes a paragraph above it.
  const judulBaris = b.kepala.filter((r) => r.length === 1 && (r[0]!.rentang ?? 1) >= ncol);
  const kepalaBiasa = b.kepala.filter((r) => !judulBaris.includes(r));
  const judulTeks = judulBaris
    .flatMap((r) => r[0]!.paragraf.map((p) => inline(p)))
    .filter((x) => x.trim());
  const header = kopDatar(kepalaBiasa, ncol);
  const rata = header.map((_, i) => GARIS_RATA[b.rataKolom?.[i] ?? 'kiri']);
  const lines = [`| ${header.join(' | ')} |`, `| ${rata.join(' | ')} |`];
  grid(b.baris, ncol).forEach((row, i) => {
    const jumlah = b.baris[i]![0]?.jumlah;
    lines.push(`| ${(jumlah ? row.map((c) => `**${c}**`) : row).join(' | ')} |`);
  });
  const atas = [
    ...(b.judul ? [`**${b.judul}**`, ''] : []),
    ...(b.keterangan ? [`_${b.keterangan}_`, ''] : []),
    ...(judulTeks.length ? [judulTeks.map((x) => x + '  ').join('\n'), ''] : []),
  ];
  const bawah = (b.catatan ?? []).flatMap((c) => ['', `> ${c}`]);
  return [...atas, ...lines, ...bawah].join('\n') + '\n';
}

/** The cover as Markdown: the title heading, the subtitle, the logo slot, year, author and date. */
function sampul(b: BlokJenis<'sampul'>): string[] {
  return [
    `# ${b.judul}${b.lembaga ? ` — ${b.lembaga}` : ''}`,
    '',
    b.subjudul,
    '',
    `_${b.logo}_`,
    '',
    b.tahun,
    '',
    ...(b.disusun ? [baris(b.disusun), ''] : []),
    b.tanggal,
    '',
  ];
}

function tandaTangan(b: BlokJenis<'tandaTangan'>): string[] {
  if (b.nama === undefined) return [`${baris(b.tempatTanggal)}  \n${baris(b.jabatan)}`, ''];
  const lines = [baris(b.tempatTanggal), baris(b.jabatan), '', '', `_${b.ruang ?? ''}_`, ''];
  return [[...lines, `**${baris(b.nama)}**`].join('  \n'), ''];
}

function alur(b: BlokJenis<'alur'>): string[] {
  const out: string[] = [];
  b.langkah.forEach((l, i) => {
    out.push(`> **${l.judul}** — ${l.rincian}`);
    if (l.cabang) out.push('>', `> *${l.cabang}*`);
    if (i < b.langkah.length - 1) out.push('>', '> ↓', '>');
  });
  return [...out, ''];
}

function daftar(b: BlokJenis<'daftar'>): string[] {
  const out = b.butir.map((item, i) => {
    const mark =
      b.gaya === 'angka'
        ? `${i + 1}.`
        : b.gaya === 'huruf'
          ? `- ${String.fromCharCode(97 + (i % 26))}.`
          : '-';
    return `${mark} ${inline(item)}`;
  });
  return [...out, ''];
}

/** The lines of one block; `geser` moves headings one level down under a cover's title. */
function blokMarkdown(b: Blok, geser: number): string[] {
  switch (b.jenis) {
    case 'judul':
      return [`${'#'.repeat(b.tingkat + geser)} ${inline(b.isi).replace(/\*\*/g, '')}`, ''];
    case 'paragraf': {
      const s = inline(b.isi);
      return s.trim() ? [s, ''] : [];
    }
    case 'daftar':
      return daftar(b);
    case 'tabel':
      return [tabel(b)];
    case 'alur':
      return alur(b);
    case 'gambar':
      return b.berkas ? [`![${b.judul}](${b.berkas})`, '', `_${b.judul}_`, ''] : [];
    case 'sampul':
      return sampul(b);
    case 'daftarIsi':
      return [...b.entri.map((e) => `${e.tingkat === 1 ? '' : '  '}- ${baris(e.teks)}`), ''];
    case 'tandaTangan':
      return tandaTangan(b);
    case 'halamanBaru':
      return ['---', ''];
    case 'orientasi':
      return [];
  }
}

/** Render a document to Markdown text. */
export function renderMarkdown(doc: Naskah): string {
  const geser = doc.blok.some((b) => b.jenis === 'sampul') ? 1 : 0;
  return (
    doc.blok
      .flatMap((b) => blokMarkdown(b, geser))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
