// A synthetic YAML register: the first N cases of the bench's canonical register
// (bench-data/register-<M>/), written as `lembaga impor` writes YAML (one document,
// `kasus:` list). Used to measure what YAML size `validasi` reads within memory.
// Usage: node scripts/bench/generate-yaml.mjs <n> [out-folder]
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { generate } from './generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Write <dir>/lembaga.yaml and <dir>/register/register.yaml with n cases; returns the YAML size in bytes. */
export async function generateYaml(dir, n) {
  const src = path.join(root, 'bench-data', `register-${n}`);
  const xlsx = path.join(src, 'register', 'register.xlsx');
  const { existsSync } = await import('node:fs');
  if (!existsSync(xlsx)) await generate(src, n);
  const { readRegisterXlsx } = await import(path.join(root, 'dist/io/register-xlsx.js'));
  const { createT } = await import(path.join(root, 'dist/i18n/index.js'));
  const r = await readRegisterXlsx(xlsx, 'register.xlsx', createT('id'), { schema: false });
  await mkdir(path.join(dir, 'register'), { recursive: true });
  await copyFile(path.join(src, 'lembaga.yaml'), path.join(dir, 'lembaga.yaml'));
  const parts = ['# Register sintetis untuk bench\nkasus:\n'];
  for (const { kasus } of r.kasus) {
    for (const key of ['pengaduan', 'perpanjangan']) if (!kasus[key]?.length) delete kasus[key];
    parts.push(
      stringify([kasus], { lineWidth: 0 })
        .split('\n')
        .map((l) => (l ? '  ' + l : l))
        .join('\n'),
    );
  }
  const text = parts.join('');
  await writeFile(path.join(dir, 'register', 'register.yaml'), text);
  return Buffer.byteLength(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const n = Number(process.argv[2] ?? 10000);
  const dir = process.argv[3] ?? path.join(root, 'bench-data', `yaml-${n}`);
  const bytes = await generateYaml(dir, n);
  console.log(`${dir}: ${n} kasus, ${(bytes / 1048576).toFixed(1)} MB`);
}
