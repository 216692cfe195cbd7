/**
 * Issue 14 "the terminal" and issue 17 items 5 and 9, in-process: help, examples, -o,
 * exit codes of a broken register, lembaga.yaml under other names, tarif --kosong,
 * control characters, temporary files, and no argument spreads over findings.
 */
import { describe, it, expect } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { jalankan } from '../helpers/cli.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';
import { COMMANDS } from '../../src/cli/program.js';
import { renderTeks } from '../../src/outputs/findings/render.js';
import { emptyFinding } from '../../src/core/finding.js';
import { createT } from '../../src/i18n/index.js';
import { amanTerminal } from '../../src/core/teks.js';

function salin(nama = 'lks-harapan-bunda'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'lembaga-terminal-'));
  cpSync(path.join(EXAMPLES, nama), dir, { recursive: true });
  return dir;
}

describe('help', () => {
  it('`help [command]` and `bantuan [perintah]` work as --help does, with examples', async () => {
    const a = await jalankan(['help', 'tarif'], EXAMPLES);
    const b = await jalankan(['tarif', '--help'], EXAMPLES);
    const c = await jalankan(['bantuan', 'tarif'], EXAMPLES);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).toBe(b.stdout);
    expect(b.stdout).toMatch(/Contoh:\n {2}lembaga tarif/);
    const top = await jalankan(['help'], EXAMPLES);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Perintah:/);
  });

  it('every command shows two or three examples; every help line fits 80 columns in both languages', async () => {
    for (const bahasa of ['id', 'en']) {
      const top = await jalankan(['--help', '--bahasa', bahasa], EXAMPLES);
      for (const line of top.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
      for (const spec of COMMANDS) {
        const r = await jalankan([spec.name, '--help', '--bahasa', bahasa], EXAMPLES);
        expect(r.code).toBe(0);
        for (const line of r.stdout.split('\n'))
          expect(line.length, `${spec.name}: ${line}`).toBeLessThanOrEqual(80);
        const contoh = r.stdout.split(/\n(?:Contoh|Examples):\n/)[1] ?? '';
        const n = contoh.split('\n').filter((l) => l.startsWith('  lembaga ')).length;
        expect(n, spec.name).toBeGreaterThanOrEqual(2);
        expect(n, spec.name).toBeLessThanOrEqual(3);
      }
    }
  });

  it('a missing argument and too many folders read as whole sentences', async () => {
    const imp = await jalankan(['impor'], EXAMPLES);
    expect(imp.code).toBe(2);
    expect(imp.stderr).toMatch(/^Galat: Sebutkan berkas register lama yang akan diimpor/);
    const lap = await jalankan(['laporan', 'lks-harapan-bunda', 'balai-rehsos-sentosa'], EXAMPLES);
    expect(lap.code).toBe(2);
    expect(lap.stderr).toMatch(/Perintah laporan membuat dokumen untuk satu lembaga/);
  });

  it('--format text is read as teks', async () => {
    const a = await jalankan(
      ['validasi', 'lks-harapan-bunda', '--format', 'text', '--tanggal', TANGGAL_UJI],
      EXAMPLES,
    );
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/Tidak ada temuan/);
  });
});

