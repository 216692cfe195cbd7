/**
 * `summariseYear`: every figure of the annual report, computed in one place and in
 * one pass over the cases (Lampiran 2.6.2 g Permensos 14/2020; structure of Pasal 34
 * ayat 2 and 3). Pure: no file system, no terminal. Memory stays flat: per case it
 * keeps counters, and numbers (durations) only where a median needs them; register
 * numbers are kept only for the trace workbook (`jejak`).
 *
 * Which cases count in year Y: a case's service period starts on the agreement date of
 * pendekatan awal (1.2.2 e; `pengaturan.mulaiJangkaWaktu: pendekatan-awal` uses the first
 * contact instead) and ends on the date of the stage its status names (terminasi,
 * rujukan, berhenti); an active case is open. A case counts in Y when that period
 * overlaps Y. Activities and complaints count by their own date, referrals by the
 * referral date, staff as listed in lembaga.yaml on the report date.
 */
import {
  JENIS_KLIEN as SKEMA_JENIS_KLIEN,
  KLASTER_ATENSI,
  BASIS_LAYANAN,
  STATUS_DTKS,
} from '../../model/register-schema.js';
import { PERAN_STAF, JENJANG_PENDIDIKAN } from '../../model/lembaga-schema.js';
import { periodeLayanan, type Periode } from '../../standards/permensos-14-2020/periode.js';
import type { Kasus, Kegiatan, PengaduanKasus } from '../../model/kasus.js';
import type { Lembaga, Staf } from '../../model/lembaga.js';
import type { Finding } from '../../core/finding.js';
import type { LayananKey, TahapKey } from '../../standards/types.js';
import { LAYANAN_KEYS, TINGKAT_KEYS, DURASI_KEYS, TAHAP_KEYS } from '../../standards/types.js';
import type {
  Aspek,
  Baris,
  DasarTanggal,
  Identitas,
  Kolom,
  Label,
  LaporanTahunan,
  Satuan,
  StatusKepatuhan,
  SummariseOptions,
  Tabel,
  TemuanTerbuka,
} from './types.js';
import { tekanPublik, terbitkanTemuan } from './publik.js';
import { kuota } from '../../standards/permensos-14-2020/probono.js';
import {
  JENIS_LEMBAGA_RUJUKAN,
  KELOMPOK_UMUR,
  LAINNYA,
  PPKS,
  TIDAK_BERLAKU,
  TIDAK_DIISI,
  jenisLembagaRujukan,
} from './kategori.js';
import { maxTanggal, median, selisihHari, tambahBulan, tanggalSah, umurPada } from './tanggal.js';

// The categories of each breakdown are the schema's own lists, so a new value never falls outside them.
const JENIS_KLIEN = SKEMA_JENIS_KLIEN;
const KLASTER = KLASTER_ATENSI;
const BASIS = BASIS_LAYANAN;
const DTKS = STATUS_DTKS;
const PERAN = PERAN_STAF;
const JENJANG = JENJANG_PENDIDIKAN;
const BULAN = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

const L = (key: string, params?: Record<string, string | number>): Label =>
  params ? { key, params } : { key };
const B = (k: string): Label => L(`laporan.baris.${k}`);

/** Default share of pro bono activities (Lampiran 1.4.2 e: 10 %). */
const PROBONO_PERSEN = 10;
const AMBANG_PUBLIK = 5;

/* ------------------------------------------------------------ accumulators */

interface Sel {
  label: Label;
  n: number[];
  nomor: string[][] | null;
}

/** A breakdown under construction: rows × service columns (+ a computed total). */
class Rincian {
  readonly rows = new Map<string, Sel>();
  constructor(
    readonly id: string,
    readonly satuan: Satuan,
    readonly dasar: DasarTanggal,
    readonly cols: number,
    readonly jejak: boolean,
    tetap: readonly (readonly [string, Label])[],
    /** Rows added while counting (regions, institutions) are sorted by key; `ujung` rows stay last. */
    readonly ujung: readonly (readonly [string, Label])[] = [],
  ) {
    for (const [k, label] of tetap) this.baris(k, label);
    for (const [k, label] of ujung) this.baris(k, label);
  }
  private baris(key: string, label: Label): Sel {
    let s = this.rows.get(key);
    if (!s) {
      s = {
        label,
        n: new Array<number>(this.cols).fill(0),
        nomor: this.jejak ? Array.from({ length: this.cols }, () => []) : null,
      };
      this.rows.set(key, s);
    }
    return s;
  }
  add(
    key: string,
    col: number,
    nomor: string,
    label: () => Label = () => B(key),
    jumlah = 1,
  ): void {
    const s = this.rows.get(key) ?? this.baris(key, label());
    s.n[col]! += jumlah;
    if (s.nomor) s.nomor[col]!.push(nomor);
  }
  urutan(): [string, Sel][] {
    const ujung = new Set(this.ujung.map(([k]) => k));
    const entries = [...this.rows.entries()];
    return [...entries.filter(([k]) => !ujung.has(k)), ...entries.filter(([k]) => ujung.has(k))];
  }
}

const ujungStandar = (...keys: string[]): [string, Label][] =>
  keys.map((k) => [k, B(k)] as [string, Label]);

/** Per service, the numbers a median needs and the register numbers behind them. */
class Sebaran {
  readonly xs: number[][];
  readonly nomor: string[][];
  constructor(cols: number) {
    this.xs = Array.from({ length: cols }, () => []);
    this.nomor = Array.from({ length: cols }, () => []);
  }
  add(col: number, x: number, nomor: string, jejak: boolean): void {
    this.xs[col]!.push(x);
    if (jejak) this.nomor[col]!.push(nomor);
  }
}

/* ------------------------------------------------------------- the summary */

