/**
 * `lembaga angka-kredit --format json`: the report as one JSON document for
 * scripts. Numbers are plain numbers (rounded to four decimals by the
 * computation); findings follow the docs/kontrak-cli.md finding shape.
 */
import { findingKontrak } from '../../core/finding.js';
import type { LaporanKredit } from './laporan.js';

/** The docs/kontrak-cli.md finding fields only (drops internal helpers such as `staf`). */
const bersih = findingKontrak;

/** Render the report as pretty-printed JSON. */
export function renderKreditJson(l: LaporanKredit, opts: { version: string }): string {
  const doc = {
    tool: { name: 'lembaga', version: opts.version },
    date: l.tanggal,
    tahun: l.tahun,
    ruleset: l.ruleset,
    summary: l.ringkasan,
    pegawai: l.pegawai.map((p) => ({
      staf: p.staf,
      nip: p.nip,
      file: p.file,
      kategori: p.kategori,
      jenjang: p.jenjang,
      pangkat: p.pangkat,
      golongan: p.golongan,
      pendidikan: p.pendidikan,
      target: p.target,
      batasCapaian: p.batasCapaian,
      klaim: p.klaim,
      langkah: p.langkah,
      diakui: p.diakui,
      selisihTarget: p.selisihTarget,
      memenuhiTarget: p.memenuhiTarget,
      keadaan: p.keadaan,
      penunjang: p.penunjang,
      kumulatif: p.kumulatif,
      pengembanganProfesi: p.pengembanganProfesi,
      ambang: p.ambang,
      kegiatan: p.kegiatan,
      findings: p.findings.map(bersih),
    })),
    findings: l.temuanUmum.map(bersih),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
