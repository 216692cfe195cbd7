/**
 * Markdown, CSV and JSON renderings of the tariff matrices, and the warnings about gaps
 * that the command prints on stderr and the JSON carries in `peringatan`.
 */
import { formatAngka, formatRupiah } from '../../core/angka.js';
import { TINGKAT_KEYS } from '../../standards/types.js';
import type { Translate } from '../../i18n/index.js';
import type { HasilTarif, RenderOptions } from './format.js';
import { judulMatriks, keteranganSk, ketItem, labelDurasi, labelItem } from './format.js';
import { teksPenjelasan } from './render-teks.js';

/** One warning per service with gaps, one per unknown amount in lembaga.yaml, one per unmet pro bono quota. */
export function peringatanTarif(h: HasilTarif, t: Translate): string[] {
  const out: string[] = [];
  for (const m of h.matriks) {
    if (m.celah.length) {
      const rows = [...new Set(m.celah.map((c) => c.nomor))].join(', ');
      out.push(
        t('tarif.peringatan.celah', { layanan: m.layanan, jumlah: m.celah.length, baris: rows }),
      );
    }
    for (const u of m.tidakDikenal)
      out.push(
        u.durasi === null
          ? t('tarif.peringatan.barisTidakDikenal', {
              layanan: m.layanan,
              kunci: u.key,
              path: u.path,
            })
          : t('tarif.peringatan.durasiTidakDikenal', {
              layanan: m.layanan,
              kunci: u.key,
              durasi: u.durasi,
              path: u.path,
            }),
      );
  }
  const p = h.proBono;
  if (p?.adaData && p.total.kurang > 0)
    out.push(
      t('tarif.peringatan.proBonoKurang', {
        tahun: p.tahun,
        kurang: p.total.kurang,
        kuota: p.total.kuota,
        persen: formatAngka(p.persen),
      }),
    );
  return out;
}

/** CSV/Markdown cells must not start a formula in a spreadsheet (= + - @, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise a CSV cell (leading apostrophe, OWASP advice) and quote it when needed. */
export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  let s = String(v);
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function mdCell(s: string): string {
  const escaped = s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return FORMULA_START.test(escaped) ? `\\${escaped.replace(/^[\t\r]/, '')}` : escaped;
}

