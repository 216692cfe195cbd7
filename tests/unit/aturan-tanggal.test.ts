/**
 * Issue 12, "Wrong today": dates after today are their own finding (never "too old"), and
 * no future or out-of-order date passes silently. A property test shifts one date of the
 * example folder past today (or before the date it depends on) and expects a finding at
 * that field's line.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { tambahHari } from '../../src/core/tanggal.js';
import { isTanggal, kesegaran } from '../../src/core/tanggal.js';
import { RULESETS } from '../../src/standards/index.js';
import type { Rule } from '../../src/standards/rule.js';
import { applySet } from '../helpers/patch.js';
import { TANGGAL_UJI } from '../helpers/examples.js';
import {
  barisDi,
  contohLembaga,
  contohRegister,
  lokasi,
  periksa,
  type Masukan,
} from '../helpers/rule-tester.js';

const semua = RULESETS.flatMap((rs) => rs.rules);
const aturan = (id: string): Rule => semua.find((r) => r.id === id)!;
const asli = (): Masukan => ({ lembaga: contohLembaga(), register: contohRegister() });

describe('kesegaran: a "last done" date against today and an interval', () => {
  it('is recent up to exactly N months, old one day later, and a future date is its own state', () => {
    expect(kesegaran('2025-11-25', '2026-11-25', 12)).toBe('baru');
    expect(kesegaran('2025-11-24', '2026-11-25', 12)).toBe('lama');
    expect(kesegaran('2026-11-25', '2026-11-25', 12)).toBe('baru');
    expect(kesegaran('2026-11-26', '2026-11-25', 12)).toBe('masa-depan');
    expect(kesegaran(undefined, '2026-11-25', 12)).toBe('kosong');
  });
});

describe('item 1: a date after today is never reported as too old', () => {
  it('validasi --tanggal 2025-12-31 on the example says "sesudah hari ini", not "lebih dari … bulan lalu"', () => {
    const ids = [
      'latihan-drill',
      'kontak-keselamatan',
      'keselamatan-pelaksana',
      'evaluasi-kinerja-tahunan',
    ];
    const f = periksa(asli(), ids.map(aturan), { tanggal: '2025-12-31' });
    expect(new Set(f.map((x) => x.rule))).toEqual(new Set(ids));
    for (const x of f) {
      expect(x.message).toMatch(/sesudah hari ini \(2025-12-31\) — salah ketik\?$/);
      expect(x.message).not.toMatch(/lebih dari|setahun lalu|harus dalam|diperbarui setiap/);
    }
    const drill = f.find((x) => x.rule === 'latihan-drill')!;
    expect(drill.message).toBe(
      'keselamatan.latihanDrillTerakhir: tanggal 2026-08-20 sesudah hari ini (2025-12-31) — salah ketik?',
    );
    expect(lokasi(drill)).toBe(
      `lembaga.yaml:${barisDi('lembaga', '/keselamatan/latihanDrillTerakhir')}`,
    );
  });
  it('English says "after today" too', () => {
    const f = periksa(asli(), [aturan('latihan-drill')], { tanggal: '2025-12-31', bahasa: 'en' });
    expect(f[0]!.message).toBe(
      'keselamatan.latihanDrillTerakhir: date 2026-08-20 is after today (2025-12-31) — a typo?',
    );
  });
});

/* --------------------------------------------------------------- property */

type Sumber = 'lembaga' | 'register';
interface Medan {
  sumber: Sumber;
  pointer: string;
  nilai: string | number;
}

/** Dates that may lie ahead: ends of validity, extinguisher expiry, planned years, extension ends. */
const BOLEH_DEPAN = [
  /\/berlakuSampai$/,
  /\/apar\/kedaluwarsa$/,
  /\/rencanaTahunan\//,
  /\/perpanjangan\/\d+\/sampai$/,
  /^\/lembaga\/badanHukum\//, // not read by any rule
];

function medanTanggal(sumber: Sumber, node: unknown, ptr = ''): Medan[] {
  if (typeof node === 'string' && isTanggal(node)) return [{ sumber, pointer: ptr, nilai: node }];
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => medanTanggal(sumber, v, `${ptr}/${k}`));
  return [];
}

const tanggalMedan = [
  ...medanTanggal('lembaga', contohLembaga()),
  ...medanTanggal('register', contohRegister()),
].filter((m) => !BOLEH_DEPAN.some((re) => re.test(m.pointer)));

/** Year fields a rule reads as "done in that year". */
const tahunMedan: Medan[] = [
  { sumber: 'lembaga', pointer: '/jaminan/laporanTahunanTerakhir', nilai: 2025 },
  ...contohLembaga().staf.flatMap((s, i) =>
    (s.pelatihan ?? []).map((p, j) => ({
      sumber: 'lembaga' as const,
      pointer: `/staf/${i}/pelatihan/${j}/tahun`,
      nilai: p.tahun!,
    })),
  ),
];

