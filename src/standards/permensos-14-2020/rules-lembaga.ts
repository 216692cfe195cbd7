/**
 * Institution-level rules of Permensos 14/2020, Lampiran A–E sections 1.1, 1.3,
 * 1.4, 1.6 and 2.1–2.8, for each service the lembaga offers. Each rule reads
 * its clause (and letter) from the catalogue, so one declaration covers A–E.
 */
import type { DraftFinding, Rule, RuleContext } from '../rule.js';
import type { Bagian, LayananKey, StandarLayanan, TingkatKey, DurasiKey } from '../types.js';
import { TINGKAT_KEYS } from '../types.js';
import type { Staf } from '../../model/lembaga.js';
import { isTanggal, kesegaran, sesudahHariIni, tambahBulan } from '../../core/tanggal.js';
import { layananRule, perLayanan, stafPointer, terisi, bagianPendek } from './define.js';

/* ---------------------------------------------------------------- helpers */

/** A finding about one element of the institution's data (at a pointer in lembaga.yaml). */
function temuan(k: LayananKey, message: string, pointer: string, bagian: string): DraftFinding {
  return { message, target: { source: 'lembaga', pointer }, layanan: k, bagian };
}

const huruf = (s: StandarLayanan, list: 'pekerjaSosial' | 'supervisor', key: string) =>
  s.kompetensi[list].find((q) => q.key === key)!.bagian;

const itemBagian = <
  T extends { key: string; bagian: { angka: string; huruf?: string; butir?: string } },
>(
  list: readonly T[],
  key: string,
) => list.find((i) => i.key === key)?.bagian;

/** Staff who serve: active, with the given role, working in an offered service. */
function stafBerperan(
  ctx: RuleContext,
  peran: Staf['peran'],
): { staf: Staf; layanan: LayananKey[] }[] {
  return ctx.lembaga.staf
    .filter((s) => s.peran === peran && s.aktif !== false)
    .map((s) => ({ staf: s, layanan: ctx.layanan.filter((k) => (s.layanan ?? []).includes(k)) }))
    .filter((x) => x.layanan.length > 0);
}

/** Workers and supervisors (2.6.1 applies to "Pekerja Sosial"; supervisors are social workers too). */
function pekerjaDanSupervisor(ctx: RuleContext) {
  return [...stafBerperan(ctx, 'pekerja-sosial'), ...stafBerperan(ctx, 'supervisor')];
}

/** Valid on `tanggal`: the date exists and is not before it. */
function masihBerlaku(sampai: unknown, tanggal: string): boolean {
  return isTanggal(sampai) && sampai >= tanggal;
}

/**
 * A date recorded as done (issued, signed, trained) that lies after "today": a typo, reported
 * as its own finding and never as "too old" or as valid.
 */
function masaDepan(
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

/** An end date earlier than the start it depends on (a licence ending before it was issued). */
function terbalik(
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
function cekTerbit(
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

const BIDANG_PEKSOS =
  /pekerja(an)?\s*sosial|kesejahteraan\s*sosial|kessos|peksos|ilmu\s*kesejahteraan|social\s*(work|welfare)/i;
const JENJANG_S1 = ['D4', 'S1', 'S2', 'Sp1', 'S3', 'Sp2'];
const JENJANG_S2 = ['S2', 'Sp1', 'S3', 'Sp2'];

const KOSONG = { judul: 'examples/lks-harapan-bunda apa adanya.', set: [] } as const;

/* ------------------------------------------------------------ licence etc */

const izinLembaga = layananRule({
  lingkup: 'lembaga',
  id: 'izin-lembaga',
  severity: 'error',
  bagian: (s) => [itemBagian(s.jaminan.lembaga, 'izin-lembaga')!],
  summary: {
    id: 'Lembaga memiliki surat izin operasional yang masih berlaku.',
    en: 'The institution holds an operating licence still in force.',
  },
  doc: {
    id: 'Membaca `izin.nomor`, `izin.tanggal`, dan `izin.berlakuSampai` di lembaga.yaml. Izin tanpa nomor, yang terbit sesudah --tanggal (bawaan: hari ini; belum berlaku, kemungkinan salah ketik), yang berakhir sebelum terbit, atau yang berakhir sebelum --tanggal adalah temuan. Berakhir tepat pada --tanggal masih berlaku. Izin tanpa tanggal berakhir dianggap berlaku. Dilaporkan sekali untuk lembaga.',
    en: 'Reads `izin.nomor`, `izin.tanggal` and `izin.berlakuSampai`. A licence without a number, issued after --tanggal (default today; not yet in force, most likely a typo), ending before it was issued, or ending before --tanggal is a finding. Ending on --tanggal itself is still in force. A licence with no end date is taken as in force. Reported once per institution.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Izin berakhir kemarin.',
          set: [['/izin/berlakuSampai', '2026-11-24']],
          temuan: [
            {
              pesan:
                'Izin operasional lembaga berakhir 2026-11-24; pada 2026-11-25 tidak lagi berlaku.',
              lokasi: 'lembaga.yaml:26',
            },
          ],
        },
        {
          judul: 'Izin terbit besok: belum berlaku.',
          set: [['/izin/tanggal', '2026-11-26']],
          temuan: [
            {
              pesan:
                'izin.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:25',
            },
          ],
        },
        {
          judul: 'Izin berakhir sebelum terbit.',
          set: [['/izin/berlakuSampai', '2024-01-31']],
          temuan: [
            {
              pesan:
                'izin.berlakuSampai 2024-01-31 lebih awal dari izin.tanggal 2024-02-01 — salah ketik?',
              lokasi: 'lembaga.yaml:26',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Izin berakhir hari ini: masih berlaku.',
          set: [['/izin/berlakuSampai', '2026-11-25']],
        },
        { judul: 'Izin terbit hari ini.', set: [['/izin/tanggal', '2026-11-25']] },
      ],
    },

    gagal: { judul: 'Izin berakhir 2020.', set: [['/izin/berlakuSampai', '2020-12-31']] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const izin = ctx.lembaga.izin;
    if (!izin || !terisi(izin.nomor))
      return [
        {
          message: 'r.izinLembaga.tidakAda',
          target: { source: 'lembaga', pointer: '/izin' },
          layanan: k,
          hint: 'r.izinLembaga.saran',
        },
      ];
    // A licence issued after today is not yet in force (and most likely a typo).
    const terbit = cekTerbit(ctx, k, izin, '/izin', 'izin');
    if (terbit.length) return terbit;
    if (izin.berlakuSampai !== undefined && !masihBerlaku(izin.berlakuSampai, ctx.tanggal))
      return [
        {
          message: 'r.izinLembaga.kedaluwarsa',
          params: { tanggal: String(izin.berlakuSampai), hariIni: ctx.tanggal },
          target: { source: 'lembaga', pointer: '/izin/berlakuSampai' },
          layanan: k,
          value: izin.berlakuSampai,
          expected: `>= ${ctx.tanggal}`,
          hint: 'r.izinLembaga.saran',
        },
      ];
    return [];
  },
});

const akreditasi = layananRule({
  id: 'akreditasi-bidang',
  severity: 'error',
  bagian: (s) => [itemBagian(s.jaminan.lembaga, 'akreditasi')!],
  summary: {
    id: 'Lembaga terakreditasi di bidang setiap layanan yang diselenggarakan, dan akreditasinya masih berlaku.',
    en: 'The institution is accredited, and still in force, in the field of each service it offers.',
  },
  doc: {
    id: 'Untuk setiap layanan di `layanan`, mencari entri `akreditasi` dengan `bidang` yang sama. Tidak ada entri, `tanggal` terbit sesudah --tanggal (belum berlaku), `berlakuSampai` sebelum `tanggal`, atau `berlakuSampai` sebelum --tanggal adalah temuan. Berakhir tepat pada --tanggal masih berlaku.',
    en: 'For each service under `layanan`, looks for an `akreditasi` entry with the same `bidang`. None, an issue `tanggal` after --tanggal (not yet in force), `berlakuSampai` before `tanggal`, or `berlakuSampai` before --tanggal is a finding. Ending on --tanggal itself is still in force.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Akreditasi rehabilitasi berakhir kemarin.',
          set: [['/akreditasi/0/berlakuSampai', '2026-11-24']],
          temuan: [
            {
              pesan: 'Akreditasi bidang Rehabilitasi Sosial berakhir 2026-11-24.',
              lokasi: 'lembaga.yaml:34',
            },
          ],
        },
        {
          judul: 'Akreditasi perlindungan terbit besok.',
          set: [['/akreditasi/1/tanggal', '2026-11-26']],
          temuan: [
            {
              pesan:
                'akreditasi[1].tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:39',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Akreditasi rehabilitasi berakhir hari ini.',
          set: [['/akreditasi/0/berlakuSampai', '2026-11-25']],
        },
      ],
    },

    gagal: {
      judul: 'Akreditasi rehabilitasi berakhir 2021.',
      set: [['/akreditasi/0/berlakuSampai', '2021-06-30']],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s) => {
      const list = Array.isArray(ctx.lembaga.akreditasi) ? ctx.lembaga.akreditasi : [];
      const i = list.findIndex((a) => a?.bidang === k);
      if (i < 0)
        return [
          {
            message: 'r.akreditasi.tidakAda',
            params: { layanan: s.nama },
            target: { source: 'lembaga', pointer: `/layanan/${k}`, key: true },
            layanan: k,
            hint: 'r.akreditasi.saran',
          },
        ];
      const a = list[i]!;
      const terbit = cekTerbit(ctx, k, a, `/akreditasi/${i}`, `akreditasi[${i}]`);
      if (terbit.length) return terbit;
      if (a.berlakuSampai !== undefined && !masihBerlaku(a.berlakuSampai, ctx.tanggal))
        return [
          {
            message: 'r.akreditasi.kedaluwarsa',
            params: { layanan: s.nama, tanggal: String(a.berlakuSampai) },
            target: { source: 'lembaga', pointer: `/akreditasi/${i}/berlakuSampai` },
            layanan: k,
            value: a.berlakuSampai,
            expected: `>= ${ctx.tanggal}`,
            hint: 'r.akreditasi.saran',
          },
        ];
      return [];
    }),
});

/* ------------------------------------------------------------------- SK */

/** Government ownership (Identitas.kepemilikan): C 1.1.3 / D 1.1.2 give such lembaga the ministry's criteria. */
const milikPemerintah = (ctx: RuleContext): boolean =>
  String(ctx.lembaga.lembaga?.kepemilikan ?? '').startsWith('pemerintah');

function skRule(
  id: string,
  skKey: 'kriteria-klien' | 'tarif' | 'pengaduan',
  field: 'kriteriaKlien' | 'tarif' | 'pengaduan',
  ringkas: { id: string; en: string },
  opts: {
    /** Services for which this lembaga needs no SK of its own. */
    dikecualikan?: (ctx: RuleContext, k: LayananKey) => boolean;
    docTambahan?: { id: string; en: string };
    contoh?: Rule['contoh'];
  } = {},
): Rule {
  return layananRule({
    id,
    severity: 'error',
    bagian: (s) => [itemBagian(s.sk, skKey)!],
    summary: ringkas,
    doc: {
      id: `Membaca \`layanan.<layanan>.sk.${field}.nomor\` dan \`.tanggal\`. Setiap layanan yang diselenggarakan memerlukan SK pimpinan lembaga ini; SK tanpa nomor dianggap belum ada, SK bertanggal sesudah --tanggal belum berlaku (kemungkinan salah ketik). \`lembaga sop --sk\` membuat templatnya.${opts.docTambahan ? ' ' + opts.docTambahan.id : ''}`,
      en: `Reads \`layanan.<service>.sk.${field}.nomor\` and \`.tanggal\`. Every service offered needs this decree of the head; one without a number counts as missing, one dated after --tanggal is not yet in force (most likely a typo). \`lembaga sop --sk\` writes a template.${opts.docTambahan ? ' ' + opts.docTambahan.en : ''}`,
    },
    contoh: opts.contoh ?? {
      gagal: {
        judul: 'SK dihapus dari layanan rehabilitasi.',
        set: [[`/layanan/rehabilitasi/sk/${field}`, undefined]],
      },
      lulus: KOSONG,
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
            target: { source: 'lembaga', pointer: `/layanan/${k}/sk/${field}` },
            layanan: k,
            hint: 'r.sk.saran',
          },
        ];
      }),
  });
}

