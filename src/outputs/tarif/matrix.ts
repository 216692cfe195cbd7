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
import type { Dokumen, Lembaga, BarisTarifNilai } from '../../model/lembaga.js';
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
  lembaga: {
    nama: string;
    kota: string | null;
    alamat: string | null;
    pimpinan: { nama: string | null; jabatan: string | null; nip: string | null };
  };
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
  const known = new Map<string, readonly DurasiKey[]>();

  for (const b of standar.tarif.baris) {
    known.set(b.key, b.durasi);
    const v = values[b.key];
    const adaNilai =
      v !== undefined &&
      Object.values(v).some((d) => d && Object.values(d).some((x) => amount(x) !== null));
    // 1.4.4 marks penjangkauan and rujukan "(opsional)": only offered rows need amounts.
    const diselenggarakan = !b.opsional || opsionalDitawarkan.has(b.key) || adaNilai;
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
    if (diselenggarakan) {
      let gap = false;
      for (const r of baris)
        for (const t of TINGKAT_KEYS)
          if (r.nilai[t] === null) {
            gap = true;
            celah.push({
              layanan,
              key: b.key,
              nomor: b.nomor,
              label: b.label,
              durasi: r.durasi,
              tingkat: t,
            });
          }
      if (gap) ket.push('belum-lengkap');
    }
    const induk = b.nomor.split('.')[0] ?? b.nomor;
    const item: ItemMatriks = {
      nomor: b.nomor,
      key: b.key,
      label: b.label,
      labelEn: b.labelEn,
      opsional: b.opsional,
      diselenggarakan,
      baris,
      ket,
    };
    const last = kelompok[kelompok.length - 1];
    if (last && last.nomor === induk) last.items.push(item);
    else kelompok.push({ nomor: induk, items: [item] });
  }

  const tidakDikenal: TarifTidakDikenal[] = [];
  for (const [key, per] of Object.entries(values)) {
    const durasi = known.get(key);
    if (!durasi) {
      tidakDikenal.push({ key, durasi: null, path: `/layanan/${layanan}/tarif/${key}` });
      continue;
    }
    for (const d of Object.keys(per ?? {}))
      if (!durasi.includes(d as DurasiKey))
        tidakDikenal.push({ key, durasi: d, path: `/layanan/${layanan}/tarif/${key}/${d}` });
  }

  const id = lembaga.lembaga ?? ({} as Lembaga['lembaga']);
  return {
    layanan,
    huruf: standar.huruf,
    judul: standar.tarif.judul,
    nama: standar.nama,
    namaEn: standar.namaEn,
    bagianMatriks: `Lampiran ${standar.huruf} angka ${standar.tarif.matriks.angka}`,
    bagianSk: `Lampiran ${standar.huruf} angka ${standar.tarif.sk.angka}`,
    lembaga: {
      nama: id.nama ?? '',
      kota: id.kota ?? null,
      alamat: id.alamat ?? null,
      pimpinan: {
        nama: id.pimpinan?.nama ?? null,
        jabatan: id.pimpinan?.jabatan ?? null,
        nip: id.pimpinan?.nip ?? null,
      },
    },
    sk: cfg.sk?.tarif ?? null,
    sumber: nilai ? 'hitung' : 'sk',
    kelompok,
    celah,
    tidakDikenal,
  };
}

/** Number of rows the matrix occupies (one per duration of each item). */
export function jumlahBaris(m: TarifMatrix): number {
  return m.kelompok.reduce((n, k) => n + k.items.reduce((s, i) => s + i.baris.length, 0), 0);
}
