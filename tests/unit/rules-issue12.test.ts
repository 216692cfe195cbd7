/**
 * The rules of issue 12 (obligations no rule read before): each rule's failing and
 * passing example asserting rule id, message and pointer, then the boundaries the
 * examples do not reach.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from '../../src/engine/validate.js';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { ATURAN_ISSUE_12 } from '../../src/standards/permensos-14-2020/rules-issue-12.js';
import { TAHAPAN_ATENSI_RULES } from '../../src/standards/permensos-7-2021/rules-tahapan.js';
import type { Rule, KasusTerdaftar } from '../../src/standards/rule.js';
import { createT } from '../../src/i18n/index.js';
import { NO_LOCATION } from '../../src/core/finding.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { normaliseKasus } from '../../src/io/load-folder.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { applySet } from '../helpers/patch.js';
import { EXAMPLES, loadExampleLembaga, TANGGAL_UJI } from '../helpers/examples.js';

const lembaga = loadExampleLembaga();
const regFile = path.join(EXAMPLES, 'lks-harapan-bunda/register/register-2026.yaml');
const register = parseYamlSource(readFileSync(regFile), regFile).data as { kasus: Kasus[] };
const locator = { locate: () => ({ ...NO_LOCATION, file: 'x' }) };
const RULES: readonly Rule[] = [...ATURAN_ISSUE_12, ...TAHAPAN_ATENSI_RULES];

function run(
  rule: Rule,
  set: readonly (readonly [string, unknown])[] = [],
  lembagaSet: readonly (readonly [string, unknown])[] = [],
  tanggal = TANGGAL_UJI,
  bahasa: 'id' | 'en' = 'id',
) {
  // An institution rule's example sets lembaga.yaml; a case rule's sets the register.
  const diLembaga = rule.scope === 'lembaga';
  const reg = applySet(register, (diLembaga ? [] : set) as [string, unknown][]);
  const l = applySet(lembaga, [...(diLembaga ? set : []), ...lembagaSet] as [
    string,
    unknown,
  ][]) as Lembaga;
  const kasus: KasusTerdaftar[] = reg.kasus.map((k, i) => ({
    kasus: normaliseKasus(k),
    file: 'register.yaml',
    pointer: `/kasus/${i}`,
  }));
  return validate({
    lembaga: l,
    lembagaLocator: locator,
    kasus,
    registerLocators: new Map([['register.yaml', locator]]),
    rulesets: [{ id: rule.ruleset, judul: 'x', rules: [rule] }],
    standar: STANDAR,
    tanggal,
    t: createT(bahasa),
  }).findings;
}

/** What each rule's failing example must report: message, pointer and reference. */
const GAGAL: Record<string, { message: RegExp; path: string; ref: RegExp }> = {
  'kasus-supervisi-tercatat': {
    message: /^Kasus HB-2026-001: belum ada sesi supervisi yang dicatat/,
    path: '/kasus/0',
    ref: /Lampiran C angka 2\.3\.2$/,
  },
  'kasus-supervisi-sesi': {
    message:
      /^Kasus HB-2026-001: sesi supervisi dipimpin Budi Santoso, S\.Sos\. yang berperan pekerja-sosial/,
    path: '/kasus/0/supervisi/0/supervisor',
    ref: /Lampiran C angka 2\.4\.4 huruf c$/,
  },
  'kasus-kesepakatan-ditandatangani': {
    message:
      /^Kasus HB-2026-001: kesepakatan\/kontrak layanan 2026-01-07 belum tercatat ditandatangani/,
    path: '/kasus/0/tahapan/pendekatanAwal/kesepakatanDitandatangani',
    ref: /Lampiran C angka 1\.2\.2 huruf d$/,
  },
  'kasus-rencana-intervensi': {
    message: /^Kasus HB-2026-001: rencana intervensi belum mencatat tujuan intervensi/,
    path: '/kasus/0/tahapan/perencanaan/tujuan',
    ref: /Lampiran C angka 1\.2\.4 huruf b$/,
  },
  'kasus-capaian-tujuan': {
    message: /^Kasus HB-2026-001: diterminasi \(selesai\) padahal capaian tujuan "sebagian"/,
    path: '/kasus/0/tahapan/evaluasi/capaianTujuan',
    ref: /Lampiran C angka 1\.2\.8$/,
  },
  'kasus-rujukan-didampingi': {
    message: /^Kasus HB-2026-003: klien belum tercatat didampingi .*UPTD PPA Provinsi Jawa Barat/,
    path: '/kasus/2/tahapan/rujukan/didampingi',
    ref: /Lampiran B angka 1\.2\.7 huruf b$/,
  },
  'kasus-kontak-pemerintah': {
    message: /^Kasus HB-2026-004: kontak awal dengan pemerintah setempat/,
    path: '/kasus/3/tahapan/pendekatanAwal/kontakPemerintah/tanggal',
    ref: /Lampiran E angka 1\.2\.3 huruf b$/,
  },
  'kasus-evaluasi-partisipatif': {
    message:
      /^Kasus HB-2026-001: evaluasi pengembangan sosial belum tercatat dilakukan bersama masyarakat/,
    path: '/kasus/0/tahapan/evaluasi/partisipatif',
    ref: /Lampiran E angka 1\.2\.7$/,
  },
  'kasus-produk-layanan': {
    message:
      /^Kasus HB-2026-001: "rujukan-dasar" bukan produk layanan kegiatan perawatan-pengasuhan-dasar/,
    path: '/kasus/0/kegiatan/5/produk',
    ref: /Lampiran C angka 1\.5\.2 huruf a$/,
  },
  'evaluasi-kinerja-prosedur': {
    message: /^Evaluasi Siti Nurhaliza, S\.Tr\.Sos\.: belum ada pendapat dari klien\.$/,
    path: '/staf/0/evaluasi/masukan',
    ref: /Lampiran B angka 2\.8\.6 huruf b$/,
  },
  'keselamatan-per-pelaksana': {
    message: /^Maya Sari, S\.Psi\. belum tercatat mengikuti latihan drill terakhir\.$/,
    path: '/staf/4',
    ref: /Lampiran C angka 2\.7\.2 huruf c$/,
  },
  'pengaduan-laporan-berkala': {
    message: /^Laporan pengaduan terakhir 2026-07-24 \(4 bulan lalu\).*paling lambat 2026-07-25/,
    path: '/pengaduan/laporanTerakhir',
    ref: /Lampiran B angka 1\.6\.5 huruf e$/,
  },
  'beban-kasus': {
    message: /^Budi Santoso, S\.Sos\. menangani 2 kasus aktif, di atas batas 1/,
    path: '/staf/1',
    ref: /Lampiran C angka 2\.5\.1 huruf a$/,
  },
  'tarif-faktor': {
    message: /^Faktor yang menjadi dasar SK tarif Rehabilitasi Sosial belum dicatat/,
    path: '/layanan/rehabilitasi/faktorTarif',
    ref: /Lampiran C angka 1\.4\.2 huruf a$/,
  },
  'atensi-sasaran': {
    message: /^Kasus HB-2026-001: jenis klien masyarakat bukan sasaran ATENSI/,
    path: '/kasus/0/klien/jenis',
    ref: /Pasal 9$/,
  },
  'atensi-pelaksana': {
    message:
      /^Kasus HB-2026-001: kegiatan bimbingan-sosial-konseling diberikan Dedi Kurniawan yang berperan administrasi/,
    path: '/kasus/0/kegiatan/2/pelaksana',
    ref: /Pasal 42 ayat 3$/,
  },
  'atensi-jangka-waktu': {
    message:
      /^Kasus HB-2026-002: perpanjangan 2026-08-09 diputuskan sebelum asesmen \(2026-08-10\)/,
    path: '/kasus/1/perpanjangan/0/tanggal',
    ref: /Pasal 27 ayat 1$/,
  },
  'atensi-tahapan': {
    message: /^Kasus HB-2026-001: tahap ATENSI belum dicatat: a\. Fasilitasi akses\.$/,
    path: '/kasus/0/atensi/aksesMelalui',
    ref: /Permensos 7\/2021 \(ATENSI\) Pasal 19 ayat 1 huruf a$/,
  },
  'atensi-supervisi-tahapan': {
    message: /^Kasus HB-2026-001: tahap ATENSI belum disupervisi: asesmen\.$/,
    path: '/kasus/0/supervisi',
    ref: /Pasal 19 ayat 2$/,
  },
  'atensi-asesmen-aspek': {
    message: /^Kasus HB-2026-001: aspek asesmen komprehensif ATENSI belum dicatat/,
    path: '/kasus/0/atensi/asesmenAspek',
    ref: /Pasal 22$/,
  },
  'atensi-bentuk-dukungan': {
    message:
      /^Kasus HB-2026-001: kegiatan kasus memberikan bentuk ATENSI yang tidak dicatat: terapi\.$/,
    path: '/kasus/0/atensi/bentukDukungan',
    ref: /Pasal 11 ayat 1$/,
  },
  'atensi-pascalayanan': {
    message:
      /^Kasus HB-2026-001: pascalayanan 2026-05-28 lebih awal dari selesainya intervensi \(2026-05-29\)/,
    path: '/kasus/0/atensi/pascalayanan/tanggal',
    ref: /Pasal 26 ayat 1$/,
  },
};

