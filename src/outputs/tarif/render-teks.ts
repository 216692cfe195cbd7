/**
 * Terminal rendering of the tariff matrices: one cli-table3 table per service in the
 * Lampiran's layout (NO, JENIS LAYANAN, WAKTU, TARIF LAYANAN over three tiers), 79 columns
 * wide so it fits an 80-column terminal. KET does not fit as a column at that width; its
 * remarks follow each table. cli-table3 colours even when piped, so styles are off.
 */
import { formatAngka, formatRupiah } from '../../core/angka.js';
import Table from 'cli-table3';
import { TINGKAT_KEYS } from '../../standards/types.js';
import type { HasilHitung, LangkahHitung } from '../../standards/permensos-14-2020/hitung-tarif.js';
import type { TarifMatrix } from './matrix.js';
import type { KuotaProBono } from '../../standards/permensos-14-2020/probono.js';
import type { HasilTarif, RenderOptions } from './format.js';
import { judulMatriks, keteranganSk, ketItem, labelDurasi, labelItem } from './format.js';

/** Column widths including cli-table3's one-space padding: 4+23+9+3×12 = 72, plus 7 borders = 79. */
const LEBAR = [4, 23, 9, 12, 12, 12] as const;

function tabelMatriks(m: TarifMatrix, o: RenderOptions): string {
  const { t } = o;
  const table = new Table({
    colWidths: [...LEBAR],
    wordWrap: true,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  table.push(
    [
      { content: t('tarif.kolom.no'), rowSpan: 2 },
      { content: t('tarif.kolom.jenis'), rowSpan: 2 },
      { content: t('tarif.kolom.waktu'), rowSpan: 2 },
      { content: t('tarif.kolom.tarifRp'), colSpan: 3, hAlign: 'center' },
    ],
    TINGKAT_KEYS.map((k) => ({ content: t(`tarif.tingkat.${k}`), hAlign: 'center' as const })),
  );
  for (const k of m.kelompok) {
    const rowsInGroup = k.items.reduce((n, i) => n + i.baris.length, 0);
    k.items.forEach((item, ii) => {
      item.baris.forEach((b, bi) => {
        const row: Table.Cell[] = [];
        if (ii === 0 && bi === 0) row.push({ content: k.nomor, rowSpan: rowsInGroup });
        if (bi === 0) row.push({ content: labelItem(item, o), rowSpan: item.baris.length });
        row.push(labelDurasi(b.durasi, t));
        for (const tk of TINGKAT_KEYS) {
          const v = b.nilai[tk];
          const content =
            v !== null ? formatRupiah(v) : item.diselenggarakan ? t('tarif.celah') : '';
          row.push({ content, hAlign: 'right' });
        }
        table.push(row);
      });
    });
  }
  return table.toString();
}

function operasi(l: LangkahHitung): string {
  switch (l.faktor) {
    case 'tarif-per-jam':
    case 'tarif-dasar':
      return formatRupiah(l.nilai);
    case 'pengali-tingkat':
    case 'pengali-durasi':
    case 'indeks-ekonomi':
    case 'jam':
      return `× ${formatAngka(l.nilai)}`;
    case 'subsidi':
      return `− ${formatAngka(l.nilai)} %`;
    case 'pajak':
      return `+ ${formatAngka(l.nilai)} %`;
    case 'transport':
      return `+ ${formatRupiah(l.nilai)}`;
    case 'pembulatan':
      return `≈ ${formatRupiah(l.nilai)}`;
  }
}

/** `--jelaskan`: every step of every (duration, tier) computation. */
export function teksPenjelasan(h: HasilHitung, o: RenderOptions): string[] {
  const { t } = o;
  const lines: string[] = [t('tarif.penjelasanJudul')];
  for (const p of h.perhitungan) {
    const head = `${labelDurasi(p.durasi, t)} · ${t(`tarif.tingkat.${p.tingkat}`)}`;
    if (p.hasil === null) {
      lines.push(
        `  ${head}: ${t('tarif.celah')} — ${t(`tarif.celahHitung.${p.alasan ?? 'tanpa-dasar'}`)}`,
      );
      continue;
    }
    lines.push(`  ${head} = Rp ${formatRupiah(p.hasil)}`);
    for (const l of p.langkah) {
      const label = `${t(`tarif.faktor.${l.faktor}`)} (${l.bagian})`;
      lines.push(
        `    ${label.padEnd(44)} ${operasi(l).padStart(12)}  → ${formatRupiah(Math.round(l.hasil))}`,
      );
    }
  }
  return lines;
}

/** Pro bono quota lines (1.4.2 e); staff ids only, never a client's data. */
export function teksProBono(p: KuotaProBono, o: RenderOptions): string {
  const { t } = o;
  const lines = [t('tarif.proBono.judul', { tahun: p.tahun, persen: formatAngka(p.persen) })];
  lines.push('  ' + t(`tarif.proBono.dasar.${p.dasar}`));
  if (!p.adaData) {
    lines.push(
      '  ' + t('tarif.proBono.tanpaData', { tahun: p.tahun, persen: formatAngka(p.persen) }),
    );
    return lines.join('\n');
  }
  const table = new Table({
    head: [
      t('tarif.proBono.pelaksana'),
      t('tarif.proBono.kegiatan'),
      t('tarif.proBono.kuota'),
      t('tarif.proBono.realisasi'),
      t('tarif.proBono.kurang'),
    ],
    colAligns: ['left', 'right', 'right', 'right', 'right'],
    style: { head: [], border: [] },
  });
  for (const r of p.perPekerja)
    table.push([
      r.pelaksana ?? t('tarif.proBono.tanpaPelaksana'),
      String(r.kegiatan),
      String(r.kuota),
      String(r.proBono),
      String(r.kurang),
    ]);
  table.push([
    t('tarif.proBono.jumlah'),
    String(p.total.kegiatan),
    String(p.total.kuota),
    String(p.total.proBono),
    String(p.total.kurang),
  ]);
  lines.push(table.toString());
  return lines.join('\n');
}

/** The whole `teks` output. */
export function renderTarifTeks(h: HasilTarif, o: RenderOptions): string {
  const { t } = o;
  const blocks: string[] = [];
  for (const m of h.matriks) {
    const lines: string[] = [
      judulMatriks(m, o),
      ...(m.lembaga.nama ? [m.lembaga.nama] : []),
      keteranganSk(m, t),
    ];
    if (m.sumber === 'hitung') lines.push(t('tarif.sumberHitung'));
    lines.push(tabelMatriks(m, o));
    const ket = m.kelompok.flatMap((k) => k.items).filter((i) => i.ket.length > 0);
    if (ket.length) {
      lines.push(t('tarif.kolom.ket') + ':');
      for (const i of ket)
        lines.push(`  ${i.nomor} ${o.bahasa === 'en' ? i.labelEn : i.label}: ${ketItem(i, t)}`);
    }
    lines.push(t('tarif.sumberMatriks', { bagian: m.bagianMatriks }));
    const calc = h.perhitungan[m.layanan];
    if (h.jelaskan && calc) lines.push('', ...teksPenjelasan(calc, o));
    blocks.push(lines.join('\n'));
  }
  if (h.proBono) blocks.push(teksProBono(h.proBono, o));
  return blocks.join('\n\n') + '\n';
}
