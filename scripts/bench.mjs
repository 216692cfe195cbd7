// npm run bench — every command against SheetJS and exceljs on the same files, in the same run.
//
// Per size (default 10 000, 100 000 and 300 000 cases; `--sizes 1000000` for a million):
// a synthetic canonical register (bench-data/register-N/, ~3 activities per case) and a
// synthetic legacy register of N rows (bench-data/legacy-N/, the shape of examples/impor).
// Each row runs in its own child process (peak RSS is per run: GNU time -v, or maxRSS);
// rows are interleaved (round 1 of every row, then round 2, …) and the median is reported;
// a row whose child exits with a status other than 0/1 or dies by a signal FAILS the bench.
// Commands run in their default output format (validasi: teks; laporan: docx+xlsx;
// register: the six books; impor: a legacy sheet to the canonical xlsx).
//
// Usage: node scripts/bench.mjs [--sizes 10000,100000,300000] [--ulang 3] [--regenerate]
//                               [--hanya validasi,laporan]
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './bench/generate.mjs';
import { generateLegacy } from './bench/generate-legacy.mjs';
import { measure } from './bench/measure.mjs';
import { barisBantuan, ukurBantuan } from './bench/bantuan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const sizes = (opt('--sizes') ?? '10000,100000,300000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const ulang = Math.max(1, Number(opt('--ulang') ?? 3));
const hanya = opt('--hanya')?.split(',');
const regenerate = argv.includes('--regenerate');
const node = process.execPath;
const bin = path.join(root, 'bin/lembaga');
const here = (f) => path.join(root, 'scripts/bench', f);
const BIG_HEAP = '--max-old-space-size=16000'; // for the baselines only: our commands run with the default heap
const TAHUN = ['--tahun', '2024', '--tanggal', '2025-01-15'];

/** Rows of one size: [key, label, baseline key, cmd, args(tmp)] */
function rowsFor(n, dir, legacy) {
  const file = path.join(dir, 'register', 'register.xlsx');
  return [
    ['sheetjs', 'SheetJS readFile (register)', null, [BIG_HEAP, here('run-sheetjs.mjs'), file]],
    [
      'sheetjs-lama',
      'SheetJS readFile (berkas lama)',
      null,
      [BIG_HEAP, here('run-sheetjs.mjs'), legacy],
    ],
    ['exceljs', 'exceljs readFile (register)', null, [BIG_HEAP, here('run-exceljs.mjs'), file]],
    [
      'validasi',
      'lembaga validasi (teks)',
      'sheetjs',
      () => [bin, 'validasi', dir, '--tanggal', '2025-01-15'],
    ],
    [
      'laporan',
      'lembaga laporan (docx+xlsx)',
      'sheetjs',
      (tmp) => [bin, 'laporan', dir, ...TAHUN, '-o', tmp + path.sep, '--timpa'],
    ],
    [
      'register',
      'lembaga register (6 buku)',
      'sheetjs',
      (tmp) => [
        bin,
        'register',
        dir,
        '--tahun',
        '2024',
        '-o',
        path.join(tmp, 'buku.xlsx'),
        '--timpa',
      ],
    ],
    [
      'impor',
      'lembaga impor (berkas lama)',
      'sheetjs-lama',
      (tmp) => [
        bin,
        'impor',
        legacy,
        '--ya',
        '--lembaga',
        dir,
        '--layanan-bawaan',
        'rehabilitasi',
        '-o',
        path.join(tmp, 'register.xlsx'),
        '--timpa',
      ],
    ],
  ].filter(([key, , base]) => !hanya || base === null || hanya.includes(key));
}

// Targets of issue 16 at 100 000 cases: [max time × baseline, max peak MB].
const TARGET = { validasi: [1, 300], laporan: [1, 300], impor: [1, 300], register: [2, 500] };

