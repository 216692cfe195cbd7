/** Institution-level rules on fees: the tariff SK (1.4.3) and the tariff matrix (1.4.4). */
import type { DraftFinding, RuleContext } from '../rule.js';
import type { LayananKey, StandarLayanan, TingkatKey, DurasiKey } from '../types.js';
import { TINGKAT_KEYS } from '../types.js';
import { DASAR_PENENTUAN_TARIF } from '../../model/lembaga.js';
import type { LayananLembaga } from '../../model/lembaga.js';
import { diLembaga, layananRule, perLayanan } from './define.js';
import { terdekat } from '../../core/mirip.js';
import { skRule } from './rules-lembaga-bantu.js';
import { pesanDi, setel, ubah } from '../contoh.js';

export const skTarif = skRule(
  'sk-tarif',
  'tarif',
  'tarif',
  {
    id: 'Besaran biaya/tarif ditetapkan dengan SK pimpinan lembaga.',
    en: 'Fee amounts are fixed by decree of the head of the institution.',
  },
  { barisTanggal: 52 },
);

export const TINGKAT_LABEL: Record<TingkatKey, string> = {
  tingkat1: 'Tingkat I',
  tingkat2: 'Tingkat II',
  tingkat3: 'Tingkat III',
};
export const DURASI_LABEL: Record<DurasiKey, string> = {
  '1-jam': '1 jam',
  '2-jam': '2 jam',
  'lebih-2-jam': '> 2 jam',
  '5-tahap': '5 tahap',
};

/** Rows the lembaga must price: every non-optional row, and optional rows it offers or has priced. */
export function barisWajib(
  s: StandarLayanan,
  lay: { tarif?: Record<string, unknown>; barisOpsional?: string[] },
) {
  const priced = lay.tarif && typeof lay.tarif === 'object' ? Object.keys(lay.tarif) : [];
  return s.tarif.baris.filter(
    (b) => !b.opsional || priced.includes(b.key) || (lay.barisOpsional ?? []).includes(b.key),
  );
}