function geser(m: Medan, nilai: unknown): Masukan {
  const base = asli();
  return m.sumber === 'lembaga'
    ? { ...base, lembaga: applySet(base.lembaga, [[m.pointer, nilai]]) }
    : { ...base, register: applySet(base.register, [[m.pointer, nilai]]) };
}

/** A finding (not info) at the field's pointer and line; `pesan` narrows it to one kind. */
function adaDi(m: Medan, data: Masukan, pesan?: RegExp): boolean {
  const file = m.sumber === 'lembaga' ? 'lembaga.yaml' : 'register-2026.yaml';
  const baris = barisDi(m.sumber, m.pointer);
  return periksa(data).some(
    (f) =>
      f.file === file &&
      f.path === m.pointer &&
      f.line === baris &&
      f.severity !== 'info' &&
      (!pesan || pesan.test(f.message)),
  );
}

const URUTAN = /lebih awal dari|sebelum|di luar masa layanan/;

describe('item 2: no date after today passes silently (property over every date field)', () => {
  it('the example has dates of every kind the rules read', () => {
    expect(tanggalMedan.length).toBeGreaterThan(60);
    expect(tanggalMedan.some((m) => m.pointer.startsWith('/staf/'))).toBe(true);
    expect(tanggalMedan.some((m) => m.pointer.includes('/pengaduan/'))).toBe(true);
  });
  it('shifting any one date 1…3650 days past today gives a finding at that field’s line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tanggalMedan), fc.integer({ min: 1, max: 3650 }), (m, n) =>
        adaDi(m, geser(m, tambahHari(TANGGAL_UJI, n))),
      ),
      { numRuns: 120 },
    );
  });
  it('every date field at exactly today passes that field, one day later fails it (boundary)', () => {
    for (const m of tanggalMedan) {
      expect(adaDi(m, geser(m, tambahHari(TANGGAL_UJI, 1))), m.pointer).toBe(true);
    }
  });
  it('shifting a year field past this year gives a finding at that field’s line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tahunMedan), fc.integer({ min: 1, max: 30 }), (m, n) =>
        adaDi(m, geser(m, 2026 + n)),
      ),
      { numRuns: 40 },
    );
    for (const m of tahunMedan) expect(adaDi(m, geser(m, 2026)), m.pointer).toBe(false);
  });
});

/** Dates that depend on another: moved before it, they are reported where they stand. */
const TERGANTUNG: { judul: string; medan: Medan; acuan: (m: Masukan) => string }[] = [
  {
    judul: 'izin berakhir sebelum terbit',
    medan: { sumber: 'lembaga', pointer: '/izin/berlakuSampai', nilai: '' },
    acuan: (m) => m.lembaga.izin!.tanggal!,
  },
  {
    judul: 'akreditasi berakhir sebelum terbit',
    medan: { sumber: 'lembaga', pointer: '/akreditasi/1/berlakuSampai', nilai: '' },
    acuan: (m) => m.lembaga.akreditasi![1]!.tanggal!,
  },
  {
    judul: 'asesmen sebelum pendekatan awal',
    medan: { sumber: 'register', pointer: '/kasus/1/tahapan/asesmen/tanggal', nilai: '' },
    acuan: (m) => m.register.kasus[1]!.tahapan.pendekatanAwal!.kesepakatan!,
  },
  {
    judul: 'terminasi sebelum evaluasi',
    medan: { sumber: 'register', pointer: '/kasus/0/tahapan/terminasi/tanggal', nilai: '' },
    acuan: (m) => m.register.kasus[0]!.tahapan.evaluasi!.tanggal!,
  },
  {
    judul: 'rujukan sebelum pendekatan awal',
    medan: { sumber: 'register', pointer: '/kasus/2/tahapan/rujukan/tanggal', nilai: '' },
    acuan: (m) => m.register.kasus[2]!.tahapan.pendekatanAwal!.tanggal!,
  },
  {
    judul: 'rujuk keluar sebelum pendekatan awal',
    medan: {
      sumber: 'register',
      pointer: '/kasus/5/tahapan/pendekatanAwal/rujukKeluar/tanggal',
      nilai: '',
    },
    acuan: (m) => m.register.kasus[5]!.tahapan.pendekatanAwal!.tanggal!,
  },
  {
    judul: 'pengaduan selesai sebelum diterima',
    medan: { sumber: 'register', pointer: '/kasus/1/pengaduan/0/selesai', nilai: '' },
    acuan: (m) => m.register.kasus[1]!.pengaduan![0]!.tanggal,
  },
  {
    judul: 'kegiatan sebelum pendekatan awal',
    medan: { sumber: 'register', pointer: '/kasus/3/kegiatan/1/tanggal', nilai: '' },
    acuan: (m) => m.register.kasus[3]!.tahapan.pendekatanAwal!.tanggal!,
  },
];

