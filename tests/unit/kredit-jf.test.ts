/**
 * The JF rules of seed 002 beyond the credit arithmetic (rules-jf.ts), each at its boundary in
 * the style of ESLint's RuleTester: the failing side states rule, exact message and pointer;
 * the passing side one day (or one step) away gives nothing.
 */
import { describe, expect, it } from 'vitest';
import type { LogKredit } from '../../src/model/kredit.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { kreditFindings } from '../../src/engine/kredit.js';
import { KREDIT_CONTOH_DASAR } from '../../src/standards/permenpanrb-2020/rules.js';
import { createT } from '../../src/i18n/index.js';

const t = createT('id');
const LEMBAGA = {
  lembaga: { nama: 'Balai Uji', jenis: 'balai', kepemilikan: 'pemerintah-pusat' },
  layanan: { rehabilitasi: {} },
  staf: [
    {
      id: 'ps-01',
      nama: 'X',
      peran: 'pekerja-sosial',
      layanan: ['rehabilitasi'],
      asn: { nip: '199001152015032001' },
      organisasiProfesi: { nama: 'IPSPI' },
    },
  ],
} as unknown as Lembaga;

type Ubah = Record<string, unknown>;
const SYARAT = {
  pns: '2020-03-01',
  integritas: true,
  sehat: true,
  ijazahSesuai: true,
  nilaiKinerja: ['baik', 'sangat-baik'],
  kebutuhan: true,
};

function log(pegawai: Ubah = {}, tahun = 2022): LogKredit {
  const l = structuredClone(KREDIT_CONTOH_DASAR) as unknown as { tahun: number; pegawai: Ubah[] };
  l.tahun = tahun;
  l.pegawai[0] = { ...l.pegawai[0], ...pegawai };
  return l as unknown as LogKredit;
}

function temuan(
  rule: string,
  l: LogKredit,
  opts: { tanggal?: string; lembaga?: Lembaga; bahasa?: 'id' | 'en' } = {},
) {
  return kreditFindings([{ file: 'kredit/2022.yaml', log: l }], opts.lembaga ?? LEMBAGA, {
    t: opts.bahasa ? createT(opts.bahasa) : t,
    tanggal: opts.tanggal ?? '2022-12-31',
  })
    .filter((f) => f.rule === rule)
    .map((f) => ({ rule: f.rule, severity: f.severity, message: f.message, path: f.path }));
}

const angkat = (x: Ubah) => ({
  pengangkatan: { jenis: 'pertama', tanggal: '2021-03-01', pelantikan: '2021-03-01', ...x },
});

