/** Issue 12 items 3 and 4: rules read as the text reads, each at its boundary. */
import { describe, it, expect } from 'vitest';
import { RULESETS } from '../../src/standards/index.js';
import type { Rule } from '../../src/standards/rule.js';
import { hitungProBono } from '../../src/standards/permensos-14-2020/probono.js';
import { LEMBAGA_SCHEMA } from '../../src/model/lembaga-schema.js';
import { applySet } from '../helpers/patch.js';
import { contohLembaga, contohRegister, lokasi, periksa } from '../helpers/rule-tester.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';

const semua = RULESETS.flatMap((rs) => rs.rules);
const aturan = (id: string): Rule => semua.find((r) => r.id === id)!;
type Set_ = readonly (readonly [string, unknown])[];
const cek = (id: string, lembaga: Set_ = [], register: Set_ = []) =>
  periksa(
    {
      lembaga: applySet(contohLembaga(), lembaga) as Lembaga,
      register: applySet(contohRegister(), register) as { kasus: Kasus[] },
    },
    [aturan(id)],
  );

/** Case 0 turned into a development case of a village. */
const PENGEMBANGAN: Set_ = [
  ['/kasus/0/layanan', 'pengembangan'],
  ['/kasus/0/klien/jenis', 'desa'],
  ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
  ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
];
const LAY_PENGEMBANGAN: Set_ = [['/layanan/pengembangan', {}]];

describe('item 3: the community work team is each case’s own (E 1.1.3–1.1.4, 1.2.3 d)', () => {
  it('no institution-wide team is demanded when each case has its own', () => {
    expect(cek('tim-kerja-masyarakat', LAY_PENGEMBANGAN, PENGEMBANGAN)).toEqual([]);
    expect(cek('kasus-tim-kerja', LAY_PENGEMBANGAN, PENGEMBANGAN)).toEqual([]);
  });
  it('kasus-tim-kerja does not accept the institution-wide list for a case without a team', () => {
    const f = cek(
      'kasus-tim-kerja',
      [['/layanan/pengembangan', { timKerjaMasyarakat: ['Tim Kota'] }]],
      [...PENGEMBANGAN, ['/kasus/0/timKerjaMasyarakat', undefined]],
    );
    expect(f.map((x) => x.message)).toEqual([
      'Kasus HB-2026-001: tim kerja masyarakat belum dicatat pada kasus ini; daftar tim di lembaga.yaml tidak menggantikannya karena setiap masyarakat membentuk timnya sendiri.',
    ]);
    expect(f[0]!.ref).toBe('Permensos 14/2020 Lampiran E angka 1.1.3');
  });
  it('the team is formed at intake: on the assessment day passes, the day after fails', () => {
    const sehari = cek('tim-kerja-masyarakat', LAY_PENGEMBANGAN, [
      ...PENGEMBANGAN,
      ['/kasus/0/kegiatan/0/tanggal', '2026-01-13'],
    ]);
    expect(sehari.map((x) => [x.message, x.ref, lokasi(x)])).toEqual([
      [
        'Kasus HB-2026-001: tim kerja masyarakat dibentuk 2026-01-13, sesudah asesmen dimulai (2026-01-12); tim dibentuk pada pendekatan awal.',
        'Permensos 14/2020 Lampiran E angka 1.2.3 huruf d',
        'register-2026.yaml:39',
      ],
    ]);
    expect(
      cek('tim-kerja-masyarakat', LAY_PENGEMBANGAN, [...PENGEMBANGAN, ['/kasus/0/kegiatan', []]]),
    ).toHaveLength(1);
  });
});

