/**
 * Issue 9, parts 4 and 5: writes that cannot lose data, and outputs that are safe to
 * open. Existing outputs refused without --timpa (each writing command), a target that
 * cannot be written reported plainly, an interrupted `impor --gabung` never truncating
 * the register, inputs opened read-only; CSV/Markdown cells neutralised, no formula in
 * a generated workbook, no full NIK on the terminal, a stack only with --debug, and no
 * network at run time.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, EXAMPLE } from '../corpus/make-corpus.js';
import { BIN, STACK, TANGGAL, env, lembaga, lembagaAsync } from './harness.js';
import { writeOutputs } from '../../src/io/write-file.js';
import { createT } from '../../src/i18n/index.js';

const NIKS = ['3273064905120002', '3273061708130004', '3273045203080001'];
let base = '';
/** The example with hostile text in the fields that reach outputs. */
let lks = '';

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'lembaga tulis '));
  lks = path.join(base, 'LKS Harapan Bunda');
  cpSync(EXAMPLE, lks, { recursive: true });
  const y = path.join(lks, 'lembaga.yaml');
  writeFileSync(
    y,
    readFileSync(y, 'utf8')
      .replace('nama: LKS Anak Harapan Bunda', 'nama: "=HYPERLINK(\\"http://x\\",\\"klik\\")"')
      .replace('nama: Hj. Euis Sulastri, S.Sos.', 'nama: "@SUM(1+1)"')
      .replace('kota: Bandung', 'kota: "+62 Bandung"')
      .replace('  jenis: LKS', '  jenis: "=2+3"'),
  );
});
afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

/** Every command that writes a file, with its output under `out`. */
function writers(out: string): [string, string[]][] {
  return [
    ['validasi', ['validasi', lks, '--format', 'xlsx', '-o', path.join(out, 'v.xlsx')]],
    ['tarif', ['tarif', lks, '--format', 'csv', '-o', path.join(out, 't.csv')]],
    ['register', ['register', lks, '--tahun', '2026', '-o', path.join(out, 'b.xlsx')]],
    [
      'laporan',
      ['laporan', lks, '--tahun', '2026', '--format', 'json', '-o', path.join(out, 'l.json')],
    ],
    ['sop', ['sop', lks, '--format', 'markdown', '--layanan', 'rehabilitasi', '-o', out]],
    [
      'impor',
      [
        'impor',
        path.join(ROOT, 'examples', 'impor', 'register-2024.csv'),
        '--ya',
        '-o',
        path.join(out, 'i.yaml'),
      ],
    ],
    [
      'angka-kredit',
      [
        'angka-kredit',
        path.join(ROOT, 'examples', 'balai-rehsos-sentosa'),
        '--format',
        'json',
        '-o',
        path.join(out, 'k.json'),
      ],
    ],
  ];
}

function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true }) as string[]) {
    const p = path.join(dir, f);
    if (statSync(p).isFile()) m.set(f, readFileSync(p).toString('base64'));
  }
  return m;
}

