// npm run fuzz: a longer campaign than `npm test` runs (issue 9). The property tests of
// tests/hardening/properti.test.ts with many more runs and a fresh seed (printed, so a failure
// reproduces with FUZZ_SEED=<seed>), then the whole bad-input corpus over every command.
// Usage: npm run fuzz [-- --runs 500 --seed 123]
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const runs = arg('--runs', '300');
const seed = arg('--seed', String(Date.now() % 2147483647));
// The type fuzzer (issue 17 §10): this many cases, each a folder with one document mutated.
const tipe = arg('--tipe', '10000');
// The type fuzzer runs in this many shards at once (one per core by default).
const bagi = Number(arg('--bagi', String(Math.max(1, os.availableParallelism()))));
process.stderr.write(
  `lembaga fuzz: seed ${seed}, ${runs} runs per property\n` +
    '  - mutated lembaga.yaml + register (delete keys, change types, swap/invalid dates, unicode,\n' +
    '    control characters, numbers as strings, long text) -> validasi, tarif, laporan\n' +
    '  - raw byte edits of lembaga.yaml -> the YAML loader\n' +
    '  - random legacy tables with junk rows -> impor (rowsRead = imported + rejected)\n' +
    '  - random registers -> Excel -> read back (same cases)\n' +
    '  - random strings -> CSV/Markdown cells (never a formula)\n' +
    '  - the bad-input corpus (YAML, workbooks, CSV, zip bombs, 1 048 576 rows) -> every command\n' +
    `  - type fuzzer: ${tipe} cases, every field of lembaga.yaml, a register or a credit log given\n` +
    '    a value of another type (null, empty, numbers, huge, lists, maps, Unicode, bad dates)\n' +
    '    -> validasi, laporan, register, tarif, sop, angka-kredit (no "Galat internal")\n' +
    `    in ${bagi} shard(s) at once\n` +
    `  Reproduce a failure: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} TIPE_RUNS=${tipe} TIPE_SEMUA=1 npx vitest run tests/hardening\n` +
    '  (a type-fuzzer case alone: TIPE_DARI=<case> TIPE_RUNS=1)\n\n',
);
const res = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    'tests/hardening/properti.test.ts',
    'tests/hardening/corpus.test.ts',
    '--testTimeout=1800000',
    '--hookTimeout=1800000',
  ],
  {
    stdio: 'inherit',
    env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
  },
);

/** One shard of the type fuzzer: cases [dari, dari + n). */
function shard(dari, n) {
  return new Promise((resolve) => {
    const c = spawn('npx', ['vitest', 'run', 'tests/hardening/tipe.test.ts'], {
      stdio: 'inherit',
      env: {
        ...process.env,
        FUZZ_SEED: seed,
        TIPE_DARI: String(dari),
        TIPE_RUNS: String(n),
        TIPE_SEMUA: '1',
      },
    });
    c.on('close', (code) => resolve(code));
  });
}
const total = Number(tipe);
const per = Math.ceil(total / bagi);
const kode = await Promise.all(
  Array.from({ length: bagi }, (_, k) => k * per)
    .filter((dari) => dari < total)
    .map((dari) => shard(dari, Math.min(per, total - dari))),
);
const ok = res.status === 0 && kode.every((k) => k === 0);
process.stderr.write(
  `\nlembaga fuzz: seed ${seed}, ${runs} runs per property, ${tipe} type-fuzzer cases: ${ok ? 'no failure' : 'FAILED'}\n`,
);
process.exit(ok ? 0 : 1);