describe('-o has one meaning', () => {
  it('`-o -` is stdout for text formats and a clear error for binary ones', async () => {
    const dir = salin();
    const csv = await jalankan(['tarif', '.', '--format', 'csv', '-o', '-'], dir);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toMatch(/KUNCI/);
    expect(existsSync(path.join(dir, '-'))).toBe(false);
    for (const args of [
      ['tarif', '.', '--format', 'xlsx', '-o', '-'],
      ['validasi', '.', '--format', 'xlsx', '-o', '-'],
      ['laporan', '.', '--tahun', '2025', '-o', '-'],
      ['register', '.', '-o', '-'],
    ]) {
      const r = await jalankan(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/berkas biner/);
    }
    const sop = await jalankan(['sop', '.', '-o', '-'], dir);
    expect(sop.code).toBe(2);
    expect(sop.stderr).toMatch(/-o harus berupa folder/);
    expect(readdirSync(dir)).not.toContain('-');
  });

  it('a name without an extension gets one; another format’s extension is refused', async () => {
    const dir = salin();
    const r = await jalankan(['tarif', '.', '--format', 'json', '-o', 'tarif-saya'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'tarif-saya.json'), 'utf8'))).toBeTruthy();
    const v = await jalankan(
      ['validasi', '.', '--format', 'xlsx', '-o', 'hasil.json', '--tanggal', TANGGAL_UJI],
      dir,
    );
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/berakhiran "\.json"/);
    // Without --format, the name's extension says the format.
    const j = await jalankan(['validasi', '.', '-o', 'hasil.json', '--tanggal', TANGGAL_UJI], dir);
    expect(j.code).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'hasil.json'), 'utf8')).summary.cases).toBe(8);
  });

  it.runIf(existsSync('/proc/self'))(
    'an output folder that cannot be made is an error at once (no spin under /proc)',
    async () => {
      const r = await jalankan(
        ['validasi', 'lks-harapan-bunda', '-o', '/proc/y/v.json', '--tanggal', TANGGAL_UJI],
        EXAMPLES,
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/\/proc\/y" tidak dapat dibuat/);
    },
    20_000,
  );
});

describe('the same broken register, the same exit code', () => {
  it('validasi, laporan, register and tarif all exit 1 and name the file', async () => {
    const dir = salin();
    writeFileSync(path.join(dir, 'register', 'register-2026.yaml'), 'kasus: [\n');
    for (const args of [
      ['validasi', '.', '--tanggal', TANGGAL_UJI],
      ['laporan', '.', '--tahun', '2026', '--tanggal', TANGGAL_UJI, '--timpa'],
      ['register', '.', '--tahun', '2026', '--timpa'],
      ['tarif', '.'],
    ]) {
      const r = await jalankan(args, dir);
      expect(r.code, args[0]).toBe(1);
      expect(r.stdout + r.stderr, args[0]).toMatch(/register-2026\.yaml/);
    }
  });
});

describe('lembaga.yaml under other names', () => {
  it('lembaga.yml and Lembaga.yaml are read', async () => {
    for (const nama of ['lembaga.yml', 'Lembaga.yaml']) {
      const dir = salin();
      renameSync(path.join(dir, 'lembaga.yaml'), path.join(dir, nama));
      const r = await jalankan(
        ['validasi', '.', '--tanggal', TANGGAL_UJI, '--format', 'json'],
        dir,
      );
      expect(r.code, nama).toBe(0);
      expect(JSON.parse(r.stdout).summary, nama).toMatchObject({ files: 3, cases: 8, errors: 0 });
    }
  });

  it('lembaga.yaml.txt (Notepad) is diagnosed by name, never answered with "lembaga init"', async () => {
    const dir = salin();
    renameSync(path.join(dir, 'lembaga.yaml'), path.join(dir, 'lembaga.yaml.txt'));
    for (const args of [['validasi', '.'], ['laporan'], ['validasi', 'lembaga.yaml.txt']]) {
      const r = await jalankan(args, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/lembaga\.yaml\.txt.*Notepad/);
      expect(r.stderr).not.toMatch(/lembaga init/);
    }
  });
});

