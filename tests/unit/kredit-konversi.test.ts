/**
 * Credit points by conversion (issue 13 item 2): hand-computed figures for every
 * rating, every jenjang, a part year, a mid-year promotion, the integrasi
 * carry-over and the thresholds; the folder override named in the output; the
 * switch at 1 January 2023; located Indonesian errors for bad input.
 */
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';
import { hitungKonversi } from '../../src/standards/permenpanrb-2023/hitung.js';
import { tabelKonversi } from '../../src/standards/permenpanrb-2023/tabel.js';
import type { LogKonversi, PeriodeKonversi } from '../../src/model/kredit-konversi.js';

const TABEL = tabelKonversi();

function satu(
  periode: Partial<PeriodeKonversi>[],
  extra: Record<string, unknown> = {},
  tahun = 2025,
) {
  const log = {
    versi: 2,
    tahun,
    pegawai: [
      {
        staf: 'ps-01',
        ...extra,
        periode: periode.map((p) => ({
          jenjang: 'ahli-pertama',
          golongan: 'III/a',
          dari: `${tahun}-01`,
          sampai: `${tahun}-12`,
          predikat: 'baik',
          ...p,
        })),
      },
    ],
  } as LogKonversi;
  const h = hitungKonversi([{ file: 'kredit/x.yaml', log }], tahun, TABEL);
  return h.find((x) => x.tahun === tahun)!.pegawai[0]!;
}

describe('AK = percentage × yearly coefficient × months/12', () => {
  it('Ahli Pertama, Baik, 12 months = 12,5; Sangat Baik = 18,75', () => {
    expect(satu([{}]).akTahun).toBe(12.5);
    expect(satu([{ predikat: 'Sangat Baik' }]).akTahun).toBe(18.75);
  });
  for (const [predikat, ak] of [
    ['Sangat Baik', 18.75],
    ['Baik', 12.5],
    ['Butuh Perbaikan', 9.375],
    ['Cukup', 9.375],
    ['Butuh Perbaikan (Cukup)', 9.375],
    ['Kurang', 6.25],
    ['Sangat Kurang', 3.125],
  ] as const)
    it(`every rating: ${predikat} → ${ak}`, () => {
      expect(satu([{ predikat }]).akTahun).toBe(ak);
    });
  for (const [jenjang, golongan, ak] of [
    ['pemula', 'II/a', 3.75],
    ['terampil', 'II/c', 5],
    ['mahir', 'III/a', 12.5],
    ['penyelia', 'III/c', 25],
    ['ahli-pertama', 'III/b', 12.5],
    ['ahli-muda', 'III/c', 25],
    ['ahli-madya', 'IV/b', 37.5],
    ['ahli-utama', 'IV/d', 50],
  ] as const)
    it(`every jenjang: ${jenjang} Baik 12 months → ${ak}`, () => {
      expect(satu([{ jenjang, golongan }]).akTahun).toBe(ak);
    });
  it('a part year: 7 months of Baik as Ahli Pertama = 12,5 × 7/12', () => {
    const p = satu([{ dari: '2025-06', sampai: '2025-12' }]);
    expect(p.bulan).toBe(7);
    expect(p.akTahun).toBeCloseTo(7.2917, 4);
  });
});

describe('cumulative AK and thresholds', () => {
  it('integrasi counts toward the first threshold (50 for the next pangkat of Ahli Pertama III/a)', () => {
    const k = satu([{}], { integrasi: 30 }).akumulasi;
    expect(k).toMatchObject({
      integrasi: 30,
      pangkat: 42.5,
      ambangPangkat: 50,
      kurangPangkat: 7.5,
      jenjang: 42.5,
      ambangJenjang: 100,
      kurangJenjang: 57.5,
      pengembanganWajib: false,
    });
    expect(satu([{}], { integrasi: 40 }).akumulasi.kurangPangkat).toBe(0);
  });
  it('a mid-year promotion splits the year; the excess over the pangkat threshold carries on', () => {
    const p = satu(
      [
        { golongan: 'III/a', dari: '2025-01', sampai: '2025-06', predikat: 'Sangat Baik' },
        { golongan: 'III/b', dari: '2025-07', sampai: '2025-12', predikat: 'Baik' },
      ],
      { integrasi: 45 },
    );
    expect(p.periode.map((x) => x.ak)).toEqual([9.375, 6.25]);
    expect(p.periode[1]!.kenaikan).toBe('pangkat');
    expect(p.akTahun).toBe(15.625);
    // III/b is the top of Ahli Pertama: the next step is Ahli Muda, 100 cumulative.
    expect(p.akumulasi).toMatchObject({
      ambangPangkat: 100,
      jenjang: 60.625,
      kurangJenjang: 39.375,
    });
  });
  it('professional development is required for the move to Penyelia, Ahli Madya, Ahli Utama', () => {
    expect(satu([{ jenjang: 'ahli-muda', golongan: 'III/d' }]).akumulasi.pengembanganWajib).toBe(
      true,
    );
    expect(satu([{ jenjang: 'mahir', golongan: 'III/b' }]).akumulasi.pengembanganWajib).toBe(true);
    expect(satu([{ jenjang: 'terampil', golongan: 'II/d' }]).akumulasi.pengembanganWajib).toBe(
      false,
    );
    expect(satu([{ jenjang: 'ahli-utama', golongan: 'IV/e' }]).akumulasi).toMatchObject({
      ambangJenjang: null,
      jenjangBerikut: null,
    });
  });
});