const skKriteria = skRule(
  'sk-kriteria-klien',
  'kriteria-klien',
  'kriteriaKlien',
  {
    id: 'Kriteria dan persyaratan klien ditetapkan dengan SK pimpinan lembaga (rehabilitasi dan pemberdayaan: hanya lembaga milik masyarakat).',
    en: 'Client criteria and requirements are fixed by decree of the head of the institution (rehabilitation and empowerment: community-owned institutions only).',
  },
  {
    // C 1.1.3 / D 1.1.2: a government-owned lembaga follows Permensos 16/2019 / PP 39/2012;
    // only the community-owned one (C 1.1.4 / D 1.1.3) fixes its own criteria by SK.
    dikecualikan: (ctx, k) =>
      (k === 'rehabilitasi' || k === 'pemberdayaan') && milikPemerintah(ctx),
    docTambahan: {
      id: 'Kepemilikan menentukan: untuk rehabilitasi (Lampiran C angka 1.1.3) dan pemberdayaan (Lampiran D angka 1.1.2), lembaga milik pemerintah (`lembaga.kepemilikan: pemerintah-…`) mengikuti kriteria Permensos 16/2019 / PP 39/2012 tanpa SK sendiri; SK hanya diwajibkan bagi lembaga milik masyarakat (C 1.1.4, D 1.1.3).',
      en: 'Ownership decides: for rehabilitation (C 1.1.3) and empowerment (D 1.1.2) a government-owned lembaga follows the ministry criteria without its own SK; the SK is required of community-owned ones only (C 1.1.4, D 1.1.3).',
    },
    contoh: {
      batas: {
        gagal: [
          {
            judul: 'SK bertanggal besok (2026-11-26): belum berlaku.',
            set: [['/layanan/rehabilitasi/sk/kriteriaKlien/tanggal', '2026-11-26']],
            temuan: [
              {
                pesan:
                  'layanan.rehabilitasi.sk.kriteriaKlien.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
                lokasi: 'lembaga.yaml:49',
              },
            ],
          },
          {
            judul: 'Lembaga milik masyarakat tanpa SK kriteria rehabilitasi (C 1.1.4).',
            set: [['/layanan/rehabilitasi/sk/kriteriaKlien', undefined]],
            temuan: [
              {
                pesan:
                  'Layanan Rehabilitasi Sosial belum memiliki SK kriteria dan persyaratan klien.',
                lokasi: 'lembaga.yaml:49',
              },
            ],
          },
        ],
        lulus: [
          {
            judul: 'SK bertanggal hari ini (2026-11-25).',
            set: [['/layanan/rehabilitasi/sk/kriteriaKlien/tanggal', '2026-11-25']],
          },
          {
            judul: 'Lembaga milik pemerintah tanpa SK kriteria rehabilitasi (C 1.1.3).',
            set: [
              ['/lembaga/kepemilikan', 'pemerintah-pusat'],
              ['/layanan/rehabilitasi/sk/kriteriaKlien', undefined],
            ],
          },
        ],
      },

      gagal: {
        judul: 'Lembaga milik masyarakat tanpa SK kriteria rehabilitasi.',
        set: [['/layanan/rehabilitasi/sk/kriteriaKlien', undefined]],
      },
      lulus: {
        judul: 'Lembaga milik pemerintah daerah tanpa SK kriteria rehabilitasi (C 1.1.3).',
        set: [
          ['/lembaga/kepemilikan', 'pemerintah-kabupaten-kota'],
          ['/layanan/rehabilitasi/sk/kriteriaKlien', undefined],
        ],
      },
    },
  },
);
const skTarif = skRule(
  'sk-tarif',
  'tarif',
  'tarif',
  {
    id: 'Besaran biaya/tarif ditetapkan dengan SK pimpinan lembaga.',
    en: 'Fee amounts are fixed by decree of the head of the institution.',
  },
  {
    contoh: {
      gagal: {
        judul: 'SK dihapus dari layanan rehabilitasi.',
        set: [['/layanan/rehabilitasi/sk/tarif', undefined]],
      },
      lulus: KOSONG,
      batas: {
        gagal: [
          {
            judul: 'SK bertanggal besok (2026-11-26): belum berlaku.',
            set: [['/layanan/rehabilitasi/sk/tarif/tanggal', '2026-11-26']],
            temuan: [
              {
                pesan:
                  'layanan.rehabilitasi.sk.tarif.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
                lokasi: 'lembaga.yaml:50',
              },
            ],
          },
        ],
        lulus: [
          {
            judul: 'SK bertanggal hari ini (2026-11-25).',
            set: [['/layanan/rehabilitasi/sk/tarif/tanggal', '2026-11-25']],
          },
        ],
      },
    },
  },
);
const skPengaduan = skRule(
  'sk-pengaduan',
  'pengaduan',
  'pengaduan',
  {
    id: 'Tata cara penanganan pengaduan dituangkan dalam SK pimpinan lembaga.',
    en: 'The complaint procedure is laid down by decree of the head of the institution.',
  },
  {
    contoh: {
      gagal: {
        judul: 'SK dihapus dari layanan rehabilitasi.',
        set: [['/layanan/rehabilitasi/sk/pengaduan', undefined]],
      },
      lulus: KOSONG,
      batas: {
        gagal: [
          {
            judul: 'SK bertanggal besok (2026-11-26): belum berlaku.',
            set: [['/layanan/rehabilitasi/sk/pengaduan/tanggal', '2026-11-26']],
            temuan: [
              {
                pesan:
                  'layanan.rehabilitasi.sk.pengaduan.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
                lokasi: 'lembaga.yaml:51',
              },
            ],
          },
        ],
        lulus: [
          {
            judul: 'SK bertanggal hari ini (2026-11-25).',
            set: [['/layanan/rehabilitasi/sk/pengaduan/tanggal', '2026-11-25']],
          },
        ],
      },
    },
  },
);

/* ---------------------------------------------------------------- tariff */

const TINGKAT_LABEL: Record<TingkatKey, string> = {
  tingkat1: 'Tingkat I',
  tingkat2: 'Tingkat II',
  tingkat3: 'Tingkat III',
};
const DURASI_LABEL: Record<DurasiKey, string> = {
  '1-jam': '1 jam',
  '2-jam': '2 jam',
  'lebih-2-jam': '> 2 jam',
  '5-tahap': '5 tahap',
};

/** Rows the lembaga must price: every non-optional row, and optional rows it offers or has priced. */
function barisWajib(
  s: StandarLayanan,
  lay: { tarif?: Record<string, unknown>; barisOpsional?: string[] },
) {
  const priced = lay.tarif && typeof lay.tarif === 'object' ? Object.keys(lay.tarif) : [];
  return s.tarif.baris.filter(
    (b) => !b.opsional || priced.includes(b.key) || (lay.barisOpsional ?? []).includes(b.key),
  );
}

function nilai(
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

const tarifLengkap = layananRule({
  id: 'tarif-matriks-lengkap',
  severity: 'error',
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
        {
          judul: 'Satu sel Tingkat III kosong, padahal Tingkat III ditawarkan di baris lain.',
          set: [['/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat3', undefined]],
          temuan: [
            {
              pesan:
                'Matriks tarif Rehabilitasi Sosial baris wajib 2 "Asesmen" belum lengkap: 5 tahap Tingkat III kosong (tingkat yang ditawarkan: Tingkat I, Tingkat II, Tingkat III).',
              lokasi: 'lembaga.yaml:57',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Sel yang sama bertarif 0 (boleh, misalnya disubsidi penuh).',
          set: [['/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat3', 0]],
        },
      ],
    },

    gagal: {
      judul: 'Satu baris matriks rehabilitasi dihapus.',
      set: [['/layanan/rehabilitasi/tarif/asesmen', undefined]],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) => {
      if (!lay.tarif || Object.keys(lay.tarif).length === 0) {
        if (lay.dasarTarif) return [];
        return [
          {
            message: 'r.tarif.tidakAda',
            params: { layanan: s.nama },
            target: { source: 'lembaga', pointer: `/layanan/${k}` },
            layanan: k,
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
          target: {
            source: 'lembaga',
            pointer: `/layanan/${k}/tarif${rowExists ? `/${b.key}` : ''}`,
          },
          layanan: k,
          value: null,
          expected: missing,
          hint: 'r.tarif.saranKosong',
          hintParams: { kunci: b.key },
        });
      }
      return out;
    }),
});

const tarifBarisDikenal = layananRule({
  id: 'tarif-baris-dikenal',
  severity: 'error',
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
        {
          judul: 'Kunci baris salah satu huruf ("asesmn").',
          set: [['/layanan/perlindungan/tarif/asesmn', { '5-tahap': { tingkat1: 250000 } }]],
          temuan: [
            {
              pesan:
                'Baris tarif "asesmn" tidak ada di matriks Perlindungan Sosial. Maksud Anda "asesmen"?',
              lokasi: 'lembaga.yaml:102',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Baris opsional penjangkauan perlindungan dengan kunci yang benar.',
          set: [['/layanan/perlindungan/tarif/penjangkauan', { '1-jam': { tingkat1: 50000 } }]],
        },
      ],
    },

    gagal: {
      judul: 'Baris salah ketik.',
      set: [['/layanan/rehabilitasi/tarif/asesmenn', { '5-tahap': { tingkat1: 1 } }]],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) => {
      if (!lay.tarif || typeof lay.tarif !== 'object') return [];
      const keys = s.tarif.baris.map((b) => b.key);
      return Object.keys(lay.tarif)
        .filter((key) => !keys.includes(key))
        .map((key) => ({
          message: 'r.tarif.barisTakDikenal',
          params: { kunci: key, layanan: s.nama, saran: closestKey(key, keys) },
          target: { source: 'lembaga' as const, pointer: `/layanan/${k}/tarif/${key}`, key: true },
          layanan: k,
          value: key,
          expected: keys,
        }));
    }),
});

function closestKey(word: string, keys: readonly string[]): string {
  let best = keys[0] ?? '';
  let bestD = Infinity;
  for (const k of keys) {
    const d = levenshtein(word, k);
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  }
  return best;
}

function levenshtein(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

const tarifUrutanTingkat = layananRule({
  id: 'tarif-urutan-tingkat',
  severity: 'warning',
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
        {
          judul: 'Tingkat II Rp1 lebih murah dari Tingkat I.',
          set: [['/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat2', 249999]],
          temuan: [
            {
              pesan:
                'Tarif "Asesmen" 5 tahap: Tingkat II (Rp249.999) lebih murah dari Tingkat I (Rp250.000).',
              lokasi: 'lembaga.yaml:58',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Tingkat II sama dengan Tingkat I.',
          set: [['/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat2', 250000]],
        },
      ],
    },

    gagal: {
      judul: 'Tingkat II lebih murah dari Tingkat I.',
      set: [['/layanan/rehabilitasi/tarif/asesmen/5-tahap/tingkat2', 1000]],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) => {
      const out: DraftFinding[] = [];
      for (const b of s.tarif.baris)
        for (const d of b.durasi)
          for (let i = 1; i < TINGKAT_KEYS.length; i++) {
            const lo = nilai(lay, b.key, d, TINGKAT_KEYS[i - 1]!);
            const hi = nilai(lay, b.key, d, TINGKAT_KEYS[i]!);
            if (lo !== undefined && hi !== undefined && hi < lo)
              out.push({
                message: 'r.tarif.urutanTingkat',
                params: {
                  baris: b.label,
                  durasi: DURASI_LABEL[d],
                  atas: TINGKAT_LABEL[TINGKAT_KEYS[i]!],
                  bawah: TINGKAT_LABEL[TINGKAT_KEYS[i - 1]!],
                  nAtas: rp(hi),
                  nBawah: rp(lo),
                },
                target: {
                  source: 'lembaga',
                  pointer: `/layanan/${k}/tarif/${b.key}/${d}/${TINGKAT_KEYS[i]}`,
                },
                layanan: k,
                value: hi,
                expected: `>= ${lo}`,
              });
          }
      return out;
    }),
});

const tarifUrutanDurasi = layananRule({
  id: 'tarif-urutan-durasi',
  severity: 'warning',
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
        {
          judul: '2 jam Rp1 lebih murah dari 1 jam.',
          set: [
            [
              '/layanan/rehabilitasi/tarif/motivasi-diagnosis-psikososial-dasar/2-jam/tingkat1',
              79999,
            ],
          ],
          temuan: [
            {
              pesan:
                'Tarif "Motivasi dan diagnosis psikososial tingkat dasar" Tingkat I: 2 jam (Rp79.999) lebih murah dari 1 jam (Rp80.000).',
              lokasi: 'lembaga.yaml:61',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: '2 jam sama dengan 1 jam.',
          set: [
            [
              '/layanan/rehabilitasi/tarif/motivasi-diagnosis-psikososial-dasar/2-jam/tingkat1',
              80000,
            ],
          ],
        },
      ],
    },

    gagal: {
      judul: '2 jam lebih murah dari 1 jam.',
      set: [
        ['/layanan/rehabilitasi/tarif/motivasi-diagnosis-psikososial-dasar/2-jam/tingkat1', 1000],
      ],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) => {
      const out: DraftFinding[] = [];
      const urut: DurasiKey[] = ['1-jam', '2-jam', 'lebih-2-jam'];
      for (const b of s.tarif.baris)
        for (const t of TINGKAT_KEYS)
          for (let i = 1; i < urut.length; i++) {
            const pendek = nilai(lay, b.key, urut[i - 1]!, t);
            const panjang = nilai(lay, b.key, urut[i]!, t);
            if (pendek !== undefined && panjang !== undefined && panjang < pendek)
              out.push({
                message: 'r.tarif.urutanDurasi',
                params: {
                  baris: b.label,
                  tingkat: TINGKAT_LABEL[t],
                  panjang: DURASI_LABEL[urut[i]!],
                  pendek: DURASI_LABEL[urut[i - 1]!],
                  nPanjang: rp(panjang),
                  nPendek: rp(pendek),
                },
                target: {
                  source: 'lembaga',
                  pointer: `/layanan/${k}/tarif/${b.key}/${urut[i]}/${t}`,
                },
                layanan: k,
                value: panjang,
                expected: `>= ${pendek}`,
              });
          }
      return out;
    }),
});

function rp(n: number): string {
  return 'Rp' + n.toLocaleString('id-ID');
}

/* ------------------------------------------------------------ complaints */

const pengaduanSaluran = layananRule({
  lingkup: 'lembaga',
  id: 'pengaduan-saluran',
  severity: 'error',
  bagian: (s) => [{ angka: '1.6.4' }, ...s.pengaduan.saluran.map((x) => x.bagian)],
  summary: {
    id: 'Lembaga menyediakan saluran pengaduan (telepon, WhatsApp, kotak pengaduan, email, dan/atau alamat surat).',
    en: 'The institution provides complaint channels (telephone, WhatsApp, complaint box, email and/or postal address).',
  },
  doc: {
    id: 'Angka 1.6.4 huruf a–e disambung "dan/atau": paling sedikit satu saluran harus ada di `pengaduan.saluran`. Teks Lampiran B kehilangan huruf a dan b angka 1.6.4; rumusan paralel Lampiran A/C/D/E diterapkan. Dilaporkan sekali untuk lembaga.',
    en: '1.6.4 a–e are joined by "and/or": at least one channel must be under `pengaduan.saluran`. Lampiran B lost 1.6.4 a and b; the parallel wording of A/C/D/E is applied. Reported once.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Semua saluran kosong.',
          set: [['/pengaduan/saluran', { telepon: '', email: ' ' }]],
          temuan: [
            { pesan: 'Lembaga belum menyediakan saluran pengaduan.', lokasi: 'lembaga.yaml:154' },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Hanya satu saluran (email): cukup, karena "dan/atau".',
          set: [['/pengaduan/saluran', { email: 'pengaduan@harapanbunda.or.id' }]],
        },
      ],
    },

    gagal: { judul: 'Tanpa saluran.', set: [['/pengaduan/saluran', undefined]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const s = ctx.lembaga.pengaduan?.saluran ?? {};
    if (Object.values(s).some((v) => terisi(v))) return [];
    return [
      {
        message: 'r.pengaduan.tanpaSaluran',
        target: { source: 'lembaga', pointer: '/pengaduan/saluran' },
        layanan: k,
        bagian: '1.6.4',
        hint: 'r.pengaduan.saranSaluran',
      },
    ];
  },
});

