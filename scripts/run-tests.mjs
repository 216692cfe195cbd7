// Runs the vitest suite (or, with --kampanye, the long campaign) and closes with the plain line CI reads: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const dir = mkdtempSync(path.join(tmpdir(), 'lembaga-vitest-'));
const out = path.join(dir, 'result.json');
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${out}`,
  ...process.argv.slice(2).filter((a) => a !== '--kampanye'),
];
const kampanye = process.argv.includes('--kampanye');
const res = spawnSync('npx', args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    FORCE_COLOR: process.env.CI ? '0' : process.env.FORCE_COLOR,
    ...(kampanye ? { LEMBAGA_UJI: 'kampanye' } : {}),
  },
});
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A suite that fails to load counts as a failure even when it reports no tests.
  for (const s of r.testResults ?? [])
    if (s.status === 'failed' && (s.assertionResults ?? []).length === 0) failed++;
} catch {
  failed = Math.max(failed, 1);
}
rmSync(dir, { recursive: true, force: true });
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(res.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
