/**
 * JF rules of PermenPANRB 2020 beyond the credit arithmetic: appointment requirements
 * (Pasal 14–19, 45), swearing-in (Pasal 20), vacancy before a rank promotion (Pasal 38
 * ayat 3), periods out of the position (Pasal 48–50), holding two positions (Pasal 53),
 * membership of the professional organisation (Pasal 55 ayat 2) and the transitional
 * provisions (Pasal 58, 59). Registered in rules.ts after the credit rules.
 */
import { isTanggal, tambahBulan } from '../../core/tanggal.js';
import type { PegawaiKredit, SyaratPengangkatan } from '../../model/kredit.js';
import type { KreditDraft, KreditEnv, KreditRuleDef } from './rules.js';
import { bulat } from './data.js';
import { setel, ubah } from '../contoh.js';

/** The regulation took effect on this day (diundangkan 27 Mei 2020, Pasal 63). */
export const BERLAKU = '2020-05-27';
/** Pasal 59 ayat 3: ten years from the regulation's taking effect. */
export const BATAS_IJAZAH_KETERAMPILAN = '2030-05-27';

const P = '/pegawai/0';
const IJAZAH_SARJANA = new Set(['D4', 'S1', 'S2', 'S3']);
const PREDIKAT_BAIK = new Set(['sangat-baik', 'baik']);

/** A date `a` that must not come before `b`: one finding when it does, at `a`. */
export function tidakSebelum(
  a: string,
  b: string,
  d: Pick<KreditDraft, 'message' | 'params' | 'pointer' | 'bagian'>,
): KreditDraft[] {
  return a < b ? [{ ...d, value: a, expected: `>= ${b}` }] : [];
}

/** One finding naming only the worker. */
const satu = (message: string, staf: string, pointer: string, bagian: string): KreditDraft[] => [
  { message, params: { staf }, pointer, bagian },
];

/** The worker's staff entry in lembaga.yaml, if any. */
function stafDari(p: PegawaiKredit, env: KreditEnv) {
  const staf: unknown = env.lembaga?.staf;
  return Array.isArray(staf)
    ? (staf as NonNullable<KreditEnv['lembaga']>['staf']).find(
        (x) => x && typeof x === 'object' && String(x.id) === String(p.staf),
      )
    : undefined;
}

function tambahTahun(tgl: string, n: number): string {
  return tambahBulan(tgl, 12 * n);
}

type Cek = (s: SyaratPengangkatan, p: PegawaiKredit, staf: string) => KreditDraft | null;

const jenisDari = (p: PegawaiKredit) => String(p.pengangkatan?.jenis ?? '');

/** A requirement the file proves with a yes (or, for dates, any date). */
const ada =
  (kunci: keyof SyaratPengangkatan, bagian: string): Cek =>
  (s, p, staf) => {
    const v = s[kunci];
    if (v === true || (typeof v === 'string' && v)) return null;
    return {
      message: 'kredit.temuan.syarat',
      params: { staf, jenis: jenisDari(p), kunci: `syarat.${kunci}` },
      pointer: `/pengangkatan/syarat/${kunci}`,
      bagian,
      hint: 'kredit.saran.syarat',
    };
  };

const ijazah =
  (bagian: string): Cek =>
  (_s, p, staf) =>
    IJAZAH_SARJANA.has(String(p.pendidikan))
      ? null
      : {
          message: 'kredit.temuan.syaratIjazah',
          params: { staf, jenis: jenisDari(p), pendidikan: p.pendidikan ?? '—' },
          pointer: '/pendidikan',
          bagian,
          value: p.pendidikan ?? null,
          expected: 'D4, S1, S2, S3',
        };

const nilai =
  (n: number, bagian: string): Cek =>
  (s, p, staf) => {
    const v = Array.isArray(s.nilaiKinerja) ? s.nilaiKinerja : [];
    if (v.length >= n && v.slice(0, n).every((x) => PREDIKAT_BAIK.has(x))) return null;
    return {
      message: 'kredit.temuan.syaratNilai',
      params: { staf, jenis: jenisDari(p), n },
      pointer: '/pengangkatan/syarat/nilaiKinerja',
      bagian,
      value: v,
      expected: `${n} × baik/sangat-baik`,
    };
  };

const pengalaman =
  (bagian: string): Cek =>
  (s, p, staf) =>
    typeof s.pengalamanTahun === 'number' && s.pengalamanTahun >= 2
      ? null
      : {
          message: 'kredit.temuan.syaratPengalaman',
          params: { staf, jenis: jenisDari(p), tahun: s.pengalamanTahun ?? 0 },
          pointer: '/pengangkatan/syarat/pengalamanTahun',
          bagian,
          value: s.pengalamanTahun ?? null,
          expected: '>= 2',
        };

const uji =
  (bagian: string): Cek =>
  (_s, p, staf) =>
    typeof p.ujiKompetensi === 'string' && p.ujiKompetensi
      ? null
      : {
          message: 'kredit.temuan.syaratUji',
          params: { staf, jenis: jenisDari(p) },
          pointer: '/ujiKompetensi',
          bagian,
          hint: 'kredit.saran.ujiKompetensi',
        };

