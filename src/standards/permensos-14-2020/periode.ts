/**
 * The service period of a case (Permensos 14/2020 Lampiran 1.3): one definition for
 * the time-limit rule and the annual report, so they never disagree.
 */
import type { Kasus } from '../../model/kasus.js';
import { isTanggal } from '../../core/tanggal.js';

const tanggalSah = (s: unknown): string | null => (isTanggal(s) ? s : null);
const minTanggal = (a: string, b: string): string => (a < b ? a : b);
const maxTanggal = (a: string, b: string): string => (a > b ? a : b);

export interface Periode {
  mulai: string;
  /** null = still open. */
  akhir: string | null;
  mulaiDiduga: boolean;
  akhirDiduga: boolean;
}

/** Every date a case records, for the fallbacks below. */
function tanggalTercatat(k: Kasus): string[] {
  const t = k.tahapan ?? {};
  const out: string[] = [];
  const push = (s: unknown) => {
    const d = tanggalSah(s);
    if (d) out.push(d);
  };
  push(t.pendekatanAwal?.tanggal);
  push(t.pendekatanAwal?.kesepakatan);
  push(t.pendekatanAwal?.rujukKeluar?.tanggal);
  push(t.asesmen?.tanggal);
  push(t.perencanaan?.tanggal);
  push(t.intervensi?.mulai);
  push(t.intervensi?.selesai);
  push(t.evaluasi?.tanggal);
  push(t.rujukan?.tanggal);
  push(t.terminasi?.tanggal);
  for (const g of k.kegiatan ?? []) push(g.tanggal);
  return out;
}

/**
 * The service period. Start: agreement date (1.2.2 e), else first contact (or the reverse
 * with `mulaiJangkaWaktu: pendekatan-awal`), else the earliest date recorded. End: the date of
 * the stage the status names; for a closed case without it, the latest date recorded.
 */
export function periodeLayanan(
  k: Kasus,
  mulaiDari: 'kesepakatan' | 'pendekatan-awal' = 'kesepakatan',
): Periode | null {
  const pa = k.tahapan?.pendekatanAwal;
  const kes = tanggalSah(pa?.kesepakatan);
  const awal = tanggalSah(pa?.tanggal);
  let mulai = mulaiDari === 'kesepakatan' ? (kes ?? awal) : (awal ?? kes);
  let mulaiDiduga = false;
  let semua: string[] | null = null;
  if (!mulai) {
    semua = tanggalTercatat(k);
    if (semua.length === 0) return null;
    mulai = semua.reduce(minTanggal);
    mulaiDiduga = true;
  }
  const t = k.tahapan ?? {};
  let akhir: string | null = null;
  let akhirDiduga = false;
  if (k.status !== 'aktif') {
    if (k.status === 'selesai') akhir = tanggalSah(t.terminasi?.tanggal);
    else if (k.status === 'dirujuk')
      akhir = tanggalSah(t.rujukan?.tanggal) ?? tanggalSah(pa?.rujukKeluar?.tanggal);
    else akhir = tanggalSah(t.terminasi?.tanggal) ?? tanggalSah(t.evaluasi?.tanggal);
    if (!akhir) {
      semua ??= tanggalTercatat(k);
      akhir = semua.length ? semua.reduce(maxTanggal) : mulai;
      akhirDiduga = true;
    }
    if (akhir < mulai) akhir = mulai;
  }
  return { mulai, akhir, mulaiDiduga, akhirDiduga };
}
