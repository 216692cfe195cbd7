/** Shared helpers of the institution-level rules (findings at a pointer, dates against today, SK rules). */
import type { DraftFinding, Rule, RuleContext } from '../rule.js';
import type { LayananKey, StandarLayanan } from '../types.js';
import type { Lembaga, Staf } from '../../model/lembaga.js';
import { isTanggal, kesegaran, sesudahHariIni } from '../../core/tanggal.js';
import { bagianPendek, diLembaga, layananRule, perLayanan, stafPointer, terisi } from './define.js';
import { LEMBAGA_APA_ADANYA, pesanDi, setel } from '../contoh.js';
import { huruf, itemBagian } from './bagian.js';

/** A finding about one element of the institution's data (at a pointer in lembaga.yaml). */
export function temuan(
  k: LayananKey,
  message: string,
  pointer: string,
  bagian: string,
): DraftFinding {
  return { message, target: { source: 'lembaga', pointer }, layanan: k, bagian };
}

/** Staff who serve: active, with the given role, working in an offered service. */
export function stafBerperan(
  ctx: RuleContext,
  peran: Staf['peran'],
): { staf: Staf; layanan: LayananKey[] }[] {
  return ctx.lembaga.staf
    .filter((s) => s.peran === peran && s.aktif !== false)
    .map((s) => ({ staf: s, layanan: ctx.layanan.filter((k) => (s.layanan ?? []).includes(k)) }))
    .filter((x) => x.layanan.length > 0);
}

/** Workers and supervisors (2.6.1 applies to "Pekerja Sosial"; supervisors are social workers too). */
export function pekerjaDanSupervisor(ctx: RuleContext) {
  return [...stafBerperan(ctx, 'pekerja-sosial'), ...stafBerperan(ctx, 'supervisor')];
}

/** Valid on `tanggal`: the date exists and is not before it. */
export function masihBerlaku(sampai: unknown, tanggal: string): boolean {
  return isTanggal(sampai) && sampai >= tanggal;
}

/**
 * A date recorded as done (issued, signed, trained) that lies after "today": a typo, reported
 * as its own finding and never as "too old" or as valid.
 */
export function masaDepan(
  ctx: RuleContext,
  k: LayananKey | undefined,
  pointer: string,
  bidang: string,
  tgl: string,
  bagian?: string,
): DraftFinding {
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
export function berkala(
  ctx: RuleContext,
  tgl: string | undefined,
  bulan: number,
  di: { k: LayananKey | undefined; pointer: string; bidang: string; bagian?: string },
  lama: () => DraftFinding,
): DraftFinding[] {
  const keadaan = kesegaran(tgl, ctx.tanggal, bulan);
  if (keadaan === 'baru') return [];
  if (keadaan === 'masa-depan')
    return [masaDepan(ctx, di.k, di.pointer, di.bidang, tgl!, di.bagian)];
  return [lama()];
}

/** An end date earlier than the start it depends on (a licence ending before it was issued). */
export function terbalik(
  k: LayananKey | undefined,
  pointer: string,
  bidang: string,
  tgl: string,
  acuanBidang: string,
  acuan: string,
  bagian?: string,
): DraftFinding {
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
export function cekTerbit(
  ctx: RuleContext,
  k: LayananKey | undefined,
  doc: { tanggal?: unknown; berlakuSampai?: unknown } | undefined,
  ptr: string,
  nama: string,
  bagian?: string,
): DraftFinding[] {
  if (!doc) return [];
  if (sesudahHariIni(doc.tanggal, ctx.tanggal))
    return [masaDepan(ctx, k, `${ptr}/tanggal`, `${nama}.tanggal`, doc.tanggal, bagian)];
  if (isTanggal(doc.tanggal) && isTanggal(doc.berlakuSampai) && doc.berlakuSampai < doc.tanggal)
    return [
      terbalik(
        k,
        `${ptr}/berlakuSampai`,
        `${nama}.berlakuSampai`,
        doc.berlakuSampai,
        `${nama}.tanggal`,
        doc.tanggal,
        bagian,
      ),
    ];
  return [];
}

export const BIDANG_PEKSOS =
  /pekerja(an)?\s*sosial|kesejahteraan\s*sosial|kessos|peksos|ilmu\s*kesejahteraan|social\s*(work|welfare)/i;
export const JENJANG_S1 = ['D4', 'S1', 'S2', 'Sp1', 'S3', 'Sp2'];
export const JENJANG_S2 = ['S2', 'Sp1', 'S3', 'Sp2'];

/** Government ownership (Identitas.kepemilikan): C 1.1.3 / D 1.1.2 give such lembaga the ministry's criteria. */
export const milikPemerintah = (ctx: RuleContext): boolean =>
  String(ctx.lembaga.lembaga?.kepemilikan ?? '').startsWith('pemerintah');

export function skRule(
  id: string,
  skKey: 'kriteria-klien' | 'tarif' | 'pengaduan',
  field: 'kriteriaKlien' | 'tarif' | 'pengaduan',
  ringkas: { id: string; en: string },
  opts: {
    /** Services for which this lembaga needs no SK of its own. */
    dikecualikan?: (ctx: RuleContext, k: LayananKey) => boolean;
    docTambahan?: { id: string; en: string };
    contoh?: Rule['contoh'];
    /**
     * Line of the rehabilitation SK's date in the example lembaga.yaml: the default examples then
     * add the boundary (an SK dated tomorrow fails there, one dated today passes).
     */
    barisTanggal?: number;
  } = {},
): Rule {
  const ptr = `/layanan/rehabilitasi/sk/${field}`;
  return layananRule(id, 'error', {
    bagian: (s) => [itemBagian(s.sk, skKey)!],
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
                setel(
                  'SK bertanggal besok (2026-11-26): belum berlaku.',
                  `${ptr}/tanggal`,
                  '2026-11-26',
                  pesanDi(
                    `layanan.rehabilitasi.sk.${field}.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?`,
                    `lembaga.yaml:${opts.barisTanggal}`,
                  ),
                ),
              ],
              lulus: [
                setel('SK bertanggal hari ini (2026-11-25).', `${ptr}/tanggal`, '2026-11-25'),
              ],
            },
          }
        : {}),
    },
    check: (ctx) =>
      perLayanan(ctx, (k, s, lay) => {
        if (opts.dikecualikan?.(ctx, k)) return [];
        const sk = lay.sk?.[field];
        if (terisi(sk?.nomor)) {
          if (sesudahHariIni(sk?.tanggal, ctx.tanggal))
            return [
              masaDepan(
                ctx,
                k,
                `/layanan/${k}/sk/${field}/tanggal`,
                `layanan.${k}.sk.${field}.tanggal`,
                sk.tanggal,
              ),
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
export function bagianStaf(s: StandarLayanan, staf: Staf, key: string): string {
  return bagianPendek(huruf(s, staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial', key));
}

/** Pointer of a field of a staff entry in lembaga.yaml, or of the entry while the field is absent. */
export function stafBidang(l: Lembaga, staf: Staf, field: keyof Staf): string {
  return `${stafPointer(l, staf)}${staf[field] ? `/${field}` : ''}`;
}