const pengaduanProsedur = layananRule({
  lingkup: 'lembaga',
  id: 'pengaduan-prosedur',
  severity: 'error',
  bagian: (s) => s.pengaduan.prosedur.map((p) => p.bagian),
  summary: {
    id: 'Tata cara penanganan pengaduan memuat petugas, alur, batas waktu setiap tahap, perlindungan klien, dan laporan berkala.',
    en: 'The complaint procedure names the staff, the process, a deadline per step, client protection and periodic reports.',
  },
  doc: {
    id: 'Memeriksa `pengaduan.prosedur`: `petugas` (kode staf yang ada; 1.6.5 a), `alur` (b), `batasWaktuHari` dengan penerimaan, penanganan, dan penyampaianHasil (c: "batas waktu untuk setiap tahap"; angkanya tidak ditetapkan standar, lembaga yang menetapkan; satu batas untuk seluruh proses di `pengaturan.batasWaktuPengaduanHari` tidak menggantikannya), `perlindunganKlien` (d), `laporanBerkala` (e). Bila seluruh prosedur tidak ada, satu temuan; bila sebagian, satu temuan per unsur yang kurang.',
    en: 'Checks `pengaduan.prosedur`: `petugas` (existing staff ids; 1.6.5 a), `alur` (b), `batasWaktuHari` with the three steps (c: "a deadline for each step"; the standard sets no numbers, the institution does; one whole-process limit in `pengaturan.batasWaktuPengaduanHari` does not stand in), `perlindunganKlien` (d), `laporanBerkala` (e). No procedure at all is one finding; otherwise one per missing element.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Batas waktu penyampaian hasil tidak ditetapkan.',
          set: [['/pengaduan/prosedur/batasWaktuHari/penyampaianHasil', undefined]],
          temuan: [
            {
              pesan: 'Tata cara pengaduan belum menetapkan batas waktu untuk: penyampaianHasil.',
              lokasi: 'lembaga.yaml:165',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Batas waktu penyampaian hasil 0 hari (hari yang sama).',
          set: [['/pengaduan/prosedur/batasWaktuHari/penyampaianHasil', 0]],
        },
      ],
    },

    gagal: {
      judul: 'Batas waktu tidak ditetapkan.',
      set: [['/pengaduan/prosedur/batasWaktuHari', undefined]],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const p = ctx.lembaga.pengaduan?.prosedur;
    if (!p || Object.keys(p).length === 0)
      return [
        {
          message: 'r.pengaduan.tanpaProsedur',
          target: { source: 'lembaga', pointer: '/pengaduan' },
          layanan: k,
          bagian: '1.6.5',
          hint: 'r.pengaduan.saranProsedur',
        },
      ];
    const out: DraftFinding[] = [];
    const staffIds = new Set(ctx.lembaga.staf.map((s) => s.id));
    const petugas = Array.isArray(p.petugas) ? p.petugas : [];
    if (petugas.length === 0)
      out.push(temuan(k, 'r.pengaduan.tanpaPetugas', '/pengaduan/prosedur/petugas', '1.6.5 a'));
    petugas.forEach((id, i) => {
      if (!staffIds.has(id))
        out.push({
          message: 'r.pengaduan.petugasTakDikenal',
          params: { id },
          target: { source: 'lembaga', pointer: `/pengaduan/prosedur/petugas/${i}` },
          layanan: k,
          bagian: '1.6.5 a',
          value: id,
        });
    });
    if (!terisi(p.alur))
      out.push(temuan(k, 'r.pengaduan.tanpaAlur', '/pengaduan/prosedur/alur', '1.6.5 b'));
    const bw = p.batasWaktuHari ?? {};
    const kurang = (['penerimaan', 'penanganan', 'penyampaianHasil'] as const).filter(
      (x) => typeof bw[x] !== 'number',
    );
    // 1.6.5 c: "batas waktu untuk setiap tahap" — one whole-process limit does not stand in.
    const menyeluruh = ctx.lembaga.pengaturan?.batasWaktuPengaduanHari;
    if (kurang.length > 0)
      out.push({
        message:
          menyeluruh === undefined
            ? 'r.pengaduan.tanpaBatasWaktu'
            : 'r.pengaduan.batasWaktuMenyeluruh',
        params: { tahap: kurang.join(', '), hari: menyeluruh ?? '-' },
        target: { source: 'lembaga', pointer: '/pengaduan/prosedur/batasWaktuHari' },
        layanan: k,
        bagian: '1.6.5 c',
        expected: kurang,
      });
    if (!terisi(p.perlindunganKlien))
      out.push(
        temuan(
          k,
          'r.pengaduan.tanpaPerlindungan',
          '/pengaduan/prosedur/perlindunganKlien',
          '1.6.5 d',
        ),
      );
    if (!terisi(p.laporanBerkala))
      out.push(
        temuan(k, 'r.pengaduan.tanpaLaporan', '/pengaduan/prosedur/laporanBerkala', '1.6.5 e'),
      );
    return out;
  },
});

/* ------------------------------------------------------------ facilities */

const fasilitasMinimum = layananRule({
  id: 'fasilitas-minimum',
  severity: 'error',
  bagian: (s) => s.fasilitas.map((f) => f.bagian),
  summary: {
    id: 'Lembaga memiliki sarana dan prasarana minimum layanan itu (rehabilitasi: juga ruang terapi dan shelter).',
    en: 'The institution has the minimum facilities of that service (rehabilitation: also a therapy room and a shelter).',
  },
  doc: {
    id: 'Untuk setiap butir angka 2.2.1 layanan yang diselenggarakan, `fasilitas.<kunci>` harus `true` atau jumlah > 0. Kunci: kantor, ruang-asesmen, lemari-arsip-terkunci, komputer, media-kie, dokumen-layanan, sarana-mobilitas; Lampiran C menambah ruang-terapi (huruf b) dan shelter (huruf c), sehingga huruf butir lain bergeser. Fasilitas dipakai bersama semua layanan, jadi setiap fasilitas yang kurang dilaporkan sekali.',
    en: 'For each item of 2.2.1 of an offered service, `fasilitas.<key>` must be true or a count > 0. Lampiran C adds ruang-terapi (b) and shelter (c), shifting the other letters. Facilities are shared, so each missing one is reported once.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Komputer 0 unit.',
          set: [['/fasilitas/komputer', 0]],
          temuan: [
            { pesan: 'Fasilitas minimum belum ada: Laptop/komputer.', lokasi: 'lembaga.yaml:128' },
          ],
        },
      ],
      lulus: [{ judul: 'Komputer 1 unit.', set: [['/fasilitas/komputer', 1]] }],
    },

    gagal: { judul: 'Tanpa shelter.', set: [['/fasilitas/shelter', false]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const out: DraftFinding[] = [];
    const done = new Set<string>();
    const f = ctx.lembaga.fasilitas ?? {};
    for (const k of ctx.layanan)
      for (const item of ctx.standar[k].fasilitas) {
        if (done.has(item.key)) continue;
        done.add(item.key);
        if (terisi(f[item.key])) continue;
        out.push({
          message: 'r.fasilitas.kurang',
          params: { fasilitas: item.label, kunci: item.key, layanan: ctx.standar[k].nama },
          target: {
            source: 'lembaga',
            pointer: f[item.key] === undefined ? '/fasilitas' : `/fasilitas/${item.key}`,
          },
          layanan: k,
          bagian: bagianPendek(item.bagian),
          value: f[item.key] ?? null,
          expected: true,
          hint: 'r.fasilitas.saran',
          hintParams: { kunci: item.key },
        });
      }
    return out;
  },
});

const peralatanKerja = layananRule({
  lingkup: 'lembaga',
  id: 'peralatan-kerja',
  severity: 'warning',
  bagian: (s) => s.peralatan.map((p) => p.bagian),
  summary: {
    id: 'Lembaga memiliki peralatan kerja dan layanan (angka 2.2.3).',
    en: 'The institution has the work and service equipment of 2.2.3.',
  },
  doc: {
    id: 'Untuk setiap butir angka 2.2.3 (peralatan administrasi, layanan, komunikasi, transportasi, direktori lembaga, keamanan-keselamatan), `peralatan.<kunci>` harus `true` atau jumlah > 0. Peringatan: standar menyebut jenisnya, bukan jumlahnya. Angka 2.2.2 (ukuran ruang, cahaya, kebersihan harian) tidak dapat diperiksa dari data dan tidak diperiksa.',
    en: 'For each item of 2.2.3, `peralatan.<key>` must be true or a count > 0. A warning: the standard names kinds, not counts. 2.2.2 (room size, light, daily cleaning) cannot be checked from data and is not.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Peralatan layanan 0.',
          set: [['/peralatan/peralatan-layanan', 0]],
          temuan: [
            {
              pesan: 'Peralatan belum tercatat: Peralatan pelaksanaan layanan.',
              lokasi: 'lembaga.yaml:135',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Peralatan layanan 1.', set: [['/peralatan/peralatan-layanan', 1]] }],
    },

    gagal: {
      judul: 'Tanpa peralatan komunikasi.',
      set: [['/peralatan/peralatan-komunikasi', false]],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const p = ctx.lembaga.peralatan ?? {};
    return ctx.standar[k].peralatan
      .filter((item) => !terisi(p[item.key]))
      .map((item) => ({
        message: 'r.peralatan.kurang',
        params: { peralatan: item.label, kunci: item.key },
        target: {
          source: 'lembaga' as const,
          pointer: p[item.key] === undefined ? '/peralatan' : `/peralatan/${item.key}`,
        },
        layanan: k,
        bagian: bagianPendek(item.bagian),
        expected: true,
      }));
  },
});

/* ------------------------------------------------------------------ staff */

const jumlahPelaksana = layananRule({
  id: 'jumlah-pelaksana',
  severity: 'error',
  // 2.6.2 d (social workers involved) and e (supervised service) rest on the same staffing.
  bagian: (s) => [
    { ...s.jumlahPelaksana, huruf: 'a' },
    { ...s.jumlahPelaksana, huruf: 'b' },
    itemBagian(s.jaminan.lembaga, 'melibatkan-pekerja-sosial')!,
    itemBagian(s.jaminan.lembaga, 'layanan-tersupervisi')!,
  ],
  summary: {
    id: 'Setiap layanan memiliki sekurang-kurangnya satu pekerja sosial dan satu supervisor pekerja sosial.',
    en: 'Each service has at least one social worker and one social-work supervisor.',
  },
  doc: {
    id: 'Menghitung staf aktif dengan `peran: pekerja-sosial` dan `peran: supervisor` yang `layanan`-nya memuat layanan itu. Kualifikasi mereka diperiksa aturan lain (pekerja-sosial-pendidikan, supervisor-pendidikan, izin-praktik, …).',
    en: 'Counts active staff with role pekerja-sosial and supervisor whose `layanan` lists the service. Their qualifications are checked by other rules.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Perlindungan tanpa pekerja sosial (supervisor saja).',
          set: [['/staf/0/layanan', ['rehabilitasi']]],
          temuan: [
            {
              pesan: 'Layanan Perlindungan Sosial tidak memiliki pekerja sosial aktif.',
              lokasi: 'lembaga.yaml:183',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Perlindungan dengan tepat satu pekerja sosial.',
          set: [
            ['/staf/0/layanan', ['rehabilitasi']],
            ['/staf/1/layanan', ['rehabilitasi', 'perlindungan']],
          ],
        },
      ],
    },

    gagal: {
      judul: 'Supervisor tidak lagi bertugas di rehabilitasi.',
      set: [['/staf/2/layanan', ['perlindungan']]],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s) => {
      const out: DraftFinding[] = [];
      for (const [peran, hurufB] of [
        ['pekerja-sosial', 'a'],
        ['supervisor', 'b'],
      ] as const) {
        const n = ctx.lembaga.staf.filter(
          (x) => x.peran === peran && x.aktif !== false && (x.layanan ?? []).includes(k),
        ).length;
        if (n === 0)
          out.push({
            message:
              peran === 'supervisor' ? 'r.pelaksana.tanpaSupervisor' : 'r.pelaksana.tanpaPekerja',
            params: { layanan: s.nama },
            target: { source: 'lembaga', pointer: '/staf' },
            layanan: k,
            bagian: `${s.jumlahPelaksana.angka} ${hurufB}`,
            expected: '>= 1',
            value: 0,
          });
      }
      return out;
    }),
});

/** Education of a role (2.3.1 a for social workers, 2.3.2 a for supervisors): level and field. */
function pendidikanRule(o: {
  id: string;
  peran: 'pekerja-sosial' | 'supervisor';
  list: 'pekerjaSosial' | 'supervisor';
  jenjang: readonly string[];
  expected: string;
  message: string;
  hint: string;
  extraBagian: (s: StandarLayanan) => Bagian[];
  summary: Rule['summary'];
  doc: Rule['doc'];
  contoh: Rule['contoh'];
}): Rule {
  return layananRule({
    id: o.id,
    severity: 'error',
    bagian: (s) => [huruf(s, o.list, 'pendidikan'), ...o.extraBagian(s)],
    summary: o.summary,
    doc: o.doc,
    contoh: o.contoh,
    check: (ctx) =>
      stafBerperan(ctx, o.peran).flatMap(({ staf, layanan }): DraftFinding[] => {
        const p = staf.pendidikan ?? {};
        const ptr = stafPointer(ctx.lembaga, staf);
        if (!o.jenjang.includes(String(p.jenjang)))
          return [
            {
              message: o.message,
              params: { nama: staf.nama, jenjang: p.jenjang ?? '-' },
              target: {
                source: 'lembaga',
                pointer: `${ptr}/pendidikan${p.jenjang ? '/jenjang' : ''}`,
              },
              layanan: layanan[0],
              value: p.jenjang ?? null,
              expected: o.expected,
              hint: o.hint,
            },
          ];
        if (!BIDANG_PEKSOS.test(String(p.bidang ?? '')))
          return [
            {
              message: 'r.pendidikan.bidang',
              params: { nama: staf.nama, bidang: p.bidang ?? '-' },
              target: {
                source: 'lembaga',
                pointer: `${ptr}/pendidikan${p.bidang ? '/bidang' : ''}`,
              },
              layanan: layanan[0],
              value: p.bidang ?? null,
              expected: 'pekerjaan sosial / kesejahteraan sosial',
            },
          ];
        return [];
      }),
  });
}

const pekerjaPendidikan = pendidikanRule({
  id: 'pekerja-sosial-pendidikan',
  peran: 'pekerja-sosial',
  list: 'pekerjaSosial',
  jenjang: JENJANG_S1,
  expected: 'S1 atau D4',
  message: 'r.pendidikan.pekerjaJenjang',
  hint: 'r.pendidikan.saran',
  extraBagian: (s) => [itemBagian(s.jaminan.pekerja, 'pendidikan-sesuai')!],
  summary: {
    id: 'Pekerja sosial berpendidikan pekerjaan sosial/kesejahteraan sosial paling rendah S1 atau D-IV.',
    en: 'A social worker has a degree in social work/social welfare, at least S1 or D-IV.',
  },
  doc: {
    id: 'Membaca `staf[].pendidikan.jenjang` (D4, S1, S2, Sp1, S3, Sp2 memenuhi) dan `pendidikan.bidang` (harus menyebut pekerjaan sosial atau kesejahteraan sosial) untuk setiap staf aktif dengan `peran: pekerja-sosial`. Dilaporkan sekali per orang.',
    en: 'Reads `pendidikan.jenjang` (D4, S1, S2, Sp1, S3, Sp2 qualify) and `pendidikan.bidang` (must name social work or social welfare) of each active social worker. Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Pekerja sosial D3.',
          set: [['/staf/0/pendidikan/jenjang', 'D3']],
          temuan: [
            {
              pesan:
                'Pekerja sosial Siti Nurhaliza, S.Tr.Sos. berpendidikan D3; standar mensyaratkan paling rendah S1 atau D-IV.',
              lokasi: 'lembaga.yaml:188',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Pekerja sosial D4 (paling rendah).',
          set: [['/staf/0/pendidikan/jenjang', 'D4']],
        },
      ],
    },

    gagal: { judul: 'Pekerja sosial lulusan D3.', set: [['/staf/0/pendidikan/jenjang', 'D3']] },
    lulus: KOSONG,
  },
});

