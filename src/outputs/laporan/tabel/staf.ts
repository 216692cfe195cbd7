/**
 * Part 2 d: the staff listed in lembaga.yaml on the report date, and the indicator "Jumlah
 * Pekerja Sosial Profesional" (seed 003). Staff are the institution's officials: counted, not
 * suppressed; no case is read.
 */
import { JENJANG_PENDIDIKAN, PERAN_STAF } from '../../../model/lembaga-schema.js';
import type { Staf } from '../../../model/lembaga.js';
import { TIDAK_DIISI } from '../kategori.js';
import type { Baris, Label, Tabel } from '../types.js';
import { B, L, type BuatPenghitung, type Keluaran, type Konteks, type TabelId } from './dasar.js';

/**
 * "Jumlah Pekerja Sosial Profesional" as the indicator's metadata defines it (seed 003, KONSEP):
 * the number of persons (UKURAN: orang) working in the institution, government or private,
 * who have the competence and profession of social work, acquired through education, training
 * and/or practice experience, and carry out service tasks. Read here as: an active staff member
 * whose role is social worker or supervisor (the social-work profession) and who shows at least
 * one of: education in social work or social welfare, a competence certificate, training, or
 * practice experience. Each person counts once, whatever the number of services they serve.
 */
export function pekerjaSosialProfesional(
  s: Staf,
): 'profesional' | 'tanpa-bukti-kompetensi' | 'bukan-pekerja-sosial' {
  if (s.peran !== 'pekerja-sosial' && s.peran !== 'supervisor') return 'bukan-pekerja-sosial';
  const bidang = s.pendidikan?.bidang ?? '';
  const pendidikan =
    /pekerjaan sosial|kesejahteraan sosial|social work|social welfare|kessos|peksos/i.test(bidang);
  const sertifikat = Boolean(s.sertifikat?.nomor);
  const pelatihan = Array.isArray(s.pelatihan) && s.pelatihan.length > 0;
  const pengalaman =
    (typeof s.pengalamanTahun === 'number' && s.pengalamanTahun > 0) ||
    (Array.isArray(s.pengalamanPraktik) && s.pengalamanPraktik.length > 0);
  return pendidikan || sertifikat || pelatihan || pengalaman
    ? 'profesional'
    : 'tanpa-bukti-kompetensi';
}

interface SpekStaf {
  id: TabelId;
  keys: readonly string[];
  /** Message prefix of the row labels; null: the key is its own label. */
  prefix: string | null;
  kunci: (s: Staf) => string;
  catatan?: Label[];
}

function hasilStaf(ctx: Konteks, spek: SpekStaf, { jejakMap }: Keluaran): Tabel {
  const { id, prefix } = spek;
  const staf = (ctx.lembaga.staf ?? []).filter(
    (s) => s.aktif !== false && (!ctx.layanan || (s.layanan ?? []).includes(ctx.layanan)),
  );
  const counts = new Map<string, string[]>([...spek.keys, TIDAK_DIISI].map((k) => [k, []]));
  for (const s of staf)
    (counts.get(spek.kunci(s)) ?? counts.get(TIDAK_DIISI)!).push(String(s.id ?? ''));
  const label = (k: string): Label =>
    k === TIDAK_DIISI ? B(TIDAK_DIISI) : prefix ? L(`${prefix}.${k}`) : { id: k, en: k };
  const baris: Baris[] = [...counts.entries()]
    .filter(([k, ids]) => ids.length > 0 || k !== TIDAK_DIISI || prefix === null)
    .map(([k, ids]) => {
      jejakMap?.set(`${id}|${k}|total`, ids);
      return { key: k, label: label(k), nilai: [ids.length] };
    });
  jejakMap?.set(
    `${id}|total|total`,
    staf.map((s) => String(s.id ?? '')),
  );
  return {
    id,
    jenis: 'rincian',
    judul: L(`laporan.tabel.${id}`),
    dasar: 'data-staf',
    satuan: 'orang',
    kolom: [{ key: 'total', label: L('laporan.kolom.orang') }],
    baris,
    total: { key: 'total', label: B('jumlah'), nilai: [staf.length] },
    ...(spek.catatan ? { catatan: spek.catatan } : {}),
  };
}

const menurutStaf =
  (spek: SpekStaf): BuatPenghitung =>
  (ctx) => ({ id: spek.id, hasil: (h) => hasilStaf(ctx, spek, h) });

export const stafPeran = menurutStaf({
  id: 'staf-peran',
  keys: PERAN_STAF,
  prefix: 'laporan.peran',
  kunci: (s) => (PERAN_STAF.includes(s.peran) ? s.peran : TIDAK_DIISI),
});

export const stafPendidikan = menurutStaf({
  id: 'staf-pendidikan',
  keys: JENJANG_PENDIDIKAN,
  prefix: null,
  kunci: (s) =>
    s.pendidikan?.jenjang && JENJANG_PENDIDIKAN.includes(s.pendidikan.jenjang)
      ? s.pendidikan.jenjang
      : TIDAK_DIISI,
});

export const indikatorPeksos = menurutStaf({
  id: 'indikator-peksos',
  keys: ['profesional', 'tanpa-bukti-kompetensi', 'bukan-pekerja-sosial'],
  prefix: 'laporan.baris',
  kunci: pekerjaSosialProfesional,
  catatan: [L('laporan.catatan.indikator')],
});
