/**
 * Credit points by conversion (PermenPANRB 1/2023, PerBKN 3/2023): per period,
 * AK = percentage of the rating × the jenjang's yearly coefficient × months/12;
 * the cumulative AK toward the next pangkat and the next jenjang, chained over
 * the years of the folder's conversion logs. Pure.
 *
 * How the chain is read (docs/angka-kredit.md): the integrasi carry-over counts
 * toward the first threshold; `akumulasiAwal` (last PAK) restarts the chain; a
 * change of golongan is a pangkat promotion, which spends the pangkat threshold
 * from the pangkat counter (the excess carries on); a change of jenjang spends
 * the jenjang threshold from both counters.
 */
import type { JenjangKey } from '../../model/kredit.js';
import { JENJANG_KEYS } from '../../model/kredit.js';
import type {
  LogKonversiTermuat,
  PegawaiKonversi,
  PeriodeKonversi,
  PredikatKey,
} from '../../model/kredit-konversi.js';
import { bulat } from '../permenpanrb-2020/data.js';
import type { TabelKonversi } from './tabel.js';
import {
  GOLONGAN,
  JENJANG_BERIKUT,
  PENGEMBANGAN_WAJIB_KE,
  normalGolongan,
  normalPredikat,
} from './tabel.js';

/** Month index (1–12) and year of a YYYY-MM or YYYY-MM-DD value. */
export function bulanDari(s: unknown): { tahun: number; bulan: number } | null {
  if (typeof s !== 'string') return null;
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(s.trim());
  if (!m) return null;
  const bulan = Number(m[2]);
  if (bulan < 1 || bulan > 12) return null;
  return { tahun: Number(m[1]), bulan };
}

export interface PeriodeTerhitung {
  index: number;
  jenjang: JenjangKey | null;
  golongan: string | null;
  dari: string;
  sampai: string;
  bulan: number;
  predikat: PredikatKey | null;
  persen: number | null;
  koefisien: number | null;
  /** AK of the period; null when the period cannot be computed (an error finding says why). */
  ak: number | null;
  /** A promotion at the start of this period. */
  kenaikan: 'pangkat' | 'jenjang' | null;
}

export interface Akumulasi {
  /** AK counted toward the next pangkat / jenjang at the end of the year. */
  pangkat: number;
  jenjang: number;
  /** Thresholds (null: no such step from this jenjang/golongan). */
  ambangPangkat: number | null;
  ambangJenjang: number | null;
  kurangPangkat: number | null;
  kurangJenjang: number | null;
  /** The next jenjang and whether professional development is a condition for it. */
  jenjangBerikut: JenjangKey | null;
  pengembanganWajib: boolean;
  /** Integrasi counted in this year (the first conversion year the worker appears with it). */
  integrasi: number;
  /** AK at the start of the year (after integrasi or akumulasiAwal). */
  awal: { pangkat: number; jenjang: number };
}

export interface PegawaiTerhitung {
  /** Display path of the log the worker is in. */
  file: string;
  index: number;
  staf: string;
  nip: string | null;
  periode: PeriodeTerhitung[];
  bulan: number;
  akTahun: number;
  jenjang: JenjangKey | null;
  golongan: string | null;
  akumulasi: Akumulasi;
}

export interface HasilKonversi {
  tahun: number;
  pegawai: PegawaiTerhitung[];
}

function bulanPeriode(dari: unknown, sampai: unknown, tahun: number): number {
  const a = bulanDari(dari);
  const b = bulanDari(sampai);
  if (!a || !b || a.tahun !== tahun || b.tahun !== tahun || b.bulan < a.bulan) return 0;
  return b.bulan - a.bulan + 1;
}

const isJenjang = (x: unknown): x is JenjangKey =>
  typeof x === 'string' && (JENJANG_KEYS as readonly string[]).includes(x);

/** A worker's chain of cumulative AK, carried from year to year. */
interface Rantai {
  pangkat: number;
  jenjang: number;
  j: JenjangKey | null;
  g: string | null;
  integrasi: boolean;
}

/** Compute one year, chaining cumulative AK from the earlier conversion logs of the same workers. */
export function hitungKonversi(
  logs: readonly LogKonversiTermuat[],
  tahun: number,
  tabel: TabelKonversi,
): HasilKonversi[] {
  const years = [...new Set(logs.map((l) => l.log.tahun))].filter((y) => y <= tahun).sort();
  const state = new Map<string, Rantai>();
  const out: HasilKonversi[] = [];
  for (const y of years) {
    const res: HasilKonversi = { tahun: y, pegawai: [] };
    for (const l of logs.filter((x) => x.log.tahun === y)) {
      (Array.isArray(l.log.pegawai) ? l.log.pegawai : []).forEach((p, index) => {
        if (!p || typeof p !== 'object') return;
        const staf = String(p.staf ?? '');
        const st = state.get(staf) ?? {
          pangkat: 0,
          jenjang: 0,
          j: null,
          g: null,
          integrasi: false,
        };
        const { integrasi, awal } = mulaiTahun(p, st);
        const periode = hitungPeriode(Array.isArray(p.periode) ? p.periode : [], st, y, tabel);
        state.set(staf, st);
        res.pegawai.push({
          file: l.file,
          index,
          staf,
          nip: typeof p.nip === 'string' ? p.nip : null,
          periode: periode.sort((a, b) => a.index - b.index),
          bulan: periode.reduce((s, x) => s + x.bulan, 0),
          akTahun: bulat(periode.reduce((s, x) => s + (x.ak ?? 0), 0)),
          jenjang: st.j,
          golongan: st.g,
          akumulasi: akumulasiAkhir(st, tabel, integrasi, awal),
        });
      });
    }
    out.push(res);
  }
  return out;
}