describe('kredit-syarat-pengangkatan', () => {
  const R = 'kredit-syarat-pengangkatan';
  it('appointed exactly 1 year after becoming a civil servant passes; the day after fails (Pasal 14 ayat 4)', () => {
    expect(temuan(R, log(angkat({ syarat: SYARAT })))).toEqual([]);
    expect(temuan(R, log(angkat({ tanggal: '2021-03-02', syarat: SYARAT })))).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: diangkat dalam jabatan 2021-03-02, lebih dari 1 tahun setelah TMT PNS 2020-03-01 (paling lambat 2021-03-01).',
        path: '/pegawai/0/pengangkatan/tanggal',
      },
    ]);
  });
  it('an appointment the day before the regulation took effect is not checked; on the day it is', () => {
    expect(temuan(R, log(angkat({ tanggal: '2020-05-26' })))).toEqual([]);
    expect(temuan(R, log(angkat({ tanggal: '2020-05-27' })))).toEqual([
      {
        rule: R,
        severity: 'error',
        message: 'ps-01: pengangkatan pertama tanpa bukti persyaratan (`pengangkatan.syarat`).',
        path: '/pegawai/0/pengangkatan',
      },
    ]);
  });
  it('each unproven requirement is a finding at its field', () => {
    const { sehat: _s, ...tanpaSehat } = SYARAT;
    expect(
      temuan(R, log(angkat({ syarat: { ...tanpaSehat, nilaiKinerja: ['butuh-perbaikan'] } }))),
    ).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: pengangkatan pertama mensyaratkan predikat kinerja paling rendah baik dalam 1 tahun terakhir (`syarat.nilaiKinerja`).',
        path: '/pegawai/0/pengangkatan/syarat/nilaiKinerja',
      },
      {
        rule: R,
        severity: 'error',
        message: 'ps-01: persyaratan pengangkatan pertama `syarat.sehat` belum dibuktikan.',
        path: '/pegawai/0/pengangkatan/syarat/sehat',
      },
    ]);
  });
  it('transfer: 2 years of experience meets it, 1.9 does not; a D3 diploma does not', () => {
    const pindah = (x: Ubah, p: Ubah = {}) =>
      log({
        ...angkat({ jenis: 'perpindahan', syarat: { ...SYARAT, pengalamanTahun: 2, ...x } }),
        ujiKompetensi: '2021-01-10',
        ...p,
      });
    expect(temuan(R, pindah({}))).toEqual([]);
    expect(temuan(R, pindah({ pengalamanTahun: 1.9 }))).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: pengangkatan perpindahan mensyaratkan pengalaman paling singkat 2 tahun; tercatat 1,9 tahun (`syarat.pengalamanTahun`).',
        path: '/pegawai/0/pengangkatan/syarat/pengalamanTahun',
      },
    ]);
    expect(
      temuan(R, pindah({ nilaiKinerja: ['baik'] }, { pendidikan: 'D3', ujiKompetensi: undefined })),
    ).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: pengangkatan perpindahan mensyaratkan ijazah paling rendah S1/D4; tercatat D3.',
        path: '/pegawai/0/pendidikan',
      },
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: pengangkatan perpindahan mensyaratkan lulus Uji Kompetensi (`ujiKompetensi`).',
        path: '/pegawai/0/ujiKompetensi',
      },
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: pengangkatan perpindahan mensyaratkan predikat kinerja paling rendah baik dalam 2 tahun terakhir (`syarat.nilaiKinerja`).',
        path: '/pegawai/0/pengangkatan/syarat/nilaiKinerja',
      },
    ]);
  });
  it("an Ahli Utama from another Ahli Utama position needs the Minister's approval (Pasal 17 ayat 2)", () => {
    const l = log({
      jenjang: 'ahli-utama',
      ...angkat({
        jenis: 'perpindahan',
        asal: 'fungsional-ahli-utama',
        syarat: { ...SYARAT, pengalamanTahun: 5 },
      }),
      ujiKompetensi: '2021-01-10',
    });
    expect(temuan(R, l).map((f) => f.message)).toEqual([
      'ps-01: persyaratan pengangkatan perpindahan `syarat.persetujuanMenteri` belum dibuktikan.',
    ]);
  });
  it('English messages', () => {
    expect(temuan(R, log(angkat({})), { bahasa: 'en' })[0]!.message).toBe(
      'ps-01: pertama appointment without proof of its requirements (`pengangkatan.syarat`).',
    );
  });
});

describe('kredit-pelantikan', () => {
  const R = 'kredit-pelantikan';
  it('sworn in on the appointment day passes; the day before fails', () => {
    expect(temuan(R, log(angkat({})))).toEqual([]);
    expect(temuan(R, log(angkat({ pelantikan: '2021-02-28' })))).toEqual([
      {
        rule: R,
        severity: 'warning',
        message: 'ps-01: dilantik 2021-02-28, sebelum tanggal pengangkatan 2021-03-01.',
        path: '/pegawai/0/pengangkatan/pelantikan',
      },
    ]);
    expect(temuan(R, log(angkat({ pelantikan: undefined })))[0]!.message).toBe(
      'ps-01: tanggal pelantikan dan sumpah/janji tidak dicatat (`pengangkatan.pelantikan`).',
    );
  });
});

describe('kredit-lowongan-kenaikan', () => {
  const R = 'kredit-lowongan-kenaikan';
  it('proposed for the next rank while waiting for a vacancy fails; waiting alone passes', () => {
    expect(temuan(R, log({ menungguLowongan: true }))).toEqual([]);
    expect(
      temuan(
        R,
        log({ menungguLowongan: true, usulKenaikan: 'jenjang', ujiKompetensi: '2022-06-01' }),
      ),
    ).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01 diusulkan naik jenjang padahal dicatat menunggu lowongan (`menungguLowongan`).',
        path: '/pegawai/0/usulKenaikan',
      },
    ]);
  });
});

