/**
 * Small helpers shared by the case rules of issue 12 (rules-supervisi, rules-berkas-kasus,
 * rules-produk, rules-beban-kerja, the ATENSI stages): which cases a rule reads and where
 * a finding points.
 */
import type { DraftFinding, KasusTerdaftar, RuleContext } from '../rule.js';
import type { Kasus, Kegiatan } from '../../model/kasus.js';
import type { Staf } from '../../model/lembaga.js';
import type { StandarLayanan } from '../types.js';
import { isTanggal } from '../../core/tanggal.js';
import { didYouMean } from '../../core/mirip.js';

/** A pointer inside a case of a register. */
export function diKasus(k: KasusTerdaftar, sub = ''): DraftFinding['target'] {
  return { source: 'register', file: k.file, pointer: `${k.pointer}${sub}` };
}

/** Where a case finding points and which case it concerns (rules cited by Pasal). */
export function diKasusNomor(k: KasusTerdaftar, sub = ''): Pick<DraftFinding, 'target' | 'kasus'> {
  return { target: diKasus(k, sub), kasus: k.kasus.nomor };
}

/** Where a case finding points, which case and which service (its Lampiran letter) it concerns. */
export function diKasusLayanan(
  k: KasusTerdaftar,
  sub = '',
): Pick<DraftFinding, 'target' | 'layanan' | 'kasus'> {
  return { target: diKasus(k, sub), layanan: k.kasus.layanan, kasus: k.kasus.nomor };
}

/** Cases of the services offered (and kept by --layanan). */
export function kasusDiselenggarakan(ctx: RuleContext): KasusTerdaftar[] {
  return ctx.kasus.filter((k) => (ctx.layanan as readonly string[]).includes(k.kasus.layanan));
}

/** Every case of an offered service with its service standard, and the findings `fn` draws from it. */
export function perKasus(
  ctx: RuleContext,
  fn: (k: KasusTerdaftar, s: StandarLayanan) => DraftFinding[],
): DraftFinding[] {
  return kasusDiselenggarakan(ctx).flatMap((k) => fn(k, ctx.standar[k.kasus.layanan]));
}

/** Every recorded activity of a case (with its index) and the findings `fn` draws from it. */
export function perKegiatan(
  k: KasusTerdaftar,
  fn: (g: Kegiatan, i: number) => DraftFinding[],
): DraftFinding[] {
  return (k.kasus.kegiatan ?? []).flatMap(fn);
}

/** The earliest of the intake and agreement dates: the case's first contact (Pasal 6 ayat 1). */
export function tanggalAwal(k: Kasus): string | undefined {
  return [k.tahapan.pendekatanAwal?.tanggal, k.tahapan.pendekatanAwal?.kesepakatan]
    .filter(isTanggal)
    .sort()[0];
}

/** The message with "Maksud Anda …?" and its guess when a key is close to the typo, the plain one otherwise. */
export function saranAtau(
  key: string,
  word: string,
  keys: readonly string[],
): { message: string; saran: string | null } {
  const saran = didYouMean(word, keys);
  return { message: saran ? key : `${key}TanpaSaran`, saran };
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
