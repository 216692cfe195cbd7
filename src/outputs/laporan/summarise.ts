/**
 * `summariseYear`: every figure of the annual report, computed in one pass over the cases
 * (Lampiran 2.6.2 g Permensos 14/2020; structure of Pasal 34 ayat 2 and 3). Pure: no file
 * system, no terminal. Each table has its own counter (tabel/*.ts); this driver reads every
 * case once and hands it, its activities and its complaints to all of them. Memory stays flat:
 * counters keep counts, and numbers (durations) only where a median needs them; register
 * numbers are kept only for the trace workbook (`jejak`).
 *
 * Which cases count in year Y: a case's service period starts on the agreement date of
 * pendekatan awal (1.2.2 e; `pengaturan.mulaiJangkaWaktu: pendekatan-awal` uses the first
 * contact instead) and ends on the date of the stage its status names (terminasi,
 * rujukan, berhenti); an active case is open. A case counts in Y when that period
 * overlaps Y. Activities and complaints count by their own date, referrals by the
 * referral date, staff as listed in lembaga.yaml on the report date.
 */
import { periodeLayanan } from '../../standards/permensos-14-2020/periode.js';
import type { Kasus } from '../../model/kasus.js';
import type { Lembaga } from '../../model/lembaga.js';
import type { Finding } from '../../core/finding.js';
import type { LayananKey } from '../../standards/types.js';
import type {
  Identitas,
  Kolom,
  LaporanTahunan,
  SummariseOptions,
  Tabel,
  TemuanTerbuka,
} from './types.js';
import { tekanPublik, terbitkanTemuan } from './publik.js';
import { tanggalSah } from './tanggal.js';
import { aspekAspek, dariLogKredit, daftarObjek, berlaku } from './aspek.js';
import {
  L,
  buatKonteks,
  type KasusSah,
  type KasusTahun,
  type KegiatanSah,
  type Keluaran,
  type PengaduanSah,
  type Konteks,
  type Penghitung,
} from './tabel/dasar.js';
import { SEMUA_PENGHITUNG } from './tabel/daftar.js';

export { pekerjaSosialProfesional } from './tabel/staf.js';

const AMBANG_PUBLIK = 5;

/** Data-quality notes: how many cases had a missing or odd date, and which (trace only). */
class Catatan {
  readonly map = new Map<string, { jumlah: number; kasus: string[] }>();
  constructor(private readonly jejak: boolean) {}
  catat(key: string, nomor: string): void {
    let c = this.map.get(key);
    if (!c) this.map.set(key, (c = { jumlah: 0, kasus: [] }));
    c.jumlah++;
    if (this.jejak) c.kasus.push(nomor);
  }
  daftar(): LaporanTahunan['catatanData'] {
    return [...this.map.entries()].map(([key, c]) => ({ key, jumlah: c.jumlah, kasus: c.kasus }));
  }
}

/** The counters' visit steps, gathered once: the loop calls only those a counter has. */
function langkahPenghitung(hs: readonly Penghitung[]) {
  const ambil = <K extends keyof Penghitung>(k: K) =>
    hs.flatMap((h) => {
      const f = h[k];
      return typeof f === 'function' ? [(f as (e: never) => void).bind(h)] : [];
    });
  return {
    kasus: ambil('tambahKasus') as ((x: KasusSah) => void)[],
    kasusTahun: ambil('tambahKasusTahun') as ((x: KasusTahun) => void)[],
    kegiatan: ambil('tambahKegiatan') as ((e: KegiatanSah) => void)[],
    pengaduan: ambil('tambahPengaduan') as ((e: PengaduanSah) => void)[],
  };
}

/** Reads the cases once and feeds every counter. */
class Pembaca {
  /** Services with a case counted in the year. */
  readonly adaKasus: boolean[];
  private readonly langkah: ReturnType<typeof langkahPenghitung>;
  constructor(
    private readonly ctx: Konteks,
    hs: readonly Penghitung[],
    private readonly catatan: Catatan,
    private readonly mulaiDari: 'kesepakatan' | 'pendekatan-awal',
  ) {
    this.adaKasus = ctx.svc.map(() => false);
    this.langkah = langkahPenghitung(hs);
  }

  baca(k: Kasus): void {
    const c = this.ctx.svc.indexOf(k.layanan);
    const nomor = String(k.nomor ?? '');
    if (c < 0) return this.catatan.catat('layanan-tidak-dikenal', nomor);
    const p = periodeLayanan(k, this.mulaiDari);
    if (!p) return this.catatan.catat('tanpa-tanggal', nomor);
    const x: KasusSah = { k, c, nomor, p };
    for (const f of this.langkah.kasus) f(x);
    this.kegiatan(x);
    this.pengaduan(x);
    const { mulaiTahun, akhirTahun } = this.ctx;
    // The case itself counts in Y when its service period overlaps Y.
    if (p.mulai > akhirTahun || (p.akhir !== null && p.akhir < mulaiTahun)) return;
    this.adaKasus[c] = true;
    if (p.mulaiDiduga) this.catatan.catat('mulai-diduga', nomor);
    if (p.akhirDiduga) this.catatan.catat('akhir-diduga', nomor);
    const xt: KasusTahun = { k, c, nomor, p, tutup: p.akhir !== null && p.akhir <= akhirTahun };
    for (const f of this.langkah.kasusTahun) f(xt);
  }