const supervisorPendidikan = pendidikanRule({
  id: 'supervisor-pendidikan',
  peran: 'supervisor',
  list: 'supervisor',
  jenjang: JENJANG_S2,
  expected: 'S2 atau Sp1',
  message: 'r.pendidikan.supervisorJenjang',
  hint: 'r.pendidikan.saranSupervisor',
  extraBagian: () => [],
  summary: {
    id: 'Supervisor pekerja sosial berpendidikan pekerjaan sosial/kesejahteraan sosial paling rendah S2/Spesialis 1.',
    en: 'A social-work supervisor has a degree in social work/social welfare, at least S2 or Specialist 1.',
  },
  doc: {
    id: 'Membaca `pendidikan.jenjang` (S2, Sp1, S3, Sp2 memenuhi) dan `pendidikan.bidang` setiap staf aktif dengan `peran: supervisor`. Dilaporkan sekali per orang.',
    en: 'Reads `pendidikan.jenjang` (S2, Sp1, S3, Sp2 qualify) and `pendidikan.bidang` of each active supervisor. Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Supervisor S1.',
          set: [['/staf/2/pendidikan/jenjang', 'S1']],
          temuan: [
            {
              pesan:
                'Supervisor Dra. Rina Marlina, M.Kesos. berpendidikan S1; standar mensyaratkan paling rendah S2/Spesialis 1.',
              lokasi: 'lembaga.yaml:223',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Supervisor Spesialis 1 (paling rendah, setara S2).',
          set: [['/staf/2/pendidikan/jenjang', 'Sp1']],
        },
      ],
    },

    gagal: { judul: 'Supervisor hanya S1.', set: [['/staf/2/pendidikan/jenjang', 'S1']] },
    lulus: KOSONG,
  },
});

const sertifikat = layananRule({
  id: 'sertifikat-kompetensi',
  severity: 'error',
  bagian: (s) => [huruf(s, 'pekerjaSosial', 'sertifikat'), huruf(s, 'supervisor', 'sertifikat')],
  summary: {
    id: 'Pekerja sosial dan supervisor memiliki sertifikat pekerjaan sosial.',
    en: 'Social workers and supervisors hold a social-work certificate.',
  },
  doc: {
    id: 'Membaca `staf[].sertifikat.nomor` dan `.tanggal` setiap pekerja sosial dan supervisor aktif. Tanpa nomor dianggap belum bersertifikat; bertanggal sesudah --tanggal belum dimiliki (kemungkinan salah ketik). Sekali per orang.',
    en: 'Reads `sertifikat.nomor` and `.tanggal` of each active social worker and supervisor. No number counts as no certificate; one dated after --tanggal is not yet held (most likely a typo). Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Sertifikat bertanggal besok: belum dimiliki.',
          set: [['/staf/1/sertifikat/tanggal', '2026-11-26']],
          temuan: [
            {
              pesan:
                'Budi Santoso, S.Sos.: sertifikat.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:207',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Sertifikat bertanggal hari ini.',
          set: [['/staf/1/sertifikat/tanggal', '2026-11-25']],
        },
      ],
    },

    gagal: { judul: 'Sertifikat dihapus.', set: [['/staf/1/sertifikat', undefined]] },
    lulus: KOSONG,
  },
  check: (ctx) =>
    pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }): DraftFinding[] => {
      const ptr = stafPointer(ctx.lembaga, staf);
      if (terisi(staf.sertifikat?.nomor))
        return sesudahHariIni(staf.sertifikat?.tanggal, ctx.tanggal)
          ? [
              masaDepan(
                ctx,
                layanan[0],
                `${ptr}/sertifikat/tanggal`,
                `${staf.nama}: sertifikat.tanggal`,
                staf.sertifikat.tanggal,
                bagianPendek(
                  huruf(
                    ctx.standar[layanan[0]!],
                    staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial',
                    'sertifikat',
                  ),
                ),
              ),
            ]
          : [];
      return [
        {
          message: 'r.sertifikat.tidakAda',
          params: { nama: staf.nama },
          target: {
            source: 'lembaga' as const,
            pointer: `${stafPointer(ctx.lembaga, staf)}${staf.sertifikat ? '/sertifikat' : ''}`,
          },
          layanan: layanan[0],
          bagian: bagianPendek(
            huruf(
              ctx.standar[layanan[0]!],
              staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial',
              'sertifikat',
            ),
          ),
          hint: 'r.sertifikat.saran',
        },
      ];
    }),
});

const izinPraktik = layananRule({
  id: 'izin-praktik',
  severity: 'error',
  bagian: (s) => [
    huruf(s, 'pekerjaSosial', 'izin-praktik'),
    huruf(s, 'supervisor', 'izin-praktik'),
    itemBagian(s.jaminan.pekerja, 'izin-praktik-berlaku')!,
  ],
  summary: {
    id: 'Pekerja sosial dan supervisor memiliki izin praktik yang masih berlaku pada --tanggal.',
    en: 'Social workers and supervisors hold a practice licence still valid on --tanggal.',
  },
  doc: {
    id: 'Membaca `staf[].izinPraktik.nomor`, `izinPraktik.tanggal`, dan `izinPraktik.berlakuSampai`. Tanpa nomor: belum berizin (angka 2.3.1 c / 2.3.2 c). Terbit sesudah --tanggal: belum berlaku (kemungkinan salah ketik); berakhir sebelum terbit: salah ketik. Berakhir sebelum --tanggal: tidak lagi berlaku (angka 2.6.1 e); berakhir tepat pada --tanggal masih berlaku. Tanpa tanggal berakhir: masa berlaku tidak dapat dipastikan, dilaporkan juga. Sekali per orang.',
    en: 'Reads `izinPraktik.nomor`, `tanggal` and `berlakuSampai`. No number: no licence (2.3.1 c / 2.3.2 c). Issued after --tanggal: not yet valid (most likely a typo); ending before issue: a typo. Ending before --tanggal: no longer valid (2.6.1 e); ending on --tanggal is still valid. No end date: validity cannot be shown, also reported. Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Izin praktik berakhir kemarin (2026-11-24).',
          set: [['/staf/0/izinPraktik/berlakuSampai', '2026-11-24']],
          temuan: [
            {
              pesan:
                'Izin praktik Siti Nurhaliza, S.Tr.Sos. berakhir 2026-11-24 dan tidak lagi berlaku.',
              lokasi: 'lembaga.yaml:190',
            },
          ],
        },
        {
          judul: 'Izin praktik terbit besok (2026-11-26).',
          set: [['/staf/0/izinPraktik/tanggal', '2026-11-26']],
          temuan: [
            {
              pesan:
                'Siti Nurhaliza, S.Tr.Sos.: izinPraktik.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:190',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Izin praktik berakhir hari ini (2026-11-25): masih berlaku.',
          set: [['/staf/0/izinPraktik/berlakuSampai', '2026-11-25']],
        },
        {
          judul: 'Izin praktik terbit hari ini.',
          set: [['/staf/0/izinPraktik/tanggal', '2026-11-25']],
        },
      ],
    },

    gagal: {
      judul: 'Izin praktik berakhir 2023.',
      set: [['/staf/0/izinPraktik/berlakuSampai', '2023-03-31']],
    },
    lulus: KOSONG,
  },
  check: (ctx) =>
    pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
      const ip = staf.izinPraktik;
      const ptr = stafPointer(ctx.lembaga, staf);
      const k = layanan[0]!;
      const list = staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial';
      if (!ip || !terisi(ip.nomor))
        return [
          {
            message: 'r.izinPraktik.tidakAda',
            params: { nama: staf.nama },
            target: { source: 'lembaga' as const, pointer: `${ptr}${ip ? '/izinPraktik' : ''}` },
            layanan: k,
            bagian: bagianPendek(huruf(ctx.standar[k], list, 'izin-praktik')),
            hint: 'r.izinPraktik.saran',
          },
        ];
      const bag = bagianPendek(itemBagian(ctx.standar[k].jaminan.pekerja, 'izin-praktik-berlaku')!);
      const terbit = cekTerbit(ctx, k, ip, `${ptr}/izinPraktik`, `${staf.nama}: izinPraktik`, bag);
      if (terbit.length) return terbit;
      if (ip.berlakuSampai === undefined)
        return [
          {
            message: 'r.izinPraktik.tanpaTanggal',
            params: { nama: staf.nama },
            target: { source: 'lembaga' as const, pointer: `${ptr}/izinPraktik` },
            layanan: k,
            bagian: bag,
          },
        ];
      if (!masihBerlaku(ip.berlakuSampai, ctx.tanggal))
        return [
          {
            message: 'r.izinPraktik.kedaluwarsa',
            params: { nama: staf.nama, tanggal: String(ip.berlakuSampai) },
            target: { source: 'lembaga' as const, pointer: `${ptr}/izinPraktik/berlakuSampai` },
            layanan: k,
            bagian: bag,
            value: ip.berlakuSampai,
            expected: `>= ${ctx.tanggal}`,
            hint: 'r.izinPraktik.saranPerpanjang',
          },
        ];
      return [];
    }),
});

const supervisorPengalaman = layananRule({
  id: 'supervisor-pengalaman',
  severity: 'error',
  bagian: (s) => [huruf(s, 'supervisor', 'pengalaman-tahun')],
  summary: {
    id: 'Supervisor berpengalaman praktik pekerjaan sosial paling sedikit 5 tahun.',
    en: 'A supervisor has at least 5 years of social-work practice.',
  },
  doc: {
    id: 'Membaca `staf[].pengalamanTahun` setiap supervisor aktif; kurang dari 5 (atau kosong) adalah temuan. Lampiran C angka 2.3.2 huruf d tertulis "paling lama 5 (lima) tahun" — jelas salah tulis (keempat Lampiran lain: "paling sedikit"), sehingga dibaca "paling sedikit 5 tahun" untuk semua layanan.',
    en: 'Reads `pengalamanTahun` of each active supervisor; under 5 (or empty) is a finding. Lampiran C 2.3.2 d says "paling lama" (at most) 5 years — an evident slip (the other four say "at least"), read as "at least 5 years".',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Supervisor 4 tahun.',
          set: [['/staf/2/pengalamanTahun', 4]],
          temuan: [
            {
              pesan:
                'Supervisor Dra. Rina Marlina, M.Kesos. berpengalaman praktik 4 tahun; standar mensyaratkan paling sedikit 5 tahun.',
              lokasi: 'lembaga.yaml:228',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Supervisor tepat 5 tahun.', set: [['/staf/2/pengalamanTahun', 5]] }],
    },

    gagal: { judul: 'Baru 3 tahun praktik.', set: [['/staf/2/pengalamanTahun', 3]] },
    lulus: { judul: 'Tepat 5 tahun.', set: [['/staf/2/pengalamanTahun', 5]] },
  },
  check: (ctx) =>
    stafBerperan(ctx, 'supervisor')
      .filter(
        ({ staf, layanan }) =>
          !(
            typeof staf.pengalamanTahun === 'number' &&
            staf.pengalamanTahun >= ctx.standar[layanan[0]!].kompetensi.supervisorMinTahun
          ),
      )
      .map(({ staf, layanan }) => ({
        message:
          typeof staf.pengalamanTahun === 'number'
            ? 'r.supervisor.pengalaman'
            : 'r.supervisor.pengalamanKosong',
        params: { nama: staf.nama, tahun: staf.pengalamanTahun ?? '-' },
        target: {
          source: 'lembaga' as const,
          pointer: `${stafPointer(ctx.lembaga, staf)}${staf.pengalamanTahun !== undefined ? '/pengalamanTahun' : ''}`,
        },
        layanan: layanan[0],
        value: staf.pengalamanTahun ?? null,
        expected: '>= 5',
      })),
});

const pelatihanLayanan = layananRule({
  id: 'pelatihan-layanan',
  severity: 'warning',
  bagian: (s) => [huruf(s, 'pekerjaSosial', 'pelatihan'), huruf(s, 'supervisor', 'pelatihan')],
  summary: {
    id: 'Pekerja sosial dan supervisor pernah mengikuti pelatihan/seminar/workshop di bidang layanan tempat ia bertugas.',
    en: 'Social workers and supervisors have had training/seminars/workshops in the field of each service they work in.',
  },
  doc: {
    id: 'Untuk setiap layanan di `staf[].layanan`, mencari `staf[].pelatihan[]` yang `bidang`-nya memuat layanan itu. Satu temuan per orang per layanan. Pelatihan bertahun sesudah tahun --tanggal belum terjadi: tidak dihitung dan dilaporkan (kemungkinan salah ketik); tahun ini masih dihitung.',
    en: 'For each service in `staf[].layanan`, looks for a `pelatihan[]` entry whose `bidang` lists it. One finding per person per service. A training dated in a year after that of --tanggal has not happened: it does not count and is reported (most likely a typo); this year still counts.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Satu-satunya pelatihan tercatat tahun depan (2027).',
          set: [['/staf/1/pelatihan/0/tahun', 2027]],
          temuan: [
            {
              pesan:
                'Budi Santoso, S.Sos. belum tercatat mengikuti pelatihan/seminar/workshop bidang Rehabilitasi Sosial.',
              lokasi: 'lembaga.yaml:213',
            },
            {
              pesan:
                'Budi Santoso, S.Sos.: pelatihan[0].tahun: tahun 2027 sesudah tahun ini (2026) — salah ketik?',
              lokasi: 'lembaga.yaml:214',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Pelatihan tahun ini (2026).', set: [['/staf/1/pelatihan/0/tahun', 2026]] }],
    },

    gagal: { judul: 'Pelatihan dihapus.', set: [['/staf/1/pelatihan', []]] },
    lulus: KOSONG,
  },
  check: (ctx) =>
    pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
      const tahunIni = Number(ctx.tanggal.slice(0, 4));
      const ptr = stafPointer(ctx.lembaga, staf);
      const list = Array.isArray(staf.pelatihan) ? staf.pelatihan : [];
      // A training dated in a later year has not happened: it counts for nothing and is reported.
      const nanti = (p: (typeof list)[number]) =>
        typeof p?.tahun === 'number' && p.tahun > tahunIni;
      const out: DraftFinding[] = list.flatMap((p, j) =>
        nanti(p)
          ? [
              {
                message: 'r.tanggal.tahunMasaDepan',
                params: {
                  bidang: `${staf.nama}: pelatihan[${j}].tahun`,
                  tahun: p.tahun!,
                  tahunIni,
                },
                target: { source: 'lembaga' as const, pointer: `${ptr}/pelatihan/${j}/tahun` },
                layanan: layanan[0],
                bagian: bagianPendek(
                  huruf(
                    ctx.standar[layanan[0]!],
                    staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial',
                    'pelatihan',
                  ),
                ),
                value: p.tahun,
                expected: `<= ${tahunIni}`,
                hint: 'r.tanggal.saran',
              },
            ]
          : [],
      );
      return out.concat(
        layanan
          .filter((k) => !list.some((p) => !nanti(p) && (p?.bidang ?? []).includes(k)))
          .map((k) => ({
            message: 'r.pelatihan.kurang',
            params: { nama: staf.nama, layanan: ctx.standar[k].nama },
            target: {
              source: 'lembaga' as const,
              pointer: `${stafPointer(ctx.lembaga, staf)}${staf.pelatihan ? '/pelatihan' : ''}`,
            },
            layanan: k,
            bagian: bagianPendek(
              huruf(
                ctx.standar[k],
                staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial',
                'pelatihan',
              ),
            ),
          })),
      );
    }),
});

