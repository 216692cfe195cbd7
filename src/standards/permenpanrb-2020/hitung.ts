/**
 * The pure credit computation: from a year's log to, per worker, what was
 * claimed, what each rule of the regulation leaves of it (a trace), the yearly
 * target, and the shortfall or surplus. No I/O, no messages: rules and renderers
 * read the result.
 *
 * Order of the steps (each is a separate line of the trace):
 *  1. klaim       — Σ nilai × volume, as the log states (Lampiran I–III values).
 *  2. tingkat     — Pasal 10–11: work of the rank one above counts 80 %, one below
 *                   100 %, and only under a written assignment (else 0).
 *  3. penulis     — Pasal 40 ayat 1: a joint paper counts the author's share.
 *  4. penunjang   — Pasal 37 ayat 2: supporting credits at most 20 % of the credits
 *                   required for the next pangkat (threshold from the log's
 *                   `ambang`), less what earlier years already counted (ayat 3).
 *  5. capaian     — Pasal 29 ayat 2: the achievement of the SKP is credited at most
 *                   150 % of the yearly minimum of Pasal 26 or 27.
 * The yearly minimum (Pasal 24 ayat 2: "diuraikan dalam bentuk butir kegiatan …
 * Lampiran I dan Lampiran II") is a target for the main duties (unsur utama), so
 * steps 5 and the target comparison use unsur utama; penunjang and pengembangan
 * profesi (Lampiran III, Pasal 37 and 39) are added after, toward promotion.
 */
import type {
  AmbangPegawai,
  BarisAmbang,
  JenjangKey,
  LogKredit,
  PegawaiKredit,
  PendidikanKredit,
  TingkatKegiatan,
  Unsur,
} from '../../model/kredit.js';
import { JENJANG_KEYS, UNSUR_KEYS } from '../../model/kredit.js';
import {
  BATAS_CAPAIAN,
  BATAS_PENUNJANG,
  FAKTOR_TINGKAT,
  JENJANG,
  bagianPenulis,
  bulat,
  jenjangTetangga,
} from './data.js';

/** Why an activity earned less than claimed, or nothing. */
export type AlasanKegiatan =
  'tanpa-penugasan' | 'tingkat-tidak-ada' | 'tingkat-bukan-utama' | 'penulis-tidak-valid';

export interface HasilKegiatan {
  /** Index in the worker's `kegiatan` list. */
  index: number;
  uraian: string;
  unsur: Unsur;
  tingkat: TingkatKegiatan;
  klaim: number;
  faktorTingkat: number;
  bagianTingkat: string | null;
  faktorPenulis: number;
  bagianPenulis: string | null;
  /** Credit after the per-activity rules (Pasal 11, Pasal 40); before the caps. */
  diakui: number;
  alasan: AlasanKegiatan[];
}

export type Bagian3 = Record<Unsur, number>;

export type KunciLangkah = 'klaim' | 'tingkat' | 'penulis' | 'penunjang' | 'capaian';

/** One line of the trace: the sums per element after this step. */
export interface LangkahHitung {
  kunci: KunciLangkah;
  /** Section applied, null for the claim line. */
  bagian: string | null;
  nilai: Bagian3;
  total: number;
  /** Change of the total made by this step (≤ 0). */
  selisih: number;
}

export type DasarTarget = 'pasal-26' | 'pasal-27-lowongan' | 'pasal-27-pangkat-tertinggi';

export interface TargetTahunan {
  nilai: number;
  bagian: string;
  dasar: DasarTarget;
}

export interface HasilPegawai {
  /** Index of the worker in the log's `pegawai` list. */
  index: number;
  staf: string;
  nip: string | null;
  kategori: string;
  jenjang: JenjangKey;
  klaim: Bagian3 & { total: number };
  langkah: LangkahHitung[];
  target: TargetTahunan | null;
  /** 150 % of the target (Pasal 29 ayat 2). */
  batasCapaian: number | null;
  diakui: Bagian3 & { total: number };
  /** Unsur utama credited minus the target: negative is a shortfall. */
  selisihTarget: number | null;
  memenuhiTarget: boolean;
  ambang: AmbangPegawai & { baris: number | null };
  penunjang: {
    /** 20 % of the credits required for the next pangkat; null when no threshold was supplied. */
    batas: number | null;
    sebelumnya: number;
    sisa: number | null;
    dipotong: number;
  };
  /** Progress toward the next pangkat (Pasal 36 ayat 1). */
  kumulatif: {
    sebelumnya: number;
    total: number;
    ambangPangkat: number | null;
    ambangJenjang: number | null;
  };
  /** Professional development toward the next rank (Pasal 39 ayat 4), for Mahir, Ahli Muda and Ahli Madya. */
  pengembanganProfesi: {
    sebelumnya: number;
    total: number;
    minimal: number;
    bagian: string;
  } | null;
  kegiatan: HasilKegiatan[];
}