describe('issue 12 rules: failing and passing examples at their boundary', () => {
  it('every rule has an expectation here', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual(Object.keys(GAGAL).sort());
  });
  for (const rule of RULES) {
    it(`${rule.id}: gagal — ${rule.contoh.gagal.judul}`, () => {
      const f = run(rule, rule.contoh.gagal.set, rule.contoh.gagal.lembaga);
      const e = GAGAL[rule.id]!;
      expect(f).toHaveLength(1);
      expect(f[0]!.rule).toBe(rule.id);
      expect(f[0]!.message).toMatch(e.message);
      expect(f[0]!.path).toBe(e.path);
      expect(f[0]!.ref).toMatch(e.ref);
      for (const x of run(
        rule,
        rule.contoh.gagal.set,
        rule.contoh.gagal.lembaga,
        TANGGAL_UJI,
        'en',
      ))
        expect(x.message).not.toMatch(/^r\./);
    });
    it(`${rule.id}: lulus — ${rule.contoh.lulus.judul}`, () => {
      expect(run(rule, rule.contoh.lulus.set, rule.contoh.lulus.lembaga)).toEqual([]);
    });
  }
});

const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe('issue 12 rules: boundaries', () => {
  it('supervision gap: exactly the interval passes, one day more fails', () => {
    // Case 0: sessions 2026-01-21 and 2026-03-16 are 54 days apart, the longest gap of the register.
    const r = rule('kasus-supervisi-tercatat');
    expect(run(r, [], [['/pengawasan/selangSupervisiHari', 54]])).toEqual([]);
    const f = run(r, [], [['/pengawasan/selangSupervisiHari', 53]]);
    expect(f.map((x) => [x.path, x.value])).toEqual([['/kasus/0/supervisi/3/tanggal', 54]]);
    expect(f[0]!.ref).toMatch(/angka 2\.4\.3 huruf b$/);
  });
  it('a session dated today passes, tomorrow is "after today", never "too old"', () => {
    const r = rule('kasus-supervisi-sesi');
    const set = (d: string) => [['/kasus/3/supervisi/2/tanggal', d]] as const;
    expect(run(r, set(TANGGAL_UJI))).toEqual([]);
    const f = run(r, set('2026-11-26'));
    expect(f.map((x) => [x.path, x.message])).toEqual([
      [
        '/kasus/3/supervisi/2/tanggal',
        'Kasus HB-2026-004: sesi supervisi bertanggal 2026-11-26, sesudah hari ini (2026-11-25) — salah ketik?',
      ],
    ]);
  });
  it('a session on the intake day passes, the day before does not', () => {
    const r = rule('kasus-supervisi-sesi');
    expect(run(r, [['/kasus/0/supervisi/0/tanggal', '2026-01-05']])).toEqual([]);
    expect(run(r, [['/kasus/0/supervisi/0/tanggal', '2026-01-04']]).map((x) => x.path)).toEqual([
      '/kasus/0/supervisi/0/tanggal',
    ]);
  });
  it('a supervisor supervising themself, and a session without aspects', () => {
    const r = rule('kasus-supervisi-sesi');
    const f = run(r, [
      ['/kasus/0/supervisi/0/pelaksana', 'sup-01'],
      ['/kasus/0/supervisi/1/aspek', []],
    ]);
    expect(f.map((x) => x.path).sort()).toEqual([
      '/kasus/0/supervisi/0/pelaksana',
      '/kasus/0/supervisi/1/aspek',
    ]);
  });
  it('local-government contact on the assessment day passes, the day after does not', () => {
    const r = rule('kasus-kontak-pemerintah');
    const l = [['/layanan/pengembangan', {}]] as const;
    const set = (d: string) =>
      [
        ['/kasus/3/layanan', 'pengembangan'],
        ['/kasus/3/tahapan/pendekatanAwal/kontakPemerintah', { tanggal: d, bentuk: 'persetujuan' }],
      ] as const;
    expect(run(r, set('2026-09-17'), l)).toEqual([]);
    expect(run(r, set('2026-09-18'), l).map((x) => x.message)).toEqual([
      'Kasus HB-2026-004: kontak pemerintah setempat (2026-09-18) sesudah asesmen dimulai (2026-09-17).',
    ]);
  });
  it('complaint report dated after today is its own finding', () => {
    const f = run(
      rule('pengaduan-laporan-berkala'),
      [],
      [['/pengaduan/laporanTerakhir', '2026-11-26']],
    );
    expect(f.map((x) => x.message)).toEqual([
      'Laporan pengaduan terakhir bertanggal 2026-11-26, sesudah hari ini (2026-11-25) — salah ketik?',
    ]);
  });
  it('aftercare in the future, and needed but not given', () => {
    const r = rule('atensi-pascalayanan');
    expect(
      run(r, [['/kasus/0/atensi/pascalayanan/tanggal', '2026-11-26']]).map((x) => x.path),
    ).toEqual(['/kasus/0/atensi/pascalayanan/tanggal']);
    expect(
      run(r, [['/kasus/0/atensi/pascalayanan', { perlu: true }]]).map((x) => x.message),
    ).toEqual(['Kasus HB-2026-001: pascalayanan diperlukan tetapi belum diberikan.']);
  });
  it('ATENSI stage d needs the plan fixed together (Pasal 23), e a delivery basis (Pasal 24)', () => {
    const r = rule('atensi-tahapan');
    const f = run(r, [
      ['/kasus/1/tahapan/perencanaan/jadwalDisepakati', false],
      ['/kasus/1/klien/basisLayanan', undefined],
    ]);
    expect(f.map((x) => [x.path, x.message])).toEqual([
      [
        '/kasus/1/tahapan/perencanaan/tanggal',
        'Kasus HB-2026-002: tahap ATENSI belum dicatat: d. Perencanaan layanan sosial; e. Implementasi.',
      ],
    ]);
  });
  it('an ATENSI stage named by its ATENSI key counts for the SOP stage it maps to', () => {
    const r = rule('atensi-supervisi-tahapan');
    expect(run(r, [['/kasus/0/supervisi/1/tahap', 'asesmen-komprehensif']])).toEqual([]);
  });
  it('an administrative worker needs no client opinion; a social worker needs knowledge, skills and ethics measured', () => {
    const r = rule('evaluasi-kinerja-prosedur');
    expect(
      run(r, [], [['/staf/3/evaluasi/masukan', ['teman-sejawat', 'staf-lebih-tinggi']]]),
    ).toEqual([]);
    const f = run(r, [], [['/staf/1/evaluasi/diukur', ['tujuan-kinerja', 'pelaksanaan-tugas']]]);
    expect(f.map((x) => [x.path, x.ref?.replace(/^.* angka /, '')])).toEqual([
      ['/staf/1/evaluasi/diukur', '2.8.4'],
    ]);
  });
});