// ---- the command, in a temporary folder ----

let dir: string;
const cap = () => {
  let s = '';
  return {
    write: (x: string) => ((s += x), true),
    get text() {
      return s;
    },
  };
};
async function lembaga(args: string[]) {
  const stdout = cap();
  const stderr = cap();
  const code = await run(args, {
    stdout,
    stderr,
    env: { LANG: 'id_ID.UTF-8' },
    cwd: dir,
    stdinIsTTY: false,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
const EX = (f: string) =>
  new URL(`../../examples/balai-rehsos-sentosa/kredit/${f}`, import.meta.url);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'konversi-'));
  mkdirSync(path.join(dir, 'kredit'));
  copyFileSync(EX('2025.yaml'), path.join(dir, 'kredit', '2025.yaml'));
  copyFileSync(EX('2022.yaml'), path.join(dir, 'kredit', '2022.yaml'));
});

const yaml = (tahun: number, periode: string) =>
  `versi: 2\ntahun: ${tahun}\npegawai:\n  - staf: ps-01\n    periode:\n${periode}`;
const per = (o: Record<string, string>) =>
  '      - ' +
  Object.entries({
    jenjang: 'ahli-pertama',
    golongan: 'III/a',
    dari: '2025-01',
    sampai: '2025-12',
    predikat: 'Baik',
    ...o,
  })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n        ') +
  '\n';