export function nilai(
  lay: { tarif?: Record<string, unknown> },
  baris: string,
  d: DurasiKey,
  t: TingkatKey,
): number | undefined {
  const row = lay.tarif?.[baris] as Record<string, Record<string, unknown> | undefined> | undefined;
  const v = row?.[d]?.[t];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/**
 * Tiers the lembaga offers for a service: those with at least one amount in its matrix.
 * 1.4.4 says the fee *may* use the matrix, so a tier the lembaga does not offer is not a gap;
 * a matrix with no amount at all is read as offering Tingkat I.
 */
export function tingkatDitawarkan(lay: { tarif?: Record<string, unknown> }): TingkatKey[] {
  const rows = Object.values(lay.tarif ?? {}) as (Record<string, Record<string, unknown>> | null)[];
  const ada = TINGKAT_KEYS.filter((t) =>
    rows.some(
      (row) =>
        row &&
        typeof row === 'object' &&
        Object.values(row).some((d) => d && typeof d === 'object' && typeof d[t] === 'number'),
    ),
  );
  return ada.length ? ada : ['tingkat1'];
}

export const tarifLengkap = layananRule('tarif-matriks-lengkap', 'error', {
  bagian: (s) => [s.tarif.matriks],
  summary: {
    id: 'Matriks tarif berisi setiap baris wajib layanan itu, pada setiap durasi dan setiap tingkat yang ditawarkan lembaga.',
    en: "The tariff matrix has every required row of that service's matrix, at every duration and every tier the institution offers.",
  },
  doc: {
    id: 'Membandingkan `layanan.<layanan>.tarif` dengan baris matriks Lampiran angka 1.4.4 layanan itu (lihat `lembaga tarif`). Wajib: setiap baris tidak opsional, pada setiap durasinya, pada setiap tingkat yang ditawarkan. Opsional: baris penjangkauan/rujukan (diperiksa hanya bila ada di `barisOpsional` atau sudah diberi tarif) dan tingkat yang tidak ditawarkan — angka 1.4.4 berbunyi tarif "dapat" memakai matriks, maka tingkat (kolom) yang tidak berisi satu angka pun di seluruh matriks layanan itu dianggap tidak ditawarkan, bukan kekosongan. Asesmen "5 tahap" adalah satu butir bertarif. Sel kosong dilaporkan per baris; tarif 0 sah (misalnya disubsidi penuh). Matriks di Lampiran adalah templat dengan penomoran tidak rapi (B punya dua baris nomor 3; A tidak punya baris penjangkauan/rujukan): butir setiap layanan dipertahankan dan dinomori ulang.',
    en: 'Compares `layanan.<service>.tarif` with the rows of that service\'s 1.4.4 matrix (see `lembaga tarif`). Required: every non-optional row, at each of its durations, at each tier offered. Optional: outreach/referral rows (checked only when listed in `barisOpsional` or priced) and tiers not offered — 1.4.4 says the fee "may" use the matrix, so a tier (column) with no amount anywhere in that service\'s matrix is not offered, not a gap. "5 tahap" assessment is one priced item. Gaps are reported per row; 0 is a valid amount. The Lampiran\'s matrices are templates with ragged numbering: each service keeps its items, numbered cleanly.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Satu sel Tingkat III kosong, padahal Tingkat III ditawarkan di baris lain.',
          '/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat3',
          undefined,
          pesanDi(
            'Matriks tarif Rehabilitasi Sosial baris wajib 2 "Asesmen" belum lengkap: 5 tahap Tingkat III kosong (tingkat yang ditawarkan: Tingkat I, Tingkat II, Tingkat III).',
            'lembaga.yaml:59',
          ),
        ),
      ],
      lulus: [
        setel(
          'Sel yang sama bertarif 0 (boleh, misalnya disubsidi penuh).',
          '/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat3',
          0,
        ),
      ],
    },

    gagal: setel(
      'Satu baris matriks rehabilitasi dihapus.',
      '/layanan/rehabilitasi/tarif/asesmen',
      undefined,
    ),
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) => {
      if (!lay.tarif || Object.keys(lay.tarif).length === 0) {
        if (lay.dasarTarif) return [];
        return [
          {
            message: 'r.tarif.tidakAda',
            params: { layanan: s.nama },
            ...diLembaga(k, `/layanan/${k}`),
            hint: 'r.tarif.saranTidakAda',
          },
        ];
      }
      const out: DraftFinding[] = [];
      const tingkat = tingkatDitawarkan(lay);
      for (const b of barisWajib(s, lay)) {
        const missing: string[] = [];
        for (const d of b.durasi)
          for (const t of tingkat)
            if (nilai(lay, b.key, d, t) === undefined)
              missing.push(`${DURASI_LABEL[d]} ${TINGKAT_LABEL[t]}`);
        if (missing.length === 0) continue;
        const rowExists = lay.tarif[b.key] !== undefined;
        out.push({
          message: rowExists ? 'r.tarif.selKosong' : 'r.tarif.barisKosong',
          params: {
            nomor: b.nomor,
            baris: b.label,
            layanan: s.nama,
            sel: missing.join(', '),
            tingkat: tingkat.map((t) => TINGKAT_LABEL[t]).join(', '),
          },
          ...diLembaga(k, `/layanan/${k}/tarif${rowExists ? `/${b.key}` : ''}`),
          value: null,
          expected: missing,
          hint: 'r.tarif.saranKosong',
          hintParams: { kunci: b.key },
        });
      }
      return out;
    }),
});