describe('writes that cannot lose data', () => {
  it('every writing command refuses an existing output without --timpa, and leaves it as it was', async () => {
    const out = path.join(base, 'keluaran ada');
    const runs = writers(out);
    // First run writes, second must refuse (exit 2, the file named, bytes unchanged).
    const first = await Promise.all(runs.map(([, a]) => lembagaAsync(a, base)));
    first.forEach((r, i) => expect([0, 1], `${runs[i]![0]}: ${r.stderr}`).toContain(r.status));
    const before = snapshot(out);
    const second = await Promise.all(runs.map(([, a]) => lembagaAsync(a, base)));
    second.forEach((r, i) => {
      const cmd = runs[i]![0];
      expect(r.status, `${cmd}: ${r.stderr}`).toBe(2);
      expect(r.stderr, cmd).toMatch(/sudah ada/);
      expect(r.stderr, cmd).toMatch(/--timpa/);
      expect(r.stderr + r.stdout).not.toMatch(STACK);
    });
    expect(snapshot(out)).toEqual(before);
    // init into an existing lembaga folder: refused too.
    const init = lembaga(['init', lks, '--ya'], base);
    expect(init.status).toBe(2);
    expect(init.stderr).toMatch(/--timpa/);
  }, 90_000);

  it('a target that cannot be written (a folder in its place, a file as its folder) is a plain exit 2', () => {
    const out = path.join(base, 'sasaran aneh');
    // The default name taken by a folder, and a plain file used as the output folder.
    mkdirSync(path.join(out, 'buku-register-2026.xlsx'), { recursive: true });
    writeFileSync(path.join(out, 'berkas'), 'x');
    for (const target of [out + path.sep, path.join(out, 'berkas', 'b.xlsx')]) {
      const r = lembaga(['register', lks, '--tahun', '2026', '-o', target, '--timpa'], base);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/buku-register-2026\.xlsx|berkas/);
      expect(r.stderr).not.toMatch(STACK);
    }
    // init --timpa into a path that is a file.
    const r = lembaga(['init', path.join(out, 'berkas'), '--ya', '--timpa'], base);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
  });

  it('a file held open by Excel (EBUSY, EPERM, EACCES on rename) is reported plainly; nothing is left behind', async () => {
    const t = createT('id');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'terkunci-'));
    const target = path.join(dir, 'laporan.xlsx');
    writeFileSync(target, 'LAMA');
    for (const code of ['EBUSY', 'EPERM', 'EACCES']) {
      const spy = vi
        .spyOn(fsp, 'rename')
        .mockRejectedValueOnce(Object.assign(new Error(code), { code }));
      await expect(writeOutputs([{ path: target, data: 'BARU' }], true, t)).rejects.toThrow(
        /laporan\.xlsx.*(dibuka|terkunci|Excel)|(dibuka|terkunci|Excel).*laporan\.xlsx/s,
      );
      spy.mockRestore();
      expect(readFileSync(target, 'utf8')).toBe('LAMA');
      expect(readdirSync(dir)).toEqual(['laporan.xlsx']);
    }
  });

  it('impor --gabung killed mid-way leaves the register byte-identical or fully updated, never truncated', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gabung-'));
    const reg = path.join(dir, 'register.yaml');
    cpSync(path.join(EXAMPLE, 'register', 'register-2026.yaml'), reg);
    const original = readFileSync(reg);
    // A legacy CSV big enough that the run takes a while.
    const rows = ['No;Nama Klien;NIK;Tgl Masuk;Layanan'];
    for (let i = 1; i <= 20_000; i++)
      rows.push(
        `${i};Klien ${i};3273064905${String(100000 + i).slice(-6)};05/01/2024;rehabilitasi`,
      );
    const csv = path.join(dir, 'lama.csv');
    writeFileSync(csv, rows.join('\r\n'));
    const outcomes: string[] = [];
    for (const delay of [150, 400, 800, 1500]) {
      const child = spawn(process.execPath, [BIN, 'impor', csv, '--ya', '--gabung', '-o', reg], {
        cwd: dir,
        env: env(),
        stdio: 'ignore',
      });
      // Listen before waiting: a run that finishes before the kill has already closed.
      const closed = new Promise((r) => child.on('close', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await closed;
      const now = readFileSync(reg);
      if (now.equals(original)) outcomes.push('utuh');
      else {
        // Fully updated: every original case is still there and the file is whole YAML.
        const text = now.toString('utf8');
        for (const m of original.toString('utf8').matchAll(/nomor: (HB-\S+)/g))
          expect(text).toContain(m[1]!);
        expect(text.trimEnd().length).toBeGreaterThan(original.length);
        outcomes.push('lengkap');
      }
      // No temporary file left where the user would see it, other than the hidden .tmp.
      expect(readdirSync(dir).filter((f) => !f.startsWith('.'))).toEqual(
        expect.arrayContaining(['register.yaml', 'lama.csv']),
      );
    }
    expect(outcomes.length).toBe(4);
  }, 60_000);

  it('inputs are opened read-only: every command runs over a read-only lembaga folder', () => {
    const ro = path.join(base, 'hanya baca');
    cpSync(EXAMPLE, ro, { recursive: true });
    const files = readdirSync(ro, { recursive: true }) as string[];
    for (const f of files)
      if (statSync(path.join(ro, f)).isFile()) chmodSync(path.join(ro, f), 0o444);
    const before = snapshot(ro);
    const out = path.join(base, 'keluaran ro');
    const runs: string[][] = [
      ['validasi', ro, '--tanggal', TANGGAL],
      ['tarif', ro],
      ['register', ro, '--tahun', '2026', '-o', path.join(out, 'b.xlsx')],
      ['laporan', ro, '--tahun', '2026', '--format', 'json', '-o', path.join(out, 'l.json')],
      ['sop', ro, '--format', 'markdown', '-o', out],
      ['impor', path.join(ro, 'register', 'register-2025.xlsx'), '--ya'],
    ];
    for (const a of runs) {
      const r = lembaga(a, base);
      expect([0, 1], `${a[0]}: ${r.stderr}`).toContain(r.status);
    }
    expect(snapshot(ro)).toEqual(before);
    for (const f of files)
      if (statSync(path.join(ro, f)).isFile())
        expect(statSync(path.join(ro, f)).mode & 0o777).toBe(0o444);
  }, 60_000);
});

