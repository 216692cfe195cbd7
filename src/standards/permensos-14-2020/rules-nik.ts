/**
 * Client identity rules (UU 24/2013 tentang Administrasi Kependudukan, Pasal 64 ayat 3): a
 * plausible NIK whose birth date and sex agree with the client record. A ruleset of their own
 * (identity data, not the service standard).
 */
import type { Severity } from '../../core/finding.js';
import type { DraftFinding, Rule } from '../rule.js';
import { isTanggal } from '../../core/tanggal.js';
import { parseNik } from '../../core/nik.js';
import type { pasalRule } from './define.js';
import { otherRule } from './define.js';
import { diKasusNomor, perKasus } from './kasus-terdaftar.js';
import { pesanDi, setel } from '../contoh.js';

/** NIK rules rest on the population-administration law, not on Permensos 14/2020. */
const identitasRule = (id: string, severity: Severity, spec: Parameters<typeof pasalRule>[2]) =>
  otherRule({
    id,
    severity,
    ...spec,
    ruleset: 'identitas-klien',
    regulasi: 'UU 24/2013 tentang Administrasi Kependudukan',
  });

const nikFormat = identitasRule('nik-format', 'error', {
  pasal: ['Pasal 64 ayat 3'],
  summary: {
    id: 'NIK 16 digit dengan kode wilayah, tanggal lahir, dan nomor urut yang mungkin.',
    en: 'A NIK has 16 digits with a plausible region code, birth date and serial.',
  },
  doc: {
    id: 'NIK = provinsi (2) + kabupaten/kota (2) + kecamatan (2) + tanggal lahir DDMMYY (perempuan: tanggal + 40) + nomor urut (4, bukan 0000). Diperiksa: panjang, hanya angka, kode provinsi 11–97, kabupaten bukan 00/70, kecamatan bukan 00, tanggal ada di kalender, nomor urut bukan 0000. NIK kosong tidak diperiksa. NIK ditulis sebagai teks; di Excel, sel NIK bertipe angka sudah kehilangan digit (aturan nik-angka).',
    en: 'NIK = province (2) + regency (2) + district (2) + DDMMYY (women +40) + serial (never 0000). Empty NIKs are not checked.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Tanggal lahir 32 pada NIK.',
          '/kasus/0/klien/nik',
          '3273067205120002',
          pesanDi(
            'Kasus HB-2026-001: bagian tanggal lahir pada NIK bukan tanggal yang ada.',
            'register-2026.yaml:11',
          ),
        ),
      ],
      lulus: [
        setel(
          'Tanggal lahir 31 (perempuan: 71) pada NIK.',
          '/kasus/0/klien/nik',
          '3273067105120002',
        ),
      ],
    },

    gagal: setel('Tanggal lahir 32 pada NIK.', '/kasus/0/klien/nik', '3273063205120003'),
  },
  check: (ctx) =>
    perKasus(ctx, (k) => {
      const nik = k.kasus.klien.nik;
      if (typeof nik !== 'string' || nik === '') return [];
      const r = parseNik(nik);
      return r.ok
        ? []
        : [
            {
              message: `r.nik.${r.problem}`,
              params: { nomor: k.kasus.nomor, nik },
              ...diKasusNomor(k, '/klien/nik'),
              value: nik,
            },
          ];
    }),
});

const nikCocok = identitasRule('nik-cocok', 'warning', {
  pasal: ['Pasal 64 ayat 3'],
  summary: {
    id: 'Tanggal lahir dan jenis kelamin di NIK cocok dengan data klien.',
    en: "The NIK's birth date and sex agree with the client record.",
  },
  doc: {
    id: 'Hari, bulan, dan dua digit tahun lahir di NIK dibandingkan dengan `klien.tanggalLahir`; hari > 40 berarti perempuan, dibandingkan dengan `klien.jenisKelamin`. Peringatan, bukan galat: NIK lama dapat membawa kode wilayah atau data sebelum pemekaran/perbaikan.',
    en: 'Birth date and sex in the NIK are compared with the record. A warning: old NIKs may carry pre-split or uncorrected data.',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Tanggal lahir sehari sesudah tanggal di NIK.',
          '/kasus/0/klien/tanggalLahir',
          '2012-05-10',
          pesanDi(
            'Kasus HB-2026-001: tanggal lahir di NIK (09-05-12) berbeda dengan tanggal lahir klien (2012-05-10).',
            'register-2026.yaml:12',
          ),
        ),
      ],
      lulus: [setel('Tanggal lahir sama dengan NIK.', '/kasus/0/klien/tanggalLahir', '2012-05-09')],
    },

    gagal: setel('Jenis kelamin tidak cocok.', '/kasus/0/klien/jenisKelamin', 'L'),
  },
  check: (ctx) =>
    perKasus(ctx, (k) => {
      const { nik, tanggalLahir, jenisKelamin } = k.kasus.klien;
      if (typeof nik !== 'string') return [];
      const r = parseNik(nik);
      if (!r.ok) return [];
      const out: DraftFinding[] = [];
      if (isTanggal(tanggalLahir)) {
        const [y, m, d] = tanggalLahir.split('-').map(Number) as [number, number, number];
        if (d !== r.info.hari || m !== r.info.bulan || y % 100 !== r.info.tahun2)
          out.push({
            message: 'r.nik.tanggalBeda',
            params: {
              nomor: k.kasus.nomor,
              nikTgl: `${String(r.info.hari).padStart(2, '0')}-${String(r.info.bulan).padStart(2, '0')}-${String(r.info.tahun2).padStart(2, '0')}`,
              tanggal: tanggalLahir,
            },
            ...diKasusNomor(k, '/klien/tanggalLahir'),
            value: tanggalLahir,
          });
      }
      if ((jenisKelamin === 'L' || jenisKelamin === 'P') && jenisKelamin !== r.info.jenisKelamin)
        out.push({
          message: 'r.nik.kelaminBeda',
          params: { nomor: k.kasus.nomor, jk: jenisKelamin, nikJk: r.info.jenisKelamin },
          ...diKasusNomor(k, '/klien/jenisKelamin'),
          value: jenisKelamin,
          expected: r.info.jenisKelamin,
        });
      return out;
    }),
});

/** NIK checks, a ruleset of their own (identity data, not the service standard). */
export const IDENTITAS_RULES: readonly Rule[] = [nikFormat, nikCocok];
