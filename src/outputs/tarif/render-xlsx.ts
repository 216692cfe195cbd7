/**
 * The tariff matrices as a workbook to attach to the SK tarif (Lampiran A–E angka 1.4.3–1.4.4):
 * one sheet per service in the Lampiran's own layout — NO spanning an item group, JENIS
 * LAYANAN spanning its duration rows, TARIF LAYANAN spanning the three tiers — amounts as
 * Rupiah with Indonesian separators, gaps left blank (shaded) and named in KET, a signature
 * block for the head of the lembaga. Imported lazily (exceljs costs ~0.4 s to load).
 */
import { formatAngka } from '../../core/angka.js';
import ExcelJS from 'exceljs';
import { TINGKAT_KEYS } from '../../standards/types.js';
import type { ItemMatriks, TarifMatrix } from './matrix.js';
import type { HasilTarif, RenderOptions } from './format.js';
import { judulMatriks, keteranganSk, ketItem, labelDurasi, labelItem } from './format.js';
import { aturCetak, blokTandaTangan, gabung } from './cetak-xlsx.js';
import type { Kertas } from '../kertas.js';
import { isiPadat, ISI_KEPALA, TIPIS } from '../xlsx-gaya.js';

/**
 * "[$Rp-421]" tags the format with the Indonesian locale (LCID 0x421), so the symbol is Rp;
 * "#,##0" shows the reader's thousands separator — a dot in an Indonesian Excel.
 */
export const FORMAT_RUPIAH = '[$Rp-421]\\ #,##0';

/** A gap to fill in (never a zero): pale yellow. */
const CELAH_FILL = isiPadat('FFFFF2CC');

/** First data row: rows 1–3 title block, 5–6 header. */
export const BARIS_HEADER = 5;

type OpsiXlsx = RenderOptions & { kertas?: Kertas };

/** One service's matrix in the Lampiran's layout, with its source note and signature block. */
function sheetMatriks(wb: ExcelJS.Workbook, m: TarifMatrix, o: OpsiXlsx): void {
  const ws = wb.addWorksheet(o.t(`tarif.lembar.${m.layanan}`));
  ws.columns = [
    { width: 6 },
    { width: 48 },
    { width: 10 },
    { width: 19 },
    { width: 19 },
    { width: 19 },
    { width: 30 },
  ];
  kepalaMatriks(ws, m, o);
  const akhir = isiMatriks(ws, m, o, BARIS_HEADER + 2);
  for (let row = BARIS_HEADER; row < akhir; row++)
    for (let col = 1; col <= 7; col++) ws.getCell(row, col).border = TIPIS;
  kakiMatriks(ws, m, o, akhir + 1);
}

