// Fails (exit 1) when src/ has an import cycle between files (value imports; `import type`
// is erased by the compiler and cannot form a cycle at run time). Part of `npm run lint`.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
const files = [];
(function walk(d) {
  for (const f of readdirSync(d)) {
    const p = path.join(d, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (p.endsWith('.ts')) files.push(p);
  }
})(root);

const IMPOR =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const graf = new Map();
for (const f of files) {
  const teks = readFileSync(f, 'utf8');
  const ke = new Set();
  for (const m of teks.matchAll(IMPOR)) {
    if (m[2]) continue; // import type / export type
    const rel = m[3] ?? m[4];
    ke.add(path.join(path.dirname(f), rel).replace(/\.js$/, '.ts'));
  }
  graf.set(
    f,
    [...ke].filter((t) => graf.has(t) || files.includes(t)),
  );
}

// Tarjan's strongly connected components: every component of more than one file is a cycle.
let i = 0;
const indeks = new Map();
const rendah = new Map();
const tumpuk = [];
const diTumpuk = new Set();
const siklus = [];
function kunjungi(v) {
  indeks.set(v, i);
  rendah.set(v, i++);
  tumpuk.push(v);
  diTumpuk.add(v);
  for (const w of graf.get(v) ?? []) {
    if (!indeks.has(w)) {
      kunjungi(w);
      rendah.set(v, Math.min(rendah.get(v), rendah.get(w)));
    } else if (diTumpuk.has(w)) rendah.set(v, Math.min(rendah.get(v), indeks.get(w)));
  }
  if (rendah.get(v) === indeks.get(v)) {
    const c = [];
    let w;
    do {
      w = tumpuk.pop();
      diTumpuk.delete(w);
      c.push(path.relative(root, w));
    } while (w !== v);
    if (c.length > 1 || (graf.get(v) ?? []).includes(v)) siklus.push(c.sort());
  }
}
for (const v of graf.keys()) if (!indeks.has(v)) kunjungi(v);

if (siklus.length) {
  console.error(`Siklus impor di src/ (${siklus.length}):`);
  for (const c of siklus) console.error(`  ${c.join(' → ')}`);
  process.exit(1);
}
console.log(`Tidak ada siklus impor (${files.length} berkas src/).`);