describe('issue 12 fields in both containers', () => {
  it('the YAML register round-trips through the canonical workbook, sessions on sheet Supervisi', async () => {
    const { buildRegisterXlsx, readRegisterXlsxBuffer } =
      await import('../../src/io/register-xlsx.js');
    const t = createT('id');
    const kasus = register.kasus.map((k) => normaliseKasus(k));
    const bytes = await buildRegisterXlsx(kasus, lembaga, {}, t);
    const r = await readRegisterXlsxBuffer(bytes, 'r.xlsx', t);
    expect(r.problems).toEqual([]);
    // Stage notes (`catatan`) have no column in the workbook (as before issue 12).
    const tanpaCatatan = (o: object | undefined) => {
      if (!o) return o;
      const { catatan: _c, ...rest } = o as Record<string, unknown>;
      return rest;
    };
    const pick = (k: Kasus) => ({
      supervisi: k.supervisi ?? [],
      atensi: k.atensi,
      pendekatanAwal: tanpaCatatan(k.tahapan.pendekatanAwal),
      perencanaan: tanpaCatatan(k.tahapan.perencanaan),
      evaluasi: k.tahapan.evaluasi,
      rujukan: k.tahapan.rujukan,
      produk: (k.kegiatan ?? []).map((g) => g.produk),
    });
    expect(r.kasus.map((k) => pick(k.kasus))).toEqual(kasus.map(pick));
    // A finding on a session points at its row of sheet Supervisi; on a new case field, at its column.
    expect(r.locator.locate('/kasus/0/supervisi/1/tahap')).toMatchObject({
      sheet: 'Supervisi',
      row: 3,
      header: 'Tahap',
    });
    expect(r.locator.locate('/kasus/0/tahapan/evaluasi/capaianTujuan')).toMatchObject({
      sheet: 'Register',
      row: 2,
      header: 'Capaian Tujuan',
    });
    expect(r.locator.locate('/kasus/0/kegiatan/5/produk')).toMatchObject({
      sheet: 'Kegiatan',
      header: 'Produk Layanan',
    });
  });
});
