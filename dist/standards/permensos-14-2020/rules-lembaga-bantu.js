import { isTanggal, kesegaran, sesudahHariIni } from '../../core/tanggal.js';
import { bagianPendek, diLembaga, layananRule, perLayanan, stafPointer, terisi } from './define.js';
import { LEMBAGA_APA_ADANYA, pesanDi, setel } from '../contoh.js';
import { huruf, itemBagian } from './bagian.js';
/** A finding about one element of the institution's data (at a pointer in lembaga.yaml). */
export function temuan(k, message, pointer, bagian) {
    return { message, target: { source: 'lembaga', pointer }, layanan: k, bagian };
}
/** Staff who serve: active, with the given role, working in an offered service. */
export function stafBerperan(ctx, peran) {
    return ctx.lembaga.staf
        .filter((s) => s.peran === peran && s.aktif !== false)
        .map((s) => ({ staf: s, layanan: ctx.layanan.filter((k) => (s.layanan ?? []).includes(k)) }))
        .filter((x) => x.layanan.length > 0);
}
/** Workers and supervisors (2.6.1 applies to "Pekerja Sosial"; supervisors are social workers too). */
export function pekerjaDanSupervisor(ctx) {
    return [...stafBerperan(ctx, 'pekerja-sosial'), ...stafBerperan(ctx, 'supervisor')];
}
/** Valid on `tanggal`: the date exists and is not before it. */
export function masihBerlaku(sampai, tanggal) {
    return isTanggal(sampai) && sampai >= tanggal;
}
/**
 * A date recorded as done (issued, signed, trained) that lies after "today": a typo, reported
 * as its own finding and never as "too old" or as valid.
 */
export function masaDepan(ctx, k, pointer, bidang, tgl, bagian) {
    return {
        message: 'r.tanggal.masaDepan',
        params: { bidang, tanggal: tgl, hariIni: ctx.tanggal },
        target: { source: 'lembaga', pointer },
        layanan: k,
        ...(bagian ? { bagian } : {}),
        value: tgl,
        expected: `<= ${ctx.tanggal}`,
        hint: 'r.tanggal.saran',
    };
}
/**
 * A recurring activity dated in lembaga.yaml (an evaluation, a drill, a training): nothing while
 * its date lies within `bulan` months of today; a date after today is a typo of its own
 * (`masaDepan` at `di`); an older or missing date is the finding `lama` draws (its message, its place).
 */