  private tahunIni(d: string): boolean {
    return d >= this.ctx.mulaiTahun && d <= this.ctx.akhirTahun;
  }

  /** Activities count by their own dates, whatever the case's period. */
  private kegiatan(x: KasusSah): void {
    for (const g of x.k.kegiatan ?? []) {
      const d = tanggalSah(g.tanggal);
      if (!d) {
        const kosong = g.tanggal === undefined || g.tanggal === null || String(g.tanggal) === '';
        this.catatan.catat(kosong ? 'kegiatan-tanpa-tanggal' : 'kegiatan-tanggal-salah', x.nomor);
        continue;
      }
      const e: KegiatanSah = { g, d, ini: this.tahunIni(d), x };
      for (const f of this.langkah.kegiatan) f(e);
    }
  }

  /** Complaints count by their own dates too. */
  private pengaduan(x: KasusSah): void {
    for (const a of x.k.pengaduan ?? []) {
      const d = tanggalSah(a.tanggal);
      if (!d) {
        this.catatan.catat('pengaduan-tanpa-tanggal', x.nomor);
        continue;
      }
      const e: PengaduanSah = { a, d, s: tanggalSah(a.selesai), ini: this.tahunIni(d), x };
      for (const f of this.langkah.pengaduan) f(e);
    }
  }
}

/**
 * The columns shown: services offered, plus services with cases or anything counted (never
 * silently dropped); only the one service with `--layanan`.
 */
function kolomLaporan(
  ctx: Konteks,
  hs: readonly Penghitung[],
  adaKasus: readonly boolean[],
): { pilih: number[]; kolom: Kolom[] } {
  const ditawarkan = new Set(Object.keys(ctx.lembaga.layanan ?? {}));
  const dipakai = ctx.svc
    .map((_, i) => i)
    .filter(
      (i) => ditawarkan.has(ctx.svc[i]!) || adaKasus[i] || hs.some((h) => h.memakaiKolom?.(i)),
    );
  const pilih = ctx.layanan ? dipakai.filter((i) => ctx.svc[i] === ctx.layanan) : dipakai;
  const kolom: Kolom[] = [
    ...pilih.map((i) => ({ key: ctx.svc[i]!, label: L(`laporan.layanan.${ctx.svc[i]}`) })),
    { key: 'total', label: L('laporan.kolom.total') },
  ];
  return { pilih, kolom };
}

/** Build the annual report of year `opts.tahun` from the institution and its cases. */
export function summariseYear(
  lembaga: Lembaga,
  kasus: Iterable<Kasus>,
  opts: SummariseOptions,
): LaporanTahunan {
  const r = mulaiRingkasan(lembaga, opts);
  for (const k of kasus) r.baca(k);
  return r.selesai(opts.findings, opts.ruleSections);
}

/** The annual report while the cases stream by (issue 16): each case once, then the findings. */
export interface Ringkasan {
  baca(k: Kasus): void;
  selesai(
    findings: SummariseOptions['findings'],
    ruleSections?: SummariseOptions['ruleSections'],
  ): LaporanTahunan;
}

/** Start the report of year `opts.tahun` (its `findings` come at the end, in `selesai`). */
export function mulaiRingkasan(
  lembaga: Lembaga,
  opts: Omit<SummariseOptions, 'findings' | 'ruleSections'>,
): Ringkasan {
  const ctx = buatKonteks(lembaga, { ...opts, findings: null });
  const pengaturan = lembaga.pengaturan ?? {};
  const mulaiDari = pengaturan.mulaiJangkaWaktu ?? 'kesepakatan';
  const hs = SEMUA_PENGHITUNG.map((buat) => buat(ctx));
  const catatan = new Catatan(ctx.jejak);
  const pembaca = new Pembaca(ctx, hs, catatan, mulaiDari);
  return {
    baca: (k) => pembaca.baca(k),
    selesai: (findings, ruleSections) =>
      tutupRingkasan(lembaga, { ...opts, findings, ruleSections }, ctx, hs, pembaca, catatan),
  };
}

