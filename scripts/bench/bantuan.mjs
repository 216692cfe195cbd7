// Start-up cost of the CLI: `lembaga --help` against a bare `node -e 0`, in the same loop
// (interleaved, so both see the same machine load), median of N runs each.
// Alone: node scripts/bench/bantuan.mjs [--ulang 20]   (after npm run build)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function waktuMs(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  if (r.status !== 0) throw new Error(`${args.join(' ')}: status ${r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};

/** Median wall time (ms) of `lembaga --help` and of `node -e 0` over `ulang` interleaved runs. */
export function ukurBantuan(ulang = 20) {
  const bantuan = [];
  const kosong = [];
  for (let i = 0; i < ulang; i++) {
    bantuan.push(waktuMs([path.join(root, 'bin/lembaga'), '--help']));
    kosong.push(waktuMs(['-e', '0']));
  }
  return { ulang, bantuanMs: median(bantuan), nodeMs: median(kosong) };
}

/** The result as one line of the bench report. */
export function barisBantuan(r) {
  return `lembaga --help: ${r.bantuanMs.toFixed(0)} ms; node -e 0: ${r.nodeMs.toFixed(0)} ms; selisih ${(r.bantuanMs - r.nodeMs).toFixed(0)} ms (median ${r.ulang} putaran berselang-seling)`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--ulang');
  console.log(barisBantuan(ukurBantuan(i > 0 ? Number(process.argv[i + 1]) : 20)));
}