export interface HasilKredit {
  tahun: number;
  pegawai: HasilPegawai[];
}

export interface KonfigurasiHitung {
  /** Extra threshold rows (e.g. from the institution's config); the log's own rows take precedence. */
  ambang?: readonly BarisAmbang[];
}

const nol = (): Bagian3 => ({ utama: 0, penunjang: 0, 'pengembangan-profesi': 0 });
const jumlah = (b: Bagian3) => bulat(b.utama + b.penunjang + b['pengembangan-profesi']);
const salin = (b: Bagian3): Bagian3 => ({
  utama: bulat(b.utama),
  penunjang: bulat(b.penunjang),
  'pengembangan-profesi': bulat(b['pengembangan-profesi']),
});

function num(x: unknown, fallback = 0): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

/** The yearly minimum that applies to a worker (Pasal 26, or Pasal 27 when waiting for a vacancy or at the top pangkat). */
export function targetTahunan(
  p: Pick<PegawaiKredit, 'jenjang' | 'pangkatTertinggi' | 'menungguLowongan'>,
): TargetTahunan | null {
  const j = JENJANG[p.jenjang];
  if (!j) return null;
  // Pasal 26 ayat 2 and 4 lift the Pasal 26 target only for Penyelia and Ahli Utama at their top pangkat;
  // Pasal 27 ayat 2 and 4 then set 10 and 25.
  if (p.pangkatTertinggi && j.targetPangkatTertinggi) {
    return {
      nilai: j.targetPangkatTertinggi.nilai,
      bagian: j.targetPangkatTertinggi.bagian,
      dasar: 'pasal-27-pangkat-tertinggi',
    };
  }
  if (p.menungguLowongan && j.targetMenungguLowongan) {
    return {
      nilai: j.targetMenungguLowongan.nilai,
      bagian: j.targetMenungguLowongan.bagian,
      dasar: 'pasal-27-lowongan',
    };
  }
  return { nilai: j.target.nilai, bagian: j.target.bagian, dasar: 'pasal-26' };
}

function normGolongan(g: string): string {
  return g.replace(/\s+/g, '').toLowerCase();
}

/** S1 and D4 share Lampiran VI (Pasal 36 ayat 3 huruf c). */
function normPendidikan(p: PendidikanKredit | undefined): string | undefined {
  return p === 'D4' ? 'S1' : p;
}

/** The threshold row that fits the worker best (golongan required; education and rank when the row names them). */
export function cariAmbang(
  p: PegawaiKredit,
  rows: readonly BarisAmbang[],
): { row: BarisAmbang; index: number } | null {
  if (!p.golongan) return null;
  let best: { row: BarisAmbang; index: number; skor: number } | null = null;
  rows.forEach((row, index) => {
    if (
      !row ||
      typeof row.golongan !== 'string' ||
      normGolongan(row.golongan) !== normGolongan(p.golongan!)
    )
      return;
    if (row.pendidikan && normPendidikan(row.pendidikan) !== normPendidikan(p.pendidikan)) return;
    if (row.jenjang && row.jenjang !== p.jenjang) return;
    const skor = (row.pendidikan ? 1 : 0) + (row.jenjang ? 1 : 0);
    if (!best || skor > best.skor) best = { row, index, skor };
  });
  const b = best as { row: BarisAmbang; index: number; skor: number } | null;
  return b ? { row: b.row, index: b.index } : null;
}

type KegiatanKredit = PegawaiKredit['kegiatan'][number];

/** Pasal 10–11: the factor for work of the rank above or below, and why it fell. */
function faktorTingkat(
  k: KegiatanKredit,
  unsur: Unsur,
  tingkat: TingkatKegiatan,
  p: PegawaiKredit,
): { faktor: number; bagian: string | null; alasan: AlasanKegiatan | null } {
  if (tingkat === 'sendiri') return { faktor: 1, bagian: null, alasan: null };
  // Pasal 10–11 concern the duties of Pasal 8 (unsur utama); the field means nothing elsewhere.
  if (unsur !== 'utama') return { faktor: 1, bagian: null, alasan: 'tingkat-bukan-utama' };
  if (
    JENJANG[p.jenjang] &&
    !jenjangTetangga(p.jenjang, tingkat === 'satu-tingkat-di-atas' ? 1 : -1)
  )
    return { faktor: 0, bagian: 'Pasal 10', alasan: 'tingkat-tidak-ada' };
  // Pasal 11 credits "hasil penugasan sebagaimana dimaksud dalam Pasal 10": no written assignment, no credit.
  if (k.penugasanTertulis !== true)
    return { faktor: 0, bagian: 'Pasal 10', alasan: 'tanpa-penugasan' };
  return {
    faktor: FAKTOR_TINGKAT[tingkat].faktor,
    bagian: FAKTOR_TINGKAT[tingkat].bagian,
    alasan: null,
  };
}

