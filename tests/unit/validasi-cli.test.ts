// The validasi command in-process: formats, options, exit codes, locations of schema and YAML errors.
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli.js';
import { capture } from '../helpers/patch.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';
import { FINDING_FIELDS } from '../../src/core/finding.js';

async function cli(args: string[], cwd = path.dirname(EXAMPLES)) {
  const stdout = capture();
  const stderr = capture();
  const code = await run(args, { stdout, stderr, env: { NO_COLOR: '1' }, cwd, stdinIsTTY: false });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

function tempLembaga(mutate: (yaml: string) => string): string {
  const d = mkdtempSync(path.join(tmpdir(), 'lembaga-v-'));
  cpSync(path.join(EXAMPLES, 'lks-harapan-bunda'), d, { recursive: true });
  const f = path.join(d, 'lembaga.yaml');
  writeFileSync(f, mutate(readFileSync(f, 'utf8')));
  return d;
}

const LINE = (yaml: string, needle: string) =>
  yaml.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('validasi: locations users can act on', () => {
  it('an unknown key gets "did you mean" at the key, reported once (the rules read it as meant)', async () => {
    const d = tempLembaga((y) => y.replace('  pertemuanBerkala:', '  pertemuanBerkal:'));
    const r = await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(j.findings).toHaveLength(1);
    const y = readFileSync(path.join(d, 'lembaga.yaml'), 'utf8');
    expect(j.findings[0]).toMatchObject({
      rule: 'schema',
      line: LINE(y, 'pertemuanBerkal:'),
      column: 3,
      message: expect.stringMatching(/Maksud Anda "pertemuanBerkala"/),
    });
    expect(r.code).toBe(1);
  });
  it('a wrong value type and an impossible date are plain-language errors at their value', async () => {
    const d = tempLembaga((y) =>
      y
        .replace('pengalamanTahun: 14', 'pengalamanTahun: empat belas')
        .replace('berlakuSampai: 2029-01-31', 'berlakuSampai: 2029-02-30'),
    );
    const j = JSON.parse(
      (await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--format', 'json'])).stdout,
    );
    const msgs = j.findings
      .filter((f: { rule: string }) => f.rule === 'schema')
      .map((f: { message: string }) => f.message);
    expect(msgs).toContainEqual(
      expect.stringMatching(/pengalamanTahun harus berupa angka, tetapi tertulis teks/),
    );
    expect(msgs).toContainEqual(expect.stringMatching(/Tanggal "2029-02-30".*tidak sah/));
    for (const f of j.findings) expect(f.line).toBeGreaterThan(1);
  });
  it('a YAML syntax error is a parse-error finding at its line', async () => {
    const d = tempLembaga((y) =>
      y.replace('  nama: LKS Anak Harapan Bunda', '  nama: "LKS Anak Harapan Bunda'),
    );
    const r = await cli(['validasi', d, '--format', 'json']);
    const j = JSON.parse(r.stdout);
    expect(r.code).toBe(1);
    expect(j.findings[0]).toMatchObject({ rule: 'parse-error', severity: 'error' });
    expect(j.findings[0].line).toBeGreaterThanOrEqual(5);
  });
  it('an unquoted NIK-like identifier keeps its digits and is flagged', async () => {
    const d = tempLembaga((y) => y);
    const reg = path.join(d, 'register/register-2026.yaml');
    writeFileSync(
      reg,
      readFileSync(reg, 'utf8').replace('nik: "3273064905120002"', 'nik: 9171012345678901'),
    );
    const j = JSON.parse(
      (await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--format', 'json', '--tampilkan-nik']))
        .stdout,
    );
    const f = j.findings.find((x: { rule: string }) => x.rule === 'nik-teks');
    expect(f.value).toBe('9171012345678901');
    expect(f.severity).toBe('warning');
  });
});

describe('validasi: formats and options', () => {
  const failing = path.join(EXAMPLES, 'balai-rehsos-sentosa');
  it('teks groups per file and closes with a summary; exit 1 on errors', async () => {
    const r = await cli(['validasi', failing, '--tanggal', TANGGAL_UJI]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/lembaga\.yaml\n/);
    expect(r.stdout).toMatch(/✖ \d+ berkas, 6 kasus: \d+ galat/);
  });
  it('markdown, github and sarif', async () => {
    const md = await cli(['validasi', failing, '--tanggal', TANGGAL_UJI, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# Hasil pemeriksaan lembaga/);
    expect(md.stdout).toMatch(/\| `supervisor-pendidikan` \|/);
    const gh = await cli(['validasi', failing, '--tanggal', TANGGAL_UJI, '--format', 'github']);
    expect(gh.stdout).toMatch(
      /^::error file=examples\/balai-rehsos-sentosa\/lembaga\.yaml,line=194,col=28,title=supervisor-pendidikan::/m,
    );
    const sarif = JSON.parse(
      (await cli(['validasi', failing, '--tanggal', TANGGAL_UJI, '--format', 'sarif'])).stdout,
    );
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(5);
  });
  it('--maks-peringatan turns warnings into exit 1', async () => {
    const d = tempLembaga((y) => y.replace('  penjelasanKlien: true', '  penjelasanKlien: false'));
    expect((await cli(['validasi', d, '--tanggal', TANGGAL_UJI])).code).toBe(0);
    expect(
      (await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--maks-peringatan', '0'])).code,
    ).toBe(1);
    expect(
      (await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--maks-peringatan', 'x'])).code,
    ).toBe(2);
  });
  it('xlsx: a compliance matrix of every rule against every service, read back cell by cell', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'lembaga-x-')), 'kepatuhan.xlsx');
    const r = await cli([
      'validasi',
      failing,
      '--tanggal',
      TANGGAL_UJI,
      '--format',
      'xlsx',
      '-o',
      out,
    ]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Matriks Kepatuhan')!;
    const header = (ws.getRow(4).values as unknown[]).slice(1);
    expect(header.slice(2, 7)).toEqual([
      'A · pencegahan',
      'B · perlindungan',
      'C · rehabilitasi',
      'D · pemberdayaan',
      'E · pengembangan',
    ]);
    const rowOf = (id: string) => {
      for (let i = 5; i <= ws.rowCount; i++)
        if (ws.getRow(i).getCell(1).value === id) return ws.getRow(i);
      throw new Error(id);
    };
    expect(rowOf('supervisor-pendidikan').getCell(5).value).toBe('gagal (1)');
    expect(rowOf('supervisor-pendidikan').getCell(3).value).toBe('tidak berlaku');
    expect(rowOf('kode-etik').getCell(5).value).toBe('lulus');
    expect(rowOf('tarif-matriks-lengkap').getCell(6).value).toBe('gagal (4)');
    expect(wb.getWorksheet('Temuan')!.rowCount).toBeGreaterThan(10);
    // Never overwritten without --timpa.
    const again = await cli(['validasi', failing, '--format', 'xlsx', '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--timpa/);
  });
  it('-o - writes to standard output', async () => {
    const r = await cli([
      'validasi',
      failing,
      '--tanggal',
      TANGGAL_UJI,
      '--format',
      'json',
      '-o',
      '-',
    ]);
    expect(JSON.parse(r.stdout).summary.errors).toBeGreaterThan(10);
    expect(existsSync(path.join(path.dirname(EXAMPLES), '-'))).toBe(false);
  });
  it('ignores in lembaga.yaml move findings to "suppressed" with their reason', async () => {
    const d = tempLembaga(
      (y) =>
        y.replace('  penjelasanKlien: true', '  penjelasanKlien: false') +
        '\naturan:\n  abaikan:\n    - aturan: penjelasan-keselamatan-klien\n      alasan: Papan protokol sedang dicetak ulang\n',
    );
    const j = JSON.parse(
      (await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--format', 'json'])).stdout,
    );
    expect(j.findings).toEqual([]);
    expect(j.suppressed).toHaveLength(1);
    expect(j.suppressed[0].reason).toBe('Papan protokol sedang dicetak ulang');
  });
  it('an ignore limited to one service matches the service the finding cites (a field, not its ref text)', async () => {
    const dengan = (layanan: string) =>
      tempLembaga(
        (y) =>
          y.replace('  penjelasanKlien: true', '  penjelasanKlien: false') +
          `\naturan:\n  abaikan:\n    - aturan: penjelasan-keselamatan-klien\n      layanan: ${layanan}\n      alasan: Papan protokol sedang dicetak ulang\n`,
      );
    const json = async (d: string) =>
      JSON.parse((await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--format', 'json'])).stdout);
    // The finding cites Lampiran B (perlindungan), the first service the example offers.
    const cocok = await json(dengan('perlindungan'));
    expect(cocok.findings).toEqual([]);
    expect(cocok.suppressed.map((f: { ref: string }) => f.ref)).toEqual([
      'Permensos 14/2020 Lampiran B angka 2.7.4',
    ]);
    const lain = await json(dengan('rehabilitasi'));
    expect(lain.suppressed).toEqual([]);
    // The JSON keeps the contract's fields only, in contract order (the service and section are internal).
    expect(Object.keys(lain.findings[0])).toEqual([...FINDING_FIELDS]);
  });
  it('a mistyped rule id in aturan.tingkat or aturan.abaikan is an error with a suggestion, not a silent no-op', async () => {
    const d = tempLembaga(
      (y) =>
        y +
        '\naturan:\n  tingkat:\n    supervisor-pendidkan: off\n  abaikan:\n    - aturan: kode-etk\n      alasan: sedang diperbarui\n',
    );
    const j = JSON.parse(
      (await cli(['validasi', d, '--tanggal', TANGGAL_UJI, '--format', 'json'])).stdout,
    );
    expect(j.findings.map((f: { expected: string }) => f.expected)).toEqual([
      'supervisor-pendidikan',
      'kode-etik',
    ]);
  });
  it('input files are never modified', async () => {
    const d = tempLembaga((y) => y.replace('jenjang: S2', 'jenjang: S1'));
    const before = readFileSync(path.join(d, 'lembaga.yaml'));
    await cli(['validasi', d, '--format', 'json']);
    expect(readFileSync(path.join(d, 'lembaga.yaml')).equals(before)).toBe(true);
    expect(existsSync(path.join(d, 'kepatuhan.xlsx'))).toBe(false);
  });
});

describe('aturan', () => {
  it('json lists every rule with id, severity, ruleset, ref, sections, summary', async () => {
    const r = await cli(['aturan', '--format', 'json']);
    const list = JSON.parse(r.stdout);
    expect(list.length).toBeGreaterThan(60);
    for (const x of list)
      expect(Object.keys(x).sort()).toEqual([
        'id',
        'ref',
        'regulasi',
        'ruleset',
        'sections',
        'severity',
        'summary',
      ]);
    const sup = list.find((x: { id: string }) => x.id === 'supervisor-pengalaman');
    expect(sup.sections).toEqual([
      'Lampiran A 2.3.2 d',
      'Lampiran B 2.3.2 d',
      'Lampiran C 2.3.2 d',
      'Lampiran D 2.3.2 d',
      'Lampiran E 2.3.2 d',
    ]);
  });
  it('explains one rule with the regulation text and both examples; an unknown id suggests one', async () => {
    const r = await cli(['aturan', 'supervisor-pengalaman']);
    expect(r.stdout).toMatch(/paling sedikit 5 \(lima\) tahun/);
    expect(r.stdout).toMatch(/Contoh gagal/);
    expect(r.stdout).toMatch(/paling lama/);
    const bad = await cli(['aturan', 'supervisor-pengalamn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Maksud Anda "supervisor-pengalaman"/);
  });
});
