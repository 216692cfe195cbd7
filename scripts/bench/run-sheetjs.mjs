// Baseline: SheetJS (the npm `xlsx` package, 0.18.5 — the last version on npm's registry,
// a bench-only devDependency) reading the whole workbook and every sheet into row objects.
import XLSX from 'xlsx';
const wb = XLSX.readFile(process.argv[2]);
let rows = 0;
for (const name of wb.SheetNames) rows += XLSX.utils.sheet_to_json(wb.Sheets[name]).length;
process.stderr.write(`rows=${rows} BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