export function berkala(ctx, tgl, bulan, di, lama) {
    const keadaan = kesegaran(tgl, ctx.tanggal, bulan);
    if (keadaan === 'baru')
        return [];
    if (keadaan === 'masa-depan')
        return [masaDepan(ctx, di.k, di.pointer, di.bidang, tgl, di.bagian)];
    return [lama()];
}
/** An end date earlier than the start it depends on (a licence ending before it was issued). */
export function terbalik(k, pointer, bidang, tgl, acuanBidang, acuan, bagian) {
    return {
        message: 'r.tanggal.terbalik',
        params: { bidang, tanggal: tgl, acuanBidang, acuan },
        target: { source: 'lembaga', pointer },
        layanan: k,
        ...(bagian ? { bagian } : {}),
        value: tgl,
        expected: `>= ${acuan}`,
        hint: 'r.tanggal.saran',
    };
}
/** Issue date in the future, or end date before the issue date, of a licence-like document. */
export function cekTerbit(ctx, k, doc, ptr, nama, bagian) {
    if (!doc)
        return [];
    if (sesudahHariIni(doc.tanggal, ctx.tanggal))
        return [masaDepan(ctx, k, `${ptr}/tanggal`, `${nama}.tanggal`, doc.tanggal, bagian)];
    if (isTanggal(doc.tanggal) && isTanggal(doc.berlakuSampai) && doc.berlakuSampai < doc.tanggal)
        return [
            terbalik(k, `${ptr}/berlakuSampai`, `${nama}.berlakuSampai`, doc.berlakuSampai, `${nama}.tanggal`, doc.tanggal, bagian),
        ];
    return [];
}
export const BIDANG_PEKSOS = /pekerja(an)?\s*sosial|kesejahteraan\s*sosial|kessos|peksos|ilmu\s*kesejahteraan|social\s*(work|welfare)/i;
export const JENJANG_S1 = ['D4', 'S1', 'S2', 'Sp1', 'S3', 'Sp2'];
export const JENJANG_S2 = ['S2', 'Sp1', 'S3', 'Sp2'];
/** Government ownership (Identitas.kepemilikan): C 1.1.3 / D 1.1.2 give such lembaga the ministry's criteria. */
export const milikPemerintah = (ctx) => String(ctx.lembaga.lembaga?.kepemilikan ?? '').startsWith('pemerintah');
export function skRule(id, skKey, field, ringkas, opts = {}) {
    const ptr = `/layanan/rehabilitasi/sk/${field}`;
    return layananRule(id, 'error', {
        bagian: (s) => [itemBagian(s.sk, skKey)],
        summary: ringkas,
        doc: {
            id: `Membaca \`layanan.<layanan>.sk.${field}.nomor\` dan \`.tanggal\`. Setiap layanan yang diselenggarakan memerlukan SK pimpinan lembaga ini; SK tanpa nomor dianggap belum ada, SK bertanggal sesudah --tanggal belum berlaku (kemungkinan salah ketik). \`lembaga sop --sk\` membuat templatnya.${opts.docTambahan ? ' ' + opts.docTambahan.id : ''}`,
            en: `Reads \`layanan.<service>.sk.${field}.nomor\` and \`.tanggal\`. Every service offered needs this decree of the head; one without a number counts as missing, one dated after --tanggal is not yet in force (most likely a typo). \`lembaga sop --sk\` writes a template.${opts.docTambahan ? ' ' + opts.docTambahan.en : ''}`,
        },
        contoh: opts.contoh ?? {
            gagal: setel('SK dihapus dari layanan rehabilitasi.', ptr, undefined),
            lulus: LEMBAGA_APA_ADANYA,
            ...(opts.barisTanggal
                ? {
                    batas: {
                        gagal: [
                            setel('SK bertanggal besok (2026-11-26): belum berlaku.', `${ptr}/tanggal`, '2026-11-26', pesanDi(`layanan.rehabilitasi.sk.${field}.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?`, `lembaga.yaml:${opts.barisTanggal}`)),
                        ],
                        lulus: [
                            setel('SK bertanggal hari ini (2026-11-25).', `${ptr}/tanggal`, '2026-11-25'),
                        ],
                    },
                }
                : {}),
        },
        check: (ctx) => perLayanan(ctx, (k, s, lay) => {
            if (opts.dikecualikan?.(ctx, k))
                return [];
            const sk = lay.sk?.[field];
            if (terisi(sk?.nomor)) {
                if (sesudahHariIni(sk?.tanggal, ctx.tanggal))
                    return [
                        masaDepan(ctx, k, `/layanan/${k}/sk/${field}/tanggal`, `layanan.${k}.sk.${field}.tanggal`, sk.tanggal),
                    ];
                return [];
            }
            return [
                {
                    message: `r.sk.${field}`,
                    params: { layanan: s.nama },
                    ...diLembaga(k, `/layanan/${k}/sk/${field}`),
                    hint: 'r.sk.saran',
                },
            ];
        }),
    });
}
/** The clause of a staff qualification for this member's role (workers 2.3.1, supervisors 2.3.2). */
export function bagianStaf(s, staf, key) {
    return bagianPendek(huruf(s, staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial', key));
}
/** Pointer of a field of a staff entry in lembaga.yaml, or of the entry while the field is absent. */
export function stafBidang(l, staf, field) {
    return `${stafPointer(l, staf)}${staf[field] ? `/${field}` : ''}`;
}