/** The start of a worker's year: the last PAK restarts the chain; the integrasi counts once. */
function mulaiTahun(
  p: PegawaiKonversi,
  st: Rantai,
): { integrasi: number; awal: { pangkat: number; jenjang: number } } {
  let integrasi = 0;
  if (p.akumulasiAwal && typeof p.akumulasiAwal === 'object') {
    st.pangkat = Number(p.akumulasiAwal.pangkat ?? p.akumulasiAwal.jenjang ?? 0) || 0;
    st.jenjang = Number(p.akumulasiAwal.jenjang ?? p.akumulasiAwal.pangkat ?? 0) || 0;
  } else if (typeof p.integrasi === 'number' && !st.integrasi) {
    integrasi = p.integrasi;
    st.pangkat += integrasi;
    st.jenjang += integrasi;
  }
  if (typeof p.integrasi === 'number') st.integrasi = true;
  return { integrasi, awal: { pangkat: bulat(st.pangkat), jenjang: bulat(st.jenjang) } };
}

/** The periods of a year in date order: promotions spend thresholds, each period adds its AK. */
function hitungPeriode(
  list: readonly PeriodeKonversi[],
  st: Rantai,
  y: number,
  tabel: TabelKonversi,
): PeriodeTerhitung[] {
  const periode: PeriodeTerhitung[] = [];
  const urut = list
    .map((x, i) => ({ x, i }))
    .sort((a, b) => String(a.x?.dari ?? '').localeCompare(String(b.x?.dari ?? '')));
  for (const { x, i } of urut) {
    const jenjang = isJenjang(x?.jenjang) ? x.jenjang : null;
    const golongan = normalGolongan(x?.golongan);
    const predikat = normalPredikat(x?.predikat);
    const bulan = bulanPeriode(x?.dari, x?.sampai, y);
    let kenaikan: PeriodeTerhitung['kenaikan'] = null;
    if (jenjang && st.j && jenjang !== st.j) {
      kenaikan = 'jenjang';
      const a = tabel.ambang[st.j].jenjang ?? 0;
      st.jenjang = Math.max(0, st.jenjang - a);
      st.pangkat = st.jenjang;
    } else if (golongan && st.g && golongan !== st.g) {
      kenaikan = 'pangkat';
      const a = tabel.ambang[jenjang ?? st.j!]?.pangkat ?? 0;
      st.pangkat = Math.max(0, st.pangkat - a);
    }
    if (jenjang) st.j = jenjang;
    if (golongan) st.g = golongan;
    const persen = predikat ? tabel.persentase[predikat] : null;
    const koefisien = jenjang ? tabel.koefisien[jenjang] : null;
    const ak =
      persen !== null && koefisien !== null && bulan > 0
        ? bulat(((persen / 100) * koefisien * bulan) / 12)
        : null;
    if (ak !== null) {
      st.pangkat += ak;
      st.jenjang += ak;
    }
    periode.push({
      index: i,
      jenjang,
      golongan,
      dari: String(x?.dari ?? ''),
      sampai: String(x?.sampai ?? ''),
      bulan,
      predikat,
      persen,
      koefisien,
      ak,
      kenaikan,
    });
  }
  return periode;
}

/** The cumulative AK at the end of the year against the next pangkat and jenjang. */
function akumulasiAkhir(
  st: Rantai,
  tabel: TabelKonversi,
  integrasi: number,
  awal: { pangkat: number; jenjang: number },
): Akumulasi {
  const j = st.j;
  const g = st.g;
  const range = j ? GOLONGAN[j] : [];
  const puncak = !g || range.indexOf(g) === range.length - 1;
  const amb = j ? tabel.ambang[j] : { pangkat: null, jenjang: null };
  const ambangJenjang = amb.jenjang;
  // At the top golongan of a jenjang the next pangkat is the next jenjang.
  const ambangPangkat = puncak ? ambangJenjang : amb.pangkat;
  const cumPangkat = puncak ? st.jenjang : st.pangkat;
  const berikut = j ? JENJANG_BERIKUT[j] : null;
  return {
    pangkat: bulat(cumPangkat),
    jenjang: bulat(st.jenjang),
    ambangPangkat,
    ambangJenjang,
    kurangPangkat: ambangPangkat === null ? null : bulat(Math.max(0, ambangPangkat - cumPangkat)),
    kurangJenjang: ambangJenjang === null ? null : bulat(Math.max(0, ambangJenjang - st.jenjang)),
    jenjangBerikut: berikut,
    pengembanganWajib: berikut !== null && PENGEMBANGAN_WAJIB_KE.includes(berikut),
    integrasi,
    awal,
  };
}