export const tarifBarisDikenal = layananRule('tarif-baris-dikenal', 'error', {
  bagian: (s) => [s.tarif.matriks],
  summary: {
    id: 'Setiap baris di matriks tarif lembaga adalah baris matriks layanan itu.',
    en: "Every row of the institution's tariff matrix is a row of that service's matrix.",
  },
  doc: {
    id: 'Kunci di bawah `layanan.<layanan>.tarif` harus salah satu kunci baris matriks layanan itu; kunci yang salah ketik membuat tarifnya tidak terbaca. Disertai saran kunci terdekat.',
    en: "Keys under `layanan.<service>.tarif` must be row keys of that service's matrix; a mistyped key leaves its amounts unread. A closest key is suggested.",
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Kunci baris salah satu huruf ("asesmn").',
          '/layanan/perlindungan/tarif/asesmn',
          { '5-tahap': { tingkat1: 250000 } },
          pesanDi(
            'Baris tarif "asesmn" tidak ada di matriks Perlindungan Sosial. Maksud Anda "asesmen"?',
            'lembaga.yaml:106',
          ),
        ),
      ],
      lulus: [
        setel(
          'Baris opsional penjangkauan perlindungan dengan kunci yang benar.',
          '/layanan/perlindungan/tarif/penjangkauan',
          { '1-jam': { tingkat1: 50000 } },
        ),
      ],
    },

    gagal: setel('Baris salah ketik.', '/layanan/rehabilitasi/tarif/asesmenn', {
      '5-tahap': { tingkat1: 1 },
    }),
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) => {
      if (!lay.tarif || typeof lay.tarif !== 'object') return [];
      const keys = s.tarif.baris.map((b) => b.key);
      return Object.keys(lay.tarif)
        .filter((key) => !keys.includes(key))
        .map((key) => ({
          message: 'r.tarif.barisTakDikenal',
          params: { kunci: key, layanan: s.nama, saran: terdekat(key, keys)?.nilai ?? '' },
          target: { source: 'lembaga', pointer: `/layanan/${k}/tarif/${key}`, key: true },
          layanan: k,
          value: key,
          expected: keys,
        }));
    }),
});

export const tarifUrutanTingkat = layananRule('tarif-urutan-tingkat', 'warning', {
  bagian: (s) => [
    s.tarif.matriks,
    ...s.faktorTarif
      .filter((f) => f.bagian.huruf === 'c' || f.bagian.huruf === 'd')
      .map((f) => f.bagian)
      .slice(0, 0),
  ],
  summary: {
    id: 'Tidak ada tingkat yang lebih murah daripada tingkat di bawahnya (Tingkat I ≤ II ≤ III).',
    en: 'No tier is cheaper than the tier below it (Tier I ≤ II ≤ III).',
  },
  doc: {
    id: 'Angka 1.4.1 c menetapkan tarif menurut tingkat keahlian dan pengalaman pemberi layanan; maka Tingkat II/Spesialis yang lebih murah dari Tingkat I/Dasar (atau III dari II) pada baris dan durasi yang sama hampir pasti salah ketik. Peringatan, bukan galat.',
    en: "1.4.1 c prices by the provider's expertise and experience, so a Tier II/Specialist amount below Tier I/Basic (or III below II) on the same row and duration is almost certainly a typo. A warning, not an error.",
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Tingkat II Rp1 lebih murah dari Tingkat I.',
          '/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat2',
          249999,
          pesanDi(
            'Tarif "Asesmen" 5 tahap: Tingkat II (Rp249.999) lebih murah dari Tingkat I (Rp250.000).',
            'lembaga.yaml:60',
          ),
        ),
      ],
      lulus: [
        setel(
          'Tingkat II sama dengan Tingkat I.',
          '/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat2',
          250000,
        ),
      ],
    },

    gagal: setel(
      'Tingkat II lebih murah dari Tingkat I.',
      '/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat2',
      1000,
    ),
  },
  check: cekUrutan('tingkat', 'r.tarif.urutanTingkat', [
    'durasi',
    'atas',
    'bawah',
    'nAtas',
    'nBawah',
  ]),
});

