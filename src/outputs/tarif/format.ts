/** Labels and number formats shared by the tariff renderers. */
import type { Bahasa, Translate } from '../../i18n/index.js';
import type { DurasiKey } from '../../standards/types.js';
import type { HasilHitung } from '../../standards/permensos-14-2020/hitung-tarif.js';
import type { ItemMatriks, TarifMatrix } from './matrix.js';
import type { KuotaProBono } from '../../standards/permensos-14-2020/probono.js';

/** Everything `lembaga tarif` renders. */
export interface HasilTarif {
  matriks: TarifMatrix[];
  /** Computations per service (`--hitung`). */
  perhitungan: Partial<Record<TarifMatrix['layanan'], HasilHitung>>;
  proBono: KuotaProBono | null;
  /** `--jelaskan`: show how each amount was reached. */
  jelaskan: boolean;
}

export interface RenderOptions {
  t: Translate;
  bahasa: Bahasa;
}

/** "1 jam", "2 jam", "> 2 jam", "5 tahap" — the Lampiran's own wording. */
export function labelDurasi(d: DurasiKey, t: Translate): string {
  return t(`tarif.durasi.${d}`);
}

/** "2.1 Penyuluhan sosial", "Penjangkauan (opsional)" — number shown where the item is a sub-item. */
export function labelItem(i: ItemMatriks, o: RenderOptions): string {
  const label = o.bahasa === 'en' ? i.labelEn : i.label;
  const nomor = i.nomor.includes('.') ? `${i.nomor} ` : '';
  return `${nomor}${label}${i.opsional ? ' ' + o.t('tarif.opsional') : ''}`;
}

/** KET text of an item. */
export function ketItem(i: ItemMatriks, t: Translate): string {
  return i.ket.map((k) => t(`tarif.ket.${k}`)).join('; ');
}

/** Service name in the chosen language. */
export function namaLayanan(m: TarifMatrix, o: RenderOptions): string {
  return o.bahasa === 'en' ? m.namaEn : m.nama;
}

/** Title: "Matriks Tarif Jasa Pencegahan Disfungsi Sosial" (the Lampiran's own caption). */
export function judulMatriks(m: TarifMatrix, o: RenderOptions): string {
  return o.bahasa === 'en' ? o.t('tarif.judulEn', { layanan: m.namaEn }) : m.judul;
}

/** "SK Pimpinan Nomor 12/SK/2025 tanggal 2025-01-02", or a note that it is not recorded. */
export function keteranganSk(m: TarifMatrix, t: Translate): string {
  if (!m.sk?.nomor) return t('tarif.skBelumAda', { bagian: m.bagianSk });
  return m.sk.tanggal
    ? t('tarif.skNomorTanggal', { nomor: m.sk.nomor, tanggal: m.sk.tanggal })
    : t('tarif.skNomor', { nomor: m.sk.nomor });
}