/**
 * Practice experience of a service (2.3.1 e / 2.3.2 f). B 2.3.2 f asks the supervisor for
 * "advokasi sosial" where the worker's clause says "perlindungan sosial", and B 2.6.1 d names
 * both: a supervisor in perlindungan may record either.
 */
function pengalamanMemenuhi(staf: Staf, k: LayananKey): boolean {
  const p = (staf.pengalamanPraktik ?? []) as readonly string[];
  if (p.includes(k)) return true;
  return k === 'perlindungan' && staf.peran === 'supervisor' && p.includes('advokasi-sosial');
}

const pengalamanPraktik = layananRule({
  id: 'pengalaman-praktik',
  severity: 'warning',
  bagian: (s) => [
    huruf(s, 'pekerjaSosial', 'pengalaman-praktik'),
    huruf(s, 'supervisor', 'pengalaman-praktik'),
    itemBagian(s.jaminan.pekerja, 'pengalaman-layanan')!,
  ],
  summary: {
    id: 'Pekerja sosial dan supervisor berpengalaman praktik di layanan tempat ia bertugas.',
    en: 'Social workers and supervisors have practice experience in each service they work in.',
  },
  doc: {
    id: 'Untuk setiap layanan di `staf[].layanan`, `staf[].pengalamanPraktik` harus memuatnya. Lampiran B angka 2.3.2 huruf f meminta supervisor berpengalaman "advokasi sosial" sedangkan klausul pekerja sosialnya menyebut "perlindungan sosial" (dan 2.6.1 d menyebut keduanya): supervisor perlindungan boleh mencatat `advokasi-sosial` sesuai bunyi teks, atau `perlindungan` (advokasi sosial adalah salah satu intervensi perlindungan sosial).',
    en: 'For each service in `staf[].layanan`, `pengalamanPraktik` must list it. Lampiran B 2.3.2 f asks the supervisor for "advokasi sosial" experience where the worker clause says "perlindungan sosial" (2.6.1 d names both): a protection supervisor may record `advokasi-sosial`, as the text words it, or `perlindungan` (advocacy is one of B\'s interventions).',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul:
            'Pekerja sosial perlindungan hanya berpengalaman advokasi sosial (B 2.3.1 e menyebut perlindungan sosial).',
          set: [['/staf/0/pengalamanPraktik', ['rehabilitasi', 'advokasi-sosial']]],
          temuan: [
            {
              pesan:
                'Siti Nurhaliza, S.Tr.Sos. belum tercatat berpengalaman praktik Perlindungan Sosial.',
              lokasi: 'lembaga.yaml:194',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Supervisor perlindungan berpengalaman advokasi sosial (bunyi B 2.3.2 f).',
          set: [['/staf/2/pengalamanPraktik', ['rehabilitasi', 'advokasi-sosial']]],
        },
      ],
    },

    gagal: { judul: 'Pengalaman praktik dihapus.', set: [['/staf/1/pengalamanPraktik', []]] },
    lulus: KOSONG,
  },
  check: (ctx) =>
    pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) =>
      layanan
        .filter((k) => !pengalamanMemenuhi(staf, k))
        .map((k) => ({
          message: 'r.pengalaman.kurang',
          params: { nama: staf.nama, layanan: ctx.standar[k].nama },
          target: {
            source: 'lembaga' as const,
            pointer: `${stafPointer(ctx.lembaga, staf)}${staf.pengalamanPraktik ? '/pengalamanPraktik' : ''}`,
          },
          layanan: k,
          bagian: bagianPendek(
            huruf(
              ctx.standar[k],
              staf.peran === 'supervisor' ? 'supervisor' : 'pekerjaSosial',
              'pengalaman-praktik',
            ),
          ),
        })),
    ),
});

function jaminanPekerjaRule(opts: {
  id: string;
  key: string;
  summary: { id: string; en: string };
  doc: { id: string; en: string };
  contoh: Rule['contoh'];
  gagal: (
    s: Staf,
    tanggal: string,
  ) => { message: string; field?: string; params?: Record<string, string | number> } | null;
}): Rule {
  return layananRule({
    id: opts.id,
    severity: 'error',
    bagian: (s) => [itemBagian(s.jaminan.pekerja, opts.key)!],
    summary: opts.summary,
    doc: opts.doc,
    contoh: opts.contoh,
    check: (ctx) =>
      pekerjaDanSupervisor(ctx).flatMap(({ staf, layanan }) => {
        const g = opts.gagal(staf, ctx.tanggal);
        if (!g) return [];
        const ptr = stafPointer(ctx.lembaga, staf);
        const has =
          g.field &&
          (staf as unknown as Record<string, unknown>)[g.field.split('/')[0]!] !== undefined;
        return [
          {
            message: g.message,
            params: { nama: staf.nama, ...g.params },
            target: { source: 'lembaga' as const, pointer: has ? `${ptr}/${g.field}` : ptr },
            layanan: layanan[0],
          },
        ];
      }),
  });
}

const organisasiProfesi = jaminanPekerjaRule({
  id: 'organisasi-profesi',
  key: 'anggota-organisasi-profesi',
  summary: {
    id: 'Pekerja sosial dan supervisor terdaftar di organisasi profesi pekerja sosial.',
    en: "Social workers and supervisors are members of the social workers' professional organisation.",
  },
  doc: {
    id: 'Membaca `staf[].organisasiProfesi.nama` (misalnya IPSPI). Sekali per orang.',
    en: 'Reads `organisasiProfesi.nama` (e.g. IPSPI). Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Nama organisasi kosong.',
          set: [['/staf/0/organisasiProfesi/nama', '']],
          temuan: [
            {
              pesan:
                'Siti Nurhaliza, S.Tr.Sos. belum tercatat sebagai anggota organisasi profesi pekerja sosial.',
              lokasi: 'lembaga.yaml:191',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Nama organisasi tanpa nomor anggota.',
          set: [['/staf/0/organisasiProfesi', { nama: 'IPSPI' }]],
        },
      ],
    },

    gagal: { judul: 'Tanpa keanggotaan.', set: [['/staf/0/organisasiProfesi', undefined]] },
    lulus: KOSONG,
  },
  gagal: (s) =>
    terisi(s.organisasiProfesi?.nama)
      ? null
      : { message: 'r.jaminan.organisasi', field: 'organisasiProfesi' },
});

const kodeEtik = jaminanPekerjaRule({
  id: 'kode-etik',
  key: 'kode-etik',
  summary: {
    id: 'Pekerja sosial dan supervisor terikat Kode Etik Profesi Pekerjaan Sosial.',
    en: 'Social workers and supervisors are bound by the professional code of ethics.',
  },
  doc: {
    id: 'Membaca `staf[].kodeEtik: true`. Sekali per orang.',
    en: 'Reads `kodeEtik: true`. Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Kode etik tidak dinyatakan.',
          set: [['/staf/0/kodeEtik', undefined]],
          temuan: [
            {
              pesan:
                'Siti Nurhaliza, S.Tr.Sos. belum dinyatakan terikat Kode Etik Profesi Pekerjaan Sosial.',
              lokasi: 'lembaga.yaml:184',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Kode etik dinyatakan.', set: [['/staf/0/kodeEtik', true]] }],
    },

    gagal: { judul: 'Kode etik tidak dinyatakan.', set: [['/staf/0/kodeEtik', false]] },
    lulus: KOSONG,
  },
  gagal: (s) => (s.kodeEtik === true ? null : { message: 'r.jaminan.kodeEtik', field: 'kodeEtik' }),
});

const paktaIntegritas = jaminanPekerjaRule({
  id: 'kebijakan-antikorupsi',
  key: 'kebijakan-antikorupsi',
  summary: {
    id: 'Pekerja sosial dan supervisor menandatangani kebijakan anti korupsi serta anti pelecehan dan kekerasan.',
    en: 'Social workers and supervisors have signed the anti-corruption and anti-harassment/violence policy.',
  },
  doc: {
    id: 'Membaca tanggal `staf[].pernyataan.antiKorupsi` dan `pernyataan.antiPelecehan`; keduanya wajib, dan tidak sesudah --tanggal (pernyataan yang belum ditandatangani; kemungkinan salah ketik). Sekali per orang.',
    en: 'Reads the dates `pernyataan.antiKorupsi` and `pernyataan.antiPelecehan`; both required, and not after --tanggal (not signed yet; most likely a typo). Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Pernyataan anti pelecehan bertanggal besok.',
          set: [['/staf/0/pernyataan/antiPelecehan', '2026-11-26']],
          temuan: [
            {
              pesan:
                'Siti Nurhaliza, S.Tr.Sos.: pernyataan.antiPelecehan: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:198',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Pernyataan anti pelecehan bertanggal hari ini.',
          set: [['/staf/0/pernyataan/antiPelecehan', '2026-11-25']],
        },
      ],
    },

    gagal: {
      judul: 'Belum menandatangani kebijakan anti pelecehan.',
      set: [['/staf/0/pernyataan/antiPelecehan', undefined]],
    },
    lulus: KOSONG,
  },
  gagal: (s, tanggal) => {
    if (!(isTanggal(s.pernyataan?.antiKorupsi) && isTanggal(s.pernyataan?.antiPelecehan)))
      return { message: 'r.jaminan.pakta', field: 'pernyataan' };
    // A declaration dated after today has not been signed yet.
    for (const f of ['antiKorupsi', 'antiPelecehan'] as const) {
      const tgl = s.pernyataan[f]!;
      if (tgl > tanggal)
        return {
          message: 'r.tanggal.masaDepan',
          field: `pernyataan/${f}`,
          params: { bidang: `${s.nama}: pernyataan.${f}`, tanggal: tgl, hariIni: tanggal },
        };
    }
    return null;
  },
});