describe('outputs that are safe to open', () => {
  it('tarif CSV and Markdown neutralise cells that would start a formula', () => {
    const csv = lembaga(['tarif', lks, '--format', 'csv'], base);
    const md = lembaga(['tarif', lks, '--format', 'markdown'], base);
    expect(csv.status).toBe(1); // the injected jenis is a schema error
    expect(md.stdout).toContain('\\=HYPERLINK');
    for (const out of [csv.stdout, md.stdout]) {
      expect(out.length).toBeGreaterThan(100);
      for (const cell of out.split(/[\n;,|]/).map((c) => c.replace(/^[\s"*]+/, '')))
        expect(cell, cell).not.toMatch(/^[=@]|^\+62/);
    }
  });

  it('validasi and laporan Markdown neutralise user text', () => {
    const v = lembaga(['validasi', lks, '--format', 'markdown', '--tanggal', TANGGAL], base);
    const l = lembaga(
      ['laporan', lks, '--tahun', '2026', '--tanggal', TANGGAL, '--format', 'markdown'],
      base,
    );
    expect(v.stdout).toContain('=2+3');
    // The one Markdown renderer (outputs/dokumen) escapes a leading formula sign as tarif does.
    expect(l.stdout).toContain('\\=HYPERLINK');
    for (const out of [v.stdout, l.stdout]) {
      for (const cell of out.split(/\n|\|/).map((c) => c.trim()))
        expect(cell, cell).not.toMatch(/^=HYPERLINK|^@SUM|^\+62/);
    }
  });

  it('generated workbooks hold no formula at all (user text is never a formula)', async () => {
    const yauzl = (await import('yauzl')).default;
    const out = path.join(base, 'rumus');
    const books = [
      ['validasi', lks, '--format', 'xlsx', '-o', path.join(out, 'v.xlsx'), '--tanggal', TANGGAL],
      ['tarif', lks, '--format', 'xlsx', '-o', path.join(out, 't.xlsx')],
      ['register', lks, '--tahun', '2026', '-o', path.join(out, 'b.xlsx')],
      [
        'laporan',
        lks,
        '--tahun',
        '2026',
        '--format',
        'xlsx',
        '--jejak',
        '-o',
        path.join(out, 'l.xlsx'),
      ],
      [
        'impor',
        path.join(ROOT, 'tests', 'corpus', 'tabel', 'injeksi-rumus.csv'),
        '--ya',
        '-o',
        path.join(out, 'i.xlsx'),
      ],
    ];
    for (const a of books) {
      const r = lembaga(a, base);
      expect([0, 1], `${a[0]}: ${r.stderr}`).toContain(r.status);
    }
    const xlsx = readdirSync(out).filter((f) => f.endsWith('.xlsx'));
    expect(xlsx.length).toBeGreaterThanOrEqual(6); // + jejak and the rejected-rows workbook
    for (const f of xlsx) {
      const xml = await new Promise<string>((resolve, reject) => {
        yauzl.open(path.join(out, f), { lazyEntries: true }, (err, zip) => {
          if (err || !zip) return reject(err);
          let all = '';
          zip.on('entry', (e: { fileName: string }) => {
            if (!/^xl\/worksheets\/.*\.xml$/.test(e.fileName)) return zip.readEntry();
            zip.openReadStream(e as never, (err2, s) => {
              if (err2 || !s) return reject(err2);
              s.on('data', (d: Buffer) => (all += d.toString('utf8')));
              s.on('end', () => zip.readEntry());
            });
          });
          zip.on('end', () => resolve(all));
          zip.readEntry();
        });
      });
      expect(xml.length, f).toBeGreaterThan(0);
      expect(xml, f).not.toMatch(/<f[\s>]/);
    }
  }, 90_000);

  it('no command prints a full NIK unless asked (--tampilkan-nik)', () => {
    const runs: string[][] = [
      ['validasi', lks, '--tanggal', TANGGAL],
      ['validasi', lks, '--tanggal', TANGGAL, '--format', 'json'],
      ['validasi', lks, '--tanggal', TANGGAL, '--format', 'markdown'],
      ['tarif', lks, '--tahun', '2026'],
      ['laporan', lks, '--tahun', '2026', '--tanggal', TANGGAL, '--format', 'json'],
      ['laporan', lks, '--tahun', '2026', '--tanggal', TANGGAL, '--format', 'markdown'],
      ['impor', path.join(ROOT, 'examples', 'impor', 'Register 2024.xlsx'), '--ya'],
      [
        'impor',
        path.join(ROOT, 'examples', 'impor', 'register-2024.csv'),
        '--ya',
        '--format',
        'json',
      ],
      ['angka-kredit', path.join(ROOT, 'examples', 'balai-rehsos-sentosa')],
    ];
    const nik16 = /(?<!\d)\d{16}(?!\d)/;
    for (const a of runs) {
      const r = lembaga(a, base);
      const all = r.stdout + r.stderr;
      for (const n of NIKS) expect(all, a.join(' ')).not.toContain(n);
      expect(all, a.join(' ')).not.toMatch(nik16);
    }
  }, 60_000);

  it('--debug is the only way to a stack trace', () => {
    // An internal failure provoked from outside: the output folder is a file.
    const f = path.join(base, 'bukan-folder');
    writeFileSync(f, 'x');
    const plain = lembaga(['sop', lks, '--format', 'markdown', '-o', path.join(f, 'sop')], base);
    expect(plain.status).toBe(2);
    expect(plain.stderr).not.toMatch(STACK);
    const debug = lembaga(
      ['sop', lks, '--format', 'markdown', '-o', path.join(f, 'sop'), '--debug'],
      base,
    );
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(STACK);
  });

  it('no network: every command runs with sockets and HTTP forbidden', () => {
    const preload = path.join(base, 'tanpa-jaringan.cjs');
    writeFileSync(
      preload,
      `const net = require('node:net'); const http = require('node:http'); const https = require('node:https');
       const dns = require('node:dns'); const dgram = require('node:dgram');
       const no = (what) => () => { process.stderr.write('JARINGAN DIPAKAI: ' + what + '\\n'); process.exit(99); };
       net.connect = net.createConnection = no('net.connect'); net.Socket.prototype.connect = no('socket.connect');
       http.request = http.get = no('http'); https.request = https.get = no('https');
       dns.lookup = no('dns.lookup'); dns.resolve = no('dns.resolve'); dgram.createSocket = no('dgram');
       globalThis.fetch = no('fetch');`,
    );
    const out = path.join(base, 'tanpa jaringan');
    const runs: string[][] = [
      ['validasi', lks, '--tanggal', TANGGAL, '--format', 'sarif'],
      ['tarif', lks, '--format', 'xlsx', '-o', path.join(out, 't.xlsx')],
      ['register', lks, '--tahun', '2026', '-o', path.join(out, 'b.xlsx')],
      ['laporan', lks, '--tahun', '2026', '--tanggal', TANGGAL, '-o', out],
      ['sop', lks, '--sk', '-o', out],
      ['impor', path.join(ROOT, 'examples', 'impor', 'Register 2024.xlsx'), '--ya'],
      ['angka-kredit', path.join(ROOT, 'examples', 'balai-rehsos-sentosa')],
      ['init', path.join(out, 'baru'), '--ya'],
      ['aturan'],
    ];
    for (const a of runs) {
      const r = lembaga(a, base, { env: { NODE_OPTIONS: `--require "${preload}"` } });
      expect(r.stderr, a.join(' ')).not.toContain('JARINGAN DIPAKAI');
      expect([0, 1], `${a[0]}: ${r.stderr}`).toContain(r.status);
    }
  }, 120_000);
});