export const tarifUrutanDurasi = layananRule('tarif-urutan-durasi', 'warning', {
  bagian: (s) => [s.tarif.matriks],
  summary: {
    id: 'Durasi yang lebih panjang tidak lebih murah daripada durasi yang lebih pendek (1 jam ≤ 2 jam ≤ > 2 jam).',
    en: 'A longer duration is not cheaper than a shorter one (1 h ≤ 2 h ≤ > 2 h).',
  },
  doc: {
    id: 'Angka 1.4.1 e menetapkan tarif menurut durasi pemberian layanan; pada baris dan tingkat yang sama, tarif 2 jam di bawah 1 jam (atau > 2 jam di bawah 2 jam) hampir pasti salah ketik.',
    en: '1.4.1 e prices by duration; on the same row and tier, a 2-hour amount below the 1-hour one (or > 2 h below 2 h) is almost certainly a typo.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          '2 jam Rp1 lebih murah dari 1 jam.',
          '/layanan/rehabilitasi/tarif/motivasi-diagnosis-psikososial-dasar/2-jam/tingkat1',
          79999,
          pesanDi(
            'Tarif "Motivasi dan diagnosis psikososial tingkat dasar" Tingkat I: 2 jam (Rp79.999) lebih murah dari 1 jam (Rp80.000).',
            'lembaga.yaml:63',
          ),
        ),
      ],
      lulus: [
        setel(
          '2 jam sama dengan 1 jam.',
          '/layanan/rehabilitasi/tarif/motivasi-diagnosis-psikososial-dasar/2-jam/tingkat1',
          80000,
        ),
      ],
    },

    gagal: setel(
      '2 jam lebih murah dari 1 jam.',
      '/layanan/rehabilitasi/tarif/motivasi-diagnosis-psikososial-dasar/2-jam/tingkat1',
      1000,
    ),
  },
  check: cekUrutan('durasi', 'r.tarif.urutanDurasi', [
    'tingkat',
    'panjang',
    'pendek',
    'nPanjang',
    'nPendek',
  ]),
});

/** A cell cheaper than its neighbour before it along tiers (same duration) or durations (same tier). */
interface SelTurun {
  baris: StandarLayanan['tarif']['baris'][number];
  durasi: DurasiKey;
  tingkat: TingkatKey;
  /** The neighbour's tier (along tiers) or duration (along durations). */
  sebelum: TingkatKey | DurasiKey;
  nilai: number;
  nilaiSebelum: number;
}

const URUT_DURASI: readonly DurasiKey[] = ['1-jam', '2-jam', 'lebih-2-jam'];

/**
 * 1.4.1 b and e price by tier and by duration: on each row, every cell that costs less than the
 * one before it along the tiers (I ≤ II ≤ III) or the durations (1 jam ≤ 2 jam ≤ > 2 jam).
 */
function lebihMurah(
  lay: { tarif?: Record<string, unknown> },
  s: StandarLayanan,
  sepanjang: 'tingkat' | 'durasi',
): SelTurun[] {
  const out: SelTurun[] = [];
  for (const baris of s.tarif.baris) {
    const tetap = sepanjang === 'tingkat' ? baris.durasi : TINGKAT_KEYS;
    const urut = sepanjang === 'tingkat' ? TINGKAT_KEYS : URUT_DURASI;
    for (const x of tetap)
      for (let i = 1; i < urut.length; i++) {
        const sel = (y: string) =>
          (sepanjang === 'tingkat' ? [x, y] : [y, x]) as [DurasiKey, TingkatKey];
        const [durasi, tingkat] = sel(urut[i]!);
        const nilaiSebelum = nilai(lay, baris.key, ...sel(urut[i - 1]!));
        const v = nilai(lay, baris.key, durasi, tingkat);
        if (nilaiSebelum !== undefined && v !== undefined && v < nilaiSebelum)
          out.push({ baris, durasi, tingkat, sebelum: urut[i - 1]!, nilai: v, nilaiSebelum });
      }
  }
  return out;
}

