/** JSON rendering: the summary's figures with their labels, suppressed the same way as the documents. */
import type { Translate } from '../../i18n/index.js';
import type { LaporanTahunan } from './types.js';
import { labelTeks, nilaiTerbit, type Bahasa } from './dokumen.js';

/** The report as JSON (no register numbers: those belong to the internal trace). */
export function renderJson(
  lap: LaporanTahunan,
  t: Translate,
  bahasa: Bahasa,
  tool: { name: string; version: string },
): string {
  const L = (l: Parameters<typeof labelTeks>[0]) => labelTeks(l, t, bahasa);
  const nilai = (
    v: number | null,
    satuan: Parameters<typeof nilaiTerbit>[1],
    n: number | undefined,
  ) => {
    const s = nilaiTerbit(v, satuan, n, lap, t);
    return 'angka' in s ? s.angka : v === null ? null : s.teks;
  };
  const out = {
    tool,
    tahun: lap.tahun,
    periode: lap.periode,
    tanggal: lap.tanggal,
    mulaiMasaLayanan: lap.mulaiDari,
    publik: lap.publik,
    layanan: lap.layanan,
    identitas: lap.identitas,
    pengelolaan: lap.pengelolaan.map((a) => ({
      huruf: a.huruf,
      aspek: L(a.judul),
      bagian: a.bagian,
      status: a.status,
      temuan: a.temuan,
      aturan: a.aturan,
      fakta: a.fakta.map(L),
      tabel: a.tabel,
    })),
    penyampaian: lap.penyampaian.map((a) => ({
      huruf: a.huruf,
      aspek: L(a.judul),
      bagian: a.bagian,
      status: a.status,
      temuan: a.temuan,
      aturan: a.aturan,
      fakta: a.fakta.map(L),
      tabel: a.tabel,
    })),
    tabel: lap.tabel.map((tb) => ({
      id: tb.id,
      jenis: tb.jenis,
      judul: L(tb.judul),
      dasar: tb.dasar,
      satuan: tb.satuan,
      kolom: tb.kolom.map((k) => k.key),
      baris: [...tb.baris, ...(tb.total ? [tb.total] : [])].map((b) => ({
        key: b.key,
        label: L(b.label),
        ...(b.satuan ? { satuan: b.satuan } : {}),
        nilai: Object.fromEntries(
          tb.kolom.map((k, j) => [
            k.key,
            nilai(b.nilai[j] ?? null, b.satuan ?? tb.satuan, b.dasarN?.[j]),
          ]),
        ),
      })),
      catatan: (tb.catatan ?? []).map(L),
    })),
    temuan: lap.temuan.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      ref: f.ref,
      jumlah: f.jumlah,
      pesan: f.pesan,
      saran: f.saran,
    })),
    validasi: lap.validasi,
    catatanData: lap.catatanData.map((c) => ({ key: c.key, jumlah: c.jumlah })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