/** Title block (rows 1–3) and the two header rows: NO, JENIS LAYANAN, WAKTU, three tiers, KET. */
function kepalaMatriks(ws: ExcelJS.Worksheet, m: TarifMatrix, o: OpsiXlsx): void {
  const { t } = o;
  gabung(ws, 'A1:G1', judulMatriks(m, o), { bold: true, size: 14 });
  gabung(ws, 'A2:G2', m.lembaga.nama || t('tarif.lembagaTanpaNama'), { bold: true, size: 12 });
  gabung(ws, 'A3:G3', keteranganSk(m, t), { size: 11 });
  const h = BARIS_HEADER;
  const head = (range: string, v: string) => {
    const c = gabung(ws, range, v, { bold: true, wrap: true });
    c.fill = ISI_KEPALA;
  };
  head(`A${h}:A${h + 1}`, t('tarif.kolom.no'));
  head(`B${h}:B${h + 1}`, t('tarif.kolom.jenis'));
  head(`C${h}:C${h + 1}`, t('tarif.kolom.waktu'));
  head(`D${h}:F${h}`, t('tarif.kolom.tarif'));
  head(`G${h}:G${h + 1}`, t('tarif.kolom.ket'));
  TINGKAT_KEYS.forEach((k, i) => {
    const c = ws.getCell(h + 1, 4 + i);
    c.value = t(`tarif.tingkat.${k}`);
    c.font = { bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.fill = ISI_KEPALA;
  });
  ws.getRow(h).height = 20;
  ws.getRow(h + 1).height = 32;
}

/** The items from row `r` on: NO spans its group, the label and KET span the item's rows. Returns the row after. */
function isiMatriks(ws: ExcelJS.Worksheet, m: TarifMatrix, o: OpsiXlsx, r: number): number {
  for (const k of m.kelompok) {
    const groupStart = r;
    for (const item of k.items) r = itemMatriks(ws, item, o, r);
    if (r - 1 > groupStart) ws.mergeCells(`A${groupStart}:A${r - 1}`);
    ws.getCell(groupStart, 1).value = k.nomor;
    ws.getCell(groupStart, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  }
  return r;
}

/** One item: a row per duration with an amount per tier. Returns the row after. */
function itemMatriks(ws: ExcelJS.Worksheet, item: ItemMatriks, o: OpsiXlsx, r: number): number {
  const { t } = o;
  const itemStart = r;
  for (const b of item.baris) {
    ws.getCell(r, 3).value = labelDurasi(b.durasi, t);
    ws.getCell(r, 3).alignment = { horizontal: 'center', vertical: 'middle' };
    TINGKAT_KEYS.forEach((tk, i) => {
      const c = ws.getCell(r, 4 + i);
      const v = b.nilai[tk];
      if (v !== null) c.value = v;
      else if (item.diselenggarakan) c.fill = CELAH_FILL; // a gap to fill in, never a zero
      c.numFmt = FORMAT_RUPIAH;
      c.alignment = { horizontal: 'right', vertical: 'middle' };
    });
    r++;
  }
  const end = r - 1;
  if (end > itemStart) {
    ws.mergeCells(`B${itemStart}:B${end}`);
    ws.mergeCells(`G${itemStart}:G${end}`);
  }
  ws.getCell(itemStart, 2).value = labelItem(item, o);
  ws.getCell(itemStart, 2).alignment = { vertical: 'middle', wrapText: true };
  const ket = ketItem(item, t);
  if (ket) ws.getCell(itemStart, 7).value = ket;
  ws.getCell(itemStart, 7).alignment = { vertical: 'middle', wrapText: true };
  return r;
}

/** Source notes from row `r`, the head's signature block, and the print setup. */
function kakiMatriks(ws: ExcelJS.Worksheet, m: TarifMatrix, o: OpsiXlsx, r: number): void {
  const { t } = o;
  gabung(ws, `A${r}:G${r}`, t('tarif.sumberMatriks', { bagian: m.bagianMatriks }), {
    italic: true,
    size: 9,
    align: 'left',
  });
  if (m.sumber === 'hitung') {
    r++;
    gabung(ws, `A${r}:G${r}`, t('tarif.sumberHitung'), { italic: true, size: 9, align: 'left' });
  }
  r += 2;
  const p = m.lembaga.pimpinan;
  blokTandaTangan(ws, r, 'E', 'G', {
    tempat: m.lembaga.kota ?? '....................',
    peran: [p.jabatan ?? t('tarif.pimpinanLembaga'), m.lembaga.nama].filter((x): x is string =>
      Boolean(x),
    ),
    nama: p.nama,
    nip: p.nip,
  });
  ws.views = [{ state: 'normal', showGridLines: false }];
  aturCetak(ws, {
    kertas: o.kertas,
    judulBaris: `${BARIS_HEADER}:${BARIS_HEADER + 1}`,
    footer: t('tarif.footer', { judul: m.judul }),
    satuHalaman: true,
  });
}

function sheetProBono(wb: ExcelJS.Workbook, h: HasilTarif, o: OpsiXlsx): void {
  const p = h.proBono;
  if (!p) return;
  const { t } = o;
  const ws = wb.addWorksheet(t('tarif.lembar.proBono'));
  ws.columns = [{ width: 28 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 16 }];
  gabung(ws, 'A1:E1', t('tarif.proBono.judul', { tahun: p.tahun, persen: formatAngka(p.persen) }), {
    bold: true,
    size: 13,
  });
  gabung(ws, 'A2:E2', t(`tarif.proBono.dasar.${p.dasar}`), { align: 'center' });
  const head = [
    t('tarif.proBono.pelaksana'),
    t('tarif.proBono.kegiatan'),
    t('tarif.proBono.kuota'),
    t('tarif.proBono.realisasi'),
    t('tarif.proBono.kurang'),
  ];
  ws.getRow(4).values = head;
  ws.getRow(4).font = { bold: true };
  let r = 5;
  if (!p.adaData) {
    gabung(
      ws,
      `A${r}:E${r}`,
      t('tarif.proBono.tanpaData', { tahun: p.tahun, persen: formatAngka(p.persen) }),
      { align: 'left', wrap: true },
    );
    r++;
  } else {
    for (const b of p.perPekerja)
      ws.getRow(r++).values = [
        b.pelaksana ?? t('tarif.proBono.tanpaPelaksana'),
        b.kegiatan,
        b.kuota,
        b.proBono,
        b.kurang,
      ];
    ws.getRow(r).values = [
      t('tarif.proBono.jumlah'),
      p.total.kegiatan,
      p.total.kuota,
      p.total.proBono,
      p.total.kurang,
    ];
    ws.getRow(r).font = { bold: true };
    r++;
  }
  for (let row = 4; row < r; row++) for (let c = 1; c <= 5; c++) ws.getCell(row, c).border = TIPIS;
  aturCetak(ws, {
    kertas: o.kertas,
    judulBaris: '4:4',
    footer: t('tarif.footer', { judul: t('tarif.lembar.proBono') }),
    portrait: true,
  });
}

function sheetPerhitungan(wb: ExcelJS.Workbook, h: HasilTarif, o: OpsiXlsx): void {
  const { t } = o;
  const entries = h.matriks.filter((m) => h.perhitungan[m.layanan]);
  if (!h.jelaskan || entries.length === 0) return;
  const ws = wb.addWorksheet(t('tarif.lembar.perhitungan'));
  ws.columns = [
    { width: 22 },
    { width: 12 },
    { width: 24 },
    { width: 40 },
    { width: 10 },
    { width: 14 },
    { width: 16 },
  ];
  ws.getRow(1).values = [
    t('tarif.kolom.layanan'),
    t('tarif.kolom.waktu'),
    t('tarif.kolom.tingkat'),
    t('tarif.kolom.faktor'),
    t('tarif.kolom.bagian'),
    t('tarif.kolom.nilai'),
    t('tarif.kolom.hasil'),
  ];
  ws.getRow(1).font = { bold: true };
  let r = 2;
  for (const m of entries)
    for (const p of h.perhitungan[m.layanan]?.perhitungan ?? []) {
      if (p.hasil === null) {
        ws.getRow(r++).values = [
          m.layanan,
          labelDurasi(p.durasi, t),
          t(`tarif.tingkat.${p.tingkat}`),
          t(`tarif.celahHitung.${p.alasan ?? 'tanpa-dasar'}`),
        ];
        continue;
      }
      for (const l of p.langkah) {
        ws.getRow(r).values = [
          m.layanan,
          labelDurasi(p.durasi, t),
          t(`tarif.tingkat.${p.tingkat}`),
          t(`tarif.faktor.${l.faktor}`),
          l.bagian,
          l.nilai,
          Math.round(l.hasil),
        ];
        ws.getCell(r, 7).numFmt = FORMAT_RUPIAH;
        r++;
      }
    }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  aturCetak(ws, {
    kertas: o.kertas,
    judulBaris: '1:1',
    footer: t('tarif.footer', { judul: t('tarif.lembar.perhitungan') }),
  });
}

/** The workbook as bytes. */
export async function renderTarifXlsx(
  h: HasilTarif,
  o: RenderOptions & { kertas?: Kertas },
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'lembaga';
  // A fixed date keeps the output reproducible; the SK date is in the sheet, not here.
  wb.created = new Date(Date.UTC(2020, 0, 1));
  wb.modified = wb.created;
  for (const m of h.matriks) sheetMatriks(wb, m, o);
  sheetPerhitungan(wb, h, o);
  sheetProBono(wb, h, o);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