/**
 * The check of an ordering rule: one finding per cell cheaper than its neighbour along `sepanjang`.
 * `nama` names the message's parameters: the fixed axis (duration or tier), the dearer and the
 * cheaper neighbour along the axis, and their amounts.
 */
function cekUrutan(
  sepanjang: 'tingkat' | 'durasi',
  message: string,
  nama: readonly [tetap: string, atas: string, bawah: string, nAtas: string, nBawah: string],
): (ctx: RuleContext) => DraftFinding[] {
  const label = (v: string): string =>
    sepanjang === 'tingkat' ? TINGKAT_LABEL[v as TingkatKey] : DURASI_LABEL[v as DurasiKey];
  return (ctx) =>
    perLayanan(ctx, (k, s, lay) =>
      lebihMurah(lay, s, sepanjang).map((x) => {
        const [tetap, atas] =
          sepanjang === 'tingkat'
            ? [DURASI_LABEL[x.durasi], TINGKAT_LABEL[x.tingkat]]
            : [TINGKAT_LABEL[x.tingkat], DURASI_LABEL[x.durasi]];
        const isi = [tetap, atas, label(x.sebelum), rp(x.nilai), rp(x.nilaiSebelum)];
        return {
          message,
          params: {
            baris: x.baris.label,
            ...Object.fromEntries(nama.map((n, i) => [n, isi[i]!])),
          },
          ...diTarif(k, x),
        };
      }),
    );
}

/** The finding's place: the cheaper cell of the matrix in lembaga.yaml. */
function diTarif(
  k: LayananKey,
  x: SelTurun,
): Pick<DraftFinding, 'target' | 'layanan' | 'value' | 'expected'> {
  return {
    ...diLembaga(k, `/layanan/${k}/tarif/${x.baris.key}/${x.durasi}/${x.tingkat}`),
    value: x.nilai,
    expected: `>= ${x.nilaiSebelum}`,
  };
}

export function rp(n: number): string {
  return 'Rp' + n.toLocaleString('id-ID');
}

/** The letters of 1.4.1 a–e, in the order of DASAR_PENENTUAN_TARIF. */
const HURUF_DASAR = ['a', 'b', 'c', 'd', 'e'] as const;

/** The service charges a fee: some amount of its matrix or of its computed tariff is above zero. */
function berbayar(lay: LayananLembaga): boolean {
  const angka = (v: unknown): boolean =>
    typeof v === 'number'
      ? v > 0
      : typeof v === 'object' && v !== null && Object.values(v).some(angka);
  const d = lay.dasarTarif ?? {};
  return angka(lay.tarif) || angka(d.tarifDasar) || angka(d.tarifPerJam);
}