describe('lembaga angka-kredit --tahun 2025 (conversion)', () => {
  it('json: the worked example as a kepegawaian officer computes it; NIP masked', async () => {
    const r = await lembaga([
      'angka-kredit',
      '--tahun',
      '2025',
      '--format',
      'json',
      '--tanggal',
      '2026-01-10',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.metode).toBe('konversi-predikat-kinerja');
    const by = Object.fromEntries(doc.pegawai.map((p: { staf: string }) => [p.staf, p]));
    expect(by['ps-01'].akTahun).toBe(12.5);
    expect(by['ps-01'].akumulasi.pangkat).toBe(42.5);
    expect(by['ps-02'].periode.map((x: { ak: number }) => x.ak)).toEqual([18.75, 12.5]);
    expect(by['ps-03'].akTahun).toBe(18.75);
    expect(by['ps-01'].nip).toBe('1990***********001');
    expect(r.stderr).toContain(
      'Angka kredit 2025 dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023), bukan butir kegiatan 2020.',
    );
    const shown = JSON.parse(
      (await lembaga(['angka-kredit', '--tahun', '2025', '--format', 'json', '--tampilkan-nik']))
        .stdout,
    );
    expect(shown.pegawai[0].nip).toBe('199001152015032001');
  });
  it('the pre-2023 year of the same folder still runs by the 2020 method', async () => {
    const r = await lembaga(['angka-kredit', '--tahun', '2022', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.ruleset.id).toBe('permenpanrb-2020-jf-peksos');
    expect(doc.pegawai.find((p: { staf: string }) => p.staf === 'ps-01').diakui.utama).toBe(15.6);
    expect(r.stderr).not.toContain('konversi predikat kinerja');
  });
  it('xlsx: "Konversi" and "Akumulasi" sheets read back cell by cell', async () => {
    const r = await lembaga([
      'angka-kredit',
      '--tahun',
      '2025',
      '--format',
      'xlsx',
      '-o',
      'ak.xlsx',
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'ak.xlsx'));
    const k = wb.getWorksheet('Konversi')!;
    expect(String(k.getCell('A1').value)).toContain('KONVERSI PREDIKAT KINERJA KE ANGKA KREDIT');
    expect(k.getCell('A5').value).toBe('ps-01');
    expect(k.getCell('B5').value).toBe('1990***********001');
    expect(k.getCell('G5').value).toBe('Baik');
    expect(k.getCell('J5').value).toBe(12.5);
    expect(k.getCell('J6').value).toBe(18.75);
    const a = wb.getWorksheet('Akumulasi')!;
    expect(String(a.getCell('A1').value)).toContain('AKUMULASI ANGKA KREDIT');
    expect(a.getCell('F5').value).toBe(30); // integrasi
    expect(a.getCell('H5').value).toBe(42.5);
    expect(a.getCell('I5').value).toBe(50);
    expect(a.getCell('J5').value).toBe(7.5);
  });
  it('the thresholds table overridden from the folder, and the override named', async () => {
    writeFileSync(
      path.join(dir, 'kredit', 'tabel-konversi.yaml'),
      'sumber: Koreksi BKN contoh\nambang:\n  ahli-pertama:\n    pangkat: 60\n',
    );
    const r = await lembaga(['angka-kredit', '--tahun', '2025', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.pegawai[0].akumulasi.ambangPangkat).toBe(60);
    expect(doc.pegawai[0].akumulasi.kurangPangkat).toBe(17.5);
    expect(doc.tabel.override).toEqual({
      file: 'kredit/tabel-konversi.yaml',
      sumber: 'Koreksi BKN contoh',
      bagian: ['ambang'],
    });
    const teks = await lembaga(['angka-kredit', '--tahun', '2025']);
    expect(teks.stdout).toContain('Tabel diganti dari kredit/tabel-konversi.yaml (ambang)');
    expect(teks.stdout).toContain('kredit/tabel-konversi.yaml (Koreksi BKN contoh)');
  });
  it('a --kosong template for 2025 is the conversion form and reads back', async () => {
    writeFileSync(
      path.join(dir, 'lembaga.yaml'),
      'lembaga: { nama: X, jenis: balai, kepemilikan: pemerintah-pusat }\nlayanan: { rehabilitasi: {} }\nstaf:\n  - { id: ps-01, nama: A, peran: pekerja-sosial, layanan: [rehabilitasi], asn: { nip: "199001152015032001", kategori: keahlian, jenjang: ahli-pertama, golongan: III/a } }\n',
    );
    expect((await lembaga(['angka-kredit', '--kosong', '--tahun', '2026'])).code).toBe(0);
    const file = path.join(dir, 'kredit', '2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Periode')!;
    expect(ws.getCell('A2').value).toBe('ps-01');
    ws.getCell('G2').value = 'Sangat Baik';
    await wb.xlsx.writeFile(file);
    const r = await lembaga(['angka-kredit', '--tahun', '2026', '--format', 'json']);
    expect(JSON.parse(r.stdout).pegawai[0].akTahun).toBe(18.75);
    // an unknown rating in Excel points at its cell
    ws.getCell('G2').value = 'Istimewa';
    await wb.xlsx.writeFile(file);
    const bad = JSON.parse(
      (await lembaga(['angka-kredit', '--tahun', '2026', '--format', 'json'])).stdout,
    );
    const f = bad.pegawai[0].findings.find((x: { rule: string }) => x.rule === 'konversi-predikat');
    expect(f).toMatchObject({ sheet: 'Periode', cell: 'G2' });
  });
});

describe('the switch at 1 January 2023', () => {
  it('a 2023 log in the old form gets a message naming the method and how to convert', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2023.yaml'),
      'tahun: 2023\npegawai:\n  - staf: ps-01\n    kategori: keahlian\n    jenjang: ahli-pertama\n    kegiatan:\n      - { uraian: a, unsur: utama, nilai: 13 }\n',
    );
    const r = await lembaga(['angka-kredit', '--tahun', '2023', '--format', 'json']);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).findings.find(
      (x: { rule: string }) => x.rule === 'kredit-metode',
    );
    expect(f.message).toContain('PermenPANRB 1/2023');
    expect(f.hint).toContain('--kosong --tahun 2023');
    expect(f).toMatchObject({ file: 'kredit/2023.yaml', line: 1 });
  });
  it('a 2022 log in the conversion form is refused the same way', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2022.yaml'),
      yaml(2022, per({ dari: '2022-01', sampai: '2022-12' })),
    );
    const r = await lembaga(['angka-kredit', '--tahun', '2022', '--format', 'json']);
    expect(r.code).toBe(1);
    const f = JSON.parse(r.stdout).findings.find(
      (x: { rule: string }) => x.rule === 'kredit-metode',
    );
    expect(f.message).toContain('1 Januari 2023');
  });
  it('aturan lists different credit rulesets in force on 2022-06-30 and 2026-12-01', async () => {
    const a = JSON.parse(
      (await lembaga(['aturan', '--format', 'json', '--tanggal', '2022-06-30'])).stdout,
    );
    const b = JSON.parse(
      (await lembaga(['aturan', '--format', 'json', '--tanggal', '2026-12-01'])).stdout,
    );
    type R = { id: string; regulasi: { id: string; status: string; area: string[] } | null };
    const kredit = (d: R[]) => [
      ...new Set(
        d
          .filter((r) => r.regulasi?.area.includes('kredit') && r.regulasi.status === 'berlaku')
          .map((r) => r.regulasi!.id),
      ),
    ];
    expect(kredit(a)).toEqual(['permenpanrb-2020-jf-peksos']);
    expect(kredit(b)).toEqual(['permenpanrb-2020-jf-peksos', 'permenpanrb-1-2023-konversi']);
    const r2020 = b.find((r: R) => r.regulasi?.id === 'permenpanrb-2020-jf-peksos').regulasi;
    expect(r2020.berlaku).toBe('2020-05-27');
    expect(r2020.digantikan[0]).toMatchObject({
      oleh: 'permenpanrb-1-2023-konversi',
      sejak: '2023-01-01',
      berlakuPadaTanggal: true,
    });
    const r2022 = a.find((r: R) => r.regulasi?.id === 'permenpanrb-2020-jf-peksos').regulasi;
    expect(r2022.digantikan[0].berlakuPadaTanggal).toBe(false);
    const teks22 = (await lembaga(['aturan', '--tanggal', '2022-06-30'])).stdout;
    const teks26 = (await lembaga(['aturan', '--tanggal', '2026-12-01'])).stdout;
    expect(teks22).not.toContain('konversi-predikat');
    expect(teks26).toContain('konversi-predikat');
    expect(teks26).toMatch(
      /Bagian yang sudah diganti:\n.*Pasal 24–43.*PermenPANRB 1\/2023; PerBKN 3\/2023 sejak 2023-01-01/,
    );
  });
});

