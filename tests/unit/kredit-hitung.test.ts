/**
 * The credit computation against totals computed by hand from the text:
 * Pasal 11 (80 %/100 %), Pasal 40 (co-author splits), Pasal 37 ayat 2 (20 %
 * supporting cap), Pasal 29 ayat 2 (150 % cap), Pasal 26/27 targets.
 */
import { describe, expect, it } from 'vitest';
import type { KegiatanKredit, LogKredit, PegawaiKredit } from '../../src/model/kredit.js';
import { hitungAngkaKredit, targetTahunan } from '../../src/standards/permenpanrb-2020/hitung.js';
import { bagianPenulis } from '../../src/standards/permenpanrb-2020/data.js';

function pegawai(
  over: Partial<PegawaiKredit> = {},
  kegiatan: KegiatanKredit[] = [],
): PegawaiKredit {
  return {
    staf: 'ps-01',
    kategori: 'keahlian',
    jenjang: 'ahli-pertama',
    golongan: 'III/a',
    pendidikan: 'S1',
    kegiatan,
    ...over,
  };
}

function hitung(p: PegawaiKredit, ambang: LogKredit['ambang'] = []) {
  return hitungAngkaKredit({ tahun: 2024, ambang, pegawai: [p] }).pegawai[0]!;
}

const utama = (nilai: number, extra: Partial<KegiatanKredit> = {}): KegiatanKredit => ({
  uraian: 'u',
  unsur: 'utama',
  nilai,
  ...extra,
});

describe('targets (Pasal 26, Pasal 27)', () => {
  it.each([
    ['pemula', 3.75, 'Pasal 26 ayat 1 huruf a'],
    ['terampil', 5, 'Pasal 26 ayat 1 huruf b'],
    ['mahir', 12.5, 'Pasal 26 ayat 1 huruf c'],
    ['penyelia', 25, 'Pasal 26 ayat 1 huruf d'],
    ['ahli-pertama', 12.5, 'Pasal 26 ayat 3 huruf a'],
    ['ahli-muda', 25, 'Pasal 26 ayat 3 huruf b'],
    ['ahli-madya', 37.5, 'Pasal 26 ayat 3 huruf c'],
    ['ahli-utama', 50, 'Pasal 26 ayat 3 huruf d'],
  ] as const)('%s: %s (%s)', (jenjang, nilai, bagian) => {
    expect(targetTahunan({ jenjang })).toEqual({ nilai, bagian, dasar: 'pasal-26' });
  });

  it.each([
    ['pemula', 3, 'Pasal 27 ayat 1 huruf a'],
    ['terampil', 4, 'Pasal 27 ayat 1 huruf b'],
    ['mahir', 10, 'Pasal 27 ayat 1 huruf c'],
    ['ahli-pertama', 10, 'Pasal 27 ayat 3 huruf a'],
    ['ahli-muda', 20, 'Pasal 27 ayat 3 huruf b'],
    ['ahli-madya', 30, 'Pasal 27 ayat 3 huruf c'],
  ] as const)('%s waiting for a vacancy: %s (%s)', (jenjang, nilai, bagian) => {
    expect(targetTahunan({ jenjang, menungguLowongan: true })).toEqual({
      nilai,
      bagian,
      dasar: 'pasal-27-lowongan',
    });
  });

  it('Penyelia and Ahli Utama at the top pangkat: 10 and 25 (Pasal 26 ayat 2/4, Pasal 27 ayat 2/4)', () => {
    expect(targetTahunan({ jenjang: 'penyelia', pangkatTertinggi: true })?.nilai).toBe(10);
    expect(targetTahunan({ jenjang: 'ahli-utama', pangkatTertinggi: true })?.nilai).toBe(25);
    // The top pangkat of a lower rank does not lower its target: the text does not say so.
    expect(targetTahunan({ jenjang: 'mahir', pangkatTertinggi: true })?.nilai).toBe(12.5);
    // The top rank has no higher rank to wait for.
    expect(targetTahunan({ jenjang: 'penyelia', menungguLowongan: true })?.nilai).toBe(25);
  });
});

