// Baseline: exceljs Workbook.xlsx.readFile of the whole workbook, rows read into objects.
import ExcelJS from 'exceljs';
const file = process.argv[2];
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(file);
let rows = 0;
const out = [];
for (const ws of wb.worksheets) {
  const header = [];
  ws.getRow(1).eachCell((c, i) => {
    header[i] = String(c.value);
  });
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const o = {};
    row.eachCell((c, i) => {
      o[header[i] ?? i] = c.value;
    });
    out.push(o);
    rows++;
  });
}
process.stderr.write(`rows=${rows} BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