export function renderTarifMarkdown(h: HasilTarif, o: RenderOptions): string {
  const { t } = o;
  const out: string[] = [];
  const head = [
    t('tarif.kolom.no'),
    t('tarif.kolom.jenis'),
    t('tarif.kolom.waktu'),
    ...TINGKAT_KEYS.map((k) => `${t(`tarif.tingkat.${k}`)} (Rp)`),
    t('tarif.kolom.ket'),
  ];
  for (const m of h.matriks) {
    out.push(`## ${mdCell(judulMatriks(m, o))}`, '');
    if (m.lembaga.nama)
      out.push(`**${mdCell(m.lembaga.nama)}** — ${mdCell(keteranganSk(m, t))}`, '');
    else out.push(mdCell(keteranganSk(m, t)), '');
    if (m.sumber === 'hitung') out.push(t('tarif.sumberHitung'), '');
    out.push(
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (i >= 3 && i <= 5 ? ' ---: ' : ' --- ')).join('|')}|`,
    );
    for (const k of m.kelompok)
      k.items.forEach((item, ii) =>
        item.baris.forEach((b, bi) => {
          const cells = [
            ii === 0 && bi === 0 ? k.nomor : '',
            bi === 0 ? labelItem(item, o) : '',
            labelDurasi(b.durasi, t),
            ...TINGKAT_KEYS.map((tk) => {
              const v = b.nilai[tk];
              return v !== null
                ? formatRupiah(v)
                : item.diselenggarakan
                  ? `_${t('tarif.celah')}_`
                  : '';
            }),
            bi === 0 ? ketItem(item, t) : '',
          ];
          out.push(`| ${cells.map(mdCell).join(' | ')} |`);
        }),
      );
    out.push('', `_${t('tarif.sumberMatriks', { bagian: m.bagianMatriks })}_`, '');
    const calc = h.perhitungan[m.layanan];
    if (h.jelaskan && calc) out.push('```', ...teksPenjelasan(calc, o), '```', '');
  }
  const p = h.proBono;
  if (p) {
    out.push(
      `## ${mdCell(t('tarif.proBono.judul', { tahun: p.tahun, persen: formatAngka(p.persen) }))}`,
      '',
      t(`tarif.proBono.dasar.${p.dasar}`),
      '',
    );
    if (!p.adaData)
      out.push(t('tarif.proBono.tanpaData', { tahun: p.tahun, persen: formatAngka(p.persen) }), '');
    else {
      const cols = [
        t('tarif.proBono.pelaksana'),
        t('tarif.proBono.kegiatan'),
        t('tarif.proBono.kuota'),
        t('tarif.proBono.realisasi'),
        t('tarif.proBono.kurang'),
      ];
      out.push(`| ${cols.join(' | ')} |`, `| --- | ---: | ---: | ---: | ---: |`);
      for (const r of p.perPekerja)
        out.push(
          `| ${mdCell(r.pelaksana ?? t('tarif.proBono.tanpaPelaksana'))} | ${r.kegiatan} | ${r.kuota} | ${r.proBono} | ${r.kurang} |`,
        );
      out.push(
        `| **${t('tarif.proBono.jumlah')}** | ${p.total.kegiatan} | ${p.total.kuota} | ${p.total.proBono} | ${p.total.kurang} |`,
        '',
      );
    }
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** CSV: one line per duration row, amounts as plain integers (no separators), UTF-8 with BOM for Excel. */
export function renderTarifCsv(h: HasilTarif, o: RenderOptions): string {
  const { t } = o;
  const lines = [
    [
      t('tarif.kolom.layanan'),
      t('tarif.kolom.no'),
      t('tarif.kolom.kunci'),
      t('tarif.kolom.jenis'),
      t('tarif.kolom.waktu'),
      ...TINGKAT_KEYS.map((k) => t(`tarif.tingkat.${k}`)),
      t('tarif.kolom.ket'),
    ]
      .map(csvCell)
      .join(','),
  ];
  for (const m of h.matriks)
    for (const k of m.kelompok)
      for (const item of k.items)
        for (const b of item.baris)
          lines.push(
            [
              m.layanan,
              item.nomor,
              item.key,
              labelItem(item, o),
              labelDurasi(b.durasi, t),
              ...TINGKAT_KEYS.map((tk) => b.nilai[tk]),
              ketItem(item, t),
            ]
              .map(csvCell)
              .join(','),
          );
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** JSON for scripts: amounts as numbers, gaps as null and listed. */
export function renderTarifJson(
  h: HasilTarif,
  o: RenderOptions & { version: string; tahun: number | null },
): string {
  const { t } = o;
  const doc = {
    tool: { name: 'lembaga', version: o.version },
    tahun: o.tahun,
    matriks: h.matriks.map((m) => ({
      layanan: m.layanan,
      judul: m.judul,
      ref: `Permensos 14/2020 ${m.bagianMatriks}`,
      lembaga: m.lembaga.nama,
      sk: m.sk,
      sumber: m.sumber,
      baris: m.kelompok.flatMap((k) =>
        k.items.flatMap((item) =>
          item.baris.map((b) => ({
            no: k.nomor,
            nomor: item.nomor,
            kunci: item.key,
            jenisLayanan: labelItem(item, o),
            opsional: item.opsional,
            diselenggarakan: item.diselenggarakan,
            durasi: b.durasi,
            waktu: labelDurasi(b.durasi, t),
            ...b.nilai,
            ket: item.ket,
          })),
        ),
      ),
      celah: m.celah,
      tidakDikenal: m.tidakDikenal,
      perhitungan: h.perhitungan[m.layanan] ?? null,
    })),
    proBono: h.proBono,
    peringatan: peringatanTarif(h, t),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
