/**
 * Small helpers shared by the case rules of issue 12 (rules-supervisi, rules-berkas-kasus,
 * rules-produk, rules-beban-kerja, the ATENSI stages): which cases a rule reads and where
 * a finding points.
 */
import type { DraftFinding, KasusTerdaftar, RuleContext } from '../rule.js';
import type { Kasus } from '../../model/kasus.js';
import type { Staf } from '../../model/lembaga.js';
import { isTanggal } from '../../core/tanggal.js';

/** The passing example of a case rule: the bundled clean register as it is. */
export const REGISTER_APA_ADANYA = {
  judul: 'register examples/lks-harapan-bunda apa adanya.',
  set: [],
} as const;

/** A pointer inside a case of a register. */
export function diKasus(k: KasusTerdaftar, sub = ''): DraftFinding['target'] {
  return { source: 'register', file: k.file, pointer: `${k.pointer}${sub}` };
}

/** Cases of the services offered (and kept by --layanan). */
export function kasusDiselenggarakan(ctx: RuleContext): KasusTerdaftar[] {
  return ctx.kasus.filter((k) => (ctx.layanan as readonly string[]).includes(k.kasus.layanan));
}

/** A case referred away at intake (1.2.2 f) never entered the service: no plan, supervision, product. */
export function dirujukKeluar(k: Kasus): boolean {
  return Boolean(k.tahapan?.pendekatanAwal?.rujukKeluar);
}

/** The staff member with this id, if any. */
export function cariStaf(ctx: RuleContext, id: unknown): Staf | undefined {
  return typeof id === 'string' ? ctx.lembaga.staf.find((s) => s.id === id) : undefined;
}

/** A valid ISO date, or null. */
export const tanggalSah = (s: unknown): string | null => (isTanggal(s) ? s : null);