describe('kredit-pemberhentian', () => {
  const R = 'kredit-pemberhentian';
  const henti = (b: Ubah) => log({ pemberhentian: [b] });
  it('an activity on the first day out fails; out from the day after passes', () => {
    expect(temuan(R, henti({ alasan: 'cuti-di-luar-tanggungan', mulai: '2022-03-02' }))).toEqual(
      [],
    );
    expect(temuan(R, henti({ alasan: 'cuti-di-luar-tanggungan', mulai: '2022-03-01' }))).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01, kegiatan 1: bertanggal 2022-03-01, dalam masa diberhentikan (cuti-di-luar-tanggungan) sejak 2022-03-01; 1 kegiatan tidak dinilai sebelum diangkat kembali.',
        path: '/pegawai/0/kegiatan/0/tanggal',
      },
    ]);
  });
  it('reappointed: the activities of the period may be credited (Pasal 48 ayat 4)', () => {
    expect(
      temuan(
        R,
        henti({
          alasan: 'tugas-belajar',
          mulai: '2022-01-01',
          selesai: '2022-12-01',
          diangkatKembali: '2022-12-01',
        }),
      ),
    ).toEqual([]);
  });
  it('study leave of exactly 6 months is no reason to leave (warning); a day longer is', () => {
    const b = { alasan: 'tugas-belajar', mulai: '2022-04-01', diangkatKembali: '2022-10-02' };
    expect(temuan(R, henti({ ...b, selesai: '2022-10-02' }))).toEqual([]);
    expect(temuan(R, henti({ ...b, selesai: '2022-10-01' }))).toEqual([
      {
        rule: R,
        severity: 'warning',
        message:
          'ps-01: tugas belajar 2022-04-01 s.d. 2022-10-01 tidak lebih dari 6 bulan, jadi bukan alasan pemberhentian dari jabatan.',
        path: '/pegawai/0/pemberhentian/0/selesai',
      },
    ]);
  });
  it('resignation: permission on the day passes, the day after fails; no reappointment (Pasal 50)', () => {
    const b = { alasan: 'mengundurkan-diri', mulai: '2022-06-01' };
    expect(temuan(R, henti({ ...b, izin: '2022-06-01' }))).toEqual([]);
    expect(temuan(R, henti({ ...b, izin: '2022-06-02', diangkatKembali: '2022-09-01' }))).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: diberhentikan karena mengundurkan-diri sejak 2022-06-01 dan tidak dapat diangkat kembali dalam jabatan.',
        path: '/pegawai/0/pemberhentian/0/diangkatKembali',
      },
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: pemberhentian (mengundurkan-diri) sejak 2022-06-01 tanpa pemeriksaan dan izin Pejabat yang Berwenang sebelumnya (`izin`: 2022-06-02).',
        path: '/pegawai/0/pemberhentian/0/izin',
      },
    ]);
  });
  it('reappointed before the period began', () => {
    expect(
      temuan(
        R,
        henti({
          alasan: 'diberhentikan-sementara',
          mulai: '2022-06-01',
          diangkatKembali: '2022-05-31',
        }),
      ),
    ).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: diangkat kembali 2022-05-31, sebelum pemberhentian (diberhentikan-sementara) mulai 2022-06-01.',
        path: '/pegawai/0/pemberhentian/0/diangkatKembali',
      },
    ]);
  });
});

describe('kredit-rangkap-jabatan', () => {
  const R = 'kredit-rangkap-jabatan';
  const jl = { jabatanLain: { jenis: 'pengawas', mulai: '2022-06-01' } };
  it('out of the position from the day the other one began passes; from the day after fails', () => {
    expect(
      temuan(R, log({ ...jl, pemberhentian: [{ alasan: 'jabatan-lain', mulai: '2022-06-01' }] })),
    ).toEqual([]);
    expect(
      temuan(R, log({ ...jl, pemberhentian: [{ alasan: 'jabatan-lain', mulai: '2022-06-02' }] })),
    ).toEqual([
      {
        rule: R,
        severity: 'error',
        message:
          'ps-01: merangkap jabatan pengawas (sejak 2022-06-01) tanpa diberhentikan dari jabatan fungsional.',
        path: '/pegawai/0/jabatanLain',
      },
    ]);
  });
});

describe('kredit-organisasi-profesi and kredit-pelatihan (lembaga.yaml)', () => {
  const tanpa = (x: Ubah) =>
    ({ ...LEMBAGA, staf: [{ ...LEMBAGA.staf[0], ...x }] }) as unknown as Lembaga;
  it('a member passes; an empty organisation name fails', () => {
    expect(temuan('kredit-organisasi-profesi', log())).toEqual([]);
    expect(
      temuan('kredit-organisasi-profesi', log(), {
        lembaga: tanpa({ organisasiProfesi: { nama: ' ' } }),
      }),
    ).toEqual([
      {
        rule: 'kredit-organisasi-profesi',
        severity: 'warning',
        message:
          'ps-01: tidak tercatat sebagai anggota organisasi profesi (lembaga.yaml `organisasiProfesi`).',
        path: '/pegawai/0/staf',
      },
    ]);
  });
  it('one training in lembaga.yaml passes; none and no functional training fails', () => {
    const l = log({ pelatihanFungsional: undefined });
    expect(
      temuan('kredit-pelatihan', l, { lembaga: tanpa({ pelatihan: [{ judul: 'Asesmen' }] }) }),
    ).toEqual([]);
    expect(temuan('kredit-pelatihan', l, { lembaga: tanpa({ pelatihan: [] }) })).toEqual([
      {
        rule: 'kredit-pelatihan',
        severity: 'warning',
        message:
          'ps-01: tidak tercatat mengikuti pelatihan fungsional maupun teknis (`pelatihanFungsional`, lembaga.yaml `pelatihan`).',
        path: '/pegawai/0/staf',
      },
    ]);
  });
});

