/**
 * Case rules of Permensos 14/2020 on fees (Lampiran A–E 1.4): each charged activity at the
 * institution's tariff (SK 1.4.3, matrix 1.4.4, nothing above it: 1.6.3 e) and each social
 * worker's pro bono share (1.4.2 e).
 */
import type { DraftFinding, Lintas, Rule, RuleContext } from '../rule.js';
import { periksaLintas } from '../rule.js';
import type { Kegiatan } from '../../model/kasus.js';
import type { BarisTarifNilai, LayananLembaga } from '../../model/lembaga.js';
import type { StandarLayanan, DurasiKey, LayananKey } from '../types.js';
import { TINGKAT_KEYS, DURASI_KEYS } from '../types.js';
import { isTanggal } from '../../core/tanggal.js';
import { HitungProBono, PERSEN_PRO_BONO, type KuotaProBono } from './probono.js';
import { hitungTarif } from './hitung-tarif.js';
import { bagianPendek, diLembaga, layananRule } from './define.js';
import { itemBagian } from './bagian.js';
import { diKasusLayanan, perKasus, perKegiatan } from './kasus-terdaftar.js';
import { REGISTER_APA_ADANYA, pesanDi, ubah, ubahSerta } from '../contoh.js';

/** The tariff matrix in force: the amounts written in lembaga.yaml, completed from `dasarTarif` when given. */
export function tarifBerlaku(
  lay: LayananLembaga,
  s: StandarLayanan,
): Record<string, BarisTarifNilai> {
  const tertulis = (lay.tarif ?? {}) as Record<string, BarisTarifNilai>;
  if (!lay.dasarTarif) return tertulis;
  const dihitung = hitungTarif(lay.dasarTarif, s).nilai;
  const out: Record<string, BarisTarifNilai> = { ...dihitung };
  for (const [row, v] of Object.entries(tertulis)) out[row] = { ...dihitung[row], ...v };
  return out;
}

/** The tariff row that charges an activity (catalogue), or null when the activity is not priced. */
export function barisUntukKegiatan(s: StandarLayanan, kegiatan: string): string | null {
  const row = s.tarif.baris.find((b) => b.kegiatan.includes(kegiatan));
  if (row) return row.key;
  const keg = s.kegiatan.find((k) => k.key === kegiatan);
  if (keg?.tahap === 'asesmen') return s.tarif.baris.find((b) => b.key === 'asesmen')?.key ?? null;
  return null;
}