describe('Pasal 29 ayat 2: 150 % cap', () => {
  it('Ahli Muda claiming 40 is credited 37.5 (150 % × 25)', () => {
    const h = hitung(pegawai({ jenjang: 'ahli-muda' }, [utama(2, { volume: 20 })]));
    expect(h.klaim.utama).toBe(40);
    expect(h.batasCapaian).toBe(37.5);
    expect(h.diakui.utama).toBe(37.5);
    expect(h.selisihTarget).toBe(12.5);
    expect(h.langkah.map((l) => [l.kunci, l.total, l.selisih])).toEqual([
      ['klaim', 40, 0],
      ['tingkat', 40, 0],
      ['penulis', 40, 0],
      ['penunjang', 40, 0],
      ['capaian', 37.5, -2.5],
    ]);
  });

  it('the cap follows the Pasal 27 target: Penyelia at top pangkat, 20 claimed → 15', () => {
    const h = hitung(
      pegawai({ kategori: 'keterampilan', jenjang: 'penyelia', pangkatTertinggi: true }, [
        utama(20),
      ]),
    );
    expect(h.target?.nilai).toBe(10);
    expect(h.diakui.utama).toBe(15);
  });

  it('under the cap nothing is cut', () => {
    const h = hitung(pegawai({}, [utama(18.75)]));
    expect(h.diakui.utama).toBe(18.75);
    expect(h.langkah.at(-1)!.selisih).toBe(0);
  });
});

describe('Pasal 10–11: work of another rank', () => {
  it('one rank above counts 80 %, one below 100 %, with written assignment', () => {
    const h = hitung(
      pegawai({ jenjang: 'ahli-muda' }, [
        utama(10),
        utama(5, { tingkat: 'satu-tingkat-di-atas', penugasanTertulis: true }),
        utama(2.5, { tingkat: 'satu-tingkat-di-bawah', penugasanTertulis: true }),
      ]),
    );
    // 10 + 0.8 × 5 + 1.0 × 2.5 = 16.5
    expect(h.diakui.utama).toBe(16.5);
    expect(h.kegiatan.map((k) => k.diakui)).toEqual([10, 4, 2.5]);
    expect(h.kegiatan[1]!.bagianTingkat).toBe('Pasal 11 ayat 1 huruf a');
    expect(h.kegiatan[2]!.bagianTingkat).toBe('Pasal 11 ayat 1 huruf b');
  });

  it('without a written assignment the activity earns nothing', () => {
    const h = hitung(pegawai({}, [utama(10), utama(5, { tingkat: 'satu-tingkat-di-atas' })]));
    expect(h.diakui.utama).toBe(10);
    expect(h.kegiatan[1]!.alasan).toEqual(['tanpa-penugasan']);
  });

  it('Ahli Pertama has no rank below: nothing credited', () => {
    const h = hitung(
      pegawai({}, [utama(3, { tingkat: 'satu-tingkat-di-bawah', penugasanTertulis: true })]),
    );
    expect(h.diakui.utama).toBe(0);
    expect(h.kegiatan[0]!.alasan).toEqual(['tingkat-tidak-ada']);
  });

  it('volume multiplies the value before the factor: 0.25 × 8 × 80 % = 1.6', () => {
    const h = hitung(
      pegawai({}, [
        utama(0.25, { volume: 8, tingkat: 'satu-tingkat-di-atas', penugasanTertulis: true }),
      ]),
    );
    expect(h.diakui.utama).toBe(1.6);
  });
});

describe('Pasal 40: joint papers', () => {
  it.each([
    ['utama', 2, 0.6, 'a'],
    ['pembantu', 2, 0.4, 'a'],
    ['utama', 3, 0.5, 'b'],
    ['pembantu', 3, 0.25, 'b'],
    ['utama', 4, 0.4, 'c'],
    ['pembantu', 4, 0.2, 'c'],
  ] as const)('%s of %i authors gets %s (huruf %s)', (peran, jumlah, faktor, huruf) => {
    expect(bagianPenulis(peran, jumlah)).toEqual({
      faktor,
      bagian: `Pasal 40 ayat 1 huruf ${huruf}`,
    });
  });

  it('equal shares without a main author (huruf d); a single author keeps all; 5 with roles has no split', () => {
    expect(bagianPenulis('setara', 3)?.faktor).toBeCloseTo(1 / 3, 10);
    expect(bagianPenulis('setara', 3)?.bagian).toBe('Pasal 40 ayat 1 huruf d');
    expect(bagianPenulis('utama', 1)?.faktor).toBe(1);
    expect(bagianPenulis('utama', 5)).toBeNull();
  });

  it('a paper of 6 as main of three (3) and one of 4 as helper of two (1.6): 4.6', () => {
    const h = hitung(
      pegawai({}, [
        {
          uraian: 'a',
          unsur: 'pengembangan-profesi',
          nilai: 6,
          penulis: { peran: 'utama', jumlah: 3 },
        },
        {
          uraian: 'b',
          unsur: 'pengembangan-profesi',
          nilai: 4,
          penulis: { peran: 'pembantu', jumlah: 2 },
        },
      ]),
    );
    expect(h.diakui['pengembangan-profesi']).toBe(4.6);
    expect(h.langkah.find((l) => l.kunci === 'penulis')!.selisih).toBe(-5.4);
  });

  it('five authors with roles: equal shares (1/5) and a flag', () => {
    const h = hitung(
      pegawai({}, [
        {
          uraian: 'a',
          unsur: 'pengembangan-profesi',
          nilai: 5,
          penulis: { peran: 'utama', jumlah: 5 },
        },
      ]),
    );
    expect(h.diakui['pengembangan-profesi']).toBe(1);
    expect(h.kegiatan[0]!.alasan).toEqual(['penulis-tidak-valid']);
  });
});

