/**
 * `lembaga angka-kredit` in-process, in a temporary lembaga folder: text, JSON
 * and Excel outputs with hand-computed totals (the Excel file is read back cell
 * by cell), the empty template round trip, and the exit codes.
 */
import { FINDING_FIELDS } from '../../src/core/finding.js';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli.js';

const EXAMPLE = new URL('../../examples/balai-rehsos-sentosa/kredit/2022.yaml', import.meta.url);

const LEMBAGA_YAML = `lembaga:
  nama: Balai Uji
  jenis: balai
  kepemilikan: pemerintah-pusat
layanan:
  rehabilitasi: {}
staf:
  - id: ps-01
    nama: Satu
    peran: pekerja-sosial
    layanan: [rehabilitasi]
    asn: { nip: "199001152015032001", kategori: keahlian, jenjang: ahli-pertama, pangkat: Penata Muda, golongan: III/a }
    organisasiProfesi: { nama: IPSPI }
  - id: ps-02
    nama: Dua
    peran: supervisor
    layanan: [rehabilitasi]
    organisasiProfesi: { nama: IPSPI }
    pelatihan: [{ judul: Supervisi, tahun: 2021 }]
  - id: ps-03
    nama: Tiga
    peran: pekerja-sosial
    layanan: [rehabilitasi]
    organisasiProfesi: { nama: IPSPI }
    pelatihan: [{ judul: Asesmen, tahun: 2021 }]
`;

let dir: string;

function cap() {
  let s = '';
  return {
    write: (x: string) => ((s += x), true),
    get text() {
      return s;
    },
  };
}