const tarifKegiatan = layananRule('kasus-tarif-sesuai', 'error', {
  scope: 'kasus',
  bagian: (s) => [
    s.tarif.sk,
    s.tarif.matriks,
    itemBagian(s.pengaduan.jenis, 'pembayaran-di-luar-tarif')!,
  ],
  summary: {
    id: 'Biaya yang ditagih sama dengan tarif lembaga untuk kegiatan, durasi, dan tingkat itu; pro bono tanpa biaya.',
    en: "The fee charged equals the institution's tariff for that activity, duration and tier; pro bono is free.",
  },
  doc: {
    id: 'Untuk setiap kegiatan dengan `biaya` > 0: kegiatan itu harus berada di salah satu baris matriks tarif layanannya (angka 1.4.4; asesmen = baris "Asesmen 5 tahap"), `durasi` dan `tingkat` harus diisi, dan biaya harus sama dengan tarif di `layanan.<layanan>.tarif` (SK tarif, 1.4.3). Biaya di atas tarif adalah "permintaan pembayaran di luar tarif yang disepakati" (1.6.3 e). Kegiatan `proBono: true` harus berbiaya 0. Asesmen "5 tahap" adalah satu butir bertarif untuk seluruh asesmen: ditagih sekali per kasus (kegiatan asesmen lain berbiaya 0); tagihan kedua adalah temuan.',
    en: 'For each activity with `biaya` > 0: the activity must sit on a row of the service\'s matrix (1.4.4), `durasi` and `tingkat` must be given, and the fee must equal the tariff (1.4.3). A fee above it is "payment outside the agreed tariff" (1.6.3 e). A `proBono` activity must cost 0. The "5 tahap" assessment is one priced item for the whole assessment: charged once per case (other assessment activities cost 0); a second charge is a finding.',
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Ditagih Rp1 di atas tarif.',
          [['/kasus/0/kegiatan/1/biaya', 150001]],
          pesanDi(
            'Kasus HB-2026-001: ditagih Rp150.001, di atas tarif SK Rp150.000 (permintaan pembayaran di luar tarif).',
            'register-2026.yaml:40',
          ),
        ),
        ubah(
          'Asesmen 5 tahap ditagih kedua kalinya.',
          [
            [
              '/kasus/0/kegiatan/6',
              {
                tanggal: '2026-01-13',
                kegiatan: 'pengumpulan-data',
                durasi: '5-tahap',
                tingkat: 'tingkat1',
                biaya: 250000,
              },
            ],
          ],
          pesanDi(
            'Kasus HB-2026-001: asesmen 5 tahap sudah ditagih pada 2026-01-12; satu butir bertarif ini ditagih sekali per kasus.',
            'register-2026.yaml:38',
          ),
        ),
      ],
      lulus: [
        ubah('Ditagih tepat sebesar tarif.', [['/kasus/0/kegiatan/1/biaya', 150000]]),
        ubah('Kegiatan asesmen kedua tanpa biaya.', [
          [
            '/kasus/0/kegiatan/6',
            {
              tanggal: '2026-01-13',
              kegiatan: 'pengumpulan-data',
              durasi: '5-tahap',
              tingkat: 'tingkat1',
              biaya: 0,
            },
          ],
        ]),
      ],
    },

    gagal: ubah('Biaya di atas tarif.', [['/kasus/0/kegiatan/2/biaya', 999000]]),
    lulus: REGISTER_APA_ADANYA,
  },
  check: (ctx) =>
    perKasus(ctx, (k, s) => {
      const lay = ctx.lembaga.layanan[k.kasus.layanan] ?? {};
      // Amounts come from the matrix in lembaga.yaml, else from the basis it gives (1.4.1–1.4.2).
      const matriks = tarifBerlaku(lay, s);
      let asesmenDitagih: string | null = null;
      return perKegiatan(k, (g, i): DraftFinding[] => {
        const temuan = (m: MasalahBiaya, biaya: number): DraftFinding => ({
          message: m.message,
          params: { nomor: k.kasus.nomor, ...m.params },
          ...diKasusLayanan(k, `/kegiatan/${i}${m.sub ?? '/biaya'}`),
          ...(m.bagian ? { bagian: m.bagian } : {}),
          value: biaya,
          ...('expected' in m ? { expected: m.expected } : {}),
        });
        if (g.proBono)
          return typeof g.biaya === 'number' && g.biaya > 0
            ? [
                temuan(
                  {
                    message: 'r.kasus.proBonoBerbiaya',
                    params: { biaya: rp(g.biaya) },
                    expected: 0,
                  },
                  g.biaya,
                ),
              ]
            : [];
        if (typeof g.biaya !== 'number' || g.biaya === 0) return [];
        if (!s.kegiatan.some((x) => x.key === g.kegiatan)) return []; // reported by kasus-kegiatan-layanan
        const row = barisUntukKegiatan(s, g.kegiatan);
        const m = masalahBiaya(s, matriks, g, row, asesmenDitagih);
        // "Asesmen 5 tahap" is one priced item for the whole assessment: billed once per case.
        if (row === 'asesmen' && asesmenDitagih === null)
          asesmenDitagih = isTanggal(g.tanggal) ? g.tanggal : `kegiatan ${i + 1}`;
        return m ? [temuan(m, g.biaya)] : [];
      });
    }),
});

/** What is wrong with a charged activity's fee: a message and where, or null when it is right. */
interface MasalahBiaya {
  message: string;
  params?: Record<string, string | number>;
  /** Below the activity's pointer; default its fee. */
  sub?: string;
  bagian?: string;
  expected?: unknown;
}

/**
 * One charged activity's fee against the tariff in force: its matrix row (1.4.4), its duration
 * and tier, the amount in the SK (1.4.3); above it is payment outside the tariff (1.6.3 e).
 */