describe('transitional provisions (Pasal 58, 59)', () => {
  it('kredit-ijazah-keterampilan: D3 is reminded of 27 May 2030, D4 is not', () => {
    const R = 'kredit-ijazah-keterampilan';
    const p = { kategori: 'keterampilan', jenjang: 'penyelia' };
    expect(temuan(R, log({ ...p, pendidikan: 'D4' }))).toEqual([]);
    expect(temuan(R, log({ ...p, pendidikan: 'D3' }))).toEqual([
      {
        rule: R,
        severity: 'info',
        message:
          'ps-01: kategori keterampilan berpendidikan D3; wajib memperoleh ijazah S1/D4 paling lambat 2030-05-27, bila tidak diberhentikan dari jabatan.',
        path: '/pegawai/0/pendidikan',
      },
    ]);
  });
  it('kredit-sebelum-berlaku: an activity on 26 May 2020 fails, on 27 May 2020 passes', () => {
    const R = 'kredit-sebelum-berlaku';
    const k = (tanggal: string) =>
      log({ kegiatan: [{ ...KREDIT_CONTOH_DASAR.pegawai[0]!.kegiatan[0], tanggal }] }, 2020);
    expect(temuan(R, k('2020-05-27'))).toEqual([]);
    expect(temuan(R, k('2020-05-26'))).toEqual([
      {
        rule: R,
        severity: 'warning',
        message:
          'ps-01, kegiatan 1: bertanggal 2020-05-26, sebelum peraturan berlaku (27 Mei 2020); 1 kegiatan dinilai menurut KEP/03/I/M.PAN/2004.',
        path: '/pegawai/0/kegiatan/0/tanggal',
      },
    ]);
  });
});

describe('SKP target and result', () => {
  const skp = (x: Ubah) => log({ skp: { ...KREDIT_CONTOH_DASAR.pegawai[0]!.skp, ...x } });
  it('kredit-skp-target: exactly the minimum passes, 0.1 less fails, none is a warning', () => {
    const R = 'kredit-skp-target';
    expect(temuan(R, skp({ targetAngkaKredit: 12.5 }))).toEqual([]);
    expect(temuan(R, skp({ targetAngkaKredit: 12.4 }))).toEqual([
      {
        rule: R,
        severity: 'error',
        message: 'ps-01: target angka kredit SKP 12,4 di bawah target minimal jenjangnya 12,5.',
        path: '/pegawai/0/skp/targetAngkaKredit',
      },
    ]);
    expect(temuan(R, skp({ targetAngkaKredit: undefined }))).toEqual([
      {
        rule: R,
        severity: 'warning',
        message:
          'ps-01: SKP tanpa target angka kredit (`skp.targetAngkaKredit`; paling sedikit 12,5).',
        path: '/pegawai/0/skp',
      },
    ]);
  });
  it('kredit-skp-capaian: not asked on 31 December; asked from 1 January; same-day submission passes', () => {
    const R = 'kredit-skp-capaian';
    expect(temuan(R, skp({}), { tanggal: '2022-12-31' })).toEqual([]);
    expect(temuan(R, skp({}), { tanggal: '2023-01-01' })).toEqual([
      {
        rule: R,
        severity: 'warning',
        message: 'ps-01: SKP tahun 2022 belum tercatat dinilai (`skp.dinilai`).',
        path: '/pegawai/0/skp',
      },
    ]);
    const d = { dinilai: '2023-01-20' };
    expect(temuan(R, skp({ ...d, disampaikan: '2023-01-20' }), { tanggal: '2023-02-01' })).toEqual(
      [],
    );
    expect(temuan(R, skp({ ...d, disampaikan: '2023-01-19' }), { tanggal: '2023-02-01' })).toEqual([
      {
        rule: R,
        severity: 'warning',
        message:
          'ps-01: capaian SKP tercatat disampaikan 2023-01-19, sebelum SKP dinilai 2023-01-20.',
        path: '/pegawai/0/skp/disampaikan',
      },
    ]);
  });
});