/** Build the annual report of year `opts.tahun` from the institution and its cases. */
export function summariseYear(
  lembaga: Lembaga,
  kasus: Iterable<Kasus>,
  opts: SummariseOptions,
): LaporanTahunan {
  const { tahun, standar } = opts;
  const jejak = Boolean(opts.jejak);
  const mulaiTahun = `${tahun}-01-01`;
  const akhirKalender = `${tahun}-12-31`;
  const akhirTahun =
    opts.tanggal >= mulaiTahun && opts.tanggal < akhirKalender ? opts.tanggal : akhirKalender;
  const mulaiLalu = `${tahun - 1}-01-01`;
  const akhirLalu = `${tahun - 1}-12-31`;
  const pengaturan = lembaga.pengaturan ?? {};
  const mulaiDari = pengaturan.mulaiJangkaWaktu ?? 'kesepakatan';

  // Columns: the services offered plus any service a case names, in the standard's order.
  // One pass is required, so services that only cases name are known at the end: keep one
  // column per service key and drop empty columns of services not offered afterwards.
  const ditawarkan = new Set(Object.keys(lembaga.layanan ?? {}));
  const svc = LAYANAN_KEYS as readonly LayananKey[];
  const C = svc.length;
  const col = (l: string): number => {
    const i = svc.indexOf(l as LayananKey);
    return i < 0 ? -1 : i;
  };

  // Catalogue look-ups (labels, stages) across the five services.
  const labelKegiatan = new Map<string, Label>();
  const tahapKegiatan = new Map<string, TahapKey>();
  for (const l of svc) {
    for (const g of standar[l]?.kegiatan ?? []) {
      if (!labelKegiatan.has(g.key)) labelKegiatan.set(g.key, { id: g.label, en: g.labelEn });
      tahapKegiatan.set(`${l}|${g.key}`, g.tahap);
    }
  }
  const katalogAcuan = standar.pencegahan ?? standar[svc.find((l) => standar[l]) as LayananKey];
  const jenisPengaduan = (katalogAcuan?.pengaduan.jenis ?? []).map(
    (i) => [i.key, { id: i.label, en: i.labelEn }] as [string, Label],
  );
  const saluranPengaduan = (katalogAcuan?.pengaduan.saluran ?? []).map(
    (i) => [i.key, { id: i.label, en: i.labelEn }] as [string, Label],
  );
  const jenisPengaduanSet = new Set(jenisPengaduan.map(([k]) => k));
  const saluranSet = new Set(saluranPengaduan.map(([k]) => k));
  const ppksSet = new Set(PPKS.map(([k]) => k));

  const R = (
    id: string,
    satuan: Satuan,
    dasar: DasarTanggal,
    tetap: readonly (readonly [string, Label])[],
    ujung: [string, Label][] = [],
  ) => new Rincian(id, satuan, dasar, C, jejak, tetap, ujung);
  const tetap = (keys: readonly string[], prefix: string) =>
    keys.map((k) => [k, L(`${prefix}.${k}`)] as [string, Label]);

  const rAsal = R(
    'klien-asal',
    'kasus',
    'periode-layanan',
    tetap(['lanjutan', 'baru'], 'laporan.baris'),
  );
  const rAkhir = R(
    'klien-keadaan-akhir',
    'kasus',
    'akhir-tahun',
    tetap(['selesai', 'dirujuk', 'berhenti', 'aktif'], 'laporan.baris'),
  );
  const rJenis = R(
    'klien-jenis',
    'kasus',
    'periode-layanan',
    tetap(JENIS_KLIEN, 'laporan.jenisKlien'),
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rKelamin = R(
    'klien-jenis-kelamin',
    'kasus',
    'periode-layanan',
    tetap(['L', 'P'], 'laporan.kelamin'),
    ujungStandar(TIDAK_BERLAKU, TIDAK_DIISI),
  );
  const rUmur = R(
    'klien-umur',
    'kasus',
    'tanggal-mulai',
    KELOMPOK_UMUR.map(
      ([k]) => [k, L('laporan.umur', { kelompok: k === '60+' ? '60+' : k })] as [string, Label],
    ),
    ujungStandar(TIDAK_BERLAKU, TIDAK_DIISI),
  );
  const rPpks = R(
    'klien-ppks',
    'kasus',
    'periode-layanan',
    PPKS.map(([k, id, en]) => [k, { id, en }] as [string, Label]),
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rKlaster = R(
    'klien-klaster',
    'kasus',
    'periode-layanan',
    tetap(KLASTER, 'laporan.klaster'),
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rBasis = R(
    'klien-basis',
    'kasus',
    'periode-layanan',
    tetap(BASIS, 'laporan.basis'),
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rDtks = R(
    'klien-dtks',
    'kasus',
    'periode-layanan',
    tetap(DTKS, 'laporan.dtks'),
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rWilayah = R(
    'klien-wilayah',
    'kasus',
    'periode-layanan',
    [],
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rJangka = R(
    'jangka-waktu',
    'kasus',
    'periode-layanan',
    tetap(
      [
        'dalam-batas',
        'lewat-dengan-perpanjangan',
        'lewat-melampaui-perpanjangan',
        'lewat-tanpa-perpanjangan',
      ],
      'laporan.baris',
    ),
  );
  const rKegiatan = R(
    'kegiatan-jenis',
    'kegiatan',
    'tanggal-kegiatan',
    [],
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rTahap = R(
    'kegiatan-tahap',
    'kegiatan',
    'tanggal-kegiatan',
    tetap(TAHAP_KEYS, 'laporan.tahap'),
    ujungStandar('tidak-diketahui'),
  );
  const rTingkat = R(
    'kegiatan-tingkat',
    'kegiatan',
    'tanggal-kegiatan',
    tetap(TINGKAT_KEYS, 'laporan.tingkat'),
    ujungStandar(TIDAK_DIISI),
  );
  const rDurasi = R(
    'kegiatan-durasi',
    'kegiatan',
    'tanggal-kegiatan',
    tetap(DURASI_KEYS, 'laporan.durasi'),
    ujungStandar(TIDAK_DIISI),
  );
  const rBiaya = R(
    'kegiatan-pembiayaan',
    'kegiatan',
    'tanggal-kegiatan',
    tetap(['pro-bono', 'berbayar', 'tanpa-biaya'], 'laporan.baris'),
    ujungStandar(TIDAK_DIISI),
  );
  const rRujukan = R(
    'rujukan-lembaga',
    'rujukan',
    'tanggal-rujukan',
    tetap(JENIS_LEMBAGA_RUJUKAN, 'laporan.jenisLembagaRujukan'),
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rAduJenis = R(
    'pengaduan-jenis',
    'pengaduan',
    'tanggal-pengaduan',
    jenisPengaduan,
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rAduSaluran = R(
    'pengaduan-saluran',
    'pengaduan',
    'tanggal-pengaduan',
    saluranPengaduan,
    ujungStandar(LAINNYA, TIDAK_DIISI),
  );
  const rAduSelesai = R(
    'pengaduan-penyelesaian',
    'pengaduan',
    'tanggal-pengaduan',
    tetap(['tepat-waktu', 'terlambat', 'selesai-tanpa-batas', 'belum-selesai'], 'laporan.baris'),
  );

  // Statistics.
  const durasiSelesai = new Sebaran(C);
  const terlamaAktif: { hari: number; nomor: string }[] = Array.from({ length: C }, () => ({
    hari: -1,
    nomor: '',
  }));
  const waktuAdu = new Sebaran(C);
  const biayaTotal = new Array<number>(C).fill(0);
  const biayaN = new Array<number>(C).fill(0);
  const biayaNomor: string[][] = Array.from({ length: C }, () => []);
  const terbukaAkhir = new Array<number>(C).fill(0);
  const terbukaNomor: string[][] = Array.from({ length: C }, () => []);
  const perBulan: number[][] = BULAN.map(() => new Array<number>(C).fill(0));
  const perBulanNomor: string[][][] | null = jejak
    ? BULAN.map(() => Array.from({ length: C }, () => []))
    : null;
  const pelaksana = new Map<string | null, { total: number; probono: number }>();
  const peksos = new Set(
    (lembaga.staf ?? [])
      .filter((x) => x.peran === 'pekerja-sosial' || x.peran === 'supervisor')
      .map((x) => x.id),
  );
  const pkN = new Array<number>(C).fill(0);
  const pkPb = new Array<number>(C).fill(0);
  const pkNomor: string[][] = Array.from({ length: C }, () => []);
  /** Previous year's key figures: [served, new, selesai, dirujuk, berhenti, active at end, activities, complaints]. */
  const lalu = new Array<number>(8).fill(0);
  const laluNomor: string[][] = Array.from({ length: 8 }, () => []);
  const ini = new Array<number>(8).fill(0);
  const iniNomor: string[][] = Array.from({ length: 8 }, () => []);
  const catatan = new Map<string, { jumlah: number; kasus: string[] }>();
  const catat = (key: string, nomor: string) => {
    let c = catatan.get(key);
    if (!c) catatan.set(key, (c = { jumlah: 0, kasus: [] }));
    c.jumlah++;
    if (jejak) c.kasus.push(nomor);
  };

  const batasAdu = batasWaktuPengaduan(lembaga);
  const bulanBatas = (l: LayananKey): number => {
    const std = standar[l]?.jangkaWaktu.bulan ?? 12;
    const own = lembaga.layanan?.[l]?.jangkaWaktuBulan;
    // 1.3.2: the lembaga may set a shorter limit, never a longer one.
    return typeof own === 'number' && own > 0 && own < std ? own : std;
  };
  const adaKasus = new Array<boolean>(C).fill(false);
  /** First day of each month of the year, and of the next January. */
  const awalBulanan = [...BULAN.map((m) => `${tahun}-${m}-01`), `${tahun + 1}-01-01`];

  for (const k of kasus) {
    const c = col(k.layanan);
    const nomor = String(k.nomor ?? '');
    if (c < 0) {
      catat('layanan-tidak-dikenal', nomor);
      continue;
    }
    const p = periodeLayanan(k, mulaiDari);
    if (!p) {
      catat('tanpa-tanggal', nomor);
      continue;
    }
    // Previous year, for the comparison.
    if (p.mulai <= akhirLalu && (p.akhir === null || p.akhir >= mulaiLalu)) {
      tambahArus(lalu, laluNomor, p, k, mulaiLalu, akhirLalu, nomor, jejak);
    }
    // Activities and complaints count by their own dates, whatever the case's period.
    for (const g of k.kegiatan ?? []) {
      const d = tanggalSah(g.tanggal);
      if (!d) {
        if (g.tanggal === undefined || g.tanggal === null || String(g.tanggal) === '')
          catat('kegiatan-tanpa-tanggal', nomor);
        else catat('kegiatan-tanggal-salah', nomor);
        continue;
      }
      if (d >= mulaiLalu && d <= akhirLalu) {
        lalu[6]!++;
        if (jejak) laluNomor[6]!.push(nomor);
      }
      if (d < mulaiTahun || d > akhirTahun) continue;
      ini[6]!++;
      if (jejak) iniNomor[6]!.push(nomor);
      hitungKegiatan(g, k, c, nomor);
    }
    for (const a of k.pengaduan ?? []) {
      const d = tanggalSah(a.tanggal);
      if (!d) {
        catat('pengaduan-tanpa-tanggal', nomor);
        continue;
      }
      const s = tanggalSah(a.selesai);
      if (d >= mulaiLalu && d <= akhirLalu) {
        lalu[7]!++;
        if (jejak) laluNomor[7]!.push(nomor);
      }
      if (d <= akhirTahun && (!s || s > akhirTahun)) {
        terbukaAkhir[c]!++;
        if (jejak) terbukaNomor[c]!.push(nomor);
      }
      if (d < mulaiTahun || d > akhirTahun) continue;
      ini[7]!++;
      if (jejak) iniNomor[7]!.push(nomor);
      hitungPengaduan(a, d, s, c, nomor);
    }
    // Referrals count by the referral date.
    const ruj = k.tahapan?.rujukan;
    const rujKeluar = k.tahapan?.pendekatanAwal?.rujukKeluar;
    for (const [tgl, lembagaPenerima] of [
      [ruj?.tanggal, ruj?.lembagaPenerima],
      [rujKeluar?.tanggal, rujKeluar?.lembaga],
    ] as const) {
      const d = tanggalSah(tgl);
      if (!d || d < mulaiTahun || d > akhirTahun) continue;
      // Only the kind of institution, from a closed list: the typed name is free text (issue 17 §7).
      const nama = typeof lembagaPenerima === 'string' ? lembagaPenerima.trim() : '';
      rRujukan.add(nama ? jenisLembagaRujukan(nama) : TIDAK_DIISI, c, nomor);
    }

    // The case itself counts in Y when its service period overlaps Y.
    if (p.mulai > akhirTahun || (p.akhir !== null && p.akhir < mulaiTahun)) continue;
    adaKasus[c] = true;
    if (p.mulaiDiduga) catat('mulai-diduga', nomor);
    if (p.akhirDiduga) catat('akhir-diduga', nomor);
    tambahArus(ini, iniNomor, p, k, mulaiTahun, akhirTahun, nomor, jejak);
    const tutup = p.akhir !== null && p.akhir <= akhirTahun;

    rAsal.add(p.mulai < mulaiTahun ? 'lanjutan' : 'baru', c, nomor);
    rAkhir.add(tutup ? k.status : 'aktif', c, nomor);

    const kl = k.klien ?? ({} as Kasus['klien']);
    const jenis = kl.jenis;
    rJenis.add(!jenis ? TIDAK_DIISI : JENIS_KLIEN.includes(jenis) ? jenis : LAINNYA, c, nomor);
    const perorangan = !jenis || jenis === 'individu';
    rKelamin.add(
      !perorangan
        ? TIDAK_BERLAKU
        : kl.jenisKelamin === 'L' || kl.jenisKelamin === 'P'
          ? kl.jenisKelamin
          : TIDAK_DIISI,
      c,
      nomor,
    );
    const lahir = tanggalSah(kl.tanggalLahir);
    if (!perorangan) rUmur.add(TIDAK_BERLAKU, c, nomor);
    else if (!lahir || lahir > p.mulai) rUmur.add(TIDAK_DIISI, c, nomor);
    else {
      const u = umurPada(lahir, p.mulai);
      rUmur.add(KELOMPOK_UMUR.find(([, a, b]) => u >= a && u <= b)?.[0] ?? TIDAK_DIISI, c, nomor);
    }
    rPpks.add(!kl.ppks ? TIDAK_DIISI : ppksSet.has(kl.ppks) ? kl.ppks : LAINNYA, c, nomor);
    rKlaster.add(
      !kl.klaster ? TIDAK_DIISI : KLASTER.includes(kl.klaster) ? kl.klaster : LAINNYA,
      c,
      nomor,
    );
    rBasis.add(
      !kl.basisLayanan ? TIDAK_DIISI : BASIS.includes(kl.basisLayanan) ? kl.basisLayanan : LAINNYA,
      c,
      nomor,
    );
    rDtks.add(!kl.dtks ? TIDAK_DIISI : DTKS.includes(kl.dtks) ? kl.dtks : LAINNYA, c, nomor);
    const wil =
      typeof kl.kodeWilayah === 'string' ? /^(\d{2})\.(\d{2})/.exec(kl.kodeWilayah) : null;
    if (!kl.kodeWilayah) rWilayah.add(TIDAK_DIISI, c, nomor);
    else if (!wil) rWilayah.add(LAINNYA, c, nomor);
    else {
      // --publik: by province only (global recoding): hundreds of regencies of one or two cases
      // each would leave little to publish, and make the suppression audit slow.
      const kode = opts.publik ? wil[1]! : `${wil[1]}.${wil[2]}`;
      rWilayah.add(kode, c, nomor, () => ({ id: kode, en: kode }));
    }

    // Time limit (1.3.1–1.3.3), measured up to the end of the service or of the year.
    const ukur = p.akhir !== null && p.akhir <= akhirTahun ? p.akhir : akhirTahun;
    const batas = tambahBulan(p.mulai, bulanBatas(k.layanan));
    if (ukur <= batas) rJangka.add('dalam-batas', c, nomor);
    else {
      const perp = (k.perpanjangan ?? []).filter((x) => tanggalSah(x?.tanggal));
      if (perp.length === 0) rJangka.add('lewat-tanpa-perpanjangan', c, nomor);
      else {
        const sampai = perp.map((x) => tanggalSah(x.sampai)).filter((x): x is string => x !== null);
        const lewat = sampai.length > 0 && ukur > sampai.reduce(maxTanggal);
        rJangka.add(lewat ? 'lewat-melampaui-perpanjangan' : 'lewat-dengan-perpanjangan', c, nomor);
      }
    }
    if (tutup) durasiSelesai.add(c, selisihHari(p.mulai, p.akhir!), nomor, jejak);
    else {
      const hari = selisihHari(p.mulai, akhirTahun);
      if (hari > terlamaAktif[c]!.hari) terlamaAktif[c] = { hari, nomor };
    }
    // Open cases per month (the "clients by service and month" chart).
    for (let m = 0; m < 12; m++) {
      const awalBulan = awalBulanan[m]!;
      const akhirBulan = awalBulanan[m + 1]!;
      if (awalBulan > akhirTahun) break;
      if (p.mulai < akhirBulan && (p.akhir === null || p.akhir >= awalBulan)) {
        perBulan[m]![c]!++;
        if (perBulanNomor) perBulanNomor[m]![c]!.push(nomor);
      }
    }
  }

  function hitungKegiatan(g: Kegiatan, k: Kasus, c: number, nomor: string): void {
    const key = typeof g.kegiatan === 'string' ? g.kegiatan.trim() : '';
    if (!key) rKegiatan.add(TIDAK_DIISI, c, nomor);
    else if (labelKegiatan.has(key)) rKegiatan.add(key, c, nomor, () => labelKegiatan.get(key)!);
    else rKegiatan.add(LAINNYA, c, nomor);
    rTahap.add(tahapKegiatan.get(`${k.layanan}|${key}`) ?? 'tidak-diketahui', c, nomor);
    rTingkat.add(
      g.tingkat && (TINGKAT_KEYS as readonly string[]).includes(g.tingkat)
        ? g.tingkat
        : TIDAK_DIISI,
      c,
      nomor,
    );
    rDurasi.add(
      g.durasi && (DURASI_KEYS as readonly string[]).includes(g.durasi) ? g.durasi : TIDAK_DIISI,
      c,
      nomor,
    );
    const biaya = typeof g.biaya === 'number' && Number.isFinite(g.biaya) ? g.biaya : null;
    if (g.proBono === true) rBiaya.add('pro-bono', c, nomor);
    else if (biaya === null) rBiaya.add(TIDAK_DIISI, c, nomor);
    else if (biaya > 0) rBiaya.add('berbayar', c, nomor);
    else rBiaya.add('tanpa-biaya', c, nomor);
    if (biaya !== null && biaya > 0 && g.proBono !== true) {
      biayaTotal[c]! += biaya;
      biayaN[c]!++;
      if (jejak) biayaNomor[c]!.push(nomor);
    }
    // Pro bono (1.4.2 e) is counted exactly as the rule counts it (probono.ts): only activities of
    // social workers and supervisors, per worker, quota rounded up.
    const siapa = g.pelaksana ?? k.pekerjaSosial ?? null;
    if (siapa === null || (lembaga.staf ?? []).length === 0 || peksos.has(siapa)) {
      pkN[c]!++;
      const x = pelaksana.get(siapa) ?? { total: 0, probono: 0 };
      x.total++;
      if (g.proBono === true) {
        x.probono++;
        pkPb[c]!++;
        if (jejak) pkNomor[c]!.push(nomor);
      }
      pelaksana.set(siapa, x);
    }
  }

  function hitungPengaduan(
    a: PengaduanKasus,
    d: string,
    s: string | null,
    c: number,
    nomor: string,
  ): void {
    const jenis = typeof a.jenis === 'string' ? a.jenis.trim() : '';
    rAduJenis.add(!jenis ? TIDAK_DIISI : jenisPengaduanSet.has(jenis) ? jenis : LAINNYA, c, nomor);
    const sal = typeof a.saluran === 'string' ? a.saluran.trim() : '';
    rAduSaluran.add(!sal ? TIDAK_DIISI : saluranSet.has(sal) ? sal : LAINNYA, c, nomor);
    if (!s || s > akhirTahun || s < d) rAduSelesai.add('belum-selesai', c, nomor);
    else {
      const hari = selisihHari(d, s);
      waktuAdu.add(c, hari, nomor, jejak);
      rAduSelesai.add(
        batasAdu === null ? 'selesai-tanpa-batas' : hari <= batasAdu ? 'tepat-waktu' : 'terlambat',
        c,
        nomor,
      );
    }
  }

  // Columns shown: services offered, plus services with cases (never silently dropped).
  const dipakai = svc
    .map((l, i) => i)
    .filter((i) => ditawarkan.has(svc[i]!) || adaKasus[i] || kolomTerpakai(i));
  function kolomTerpakai(i: number): boolean {
    for (const r of [rKegiatan, rAduJenis, rRujukan])
      for (const s of r.rows.values()) if (s.n[i]! > 0) return true;
    return false;
  }
  const pilih = opts.layanan ? dipakai.filter((i) => svc[i] === opts.layanan) : dipakai;
  const kolom: Kolom[] = [
    ...pilih.map((i) => ({ key: svc[i]!, label: L(`laporan.layanan.${svc[i]}`) })),
    { key: 'total', label: L('laporan.kolom.total') },
  ];
  const jejakMap: Map<string, string[]> | null = jejak ? new Map() : null;

  const tabel: Tabel[] = [];
  const jadiRincian = (r: Rincian, catatanTabel?: Label[]): Tabel => {
    const baris: Baris[] = [];
    for (const [key, s] of r.urutan()) {
      const nilai = pilih.map((i) => s.n[i]!);
      const total = nilai.reduce((a, b) => a + b, 0);
      baris.push({ key, label: s.label, nilai: [...nilai, total] });
      if (jejakMap && s.nomor) {
        const all: string[] = [];
        pilih.forEach((i, j) => {
          jejakMap.set(`${r.id}|${key}|${kolom[j]!.key}`, s.nomor![i]!);
          tambahSemua(all, s.nomor![i]!);
        });
        jejakMap.set(`${r.id}|${key}|total`, all);
      }
    }
    const totalRow: Baris = {
      key: 'total',
      label: L('laporan.baris.jumlah'),
      nilai: kolom.map((_, j) => baris.reduce((a, b) => a + (b.nilai[j] ?? 0), 0)),
    };
    if (jejakMap) {
      kolom.forEach((kk) => {
        const all: string[] = [];
        for (const b of baris) tambahSemua(all, jejakMap.get(`${r.id}|${b.key}|${kk.key}`) ?? []);
        jejakMap.set(`${r.id}|total|${kk.key}`, all);
      });
    }
    // Regions and receiving institutions are many: drop their empty rows; fixed lists keep theirs.
    const tampil =
      r.id === 'klien-wilayah'
        ? baris.filter((b) => b.nilai[b.nilai.length - 1]! > 0 || b.key === TIDAK_DIISI)
        : baris;
    if (r.id === 'klien-wilayah' || r.id === 'kegiatan-jenis') {
      const ujung = new Set([LAINNYA, TIDAK_DIISI]);
      const isi = tampil.filter((b) => !ujung.has(b.key));
      isi.sort(
        r.id === 'klien-wilayah'
          ? (a, b) => (a.key < b.key ? -1 : 1)
          : (a, b) =>
              b.nilai[b.nilai.length - 1]! - a.nilai[a.nilai.length - 1]! ||
              (a.key < b.key ? -1 : 1),
      );
      tampil.splice(0, tampil.length, ...isi, ...tampil.filter((b) => ujung.has(b.key)));
    }
    return {
      id: r.id,
      jenis: 'rincian',
      judul: L(`laporan.tabel.${r.id}`),
      dasar: r.dasar,
      satuan: r.satuan,
      kolom,
      baris: tampil,
      total: totalRow,
      ...(catatanTabel ? { catatan: catatanTabel } : {}),
    };
  };

  // Part 3 a: clients.
  tabel.push(
    jadiRincian(rAsal, [L('laporan.catatan.periode', { mulai: mulaiTahun, akhir: akhirTahun })]),
  );
  tabel.push(jadiRincian(rAkhir, [L('laporan.catatan.keadaanAkhir', { akhir: akhirTahun })]));
  tabel.push(jadiRincian(rJenis));
  tabel.push(jadiRincian(rKelamin));
  tabel.push(jadiRincian(rUmur, [L('laporan.catatan.umur')]));
  tabel.push(jadiRincian(rPpks));
  tabel.push(jadiRincian(rKlaster, [L('laporan.catatan.klaster')]));
  tabel.push(jadiRincian(rBasis, [L('laporan.catatan.basis')]));
  tabel.push(jadiRincian(rDtks, [L('laporan.catatan.dtks')]));
  tabel.push(
    jadiRincian(rWilayah, [
      L(opts.publik ? 'laporan.catatan.wilayahPublik' : 'laporan.catatan.wilayah'),
    ]),
  );

  // Open cases per month.
  const bulanBaris: Baris[] = BULAN.map((m, i) => {
    const nilai = pilih.map((c) => perBulan[i]![c]!);
    if (jejakMap && perBulanNomor) {
      const all: string[] = [];
      pilih.forEach((c, j) => {
        jejakMap.set(`kasus-per-bulan|${m}|${kolom[j]!.key}`, perBulanNomor[i]![c]!);
        tambahSemua(all, perBulanNomor[i]![c]!);
      });
      jejakMap.set(`kasus-per-bulan|${m}|total`, all);
    }
    return {
      key: m,
      label: L(`laporan.bulan.${m}`),
      nilai: [...nilai, nilai.reduce((a, b) => a + b, 0)],
    };
  });
  tabel.push({
    id: 'kasus-per-bulan',
    jenis: 'statistik',
    judul: L('laporan.tabel.kasus-per-bulan'),
    dasar: 'periode-layanan',
    satuan: 'kasus',
    kolom,
    baris: bulanBaris,
    catatan: [L('laporan.catatan.perBulan')],
  });

  // Part 3 b: procedure (activities by stage and type, referrals).
  tabel.push(jadiRincian(rTahap, [L('laporan.catatan.tahap')]));
  tabel.push(jadiRincian(rKegiatan));
  tabel.push(jadiRincian(rRujukan, [L('laporan.catatan.rujukan')]));

  // Part 3 c: time limits.
  const bulanKolom = pilih.map((i) => bulanBatas(svc[i]!));
  tabel.push(
    jadiRincian(rJangka, [
      L('laporan.catatan.jangkaWaktu', {
        batas: pilih.map((i, j) => `${svc[i]} ${bulanKolom[j]}`).join(', '),
      }),
    ]),
  );
  const statBaris = (
    key: string,
    satuan: Satuan,
    per: (i: number) => { v: number | null; n: number; nomor: string[] },
    total: { v: number | null; n: number; nomor: string[] },
    tabelId: string,
  ): Baris => {
    const vals = pilih.map(per);
    if (jejakMap) {
      vals.forEach((x, j) => jejakMap.set(`${tabelId}|${key}|${kolom[j]!.key}`, x.nomor));
      jejakMap.set(`${tabelId}|${key}|total`, total.nomor);
    }
    return {
      key,
      label: B(key),
      satuan,
      nilai: [...vals.map((x) => x.v), total.v],
      dasarN: [...vals.map((x) => x.n), total.n],
    };
  };
  const semuaDurasi = pilih.flatMap((i) => durasiSelesai.xs[i]!);
  const semuaDurasiNomor = pilih.flatMap((i) => durasiSelesai.nomor[i]!);
  const maxDengan = (xs: number[], nomor: string[]) => {
    let best = -1;
    let at = '';
    xs.forEach((x, j) => {
      if (x > best) {
        best = x;
        at = nomor[j] ?? '';
      }
    });
    return { v: best < 0 ? null : best, n: xs.length, nomor: at ? [at] : [] };
  };
  const aktifTerlama = pilih.map((i) => terlamaAktif[i]!);
  const aktifMax = aktifTerlama.reduce((a, b) => (b.hari > a.hari ? b : a), {
    hari: -1,
    nomor: '',
  });
  tabel.push({
    id: 'lama-layanan',
    jenis: 'statistik',
    judul: L('laporan.tabel.lama-layanan'),
    dasar: 'tanggal-akhir',
    satuan: 'hari',
    kolom,
    baris: [
      statBaris(
        'jumlah-selesai',
        'kasus',
        (i) => ({
          v: durasiSelesai.xs[i]!.length,
          n: durasiSelesai.xs[i]!.length,
          nomor: durasiSelesai.nomor[i]!,
        }),
        { v: semuaDurasi.length, n: semuaDurasi.length, nomor: semuaDurasiNomor },
        'lama-layanan',
      ),
      statBaris(
        'median-hari',
        'hari',
        (i) => ({
          v: median(durasiSelesai.xs[i]!),
          n: durasiSelesai.xs[i]!.length,
          nomor: durasiSelesai.nomor[i]!,
        }),
        { v: median(semuaDurasi), n: semuaDurasi.length, nomor: semuaDurasiNomor },
        'lama-layanan',
      ),
      statBaris(
        'terlama-hari',
        'hari',
        (i) => maxDengan(durasiSelesai.xs[i]!, durasiSelesai.nomor[i]!),
        maxDengan(semuaDurasi, semuaDurasiNomor),
        'lama-layanan',
      ),
      statBaris(
        'terlama-aktif-hari',
        'hari',
        (i) => ({
          v: terlamaAktif[i]!.hari < 0 ? null : terlamaAktif[i]!.hari,
          n: terlamaAktif[i]!.hari < 0 ? 0 : 1,
          nomor: terlamaAktif[i]!.nomor ? [terlamaAktif[i]!.nomor] : [],
        }),
        {
          v: aktifMax.hari < 0 ? null : aktifMax.hari,
          n: aktifMax.hari < 0 ? 0 : 1,
          nomor: aktifMax.nomor ? [aktifMax.nomor] : [],
        },
        'lama-layanan',
      ),
    ],
    catatan: [L('laporan.catatan.lamaLayanan', { akhir: akhirTahun })],
  });

  // Part 3 d: tariffs, tiers, durations, pro bono (1.4.2 e).
  tabel.push(jadiRincian(rTingkat));
  tabel.push(jadiRincian(rDurasi));
  tabel.push(jadiRincian(rBiaya));
  const targetPersen = pengaturan.proBono?.persen ?? PROBONO_PERSEN;
  const dasarPb = pengaturan.proBono?.dasar ?? 'kegiatan-per-pekerja-per-tahun';
  const totalKeg = pilih.reduce((a, i) => a + pkN[i]!, 0);
  const totalPb = pilih.reduce((a, i) => a + pkPb[i]!, 0);
  const persen = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 10);
  const pekerja = [...pelaksana.values()];
  const memenuhi = pekerja.filter((x) => x.probono >= kuota(targetPersen, x.total)).length;
  // With the per-worker basis the quota is the sum of each worker's own quota (probono.ts).
  const kuotaTotal =
    dasarPb === 'kegiatan-per-pekerja-per-tahun'
      ? pekerja.reduce((a, x) => a + kuota(targetPersen, x.total), 0)
      : kuota(targetPersen, totalKeg);
  const kurangTotal =
    dasarPb === 'kegiatan-per-pekerja-per-tahun'
      ? pekerja.reduce((a, x) => a + Math.max(0, kuota(targetPersen, x.total) - x.probono), 0)
      : Math.max(0, kuotaTotal - totalPb);
  tabel.push({
    id: 'biaya',
    jenis: 'statistik',
    judul: L('laporan.tabel.biaya'),
    dasar: 'tanggal-kegiatan',
    satuan: 'rupiah',
    kolom,
    baris: [
      statBaris(
        'biaya-ditagih',
        'rupiah',
        (i) => ({ v: biayaTotal[i]!, n: biayaN[i]!, nomor: biayaNomor[i]! }),
        {
          v: pilih.reduce((a, i) => a + biayaTotal[i]!, 0),
          n: pilih.reduce((a, i) => a + biayaN[i]!, 0),
          nomor: pilih.flatMap((i) => biayaNomor[i]!),
        },
        'biaya',
      ),
      statBaris(
        'kegiatan-peksos',
        'kegiatan',
        (i) => ({ v: pkN[i]!, n: pkN[i]!, nomor: [] }),
        { v: totalKeg, n: totalKeg, nomor: [] },
        'biaya',
      ),
      statBaris(
        'persen-probono',
        'persen',
        (i) => ({ v: persen(pkPb[i]!, pkN[i]!), n: pkN[i]!, nomor: pkNomor[i]! }),
        { v: persen(totalPb, totalKeg), n: totalKeg, nomor: pilih.flatMap((i) => pkNomor[i]!) },
        'biaya',
      ),
      {
        key: 'target-probono',
        label: B('target-probono'),
        satuan: 'persen',
        nilai: kolom.map(() => targetPersen),
      },
      // Quotas are per worker (or per institution), not per service: shown in the total column only.
      {
        key: 'kuota-probono',
        label: B('kuota-probono'),
        satuan: 'kegiatan',
        nilai: kolom.map((k) => (k.key === 'total' ? kuotaTotal : null)),
        dasarN: kolom.map(() => totalKeg),
      },
      {
        key: 'kurang-probono',
        label: B('kurang-probono'),
        satuan: 'kegiatan',
        nilai: kolom.map((k) => (k.key === 'total' ? kurangTotal : null)),
        dasarN: kolom.map(() => totalKeg),
      },
    ],
    catatan: [
      L('laporan.catatan.probono', {
        target: targetPersen,
        memenuhi,
        pelaksana: pelaksana.size,
        dasar: dasarPb,
      }),
    ],
  });

  // Part 3 f: complaints (1.6).
  tabel.push(jadiRincian(rAduJenis));
  tabel.push(jadiRincian(rAduSaluran));
  tabel.push(
    jadiRincian(rAduSelesai, [
      batasAdu === null
        ? L('laporan.catatan.tanpaBatasAdu')
        : L('laporan.catatan.batasAdu', { hari: batasAdu }),
    ]),
  );
  const semuaAdu = pilih.flatMap((i) => waktuAdu.xs[i]!);
  const semuaAduNomor = pilih.flatMap((i) => waktuAdu.nomor[i]!);
  tabel.push({
    id: 'pengaduan-waktu',
    jenis: 'statistik',
    judul: L('laporan.tabel.pengaduan-waktu'),
    dasar: 'tanggal-pengaduan',
    satuan: 'hari',
    kolom,
    baris: [
      statBaris(
        'median-hari-pengaduan',
        'hari',
        (i) => ({
          v: median(waktuAdu.xs[i]!),
          n: waktuAdu.xs[i]!.length,
          nomor: waktuAdu.nomor[i]!,
        }),
        { v: median(semuaAdu), n: semuaAdu.length, nomor: semuaAduNomor },
        'pengaduan-waktu',
      ),
      statBaris(
        'terlama-hari-pengaduan',
        'hari',
        (i) => maxDengan(waktuAdu.xs[i]!, waktuAdu.nomor[i]!),
        maxDengan(semuaAdu, semuaAduNomor),
        'pengaduan-waktu',
      ),
      statBaris(
        'terbuka-akhir-tahun',
        'pengaduan',
        (i) => ({ v: terbukaAkhir[i]!, n: terbukaAkhir[i]!, nomor: terbukaNomor[i]! }),
        {
          v: pilih.reduce((a, i) => a + terbukaAkhir[i]!, 0),
          n: pilih.reduce((a, i) => a + terbukaAkhir[i]!, 0),
          nomor: pilih.flatMap((i) => terbukaNomor[i]!),
        },
        'pengaduan-waktu',
      ),
    ],
    catatan: [L('laporan.catatan.pengaduanTerbuka', { akhir: akhirTahun })],
  });

  // Part 2 d: staff, and the indicator "Jumlah Pekerja Sosial Profesional" (seed 003).
  tabel.push(...tabelStaf(lembaga, opts.layanan, jejakMap));

  // Comparison with the previous year (only where the register has cases active then).
  if (lalu[0]! > 0) {
    const kolomBanding: Kolom[] = [
      { key: String(tahun - 1), label: { id: String(tahun - 1), en: String(tahun - 1) } },
      { key: String(tahun), label: { id: String(tahun), en: String(tahun) } },
      { key: 'selisih', label: L('laporan.kolom.selisih') },
    ];
    const keys = [
      'dilayani',
      'baru',
      'selesai',
      'dirujuk',
      'berhenti',
      'aktif-akhir',
      'kegiatan',
      'pengaduan',
    ];
    tabel.push({
      id: 'perbandingan',
      jenis: 'statistik',
      judul: L('laporan.tabel.perbandingan'),
      dasar: 'periode-layanan',
      satuan: 'kasus',
      kolom: kolomBanding,
      baris: keys.map((key, i) => {
        if (jejakMap) {
          jejakMap.set(`perbandingan|${key}|${tahun - 1}`, laluNomor[i]!);
          jejakMap.set(`perbandingan|${key}|${tahun}`, iniNomor[i]!);
        }
        return {
          key,
          label: B(`banding-${key}`),
          nilai: [lalu[i]!, ini[i]!, ini[i]! - lalu[i]!],
          dasarN: [lalu[i]!, ini[i]!, Math.min(lalu[i]!, ini[i]!)],
        };
      }),
      catatan: [L('laporan.catatan.perbandingan', { lalu: tahun - 1 })],
    });
  }

  // --publik: small counts hidden, and the cells that would give them back (publik.ts).
  const ambang = pengaturan.ambangPublik ?? AMBANG_PUBLIK;
  if (opts.publik) tekanPublik(tabel, ambang);

  const layananLaporan = pilih.map((i) => svc[i]!);
  const findings = opts.findings;
  const { pengelolaan, penyampaian } = aspekAspek(
    lembaga,
    layananLaporan,
    standar,
    findings,
    opts.ruleSections ?? null,
    opts.tanggal,
    tahun,
  );

  // --publik: findings counts rounded, their totals the sums of what is published (publik.ts).
  return terbitkanTemuan({
    tahun,
    periode: { mulai: mulaiTahun, akhir: akhirTahun },
    tanggal: opts.tanggal,
    mulaiDari,
    layanan: layananLaporan,
    identitas: identitas(lembaga, layananLaporan, standar, opts.tanggal, bulanBatas),
    pengelolaan,
    penyampaian,
    tabel,
    temuan: findings ? temuanTerbuka(findings) : [],
    validasi: findings !== null,
    catatanData: [...catatan.entries()].map(([key, c]) => ({
      key,
      jumlah: c.jumlah,
      kasus: c.kasus,
    })),
    publik: opts.publik ? { ambang } : null,
    jejak: jejakMap,
  });
}

/** Append without spreading: a spread of 100 000 register numbers overflows the call stack. */
function tambahSemua(into: string[], from: readonly string[]): void {
  for (const x of from) into.push(x);
}

/** Served, new, closed by kind, active at the end: the flow of one year. */
function tambahArus(
  acc: number[],
  nomorAcc: string[][],
  p: Periode,
  k: Kasus,
  mulai: string,
  akhir: string,
  nomor: string,
  jejak: boolean,
): void {
  const inc = (i: number) => {
    acc[i]!++;
    if (jejak) nomorAcc[i]!.push(nomor);
  };
  inc(0);
  if (p.mulai >= mulai) inc(1);
  if (p.akhir !== null && p.akhir <= akhir) {
    if (k.status === 'selesai') inc(2);
    else if (k.status === 'dirujuk') inc(3);
    else if (k.status === 'berhenti') inc(4);
  } else inc(5);
}

/** Whole-process complaint deadline: the lembaga's own setting, else the sum of the per-step days of 1.6.5 c. */
function batasWaktuPengaduan(l: Lembaga): number | null {
  if (typeof l.pengaturan?.batasWaktuPengaduanHari === 'number')
    return l.pengaturan.batasWaktuPengaduanHari;
  const b = l.pengaduan?.prosedur?.batasWaktuHari;
  if (!b) return null;
  const parts = [b.penerimaan, b.penanganan, b.penyampaianHasil].filter(
    (x): x is number => typeof x === 'number',
  );
  return parts.length ? parts.reduce((a, x) => a + x, 0) : null;
}

/* ------------------------------------------------------------------ staff */

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

function tabelStaf(
  lembaga: Lembaga,
  layanan: LayananKey | undefined,
  jejakMap: Map<string, string[]> | null,
): Tabel[] {
  const staf = (lembaga.staf ?? []).filter(
    (s) => s.aktif !== false && (!layanan || (s.layanan ?? []).includes(layanan)),
  );
  const kolom: Kolom[] = [{ key: 'total', label: L('laporan.kolom.orang') }];
  const rincian = (
    id: string,
    keys: readonly string[],
    prefix: string | null,
    kunci: (s: Staf) => string,
    catatan?: Label[],
  ): Tabel => {
    const counts = new Map<string, string[]>();
    for (const k of keys) counts.set(k, []);
    counts.set(TIDAK_DIISI, []);
    for (const s of staf) {
      const k = kunci(s);
      (counts.get(k) ?? counts.get(TIDAK_DIISI)!).push(String(s.id ?? ''));
    }
    const baris: Baris[] = [...counts.entries()]
      .filter(([k, ids]) => ids.length > 0 || k !== TIDAK_DIISI || prefix === null)
      .map(([k, ids]) => {
        jejakMap?.set(`${id}|${k}|total`, ids);
        return {
          key: k,
          label:
            k === TIDAK_DIISI ? B(TIDAK_DIISI) : prefix ? L(`${prefix}.${k}`) : { id: k, en: k },
          nilai: [ids.length],
        };
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
      kolom,
      baris,
      total: { key: 'total', label: B('jumlah'), nilai: [staf.length] },
      ...(catatan ? { catatan } : {}),
    };
  };
  return [
    rincian('staf-peran', PERAN, 'laporan.peran', (s) =>
      PERAN.includes(s.peran) ? s.peran : TIDAK_DIISI,
    ),
    rincian('staf-pendidikan', JENJANG, null, (s) =>
      s.pendidikan?.jenjang && JENJANG.includes(s.pendidikan.jenjang)
        ? s.pendidikan.jenjang
        : TIDAK_DIISI,
    ),
    rincian(
      'indikator-peksos',
      ['profesional', 'tanpa-bukti-kompetensi', 'bukan-pekerja-sosial'],
      'laporan.baris',
      pekerjaSosialProfesional,
      [L('laporan.catatan.indikator')],
    ),
  ];
}

/* ------------------------------------------------------------ identity */

function berlaku(sampai: string | undefined, tanggal: string): boolean | null {
  const d = tanggalSah(sampai);
  return d ? d >= tanggal : null;
}

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

/* ------------------------------------------------------------ aspects */

/** The Lampiran section (x.y) a reference or a rule's section names, e.g. "2.3". */
function bagianDari(ref: string): string | null {
  const m = /(?:angka\s+|Lampiran\s+[A-E]\s+)(\d+\.\d+)/.exec(ref);
  return m ? m[1]! : null;
}

/**
 * A finding of the credit rules (kredit/<tahun>.yaml|xlsx). Their messages name workers by staff
 * id and numbers only; load problems of those files (which may quote a cell) are not included.
 */
function dariLogKredit(f: Finding): boolean {
  return f.rule.startsWith('kredit-');
}

function aspekAspek(
  l: Lembaga,
  layanan: LayananKey[],
  standar: SummariseOptions['standar'],
  findings: readonly Finding[] | null,
  ruleSections: readonly { id: string; sections: readonly string[] }[] | null,
  tanggal: string,
  tahun: number,
): { pengelolaan: Aspek[]; penyampaian: Aspek[] } {
  const perBagian = new Map<string, { error: number; warning: number; info: number }>();
  for (const f of findings ?? []) {
    // Credit-log findings (PermenPANRB 2020, Jabatan Fungsional Pekerja Sosial) concern the
    // competence of the civil-service social workers: counted under 2.3 Kompetensi pelaksana.
    const b = f.ref ? (bagianDari(f.ref) ?? (dariLogKredit(f) ? '2.3' : null)) : null;
    if (!b) continue;
    const c = perBagian.get(b) ?? { error: 0, warning: 0, info: 0 };
    c[f.severity]++;
    perBagian.set(b, c);
  }
  const aturanPerBagian = new Map<string, number>();
  for (const r of ruleSections ?? []) {
    const seen = new Set<string>();
    for (const s of r.sections) {
      const b = bagianDari(s);
      if (b && !seen.has(b)) {
        seen.add(b);
        aturanPerBagian.set(b, (aturanPerBagian.get(b) ?? 0) + 1);
      }
    }
  }
  const buat = (
    huruf: string,
    judul: string,
    bagian: string[],
    fakta: Label[],
    tabelIds: string[] = [],
  ): Aspek => {
    const temuan = { error: 0, warning: 0, info: 0 };
    let aturan = 0;
    for (const b of bagian) {
      const c = perBagian.get(b);
      if (c) {
        temuan.error += c.error;
        temuan.warning += c.warning;
        temuan.info += c.info;
      }
      aturan += aturanPerBagian.get(b) ?? 0;
    }
    // Without the rule registry, a section with findings was evidently checked.
    const diperiksa = findings !== null && (ruleSections ? aturan > 0 : true);
    const status: StatusKepatuhan =
      temuan.error > 0
        ? 'tidak-memenuhi'
        : temuan.warning > 0
          ? 'perlu-perhatian'
          : diperiksa
            ? 'memenuhi'
            : 'tidak-diperiksa';
    return {
      huruf,
      judul: L(`laporan.aspek.${judul}`),
      bagian,
      fakta,
      status,
      temuan,
      aturan,
      tabel: tabelIds,
    };
  };

  const staf = (l.staf ?? []).filter((s) => s.aktif !== false);
  const fas = l.fasilitas ?? {};
  const kunciFasilitas = new Set(
    layanan.flatMap((k) => (standar[k]?.fasilitas ?? []).map((f) => f.key)),
  );
  const adaFasilitas = [...kunciFasilitas].filter((k) => {
    const v = fas[k];
    return (
      v === true || (typeof v === 'number' && v > 0) || (typeof v === 'string' && v.trim() !== '')
    );
  }).length;
  const kes = l.keselamatan ?? {};
  const butirKeselamatan = [
    kes.protokolDarurat,
    kes.apar ? (kes.apar.jumlah ?? 0) > 0 : undefined,
    kes.jalurEvakuasi,
    kes.tandaArah,
    kes.titikKumpul,
    kes.informasiKeselamatan,
    kes.penjelasanKlien,
  ];
  const skLayanan = (jenis: 'kriteriaKlien' | 'tarif' | 'pengaduan') =>
    layanan.filter((k) => Boolean(l.layanan?.[k]?.sk?.[jenis]?.nomor)).length;
  const dievaluasi = staf.filter((s) =>
    (tanggalSah(s.evaluasiTerakhir) ?? '').startsWith(String(tahun)),
  ).length;
  // A lembaga.yaml with a schema error still reaches the report: never trust the type.
  const aspekMentah: unknown = l.pengawasan?.aspek;
  const aspekPengawasan = Array.isArray(aspekMentah) ? (aspekMentah as string[]) : [];
  const fakta = (key: string, params?: Record<string, string | number>) =>
    L(`laporan.fakta.${key}`, params);
  const yaTidak = (b: boolean | undefined) =>
    b === true ? 'ya' : b === false ? 'tidak' : 'tidak-diisi';

  const pengelolaan: Aspek[] = [
    buat(
      'a',
      'dasarHukum',
      ['2.1'],
      [
        fakta('dasarHukum', {
          jumlah: layanan.length ? (standar[layanan[0]!]?.dasarHukum.length ?? 0) : 0,
        }),
        fakta(l.lembaga?.badanHukum?.nomor ? 'badanHukum.ada' : 'badanHukum.tidak-diisi'),
      ],
    ),
    buat(
      'b',
      'sarana',
      ['2.2'],
      [fakta('fasilitas', { ada: adaFasilitas, dari: kunciFasilitas.size })],
    ),
    buat(
      'c',
      'pengawasan',
      ['2.4'],
      [
        fakta(`pedomanPengawasan.${yaTidak(l.pengawasan?.pedoman)}`),
        fakta('aspekPengawasan', {
          ada: aspekPengawasan.length,
          daftar: aspekPengawasan.join(', ') || '-',
        }),
      ],
    ),
    buat(
      'd',
      'pelaksana',
      ['2.3', '2.5'],
      [
        fakta('jumlahStaf', {
          staf: staf.length,
          peksos: staf.filter((s) => s.peran === 'pekerja-sosial').length,
          supervisor: staf.filter((s) => s.peran === 'supervisor').length,
        }),
        fakta('indikator', {
          jumlah: staf.filter((s) => pekerjaSosialProfesional(s) === 'profesional').length,
        }),
      ],
      ['staf-peran', 'staf-pendidikan', 'indikator-peksos'],
    ),
    buat(
      'e',
      'jaminan',
      ['2.6'],
      [
        fakta(
          `izin.${l.izin?.nomor ? (berlaku(l.izin.berlakuSampai, tanggal) === false ? 'kedaluwarsa' : 'ada') : 'tidak-diisi'}`,
          { nomor: l.izin?.nomor ?? '-', sampai: l.izin?.berlakuSampai ?? '-' },
        ),
        fakta('akreditasi', {
          ada: daftarObjek(l.akreditasi).filter(
            (a) => layanan.includes(a.bidang) && berlaku(a.berlakuSampai, tanggal) !== false,
          ).length,
          dari: layanan.length,
        }),
        fakta('laporanTerakhir', { tahun: l.jaminan?.laporanTahunanTerakhir ?? '-' }),
      ],
    ),
    buat(
      'f',
      'keselamatan',
      ['2.7'],
      [
        fakta('keselamatan', {
          ada: butirKeselamatan.filter((x) => x === true).length,
          dari: butirKeselamatan.length,
        }),
        fakta('latihan', { tanggal: tanggalSah(kes.latihanDrillTerakhir) ?? '-' }),
      ],
    ),
    buat(
      'g',
      'evaluasiKinerja',
      ['2.8'],
      [
        fakta(`kerangkaKompetensi.${yaTidak(l.evaluasiKinerja?.kerangkaKompetensi)}`),
        fakta('dievaluasi', { jumlah: dievaluasi, dari: staf.length, tahun }),
      ],
    ),
  ];
  const penyampaian: Aspek[] = [
    buat(
      'a',
      'persyaratan',
      ['1.1'],
      [fakta('skKriteria', { ada: skLayanan('kriteriaKlien'), dari: layanan.length })],
      [
        'klien-asal',
        'klien-keadaan-akhir',
        'klien-jenis',
        'klien-jenis-kelamin',
        'klien-umur',
        'klien-ppks',
        'klien-klaster',
        'klien-basis',
        'klien-dtks',
        'klien-wilayah',
        'kasus-per-bulan',
      ],
    ),
    buat('b', 'prosedur', ['1.2'], [], ['kegiatan-tahap', 'kegiatan-jenis', 'rujukan-lembaga']),
    buat('c', 'jangkaWaktu', ['1.3'], [], ['jangka-waktu', 'lama-layanan']),
    buat(
      'd',
      'tarif',
      ['1.4'],
      [fakta('skTarif', { ada: skLayanan('tarif'), dari: layanan.length })],
      ['kegiatan-tingkat', 'kegiatan-durasi', 'kegiatan-pembiayaan', 'biaya'],
    ),
    buat('e', 'produk', ['1.5'], [fakta('produk')], ['kegiatan-jenis']),
    buat(
      'f',
      'pengaduan',
      ['1.6'],
      [fakta('skPengaduan', { ada: skLayanan('pengaduan'), dari: layanan.length })],
      ['pengaduan-jenis', 'pengaduan-saluran', 'pengaduan-penyelesaian', 'pengaduan-waktu'],
    ),
  ];
  return { pengelolaan, penyampaian };
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

/** The objects of a list from lembaga.yaml; an item the schema rejected (null, a number) is left out. */
function daftarObjek<T>(xs: readonly T[] | null | undefined): NonNullable<T>[] {
  return Array.isArray(xs)
    ? xs.filter((x): x is NonNullable<T> => x !== null && typeof x === 'object')
    : [];
}