async function lembaga(args: string[], cwd = dir) {
  const stdout = cap();
  const stderr = cap();
  const code = await run(args, {
    stdout,
    stderr,
    env: { LANG: 'id_ID.UTF-8' },
    cwd,
    stdinIsTTY: false,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kredit-'));
  writeFileSync(path.join(dir, 'lembaga.yaml'), LEMBAGA_YAML);
  mkdirSync(path.join(dir, 'kredit'));
  copyFileSync(EXAMPLE, path.join(dir, 'kredit', '2022.yaml'));
});

describe('lembaga angka-kredit on the example log', () => {
  it('json: hand-computed totals per worker', async () => {
    const r = await lembaga(['angka-kredit', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    const by = Object.fromEntries(doc.pegawai.map((p: { staf: string }) => [p.staf, p]));
    // ps-01: 0.5 × 28 + 80 % × (1 × 2) = 15.6; penunjang 2 under the cap of 20 % × 50 = 10.
    expect(by['ps-01'].diakui).toEqual({
      utama: 15.6,
      penunjang: 2,
      'pengembangan-profesi': 0,
      total: 17.6,
    });
    expect(by['ps-01'].selisihTarget).toBe(3.1);
    // ps-02: 40 → 37.5 (150 % × 25); 50 % × 6 + 40 % × 4 = 4.6; penunjang 12 → 20 % × 100 − 15 = 5.
    expect(by['ps-02'].diakui).toEqual({
      utama: 37.5,
      penunjang: 5,
      'pengembangan-profesi': 4.6,
      total: 47.1,
    });
    expect(by['ps-02'].kumulatif.total).toBe(167.1);
    // ps-03: Penyelia at top pangkat: target 10; 0.75 × 12 = 9, the task below without assignment earns 0.
    expect(by['ps-03'].target).toEqual({
      nilai: 10,
      bagian: 'Pasal 27 ayat 2',
      dasar: 'pasal-27-pangkat-tertinggi',
    });
    expect(by['ps-03'].diakui.utama).toBe(9);
    expect(by['ps-03'].selisihTarget).toBe(-1);
    expect(doc.summary).toMatchObject({ pegawai: 3, memenuhi: 2, kurang: 1 });
    const rules = doc.pegawai
      .flatMap((p: { findings: { rule: string }[] }) => p.findings.map((f) => f.rule))
      .sort();
    expect(rules).toEqual([
      'kredit-batas-capaian',
      'kredit-batas-penunjang',
      'kredit-ijazah-keterampilan',
      'kredit-kumulatif-kenaikan',
      'kredit-penugasan-tingkat',
      'kredit-target-pasal-27',
    ]);
    const f = doc.pegawai[2].findings.find(
      (x: { rule: string }) => x.rule === 'kredit-penugasan-tingkat',
    );
    expect(f).toMatchObject({
      file: 'kredit/2022.yaml',
      path: '/pegawai/2/kegiatan/1/penugasanTertulis',
      ref: 'PermenPANRB 2020 JF Pekerja Sosial Pasal 10',
    });
    expect(f.line).toBeGreaterThan(1);
    for (const key of FINDING_FIELDS) expect(f).toHaveProperty(key);
  });

  it('teks: summary table within 80 columns, no NIP in clear, decimal comma', async () => {
    const r = await lembaga(['angka-kredit']);
    expect(r.code).toBe(1);
    for (const line of r.stdout.split('\n'))
      if (/^[┌│├└]/.test(line)) expect(line.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('15,6');
    expect(r.stdout).toContain('KURANG');
    expect(r.stdout).not.toContain('199001152015032001');
    expect(r.stdout).not.toMatch(/\u001b\[/);
    expect(r.stdout).toContain('3 pegawai: 2 memenuhi target, 1 kurang');
  });

  it('xlsx: summary and per-worker sheets read back cell by cell', async () => {
    const out = path.join(dir, 'pak.xlsx');
    const r = await lembaga(['angka-kredit', '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Ringkasan',
      'ps-01',
      'ps-02',
      'ps-03',
      'Temuan',
    ]);
    const sum = wb.getWorksheet('Ringkasan')!;
    expect(sum.getRow(3).getCell(2).value).toBe('Id staf');
    const row = (n: number) => (sum.getRow(n).values as unknown[]).slice(1);
    expect(row(4).slice(0, 14)).toEqual([
      1,
      'ps-01',
      '199001152015032001',
      'keahlian',
      'Pekerja Sosial Ahli Pertama',
      'III/a',
      12.5,
      'Pasal 26 ayat 3 huruf a',
      16,
      15.6,
      2,
      0,
      17.6,
      3.1,
    ]);
    expect(row(5).slice(8, 14)).toEqual([40, 37.5, 5, 4.6, 47.1, 12.5]);
    expect(row(6).slice(6, 15)).toEqual([10, 'Pasal 27 ayat 2', 11, 9, 0, 0, 9, -1, 'KURANG']);
    const ws = wb.getWorksheet('ps-02')!;
    const label = (l: string) => {
      let v: unknown;
      ws.eachRow((r) => {
        if (r.getCell(1).value === l && v === undefined) v = r.getCell(2).value;
      });
      return v;
    };
    expect(label('Target')).toBe(25);
    expect(label('Batas diakui (150 %)')).toBe(37.5);
    expect(label('Unsur utama diakui')).toBe(37.5);
    expect(label('Total diakui')).toBe(47.1);
    expect(label('NIP')).toBe('198204102008011002');
    // The trace: the five steps in order, with what each took away.
    const steps: unknown[][] = [];
    ws.eachRow((r) => {
      if (
        typeof r.getCell(2).value === 'string' &&
        /^Pasal (11|40|37|29)/.test(r.getCell(2).value as string)
      )
        steps.push([r.getCell(2).value, r.getCell(6).value, r.getCell(7).value]);
    });
    expect(steps).toEqual([
      ['Pasal 11 ayat 1', 62, 0],
      ['Pasal 40 ayat 1', 56.6, -5.4],
      ['Pasal 37 ayat 2', 49.6, -7],
      ['Pasal 29 ayat 2', 47.1, -2.5],
    ]);
    const tem = wb.getWorksheet('Temuan')!;
    expect(tem.rowCount).toBe(7);
  });

  it('refuses to overwrite without --timpa (exit 2)', async () => {
    const out = path.join(dir, 'pak.xlsx');
    writeFileSync(out, 'x');
    const r = await lembaga(['angka-kredit', '--format', 'xlsx', '-o', out]);
    expect(r.code).toBe(2);
    expect((await lembaga(['angka-kredit', '--format', 'xlsx', '-o', out, '--timpa'])).code).toBe(
      1,
    );
  });
});

describe('exit codes and usage', () => {
  it('0 when every target is met and there is no error', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2022.yaml'),
      `tahun: 2022\npegawai:\n  - staf: ps-01\n    kategori: keahlian\n    jenjang: ahli-pertama\n    kegiatan:\n      - { uraian: a, unsur: utama, nilai: 13 }\n`,
    );
    const r = await lembaga(['angka-kredit']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('2 for a missing folder, a folder without kredit/, a bad or absent --tahun', async () => {
    expect((await lembaga(['angka-kredit', 'tidak-ada'])).code).toBe(2);
    const empty = mkdtempSync(path.join(tmpdir(), 'kosong-'));
    const r = await lembaga(['angka-kredit', empty]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kosong');
    expect((await lembaga(['angka-kredit', '--tahun', '24'])).code).toBe(2);
    const y = await lembaga(['angka-kredit', '--tahun', '2019']);
    expect(y.code).toBe(2);
    expect(y.stderr).toContain('2022');
  });

  it('latest year by default; --tahun picks another', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2021.yaml'),
      `tahun: 2021\npegawai:\n  - staf: ps-01\n    kategori: keahlian\n    jenjang: ahli-pertama\n    kegiatan:\n      - { uraian: a, unsur: utama, nilai: 13 }\n`,
    );
    expect(JSON.parse((await lembaga(['angka-kredit', '--format', 'json'])).stdout).tahun).toBe(
      2022,
    );
    const r = await lembaga(['angka-kredit', '--format', 'json', '--tahun', '2021']);
    expect(JSON.parse(r.stdout).tahun).toBe(2021);
    expect(r.code).toBe(0);
  });

  it('broken YAML is a located parse-error finding, exit 1, no stack', async () => {
    writeFileSync(path.join(dir, 'kredit', '2022.yaml'), 'tahun: 2022\npegawai: [\n');
    const r = await lembaga(['angka-kredit', '--format', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.findings[0]).toMatchObject({
      rule: 'parse-error',
      severity: 'error',
      file: 'kredit/2022.yaml',
    });
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a schema error points at its line; an unquoted NIP is flagged', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2022.yaml'),
      `tahun: 2022\npegawai:\n  - staf: ps-01\n    nip: 199001152015032001\n    kategori: keahlian\n    jenjang: ahli-pertma\n    kegiatan: []\n`,
    );
    const doc = JSON.parse((await lembaga(['angka-kredit', '--format', 'json'])).stdout);
    const schema = doc.findings.find((f: { rule: string }) => f.rule === 'schema');
    expect(schema).toMatchObject({ line: 6, path: '/pegawai/0/jenjang' });
    expect(schema.message).toContain('ahli-pertama');
    expect(
      doc.findings.some(
        (f: { rule: string; value: string }) =>
          f.rule === 'nip-teks' && f.value === '199001152015032001',
      ),
    ).toBe(true);
  });

  it('an unknown staff id is an error when lembaga.yaml is there', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2022.yaml'),
      `tahun: 2022\npegawai:\n  - staf: ps-77\n    kategori: keahlian\n    jenjang: ahli-pertama\n    kegiatan:\n      - { uraian: a, unsur: utama, nilai: 13 }\n`,
    );
    const r = await lembaga(['angka-kredit', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).pegawai[0].findings[0]).toMatchObject({
      rule: 'kredit-pegawai-terdaftar',
      line: 3,
    });
  });
});

describe('Excel log: template (--kosong) and round trip', () => {
  it('writes kredit/<tahun>.xlsx pre-filled with the civil servants; filled in, it is computed like YAML', async () => {
    const r = await lembaga(['angka-kredit', '--kosong', '--tahun', '2021']);
    expect(r.code).toBe(0);
    const file = path.join(dir, 'kredit', '2021.xlsx');
    expect(existsSync(file)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Petunjuk', 'Pegawai', 'Kegiatan', 'Ambang']);
    const peg = wb.getWorksheet('Pegawai')!;
    expect(peg.getCell('A1').value).toBe('Id staf');
    // Only ps-01 has asn data in lembaga.yaml.
    expect([
      peg.getCell('A2').value,
      peg.getCell('B2').value,
      peg.getCell('D2').value,
      peg.getCell('F2').value,
    ]).toEqual(['ps-01', '199001152015032001', 'ahli-pertama', 'III/a']);
    expect(peg.getCell('A3').value).toBeNull();
    expect(peg.getCell('C2').value).toBe('keahlian');
    expect(peg.getCell('B5').numFmt).toBe('@');
    // Fill in like a user would: activities, a threshold, a yes/no.
    peg.getCell('G2').value = 'S1';
    const keg = wb.getWorksheet('Kegiatan')!;
    // Typed into the rows under the header, as a user does (the template's dropdowns reach row 2000).
    keg.getRow(2).values = ['ps-01', 'Asesmen', 'utama', 0.5, 30];
    keg.getRow(3).values = [
      'ps-01',
      'Tugas Ahli Muda',
      'utama',
      1,
      5,
      null,
      null,
      'satu-tingkat-di-atas',
      'ya',
    ];
    keg.getRow(4).values = [
      'ps-01',
      'Artikel',
      'pengembangan-profesi',
      2,
      1,
      null,
      null,
      null,
      null,
      'pembantu',
      4,
    ];
    keg.getRow(5).values = ['ps-01', 'Pengajar', 'penunjang', 15];
    keg.getRow(6).values = ['ps-99', 'Salah', 'utama', 1];
    wb.getWorksheet('Ambang')!.getRow(2).values = ['III/a', 'S1', null, 50];
    await wb.xlsx.writeFile(file);

    const out = await lembaga(['angka-kredit', '--format', 'json', '--tahun', '2021']);
    const doc = JSON.parse(out.stdout);
    const p = doc.pegawai[0];
    // 0.5 × 30 + 80 % × 5 = 19 → capped at 18.75; 20 % × 2 = 0.4; penunjang 15 → 10.
    expect(p.diakui).toEqual({
      utama: 18.75,
      penunjang: 10,
      'pengembangan-profesi': 0.4,
      total: 29.15,
    });
    const orphan = doc.findings.find((f: { rule: string }) => f.rule === 'schema');
    expect(orphan).toMatchObject({ sheet: 'Kegiatan', cell: 'A6', row: 6 });
    const capFinding = p.findings.find(
      (f: { rule: string }) => f.rule === 'kredit-batas-penunjang',
    );
    expect(capFinding.sheet).toBe('Pegawai');
    expect(out.code).toBe(1);
  });

  it('an NIP typed as a number in Excel is reported at its cell', async () => {
    await lembaga(['angka-kredit', '--kosong', '--tahun', '2021']);
    const file = path.join(dir, 'kredit', '2021.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    wb.getWorksheet('Pegawai')!.getCell('B2').value = 199001152015032000;
    await wb.xlsx.writeFile(file);
    const doc = JSON.parse(
      (await lembaga(['angka-kredit', '--format', 'json', '--tahun', '2021'])).stdout,
    );
    expect(doc.findings.find((f: { rule: string }) => f.rule === 'nip-teks')).toMatchObject({
      sheet: 'Pegawai',
      cell: 'B2',
    });
  });
});

describe('an unfilled template and a year still running (review fixes)', () => {
  it('a --kosong template for next year neither takes over the default year nor counts as a shortfall', async () => {
    // ps-01 in the 2022 example meets its target; with lembaga.yaml ps-01 has asn data.
    // The year after 2022 is 2023: its template is the conversion form (PermenPANRB 1/2023).
    const before = await lembaga(['angka-kredit', '--format', 'json']);
    expect((await lembaga(['angka-kredit', '--kosong', '--tahun', '2023'])).code).toBe(0);
    const after = await lembaga(['angka-kredit', '--format', 'json']);
    expect(JSON.parse(after.stdout).tahun).toBe(2022);
    expect(after.code).toBe(before.code);
    expect(after.stderr).toContain('Log tahun 2023 belum berisi kegiatan');
    // Asked for explicitly: every period without a rating is "belum diisi", an info each, exit 0.
    const y = await lembaga(['angka-kredit', '--format', 'json', '--tahun', '2023']);
    const doc = JSON.parse(y.stdout);
    expect(doc.summary).toMatchObject({ pegawai: 1, errors: 0, infos: 1 });
    expect(doc.pegawai[0].findings[0]).toMatchObject({
      rule: 'konversi-predikat',
      severity: 'info',
    });
    expect(doc.pegawai[0].findings[0].message).toContain('belum diisi');
    expect(y.code).toBe(0);
    // validasi: only infos from the template.
    const v = JSON.parse(
      (await lembaga(['validasi', '--format', 'json', '--tanggal', '2026-01-15'])).stdout,
    );
    const dariTemplat = v.findings.filter((f: { file: string }) => f.file === 'kredit/2023.xlsx');
    expect(dariTemplat.map((f: { severity: string }) => f.severity)).toEqual(['info']);
  });

  it('a shortfall in a year not yet over is an info ("tahun berjalan"); after 31 December an error', async () => {
    writeFileSync(
      path.join(dir, 'kredit', '2021.yaml'),
      `tahun: 2021\npegawai:\n  - staf: ps-01\n    nip: "199001152015032001"\n    kategori: keahlian\n    jenjang: ahli-pertama\n    kegiatan:\n      - { uraian: a, unsur: utama, nilai: 5 }\n`,
    );
    const jalan = JSON.parse(
      (await lembaga(['validasi', '--format', 'json', '--tanggal', '2021-06-30'])).stdout,
    ).findings.filter(
      (f: { rule: string; file: string }) =>
        f.rule === 'kredit-target-tahunan' && f.file === 'kredit/2021.yaml',
    );
    expect(jalan).toHaveLength(1);
    expect(jalan[0].severity).toBe('info');
    expect(jalan[0].message).toContain('masih berjalan');
    const lewat = JSON.parse(
      (await lembaga(['validasi', '--format', 'json', '--tanggal', '2022-01-02'])).stdout,
    ).findings.filter(
      (f: { rule: string; file: string }) =>
        f.rule === 'kredit-target-tahunan' && f.file === 'kredit/2021.yaml',
    );
    expect(lewat.map((f: { severity: string }) => f.severity)).toEqual(['error']);
  });
});
