/**
 * Issue 12, credit items: the functional-training deadline day itself is still in time;
 * activity dates outside the log's year, before the appointment or after "today" are
 * findings at that field; the JF obligations of seed 002 (SKP drawn up and approved,
 * uji kompetensi before a jenjang promotion, documented Hasil Kerja).
 */
import { describe, expect, it } from 'vitest';
import type { LogKredit } from '../../src/model/kredit.js';
import { kreditFindings } from '../../src/engine/kredit.js';
import { createT } from '../../src/i18n/index.js';

const t = createT('id');

function log(
  extra: Record<string, unknown> = {},
  kegiatan: Record<string, unknown>[] = [],
): LogKredit {
  return {
    versi: 1,
    tahun: 2022,
    pegawai: [
      {
        staf: 'ps-01',
        kategori: 'keahlian',
        jenjang: 'ahli-pertama',
        golongan: 'III/a',
        pendidikan: 'S1',
        pengangkatan: { jenis: 'pertama', tanggal: '2019-03-01' },
        pelatihanFungsional: '2020-05-10',
        skp: { disusun: '2022-01-10', disetujui: '2022-01-20' },
        kegiatan: [
          {
            uraian: 'Asesmen',
            unsur: 'utama',
            nilai: 0.5,
            volume: 28,
            tanggal: '2022-03-01',
            bukti: 'Arsip asesmen 2022',
          },
          ...kegiatan,
        ],
        ...extra,
      },
    ],
  } as unknown as LogKredit;
}

const run = (l: LogKredit, tanggal = '2022-12-31') =>
  kreditFindings([{ file: 'kredit/2022.yaml', log: l }], null, { t, tanggal });
const of = (l: LogKredit, rule: string, tanggal?: string) =>
  run(l, tanggal).filter((f) => f.rule === rule);

describe('kredit-pelatihan-fungsional: the deadline day is still in time', () => {
  const tanpa = log({ pelatihanFungsional: undefined });
  it('on the deadline day (3 years to the day) no finding', () => {
    expect(of(tanpa, 'kredit-pelatihan-fungsional', '2022-03-01')).toEqual([]);
  });
  it('the day after, a finding', () => {
    const f = of(tanpa, 'kredit-pelatihan-fungsional', '2022-03-02');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('/pegawai/0/pengangkatan/tanggal');
  });
});