function masalahBiaya(
  s: StandarLayanan,
  matriks: Record<string, BarisTarifNilai>,
  g: Kegiatan,
  row: string | null,
  asesmenDitagih: string | null,
): MasalahBiaya | null {
  const biaya = g.biaya as number;
  if (!row)
    return { message: 'r.kasus.kegiatanTanpaTarif', params: { kegiatan: g.kegiatan }, expected: 0 };
  if (row === 'asesmen' && asesmenDitagih !== null)
    return {
      message: 'r.kasus.asesmenGanda',
      params: { pertama: asesmenDitagih },
      bagian: bagianPendek(s.tarif.matriks),
      expected: 0,
    };
  const durasi: DurasiKey | undefined = row === 'asesmen' ? '5-tahap' : g.durasi;
  if (!durasi || !g.tingkat) return { message: 'r.kasus.tarifTanpaDurasi', sub: '' };
  // An invalid duration or tier is the schema's finding; nothing to compare.
  if (
    !(TINGKAT_KEYS as readonly string[]).includes(g.tingkat) ||
    !(DURASI_KEYS as readonly string[]).includes(durasi)
  )
    return null;
  const tarif = matriks[row]?.[durasi]?.[g.tingkat];
  if (typeof tarif !== 'number')
    return {
      message: 'r.kasus.tarifTidakDitetapkan',
      params: { baris: row, durasi, tingkat: g.tingkat },
    };
  if (biaya === tarif) return null;
  const lebih = biaya > tarif;
  return {
    message: lebih ? 'r.kasus.tarifLebih' : 'r.kasus.tarifKurang',
    params: { biaya: rp(biaya), tarif: rp(tarif) },
    bagian: bagianPendek(
      lebih ? itemBagian(s.pengaduan.jenis, 'pembayaran-di-luar-tarif')! : s.tarif.sk,
    ),
    expected: tarif,
  };
}

function rp(n: number): string {
  return 'Rp' + n.toLocaleString('id-ID');
}

/**
 * Every activity of every case counts (all the worker's activities, whatever --layanan shows),
 * kept as counts per year and worker; years after "today" are mistyped dates (reported by
 * kasus-tanggal-masa-depan), not a quota to meet.
 */
function proBonoLintas(ctx: RuleContext): Lintas {
  const offered = Object.keys(ctx.lembaga.layanan);
  const hitung = new HitungProBono(ctx.lembaga);
  let layanan: LayananKey | undefined;
  let pertama = true;
  return {
    tambah(k) {
      if (!offered.includes(k.kasus.layanan)) return [];
      if (pertama) {
        layanan = k.kasus.layanan;
        pertama = false;
      }
      hitung.tambah(k.kasus);
      return [];
    },
    selesai() {
      const tahunIni = Number(ctx.tanggal.slice(0, 4));
      const years = ctx.tahun
        ? [ctx.tahun]
        : [...hitung.tahunSah].filter((y) => !Number.isNaN(y) && y <= tahunIni).sort();
      const out: DraftFinding[] = [];
      const diatur = ctx.lembaga.pengaturan?.proBono?.persen;
      if (typeof diatur === 'number' && diatur < PERSEN_PRO_BONO)
        out.push({
          message: 'r.kasus.proBonoPersen',
          params: { persen: diatur },
          ...diLembaga(layanan ?? ctx.layanan[0], '/pengaturan/proBono/persen'),
          value: diatur,
          expected: `>= ${PERSEN_PRO_BONO}`,
        });
      for (const tahun of years) out.push(...temuanProBono(ctx, hitung.hasil(tahun), layanan));
      return out;
    },
  };
}

/** One year's pro bono findings: the institution's total, or each worker short of the quota. */
function temuanProBono(
  ctx: RuleContext,
  q: KuotaProBono,
  layanan: LayananKey | undefined,
): DraftFinding[] {
  const tahun = q.tahun;
  const out: DraftFinding[] = [];
  if (q.dasar === 'kegiatan-lembaga-per-tahun') {
    if (q.total.kurang > 0)
      out.push({
        message: 'r.kasus.proBonoLembaga',
        params: {
          tahun,
          pb: q.total.proBono,
          total: q.total.kegiatan,
          wajib: q.total.kuota,
          persen: q.persen,
        },
        target: { source: 'lembaga', pointer: ctx.lembaga.pengaturan ? '/pengaturan' : '' },
        layanan,
        value: q.total.proBono,
        expected: `>= ${q.total.kuota}`,
      });
    return out;
  }
  for (const r of q.perPekerja) {
    if (r.kurang === 0 || r.pelaksana === null) continue;
    const i = ctx.lembaga.staf.findIndex((s) => s.id === r.pelaksana);
    out.push({
      message: 'r.kasus.proBonoPekerja',
      params: {
        nama: i >= 0 ? ctx.lembaga.staf[i]!.nama : r.pelaksana,
        tahun,
        pb: r.proBono,
        total: r.kegiatan,
        wajib: r.kuota,
        persen: q.persen,
      },
      target: { source: 'lembaga', pointer: i >= 0 ? `/staf/${i}` : '/staf' },
      layanan,
      value: r.proBono,
      expected: `>= ${r.kuota}`,
    });
  }
  return out;
}

