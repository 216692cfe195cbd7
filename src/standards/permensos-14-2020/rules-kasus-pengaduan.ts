/**
 * Case rules of Permensos 14/2020 on complaints (Lampiran A–E 1.6): each complaint of a kind and
 * through a channel the standard names, resolved after it was received and within the deadline.
 */
import type { DraftFinding, Rule } from '../rule.js';
import { isTanggal, tambahHari } from '../../core/tanggal.js';
import { layananRule } from './define.js';
import { diKasusLayanan, perKasus, saranAtau } from './kasus-terdaftar.js';
import { pesanDi, setel } from '../contoh.js';
import { itemBagian } from './bagian.js';

const pengaduanKasus = layananRule('kasus-pengaduan', 'error', {
  scope: 'kasus',
  bagian: (s) => [
    ...s.pengaduan.jenis.map((j) => j.bagian),
    ...s.pengaduan.saluran.map((j) => j.bagian),
    itemBagian(s.pengaduan.prosedur, 'alur') ?? { angka: '1.6.5', huruf: 'b' },
  ],
  summary: {
    id: 'Pengaduan yang dicatat memakai jenis (1.6.3) dan saluran (1.6.4) yang dikenal standar, dan tidak selesai sebelum diterima.',
    en: 'Recorded complaints use a type (1.6.3) and channel (1.6.4) the standard knows, and are not resolved before they were received.',
  },
  doc: {
    id: 'Kode `pengaduan[].jenis` harus salah satu dari 1.6.3 a–f (layanan-tidak-sesuai, prosedur-tidak-sesuai, pelanggaran-etik, fasilitas-tidak-memadai, pembayaran-di-luar-tarif, komentar-saran) dan `saluran` salah satu dari 1.6.4 a–e (telepon, whatsapp, kotak-pengaduan, email, alamat-surat). Lampiran B kehilangan teks 1.6.1–1.6.3; rumusan paralel A/C/D/E diterapkan. Tanggal `selesai` sebelum `tanggal` diterima membalik alur 1.6.5 b (penerimaan sampai penyampaian hasil) dan dilaporkan; selesai pada hari yang sama boleh.',
    en: 'Complaint `jenis` must be one of 1.6.3 a–f and `saluran` one of 1.6.4 a–e. B lost 1.6.1–1.6.3; the parallel wording applies. A `selesai` date before the `tanggal` received reverses the 1.6.5 b process and is reported; the same day is fine.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Pengaduan selesai sehari sebelum diterima.',
          '/kasus/1/pengaduan/0/selesai',
          '2026-08-31',
          pesanDi(
            'Kasus HB-2026-002: pengaduan tercatat selesai 2026-08-31, sebelum diterima 2026-09-01.',
            'register-2026.yaml:100',
          ),
        ),
      ],
      lulus: [
        setel(
          'Pengaduan selesai pada hari diterima.',
          '/kasus/1/pengaduan/0/selesai',
          '2026-09-01',
        ),
      ],
    },

    gagal: setel('Jenis pengaduan tidak dikenal.', '/kasus/1/pengaduan/0/jenis', 'tarif-mahal'),
  },
  check: (ctx) =>
    perKasus(ctx, (k, s) => {
      const jenis = s.pengaduan.jenis.map((j) => j.key);
      const saluran = s.pengaduan.saluran.map((j) => j.key);
      /** A value outside its list (1.6.3 kinds, 1.6.4 channels), with a guess when one is close. */
      const diLuar = (
        key: string,
        nilai: string,
        daftar: string[],
        ptr: string,
        bagian: string,
      ) => {
        const { message, saran } = saranAtau(key, nilai, daftar);
        return {
          message,
          params: { nomor: k.kasus.nomor, nilai, saran },
          ...diKasusLayanan(k, ptr),
          bagian,
          value: nilai,
          expected: daftar,
        };
      };
      return (k.kasus.pengaduan ?? []).flatMap((p, i) => {
        const out: DraftFinding[] = [];
        if (p.jenis !== undefined && !jenis.includes(p.jenis))
          out.push(
            diLuar('r.kasus.pengaduanJenis', p.jenis, jenis, `/pengaduan/${i}/jenis`, '1.6.3'),
          );
        if (isTanggal(p.tanggal) && isTanggal(p.selesai) && p.selesai < p.tanggal)
          out.push({
            message: 'r.kasus.pengaduanSelesaiSebelum',
            params: { nomor: k.kasus.nomor, tanggal: p.tanggal, selesai: p.selesai },
            ...diKasusLayanan(k, `/pengaduan/${i}/selesai`),
            bagian: '1.6.5 b',
            value: p.selesai,
            expected: `>= ${p.tanggal}`,
          });
        if (p.saluran !== undefined && !saluran.includes(p.saluran))
          out.push(
            diLuar(
              'r.kasus.pengaduanSaluran',
              p.saluran,
              saluran,
              `/pengaduan/${i}/saluran`,
              '1.6.4',
            ),
          );
        return out;
      });
    }),
});

