// Campaign (not the default test suite): every limit SECURITY.md states is exercised at the
// limit, with the default heap, and the peak memory is checked against what SECURITY.md
// promises. Each row runs `lembaga validasi` in its own process (GNU time -v for peak RSS);
// a row whose child dies by a signal or exceeds its memory budget FAILS.
//
// Usage: node scripts/limits.mjs [--hanya yaml,alias,xlsx]   (npm run build first)
// The xlsx row needs bench-data/register-300000 (node scripts/bench.mjs --sizes 300000 generates it).
import { existsSync } from 'node:fs';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './bench/measure.mjs';
import { generateYaml } from './bench/generate-yaml.mjs';
import { generate } from './bench/generate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(root, 'bin/lembaga');
const argv = process.argv.slice(2);
const i = argv.indexOf('--hanya');
const hanya = i >= 0 ? argv[i + 1].split(',') : null;
const want = (k) => !hanya || hanya.includes(k);
const MB = 1024 * 1024;

// The limits as the code has them (dist/), so the campaign follows any change.
const { YAML_LIMITS } = await import(path.join(root, 'dist/io/yaml-source.js'));
const { DEFAULT_LIMITS } = await import(path.join(root, 'dist/io/xlsx/reader.js'));

const rows = [];
async function row(label, dir, { budgetMB, expect, env = {} }) {
  const m = await measure(
    process.execPath,
    [bin, 'validasi', dir, '--tanggal', '2025-01-15', '--format', 'json'],
    {
      cwd: root,
      env,
    },
  );
  let out = null;
  try {
    out = JSON.parse(m.stdout);
  } catch {
    /* reported below */
  }
  const verdict = expect(out, m);
  const ok = m.ok && m.peakMB !== null && m.peakMB <= budgetMB && verdict === true;
  rows.push({
    label,
    ok,
    wallS: m.wallS,
    peakMB: m.peakMB,
    budgetMB,
    why: ok ? '' : verdict === true ? (m.ok ? 'memori' : `keluar ${m.code}`) : verdict,
  });
  console.log(
    `${ok ? 'LULUS' : 'GAGAL'}  ${label.padEnd(58)} ${m.wallS.toFixed(1).padStart(7)} s ${String(Math.round(m.peakMB ?? 0)).padStart(6)} MB (≤ ${budgetMB})  ${ok ? '' : rows.at(-1).why}`,
  );
}
const hasRule = (rule) => (out) =>
  out?.findings?.some((f) => f.rule === rule) ? true : `tidak ada temuan ${rule}`;
const readAll = (cases) => (out) =>
  out?.summary?.cases === cases ? true : `kasus terbaca ${out?.summary?.cases} ≠ ${cases}`;

if (want('yaml')) {
  // The largest YAML register under the size limit: read in full within 1 GB.
  const perCase = 2955; // bytes per case of the bench's YAML (generate-yaml.mjs: 29.5 MB for 10 000 cases)
  const n = Math.floor((YAML_LIMITS.maxBytes * 0.98) / perCase);
  const dir = path.join(root, 'bench-data', `yaml-${n}`);
  const file = path.join(dir, 'register', 'register.yaml');
  if (!existsSync(file)) await generateYaml(dir, n);
  const size = (await stat(file)).size;
  if (size > YAML_LIMITS.maxBytes)
    throw new Error(`register YAML ${size} B di atas batas: kurangi n`);
  await row(
    `YAML ${(size / MB).toFixed(1)} MB (batas ${YAML_LIMITS.maxBytes / MB} MB), ${n} kasus`,
    dir,
    {
      budgetMB: 1024,
      expect: readAll(n),
    },
  );
  // One byte over: refused at once, without reading it.
  const over = path.join(root, 'bench-data', 'yaml-lewat-batas');
  await mkdir(path.join(over, 'register'), { recursive: true });
  await writeFile(
    path.join(over, 'lembaga.yaml'),
    'lembaga:\n  nama: LKS Uji\nlayanan:\n  rehabilitasi: {}\n',
  );
  await writeFile(
    path.join(over, 'register', 'register.yaml'),
    '#'.repeat(YAML_LIMITS.maxBytes + 1),
  );
  await row('YAML 1 bait di atas batas: ditolak (parse-error)', over, {
    budgetMB: 300,
    expect: hasRule('parse-error'),
  });
}

if (want('alias')) {
  const dir = path.join(root, 'bench-data', 'yaml-alias');
  await mkdir(path.join(dir, 'register'), { recursive: true });
  await writeFile(
    path.join(dir, 'lembaga.yaml'),
    'lembaga:\n  nama: LKS Uji\nlayanan:\n  rehabilitasi: {}\n',
  );
  const bomb = (k) => {
    let s = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let j = 1; j <= 9; j++)
      s += `a${j}: &a${j} [${Array(10)
        .fill(`*a${j - 1}`)
        .join(', ')}]\n`;
    return s + `kasus: []\nb: [${Array(k).fill('*a0').join(', ')}]\n`;
  };
  await writeFile(path.join(dir, 'register', 'register.yaml'), bomb(YAML_LIMITS.maxAliasCount));
  await row(`YAML "billion laughs" (${YAML_LIMITS.maxAliasCount}+ alias): ditolak`, dir, {
    budgetMB: 300,
    expect: hasRule('parse-error'),
  });
}

if (want('xlsx')) {
  // The largest canonical register measured: 300 000 cases (~900 000 Kegiatan rows), under
  // both the uncompressed-size and the rows-per-sheet limits, read in full.
  const n = 300000;
  const dir = path.join(root, 'bench-data', `register-${n}`);
  if (!existsSync(path.join(dir, 'register', 'register.xlsx'))) await generate(dir, n);
  await row(
    `xlsx ${n} kasus (batas ${DEFAULT_LIMITS.maxUncompressedBytes / MB} MB, ${DEFAULT_LIMITS.maxRows} baris)`,
    dir,
    { budgetMB: 2048, expect: readAll(n) },
  );
  // Over the rows-per-sheet limit: refused with the message naming LEMBAGA_MAKS_BARIS.
  await row('xlsx di atas batas baris (LEMBAGA_MAKS_BARIS=100000): ditolak', dir, {
    budgetMB: 1024,
    env: { LEMBAGA_MAKS_BARIS: '100000' },
    expect: (out) =>
      out?.findings?.some((f) => f.rule === 'parse-error' && /LEMBAGA_MAKS_BARIS/.test(f.message))
        ? true
        : 'tidak ditolak',
  });
}

const failed = rows.filter((r) => !r.ok).length;
console.log(`\n${rows.length - failed} lulus, ${failed} gagal.`);
process.exitCode = failed ? 1 : 0;
