/**
 * A yearly credit log in the conversion form (2023 onward): per worker, the
 * periods of the year with the jenjang, golongan and performance rating
 * (predikat kinerja) of each, and once the AK carried over from before 2023
 * (integrasi). PermenPANRB 1/2023, PerBKN 3/2023. `kredit/<tahun>.yaml` with
 * `versi: 2`, or the Excel template's "Periode" sheet.
 */
import type { JenjangKey, PredikatKinerja } from './kredit.js';
import { PREDIKAT_KINERJA } from './kredit.js';

/** Ratings, best first. `butuh-perbaikan` was called `cukup` before 2023. */
export const PREDIKAT_KEYS = PREDIKAT_KINERJA;
export type PredikatKey = PredikatKinerja;

/** One period of the year under one jenjang, golongan and rating. */
export interface PeriodeKonversi {
  jenjang: JenjangKey;
  /** Golongan ruang, e.g. "III/a". */
  golongan: string;
  /** First month of the period, YYYY-MM (a full date is read as its month). */
  dari: string;
  /** Last month of the period, inclusive, YYYY-MM. */
  sampai: string;
  /** Rating as written; normalised by the ruleset (Sangat Baik, Baik, Butuh Perbaikan/Cukup, Kurang, Sangat Kurang). */
  predikat: string;
}

export interface PegawaiKonversi {
  staf: string;
  nip?: string;
  /** AK integrasi: cumulative AK carried over once from before 2023 (cumulative minus the jenjang base). */
  integrasi?: number;
  /** AK already counted toward the next pangkat and jenjang at the start of this year (last PAK); restarts the chain. */
  akumulasiAwal?: { pangkat?: number; jenjang?: number };
  /** Professional development done (a condition for promotion to Penyelia, Ahli Madya, Ahli Utama). */
  pengembanganProfesi?: boolean;
  periode: PeriodeKonversi[];
}

export interface LogKonversi {
  versi: 2;
  tahun: number;
  pegawai: PegawaiKonversi[];
}

export interface LogKonversiTermuat {
  file: string;
  log: LogKonversi;
}

/** An agency's correction of the tables, from kredit/tabel-konversi.yaml; every part optional. */
export interface TabelKonversiOverride {
  file: string;
  sumber?: string;
  persentase?: Partial<Record<PredikatKey, number>>;
  koefisien?: Partial<Record<JenjangKey, number>>;
  ambang?: Partial<Record<JenjangKey, { pangkat?: number | null; jenjang?: number | null }>>;
}