const pengaduanTepat = layananRule('kasus-pengaduan-batas-waktu', 'warning', {
  scope: 'kasus',
  bagian: (s) => [itemBagian(s.pengaduan.prosedur, 'batas-waktu')!],
  summary: {
    id: 'Pengaduan diselesaikan dalam batas waktu yang ditetapkan lembaga.',
    en: 'Complaints are resolved within the deadline the institution set.',
  },
  doc: {
    id: 'Angka 1.6.5 c meminta batas waktu setiap tahap. Register mencatat tanggal pengaduan diterima (`tanggal`) dan hasilnya disampaikan (`selesai`), maka rentang itu dibandingkan dengan jumlah batas ketiga tahap `pengaduan.prosedur.batasWaktuHari` (penerimaan + penanganan + penyampaianHasil). Satu batas untuk seluruh proses (`pengaturan.batasWaktuPengaduanHari`) bukan batas per tahap dan tidak dipakai; bila batas salah satu tahap belum ditetapkan, aturan ini tidak menilai (pengaduan-prosedur melaporkannya). Selesai tepat pada tenggat masih memenuhi; sehari sesudahnya, atau belum selesai padahal tenggat sudah lewat pada --tanggal, adalah temuan.',
    en: "1.6.5 c asks a deadline for each step. The register records when a complaint was received (`tanggal`) and when its result was delivered (`selesai`), so that span is compared with the sum of the three per-step limits. A single whole-process limit (`pengaturan.batasWaktuPengaduanHari`) is not a per-step deadline and is not used; if any step's limit is missing the rule does not judge (pengaduan-prosedur reports it). Resolved on the deadline passes; one day later, or still open past it on --tanggal, is a finding.",
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Selesai 19 hari sesudah diterima (batas 1 + 14 + 3 = 18 hari).',
          '/kasus/1/pengaduan/0/selesai',
          '2026-09-20',
          pesanDi(
            'Kasus HB-2026-002: pengaduan 2026-09-01 selesai 2026-09-20, melewati batas 18 hari (2026-09-19).',
            'register-2026.yaml:100',
          ),
        ),
      ],
      lulus: [
        setel(
          'Selesai tepat 18 hari sesudah diterima.',
          '/kasus/1/pengaduan/0/selesai',
          '2026-09-19',
        ),
      ],
    },

    gagal: setel('Selesai 80 hari kemudian.', '/kasus/1/pengaduan/0/selesai', '2026-11-20'),
  },
  check(ctx) {
    // 1.6.5 c: a deadline for each step. The case records when a complaint was received and
    // when its result was delivered, so the three steps together bound that span; a single
    // whole-process limit (pengaturan.batasWaktuPengaduanHari) is not a per-step deadline and is
    // not used (pengaduan-prosedur reports it).
    const bw = ctx.lembaga.pengaduan?.prosedur?.batasWaktuHari;
    const langkah = [bw?.penerimaan, bw?.penanganan, bw?.penyampaianHasil];
    if (!langkah.every((x) => typeof x === 'number' && x >= 0)) return [];
    const batas = (langkah as number[]).reduce((a, b) => a + b, 0);
    return perKasus(ctx, (k) =>
      (k.kasus.pengaduan ?? []).flatMap((p, i): DraftFinding[] => {
        if (!isTanggal(p.tanggal)) return [];
        const tenggat = tambahHari(p.tanggal, batas);
        const selesai = isTanggal(p.selesai) ? p.selesai : undefined;
        if (selesai ? selesai <= tenggat : ctx.tanggal <= tenggat) return [];
        return [
          {
            message: selesai ? 'r.kasus.pengaduanTerlambat' : 'r.kasus.pengaduanTerbuka',
            params: {
              nomor: k.kasus.nomor,
              tanggal: p.tanggal,
              selesai: selesai ?? '-',
              hari: batas,
              tenggat,
            },
            ...diKasusLayanan(k, `/pengaduan/${i}${selesai ? '/selesai' : ''}`),
            value: selesai ?? null,
            expected: `<= ${tenggat}`,
          },
        ];
      }),
    );
  },
});

/** The case rules on complaints (1.6), in the order of the Lampiran. */
export const PENGADUAN_KASUS_RULES: readonly Rule[] = [pengaduanKasus, pengaduanTepat];
