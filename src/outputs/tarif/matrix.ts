/**
 * The tariff matrix of one service (Permensos 14/2020 Lampiran A–E angka 1.4.4) as data.
 *
 * The rows are the service's own rows from the catalogue (`STANDAR[layanan].tarif.baris`),
 * already numbered cleanly there (docs/domain.md: the text's numbering is ragged — B has two
 * rows "3." — and "Asesmen 5 tahap" is one priced item). Columns are the three tariff tiers
 * of the matrix (Tingkat I/Dasar, II/Spesialis, III/Sub Spesialis), which are not C's
 * rehabilitation levels (dasar/lanjut, 1.2.5 a/b).
 *
 * A missing amount is a gap (`null`) and is listed in `celah`, never turned into zero:
 * the SK of 1.4.3 must fix every amount the lembaga charges.
 */
import {
  kopLembaga,
  type BarisTarifNilai,
  type Dokumen,
  type KopLembaga,
  type Lembaga,
} from '../../model/lembaga.js';
import type { DurasiKey, LayananKey, StandarLayanan, TingkatKey } from '../../standards/types.js';
import { TINGKAT_KEYS } from '../../standards/types.js';

/** One duration row of an item: an amount per tier, `null` = gap. */
export interface BarisMatriks {
  durasi: DurasiKey;
  nilai: Record<TingkatKey, number | null>;
}

/** Remarks shown in the KET column (translated by the renderers). */
export type KetTarif = 'opsional' | 'tidak-diselenggarakan' | 'belum-lengkap';

/** One priced item (e.g. "2.1 Penyuluhan sosial") with its duration rows. */
export interface ItemMatriks {
  nomor: string;
  key: string;
  label: string;
  labelEn: string;
  opsional: boolean;
  /** False for an optional row (penjangkauan, rujukan) the lembaga does not offer. */
  diselenggarakan: boolean;
  baris: BarisMatriks[];
  ket: KetTarif[];
}

/** Items sharing one number in the NO column (the interventions share "2", C has "3" and "4"). */
export interface KelompokMatriks {
  nomor: string;
  items: ItemMatriks[];
}

/** A missing amount. */
export interface CelahTarif {
  layanan: LayananKey;
  key: string;
  nomor: string;
  label: string;
  durasi: DurasiKey;
  tingkat: TingkatKey;
}

/** An amount in lembaga.yaml that matches no row or duration of this service's matrix. */
export interface TarifTidakDikenal {
  key: string;
  durasi: string | null;
  /** Pointer into lembaga.yaml, for the message. */
  path: string;
}

export interface TarifMatrix {
  layanan: LayananKey;
  huruf: StandarLayanan['huruf'];
  judul: string;
  nama: string;
  namaEn: string;
  /** "Lampiran A angka 1.4.4" */
  bagianMatriks: string;
  bagianSk: string;
  lembaga: KopLembaga;
  /** SK tarif (1.4.3), if recorded. */
  sk: Dokumen | null;
  /** Where the amounts come from: the lembaga's SK values, or computed (`--hitung`). */
  sumber: 'sk' | 'hitung';
  kelompok: KelompokMatriks[];
  celah: CelahTarif[];
  tidakDikenal: TarifTidakDikenal[];
}

