// Bench rows for `lembaga laporan` (issue 7). Wired into scripts/bench.mjs by adding, per size,
//   rows.push(...laporanRows(root, dir));
// or run alone: node scripts/bench/laporan.mjs [--sizes 10000,100000]
// The bench registers hold cases of 2023–2024, so the report is for 2024.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const here = (f) => path.join(root, 'scripts/bench', f);
const TAHUN = ['--tahun', '2024', '--tanggal', '2025-01-15'];

/** [label, cmd, args] rows in the form scripts/bench.mjs measures. */
export function laporanRows(
  rootDir,
  dir,
  outDir = mkdtempSync(path.join(os.tmpdir(), 'lembaga-laporan-bench-')),
) {
  const bin = path.join(rootDir, 'bin/lembaga');
  return [
    ['laporan: summariseYear saja', process.execPath, [here('run-laporan.mjs'), dir]],
    [
      'lembaga laporan --format json',
      process.execPath,
      [bin, 'laporan', dir, ...TAHUN, '--format', 'json'],
    ],
    [
      'lembaga laporan (docx+xlsx+jejak)',
      process.execPath,
      [bin, 'laporan', dir, ...TAHUN, '-o', outDir + path.sep, '--jejak', '--timpa'],
    ],
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const argv = process.argv.slice(2);
  const i = argv.indexOf('--sizes');
  const sizes = (i >= 0 ? argv[i + 1] : '10000,100000')
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
  const { generate } = await import('./generate.mjs');
  for (const n of sizes) {
    const dir = path.join(root, 'bench-data', `register-${n}`);
    if (!existsSync(path.join(dir, 'register', 'register.xlsx'))) await generate(dir, n);
    const out = mkdtempSync(path.join(os.tmpdir(), 'lembaga-laporan-bench-'));
    for (const [label, cmd, args] of laporanRows(root, dir, out)) {
      const m = await measure(cmd, args, { cwd: root });
      const extra = /SUMMARISE (.*)/.exec(m.stderr)?.[1] ?? '';
      console.log(
        `${String(n).padStart(7)}  ${label.padEnd(36)} ${m.ok ? m.wallS.toFixed(2).padStart(7) + ' s' : 'gagal ' + m.code}  ${m.peakMB ? m.peakMB.toFixed(0).padStart(6) + ' MB' : ''}  ${extra}`,
      );
      if (!m.ok) console.log(m.stderr.split('\n').slice(0, 5).join('\n'));
    }
    rmSync(out, { recursive: true, force: true });
  }
}
