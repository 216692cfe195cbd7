/**
 * The credit report of a year from 2023 on (conversion of the performance
 * rating, PermenPANRB 1/2023 and PerBKN 3/2023): per worker the periods with
 * their AK ("Konversi Predikat Kinerja ke Angka Kredit") and the cumulative AK
 * toward the next pangkat and jenjang ("Akumulasi Angka Kredit"). Data, then
 * the three renderers (teks, JSON, xlsx). The NIP is masked unless asked.
 */
import Table from 'cli-table3';
import type { Worksheet } from 'exceljs';
import type { Finding } from '../../core/finding.js';
import { findingKontrak } from '../../core/finding.js';
import type { Translate } from '../../i18n/index.js';
import type { LogKonversiTermuat } from '../../model/kredit-konversi.js';
import type { PegawaiTerhitung } from '../../standards/permenpanrb-2023/hitung.js';
import { hitungKonversi } from '../../standards/permenpanrb-2023/hitung.js';
import type { TabelKonversi } from '../../standards/permenpanrb-2023/tabel.js';
import { LABEL_PREDIKAT } from '../../standards/permenpanrb-2023/tabel.js';
import { RULESET_ID_2023, RULESET_JUDUL_2023 } from '../../standards/permenpanrb-2023/rules.js';
import { JENJANG, formatAngka } from '../../standards/permenpanrb-2020/data.js';
import { samarkanNip, temuan } from './teks.js';
import { barisJudul, bukuKerja } from './buku-kerja.js';
import { PembagianTemuan, hitungTingkat } from './pembagian.js';
import type { OpsiTeks } from './teks.js';

export interface BarisKonversi extends PegawaiTerhitung {
  findings: Finding[];
}

export interface LaporanKonversi {
  tahun: number;
  tanggal: string;
  ruleset: { id: string; judul: string };
  tabel: TabelKonversi;
  pegawai: BarisKonversi[];
  temuanUmum: Finding[];
  ringkasan: { pegawai: number; ak: number; errors: number; warnings: number; infos: number };
}

export function buildLaporanKonversi(
  logs: readonly LogKonversiTermuat[],
  findings: readonly Finding[],
  opts: { tahun: number; tanggal: string; tabel: TabelKonversi },
): LaporanKonversi {
  const hasil = hitungKonversi(logs, opts.tahun, opts.tabel).find((h) => h.tahun === opts.tahun);
  const bagi = new PembagianTemuan(findings);
  const pegawai: BarisKonversi[] = (hasil?.pegawai ?? []).map((p) => ({
    ...p,
    findings: bagi.milik(p.file, p.index),
  }));
  const temuanUmum = bagi.umum(logs, opts.tahun);
  return {
    tahun: opts.tahun,
    tanggal: opts.tanggal,
    ruleset: { id: RULESET_ID_2023, judul: RULESET_JUDUL_2023 },
    tabel: opts.tabel,
    pegawai,
    temuanUmum,
    ringkasan: {
      pegawai: pegawai.length,
      ak: Math.round(pegawai.reduce((s, p) => s + p.akTahun, 0) * 10000) / 10000,
      ...hitungTingkat(pegawai, temuanUmum),
    },
  };
}

const nipOf = (nip: string | null, tampilkan: boolean) =>
  tampilkan ? (nip ?? '–') : samarkanNip(nip);
const label = (j: string | null) => (j ? (JENJANG[j as keyof typeof JENJANG]?.label ?? j) : '–');
const KOLOM_AKUMULASI = [
  'kolStaf',
  'kolNip',
  'kolJenjang',
  'kolGolongan',
  'kolAwal',
  'kolIntegrasi',
  'kolTahunIni',
  'kolKumPangkat',
  'kolAmbangPangkat',
  'kolKurangPangkat',
  'kolKumJenjang',
  'kolAmbangJenjang',
  'kolKurangJenjang',
  'kolPengembangan',
];
/** Columns of the Akumulasi sheet the text table leaves out. */
const HANYA_XLSX = new Set([
  'kolJenjang',
  'kolGolongan',
  'kolAwal',
  'kolIntegrasi',
  'kolPengembangan',
]);

const KOLOM_KONVERSI = [
  'kolStaf',
  'kolNip',
  'kolJenjang',
  'kolGolongan',
  'kolPeriode',
  'kolBulan',
  'kolPredikat',
  'kolPersen',
  'kolKoefisien',
  'kolAk',
];

/** "Ahli Pertama" rather than "Pekerja Sosial Ahli Pertama", for narrow tables. */
const pendek = (j: string | null) => label(j).replace(/^Pekerja Sosial /, '');
const periodeTeks = (dari: string, sampai: string) => `${dari.slice(0, 7)} – ${sampai.slice(0, 7)}`;

