/** Institution-level rules on staff evaluation (2.8). */
import type { DraftFinding } from '../rule.js';
import { tambahBulan } from '../../core/tanggal.js';
import { diLembaga, layananRule, untukLembaga } from './define.js';
import { temuan, berkala } from './rules-lembaga-bantu.js';
import { pesanDi, setel } from '../contoh.js';
import { itemBagian } from './bagian.js';

export const evaluasiTahunan = layananRule('evaluasi-kinerja-tahunan', 'error', {
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
        setel(
          'Evaluasi 12 bulan dan sehari lalu.',
          '/staf/0/evaluasiTerakhir',
          '2025-11-24',
          pesanDi(
            'Evaluasi kinerja terakhir Siti Nurhaliza, S.Tr.Sos. pada 2025-11-24, lebih dari setahun lalu.',
            'lembaga.yaml:210',
          ),
        ),
        setel(
          'Evaluasi besok.',
          '/staf/0/evaluasiTerakhir',
          '2026-11-26',
          pesanDi(
            'Siti Nurhaliza, S.Tr.Sos.: evaluasiTerakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
            'lembaga.yaml:210',
          ),
        ),
      ],
      lulus: [setel('Evaluasi tepat 12 bulan lalu.', '/staf/0/evaluasiTerakhir', '2025-11-25')],
    },

    gagal: setel('Evaluasi terakhir 2022.', '/staf/0/evaluasiTerakhir', '2022-06-30'),
  },
  check: (ctx) =>
    ctx.lembaga.staf.flatMap((st, i) => {
      const layanan = ctx.layanan.filter((k) => (st.layanan ?? []).includes(k));
      if (st.aktif === false || layanan.length === 0) return [];
      const di = `/staf/${i}/evaluasiTerakhir`;
      return berkala(
        ctx,
        st.evaluasiTerakhir,
        12,
        { k: layanan[0], pointer: di, bidang: `${st.nama}: evaluasiTerakhir` },
        () => ({
          message: st.evaluasiTerakhir ? 'r.evaluasi.lama' : 'r.evaluasi.tidakAda',
          params: { nama: st.nama, tanggal: st.evaluasiTerakhir ?? '-' },
          ...diLembaga(layanan[0], st.evaluasiTerakhir ? di : `/staf/${i}`),
          value: st.evaluasiTerakhir ?? null,
          expected: `>= ${tambahBulan(ctx.tanggal, -12)}`,
        }),
      );
    }),
});

export const rencanaTahunan = layananRule('rencana-tahunan', 'warning', {
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
        setel(
          'Rencana 2025 dan 2027, tanpa 2026.',
          '/staf/0/rencanaTahunan',
          [2025, 2027],
          pesanDi(
            'Siti Nurhaliza, S.Tr.Sos. belum memiliki rencana tahunan 2026.',
            'lembaga.yaml:209',
          ),
        ),
      ],
      lulus: [setel('Rencana 2026 saja.', '/staf/0/rencanaTahunan', [2026])],
    },

    gagal: setel('Rencana tahunan kosong.', '/staf/0/rencanaTahunan', []),
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
          ...diLembaga(layanan[0], `/staf/${i}${st.rencanaTahunan ? '/rencanaTahunan' : ''}`),
          expected: tahun,
        },
      ];
    });
  },
});

export const evaluasiLembaga = layananRule('evaluasi-kinerja-lembaga', 'warning', {
  lingkup: 'lembaga',
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
        setel(
          'Format evaluasi tidak ada.',
          '/evaluasiKinerja/formatEvaluasi',
          false,
          pesanDi(
            'Lembaga belum memiliki format evaluasi kinerja yang dicatat dan diarsipkan.',
            'lembaga.yaml:188',
          ),
        ),
      ],
      lulus: [
        setel('Kerangka dan format ada.', '/evaluasiKinerja', {
          kerangkaKompetensi: true,
          formatEvaluasi: true,
        }),
      ],
    },

    gagal: setel('Tanpa kerangka kompetensi.', '/evaluasiKinerja/kerangkaKompetensi', false),
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const e = ctx.lembaga.evaluasiKinerja ?? {};
      const out: DraftFinding[] = [];
      if (e.kerangkaKompetensi !== true)
        out.push(temuan(k, 'r.evaluasi.kerangka', '/evaluasiKinerja', '2.8.1'));
      if (e.formatEvaluasi !== true)
        out.push(temuan(k, 'r.evaluasi.format', '/evaluasiKinerja', '2.8.7'));
      return out;
    }),
});
