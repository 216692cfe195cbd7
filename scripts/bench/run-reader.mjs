// Our streaming reader: readRegisterXlsx (cases, activities, schema check, locator).
import path from 'node:path';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const { readRegisterXlsx } = await import(path.join(root, 'dist/io/register-xlsx.js'));
const { createT } = await import(path.join(root, 'dist/i18n/index.js'));
const r = await readRegisterXlsx(process.argv[2], 'register.xlsx', createT('id'));
const acts = r.kasus.reduce((n, k) => n + (k.kasus.kegiatan?.length ?? 0), 0);
process.stderr.write(
  `cases=${r.kasus.length} activities=${acts} problems=${r.problems.length} BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`,
);
if (r.problems.length) process.stderr.write(JSON.stringify(r.problems.slice(0, 3)) + '\n');