export function ringkasKonversi(l: LaporanKonversi, t: Translate, bahasa: 'id' | 'en'): string {
  const r = l.ringkasan;
  return t('kredit.konversi.ringkasan', {
    pegawai: r.pegawai,
    ak: formatAngka(r.ak, bahasa),
    tahun: l.tahun,
    errors: r.errors,
    warnings: r.warnings,
    infos: r.infos,
  });
}

function sumberBaris(l: LaporanKonversi, t: Translate): string[] {
  const s = l.tabel.sumber;
  const out =
    s.persentase === s.koefisien && s.koefisien === s.ambang
      ? [t('kredit.konversi.sumberSatu', { sumber: s.ambang })]
      : [t('kredit.konversi.sumberTabel', s)];
  if (l.tabel.override)
    out.push(
      t('kredit.konversi.override', {
        file: l.tabel.override.file,
        bagian: l.tabel.override.bagian.join(', '),
      }),
    );
  return out;
}

export function renderKonversiTeks(
  l: LaporanKonversi,
  o: OpsiTeks & { tampilkanNip?: boolean },
): string {
  const { t, bahasa } = o;
  const n = (x: number | null) => formatAngka(x, bahasa);
  const parts: string[] = [
    t('kredit.teks.judul', { tahun: l.tahun, ruleset: l.ruleset.judul }),
    sumberBaris(l, t).join('\n'),
  ];
  if (l.pegawai.length) {
    const a = new Table({
      head: KOLOM_KONVERSI.filter((k) => k !== 'kolNip').map((k) => t(`kredit.konversi.${k}`)),
      style: { head: [], border: [] },
    });
    for (const p of l.pegawai)
      for (const x of p.periode)
        a.push([
          p.staf,
          pendek(x.jenjang),
          x.golongan ?? '–',
          periodeTeks(x.dari, x.sampai),
          String(x.bulan),
          x.predikat ? LABEL_PREDIKAT[x.predikat] : '–',
          n(x.persen),
          n(x.koefisien),
          n(x.ak),
        ]);
    parts.push(`${t('kredit.konversi.judulKonversi')}\n${a.toString()}`);
    const b = new Table({
      head: KOLOM_AKUMULASI.filter((k) => !HANYA_XLSX.has(k)).map((k) => t(`kredit.konversi.${k}`)),
      style: { head: [], border: [] },
    });
    for (const p of l.pegawai) {
      const k = p.akumulasi;
      b.push([
        p.staf,
        nipOf(p.nip, Boolean(o.tampilkanNip)),
        n(p.akTahun),
        n(k.pangkat),
        n(k.ambangPangkat),
        n(k.kurangPangkat),
        n(k.jenjang),
        n(k.ambangJenjang),
        n(k.kurangJenjang),
      ]);
    }
    parts.push(`${t('kredit.konversi.judulAkumulasi')}\n${b.toString()}`);
    for (const p of l.pegawai) {
      const k = p.akumulasi;
      const lines = [
        `${p.staf} · ${label(p.jenjang)} · ${p.golongan ?? '–'}: ${t('kredit.konversi.kolAwal')} ${n(k.awal.pangkat)}${k.integrasi ? ` (${t('kredit.konversi.kolIntegrasi')} ${n(k.integrasi)})` : ''}; ${t('kredit.konversi.kolPengembangan')}: ${k.pengembanganWajib ? t('kredit.konversi.ppWajib', { ke: label(k.jenjangBerikut) }) : t('kredit.konversi.ppTidak')}`,
        ...p.findings.map((f) => temuan(f, o)),
      ];
      parts.push(lines.join('\n'));
    }
  }
  if (l.temuanUmum.length)
    parts.push([t('kredit.teks.temuanUmum'), ...l.temuanUmum.map((f) => temuan(f, o))].join('\n'));
  parts.push(ringkasKonversi(l, t, bahasa));
  return parts.join('\n\n') + '\n';
}

/** The docs/kontrak-cli.md finding fields only (drops internal helpers such as `staf`). */
const bersih = findingKontrak;