const riwayatBersih = jaminanPekerjaRule({
  id: 'riwayat-bersih',
  key: 'tanpa-riwayat-kekerasan',
  summary: {
    id: 'Pekerja sosial dan supervisor tidak memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum.',
    en: 'Social workers and supervisors have no record of violence or legal cases.',
  },
  doc: {
    id: 'Membaca `staf[].riwayatBersih`: harus `true` (sudah diperiksa, bersih). `false` atau kosong adalah temuan. Sekali per orang.',
    en: 'Reads `riwayatBersih`: must be true. false or empty is a finding. Once per person.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Riwayat tercatat tidak bersih.',
          set: [['/staf/1/riwayatBersih', false]],
          temuan: [
            {
              pesan:
                'Budi Santoso, S.Sos. tercatat memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum.',
              lokasi: 'lembaga.yaml:216',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Riwayat bersih.', set: [['/staf/1/riwayatBersih', true]] }],
    },

    gagal: { judul: 'Belum dinyatakan.', set: [['/staf/1/riwayatBersih', undefined]] },
    lulus: KOSONG,
  },
  gagal: (s) =>
    s.riwayatBersih === true
      ? null
      : {
          message: s.riwayatBersih === false ? 'r.jaminan.riwayatAda' : 'r.jaminan.riwayatKosong',
          field: 'riwayatBersih',
        },
});

const pelaksanaLain = layananRule({
  id: 'pelaksana-lain',
  severity: 'warning',
  bagian: (s) => s.kompetensi.pelaksanaLain.map((p) => p.bagian),
  summary: {
    id: 'Pelaksana selain pekerja sosial dan supervisor termasuk yang dapat dilibatkan dalam layanan itu (angka 2.3.3).',
    en: 'Personnel other than social workers and supervisors are of a kind the service may involve (2.3.3).',
  },
  doc: {
    id: 'Untuk staf dengan peran selain pekerja-sosial dan supervisor (penyuluh-sosial, tenaga-kesejahteraan-sosial, relawan-sosial, tokoh-agama, tokoh-masyarakat, pendidik, psikolog, dokter, perawat, konselor-adiksi, pendamping-sosial, advokat-paralegal, terapis), setiap layanan di `staf[].layanan` harus menyebut peran itu di angka 2.3.3-nya — juga peran yang tidak disebut layanan mana pun. Staf administrasi dan "lainnya" tidak memberi layanan dan tidak diperiksa.',
    en: "For staff of every role other than social worker and supervisor, each service in `layanan` must list that role in its 2.3.3 — including roles no service lists. Administrative and 'lainnya' staff deliver no service and are not checked.",
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Psikolog di rehabilitasi (tidak disebut angka 2.3.3 layanan mana pun).',
          set: [['/staf/4/peran', 'psikolog']],
          temuan: [
            {
              pesan:
                'Maya Sari, S.Psi. (psikolog) bertugas di layanan Rehabilitasi Sosial, tetapi angka 2.3.3 layanan itu hanya menyebut: terapis, perawat, tenaga-kesejahteraan-sosial, relawan-sosial.',
              lokasi: 'lembaga.yaml:244',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Perawat di rehabilitasi (Lampiran C 2.3.3).',
          set: [['/staf/4/peran', 'perawat']],
        },
      ],
    },

    gagal: {
      judul: 'Terapis di layanan perlindungan.',
      set: [['/staf/4/layanan', ['perlindungan']]],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const out: DraftFinding[] = [];
    // Every role other than the social worker, the supervisor and the non-service roles is
    // checked against each service's 2.3.3, whether or not some other service lists it.
    const tidakDiperiksa = new Set(['pekerja-sosial', 'supervisor', 'administrasi', 'lainnya']);
    ctx.lembaga.staf.forEach((st, i) => {
      if (typeof st.peran !== 'string' || tidakDiperiksa.has(st.peran) || st.aktif === false)
        return;
      for (const k of ctx.layanan) {
        if (!(st.layanan ?? []).includes(k)) continue;
        const list = ctx.standar[k].kompetensi.pelaksanaLain;
        if (!list.some((p) => p.key === st.peran))
          out.push({
            message: 'r.pelaksanaLain.tidakSesuai',
            params: {
              nama: st.nama,
              peran: st.peran,
              layanan: ctx.standar[k].nama,
              daftar: list.map((p) => p.key).join(', '),
            },
            target: { source: 'lembaga', pointer: `/staf/${i}/peran` },
            layanan: k,
            bagian: '2.3.3',
            value: st.peran,
            expected: list.map((p) => p.key),
          });
      }
    });
    return out;
  },
});

/* ------------------------------------------------------ evaluation (2.8) */

const evaluasiTahunan = layananRule({
  id: 'evaluasi-kinerja-tahunan',
  severity: 'error',
  bagian: (s) => [itemBagian(s.evaluasiKinerja, 'evaluasi-tahunan')!],
  summary: {
    id: 'Kinerja setiap pelaksana dievaluasi setiap tahun (evaluasi terakhir tidak lebih dari 12 bulan).',
    en: 'Every worker is evaluated yearly (last evaluation no older than 12 months).',
  },
  doc: {
    id: 'Membaca `staf[].evaluasiTerakhir` setiap staf aktif yang bertugas di layanan yang diselenggarakan (angka 2.8 menyebut "setiap pelaksana"). Kosong, atau lebih dari 12 bulan sebelum --tanggal, adalah temuan (tepat 12 bulan masih memenuhi). Tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
    en: 'Reads `evaluasiTerakhir` of every active staff member working in an offered service (2.8 says "every worker"). Empty, or more than 12 months before --tanggal, is a finding (exactly 12 months still passes). A date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Evaluasi 12 bulan dan sehari lalu.',
          set: [['/staf/0/evaluasiTerakhir', '2025-11-24']],
          temuan: [
            {
              pesan:
                'Evaluasi kinerja terakhir Siti Nurhaliza, S.Tr.Sos. pada 2025-11-24, lebih dari setahun lalu.',
              lokasi: 'lembaga.yaml:201',
            },
          ],
        },
        {
          judul: 'Evaluasi besok.',
          set: [['/staf/0/evaluasiTerakhir', '2026-11-26']],
          temuan: [
            {
              pesan:
                'Siti Nurhaliza, S.Tr.Sos.: evaluasiTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:201',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Evaluasi tepat 12 bulan lalu.',
          set: [['/staf/0/evaluasiTerakhir', '2025-11-25']],
        },
      ],
    },

    gagal: { judul: 'Evaluasi terakhir 2022.', set: [['/staf/0/evaluasiTerakhir', '2022-06-30']] },
    lulus: KOSONG,
  },
  check: (ctx) =>
    ctx.lembaga.staf.flatMap((st, i) => {
      const layanan = ctx.layanan.filter((k) => (st.layanan ?? []).includes(k));
      if (st.aktif === false || layanan.length === 0) return [];
      const keadaan = kesegaran(st.evaluasiTerakhir, ctx.tanggal, 12);
      if (keadaan === 'baru') return [];
      if (keadaan === 'masa-depan')
        return [
          masaDepan(
            ctx,
            layanan[0],
            `/staf/${i}/evaluasiTerakhir`,
            `${st.nama}: evaluasiTerakhir`,
            st.evaluasiTerakhir!,
          ),
        ];
      return [
        {
          message: st.evaluasiTerakhir ? 'r.evaluasi.lama' : 'r.evaluasi.tidakAda',
          params: { nama: st.nama, tanggal: st.evaluasiTerakhir ?? '-' },
          target: {
            source: 'lembaga' as const,
            pointer: `/staf/${i}${st.evaluasiTerakhir ? '/evaluasiTerakhir' : ''}`,
          },
          layanan: layanan[0],
          value: st.evaluasiTerakhir ?? null,
          expected: `>= ${tambahBulan(ctx.tanggal, -12)}`,
        },
      ];
    }),
});