function tutupRingkasan(
  lembaga: Lembaga,
  opts: SummariseOptions,
  ctx: Konteks,
  hs: readonly Penghitung[],
  pembaca: Pembaca,
  catatan: Catatan,
): LaporanTahunan {
  const pengaturan = lembaga.pengaturan ?? {};
  const mulaiDari = pengaturan.mulaiJangkaWaktu ?? 'kesepakatan';
  const { pilih, kolom } = kolomLaporan(ctx, hs, pembaca.adaKasus);
  const keluaran: Keluaran = { pilih, kolom, jejakMap: ctx.jejak ? new Map() : null };
  const tabel = hs.map((h) => h.hasil(keluaran)).filter((tb): tb is Tabel => tb !== null);
  // --publik: small counts hidden, and the cells that would give them back (publik.ts).
  const ambang = pengaturan.ambangPublik ?? AMBANG_PUBLIK;
  if (opts.publik) tekanPublik(tabel, ambang);

  const layanan = pilih.map((i) => ctx.svc[i]!);
  const findings = opts.findings;
  // --publik: findings counts rounded, their totals the sums of what is published (publik.ts).
  return terbitkanTemuan({
    tahun: ctx.tahun,
    periode: { mulai: ctx.mulaiTahun, akhir: ctx.akhirTahun },
    tanggal: opts.tanggal,
    mulaiDari,
    layanan,
    identitas: identitas(lembaga, layanan, opts.standar, opts.tanggal, ctx.bulanBatas),
    ...aspekAspek(
      lembaga,
      layanan,
      opts.standar,
      findings,
      opts.ruleSections ?? null,
      opts.tanggal,
      ctx.tahun,
    ),
    tabel,
    temuan: findings ? temuanTerbuka(findings) : [],
    validasi: findings !== null,
    catatanData: catatan.daftar(),
    publik: opts.publik ? { ambang } : null,
    jejak: keluaran.jejakMap,
  });
}

/* ------------------------------------------------------------ identity */

function identitas(
  l: Lembaga,
  layanan: LayananKey[],
  standar: SummariseOptions['standar'],
  tanggal: string,
  bulan: (k: LayananKey) => number,
): Identitas {
  const id = l.lembaga ?? ({} as Lembaga['lembaga']);
  const s = (x: unknown): string | null =>
    typeof x === 'string' && x.trim() ? x : typeof x === 'number' ? String(x) : null;
  return {
    nama: s(id.nama),
    jenis: s(id.jenis),
    kepemilikan: s(id.kepemilikan),
    badanHukum: id.badanHukum
      ? [s(id.badanHukum.nama), s(id.badanHukum.nomor)].filter(Boolean).join(', ') || null
      : null,
    alamat: s(id.alamat),
    kodeWilayah: s(id.kodeWilayah),
    kota: s(id.kota),
    telepon: s(id.telepon),
    email: s(id.email),
    izin: l.izin
      ? {
          nomor: s(l.izin.nomor),
          tanggal: s(l.izin.tanggal),
          penerbit: s(l.izin.penerbit),
          berlakuSampai: s(l.izin.berlakuSampai),
          berlaku: berlaku(l.izin.berlakuSampai, tanggal),
        }
      : null,
    akreditasi: daftarObjek(l.akreditasi).map((a) => ({
      bidang: a.bidang,
      peringkat: s(a.peringkat),
      nomor: s(a.nomor),
      berlakuSampai: s(a.berlakuSampai),
      berlaku: berlaku(a.berlakuSampai, tanggal),
      dasar: a.dasar ?? null,
    })),
    layanan: layanan.map((k) => ({
      key: k,
      nama: { id: standar[k]?.nama ?? k, en: standar[k]?.namaEn ?? k },
      huruf: standar[k]?.huruf ?? '',
      jangkaWaktuBulan: bulan(k),
    })),
    // The head's name and position are an official's, printed on every institutional report; the NIP is not.
    pimpinan: id.pimpinan ? { nama: s(id.pimpinan.nama), jabatan: s(id.pimpinan.jabatan) } : null,
  };
}

/* ------------------------------------------------------------ findings */

/**
 * Open findings grouped by rule, errors first. A finding on a register concerns a client, so its
 * message (which may quote the record) is not reprinted: the group shows the rule, the reference,
 * the count and what to do; the register numbers go to the trace only.
 */
function temuanTerbuka(findings: readonly Finding[]): TemuanTerbuka[] {
  const groups = new Map<string, TemuanTerbuka>();
  const order = { error: 0, warning: 1, info: 2 } as const;
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const key = `${f.rule}|${f.severity}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          rule: f.rule,
          severity: f.severity,
          ref: f.ref,
          bagian: f.bagian ?? null,
          jumlah: 0,
          pesan: [],
          saran: f.hint,
          kasus: [],
        }),
      );
    g.jumlah++;
    // Credit-log messages name workers by staff id only (no client data): they are quoted.
    const dariRegister =
      !dariLogKredit(f) &&
      (Boolean(f.sheet) ||
        Boolean(f.kasus) ||
        (f.file !== null && !/lembaga\.ya?ml$/i.test(f.file)));
    if (!dariRegister && g.pesan.length < 10 && !g.pesan.includes(f.message))
      g.pesan.push(f.message);
    if (f.kasus) g.kasus.push(f.kasus);
    g.saran ??= f.hint;
  }
  return [...groups.values()].sort(
    (a, b) =>
      order[a.severity] - order[b.severity] || b.jumlah - a.jumlah || (a.rule < b.rule ? -1 : 1),
  );
}
