// `npm ci` / `npm install` lifecycle: build dist/ when the compiler is installed (a developer's
// clone), and otherwise keep the dist/ that ships in the repository (`npm ci --omit=dev`,
// `npm install -g .`), so the command works either way.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (existsSync(tsc)) {
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exit(r.status ?? 1);
}
if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error(
    'lembaga: dist/ tidak ada dan TypeScript tidak terpasang; jalankan "npm ci" (tanpa --omit=dev).',
  );
  process.exit(1);
}