const proBono = layananRule('kasus-pro-bono', 'warning', {
  scope: 'kasus',
  bagian: (s) => [itemBagian(s.faktorTarif, 'probono')!],
  summary: {
    id: 'Layanan pro bono setiap pekerja sosial paling sedikit 10 % dari kegiatannya dalam setahun (atau sesuai pengaturan lembaga).',
    en: "Each social worker's pro bono services are at least 10 % of their activities in a year (or as the institution set).",
  },
  doc: {
    id: 'Angka 1.4.2 e: "layanan probono dari Pekerja Sosial sebanyak 10% dari kegiatan-kegiatan yang dilaksanakan". Teks tidak menyebut dasarnya; bawaan: kegiatan per pekerja sosial per tahun (`pengaturan.proBono.dasar: kegiatan-per-pekerja-per-tahun`), atau seluruh kegiatan lembaga per tahun (`kegiatan-lembaga-per-tahun`); persentase `pengaturan.proBono.persen` (bawaan 10; boleh lebih tinggi, tidak boleh lebih rendah: angka 1.4.2 e menetapkan "sebanyak 10%", maka persen di bawah 10 dilaporkan dan kuota tetap dihitung dengan 10 %). Kewajibannya dibulatkan ke atas ("paling sedikit 10 %": 5 kegiatan mewajibkan 1 pro bono), dan hanya kegiatan pekerja sosial (termasuk supervisor) yang dihitung. Perhitungan yang sama dipakai `lembaga tarif` untuk kuota pro bono. Tahun: --tahun, atau setiap tahun yang ada di register.',
    en: '1.4.2 e: pro bono "10% of the activities carried out". The basis is unstated; default: activities per worker per year, or all the institution\'s activities per year; percentage from `pengaturan.proBono.persen` (default 10; it may be raised, never lowered: 1.4.2 e fixes 10 %, so a lower value is reported and the quota is still computed at 10 %). The quota is rounded up (at least 10 %: 5 activities owe 1); only activities of social workers count. `lembaga tarif` uses the same computation. Year: --tahun, or each year in the register.',
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Budi: 11 kegiatan 2026, 1 pro bono (wajib 2: 10 % dibulatkan ke atas).',
          [
            ['/kasus/1/kegiatan/4/proBono', undefined],
            ['/kasus/1/kegiatan/4/biaya', 70000],
          ],
          pesanDi(
            'Budi Santoso, S.Sos. memberi 1 kegiatan pro bono dari 11 kegiatan pada 2026; paling sedikit 2 (10 %).',
            'lembaga.yaml:217',
          ),
        ),
        ubahSerta(
          'Persen pro bono diturunkan ke 9.',
          [],
          [['/pengaturan/proBono/persen', 9]],
          pesanDi(
            'pengaturan.proBono.persen 9 % di bawah 10 % yang ditetapkan angka 1.4.2 e; kuota dihitung dengan 10 %.',
            'lembaga.yaml:289',
          ),
        ),
      ],
      lulus: [
        ubah('Budi: tepat 10 kegiatan 2026, 1 pro bono (tepat 10 %).', [
          ['/kasus/1/kegiatan/4/proBono', undefined],
          ['/kasus/1/kegiatan/4/biaya', 70000],
          ['/kasus/4/kegiatan', []],
        ]),
        ubahSerta(
          'Persen pro bono dinaikkan ke 10 (tetap).',
          [],
          [['/pengaturan/proBono/persen', 10]],
        ),
      ],
    },

    gagal: ubah('Tidak ada kegiatan pro bono.', [['/kasus/1/kegiatan/1/proBono', false]]),
    lulus: REGISTER_APA_ADANYA,
  },
  check: periksaLintas(proBonoLintas),
  lintas: proBonoLintas,
});

/* ---------------------------------------------------- who may be a client */

/** The case rules on fees (1.4), in the order of the Lampiran. */
export const TARIF_KASUS_RULES: readonly Rule[] = [tarifKegiatan, proBono];
