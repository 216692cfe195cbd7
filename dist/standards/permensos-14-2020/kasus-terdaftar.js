import { isTanggal } from '../../core/tanggal.js';
/** The passing example of a case rule: the bundled clean register as it is. */
export const REGISTER_APA_ADANYA = {
    judul: 'register examples/lks-harapan-bunda apa adanya.',
    set: [],
};
/** A pointer inside a case of a register. */
export function diKasus(k, sub = '') {
    return { source: 'register', file: k.file, pointer: `${k.pointer}${sub}` };
}
/** Cases of the services offered (and kept by --layanan). */
export function kasusDiselenggarakan(ctx) {
    return ctx.kasus.filter((k) => ctx.layanan.includes(k.kasus.layanan));
}
/** A case referred away at intake (1.2.2 f) never entered the service: no plan, supervision, product. */
export function dirujukKeluar(k) {
    return Boolean(k.tahapan?.pendekatanAwal?.rujukKeluar);
}
/** The staff member with this id, if any. */
export function cariStaf(ctx, id) {
    return typeof id === 'string' ? ctx.lembaga.staf.find((s) => s.id === id) : undefined;
}
/** A valid ISO date, or null. */
export const tanggalSah = (s) => (isTanggal(s) ? s : null);