/** Pasal 40: the share of a jointly written paper. */
function faktorPenulis(k: KegiatanKredit): {
  faktor: number;
  bagian: string | null;
  alasan: AlasanKegiatan | null;
} {
  if (!k.penulis || typeof k.penulis !== 'object') return { faktor: 1, bagian: null, alasan: null };
  const jml = num(k.penulis.jumlah, 1);
  const split = bagianPenulis(k.penulis.peran, jml);
  if (split) return { faktor: split.faktor, bagian: split.bagian, alasan: null };
  // More than 4 authors with roles breaks Pasal 40 ayat 2; the text's own fallback is equal shares (ayat 1 huruf d).
  return {
    faktor: jml >= 1 ? 1 / Math.floor(jml) : 0,
    bagian: 'Pasal 40 ayat 2',
    alasan: 'penulis-tidak-valid',
  };
}

/** One activity after the per-activity rules (Pasal 11, Pasal 40). */
function hitungKegiatan(k: KegiatanKredit, i: number, p: PegawaiKredit): HasilKegiatan {
  const unsur: Unsur = (UNSUR_KEYS as readonly string[]).includes(k.unsur) ? k.unsur : 'utama';
  const tingkat: TingkatKegiatan = k.tingkat && k.tingkat in FAKTOR_TINGKAT ? k.tingkat : 'sendiri';
  const nilai = bulat(num(k.nilai) * num(k.volume, 1));
  const t = faktorTingkat(k, unsur, tingkat, p);
  const pen = faktorPenulis(k);
  return {
    index: i,
    uraian: typeof k.uraian === 'string' ? k.uraian : '',
    unsur,
    tingkat,
    klaim: nilai,
    faktorTingkat: t.faktor,
    bagianTingkat: t.bagian,
    faktorPenulis: bulat(pen.faktor),
    bagianPenulis: pen.bagian,
    diakui: bulat(nilai * t.faktor * pen.faktor),
    alasan: [t.alasan, pen.alasan].filter((a): a is AlasanKegiatan => a !== null),
  };
}

/** Thresholds: the worker's own `ambang` wins over the table row. */
function ambangDari(p: PegawaiKredit, rows: readonly BarisAmbang[]): HasilPegawai['ambang'] {
  const found = cariAmbang(p, rows);
  const own = p.ambang && typeof p.ambang === 'object' ? p.ambang : {};
  return {
    kenaikanPangkat: own.kenaikanPangkat ?? found?.row.kenaikanPangkat,
    kenaikanJenjang: own.kenaikanJenjang ?? found?.row.kenaikanJenjang,
    sumber: own.sumber ?? found?.row.sumber,
    baris: own.kenaikanPangkat !== undefined || !found ? null : found.index,
  };
}

/** The trace of steps, each the sums per element after it. */
function jejak(): {
  langkah: LangkahHitung[];
  push: (k: KunciLangkah, b: string | null, n: Bagian3) => void;
} {
  const langkah: LangkahHitung[] = [];
  const push = (kunci: KunciLangkah, bagian: string | null, b: Bagian3) => {
    const nilai = salin(b);
    const total = jumlah(nilai);
    const prev = langkah.length ? langkah[langkah.length - 1]!.total : total;
    langkah.push({ kunci, bagian, nilai, total, selisih: bulat(total - prev) });
  };
  return { langkah, push };
}

/** Pasal 37 ayat 2–3: supporting credits up to 20 % of the pangkat threshold, less those already counted. */
function batasiPenunjang(setelahPenulis: Bagian3, kenaikanPangkat: unknown, sebelumnya: number) {
  const sesudah = { ...setelahPenulis };
  if (typeof kenaikanPangkat !== 'number') return { sesudah, batas: null, sisa: null };
  const batas = bulat((kenaikanPangkat * BATAS_PENUNJANG.persen) / 100);
  const sisa = bulat(Math.max(0, batas - sebelumnya));
  sesudah.penunjang = Math.min(setelahPenulis.penunjang, sisa);
  return { sesudah, batas, sisa };
}

