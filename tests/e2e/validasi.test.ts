// End to end: spawn the built bin/lembaga (npm test builds first) as a user would.
import { FINDING_FIELDS } from '../../src/core/finding.js';
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, TANGGAL_UJI } from '../helpers/examples.js';

const BIN = path.join(ROOT, 'bin/lembaga');

function lembaga(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8', ...opts.env },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);

describe('lembaga validasi (spawned)', () => {
  it('the passing example exits 0 with no findings', () => {
    const r = lembaga([
      'validasi',
      'examples/lks-harapan-bunda',
      '--tanggal',
      TANGGAL_UJI,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.findings).toEqual([]);
    expect(j.summary).toMatchObject({ files: 3, cases: 8, errors: 0, warnings: 0 });
  });

  it('the failing example exits 1 and reports the planted problems by the right rule at the right line', () => {
    const r = lembaga([
      'validasi',
      'examples/balai-rehsos-sentosa',
      '--tanggal',
      TANGGAL_UJI,
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    const rules = j.findings.map((f: { rule: string }) => f.rule);
    for (const id of [
      'izin-praktik',
      'supervisor-pendidikan',
      'keselamatan-gedung',
      'pengaduan-prosedur',
      'tarif-matriks-lengkap',
    ])
      expect(rules).toContain(id);
    const sup = j.findings.find((f: { rule: string }) => f.rule === 'supervisor-pendidikan');
    expect(sup).toMatchObject({
      file: 'examples/balai-rehsos-sentosa/lembaga.yaml',
      line: 194,
      column: 28,
      path: '/staf/3/pendidikan/jenjang',
      value: 'S1',
    });
    // Every finding has every field of the contract.
    const keys = FINDING_FIELDS;
    for (const f of j.findings) expect(Object.keys(f).sort()).toEqual([...keys].sort());
    // The one line naming the regulation applied where a part was replaced (the example has credit logs).
    expect(r.stderr).toBe(
      'Angka kredit 2026 dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023), bukan butir kegiatan 2020.\n',
    );
  });

  it('nothing but JSON goes to stdout with --format json', () => {
    const r = lembaga(['validasi', 'examples/balai-rehsos-sentosa', '--format', 'json']);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  describe('bad input: a clear message, exit 1 or 2, never a stack trace', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'lembaga-e2e-'));
    });
    const cases: [string, string | Buffer, RegExp][] = [
      ['rusak', 'lembaga:\n  nama: "LKS\n  jenis: LKS\n', /tidak dapat dibaca/],
      ['kosong', '', /kosong/],
      ['biner', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0xff, 0xfe]), /biner/],
      [
        'alias',
        'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n',
        /alias/,
      ],
      ['ganda', 'lembaga:\n  nama: A\n  nama: B\n', /ganda/i],
    ];
    for (const [name, content, msg] of cases) {
      it(name, () => {
        const d = path.join(dir, name);
        mkdirSync(d, { recursive: true });
        writeFileSync(path.join(d, 'lembaga.yaml'), content);
        const r = lembaga(['validasi', d]);
        expect(r.code).toBe(1);
        expect(r.stdout).toMatch(msg);
        expect(r.stdout).toMatch(/parse-error/);
        noStack(r.stdout + r.stderr);
      });
    }
    it('a path that does not exist exits 2 with a message', () => {
      const r = lembaga(['validasi', 'tidak/ada']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/tidak ditemukan/);
      noStack(r.stderr);
    });
    it('a folder without lembaga.yaml exits 2 and says how to make one', () => {
      const r = lembaga(['validasi', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/lembaga init/);
    });
    it('a bad option exits 2', () => {
      expect(lembaga(['validasi', '--tanggal', '2025-02-30']).code).toBe(2);
      expect(lembaga(['validasi', '--format', 'pdf']).code).toBe(2);
      expect(lembaga(['perintah-tak-ada']).code).toBe(2);
    });
  });

  it('English with --bahasa en', () => {
    const r = lembaga([
      'validasi',
      'examples/balai-rehsos-sentosa',
      '--bahasa',
      'en',
      '--tanggal',
      TANGGAL_UJI,
    ]);
    expect(r.stdout).toMatch(/Supervisor Drs\. Bambang Sutrisno has education S1/);
  });

  it('copies of the example in a folder with spaces and Indonesian names work', () => {
    const d = path.join(
      mkdtempSync(path.join(tmpdir(), 'lembaga-e2e-')),
      'Data Lembaga',
      'LKS Harapan — Ibu',
    );
    cpSync(path.join(ROOT, 'examples/lks-harapan-bunda'), d, { recursive: true });
    const r = lembaga(['validasi', '.', '--tanggal', TANGGAL_UJI], { cwd: d });
    expect(r.code).toBe(0);
  });
});

describe('lembaga --help', () => {
  it('loads neither exceljs nor docx nor ajv', () => {
    // A loader hook records every module the --help run resolves.
    const hook = path.join(mkdtempSync(path.join(tmpdir(), 'lembaga-hook-')), 'hook.mjs');
    writeFileSync(
      hook,
      `export async function resolve(s, c, next) { const r = await next(s, c); process.stderr.write('LOAD ' + r.url + '\\n'); return r; }`,
    );
    const reg = path.join(path.dirname(hook), 'reg.mjs');
    writeFileSync(
      reg,
      `import { register } from 'node:module'; register(${JSON.stringify('file://' + hook)});`,
    );
    const h = spawnSync(process.execPath, ['--import', reg, BIN, '--help'], { encoding: 'utf8' });
    expect(h.status).toBe(0);
    expect(h.stdout).toMatch(/validasi/);
    expect(h.stderr).toMatch(/LOAD .*dist\/cli\.js/);
    expect(h.stderr).not.toMatch(/exceljs|\/docx\/|\/ajv\//);
    // Only the catalogue of the language in use is read.
    for (const [bahasa, lain] of [
      ['id', 'en'],
      ['en', 'id'],
    ]) {
      const b = spawnSync(process.execPath, ['--import', reg, BIN, '--help', '--bahasa', bahasa!], {
        encoding: 'utf8',
      });
      expect(b.status).toBe(0);
      expect(b.stderr).toMatch(new RegExp(`LOAD .*dist/i18n/${bahasa}/all\\.js`));
      expect(b.stderr).not.toMatch(new RegExp(`dist/i18n/${lain}/`));
    }
  });
});
