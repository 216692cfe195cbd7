// npm run bench: synthetic canonical registers of 10 000 and 100 000 cases (~3
// activities each) in bench-data/, then — each in its own child process, so peak
// memory is per run — (a) exceljs readFile of the same workbook (the baseline), (b) our
// streaming readRegisterXlsx, (c) `lembaga validasi <folder> --format json` end to end.
// Usage: node scripts/bench.mjs [--sizes 10000,100000] [--regenerate]
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { generate } from './bench/generate.mjs';
import { measure } from './bench/measure.mjs';
import { laporanRows } from './bench/laporan.mjs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sizes = (opt('--sizes') ?? '10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const regenerate = argv.includes('--regenerate');
const node = process.execPath;
const here = (f) => path.join(root, 'scripts/bench', f);

const results = [];
for (const n of sizes) {
  const dir = path.join(root, 'bench-data', `register-${n}`);
  const file = path.join(dir, 'register', 'register.xlsx');
  if (regenerate || !existsSync(file)) {
    process.stderr.write(`membuat register sintetis ${n} kasus… `);
    const t0 = Date.now();
    const g = await generate(dir, n);
    process.stderr.write(`${g.activities} kegiatan, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  const mb = (await stat(file)).size / 1048576;
  const rows = [
    [
      'exceljs readFile (baseline)',
      node,
      ['--max-old-space-size=16000', here('run-exceljs.mjs'), file],
    ],
    ['readRegisterXlsx', node, [here('run-reader.mjs'), file]],
    [
      'lembaga validasi --format json',
      node,
      [path.join(root, 'bin/lembaga'), 'validasi', dir, '--format', 'json'],
    ],
    // impor reads the same workbook as an arbitrary legacy register (exceljs streaming, mapping, normalising).
    [
      'lembaga impor -o register.yaml',
      node,
      [
        path.join(root, 'bin/lembaga'),
        'impor',
        file,
        '--lembar',
        'Register',
        '--ya',
        '--format',
        'json',
        '--layanan-bawaan',
        'rehabilitasi',
        '-o',
        path.join(mkdtempSync(path.join(os.tmpdir(), 'lembaga-impor-bench-')), 'register.yaml'),
      ],
    ],
    ...laporanRows(root, dir),
    // the six service books of 2.2.1 f (streamed: one sheet at a time, rows committed as written).
    [
      'lembaga register (6 buku)',
      node,
      [
        path.join(root, 'bin/lembaga'),
        'register',
        dir,
        '--tahun',
        '2024',
        '-o',
        path.join(mkdtempSync(path.join(os.tmpdir(), 'lembaga-register-bench-')), 'buku.xlsx'),
        '--timpa',
      ],
    ],
  ];
  for (const [label, cmd, args] of rows) {
    process.stderr.write(`  ${n} kasus: ${label}… `);
    const m = await measure(cmd, args, { cwd: root });
    process.stderr.write(m.ok ? `${m.wallS.toFixed(1)} s\n` : `gagal (kode ${m.code})\n`);
    if (!m.ok)
      process.stderr.write(
        m.stderr
          .split('\n')
          .slice(0, 5)
          .map((l) => `    ${l}\n`)
          .join(''),
      );
    results.push({ n, mb, label, ...m });
  }
}

const pad = (s, w, right = false) => (right ? String(s).padStart(w) : String(s).padEnd(w));
console.log('');
console.log(
  `${pad('kasus', 8)} ${pad('xlsx MB', 8, true)}  ${pad('langkah', 32)} ${pad('detik', 7, true)} ${pad('kasus/s', 9, true)} ${pad('puncak MB', 10, true)} ${pad('waktu×', 7, true)} ${pad('memori×', 8, true)}`,
);
for (const r of results) {
  const base = results.find((b) => b.n === r.n && b.label.startsWith('exceljs'));
  const ok = r.ok;
  const tr = ok && base?.ok ? (r.wallS / base.wallS).toFixed(2) : '-';
  const mr = ok && base?.ok && r.peakMB && base.peakMB ? (r.peakMB / base.peakMB).toFixed(2) : '-';
  console.log(
    `${pad(r.n, 8)} ${pad(r.mb.toFixed(1), 8, true)}  ${pad(r.label, 32)} ${pad(ok ? r.wallS.toFixed(2) : 'gagal', 7, true)} ${pad(ok ? Math.round(r.n / r.wallS) : '-', 9, true)} ${pad(ok && r.peakMB ? r.peakMB.toFixed(0) : '-', 10, true)} ${pad(tr, 7, true)} ${pad(mr, 8, true)}`,
  );
}
console.log(
  '\nwaktu× dan memori× = rasio terhadap exceljs readFile pada berkas dan putaran yang sama (tujuan 100 000 kasus: memori ≤ 0,33, waktu ≤ 1).',
);