describe('the Excel log carries the JF fields (Pegawai sheet)', () => {
  it('appointment requirements, swearing-in, SKP and another position read back from their columns', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const ExcelJS = (await import('exceljs')).default;
    const { buildKreditTemplate } = await import('../../src/outputs/kredit/xlsx.js');
    const { loadKreditLogs } = await import('../../src/io/kredit.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'kredit-jf-'));
    try {
      mkdirSync(path.join(dir, 'kredit'));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(
        (await buildKreditTemplate({ t, tahun: 2022, staf: [] })) as unknown as ArrayBuffer,
      );
      const peg = wb.getWorksheet('Pegawai')!;
      const kolom = new Map<string, number>();
      peg.getRow(1).eachCell((c, i) => kolom.set(String(c.value), i));
      const isi = (judul: string, v: string | number) => {
        expect(kolom.has(judul), judul).toBe(true);
        peg.getRow(2).getCell(kolom.get(judul)!).value = v;
      };
      isi('Id staf', 'ps-01');
      isi('Kategori', 'keahlian');
      isi('Jenjang', 'ahli-pertama');
      isi('Pendidikan', 'S1');
      isi('Jenis pengangkatan', 'pertama');
      isi('Tanggal pengangkatan', '2021-03-02');
      isi('Tanggal pelantikan', '2021-03-02');
      isi('TMT PNS', '2020-03-01');
      isi('Syarat: integritas', 'ya');
      isi('Syarat: sehat', 'ya');
      isi('Syarat: ijazah sesuai', 'ya');
      isi('Predikat kinerja tahun lalu', 'baik');
      isi('Syarat: lowongan kebutuhan', 'ya');
      isi('SKP disusun', '2022-01-10');
      isi('SKP disetujui', '2022-01-14');
      isi('Target AK dalam SKP', 12.5);
      isi('Jabatan lain', 'pengawas');
      isi('Jabatan lain sejak', '2022-06-01');
      const file = path.join(dir, 'kredit', '2022.xlsx');
      await wb.xlsx.writeFile(file);
      writeFileSync(path.join(dir, 'lembaga.yaml'), 'lembaga: {}\n');
      const k = await loadKreditLogs(dir, t);
      const p = k.logs[0]!.log.pegawai[0]!;
      expect(p.pengangkatan).toEqual({
        jenis: 'pertama',
        tanggal: '2021-03-02',
        pelantikan: '2021-03-02',
        syarat: {
          pns: '2020-03-01',
          integritas: true,
          sehat: true,
          ijazahSesuai: true,
          nilaiKinerja: ['baik'],
          kebutuhan: true,
        },
      });
      expect(p.skp).toEqual({
        disusun: '2022-01-10',
        disetujui: '2022-01-14',
        targetAngkaKredit: 12.5,
      });
      expect(p.jabatanLain).toEqual({ jenis: 'pengawas', mulai: '2022-06-01' });
      const f = kreditFindings(k.logs, LEMBAGA, { t, tanggal: '2022-12-31', locators: k.locators });
      const satu = f.find((x) => x.rule === 'kredit-syarat-pengangkatan')!;
      expect(satu.message).toBe(
        'ps-01: diangkat dalam jabatan 2021-03-02, lebih dari 1 tahun setelah TMT PNS 2020-03-01 (paling lambat 2021-03-01).',
      );
      expect(`${satu.sheet}!${satu.cell}`).toBe(
        `Pegawai!${peg.getRow(2).getCell(kolom.get('Tanggal pengangkatan')!).address}`,
      );
      expect(f.find((x) => x.rule === 'kredit-rangkap-jabatan')?.sheet).toBe('Pegawai');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('malformed values never crash the JF rules (type fuzzer finding)', () => {
  // The staff list is normalised before the rules run; the JF rules also guard it themselves.
  it('a text that is no date in syarat.pns or a study-leave period', () => {
    const l = log({
      ...angkat({ syarat: { ...SYARAT, pns: 'kemarin' } }),
      pemberhentian: [{ alasan: 'tugas-belajar', mulai: 'x', selesai: 'y' }],
    });
    expect(() => temuan('kredit-syarat-pengangkatan', l)).not.toThrow();
    expect(temuan('kredit-pemberhentian', l)).toEqual([]);
  });
});