describe('item 2: no date before the date it depends on passes silently', () => {
  for (const c of TERGANTUNG)
    it(`${c.judul}: 1…400 days before is reported at its line; the same day is not`, () => {
      const acuan = c.acuan(asli());
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 400 }), (n) =>
          adaDi(c.medan, geser(c.medan, tambahHari(acuan, -n)), URUTAN),
        ),
        { numRuns: 15 },
      );
      // The same day is in order (a licence ending the day it was issued is merely expired).
      expect(adaDi(c.medan, geser(c.medan, acuan), URUTAN)).toBe(false);
    });
  it('a client born after intake is reported at the birth date', () => {
    const m: Medan = { sumber: 'register', pointer: '/kasus/0/klien/tanggalLahir', nilai: '' };
    expect(adaDi(m, geser(m, '2026-01-06'), URUTAN)).toBe(true);
    expect(adaDi(m, geser(m, '2026-01-05'), URUTAN)).toBe(false);
  });
  it('an activity before the worker’s practice licence was issued is reported at the activity', () => {
    const base = asli();
    const m: Masukan = {
      lembaga: applySet(base.lembaga, [['/staf/1/izinPraktik/tanggal', '2026-09-01']]),
      register: base.register,
    };
    const f = periksa(m, [aturan('kasus-izin-praktik-kegiatan')]);
    expect(f.map((x) => [x.path, x.message])).toEqual([
      [
        '/kasus/1/kegiatan/0/tanggal',
        'Kasus HB-2026-002: Budi Santoso, S.Sos. memberi layanan pada 2026-08-10, sebelum izin praktiknya terbit (2026-09-01).',
      ],
      [
        '/kasus/4/kegiatan/0/tanggal',
        'Kasus HB-2026-005: Budi Santoso, S.Sos. memberi layanan pada 2026-02-09, sebelum izin praktiknya terbit (2026-09-01).',
      ],
    ]);
    // Issued on the day of the first activity: fine.
    expect(
      periksa(
        { ...m, lembaga: applySet(base.lembaga, [['/staf/1/izinPraktik/tanggal', '2026-02-09']]) },
        [aturan('kasus-izin-praktik-kegiatan')],
      ),
    ).toEqual([]);
  });
});

describe('item 2: extensions clear an overrun only when decided in time, with an end and a basis', () => {
  const rule = aturan('kasus-jangka-waktu');
  // Case 0 (rehabilitasi) agreed 2026-01-07: the 6-month limit is 2026-07-07; terminated 2026-10-28.
  const lama = (ext: object[]) =>
    applySet(contohRegister(), [
      ['/kasus/0/tahapan/evaluasi/tanggal', '2026-10-20'],
      ['/kasus/0/tahapan/terminasi/tanggal', '2026-10-28'],
      ['/kasus/0/perpanjangan', ext],
    ]);
  const ok = { tanggal: '2026-07-07', sampai: '2026-10-31', dasar: 'CC 01/VII/2026' };
  const cek = (ext: object[]) =>
    periksa({ lembaga: contohLembaga(), register: lama(ext) }, [rule]).map((f) => f.message);
  it('decided on the limit date: clears it', () => expect(cek([ok])).toEqual([]));
  it('decided one day after the limit ran out: does not', () =>
    expect(cek([{ ...ok, tanggal: '2026-07-08' }])).toEqual([
      'Kasus HB-2026-001: perpanjangan diputuskan 2026-07-08, sesudah jangka waktu berakhir (2026-07-07); keputusan yang terlambat tidak menutup kelebihan waktu.',
      'Kasus HB-2026-001 berjalan 2026-01-07 s.d. 2026-10-28, melewati jangka waktu 6 bulan (batas 2026-07-07) tanpa perpanjangan yang diakui.',
    ]));
  it('decided after today: not counted (and reported as a future date by its own rule)', () => {
    expect(cek([{ ...ok, tanggal: '2026-11-26' }])).toHaveLength(1);
  });
  it('without an end date or without a basis: not accepted', () => {
    expect(cek([{ tanggal: ok.tanggal, dasar: ok.dasar }])[0]).toMatch(/tanpa tanggal berakhir/);
    expect(cek([{ tanggal: ok.tanggal, sampai: ok.sampai }])[0]).toMatch(/tanpa dasar keputusan/);
  });
  it('ending the day before the service ended: too short', () =>
    expect(cek([{ ...ok, sampai: '2026-10-27' }])).toEqual([
      'Kasus HB-2026-001 berjalan sampai 2026-10-28, melewati batas 2026-07-07 dan juga melewati perpanjangan yang dicatat.',
    ]));
});
