/** JSON rendering: the summary's figures with their labels, suppressed the same way as the documents. */
import type { Translate } from '../../i18n/index.js';
import type { Aspek, LaporanTahunan } from './types.js';
import { jumlahTerbit, labelTeks, nilaiTerbit, type Bahasa } from './dokumen.js';

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
    tekan?: 'primer' | 'sekunder' | null,
  ) => {
    const s = nilaiTerbit(v, satuan, n, lap, t, tekan);
    return 'angka' in s ? s.angka : v === null ? null : s.teks;
  };
  // Counts of findings too: under --publik a small one is "< ambang" (issue 17 §8).
  const jumlahJson = (n: number) => {
    const s = jumlahTerbit(n, lap);
    return 'angka' in s ? s.angka : s.teks;
  };
  const jumlahAspek = (x: { error: number; warning: number; info: number }) => ({
    error: jumlahJson(x.error),
    warning: jumlahJson(x.warning),
    info: jumlahJson(x.info),
  });
  const aspek = (a: Aspek) => ({
    huruf: a.huruf,
    aspek: L(a.judul),
    bagian: a.bagian,
    status: a.status,
    temuan: jumlahAspek(a.temuan),
    aturan: a.aturan,
    fakta: a.fakta.map(L),
    tabel: a.tabel,
  });
  const out = {
    tool,
    tahun: lap.tahun,
    periode: lap.periode,
    tanggal: lap.tanggal,
    mulaiMasaLayanan: lap.mulaiDari,
    publik: lap.publik,
    layanan: lap.layanan,
    identitas: lap.identitas,
    pengelolaan: lap.pengelolaan.map(aspek),
    penyampaian: lap.penyampaian.map(aspek),
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
            nilai(b.nilai[j] ?? null, b.satuan ?? tb.satuan, b.dasarN?.[j], b.tekan?.[j]),
          ]),
        ),
      })),
      catatan: (tb.catatan ?? []).map(L),
    })),
    temuan: lap.temuan.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      ref: f.ref,
      jumlah: jumlahJson(f.jumlah),
      pesan: f.pesan,
      saran: f.saran,
    })),
    validasi: lap.validasi,
    catatanData: lap.catatanData.map((c) => ({ key: c.key, jumlah: jumlahJson(c.jumlah) })),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