describe('bad input: located Indonesian errors', () => {
  const cek = async (periode: string, rule: string, line: number, pesan: RegExp) => {
    writeFileSync(path.join(dir, 'kredit', '2025.yaml'), yaml(2025, periode));
    const r = await lembaga(['angka-kredit', '--tahun', '2025', '--format', 'json']);
    expect(r.code).toBe(1);
    const all = JSON.parse(r.stdout).pegawai.flatMap((p: { findings: unknown[] }) => p.findings);
    const f = all.find(
      (x: { rule: string; message: string }) => x.rule === rule && pesan.test(x.message),
    );
    expect(f).toBeDefined();
    expect(f.file).toBe('kredit/2025.yaml');
    expect(f.line).toBe(line);
    expect(f.message).toMatch(pesan);
  };
  it('an unknown rating', () =>
    cek(
      per({ predikat: 'Istimewa' }),
      'konversi-predikat',
      10,
      /predikat kinerja 'Istimewa' tidak dikenal/,
    ));
  it('a period outside the year', () =>
    cek(per({ dari: '2024-07' }), 'konversi-periode', 8, /bulan 2024-07 di luar tahun log 2025/));
  it('overlapping periods', () =>
    cek(
      per({ sampai: '2025-06' }) + per({ dari: '2025-04' }),
      'konversi-periode',
      13,
      /tumpang tindih/,
    ));
  it('more than 12 months in all', () =>
    cek(
      per({ sampai: '2025-06' }) + per({ dari: '2025-04' }),
      'konversi-periode',
      5,
      /periode setahun berjumlah 15 bulan; paling banyak 12/,
    ));
  it('a jenjang that does not match the golongan', () =>
    cek(
      per({ golongan: 'IV/a' }),
      'konversi-jenjang-golongan',
      7,
      /golongan IV\/a tidak sesuai jenjang ahli-pertama \(rentang III\/a–III\/b\)/,
    ));
});