/** Compute one worker. */
export function hitungPegawai(
  p: PegawaiKredit,
  index: number,
  rows: readonly BarisAmbang[],
): HasilPegawai {
  const j = JENJANG[p.jenjang];
  const klaim = nol();
  const setelahTingkat = nol();
  const setelahPenulis = nol();
  const kegiatan: HasilKegiatan[] = [];
  (Array.isArray(p.kegiatan) ? p.kegiatan : []).forEach((k, i) => {
    if (!k || typeof k !== 'object') return;
    const h = hitungKegiatan(k, i, p);
    klaim[h.unsur] += h.klaim;
    setelahTingkat[h.unsur] += bulat(h.klaim * h.faktorTingkat);
    setelahPenulis[h.unsur] += h.diakui;
    kegiatan.push(h);
  });

  const { langkah, push } = jejak();
  push('klaim', null, klaim);
  push('tingkat', 'Pasal 11 ayat 1', setelahTingkat);
  push('penulis', 'Pasal 40 ayat 1', setelahPenulis);

  const ambang = ambangDari(p, rows);
  const akumulasi = p.akumulasi && typeof p.akumulasi === 'object' ? p.akumulasi : {};
  const penunjangSebelumnya = num(akumulasi.penunjang);
  const pen = batasiPenunjang(setelahPenulis, ambang.kenaikanPangkat, penunjangSebelumnya);
  push('penunjang', BATAS_PENUNJANG.bagian, pen.sesudah);

  const target = j ? targetTahunan(p) : null;
  const batasCapaian = target ? bulat((target.nilai * BATAS_CAPAIAN.persen) / 100) : null;
  const afterCapaian = { ...pen.sesudah };
  if (batasCapaian !== null) afterCapaian.utama = Math.min(pen.sesudah.utama, batasCapaian);
  push('capaian', BATAS_CAPAIAN.bagian, afterCapaian);

  const diakui = salin(afterCapaian);
  const total = jumlah(diakui);
  const selisihTarget = target ? bulat(diakui.utama - target.nilai) : null;
  const sebelumnya = num(akumulasi.angkaKredit);
  const pp = j?.pengembanganProfesiMinimal;
  const ppSebelumnya = num(akumulasi.pengembanganProfesi);
  const angka = (x: unknown) => (typeof x === 'number' ? x : null);

  return {
    index,
    staf: typeof p.staf === 'string' ? p.staf : String(p.staf ?? ''),
    nip: typeof p.nip === 'string' ? p.nip : null,
    kategori: p.kategori,
    jenjang: p.jenjang,
    klaim: { ...salin(klaim), total: jumlah(klaim) },
    langkah,
    target,
    batasCapaian,
    diakui: { ...diakui, total },
    selisihTarget,
    memenuhiTarget: selisihTarget !== null && selisihTarget >= 0,
    ambang,
    penunjang: {
      batas: pen.batas,
      sebelumnya: bulat(penunjangSebelumnya),
      sisa: pen.sisa,
      dipotong: bulat(setelahPenulis.penunjang - pen.sesudah.penunjang),
    },
    kumulatif: {
      sebelumnya: bulat(sebelumnya),
      total: bulat(sebelumnya + total),
      ambangPangkat: angka(ambang.kenaikanPangkat),
      ambangJenjang: angka(ambang.kenaikanJenjang),
    },
    pengembanganProfesi: pp
      ? {
          sebelumnya: bulat(ppSebelumnya),
          total: bulat(ppSebelumnya + diakui['pengembangan-profesi']),
          minimal: pp.nilai,
          bagian: pp.bagian,
        }
      : null,
    kegiatan,
  };
}

/** Compute every worker of a year's log. Pure; never throws on partial data. */
export function hitungAngkaKredit(log: LogKredit, config: KonfigurasiHitung = {}): HasilKredit {
  const rows = [...(Array.isArray(log.ambang) ? log.ambang : []), ...(config.ambang ?? [])];
  const pegawai = (Array.isArray(log.pegawai) ? log.pegawai : [])
    .map((p, i) => ({ p, i }))
    .filter(
      ({ p }) =>
        p && typeof p === 'object' && (JENJANG_KEYS as readonly string[]).includes(p.jenjang),
    )
    .map(({ p, i }) => hitungPegawai(p, i, rows));
  return { tahun: log.tahun, pegawai };
}