export const tarifDasar = layananRule('tarif-dasar', 'warning', {
  bagian: () => [{ angka: '1.4.1' }],
  summary: {
    id: 'SK tarif layanan berbayar mencatat dasar penentuan tarif angka 1.4.1: jenis jasa, tingkat layanan, keahlian, frekuensi, dan durasi.',
    en: 'The tariff decree of a fee-charging service records the bases of 1.4.1: kind of service, level, expertise, frequency and duration.',
  },
  doc: {
    id: 'Angka 1.4.1: lembaga menentukan tarif berdasarkan a) jenis jasa/produk, b) tingkat layanan, c) tingkat keahlian dan pengalaman pemberi layanan, d) berapa kali layanan diberikan, dan e) durasi. Untuk layanan yang mencatat `sk.tarif` dan memungut biaya (ada tarif di atas Rp0 di matriks `tarif` atau di `dasarTarif`), `sk.tarif.dasar` harus menyebut kelimanya (kunci: jenis-jasa, tingkat-layanan, keahlian, frekuensi, durasi); satu temuan per dasar yang tidak disebut. Bila `dasar` tidak ada sama sekali, dasar penentuan tarif tidak dicatat: satu temuan di induk terdekatnya (`sk.tarif`); daftar kosong berarti tidak satu dasar pun disebut. Layanan yang tidak memungut biaya (semua tarif Rp0, misalnya dibiayai APBD) tidak diperiksa. Aturan membaca apa yang dicatat tentang SK, bukan pertimbangan di baliknya.',
    en: '1.4.1: for a service with `sk.tarif` that charges a fee (an amount above Rp0 in its `tarif` matrix or `dasarTarif`), `sk.tarif.dasar` names all five bases (jenis-jasa, tingkat-layanan, keahlian, frekuensi, durasi); one finding per basis not named; with no `dasar` at all the bases are not recorded: one finding at its nearest parent (`sk.tarif`); an empty list names none. A service that charges nothing (all amounts Rp0) is not checked.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'SK tarif rehabilitasi tanpa dasar durasi.',
          '/layanan/rehabilitasi/sk/tarif/dasar',
          ['jenis-jasa', 'tingkat-layanan', 'keahlian', 'frekuensi'],
          pesanDi(
            'SK tarif Rehabilitasi Sosial belum menyebut dasar durasi (1.4.1 huruf e).',
            'lembaga.yaml:52',
          ),
        ),
        ubah(
          'SK tarif rehabilitasi (berbayar) tanpa catatan dasar.',
          [['/layanan/rehabilitasi/sk/tarif/dasar', undefined]],
          pesanDi(
            'SK tarif Rehabilitasi Sosial tidak mencatat dasar penentuan tarif (angka 1.4.1 a–e): tambahkan sk.tarif.dasar (lembaga init menanyakannya).',
            'lembaga.yaml:52',
          ),
        ),
      ],
      lulus: [
        setel('Kelima dasar dalam urutan lain.', '/layanan/rehabilitasi/sk/tarif/dasar', [
          'durasi',
          'frekuensi',
          'keahlian',
          'tingkat-layanan',
          'jenis-jasa',
        ]),
        ubah('SK tarif tanpa catatan dasar, layanan tanpa biaya: tidak diperiksa.', [
          ['/layanan/rehabilitasi/sk/tarif/dasar', undefined],
          ['/layanan/rehabilitasi/tarif', { asesmen: { '5-tahap': { tingkat1: 0 } } }],
        ]),
        ubah('Layanan tanpa biaya (semua tarif Rp0): dasar tidak diperiksa.', [
          ['/layanan/perlindungan/sk/tarif/dasar', undefined],
          ['/layanan/perlindungan/tarif', { asesmen: { '5-tahap': { tingkat1: 0 } } }],
        ]),
      ],
    },
    gagal: setel(
      'SK tarif perlindungan dengan daftar dasar kosong.',
      '/layanan/perlindungan/sk/tarif/dasar',
      [],
    ),
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay): DraftFinding[] => {
      const sk = lay.sk?.tarif;
      if (!sk || !berbayar(lay)) return [];
      const ptr = `/layanan/${k}/sk/tarif`;
      // The bases are not recorded: one finding at the decree, their nearest parent.
      if (sk.dasar === undefined)
        return [
          {
            message: 'r.tarifDasar.tidakDicatat',
            params: { layanan: s.nama },
            ...diLembaga(k, ptr),
            bagian: '1.4.1',
            expected: DASAR_PENENTUAN_TARIF.join(', '),
          },
        ];
      const out: DraftFinding[] = [];
      DASAR_PENENTUAN_TARIF.forEach((d, i) => {
        if (sk.dasar!.includes(d)) return;
        const huruf = HURUF_DASAR[i]!;
        out.push({
          message: 'r.tarifDasar.kurang',
          params: { layanan: s.nama, dasar: d, huruf },
          ...diLembaga(k, `${ptr}/dasar`),
          bagian: `1.4.1 ${huruf}`,
          expected: d,
        });
      });
      return out;
    }),
});