describe('item 4: partly right rules, read again', () => {
  it('sk-kriteria-klien: a government-owned lembaga needs no own SK for C (1.1.3), still for B (1.1.4)', () => {
    const pemerintah: Set_ = [['/lembaga/kepemilikan', 'pemerintah-provinsi']];
    expect(
      cek('sk-kriteria-klien', [
        ...pemerintah,
        ['/layanan/rehabilitasi/sk/kriteriaKlien', undefined],
      ]),
    ).toEqual([]);
    expect(
      cek('sk-kriteria-klien', [['/layanan/rehabilitasi/sk/kriteriaKlien', undefined]]).map(
        (f) => f.ref,
      ),
    ).toEqual(['Permensos 14/2020 Lampiran C angka 1.1.4']);
    expect(
      cek('sk-kriteria-klien', [
        ...pemerintah,
        ['/layanan/perlindungan/sk/kriteriaKlien', undefined],
      ]).map((f) => f.ref),
    ).toEqual(['Permensos 14/2020 Lampiran B angka 1.1.4']);
  });

  it('tarif-matriks-lengkap: a tier not offered anywhere is not a gap; a tier offered on one row is required on all', () => {
    const tanpaTingkat3 = Object.entries(contohLembaga().layanan.perlindungan!.tarif!).flatMap(
      ([row, d]) =>
        Object.keys(d).map(
          (dur) => [`/layanan/perlindungan/tarif/${row}/${dur}/tingkat3`, undefined] as const,
        ),
    );
    expect(cek('tarif-matriks-lengkap', tanpaTingkat3)).toEqual([]);
    // Put Tier III back on one cell only: now every other required cell of Tier III is missing.
    const f = cek('tarif-matriks-lengkap', [
      ...tanpaTingkat3,
      ['/layanan/perlindungan/tarif/asesmen/5-tahap/tingkat3', 600000],
    ]);
    expect(f.map((x) => x.path)).toEqual([
      '/layanan/perlindungan/tarif/akses-program-bansos',
      '/layanan/perlindungan/tarif/advokasi-sosial',
      '/layanan/perlindungan/tarif/akses-bantuan-hukum',
      '/layanan/perlindungan/tarif/rujukan',
    ]);
    expect(f[0]!.message).toBe(
      'Matriks tarif Perlindungan Sosial baris wajib 3.1 "Akses program bantuan sosial" belum lengkap: 1 jam Tingkat III, 2 jam Tingkat III, > 2 jam Tingkat III kosong (tingkat yang ditawarkan: Tingkat I, Tingkat II, Tingkat III).',
    );
  });

  it('kasus-tarif-sesuai: the one-price "asesmen 5 tahap" is billed once per case', () => {
    const dua: Set_ = [
      [
        '/kasus/0/kegiatan/6',
        {
          tanggal: '2026-01-13',
          kegiatan: 'pengumpulan-data',
          durasi: '5-tahap',
          tingkat: 'tingkat1',
          biaya: 250000,
        },
      ],
    ];
    const f = cek('kasus-tarif-sesuai', [], dua);
    expect(f.map((x) => [x.message, x.path])).toEqual([
      [
        'Kasus HB-2026-001: asesmen 5 tahap sudah ditagih pada 2026-01-12; satu butir bertarif ini ditagih sekali per kasus.',
        '/kasus/0/kegiatan/6/biaya',
      ],
    ]);
    // The second assessment activity at no charge is fine.
    expect(cek('kasus-tarif-sesuai', [], [...dua, ['/kasus/0/kegiatan/6/biaya', 0]])).toEqual([]);
  });

  it('pengaduan-prosedur: one whole-process deadline does not replace the per-step deadlines (1.6.5 c)', () => {
    const f = cek('pengaduan-prosedur', [
      ['/pengaduan/prosedur/batasWaktuHari', { penerimaan: 1, penanganan: 14 }],
      ['/pengaturan/batasWaktuPengaduanHari', 20],
    ]);
    expect(f.map((x) => [x.message, x.ref])).toEqual([
      [
        'pengaturan.batasWaktuPengaduanHari (20 hari) adalah satu batas untuk seluruh proses; angka 1.6.5 c meminta batas waktu setiap tahap. Belum ditetapkan: penyampaianHasil.',
        'Permensos 14/2020 Lampiran B angka 1.6.5 huruf c',
      ],
    ]);
  });
  it('kasus-pengaduan-batas-waktu: judged on the per-step deadlines only, at their sum', () => {
    // Complaint of 2026-09-01; steps 1 + 14 + 3 = 18 days: 2026-09-19 passes, 2026-09-20 does not.
    expect(
      cek('kasus-pengaduan-batas-waktu', [], [['/kasus/1/pengaduan/0/selesai', '2026-09-19']]),
    ).toEqual([]);
    const f = cek(
      'kasus-pengaduan-batas-waktu',
      [],
      [['/kasus/1/pengaduan/0/selesai', '2026-09-20']],
    );
    expect(f.map((x) => [x.message, lokasi(x)])).toEqual([
      [
        'Kasus HB-2026-002: pengaduan 2026-09-01 selesai 2026-09-20, melewati batas 18 hari (2026-09-19).',
        'register-2026.yaml:100',
      ],
    ]);
    // A whole-process limit alone is not a per-step deadline: nothing to judge against.
    expect(
      cek(
        'kasus-pengaduan-batas-waktu',
        [
          ['/pengaduan/prosedur/batasWaktuHari', undefined],
          ['/pengaturan/batasWaktuPengaduanHari', 5],
        ],
        [['/kasus/1/pengaduan/0/selesai', '2026-09-20']],
      ),
    ).toEqual([]);
  });

  it('kasus-jenis-klien: an individual within a community may be a development client (E 1.1.1)', () => {
    expect(
      cek('kasus-jenis-klien', LAY_PENGEMBANGAN, [
        ...PENGEMBANGAN,
        ['/kasus/0/klien/jenis', 'individu'],
      ]),
    ).toEqual([]);
    expect(
      cek('kasus-jenis-klien', LAY_PENGEMBANGAN, [
        ...PENGEMBANGAN,
        ['/kasus/0/klien/jenis', 'lembaga'],
      ]),
    ).toHaveLength(1);
  });

  it('kasus-persyaratan-perlindungan: "diusulkan" is not registered (B 1.1.3); that allowance is ATENSI’s', () => {
    const f = cek('kasus-persyaratan-perlindungan', [], [['/kasus/2/klien/dtks', 'diusulkan']]);
    expect(f.map((x) => [x.ref, lokasi(x)])).toEqual([
      ['Permensos 14/2020 Lampiran B angka 1.1.3 butir 1)', 'register-2026.yaml:124'],
    ]);
    // ATENSI still accepts it (Pasal 43): a rehabilitation case proposed for DTKS passes atensi-dtks.
    expect(cek('atensi-dtks', [], [['/kasus/0/klien/dtks', 'diusulkan']])).toEqual([]);
  });

  it('atensi-supervisi: a supervisor of the wrong role is told so, not "belum bersertifikat"', () => {
    const f = cek('atensi-supervisi', [], [['/kasus/0/supervisor', 'ps-02']]);
    expect(f.map((x) => x.message)).toEqual([
      'Kasus HB-2026-001: Budi Santoso, S.Sos. berperan pekerja-sosial, bukan supervisor; supervisi ATENSI dilakukan pekerja sosial yang berkompetensi supervisi.',
    ]);
    expect(cek('atensi-supervisi', [['/staf/2/sertifikat', undefined]])[0]!.message).toMatch(
      /belum bersertifikat pekerjaan sosial/,
    );
  });

  it('pelaksana-lain: every role outside 2.3.3 is reported, also roles no service lists', () => {
    // A psychologist is listed by no service's 2.3.3; a therapist is listed by C.
    expect(cek('pelaksana-lain', [['/staf/4/peran', 'psikolog']]).map((f) => f.message)).toEqual([
      'Maya Sari, S.Psi. (psikolog) bertugas di layanan Rehabilitasi Sosial, tetapi angka 2.3.3 layanan itu hanya menyebut: terapis, perawat, tenaga-kesejahteraan-sosial, relawan-sosial.',
    ]);
    expect(cek('pelaksana-lain', [['/staf/4/peran', 'perawat']])).toEqual([]);
    expect(cek('pelaksana-lain', [['/staf/3/peran', 'lainnya']])).toEqual([]);
  });

  it('pengalaman-praktik: B’s "advokasi sosial" can be recorded and counts for the supervisor', () => {
    expect(JSON.stringify(LEMBAGA_SCHEMA)).toMatch(/"pengalamanPraktik":\{[^}]*"advokasi-sosial"/);
    expect(
      cek('pengalaman-praktik', [
        ['/staf/2/pengalamanPraktik', ['rehabilitasi', 'advokasi-sosial']],
      ]),
    ).toEqual([]);
    // The social worker's own clause (B 2.3.1 e) names perlindungan sosial.
    expect(
      cek('pengalaman-praktik', [
        ['/staf/0/pengalamanPraktik', ['rehabilitasi', 'advokasi-sosial']],
      ]).map((f) => f.ref),
    ).toEqual(['Permensos 14/2020 Lampiran B angka 2.3.1 huruf e']);
  });

  it('pro bono: the 10 % of 1.4.2 e can be raised, never lowered', () => {
    const l = applySet(contohLembaga(), [['/pengaturan/proBono/persen', 5]]);
    expect(hitungProBono(l, [], 2026).persen).toBe(10);
    expect(hitungProBono(applySet(l, [['/pengaturan/proBono/persen', 15]]), [], 2026).persen).toBe(
      15,
    );
    const f = cek('kasus-pro-bono', [['/pengaturan/proBono/persen', 9]]);
    expect(f.map((x) => [x.message, lokasi(x)])).toEqual([
      [
        'pengaturan.proBono.persen 9 % di bawah 10 % yang ditetapkan angka 1.4.2 e; kuota dihitung dengan 10 %.',
        'lembaga.yaml:289',
      ],
    ]);
    expect(cek('kasus-pro-bono', [['/pengaturan/proBono/persen', 10]])).toEqual([]);
  });

  it('atensi-klaster: the cluster agrees with age at intake and the PPKS category', () => {
    // Case 0: intake 2026-01-05. Born 2008-01-05 → 18 that day: no longer a child.
    const f = cek(
      'atensi-klaster',
      [],
      [
        ['/kasus/0/klien/tanggalLahir', '2008-01-05'],
        ['/kasus/0/klien/nik', undefined],
      ],
    );
    expect(f.map((x) => x.message)).toEqual([
      'Kasus HB-2026-001: klaster anak, tetapi klien berumur 18 tahun pada 2026-01-05 (< 18).',
    ]);
    expect(
      cek(
        'atensi-klaster',
        [],
        [
          ['/kasus/0/klien/tanggalLahir', '2008-01-06'],
          ['/kasus/0/klien/nik', undefined],
        ],
      ),
    ).toEqual([]);
    // A 34-year-old in cluster anak; a child in lanjut-usia (also against its PPKS category).
    expect(cek('atensi-klaster', [], [['/kasus/0/klien/tanggalLahir', '1991-06-01']])).toHaveLength(
      1,
    );
    const anak = cek('atensi-klaster', [], [['/kasus/0/klien/klaster', 'lanjut-usia']]);
    expect(anak.map((x) => x.message)).toEqual([
      'Kasus HB-2026-001: klaster lanjut-usia tidak sesuai kategori PPKS anak-telantar (yang sesuai: anak).',
      'Kasus HB-2026-001: klaster lanjut-usia, tetapi klien berumur 13 tahun pada 2026-01-05 (>= 60).',
    ]);
    // Case 5 (born 1961-04-20, intake 2026-07-06): 65, lanjut-usia is right.
    expect(cek('atensi-klaster')).toEqual([]);
  });
});