/**
 * Huruf a–d of Pasal 14 ayat 2, Pasal 15 ayat 2 and Pasal 17 ayat 1 (`b` names the clause up to
 * "huruf "): a civil servant, integrity, health, and a diploma that fits the position — which
 * must be a degree where the clause asks for S1/D4 (`sarjana`; 14 and 15, not 17).
 */
function syaratAwal(b: string, sarjana: boolean): Cek[] {
  return [
    ada('pns', `${b}a`),
    ada('integritas', `${b}b`),
    ada('sehat', `${b}c`),
    ...(sarjana ? [ijazah(`${b}d`)] : []),
    ada('ijazahSesuai', `${b}d`),
  ];
}

/** The requirements of the worker's kind of appointment, each with its clause. */
function syaratUntuk(p: PegawaiKredit): readonly Cek[] | null {
  const a = p.pengangkatan!;
  switch (a.jenis) {
    case 'pertama': {
      const b = 'Pasal 14 ayat 2 huruf ';
      return [...syaratAwal(b, true), nilai(1, `${b}e`), ada('kebutuhan', 'Pasal 14 ayat 3')];
    }
    case 'perpindahan': {
      // From an Ahli Utama position (Pasal 17 ayat 1) the same a–g as Pasal 15 ayat 2, without
      // the degree, and the Minister's approval besides the vacancy (ayat 2).
      const utama = a.asal === 'fungsional-ahli-utama';
      const b = utama ? 'Pasal 17 ayat 1 huruf ' : 'Pasal 15 ayat 2 huruf ';
      return [
        ...syaratAwal(b, !utama),
        uji(`${b}e`),
        pengalaman(`${b}f`),
        nilai(2, `${b}g`),
        ...(utama
          ? [ada('kebutuhan', 'Pasal 17 ayat 2'), ada('persetujuanMenteri', 'Pasal 17 ayat 2')]
          : [ada('kebutuhan', 'Pasal 15 ayat 3')]),
      ];
    }
    case 'keterampilan-ke-keahlian': {
      const b = 'Pasal 16 ayat 1 huruf ';
      return [
        ada('kebutuhan', `${b}a`),
        ijazah(`${b}b`),
        ada('ijazahSesuai', `${b}b`),
        uji(`${b}c`),
        ada('pangkatMemenuhi', `${b}d`),
      ];
    }
    case 'promosi': {
      // Pasal 19 ayat 3 huruf a (Uji Kompetensi) is kredit-uji-kompetensi's.
      const b = 'Pasal 19 ayat 3 huruf ';
      return [
        ada('rencanaSuksesi', 'Pasal 18 huruf a'),
        ada('inovasi', 'Pasal 18 huruf b'),
        ada('standarKompetensi', 'Pasal 18 huruf c'),
        nilai(2, `${b}b`),
        ada('rekamJejak', `${b}c`),
        ada('tanpaPelanggaranKodeEtik', `${b}d`),
        ada('tanpaHukumanDisiplin', `${b}e`),
        ada('kebutuhan', 'Pasal 19 ayat 4'),
      ];
    }
    default:
      // penyesuaian (inpassing) is not regulated in this text.
      return null;
  }
}

/** An appointment this regulation governs: made on or after the day it took effect. */
function pengangkatanBerlaku(p: PegawaiKredit): boolean {
  const a = p.pengangkatan;
  if (!a || typeof a !== 'object') return false;
  return !(typeof a.tanggal === 'string' && a.tanggal < BERLAKU);
}

const SYARAT_LENGKAP: SyaratPengangkatan = {
  pns: '2020-03-01',
  integritas: true,
  sehat: true,
  ijazahSesuai: true,
  nilaiKinerja: ['baik'],
  kebutuhan: true,
};