describe('Pasal 37 ayat 2: supporting cap of 20 %', () => {
  const ambang = [{ golongan: 'III/a', pendidikan: 'S1' as const, kenaikanPangkat: 50 }];
  const penunjang = (nilai: number): KegiatanKredit => ({ uraian: 'p', unsur: 'penunjang', nilai });

  it('threshold 50 → cap 10: 12 claimed, 10 counted', () => {
    const h = hitung(pegawai({}, [utama(14), penunjang(12)]), ambang);
    expect(h.penunjang).toEqual({ batas: 10, sebelumnya: 0, sisa: 10, dipotong: 2 });
    expect(h.diakui.penunjang).toBe(10);
    expect(h.diakui.total).toBe(24);
  });

  it('credits already counted toward the same promotion reduce what is left (ayat 3): 10 − 7 = 3', () => {
    const h = hitung(pegawai({ akumulasi: { penunjang: 7 } }, [utama(14), penunjang(5)]), ambang);
    expect(h.diakui.penunjang).toBe(3);
    expect(h.penunjang.dipotong).toBe(2);
  });

  it('the worker’s own threshold wins over the table; D4 matches an S1 row', () => {
    expect(
      hitung(pegawai({ ambang: { kenaikanPangkat: 100 } }, [penunjang(15)]), ambang).diakui
        .penunjang,
    ).toBe(15);
    expect(hitung(pegawai({ pendidikan: 'D4' }, [penunjang(15)]), ambang).diakui.penunjang).toBe(
      10,
    );
  });

  it('without a threshold nothing is capped (and the rule kredit-ambang-diisi says so)', () => {
    const h = hitung(pegawai({}, [penunjang(30)]));
    expect(h.penunjang.batas).toBeNull();
    expect(h.diakui.penunjang).toBe(30);
  });

  it('the penunjang cap does not touch unsur utama, the 150 % cap does not touch penunjang', () => {
    const h = hitung(pegawai({}, [utama(30), penunjang(12)]), ambang);
    // utama 30 → 18.75; penunjang 12 → 10; total 28.75
    expect(h.diakui).toEqual({
      utama: 18.75,
      penunjang: 10,
      'pengembangan-profesi': 0,
      total: 28.75,
    });
  });
});

describe('progress toward promotion', () => {
  it('cumulative = earlier + this year (Pasal 36 ayat 1); professional development for Ahli Muda (Pasal 39 ayat 4 huruf b)', () => {
    const h = hitung(
      pegawai(
        {
          jenjang: 'ahli-muda',
          golongan: 'III/c',
          akumulasi: { angkaKredit: 60, pengembanganProfesi: 2 },
        },
        [utama(25), { uraian: 'x', unsur: 'pengembangan-profesi', nilai: 3 }],
      ),
      [{ golongan: 'iii/C', kenaikanPangkat: 100 }],
    );
    expect(h.kumulatif).toEqual({
      sebelumnya: 60,
      total: 88,
      ambangPangkat: 100,
      ambangJenjang: null,
    });
    expect(h.pengembanganProfesi).toEqual({
      sebelumnya: 2,
      total: 5,
      minimal: 6,
      bagian: 'Pasal 39 ayat 4 huruf b',
    });
  });
});