const results = [];
const plan = [];
for (const n of sizes) {
  const dir = path.join(root, 'bench-data', `register-${n}`);
  const file = path.join(dir, 'register', 'register.xlsx');
  const legacy = path.join(root, 'bench-data', `legacy-${n}`, 'Register lama.xlsx');
  if (regenerate || !existsSync(file)) {
    process.stderr.write(`membuat register sintetis ${n} kasus… `);
    const t0 = Date.now();
    const g = await generate(dir, n);
    process.stderr.write(`${g.activities} kegiatan, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  if (regenerate || !existsSync(legacy)) {
    process.stderr.write(`membuat register lama sintetis ${n} baris…\n`);
    await generateLegacy(legacy, n);
  }
  const mb = (await stat(file)).size / 1048576;
  for (const [key, label, base, args] of rowsFor(n, dir, legacy))
    plan.push({ n, mb, key, label, base, args, runs: [] });
}

// Interleaved: round r of every row of every size before round r + 1.
let failed = 0;
for (let r = 1; r <= ulang; r++) {
  for (const p of plan) {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lembaga-bench-'));
    const args = typeof p.args === 'function' ? p.args(tmp) : p.args;
    process.stderr.write(`  [${r}/${ulang}] ${p.n} kasus: ${p.label}… `);
    // The reader's zip-bomb and row limits (1 GB unpacked, 1 000 000 rows a sheet) are safety
    // limits, not memory needs: the bench's 300 000-case register unpacks to ~1.2 GB with ~1.8 M
    // supervision rows, so they are raised for the runs (the baselines have none).
    const env = { LEMBAGA_MAKS_XLSX_MB: '65536', LEMBAGA_MAKS_BARIS: '100000000' };
    const m = await measure(node, args, { cwd: root, env });
    rmSync(tmp, { recursive: true, force: true });
    process.stderr.write(
      m.ok ? `${m.wallS.toFixed(1)} s, ${m.peakMB?.toFixed(0) ?? '?'} MB\n` : `GAGAL (${m.code})\n`,
    );
    if (!m.ok) {
      failed++;
      process.stderr.write(
        m.stderr
          .split('\n')
          .filter(Boolean)
          .slice(-6)
          .map((l) => `    ${l}\n`)
          .join(''),
      );
    }
    p.runs.push(m);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
for (const p of plan) {
  const ok = p.runs.every((m) => m.ok);
  results.push({
    ...p,
    ok,
    wallS: ok ? median(p.runs.map((m) => m.wallS)) : NaN,
    peakMB: ok ? median(p.runs.map((m) => m.peakMB ?? NaN)) : NaN,
  });
}

const pad = (s, w, right = false) => (right ? String(s).padStart(w) : String(s).padEnd(w));
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '-');
console.log('');
console.log(
  `${pad('kasus', 8)} ${pad('MB', 6, true)}  ${pad('langkah', 30)} ${pad('detik', 7, true)} ${pad('puncak MB', 9, true)} ${pad('waktu×SJS', 9, true)} ${pad('mem×SJS', 8, true)} ${pad('waktu×exceljs', 13, true)}  target 100k`,
);
let missed = 0;
for (const r of results) {
  const base = results.find((b) => b.n === r.n && b.key === r.base);
  const exc = results.find((b) => b.n === r.n && b.key === 'exceljs');
  const tr = r.ok && base?.ok ? r.wallS / base.wallS : NaN;
  const mr = r.ok && base?.ok ? r.peakMB / base.peakMB : NaN;
  const er = r.ok && exc?.ok && r.base ? r.wallS / exc.wallS : NaN;
  let verdict = '';
  const tgt = TARGET[r.key];
  if (tgt && r.n === 100000) {
    const pass = r.ok && tr <= tgt[0] && r.peakMB <= tgt[1];
    if (!pass) missed++;
    verdict = `${pass ? 'ya' : 'TIDAK'} (≤${tgt[0]}× SJS, ≤${tgt[1]} MB)`;
  }
  console.log(
    `${pad(r.n, 8)} ${pad(f(r.mb, 1), 6, true)}  ${pad(r.label, 30)} ${pad(r.ok ? f(r.wallS) : 'GAGAL', 7, true)} ${pad(f(r.peakMB, 0), 9, true)} ${pad(r.base ? f(tr) : '', 9, true)} ${pad(r.base ? f(mr) : '', 8, true)} ${pad(r.base ? f(er) : '', 13, true)}  ${verdict}`,
  );
}
// Growth: peak memory of each command per size, and the ratio to its peak at the smallest size ≥ 100 000.
if (sizes.length > 1) {
  console.log('\nPuncak memori (MB) per ukuran:');
  const keys = [...new Set(results.map((r) => r.key))];
  console.log(`${pad('langkah', 30)} ${sizes.map((n) => pad(n, 10, true)).join('')}`);
  for (const k of keys) {
    const rs = sizes.map((n) => results.find((r) => r.n === n && r.key === k));
    console.log(
      `${pad(rs.find(Boolean)?.label ?? k, 30)} ${rs.map((r) => pad(r?.ok ? f(r.peakMB, 0) : 'GAGAL', 10, true)).join('')}`,
    );
  }
}
console.log(
  `\n${ulang} putaran berselang-seling, median. waktu×SJS / mem×SJS = rasio terhadap SheetJS membaca berkas yang sama (impor: berkas lama) pada putaran yang sama.`,
);
// Start-up: what every command pays before it reads a file (issue 15 item 3).
console.log(barisBantuan(ukurBantuan(20)));
if (failed) console.log(`${failed} jalan GAGAL (status keluar selain 0/1 atau mati oleh sinyal).`);
if (missed) console.log(`${missed} target 100 000 kasus belum tercapai.`);
process.exitCode = failed ? 1 : 0;