const rencanaTahunan = layananRule({
  id: 'rencana-tahunan',
  severity: 'warning',
  bagian: (s) => [itemBagian(s.evaluasiKinerja, 'rencana-tahunan')!],
  summary: {
    id: 'Setiap pelaksana memiliki rencana tahunan untuk tahun berjalan.',
    en: 'Every worker has an annual plan for the current year.',
  },
  doc: {
    id: 'Membaca `staf[].rencanaTahunan` (daftar tahun); tahun dari --tanggal (atau --tahun) harus ada.',
    en: 'Reads `rencanaTahunan` (a list of years); the year of --tanggal (or --tahun) must be there.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Rencana 2025 dan 2027, tanpa 2026.',
          set: [['/staf/0/rencanaTahunan', [2025, 2027]]],
          temuan: [
            {
              pesan: 'Siti Nurhaliza, S.Tr.Sos. belum memiliki rencana tahunan 2026.',
              lokasi: 'lembaga.yaml:200',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Rencana 2026 saja.', set: [['/staf/0/rencanaTahunan', [2026]]] }],
    },

    gagal: { judul: 'Rencana tahunan kosong.', set: [['/staf/0/rencanaTahunan', []]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const tahun = ctx.tahun ?? Number(ctx.tanggal.slice(0, 4));
    return ctx.lembaga.staf.flatMap((st, i) => {
      const layanan = ctx.layanan.filter((k) => (st.layanan ?? []).includes(k));
      if (st.aktif === false || layanan.length === 0) return [];
      if ((st.rencanaTahunan ?? []).includes(tahun)) return [];
      return [
        {
          message: 'r.evaluasi.rencana',
          params: { nama: st.nama, tahun },
          target: {
            source: 'lembaga' as const,
            pointer: `/staf/${i}${st.rencanaTahunan ? '/rencanaTahunan' : ''}`,
          },
          layanan: layanan[0],
          expected: tahun,
        },
      ];
    });
  },
});

const evaluasiLembaga = layananRule({
  lingkup: 'lembaga',
  id: 'evaluasi-kinerja-lembaga',
  severity: 'warning',
  bagian: (s) => [
    itemBagian(s.evaluasiKinerja, 'kerangka-kompetensi')!,
    itemBagian(s.evaluasiKinerja, 'arsip-evaluasi')!,
  ],
  summary: {
    id: 'Lembaga menetapkan kerangka kompetensi staf dan format evaluasi yang dicatat dan diarsipkan.',
    en: 'The institution sets a staff competency framework and an evaluation form that is recorded and archived.',
  },
  doc: {
    id: 'Membaca `evaluasiKinerja.kerangkaKompetensi` (2.8.1) dan `evaluasiKinerja.formatEvaluasi` (2.8.7). Satu temuan per unsur yang kurang.',
    en: 'Reads `evaluasiKinerja.kerangkaKompetensi` (2.8.1) and `formatEvaluasi` (2.8.7). One finding per missing element.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Format evaluasi tidak ada.',
          set: [['/evaluasiKinerja/formatEvaluasi', false]],
          temuan: [
            {
              pesan: 'Lembaga belum memiliki format evaluasi kinerja yang dicatat dan diarsipkan.',
              lokasi: 'lembaga.yaml:179',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Kerangka dan format ada.',
          set: [['/evaluasiKinerja', { kerangkaKompetensi: true, formatEvaluasi: true }]],
        },
      ],
    },

    gagal: {
      judul: 'Tanpa kerangka kompetensi.',
      set: [['/evaluasiKinerja/kerangkaKompetensi', false]],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const e = ctx.lembaga.evaluasiKinerja ?? {};
    const out: DraftFinding[] = [];
    if (e.kerangkaKompetensi !== true)
      out.push(temuan(k, 'r.evaluasi.kerangka', '/evaluasiKinerja', '2.8.1'));
    if (e.formatEvaluasi !== true)
      out.push(temuan(k, 'r.evaluasi.format', '/evaluasiKinerja', '2.8.7'));
    return out;
  },
});

/* ---------------------------------------------------------- safety (2.7) */

const keselamatanGedung = layananRule({
  lingkup: 'lembaga',
  id: 'keselamatan-gedung',
  severity: 'error',
  bagian: (s) => s.keselamatan.gedung.map((g) => g.bagian),
  summary: {
    id: 'Gedung dilengkapi protokol keadaan darurat, APAR yang masih berlaku, jalur evakuasi dan tanda arah, serta tempat berkumpul.',
    en: 'The building has an emergency protocol, an unexpired fire extinguisher, an evacuation route with signs and an assembly point.',
  },
  doc: {
    id: 'Membaca `keselamatan`: `protokolDarurat` (2.7.1 a), `apar.jumlah` > 0 dan `apar.kedaluwarsa` tidak sebelum --tanggal (b), `jalurEvakuasi` dan `tandaArah` (c), `titikKumpul` (d). Satu temuan per unsur yang kurang.',
    en: 'Reads `keselamatan`: emergency protocol (2.7.1 a), `apar.jumlah` > 0 and `apar.kedaluwarsa` not before --tanggal (b), evacuation route and signs (c), assembly point (d). One finding per missing element.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'APAR kedaluwarsa kemarin.',
          set: [['/keselamatan/apar/kedaluwarsa', '2026-11-24']],
          temuan: [{ pesan: 'Isi APAR kedaluwarsa sejak 2026-11-24.', lokasi: 'lembaga.yaml:143' }],
        },
      ],
      lulus: [
        {
          judul: 'APAR kedaluwarsa hari ini: masih berlaku.',
          set: [['/keselamatan/apar/kedaluwarsa', '2026-11-25']],
        },
      ],
    },

    gagal: { judul: 'Tanpa APAR.', set: [['/keselamatan/apar', undefined]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const ks = ctx.lembaga.keselamatan ?? {};
    const out: DraftFinding[] = [];
    const at = (field: string) =>
      (ks as Record<string, unknown>)[field] === undefined
        ? '/keselamatan'
        : `/keselamatan/${field}`;
    if (ks.protokolDarurat !== true)
      out.push(temuan(k, 'r.keselamatan.protokol', at('protokolDarurat'), '2.7.1 a'));
    if (!ks.apar || !(typeof ks.apar.jumlah === 'number' && ks.apar.jumlah > 0))
      out.push({
        message: 'r.keselamatan.apar',
        target: { source: 'lembaga', pointer: at('apar') },
        layanan: k,
        bagian: '2.7.1 b',
        hint: 'r.keselamatan.saranApar',
      });
    else if (ks.apar.kedaluwarsa !== undefined && !masihBerlaku(ks.apar.kedaluwarsa, ctx.tanggal))
      out.push({
        message: 'r.keselamatan.aparKedaluwarsa',
        params: { tanggal: String(ks.apar.kedaluwarsa) },
        target: { source: 'lembaga', pointer: '/keselamatan/apar/kedaluwarsa' },
        layanan: k,
        bagian: '2.7.1 b',
        value: ks.apar.kedaluwarsa,
        expected: `>= ${ctx.tanggal}`,
      });
    if (ks.jalurEvakuasi !== true || ks.tandaArah !== true)
      out.push({
        message: 'r.keselamatan.evakuasi',
        target: {
          source: 'lembaga',
          pointer: at(ks.jalurEvakuasi !== true ? 'jalurEvakuasi' : 'tandaArah'),
        },
        layanan: k,
        bagian: '2.7.1 c',
      });
    if (ks.titikKumpul !== true)
      out.push(temuan(k, 'r.keselamatan.titikKumpul', at('titikKumpul'), '2.7.1 d'));
    return out;
  },
});

const keselamatanPelaksana = layananRule({
  lingkup: 'lembaga',
  id: 'keselamatan-pelaksana',
  severity: 'warning',
  bagian: (s) => s.keselamatan.pelaksana.slice(0, 2).map((g) => g.bagian),
  summary: {
    id: 'Pelaksana memperoleh informasi keamanan dan keselamatan serta latihan pengenalan dan penanganan bencana.',
    en: 'Workers receive safety information and disaster awareness and response training.',
  },
  doc: {
    id: 'Membaca `keselamatan.informasiKeselamatan` (2.7.2 a) dan `keselamatan.latihanBencanaTerakhir` (2.7.2 b) yang harus dalam selang `pengaturan.intervalLatihanBulan` (bawaan 12 bulan; standar tidak menetapkan selangnya; tepat pada batas selang masih memenuhi). Tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
    en: 'Reads `informasiKeselamatan` (2.7.2 a) and `latihanBencanaTerakhir` (2.7.2 b), which must fall within `pengaturan.intervalLatihanBulan` (default 12; the standard sets no interval; exactly at the interval passes). A date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Latihan bencana 12 bulan dan sehari lalu.',
          set: [['/keselamatan/latihanBencanaTerakhir', '2025-11-24']],
          temuan: [
            {
              pesan:
                'Latihan pengenalan dan penanganan bencana terakhir: 2025-11-24 (harus dalam 12 bulan terakhir).',
              lokasi: 'lembaga.yaml:148',
            },
          ],
        },
        {
          judul: 'Latihan bencana besok.',
          set: [['/keselamatan/latihanBencanaTerakhir', '2026-11-26']],
          temuan: [
            {
              pesan:
                'keselamatan.latihanBencanaTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:148',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Latihan bencana tepat 12 bulan lalu.',
          set: [['/keselamatan/latihanBencanaTerakhir', '2025-11-25']],
        },
      ],
    },

    gagal: {
      judul: 'Latihan bencana terakhir 2021.',
      set: [['/keselamatan/latihanBencanaTerakhir', '2021-05-01']],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const ks = ctx.lembaga.keselamatan ?? {};
    const interval = ctx.lembaga.pengaturan?.intervalLatihanBulan ?? 12;
    const out: DraftFinding[] = [];
    if (ks.informasiKeselamatan !== true)
      out.push({
        message: 'r.keselamatan.informasi',
        target: {
          source: 'lembaga',
          pointer:
            ks.informasiKeselamatan === undefined
              ? '/keselamatan'
              : '/keselamatan/informasiKeselamatan',
        },
        layanan: k,
        bagian: '2.7.2 a',
      });
    const bencana = kesegaran(ks.latihanBencanaTerakhir, ctx.tanggal, interval);
    if (bencana === 'masa-depan')
      out.push(
        masaDepan(
          ctx,
          k,
          '/keselamatan/latihanBencanaTerakhir',
          'keselamatan.latihanBencanaTerakhir',
          ks.latihanBencanaTerakhir!,
          '2.7.2 b',
        ),
      );
    else if (bencana !== 'baru')
      out.push({
        message: ks.latihanBencanaTerakhir
          ? 'r.keselamatan.latihanBencana'
          : 'r.keselamatan.latihanBencanaTidakAda',
        params: { tanggal: ks.latihanBencanaTerakhir ?? '-', bulan: interval },
        target: {
          source: 'lembaga',
          pointer:
            ks.latihanBencanaTerakhir === undefined
              ? '/keselamatan'
              : '/keselamatan/latihanBencanaTerakhir',
        },
        layanan: k,
        bagian: '2.7.2 b',
        value: ks.latihanBencanaTerakhir ?? null,
      });
    return out;
  },
});

const latihanDrill = layananRule({
  lingkup: 'lembaga',
  id: 'latihan-drill',
  severity: 'error',
  bagian: (s) => [s.keselamatan.pelaksana[2]!.bagian],
  summary: {
    id: 'Latihan penyelamatan diri (drill) dilakukan dalam selang yang ditetapkan lembaga (bawaan: setahun sekali).',
    en: 'An evacuation drill was held within the interval the institution set (default yearly).',
  },
  doc: {
    id: 'Membaca `keselamatan.latihanDrillTerakhir`; harus tidak lebih lama dari `pengaturan.intervalLatihanBulan` bulan sebelum --tanggal (bawaan 12). Standar mewajibkan drill tetapi tidak menetapkan selangnya; lembaga menetapkannya. Tepat 12 bulan (tanggal yang sama setahun lalu) masih memenuhi, sehari lebih lama tidak; tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
    en: 'Reads `latihanDrillTerakhir`; it must be no older than `pengaturan.intervalLatihanBulan` months before --tanggal (default 12). The standard requires drills but sets no interval. Exactly 12 months (the same day a year before) passes, one day more does not; a date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Drill 12 bulan dan sehari lalu.',
          set: [['/keselamatan/latihanDrillTerakhir', '2025-11-24']],
          temuan: [
            {
              pesan: 'Latihan drill terakhir 2025-11-24, lebih dari 12 bulan lalu.',
              lokasi: 'lembaga.yaml:149',
            },
          ],
        },
        {
          judul: 'Drill besok: salah ketik, bukan "terlalu lama".',
          set: [['/keselamatan/latihanDrillTerakhir', '2026-11-26']],
          temuan: [
            {
              pesan:
                'keselamatan.latihanDrillTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:149',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Drill tepat 12 bulan lalu.',
          set: [['/keselamatan/latihanDrillTerakhir', '2025-11-25']],
        },
        { judul: 'Drill hari ini.', set: [['/keselamatan/latihanDrillTerakhir', '2026-11-25']] },
      ],
    },

    gagal: {
      judul: 'Drill terakhir 2022.',
      set: [['/keselamatan/latihanDrillTerakhir', '2022-08-17']],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const ks = ctx.lembaga.keselamatan ?? {};
    const interval = ctx.lembaga.pengaturan?.intervalLatihanBulan ?? 12;
    const keadaan = kesegaran(ks.latihanDrillTerakhir, ctx.tanggal, interval);
    if (keadaan === 'baru') return [];
    if (keadaan === 'masa-depan')
      return [
        masaDepan(
          ctx,
          k,
          '/keselamatan/latihanDrillTerakhir',
          'keselamatan.latihanDrillTerakhir',
          ks.latihanDrillTerakhir!,
        ),
      ];
    return [
      {
        message: ks.latihanDrillTerakhir
          ? 'r.keselamatan.drillLama'
          : 'r.keselamatan.drillTidakAda',
        params: { tanggal: ks.latihanDrillTerakhir ?? '-', bulan: interval },
        target: {
          source: 'lembaga',
          pointer:
            ks.latihanDrillTerakhir === undefined
              ? '/keselamatan'
              : '/keselamatan/latihanDrillTerakhir',
        },
        layanan: k,
        value: ks.latihanDrillTerakhir ?? null,
        expected: `>= ${tambahBulan(ctx.tanggal, -interval)}`,
      },
    ];
  },
});

const kontakKeselamatan = layananRule({
  lingkup: 'lembaga',
  id: 'kontak-keselamatan',
  severity: 'error',
  bagian: (s) => [s.keselamatan.kontak],
  summary: {
    id: 'Ada staf kontak utama keamanan dan keselamatan yang pelatihannya diperbarui setiap tahun.',
    en: 'A staff member is the safety contact, with training refreshed every year.',
  },
  doc: {
    id: 'Membaca `keselamatan.kontakKeselamatan.staf` (kode staf yang ada di `staf`) dan `kontakKeselamatan.pelatihanTerakhir` (tidak lebih dari 12 bulan sebelum --tanggal: "diperbaharui setiap tahun"; tepat 12 bulan masih memenuhi). Tanggal sesudah --tanggal adalah temuan tersendiri ("sesudah hari ini — salah ketik?"), bukan "terlalu lama".',
    en: 'Reads `kontakKeselamatan.staf` (an existing staff id) and `pelatihanTerakhir` (no older than 12 months: "renewed every year"; exactly 12 months passes). A date after --tanggal is its own finding ("after today — a typo?"), never "too old".',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Pelatihan kontak 12 bulan dan sehari lalu.',
          set: [['/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2025-11-24']],
          temuan: [
            {
              pesan:
                'Pelatihan kontak keselamatan terakhir 2025-11-24; harus diperbarui setiap tahun.',
              lokasi: 'lembaga.yaml:150',
            },
          ],
        },
        {
          judul: 'Pelatihan kontak besok.',
          set: [['/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2026-11-26']],
          temuan: [
            {
              pesan:
                'keselamatan.kontakKeselamatan.pelatihanTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
              lokasi: 'lembaga.yaml:150',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Pelatihan kontak tepat 12 bulan lalu.',
          set: [['/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2025-11-25']],
        },
      ],
    },

    gagal: {
      judul: 'Pelatihan kontak keselamatan 2023.',
      set: [['/keselamatan/kontakKeselamatan/pelatihanTerakhir', '2023-01-10']],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const kk = ctx.lembaga.keselamatan?.kontakKeselamatan;
    if (!kk || !terisi(kk.staf))
      return [
        {
          message: 'r.keselamatan.kontakTidakAda',
          target: {
            source: 'lembaga',
            pointer: kk ? '/keselamatan/kontakKeselamatan' : '/keselamatan',
          },
          layanan: k,
        },
      ];
    if (!ctx.lembaga.staf.some((s) => s.id === kk.staf))
      return [
        {
          message: 'r.keselamatan.kontakTakDikenal',
          params: { id: kk.staf },
          target: { source: 'lembaga', pointer: '/keselamatan/kontakKeselamatan/staf' },
          layanan: k,
          value: kk.staf,
        },
      ];
    const keadaan = kesegaran(kk.pelatihanTerakhir, ctx.tanggal, 12);
    if (keadaan === 'masa-depan')
      return [
        masaDepan(
          ctx,
          k,
          '/keselamatan/kontakKeselamatan/pelatihanTerakhir',
          'keselamatan.kontakKeselamatan.pelatihanTerakhir',
          kk.pelatihanTerakhir!,
        ),
      ];
    if (keadaan !== 'baru')
      return [
        {
          message: 'r.keselamatan.kontakPelatihan',
          params: { tanggal: kk.pelatihanTerakhir ?? '-' },
          target: {
            source: 'lembaga',
            pointer:
              kk.pelatihanTerakhir === undefined
                ? '/keselamatan/kontakKeselamatan'
                : '/keselamatan/kontakKeselamatan/pelatihanTerakhir',
          },
          layanan: k,
          value: kk.pelatihanTerakhir ?? null,
          expected: `>= ${tambahBulan(ctx.tanggal, -12)}`,
        },
      ];
    return [];
  },
});

const penjelasanKlien = layananRule({
  lingkup: 'lembaga',
  id: 'penjelasan-keselamatan-klien',
  severity: 'warning',
  bagian: (s) => [s.keselamatan.penjelasanKlien],
  summary: {
    id: 'Klien diberi penjelasan protokol keamanan dan keselamatan.',
    en: 'Clients are briefed on the safety protocol.',
  },
  doc: {
    id: 'Membaca `keselamatan.penjelasanKlien: true`.',
    en: 'Reads `keselamatan.penjelasanKlien: true`.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Penjelasan tidak dinyatakan.',
          set: [['/keselamatan/penjelasanKlien', undefined]],
          temuan: [
            {
              pesan: 'Klien belum diberi penjelasan protokol keamanan dan keselamatan.',
              lokasi: 'lembaga.yaml:141',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Penjelasan dinyatakan.', set: [['/keselamatan/penjelasanKlien', true]] }],
    },

    gagal: { judul: 'Tidak ada penjelasan.', set: [['/keselamatan/penjelasanKlien', false]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k || ctx.lembaga.keselamatan?.penjelasanKlien === true) return [];
    return [
      {
        message: 'r.keselamatan.penjelasanKlien',
        target: {
          source: 'lembaga',
          pointer:
            ctx.lembaga.keselamatan?.penjelasanKlien === undefined
              ? '/keselamatan'
              : '/keselamatan/penjelasanKlien',
        },
        layanan: k,
      },
    ];
  },
});

/* ----------------------------------------------- supervision, guarantees */

const pengawasanInternal = layananRule({
  lingkup: 'lembaga',
  id: 'pengawasan-internal',
  severity: 'warning',
  bagian: (s) => [
    { angka: '2.4.1' },
    { angka: '2.4.3', huruf: 'b' },
    ...s.pengawasan.aspek.map((a) => a.bagian),
  ],
  summary: {
    id: 'Pengawasan internal berpedoman, dengan pertemuan berkala pekerja sosial–supervisor, dan supervisi edukatif, suportif, administratif.',
    en: 'Internal supervision follows written guidelines, with regular worker–supervisor meetings and educative, supportive and administrative supervision.',
  },
  doc: {
    id: 'Membaca `pengawasan.pedoman` (2.4.1), `pengawasan.pertemuanBerkala` (2.4.3 b), dan `pengawasan.aspek` yang harus memuat edukatif, suportif, dan administratif (2.4.5 a–c). Satu temuan per unsur yang kurang.',
    en: 'Reads `pengawasan.pedoman` (2.4.1), `pertemuanBerkala` (2.4.3 b) and `aspek`, which must list all three aspects (2.4.5 a–c). One finding per missing element.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Aspek administratif tidak ada.',
          set: [['/pengawasan/aspek', ['edukatif', 'suportif']]],
          temuan: [
            {
              pesan:
                'Supervisi belum mencakup aspek: Bimbingan pencatatan dan pelaporan (administratif).',
              lokasi: 'lembaga.yaml:172',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Ketiga aspek dalam urutan lain.',
          set: [['/pengawasan/aspek', ['administratif', 'suportif', 'edukatif']]],
        },
      ],
    },

    gagal: {
      judul: 'Supervisi tanpa aspek suportif.',
      set: [['/pengawasan/aspek', ['edukatif', 'administratif']]],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const p = ctx.lembaga.pengawasan ?? {};
    const out: DraftFinding[] = [];
    const at = (f: string) =>
      (p as Record<string, unknown>)[f] === undefined
        ? ctx.lembaga.pengawasan
          ? '/pengawasan'
          : ''
        : `/pengawasan/${f}`;
    if (p.pedoman !== true) out.push(temuan(k, 'r.pengawasan.pedoman', at('pedoman'), '2.4.1'));
    if (!terisi(p.pertemuanBerkala))
      out.push(temuan(k, 'r.pengawasan.pertemuan', at('pertemuanBerkala'), '2.4.3 b'));
    for (const a of ctx.standar[k].pengawasan.aspek)
      if (!(p.aspek ?? []).includes(a.key as 'edukatif'))
        out.push({
          message: 'r.pengawasan.aspek',
          params: { aspek: a.label },
          target: { source: 'lembaga', pointer: at('aspek') },
          layanan: k,
          bagian: bagianPendek(a.bagian),
        });
    return out;
  },
});

const jaminanLembaga = layananRule({
  lingkup: 'lembaga',
  id: 'jaminan-lembaga',
  severity: 'warning',
  bagian: (s) =>
    ['metode-teruji', 'pengawasan-pemerintah'].map((key) => itemBagian(s.jaminan.lembaga, key)!),
  summary: {
    id: 'Lembaga memakai metode praktik yang telah diuji dan diawasi Kementerian Sosial/dinas sosial.',
    en: 'The institution uses tested practice methods and is overseen by the Ministry or a social affairs office.',
  },
  doc: {
    id: 'Membaca `jaminan.metodeTeruji` (2.6.2 c) dan `jaminan.pengawasPemerintah` (2.6.2 f). Huruf d (melibatkan pekerja sosial) dan e (tersupervisi) diperiksa aturan jumlah-pelaksana; huruf g oleh laporan-tahunan.',
    en: 'Reads `jaminan.metodeTeruji` (2.6.2 c) and `jaminan.pengawasPemerintah` (2.6.2 f). Letters d and e are checked by jumlah-pelaksana; g by laporan-tahunan.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Pengawas pemerintah hanya spasi.',
          set: [['/jaminan/pengawasPemerintah', ' ']],
          temuan: [
            {
              pesan:
                'Instansi pemerintah yang mengawasi layanan belum dicatat (jaminan.pengawasPemerintah).',
              lokasi: 'lembaga.yaml:174',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Pengawas pemerintah disebut.',
          set: [['/jaminan/pengawasPemerintah', 'Dinas Sosial Provinsi Jawa Barat']],
        },
      ],
    },

    gagal: {
      judul: 'Tanpa pengawas pemerintah.',
      set: [['/jaminan/pengawasPemerintah', undefined]],
    },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const j = ctx.lembaga.jaminan ?? {};
    const s = ctx.standar[k];
    const out: DraftFinding[] = [];
    if (j.metodeTeruji !== true)
      out.push(
        temuan(
          k,
          'r.jaminan.metode',
          ctx.lembaga.jaminan ? '/jaminan' : '',
          bagianPendek(itemBagian(s.jaminan.lembaga, 'metode-teruji')!),
        ),
      );
    if (!terisi(j.pengawasPemerintah))
      out.push(
        temuan(
          k,
          'r.jaminan.pengawas',
          ctx.lembaga.jaminan ? '/jaminan' : '',
          bagianPendek(itemBagian(s.jaminan.lembaga, 'pengawasan-pemerintah')!),
        ),
      );
    return out;
  },
});

const laporanTahunan = layananRule({
  lingkup: 'lembaga',
  id: 'laporan-tahunan',
  severity: 'warning',
  bagian: (s) => [itemBagian(s.jaminan.lembaga, 'laporan-tahunan')!],
  summary: {
    id: 'Lembaga membuat laporan tahunan; laporan tahun lalu sudah ada.',
    en: "The institution makes an annual report; last year's exists.",
  },
  doc: {
    id: 'Membaca `jaminan.laporanTahunanTerakhir` (tahun); harus tidak lebih awal dari tahun sebelum --tanggal, dan tidak sesudah tahun --tanggal (laporan tahun yang belum dimulai: salah ketik). `lembaga laporan --tahun YYYY` membuat laporannya.',
    en: 'Reads `jaminan.laporanTahunanTerakhir` (a year); it must not be earlier than the year before --tanggal, nor after the year of --tanggal (a report of a year not yet begun: a typo). `lembaga laporan --tahun YYYY` writes it.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Laporan terakhir 2024 (wajib 2025).',
          set: [['/jaminan/laporanTahunanTerakhir', 2024]],
          temuan: [
            {
              pesan: 'Laporan tahunan 2025 belum tercatat (terakhir: 2024).',
              lokasi: 'lembaga.yaml:177',
            },
          ],
        },
        {
          judul: 'Laporan tahun 2027: tahun yang belum dimulai.',
          set: [['/jaminan/laporanTahunanTerakhir', 2027]],
          temuan: [
            {
              pesan:
                'jaminan.laporanTahunanTerakhir: tahun 2027 sesudah tahun ini (2026) — salah ketik?',
              lokasi: 'lembaga.yaml:177',
            },
          ],
        },
      ],
      lulus: [
        { judul: 'Laporan terakhir 2025.', set: [['/jaminan/laporanTahunanTerakhir', 2025]] },
        {
          judul: 'Laporan tahun berjalan (2026).',
          set: [['/jaminan/laporanTahunanTerakhir', 2026]],
        },
      ],
    },

    gagal: { judul: 'Laporan terakhir 2019.', set: [['/jaminan/laporanTahunanTerakhir', 2019]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const last = ctx.lembaga.jaminan?.laporanTahunanTerakhir;
    const tahunIni = Number(ctx.tanggal.slice(0, 4));
    const wajib = tahunIni - 1;
    // A report of a year that has not begun cannot exist: a typo, never "up to date".
    if (typeof last === 'number' && last > tahunIni)
      return [
        {
          message: 'r.tanggal.tahunMasaDepan',
          params: { bidang: 'jaminan.laporanTahunanTerakhir', tahun: last, tahunIni },
          target: { source: 'lembaga', pointer: '/jaminan/laporanTahunanTerakhir' },
          layanan: k,
          value: last,
          expected: `<= ${tahunIni}`,
          hint: 'r.tanggal.saran',
        },
      ];
    if (typeof last === 'number' && last >= wajib) return [];
    return [
      {
        message: 'r.jaminan.laporan',
        params: { tahun: wajib, terakhir: last ?? '-' },
        target: {
          source: 'lembaga',
          pointer:
            last === undefined
              ? ctx.lembaga.jaminan
                ? '/jaminan'
                : ''
              : '/jaminan/laporanTahunanTerakhir',
        },
        layanan: k,
        value: last ?? null,
        expected: `>= ${wajib}`,
        hint: 'r.jaminan.saranLaporan',
        hintParams: { tahun: wajib },
      },
    ];
  },
});

/* ------------------------------------------------------- time limit (1.3) */

const jangkaWaktuLembaga = layananRule({
  id: 'jangka-waktu-lembaga',
  severity: 'error',
  bagian: (s) => [s.jangkaWaktu.bagian, s.jangkaWaktu.lebihSingkat],
  summary: {
    id: 'Jangka waktu layanan yang ditetapkan lembaga tidak melebihi batas standar (12 bulan; rehabilitasi 6 bulan).',
    en: 'The service period the institution sets does not exceed the standard (12 months; rehabilitation 6).',
  },
  doc: {
    id: 'Membaca `layanan.<layanan>.jangkaWaktuBulan`. Angka 1.3.2 membolehkan lebih singkat; lebih panjang dari angka 1.3.1 hanya boleh per kasus dengan keputusan perpanjangan (1.3.3), bukan sebagai ketentuan umum lembaga.',
    en: 'Reads `layanan.<service>.jangkaWaktuBulan`. 1.3.2 allows shorter; longer than 1.3.1 is allowed only per case by a recorded extension (1.3.3), not as a general rule.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Rehabilitasi 7 bulan: satu bulan di atas batas 6.',
          set: [['/layanan/rehabilitasi/jangkaWaktuBulan', 7]],
          temuan: [
            {
              pesan:
                'Jangka waktu layanan Rehabilitasi Sosial ditetapkan 7 bulan, melebihi batas standar 6 bulan.',
              lokasi: 'lembaga.yaml:46',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Rehabilitasi tepat 6 bulan.',
          set: [['/layanan/rehabilitasi/jangkaWaktuBulan', 6]],
        },
      ],
    },

    gagal: { judul: 'Rehabilitasi 9 bulan.', set: [['/layanan/rehabilitasi/jangkaWaktuBulan', 9]] },
    lulus: { judul: 'Rehabilitasi 4 bulan.', set: [['/layanan/rehabilitasi/jangkaWaktuBulan', 4]] },
  },
  check: (ctx) =>
    perLayanan(ctx, (k, s, lay) =>
      typeof lay.jangkaWaktuBulan === 'number' && lay.jangkaWaktuBulan > s.jangkaWaktu.bulan
        ? [
            {
              message: 'r.jangkaWaktu.lembaga',
              params: { layanan: s.nama, bulan: lay.jangkaWaktuBulan, batas: s.jangkaWaktu.bulan },
              target: { source: 'lembaga', pointer: `/layanan/${k}/jangkaWaktuBulan` },
              layanan: k,
              value: lay.jangkaWaktuBulan,
              expected: `<= ${s.jangkaWaktu.bulan}`,
            },
          ]
        : [],
    ),
});

/* ----------------------------------------- references and open choices */

const stafReferensi = layananRule({
  lingkup: 'lembaga',
  id: 'staf-referensi',
  severity: 'error',
  bagian: (s) => [s.jumlahPelaksana],
  summary: {
    id: 'Kode staf unik, dan setiap kode staf yang dirujuk ada di daftar staf.',
    en: 'Staff ids are unique and every staff id referred to exists.',
  },
  doc: {
    id: 'Kode di `staf[].id` harus unik; kode di `keselamatan.kontakKeselamatan.staf` dan `pengaduan.prosedur.petugas` diperiksa aturan masing-masing.',
    en: 'Ids in `staf[].id` must be unique; referenced ids are checked by their own rules.',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Kode staf kelima sama dengan yang pertama.',
          set: [['/staf/4/id', 'ps-01']],
          temuan: [
            {
              pesan: 'Kode staf "ps-01" dipakai dua kali (pertama di staf ke-1).',
              lokasi: 'lembaga.yaml:242',
            },
          ],
        },
      ],
      lulus: [{ judul: 'Kode staf yang hanya mirip.', set: [['/staf/4/id', 'ps-01b']] }],
    },

    gagal: { judul: 'Dua staf berkode sama.', set: [['/staf/1/id', 'ps-01']] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    const seen = new Map<string, number>();
    const out: DraftFinding[] = [];
    ctx.lembaga.staf.forEach((s, i) => {
      if (seen.has(s.id))
        out.push({
          message: 'r.staf.idGanda',
          params: { id: s.id, baris: seen.get(s.id)! + 1 },
          target: { source: 'lembaga', pointer: `/staf/${i}/id` },
          layanan: k,
          value: s.id,
        });
      else seen.set(s.id, i);
    });
    return out;
  },
});

