/**
 * The credit report of one year: each worker's computation with the findings
 * that concern them, plus the findings that concern no single worker. Pure
 * data for the renderers (teks, json, xlsx).
 */
import type { Finding } from '../../core/finding.js';
import type { LogKreditTermuat } from '../../model/kredit.js';
import type { HasilPegawai } from '../../standards/permenpanrb-2020/hitung.js';
import { hitungAngkaKredit } from '../../standards/permenpanrb-2020/hitung.js';
import { RULESET_ID, RULESET_JUDUL, formatAngka } from '../../standards/permenpanrb-2020/data.js';
import { belumDiisi, tahunBerjalan } from '../../standards/permenpanrb-2020/rules.js';
import { PembagianTemuan, hitungTingkat } from './pembagian.js';

/**
 * Where a worker stands against the yearly target. Only `kurang` is a shortfall: a row with no
 * activity is a log not yet filled in, and before 31 December the year's target (Pasal 26,
 * "setiap tahun") cannot have been missed yet.
 */
export type KeadaanTarget = 'memenuhi' | 'kurang' | 'belum-diisi' | 'berjalan';

export interface BarisLaporan extends HasilPegawai {
  file: string;
  pangkat: string | null;
  golongan: string | null;
  pendidikan: string | null;
  keadaan: KeadaanTarget;
  findings: Finding[];
}

export interface LaporanKredit {
  tahun: number;
  tanggal: string;
  ruleset: { id: string; judul: string };
  pegawai: BarisLaporan[];
  /** Findings about a file or a threshold row rather than one worker. */
  temuanUmum: Finding[];
  ringkasan: {
    pegawai: number;
    memenuhi: number;
    kurang: number;
    belumDiisi: number;
    berjalan: number;
    errors: number;
    warnings: number;
    infos: number;
  };
}

/** Assemble the report of `tahun` from that year's logs and every finding (rule findings and load problems). */
export function buildLaporanKredit(
  logs: readonly LogKreditTermuat[],
  findings: readonly Finding[],
  opts: { tahun: number; tanggal: string },
): LaporanKredit {
  const pegawai: BarisLaporan[] = [];
  const bagi = new PembagianTemuan(findings);
  for (const l of logs) {
    if (l.log.tahun !== opts.tahun) continue;
    for (const h of hitungAngkaKredit(l.log).pegawai) {
      const p = l.log.pegawai[h.index]!;
      const mine = bagi.milik(l.file, h.index);
      pegawai.push({
        ...h,
        file: l.file,
        pangkat: p.pangkat ?? null,
        golongan: p.golongan ?? null,
        pendidikan: p.pendidikan ?? null,
        keadaan: h.memenuhiTarget
          ? 'memenuhi'
          : belumDiisi(p)
            ? 'belum-diisi'
            : tahunBerjalan(opts.tahun, opts.tanggal)
              ? 'berjalan'
              : 'kurang',
        findings: mine,
      });
    }
  }
  const temuanUmum = bagi.umum(logs, opts.tahun);
  return {
    tahun: opts.tahun,
    tanggal: opts.tanggal,
    ruleset: { id: RULESET_ID, judul: RULESET_JUDUL },
    pegawai,
    temuanUmum,
    ringkasan: {
      pegawai: pegawai.length,
      memenuhi: pegawai.filter((p) => p.keadaan === 'memenuhi').length,
      kurang: pegawai.filter((p) => p.keadaan === 'kurang').length,
      belumDiisi: pegawai.filter((p) => p.keadaan === 'belum-diisi').length,
      berjalan: pegawai.filter((p) => p.keadaan === 'berjalan').length,
      ...hitungTingkat(pegawai, temuanUmum),
    },
  };
}

/** A credit number for people (see formatAngka). */
export const angka = formatAngka;