/** Amounts must be finite and not negative; anything else is a gap. */
function amount(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

type BarisKatalog = StandarLayanan['tarif']['baris'][number];

/**
 * Build the matrix of one service. `nilai` overrides the amounts of lembaga.yaml (used with
 * `--hitung`, when the amounts are computed from `dasarTarif`).
 */
export function buildTarifMatrix(
  lembaga: Lembaga,
  standar: StandarLayanan,
  layanan: LayananKey,
  nilai?: Record<string, BarisTarifNilai>,
): TarifMatrix {
  const cfg = lembaga.layanan?.[layanan] ?? {};
  const values: Record<string, BarisTarifNilai> = nilai ?? cfg.tarif ?? {};
  const opsionalDitawarkan = new Set(cfg.barisOpsional ?? []);
  const celah: CelahTarif[] = [];
  const kelompok: KelompokMatriks[] = [];
  for (const b of standar.tarif.baris) {
    const item = itemMatriks(b, values[b.key], opsionalDitawarkan.has(b.key));
    const gaps = celahItem(layanan, b, item);
    if (gaps.length) item.ket.push('belum-lengkap');
    celah.push(...gaps);
    const induk = b.nomor.split('.')[0] ?? b.nomor;
    const last = kelompok[kelompok.length - 1];
    if (last && last.nomor === induk) last.items.push(item);
    else kelompok.push({ nomor: induk, items: [item] });
  }
  return {
    layanan,
    huruf: standar.huruf,
    judul: standar.tarif.judul,
    nama: standar.nama,
    namaEn: standar.namaEn,
    bagianMatriks: `Lampiran ${standar.huruf} angka ${standar.tarif.matriks.angka}`,
    bagianSk: `Lampiran ${standar.huruf} angka ${standar.tarif.sk.angka}`,
    lembaga: kopLembaga(lembaga),
    sk: cfg.sk?.tarif ?? null,
    sumber: nilai ? 'hitung' : 'sk',
    kelompok,
    celah,
    tidakDikenal: tarifTidakDikenal(standar, layanan, values),
  };
}

/** One priced item: an amount per duration and tier; whether it is offered; its remarks. */
function itemMatriks(
  b: BarisKatalog,
  v: BarisTarifNilai | undefined,
  ditawarkan: boolean,
): ItemMatriks {
  const adaNilai =
    v !== undefined &&
    Object.values(v).some((d) => d && Object.values(d).some((x) => amount(x) !== null));
  // 1.4.4 marks penjangkauan and rujukan "(opsional)": only offered rows need amounts.
  const diselenggarakan = !b.opsional || ditawarkan || adaNilai;
  const baris: BarisMatriks[] = b.durasi.map((durasi) => {
    const per = v?.[durasi] ?? {};
    const row = Object.fromEntries(TINGKAT_KEYS.map((t) => [t, amount(per[t])])) as Record<
      TingkatKey,
      number | null
    >;
    return { durasi, nilai: row };
  });
  const ket: KetTarif[] = [];
  if (b.opsional) ket.push(diselenggarakan ? 'opsional' : 'tidak-diselenggarakan');
  return {
    nomor: b.nomor,
    key: b.key,
    label: b.label,
    labelEn: b.labelEn,
    opsional: b.opsional,
    diselenggarakan,
    baris,
    ket,
  };
}

/** The missing amounts of an offered item (none for an item not offered). */
function celahItem(layanan: LayananKey, b: BarisKatalog, item: ItemMatriks): CelahTarif[] {
  if (!item.diselenggarakan) return [];
  return item.baris.flatMap((r) =>
    TINGKAT_KEYS.filter((t) => r.nilai[t] === null).map((tingkat) => ({
      layanan,
      key: b.key,
      nomor: b.nomor,
      label: b.label,
      durasi: r.durasi,
      tingkat,
    })),
  );
}

/** Amounts in lembaga.yaml for a row or a duration this service's matrix does not have. */
function tarifTidakDikenal(
  standar: StandarLayanan,
  layanan: LayananKey,
  values: Record<string, BarisTarifNilai>,
): TarifTidakDikenal[] {
  const known = new Map<string, readonly DurasiKey[]>(
    standar.tarif.baris.map((b) => [b.key, b.durasi]),
  );
  const out: TarifTidakDikenal[] = [];
  for (const [key, per] of Object.entries(values)) {
    const durasi = known.get(key);
    if (!durasi) {
      out.push({ key, durasi: null, path: `/layanan/${layanan}/tarif/${key}` });
      continue;
    }
    for (const d of Object.keys(per ?? {}))
      if (!durasi.includes(d as DurasiKey))
        out.push({ key, durasi: d, path: `/layanan/${layanan}/tarif/${key}/${d}` });
  }
  return out;
}

/** Number of rows the matrix occupies (one per duration of each item). */
export function jumlahBaris(m: TarifMatrix): number {
  return m.kelompok.reduce((n, k) => n + k.items.reduce((s, i) => s + i.baris.length, 0), 0);
}