export function renderKonversiJson(
  l: LaporanKonversi,
  opts: { version: string; tampilkanNip?: boolean },
): string {
  const doc = {
    tool: { name: 'lembaga', version: opts.version },
    date: l.tanggal,
    tahun: l.tahun,
    metode: 'konversi-predikat-kinerja',
    ruleset: l.ruleset,
    tabel: { sumber: l.tabel.sumber, override: l.tabel.override },
    summary: l.ringkasan,
    pegawai: l.pegawai.map((p) => ({
      staf: p.staf,
      nip: opts.tampilkanNip ? p.nip : p.nip ? samarkanNip(p.nip) : null,
      file: p.file,
      jenjang: p.jenjang,
      golongan: p.golongan,
      periode: p.periode.map((x) => ({
        dari: x.dari,
        sampai: x.sampai,
        bulan: x.bulan,
        jenjang: x.jenjang,
        golongan: x.golongan,
        predikat: x.predikat,
        persen: x.persen,
        koefisien: x.koefisien,
        ak: x.ak,
        kenaikan: x.kenaikan,
      })),
      akTahun: p.akTahun,
      akumulasi: p.akumulasi,
      findings: p.findings.map(bersih),
    })),
    findings: l.temuanUmum.map(bersih),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

type OpsiXlsx = { t: Translate; tampilkanNip?: boolean };

/** Title (row 1) and the source of the tables (row 2) of a sheet. */
function pembuka(ws: Worksheet, judul: string, l: LaporanKonversi, t: Translate): void {
  ws.getCell('A1').value = `${judul.toUpperCase()} — ${l.tahun}`;
  ws.getCell('A1').font = { bold: true, size: 13 };
  ws.getCell('A2').value = sumberBaris(l, t).join(' ');
}

const judulKolom = (ws: Worksheet, keys: string[], t: Translate) =>
  barisJudul(
    ws,
    4,
    keys.map((k) => t(`kredit.konversi.${k}`)),
    false,
  );

/** Sheet Konversi: one row per rating period. */
function lembarKonversi(ws: Worksheet, l: LaporanKonversi, o: OpsiXlsx): void {
  pembuka(ws, o.t('kredit.konversi.judulKonversi'), l, o.t);
  judulKolom(ws, KOLOM_KONVERSI, o.t);
  ws.columns = KOLOM_KONVERSI.map((_, i) => ({ width: [10, 22, 26, 8, 20, 8, 16, 8, 11, 10][i] }));
  let r = 5;
  for (const p of l.pegawai)
    for (const x of p.periode) {
      ws.getRow(r).values = [
        p.staf,
        nipOf(p.nip, Boolean(o.tampilkanNip)),
        label(x.jenjang),
        x.golongan ?? '',
        periodeTeks(x.dari, x.sampai),
        x.bulan,
        x.predikat ? LABEL_PREDIKAT[x.predikat] : String(''),
        x.persen ?? '',
        x.koefisien ?? '',
        x.ak ?? '',
      ];
      ws.getRow(r).getCell(10).numFmt = '0.000';
      r++;
    }
}

/** Sheet Akumulasi: one row per worker, the running totals against the thresholds. */
function lembarAkumulasi(ws: Worksheet, l: LaporanKonversi, o: OpsiXlsx): void {
  const { t } = o;
  pembuka(ws, t('kredit.konversi.judulAkumulasi'), l, t);
  judulKolom(ws, KOLOM_AKUMULASI, t);
  ws.columns = KOLOM_AKUMULASI.map((_, i) => ({
    width: i === 2 ? 26 : i === 1 ? 22 : i === 13 ? 30 : 12,
  }));
  l.pegawai.forEach((p, i) => {
    const k = p.akumulasi;
    ws.getRow(5 + i).values = [
      p.staf,
      nipOf(p.nip, Boolean(o.tampilkanNip)),
      label(p.jenjang),
      p.golongan ?? '',
      k.awal.pangkat,
      k.integrasi,
      p.akTahun,
      k.pangkat,
      k.ambangPangkat ?? '–',
      k.kurangPangkat ?? '–',
      k.jenjang,
      k.ambangJenjang ?? '–',
      k.kurangJenjang ?? '–',
      k.pengembanganWajib
        ? t('kredit.konversi.ppWajib', { ke: label(k.jenjangBerikut) })
        : t('kredit.konversi.ppTidak'),
    ];
  });
}

/** Sheet Temuan: every finding with where it points. */
function lembarTemuanKonversi(ws: Worksheet, l: LaporanKonversi): void {
  const all = [...l.pegawai.flatMap((p) => p.findings), ...l.temuanUmum];
  ws.getRow(1).values = ['Aturan', 'Tingkat', 'Pesan', 'Lokasi', 'Acuan'];
  ws.getRow(1).font = { bold: true };
  const lokasi = (f: Finding) =>
    f.sheet
      ? `${f.sheet}!${f.cell ?? ''}`
      : f.line !== null
        ? `${f.file}:${f.line}`
        : (f.file ?? '');
  all.forEach((f, i) => {
    ws.getRow(i + 2).values = [f.rule, f.severity, f.message, lokasi(f), f.ref ?? ''];
  });
}

/** The two sheets a kepegawaian officer recognises, plus the findings. */
export async function renderKonversiXlsx(l: LaporanKonversi, o: OpsiXlsx): Promise<Uint8Array> {
  const wb = await bukuKerja();
  lembarKonversi(wb.addWorksheet('Konversi'), l, o);
  lembarAkumulasi(wb.addWorksheet('Akumulasi'), l, o);
  lembarTemuanKonversi(wb.addWorksheet('Temuan'), l);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
