// Loads a bench folder with the built loader, then times summariseYear alone and reports how
// much heap it added (it should keep counters, not copies of the cases).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = process.argv[2];
const { loadInputs } = await import(path.join(root, 'dist/io/load-folder.js'));
const { summariseYear } = await import(path.join(root, 'dist/outputs/laporan/summarise.js'));
const { STANDAR } = await import(path.join(root, 'dist/standards/index.js'));
const { createT } = await import(path.join(root, 'dist/i18n/index.js'));
const loaded = await loadInputs([dir], { cwd: root, t: createT('id'), schema: false });
const kasus = loaded.registers.flatMap((r) => r.kasus.map((k) => k.kasus));
globalThis.gc?.();
const before = process.memoryUsage().heapUsed;
const t0 = process.hrtime.bigint();
const lap = summariseYear(loaded.lembaga, kasus, {
  tahun: 2024,
  tanggal: '2025-01-15',
  standar: STANDAR,
  findings: [],
});
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const added = (process.memoryUsage().heapUsed - before) / 1048576;
const served = lap.tabel.find((x) => x.id === 'klien-asal').total.nilai.at(-1);
process.stderr.write(
  `SUMMARISE ${kasus.length} kasus, ${served} dilayani 2024, ${ms.toFixed(0)} ms, heap +${added.toFixed(1)} MB\n`,
);