describe('kredit-tanggal: dates in the log', () => {
  it('the base log has no date finding', () => {
    expect(of(log(), 'kredit-tanggal')).toEqual([]);
  });
  it('an activity of the year before the log year', () => {
    const f = of(
      log({}, [{ uraian: 'x', unsur: 'utama', nilai: 1, tanggal: '2021-12-31' }]),
      'kredit-tanggal',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('/pegawai/0/kegiatan/1/tanggal');
    expect(f[0]!.message).toContain('2021-12-31');
    expect(f[0]!.message).toContain('2022');
  });
  it('an activity from 2023 in a 2022 log names the conversion method', () => {
    const f = of(
      log({}, [{ uraian: 'x', unsur: 'utama', nilai: 1, tanggal: '2023-01-01' }]),
      'kredit-tanggal',
      '2023-06-01',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('PermenPANRB 1/2023');
  });
  it('an activity before the appointment', () => {
    const l = log({ pengangkatan: { jenis: 'pertama', tanggal: '2022-06-01' } }, [
      { uraian: 'x', unsur: 'utama', nilai: 1, tanggal: '2022-05-31' },
    ]);
    const f = of(l, 'kredit-tanggal');
    expect(f.map((x) => x.path)).toEqual([
      '/pegawai/0/kegiatan/0/tanggal',
      '/pegawai/0/kegiatan/1/tanggal',
    ]);
    // the appointment day itself is fine
    const ok = log({ pengangkatan: { jenis: 'pertama', tanggal: '2022-03-01' } });
    expect(of(ok, 'kredit-tanggal')).toEqual([]);
  });
  it('a date after "today" is its own finding, never "too old"', () => {
    const f = of(log(), 'kredit-tanggal', '2022-02-28');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('/pegawai/0/kegiatan/0/tanggal');
    expect(f[0]!.message).toMatch(/sesudah hari ini/);
    expect(of(log(), 'kredit-tanggal', '2022-03-01')).toEqual([]);
  });
  for (const [field, pointer, extra] of [
    [
      'pengangkatan',
      '/pegawai/0/pengangkatan/tanggal',
      { pengangkatan: { jenis: 'pertama', tanggal: '2023-01-01' } },
    ],
    [
      'pelatihanFungsional',
      '/pegawai/0/pelatihanFungsional',
      { pelatihanFungsional: '2023-01-01' },
    ],
    [
      'skp.disetujui',
      '/pegawai/0/skp/disetujui',
      { skp: { disusun: '2022-01-10', disetujui: '2023-01-01' } },
    ],
    ['ujiKompetensi', '/pegawai/0/ujiKompetensi', { ujiKompetensi: '2023-01-01' }],
    [
      'pengangkatan.pelantikan',
      '/pegawai/0/pengangkatan/pelantikan',
      { pengangkatan: { jenis: 'pertama', tanggal: '2019-03-01', pelantikan: '2023-01-01' } },
    ],
    [
      'syarat.pns',
      '/pegawai/0/pengangkatan/syarat/pns',
      { pengangkatan: { jenis: 'pertama', tanggal: '2019-03-01', syarat: { pns: '2023-01-01' } } },
    ],
    [
      'skp.dinilai',
      '/pegawai/0/skp/dinilai',
      { skp: { disusun: '2022-01-10', disetujui: '2022-01-20', dinilai: '2023-01-01' } },
    ],
    [
      'skp.disampaikan',
      '/pegawai/0/skp/disampaikan',
      { skp: { disusun: '2022-01-10', disetujui: '2022-01-20', disampaikan: '2023-01-01' } },
    ],
    [
      'jabatanLain.mulai',
      '/pegawai/0/jabatanLain/mulai',
      { jabatanLain: { jenis: 'pengawas', mulai: '2023-01-01' } },
    ],
    [
      'pemberhentian.mulai',
      '/pegawai/0/pemberhentian/0/mulai',
      { pemberhentian: [{ alasan: 'tugas-belajar', mulai: '2023-01-01' }] },
    ],
  ] as const) {
    it(`a future ${field} is a finding at that field`, () => {
      const f = of(log(extra), 'kredit-tanggal', '2022-12-31');
      expect(f.map((x) => x.path)).toContain(pointer);
    });
  }
});

describe('JF obligations (seed 002)', () => {
  it('kredit-skp: no SKP drawn up (Pasal 23 ayat 1)', () => {
    const f = of(log({ skp: undefined }), 'kredit-skp');
    expect(f).toHaveLength(1);
    expect(f[0]!.ref).toMatch(/Pasal 23 ayat 1$/);
  });
  it('kredit-skp: drawn up but not approved by the direct superior (Pasal 25 ayat 2)', () => {
    const f = of(log({ skp: { disusun: '2022-01-10' } }), 'kredit-skp');
    expect(f).toHaveLength(1);
    expect(f[0]!.ref).toMatch(/Pasal 25 ayat 2$/);
    expect(f[0]!.path).toBe('/pegawai/0/skp/disetujui');
  });
  it('kredit-skp: approved before it was drawn up', () => {
    const f = of(log({ skp: { disusun: '2022-01-10', disetujui: '2022-01-09' } }), 'kredit-skp');
    expect(f).toHaveLength(1);
  });
  it('kredit-skp: approved the same day passes', () => {
    expect(
      of(log({ skp: { disusun: '2022-01-10', disetujui: '2022-01-10' } }), 'kredit-skp'),
    ).toEqual([]);
  });
  it('kredit-uji-kompetensi: a jenjang promotion without a passed uji kompetensi (Pasal 38 ayat 4)', () => {
    const f = of(log({ usulKenaikan: 'jenjang' }), 'kredit-uji-kompetensi');
    expect(f).toHaveLength(1);
    expect(f[0]!.ref).toMatch(/Pasal 38 ayat 4$/);
    expect(
      of(log({ usulKenaikan: 'jenjang', ujiKompetensi: '2022-09-01' }), 'kredit-uji-kompetensi'),
    ).toEqual([]);
    expect(of(log({ usulKenaikan: 'pangkat' }), 'kredit-uji-kompetensi')).toEqual([]);
  });
  it('kredit-hasil-kerja: main-duty activities without documented Hasil Kerja (Pasal 30 ayat 1)', () => {
    const l = log({}, [
      { uraian: 'x', unsur: 'utama', nilai: 1, tanggal: '2022-04-01' },
      { uraian: 'y', unsur: 'utama', nilai: 1, tanggal: '2022-04-02' },
    ]);
    const f = of(l, 'kredit-hasil-kerja');
    expect(f).toHaveLength(1);
    expect(f[0]!.path).toBe('/pegawai/0/kegiatan/1/bukti');
    expect(f[0]!.message).toContain('2 dari 3');
    expect(of(log(), 'kredit-hasil-kerja')).toEqual([]);
  });
});
