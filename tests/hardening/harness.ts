/**
 * Running the built `bin/lembaga` over the corpus: one lembaga folder per case
 * (with spaces and Indonesian letters in its path), the command line each
 * command needs, and the checks every case must pass.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, copyFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, EXAMPLE, type CorpusCase } from '../corpus/make-corpus.js';

export const BIN = path.join(ROOT, 'bin', 'lembaga');
export const TANGGAL = '2026-11-25';
/** A stack frame as Node prints it: never for a user's mistake. */
export const STACK = /\n\s+at .+:\d+:\d+/;

export type Perintah =
  'validasi' | 'impor' | 'tarif' | 'register' | 'laporan' | 'sop' | 'angka-kredit';

/** Which case roles each command reads (a command need not fail on a file it never opens). */
export const MEMBACA: Record<Perintah, readonly CorpusCase['role'][]> = {
  validasi: ['lembaga', 'register', 'tabel'],
  impor: ['tabel'],
  tarif: ['lembaga'],
  register: ['lembaga', 'register', 'tabel'],
  laporan: ['lembaga', 'register', 'tabel'],
  sop: ['lembaga'],
  'angka-kredit': ['kredit'],
};

export interface Hasil {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    NO_COLOR: '1',
    LANG: 'id_ID.UTF-8',
    ...extra,
  };
}

export function lembaga(
  args: string[],
  cwd: string,
  opts: { timeout?: number; env?: Record<string, string> } = {},
): Hasil {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: opts.timeout ?? 30_000,
    env: env(opts.env),
    maxBuffer: 64 * 1024 * 1024,
  });
  return {
    status: r.status,
    signal: r.signal,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    ms: Date.now() - t0,
  };
}

/** The same, asynchronously (so several cases run at once on two cores). */
export function lembagaAsync(
  args: string[],
  cwd: string,
  opts: { timeout?: number; env?: Record<string, string> } = {},
): Promise<Hasil> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: env(opts.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (stdout.length < 4_000_000) stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      if (stderr.length < 4_000_000) stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeout ?? 30_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

/** A lembaga folder for one case: the example, with the case's file put where its role says. */
export function folderFor(c: CorpusCase, base: string): { root: string; folder: string } {
  // Spaces, an apostrophe, Indonesian and accented letters: paths administrators really have.
  const folder = `LKS Harapan Bunda – Cabang Cipete (${c.id}) Ñ’é`;
  const root = path.join(base, folder);
  if (existsSync(root)) rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, 'register'), { recursive: true });
  copyFileSync(path.join(EXAMPLE, 'lembaga.yaml'), path.join(root, 'lembaga.yaml'));
  if (c.role !== 'register' && c.role !== 'tabel')
    copyFileSync(
      path.join(EXAMPLE, 'register', 'register-2026.yaml'),
      path.join(root, 'register', 'register-2026.yaml'),
    );
  if (c.role === 'kredit') {
    mkdirSync(path.join(root, 'kredit'), { recursive: true });
    copyFileSync(c.source, path.join(root, 'kredit', c.file));
  }
  if (c.role === 'lembaga') copyFileSync(c.source, path.join(root, 'lembaga.yaml'));
  if (c.role === 'register' || c.role === 'tabel')
    copyFileSync(c.source, path.join(root, 'register', c.file));
  return { root, folder };
}

/** The command line of one command over one case folder (relative paths, cwd = base). */
export function argsFor(cmd: Perintah, c: CorpusCase, folder: string): string[] {
  const out = path.join(folder, 'keluaran');
  switch (cmd) {
    case 'validasi':
      return ['validasi', folder, '--tanggal', TANGGAL];
    case 'impor':
      return [
        'impor',
        path.join(folder, 'register', c.file),
        '--ya',
        '-o',
        path.join(out, 'impor.yaml'),
      ];
    case 'tarif':
      return ['tarif', folder];
    case 'register':
      return ['register', folder, '--tahun', '2026', '--buku', 'register', '-o', out];
    case 'laporan':
      // JSON: the same loading and summary as docx, without the charts' seconds per run.
      return [
        'laporan',
        folder,
        '--tahun',
        '2026',
        '--tanggal',
        TANGGAL,
        '--format',
        'json',
        '-o',
        path.join(out, 'laporan.json'),
      ];
    case 'sop':
      return ['sop', folder, '--format', 'markdown', '-o', out];
    case 'angka-kredit':
      return ['angka-kredit', folder];
  }
}

/** The file name a message must name: the case's own file. */
export function namaBerkas(c: CorpusCase): string {
  if (c.role === 'lembaga') return 'lembaga.yaml';
  return c.file;
}