export const KREDIT_RULE_DEFS_JF: readonly KreditRuleDef[] = [
  {
    id: 'kredit-syarat-pengangkatan',
    severity: 'error',
    sections: [
      'Pasal 14 ayat 2',
      'Pasal 14 ayat 3',
      'Pasal 14 ayat 4',
      'Pasal 15 ayat 2',
      'Pasal 15 ayat 3',
      'Pasal 16 ayat 1',
      'Pasal 17 ayat 1',
      'Pasal 17 ayat 2',
      'Pasal 18',
      'Pasal 19 ayat 3',
      'Pasal 19 ayat 4',
      'Pasal 45',
    ],
    summary: {
      id: 'Berkas pengangkatan (pertama, perpindahan, keterampilan ke keahlian, promosi) membuktikan setiap persyaratannya dan lowongan kebutuhan.',
      en: 'The appointment file (first, transfer, skilled to expert, promotion) proves each of its requirements and the vacancy.',
    },
    doc: {
      id: 'Untuk pengangkatan sejak peraturan berlaku (27 Mei 2020) `pengangkatan.syarat` mencatat bukti tiap persyaratan. Pertama (Pasal 14 ayat 2): PNS (`pns`, TMT PNS), integritas, sehat, ijazah paling rendah S1/D4 (`pendidikan`) di bidang pekerjaan/kesejahteraan sosial (`ijazahSesuai`), predikat kinerja paling rendah baik 1 tahun terakhir (`nilaiKinerja`); lowongan kebutuhan (ayat 3, `kebutuhan`); diangkat dalam jabatan paling lama 1 tahun setelah TMT PNS (ayat 4; tepat 1 tahun masih memenuhi). Perpindahan (Pasal 15 ayat 2 huruf a–g, ayat 3): ditambah lulus Uji Kompetensi (`ujiKompetensi`), pengalaman paling singkat 2 tahun (`pengalamanTahun`), predikat baik 2 tahun terakhir; dari pejabat fungsional ahli utama lain (`asal: fungsional-ahli-utama`) Pasal 17 ayat 1 dan persetujuan Menteri (ayat 2). Keterampilan ke keahlian (Pasal 16 ayat 1 huruf a–d): kebutuhan, ijazah S1/D4 sesuai, Uji Kompetensi, pangkat memenuhi. Promosi (Pasal 18, Pasal 19 ayat 3 huruf b–e dan ayat 4): rencana suksesi, inovasi, Standar Kompetensi, predikat baik 2 tahun, rekam jejak, tanpa pelanggaran kode etik, tanpa hukuman disiplin, lowongan. Pasal 45: pengangkatan berdasarkan perhitungan kebutuhan (`kebutuhan`). Batas usia (huruf h, Pasal 16 ayat 1 huruf e) diperiksa kredit-usia-pengangkatan; Uji Kompetensi promosi kredit-uji-kompetensi. Penyesuaian (inpassing) tidak diatur teks ini.',
      en: 'For appointments since the regulation took effect (27 May 2020) `pengangkatan.syarat` records the proof of each requirement. First appointment (Pasal 14 ayat 2): civil servant (`pns`, date), integrity, health, at least a bachelor/D4 degree (`pendidikan`) in social work or welfare (`ijazahSesuai`), at least a "baik" rating in the last year (`nilaiKinerja`); a vacancy (ayat 3, `kebutuhan`); appointed within 1 year of becoming a civil servant (ayat 4; exactly 1 year still meets it). Transfer (Pasal 15 ayat 2 letters a–g, ayat 3): also a passed Uji Kompetensi, at least 2 years of experience, "baik" ratings for 2 years; from another Ahli Utama functional position, Pasal 17 ayat 1 and the Minister\'s approval (ayat 2). Skilled to expert (Pasal 16 ayat 1 letters a–d): vacancy, degree, Uji Kompetensi, sufficient pangkat. Promotion (Pasal 18, Pasal 19 ayat 3 letters b–e and ayat 4): succession plan, innovation, competence standard, 2 years "baik", record, no ethics breach, no disciplinary penalty, vacancy. Pasal 45: appointments follow the needs count. Age limits are kredit-usia-pengangkatan\'s; the promotion Uji Kompetensi is kredit-uji-kompetensi\'s. Inpassing is not regulated by this text.',
    },
    contoh: {
      gagal: setel(
        'Pengangkatan pertama 2021-03-01 tanpa bukti persyaratan',
        `${P}/pengangkatan/tanggal`,
        '2021-03-01',
      ),
      lulus: ubah(
        'Pengangkatan pertama 2021-03-01, tepat 1 tahun setelah TMT PNS, persyaratan lengkap',
        [
          [`${P}/pengangkatan/tanggal`, '2021-03-01'],
          [`${P}/pengangkatan/syarat`, SYARAT_LENGKAP],
        ],
      ),
    },
    periksa(h, p) {
      if (!pengangkatanBerlaku(p)) return [];
      const daftar = syaratUntuk(p);
      if (!daftar) return [];
      const a = p.pengangkatan!;
      const s = a.syarat;
      if (!s || typeof s !== 'object')
        return [
          {
            message: 'kredit.temuan.syaratTidakAda',
            params: { staf: h.staf, jenis: String(a.jenis) },
            pointer: '/pengangkatan',
            bagian: 'Pasal 45',
            hint: 'kredit.saran.syarat',
          },
        ];
      const out = daftar.map((c) => c(s, p, h.staf)).filter((d): d is KreditDraft => d !== null);
      if (a.jenis === 'pertama' && isTanggal(s.pns) && isTanggal(a.tanggal)) {
        const batas = tambahTahun(s.pns, 1);
        if (a.tanggal > batas)
          out.push({
            message: 'kredit.temuan.pnsSatuTahun',
            params: { staf: h.staf, pns: s.pns, tanggal: a.tanggal, batas },
            pointer: '/pengangkatan/tanggal',
            bagian: 'Pasal 14 ayat 4',
            value: a.tanggal,
            expected: `<= ${batas}`,
          });
      }
      return out;
    },
  },
  {
    id: 'kredit-pelantikan',
    severity: 'warning',
    sections: ['Pasal 20 ayat 1'],
    summary: {
      id: 'Setiap yang diangkat menjadi Pekerja Sosial dilantik dan diambil sumpah/janji, tidak sebelum tanggal pengangkatan.',
      en: 'Everyone appointed as a Pekerja Sosial is sworn in, not before the appointment date.',
    },
    doc: {
      id: 'Pasal 20 ayat 1: setiap PNS yang diangkat menjadi Pekerja Sosial wajib dilantik dan diambil sumpah/janji. Untuk pengangkatan sejak 27 Mei 2020, `pengangkatan.pelantikan` diisi dan tidak mendahului `pengangkatan.tanggal` (hari yang sama memenuhi).',
      en: 'Pasal 20 ayat 1: every civil servant appointed as a Pekerja Sosial is sworn in. For appointments since 27 May 2020, `pengangkatan.pelantikan` is given and not before `pengangkatan.tanggal` (the same day meets it).',
    },
    contoh: {
      gagal: ubah('Diangkat 2021-03-01, dilantik sehari sebelumnya', [
        [`${P}/pengangkatan/tanggal`, '2021-03-01'],
        [`${P}/pengangkatan/pelantikan`, '2021-02-28'],
      ]),
      lulus: ubah('Diangkat dan dilantik 2021-03-01', [
        [`${P}/pengangkatan/tanggal`, '2021-03-01'],
        [`${P}/pengangkatan/pelantikan`, '2021-03-01'],
      ]),
    },
    periksa(h, p) {
      if (!pengangkatanBerlaku(p)) return [];
      const a = p.pengangkatan!;
      if (typeof a.pelantikan !== 'string' || !a.pelantikan)
        return satu('kredit.temuan.pelantikanTidakAda', h.staf, '/pengangkatan', 'Pasal 20 ayat 1');
      if (typeof a.tanggal !== 'string') return [];
      return tidakSebelum(a.pelantikan, a.tanggal, {
        message: 'kredit.temuan.pelantikanSebelum',
        params: { staf: h.staf, pelantikan: a.pelantikan, tanggal: a.tanggal },
        pointer: '/pengangkatan/pelantikan',
        bagian: 'Pasal 20 ayat 1',
      });
    },
  },
  {
    id: 'kredit-lowongan-kenaikan',
    severity: 'error',
    sections: ['Pasal 38 ayat 3'],
    summary: {
      id: 'Kenaikan jenjang hanya diusulkan bila ada lowongan kebutuhan jabatan.',
      en: 'A rank promotion is proposed only when there is a vacancy.',
    },
    doc: {
      id: 'Pasal 38 ayat 3: kenaikan jenjang dilakukan dengan memperhatikan ketersediaan lowongan kebutuhan jabatan. Pegawai yang dicatat menunggu lowongan (`menungguLowongan: true`, Pasal 27) tidak dapat sekaligus diusulkan naik jenjang (`usulKenaikan: jenjang`).',
      en: 'Pasal 38 ayat 3: a rank promotion depends on a vacancy. A worker recorded as waiting for one (`menungguLowongan: true`, Pasal 27) cannot at the same time be proposed for the next rank (`usulKenaikan: jenjang`).',
    },
    contoh: {
      gagal: ubah('Diusulkan naik jenjang sambil menunggu lowongan', [
        [`${P}/usulKenaikan`, 'jenjang'],
        [`${P}/menungguLowongan`, true],
      ]),
      lulus: setel('Menunggu lowongan, tidak diusulkan', `${P}/menungguLowongan`, true),
    },
    periksa(h, p) {
      if (p.usulKenaikan !== 'jenjang' || p.menungguLowongan !== true) return [];
      return satu('kredit.temuan.lowonganKenaikan', h.staf, '/usulKenaikan', 'Pasal 38 ayat 3');
    },
  },
  {
    id: 'kredit-pemberhentian',
    severity: 'error',
    sections: [
      'Pasal 48 ayat 1',
      'Pasal 48 ayat 3',
      'Pasal 48 ayat 4',
      'Pasal 50 ayat 1',
      'Pasal 50 ayat 2',
    ],
    summary: {
      id: 'Masa diberhentikan dari jabatan: tidak ada kegiatan dinilai sebelum diangkat kembali; izin, larangan pengangkatan kembali, tugas belajar lebih dari 6 bulan.',
      en: 'Periods out of the position: no activity credited before reappointment; permission, no reappointment, study leave over 6 months.',
    },
    doc: {
      id: 'Pasal 48 ayat 1: Pekerja Sosial diberhentikan dari jabatan bila mengundurkan diri, diberhentikan sementara, cuti di luar tanggungan negara, tugas belajar lebih dari 6 bulan, ditugaskan penuh pada jabatan lain, atau tidak memenuhi persyaratan (`pemberhentian[].alasan`). Kegiatan sejak `mulai` tidak dinilai sebagai Pekerja Sosial kecuali yang bersangkutan diangkat kembali (`diangkatKembali`), karena ayat 4 membolehkan angka kredit dari tugas selama diberhentikan ditambahkan saat diangkat kembali. Tugas belajar sampai tepat 6 bulan (`selesai` = hari kembali bertugas, paling lambat `mulai` + 6 bulan) bukan alasan pemberhentian (huruf d; peringatan). Ayat 3: hanya alasan huruf b–e yang dapat diangkat kembali, dan tidak sebelum `mulai`. Pasal 50 ayat 1: mengundurkan diri dan tidak memenuhi persyaratan diperiksa dan diizinkan Pejabat yang Berwenang (`izin`) sebelum pemberhentian ditetapkan (hari yang sama memenuhi); ayat 2: mereka tidak dapat diangkat kembali.',
      en: 'Pasal 48 ayat 1: a worker leaves the position on resignation, temporary dismissal as civil servant, unpaid leave, study leave over 6 months, full assignment to another position, or not meeting the requirements (`pemberhentian[].alasan`). Activities from `mulai` are not credited as a Pekerja Sosial unless the worker was reappointed (`diangkatKembali`), since ayat 4 lets credits from that period be added on reappointment. Study leave up to exactly 6 months (`selesai` = first day back, at most `mulai` + 6 months) is no reason to leave the position (letter d; a warning). Ayat 3: only reasons b–e allow reappointment, and not before `mulai`. Pasal 50 ayat 1: resignation and not meeting requirements need examination and permission (`izin`) before the dismissal is set (the same day meets it); ayat 2: they cannot be reappointed.',
    },
    contoh: {
      gagal: setel(
        'Cuti di luar tanggungan negara sejak 2022-03-01, kegiatan 2022-03-01',
        `${P}/pemberhentian`,
        [{ alasan: 'cuti-di-luar-tanggungan', mulai: '2022-03-01' }],
      ),
      lulus: setel(
        'Cuti di luar tanggungan negara sejak 2022-03-02, kegiatan 2022-03-01',
        `${P}/pemberhentian`,
        [{ alasan: 'cuti-di-luar-tanggungan', mulai: '2022-03-02' }],
      ),
    },
    periksa(h, p) {
      const out: KreditDraft[] = [];
      (Array.isArray(p.pemberhentian) ? p.pemberhentian : []).forEach((b, i) => {
        if (!b || typeof b !== 'object' || typeof b.mulai !== 'string') return;
        const at = `/pemberhentian/${i}`;
        const params = { staf: h.staf, alasan: String(b.alasan), mulai: b.mulai };
        const aDanF = b.alasan === 'mengundurkan-diri' || b.alasan === 'tidak-memenuhi-syarat';
        if (b.alasan === 'tugas-belajar' && isTanggal(b.mulai) && isTanggal(b.selesai)) {
          const enam = tambahBulan(b.mulai, 6);
          if (b.selesai <= enam)
            out.push({
              message: 'kredit.temuan.tugasBelajarPendek',
              params: { ...params, selesai: b.selesai },
              pointer: `${at}/selesai`,
              bagian: 'Pasal 48 ayat 1 huruf d',
              value: b.selesai,
              expected: `> ${enam}`,
              severity: 'warning',
            });
        }
        if (aDanF && !(typeof b.izin === 'string' && b.izin <= b.mulai))
          out.push({
            message: 'kredit.temuan.pemberhentianIzin',
            params: { ...params, izin: b.izin ?? '—' },
            pointer: typeof b.izin === 'string' ? `${at}/izin` : at,
            bagian: 'Pasal 50 ayat 1',
            value: b.izin ?? null,
            expected: `<= ${b.mulai}`,
          });
        if (typeof b.diangkatKembali === 'string') {
          if (aDanF)
            out.push({
              message: 'kredit.temuan.pemberhentianTidakKembali',
              params,
              pointer: `${at}/diangkatKembali`,
              bagian: 'Pasal 50 ayat 2',
            });
          else
            out.push(
              ...tidakSebelum(b.diangkatKembali, b.mulai, {
                message: 'kredit.temuan.pemberhentianUrutan',
                params: { ...params, kembali: b.diangkatKembali },
                pointer: `${at}/diangkatKembali`,
                bagian: 'Pasal 48 ayat 3',
              }),
            );
          return;
        }
        const dalam = p.kegiatan
          .map((k, no) => ({ tgl: k?.tanggal, no }))
          .filter(
            (x): x is { tgl: string; no: number } => typeof x.tgl === 'string' && x.tgl >= b.mulai!,
          );
        if (dalam.length)
          out.push({
            message: 'kredit.temuan.kegiatanDiberhentikan',
            params: { ...params, no: dalam[0]!.no + 1, tanggal: dalam[0]!.tgl, n: dalam.length },
            pointer: `/kegiatan/${dalam[0]!.no}/tanggal`,
            bagian: 'Pasal 48 ayat 1',
            value: dalam[0]!.tgl,
            expected: `< ${b.mulai}`,
          });
      });
      return out;
    },
  },
  {
    id: 'kredit-rangkap-jabatan',
    severity: 'error',
    sections: ['Pasal 53', 'Pasal 48 ayat 1 huruf e'],
    summary: {
      id: 'Pekerja Sosial tidak merangkap jabatan pimpinan tinggi, administrator, pengawas, atau pelaksana.',
      en: 'A Pekerja Sosial does not also hold a leadership, administrator, supervisor or executive position.',
    },
    doc: {
      id: 'Pasal 53: Pekerja Sosial dilarang rangkap jabatan dengan jabatan pimpinan tinggi, administrator, pengawas, atau pelaksana. Pasal 48 ayat 1 huruf e: yang ditugaskan penuh pada jabatan itu diberhentikan dari jabatan fungsional. Pegawai dengan `jabatanLain` harus mencatat pemberhentian beralasan `jabatan-lain` yang mulai paling lambat pada `jabatanLain.mulai` (hari yang sama memenuhi) dan belum diangkat kembali.',
      en: 'Pasal 53: a Pekerja Sosial may not also hold a leadership, administrator, supervisor or executive position. Pasal 48 ayat 1 letter e: one fully assigned to such a position leaves the functional position. A worker with `jabatanLain` must record a `jabatan-lain` period out of the position starting no later than `jabatanLain.mulai` (the same day meets it), not yet ended by reappointment.',
    },
    contoh: {
      gagal: setel('Jabatan pengawas sejak 2022-06-01 tanpa pemberhentian', `${P}/jabatanLain`, {
        jenis: 'pengawas',
        mulai: '2022-06-01',
      }),
      lulus: ubah('Jabatan pengawas dan pemberhentian sejak 2022-06-01', [
        [`${P}/jabatanLain`, { jenis: 'pengawas', mulai: '2022-06-01' }],
        [`${P}/pemberhentian`, [{ alasan: 'jabatan-lain', mulai: '2022-06-01' }]],
      ]),
    },
    periksa(h, p) {
      const j = p.jabatanLain;
      if (!j || typeof j !== 'object') return [];
      const ok = (Array.isArray(p.pemberhentian) ? p.pemberhentian : []).some(
        (b) =>
          b?.alasan === 'jabatan-lain' &&
          typeof b.mulai === 'string' &&
          (typeof j.mulai !== 'string' || b.mulai <= j.mulai) &&
          !b.diangkatKembali,
      );
      if (ok) return [];
      return [
        {
          message: 'kredit.temuan.rangkapJabatan',
          params: { staf: h.staf, jenis: String(j.jenis), mulai: j.mulai ?? '—' },
          pointer: '/jabatanLain',
          bagian: 'Pasal 53',
        },
      ];
    },
  },
  {
    id: 'kredit-organisasi-profesi',
    severity: 'warning',
    sections: ['Pasal 55 ayat 2'],
    summary: {
      id: 'Setiap Pekerja Sosial PNS menjadi anggota organisasi profesi (lembaga.yaml `organisasiProfesi`).',
      en: 'Every civil-servant Pekerja Sosial is a member of the professional organisation (lembaga.yaml `organisasiProfesi`).',
    },
    doc: {
      id: 'Pasal 55 ayat 2: setiap Pekerja Sosial wajib menjadi anggota organisasi profesi Jabatan Fungsional Pekerja Sosial. Dibaca dari entri staf di lembaga.yaml (`organisasiProfesi.nama`) untuk setiap pegawai di log; pegawai yang tidak ada di lembaga.yaml ditangani kredit-pegawai-terdaftar.',
      en: "Pasal 55 ayat 2: every Pekerja Sosial is a member of the professional organisation. Read from the staff entry in lembaga.yaml (`organisasiProfesi.nama`) for each worker in the log; a worker missing from lembaga.yaml is kredit-pegawai-terdaftar's.",
    },
    contoh: {
      gagal: {
        judul: 'Staf ps-01 tanpa organisasi profesi di lembaga.yaml',
        set: [],
        lembaga: [['/staf/0/organisasiProfesi', undefined]],
      },
      lulus: ubah('Staf ps-01 anggota IPSPI', []),
    },
    periksa(h, p, env) {
      const s = stafDari(p, env);
      if (!s) return [];
      const nama = s.organisasiProfesi?.nama;
      if (typeof nama === 'string' && nama.trim()) return [];
      return satu('kredit.temuan.organisasiProfesi', h.staf, '/staf', 'Pasal 55 ayat 2');
    },
  },
  {
    id: 'kredit-ijazah-keterampilan',
    severity: 'info',
    sections: ['Pasal 59 ayat 3', 'Pasal 59 ayat 4'],
    summary: {
      id: 'Pekerja Sosial kategori keterampilan tanpa S1/D4 memperolehnya paling lambat 27 Mei 2030.',
      en: 'A skilled-category Pekerja Sosial without a bachelor/D4 degree obtains one by 27 May 2030.',
    },
    doc: {
      id: 'Pasal 59 ayat 3 (ketentuan peralihan; nomornya ditentukan dari urutan sesudah Pasal 57): Pekerja Sosial kategori keterampilan yang belum sarjana atau diploma empat wajib memperolehnya paling lama 10 tahun sejak peraturan berlaku, yaitu 27 Mei 2030; ayat 4: yang belum memperolehnya sampai batas itu diberhentikan dari jabatan. Log dengan cara butir kegiatan berakhir pada 2022, jadi temuan ini pengingat (info) bagi pegawai berpendidikan SMA atau D3.',
      en: 'Pasal 59 ayat 3 (transitional; numbered by its order after Pasal 57): a skilled-category worker without a bachelor or D4 degree obtains one within 10 years of the regulation, i.e. by 27 May 2030; ayat 4: one who has not by then leaves the position. Per-activity logs end in 2022, so this is a reminder (info) for workers with SMA or D3.',
    },
    contoh: {
      gagal: ubah('Penyelia berpendidikan D3', [
        [`${P}/kategori`, 'keterampilan'],
        [`${P}/jenjang`, 'penyelia'],
        [`${P}/pendidikan`, 'D3'],
      ]),
      lulus: ubah('Penyelia berpendidikan D4', [
        [`${P}/kategori`, 'keterampilan'],
        [`${P}/jenjang`, 'penyelia'],
        [`${P}/pendidikan`, 'D4'],
      ]),
    },
    periksa(h, p) {
      if (p.kategori !== 'keterampilan' || (p.pendidikan !== 'SMA' && p.pendidikan !== 'D3'))
        return [];
      return [
        {
          message: 'kredit.temuan.ijazahKeterampilan',
          params: { staf: h.staf, pendidikan: p.pendidikan, batas: BATAS_IJAZAH_KETERAMPILAN },
          pointer: '/pendidikan',
          bagian: 'Pasal 59 ayat 3',
          value: p.pendidikan,
          expected: 'D4, S1, S2, S3',
        },
      ];
    },
  },
  {
    id: 'kredit-sebelum-berlaku',
    severity: 'warning',
    sections: ['Pasal 58'],
    summary: {
      id: 'Kegiatan sebelum 27 Mei 2020 dinilai menurut KEP/03/I/M.PAN/2004, bukan peraturan ini.',
      en: 'Activities before 27 May 2020 are assessed under KEP/03/I/M.PAN/2004, not this regulation.',
    },
    doc: {
      id: 'Pasal 58 (ketentuan peralihan): prestasi kerja sebelum peraturan berlaku dinilai berdasarkan Keputusan Menteri PAN Nomor KEP/03/I/M.PAN/2004. Kegiatan bertanggal sebelum 27 Mei 2020 tidak dinilai dengan target dan butir peraturan ini; pindahkan ke penilaian menurut keputusan lama. Tanggal 27 Mei 2020 sendiri sudah termasuk peraturan ini.',
      en: "Pasal 58 (transitional): work done before the regulation took effect is assessed under KEP/03/I/M.PAN/2004. Activities dated before 27 May 2020 are not assessed by this regulation's targets and items; move them to the old assessment. 27 May 2020 itself falls under this regulation.",
    },
    contoh: {
      gagal: ubah('Log 2020, kegiatan 2020-05-26', [
        ['/tahun', 2020],
        [`${P}/kegiatan/0/tanggal`, '2020-05-26'],
      ]),
      lulus: ubah('Log 2020, kegiatan 2020-05-27', [
        ['/tahun', 2020],
        [`${P}/kegiatan/0/tanggal`, '2020-05-27'],
      ]),
    },
    periksa(h, p) {
      const lama = p.kegiatan
        .map((k, no) => ({ tgl: k?.tanggal, no }))
        .filter(
          (x): x is { tgl: string; no: number } =>
            typeof x.tgl === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x.tgl) && x.tgl < BERLAKU,
        );
      if (!lama.length) return [];
      return [
        {
          message: 'kredit.temuan.sebelumBerlaku',
          params: { staf: h.staf, no: lama[0]!.no + 1, tanggal: lama[0]!.tgl, n: lama.length },
          pointer: `/kegiatan/${lama[0]!.no}/tanggal`,
          bagian: 'Pasal 58',
          value: lama[0]!.tgl,
          expected: `>= ${BERLAKU}`,
        },
      ];
    },
  },
  {
    id: 'kredit-skp-target',
    severity: 'error',
    sections: ['Pasal 24 ayat 1', 'Pasal 25 ayat 1'],
    summary: {
      id: 'SKP memuat target angka kredit, paling sedikit target minimal jenjangnya (Pasal 26/27).',
      en: "The SKP holds a credit target of at least the rank's minimum (Pasal 26/27).",
    },
    doc: {
      id: 'Pasal 24 ayat 1: target kinerja SKP terdiri atas kinerja utama berupa target angka kredit (dan/atau tugas tambahan); Pasal 25 ayat 1: target angka kredit menjadi dasar penyusunan, penetapan, dan penilaian SKP. `skp.targetAngkaKredit` paling sedikit target Pasal 26 atau Pasal 27 jenjang pegawai (sama dengan target memenuhi). SKP yang disusun tanpa target angka kredit diberi peringatan.',
      en: "Pasal 24 ayat 1: the SKP's main performance is a credit target (and/or extra duties); Pasal 25 ayat 1: that target is the basis for drawing up, setting and assessing the SKP. `skp.targetAngkaKredit` is at least the worker's Pasal 26 or Pasal 27 target (equal meets it). An SKP drawn up without a credit target gets a warning.",
    },
    contoh: {
      gagal: setel(
        'Target SKP 12,4 untuk Ahli Pertama (minimal 12,5)',
        `${P}/skp/targetAngkaKredit`,
        12.4,
      ),
      lulus: setel('Target SKP tepat 12,5', `${P}/skp/targetAngkaKredit`, 12.5),
    },
    periksa(h, p) {
      const skp = p.skp;
      if (!skp?.disusun || !h.target) return [];
      const t = skp.targetAngkaKredit;
      if (typeof t !== 'number')
        return [
          {
            message: 'kredit.temuan.skpTargetTidakAda',
            params: { staf: h.staf, minimal: bulat(h.target.nilai) },
            pointer: '/skp',
            bagian: 'Pasal 25 ayat 1',
            severity: 'warning',
          },
        ];
      if (t >= h.target.nilai) return [];
      return [
        {
          message: 'kredit.temuan.skpTarget',
          params: { staf: h.staf, target: t, minimal: bulat(h.target.nilai) },
          pointer: '/skp/targetAngkaKredit',
          bagian: 'Pasal 24 ayat 1',
          value: t,
          expected: `>= ${h.target.nilai}`,
        },
      ];
    },
  },
  {
    id: 'kredit-skp-capaian',
    severity: 'warning',
    sections: ['Pasal 25 ayat 4', 'Pasal 29 ayat 1'],
    summary: {
      id: 'Setelah tahunnya berakhir, SKP dinilai (capaian SKP) lalu disampaikan kepada Tim Penilai.',
      en: 'Once its year is over, the SKP is assessed (capaian SKP) and then submitted to the Tim Penilai.',
    },
    doc: {
      id: 'Pasal 25 ayat 4: hasil penilaian SKP ditetapkan sebagai capaian SKP; Pasal 29 ayat 1: capaian SKP disampaikan kepada Tim Penilai untuk dinilai sebagai capaian angka kredit. Diperiksa bila hari ini sudah sesudah 31 Desember tahun log dan pegawai mencatat kegiatan serta SKP yang disetujui: `skp.dinilai` diisi dan tidak sebelum `skp.disetujui`; `skp.disampaikan` diisi dan tidak sebelum `skp.dinilai` (hari yang sama memenuhi).',
      en: "Pasal 25 ayat 4: the SKP assessment's result is the capaian SKP; Pasal 29 ayat 1: it goes to the Tim Penilai to be assessed as credits. Checked once today is past 31 December of the log's year, for a worker with activities and an approved SKP: `skp.dinilai` given and not before `skp.disetujui`; `skp.disampaikan` given and not before `skp.dinilai` (the same day meets it).",
    },
    contoh: {
      gagal: setel(
        'Log 2022 dibaca 2023-02-01: SKP dinilai tetapi belum disampaikan',
        `${P}/skp/dinilai`,
        '2023-01-20',
      ),
      lulus: ubah('SKP dinilai dan disampaikan pada hari yang sama', [
        [`${P}/skp/dinilai`, '2023-01-20'],
        [`${P}/skp/disampaikan`, '2023-01-20'],
      ]),
      tanggal: '2023-02-01',
    },
    periksa(h, p, env) {
      const skp = p.skp;
      if (!env.tanggal || env.tanggal <= `${env.tahun}-12-31`) return [];
      if (p.kegiatan.length === 0 || !skp?.disetujui) return [];
      const urut = (a: string, b: string, pointer: string, message: string, bagian: string) =>
        tidakSebelum(a, b, { message, params: { staf: h.staf, a, b }, pointer, bagian });
      if (typeof skp.dinilai !== 'string')
        return [
          {
            message: 'kredit.temuan.skpBelumDinilai',
            params: { staf: h.staf, tahun: env.tahun },
            pointer: '/skp',
            bagian: 'Pasal 25 ayat 4',
          },
        ];
      const out: KreditDraft[] = urut(
        skp.dinilai,
        skp.disetujui,
        '/skp/dinilai',
        'kredit.temuan.skpUrutanNilai',
        'Pasal 25 ayat 4',
      );
      if (typeof skp.disampaikan !== 'string')
        out.push({
          message: 'kredit.temuan.skpBelumDisampaikan',
          params: { staf: h.staf, dinilai: skp.dinilai },
          pointer: '/skp/dinilai',
          bagian: 'Pasal 29 ayat 1',
        });
      else
        out.push(
          ...urut(
            skp.disampaikan,
            skp.dinilai,
            '/skp/disampaikan',
            'kredit.temuan.skpUrutanSampai',
            'Pasal 29 ayat 1',
          ),
        );
      return out;
    },
  },
  {
    id: 'kredit-pelatihan',
    severity: 'warning',
    sections: ['Pasal 47 ayat 1', 'Pasal 47 ayat 3'],
    summary: {
      id: 'Pekerja Sosial PNS diikutsertakan dalam pelatihan (fungsional atau teknis).',
      en: 'A civil-servant Pekerja Sosial takes part in training (functional or technical).',
    },
    doc: {
      id: 'Pasal 47 ayat 1: untuk meningkatkan kompetensi, Pekerja Sosial diikutsertakan dalam pelatihan; ayat 3: pelatihan fungsional atau pelatihan teknis di bidang penyelenggaraan kesejahteraan sosial. Pegawai di log yang tidak mempunyai `pelatihanFungsional` dan tidak satu pun pelatihan di entri stafnya di lembaga.yaml (`pelatihan`) diberi peringatan. Teks tidak menetapkan frekuensi, jadi satu pelatihan tercatat memenuhi.',
      en: 'Pasal 47 ayat 1: to build competence a Pekerja Sosial takes part in training; ayat 3: functional or technical training in social welfare. A worker in the log with no `pelatihanFungsional` and no training in the staff entry in lembaga.yaml (`pelatihan`) gets a warning. The text sets no frequency, so one recorded training meets it.',
    },
    contoh: {
      gagal: setel(
        'Tanpa pelatihan fungsional dan tanpa pelatihan staf',
        `${P}/pelatihanFungsional`,
        undefined,
      ),
      lulus: {
        judul: 'Tanpa pelatihan fungsional, satu pelatihan teknis di lembaga.yaml',
        set: [[`${P}/pelatihanFungsional`, undefined]],
        lembaga: [['/staf/0/pelatihan', [{ judul: 'Asesmen keluarga', tahun: 2022 }]]],
      },
    },
    periksa(h, p, env) {
      const s = stafDari(p, env);
      if (!s || (typeof p.pelatihanFungsional === 'string' && p.pelatihanFungsional)) return [];
      if (Array.isArray(s.pelatihan) && s.pelatihan.length > 0) return [];
      return satu('kredit.temuan.pelatihan', h.staf, '/staf', 'Pasal 47 ayat 1');
    },
  },
];