describe('tarif --kosong', () => {
  it('writes the skeleton with the row keys of each offered service; filled in, the matrix is complete', async () => {
    const dir = salin('balai-rehsos-sentosa');
    const asli = parse(readFileSync(path.join(dir, 'lembaga.yaml'), 'utf8')) as {
      layanan: Record<string, { tarif?: Record<string, unknown> }>;
    };
    const r = await jalankan(['tarif', '.', '--kosong'], dir);
    expect(r.code).toBe(0); // the skeleton reads lembaga.yaml only
    const kerangka = parse(r.stdout) as {
      layanan: Record<string, { tarif: Record<string, Record<string, Record<string, unknown>>> }>;
    };
    expect(Object.keys(kerangka.layanan).sort()).toEqual(Object.keys(asli.layanan).sort());
    // Fill every empty amount, put the skeleton into lembaga.yaml: no tariff gap is left.
    for (const lay of Object.values(kerangka.layanan))
      for (const baris of Object.values(lay.tarif))
        for (const sel of Object.values(baris))
          for (const k of Object.keys(sel)) if (sel[k] === null) sel[k] = 1000;
    for (const [k, lay] of Object.entries(kerangka.layanan)) asli.layanan[k]!.tarif = lay.tarif;
    const { stringify } = await import('yaml');
    writeFileSync(path.join(dir, 'lembaga.yaml'), stringify(asli));
    const v = await jalankan(['validasi', '.', '--tanggal', TANGGAL_UJI, '--format', 'json'], dir);
    const rules = (JSON.parse(v.stdout) as { findings: { rule: string }[] }).findings.map(
      (f) => f.rule,
    );
    expect(rules).not.toContain('tarif-matriks-lengkap');
    // Before: the pemberdayaan matrix had gaps.
    const sebelum = await jalankan(
      [
        'validasi',
        path.join(EXAMPLES, 'balai-rehsos-sentosa'),
        '--tanggal',
        TANGGAL_UJI,
        '--format',
        'json',
      ],
      dir,
    );
    expect(sebelum.stdout).toMatch(/tarif-matriks-lengkap/);
  });
});

describe('control characters never reach the terminal (issue 17 item 9)', () => {
  it('ESC, BEL and CR from a register are shown, not executed, in validasi teks and laporan stderr', async () => {
    const dir = salin();
    const f = path.join(dir, 'register', 'register-2026.yaml');
    writeFileSync(
      f,
      readFileSync(f, 'utf8').replace('jenisKelamin: P', 'jenisKelamin: "X\\e[2J\\a\\rY"'),
    );
    const v = await jalankan(['validasi', '.', '--tanggal', TANGGAL_UJI], dir);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/X␛\[2J␇␍Y/);
    const lap = await jalankan(['laporan', '.', '--tahun', '2026', '--tanggal', TANGGAL_UJI], dir);
    expect(lap.stderr).toMatch(/X␛\[2J␇␍Y/);
    for (const s of [v.stdout, v.stderr, lap.stdout, lap.stderr])
      expect(s).not.toMatch(/[\u0007\u001b\r]/);
  });

  it('amanTerminal keeps tab and newline, shows C0, DEL, C1 and bidi overrides', () => {
    expect(amanTerminal('a\tb\nc\u001b\u0007\r\u007f\u009b\u202e')).toBe(
      'a\tb\nc␛␇␍␡<U+009B><U+202E>',
    );
  });
});

describe('temporary files (issue 17 item 5)', () => {
  it('a stale temporary of an earlier, dead run is removed by the next write; others are kept', async () => {
    const dir = salin();
    const keluar = path.join(dir, 'keluar');
    mkdirSync(keluar);
    const basi = path.join(keluar, '.v.json.2147483646.deadbeef.tmp');
    const lain = path.join(keluar, '.catatan.tmp');
    writeFileSync(basi, 'sebagian');
    writeFileSync(lain, 'bukan milik kami');
    const lama = new Date(Date.now() - 3600_000);
    utimesSync(basi, lama, lama);
    const r = await jalankan(
      ['validasi', '.', '-o', 'keluar/v.json', '--tanggal', TANGGAL_UJI],
      dir,
    );
    expect(r.code).toBe(0);
    expect(readdirSync(keluar).sort()).toEqual(['.catatan.tmp', 'v.json']);
  });
});

describe('no argument spreads over findings (issue 16)', () => {
  it('renders 200 000 findings of one file in teks without overflowing the stack', () => {
    const f = {
      ...emptyFinding('schema', 'error'),
      message: 'm',
      file: 'register/besar.yaml',
      line: 1,
      column: 1,
    };
    const findings = Array.from({ length: 200_000 }, (_, i) => ({ ...f, line: i + 1 }));
    const t = createT('id');
    const out = renderTeks(
      {
        tool: { name: 'lembaga', version: '0' },
        date: TANGGAL_UJI,
        summary: { files: 1, cases: 0, errors: findings.length, warnings: 0, infos: 0 },
        findings,
        suppressed: [],
      },
      { t, color: false, rules: [], ruleCount: 0 },
    );
    expect(out.split('\n').length).toBeGreaterThan(200_000);
  });
});