const pengaturanTerbuka = layananRule({
  lingkup: 'lembaga',
  id: 'pengaturan-terbuka',
  severity: 'info',
  bagian: (s) => [
    itemBagian(s.faktorTarif, 'probono') ?? s.faktorTarif[4]!.bagian,
    s.pengaduan.prosedur[2]!.bagian,
    s.keselamatan.pelaksana[2]!.bagian,
    s.jangkaWaktu.bagian,
  ],
  summary: {
    id: 'Pilihan yang dibiarkan terbuka oleh standar sudah ditetapkan lembaga (dasar pro bono 10 %, selang drill, mulai jangka waktu).',
    en: 'Choices the standard leaves open are fixed by the institution (pro bono basis, drill interval, start of the service period).',
  },
  doc: {
    id: 'Standar tidak menetapkan atas apa 10 % pro bono dihitung (1.4.2 e), selang latihan drill (2.7.2 c), dan sejak kapan jangka waktu dihitung (1.3.1). Bila `pengaturan.proBono`, `pengaturan.intervalLatihanBulan`, atau `pengaturan.mulaiJangkaWaktu` kosong, nilai bawaan dipakai (kegiatan per pekerja sosial per tahun; 12 bulan; tanggal kesepakatan) dan aturan ini memberi tahu (info).',
    en: 'The standard does not say what the 10 % pro bono is measured over (1.4.2 e), how often drills are held (2.7.2 c), or when the service period starts (1.3.1). When unset, defaults are used and this rule says so (info).',
  },
  contoh: {
    batas: {
      gagal: [
        {
          judul: 'Selang drill tidak ditetapkan.',
          set: [['/pengaturan/intervalLatihanBulan', undefined]],
          temuan: [
            {
              pesan: 'Selang latihan drill belum ditetapkan; dipakai bawaan: 12 bulan.',
              lokasi: 'lembaga.yaml:249',
            },
          ],
        },
      ],
      lulus: [
        {
          judul: 'Ketiga pilihan ditetapkan, tanpa pengaturan lain.',
          set: [
            [
              '/pengaturan',
              {
                proBono: { dasar: 'kegiatan-lembaga-per-tahun' },
                intervalLatihanBulan: 6,
                mulaiJangkaWaktu: 'pendekatan-awal',
              },
            ],
          ],
        },
      ],
    },

    gagal: { judul: 'Pengaturan dihapus.', set: [['/pengaturan', undefined]] },
    lulus: KOSONG,
  },
  check(ctx) {
    const k = ctx.layanan[0];
    if (!k) return [];
    const p = ctx.lembaga.pengaturan ?? {};
    const s = ctx.standar[k];
    const out: DraftFinding[] = [];
    const at = ctx.lembaga.pengaturan ? '/pengaturan' : '';
    if (!p.proBono)
      out.push(
        temuan(
          k,
          'r.pengaturan.proBono',
          at,
          bagianPendek(itemBagian(s.faktorTarif, 'probono') ?? s.faktorTarif[4]!.bagian),
        ),
      );
    if (p.intervalLatihanBulan === undefined)
      out.push(
        temuan(k, 'r.pengaturan.drill', at, bagianPendek(s.keselamatan.pelaksana[2]!.bagian)),
      );
    if (p.mulaiJangkaWaktu === undefined)
      out.push(temuan(k, 'r.pengaturan.mulai', at, bagianPendek(s.jangkaWaktu.bagian)));
    return out;
  },
});

/** Every institution-level rule, in the order of the Lampiran's sections. */
export const LEMBAGA_RULES: readonly Rule[] = [
  jangkaWaktuLembaga,
  skKriteria,
  skTarif,
  tarifLengkap,
  tarifBarisDikenal,
  tarifUrutanTingkat,
  tarifUrutanDurasi,
  pengaduanSaluran,
  pengaduanProsedur,
  skPengaduan,
  fasilitasMinimum,
  peralatanKerja,
  pekerjaPendidikan,
  supervisorPendidikan,
  sertifikat,
  izinPraktik,
  supervisorPengalaman,
  pelatihanLayanan,
  pengalamanPraktik,
  pelaksanaLain,
  pengawasanInternal,
  jumlahPelaksana,
  stafReferensi,
  organisasiProfesi,
  kodeEtik,
  paktaIntegritas,
  riwayatBersih,
  izinLembaga,
  akreditasi,
  jaminanLembaga,
  laporanTahunan,
  keselamatanGedung,
  keselamatanPelaksana,
  latihanDrill,
  kontakKeselamatan,
  penjelasanKlien,
  evaluasiLembaga,
  evaluasiTahunan,
  rencanaTahunan,
  pengaturanTerbuka,
];
