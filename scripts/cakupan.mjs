// Coverage of the regulations by the sections the rules cite (run after `npm run build`):
//   node scripts/cakupan.mjs            current figures
//   node scripts/cakupan.mjs --tanpa a,b  figures without the rules named (e.g. to compare)
// A clause is covered when a rule cites it or the section one level above it; clauses
// listed as "tidak diperiksa" are counted apart, never as covered.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const imp = (p) => import(path.join(root, 'dist', p));
const { SEMUA_RULESETS } = await imp('standards/index.js');
const { klausulPermensos14, ukurCakupan } = await imp('standards/permensos-14-2020/klausul.js');
const { KLAUSUL_ATENSI } = await imp('standards/permensos-7-2021/klausul.js');
const { KLAUSUL_PERMENPANRB_2020 } = await imp('standards/permenpanrb-2020/klausul.js');
const { TIDAK_DIPERIKSA } = await imp('standards/permensos-14-2020/tidak-diperiksa.js');

const i = process.argv.indexOf('--tanpa');
const tanpa = new Set(i > 0 ? process.argv[i + 1].split(',') : []);
const rules = SEMUA_RULESETS.flatMap((r) => r.rules).filter((r) => !tanpa.has(r.id));
const dikutip = (rs) => rules.filter((r) => r.ruleset === rs).flatMap((r) => r.sections);
const td = (rs) => TIDAK_DIPERIKSA.filter((x) => x.ruleset === rs).flatMap((x) => x.sections);
const baris = (nama, c) =>
  console.log(
    `${nama.padEnd(44)} ${String(c.tercakup).padStart(4)}/${String(c.total).padEnd(4)} ` +
      `${((100 * c.tercakup) / c.total).toFixed(1).padStart(5)} %  (+${c.tidakDiperiksa} tidak diperiksa, ${c.belum.length} belum)`,
  );
const k14 = klausulPermensos14();
const P = 'permensos-14-2020';
for (const t of ['lembaga', 'kasus']) {
  baris(
    `Permensos 14/2020 ${t} (katalog)`,
    ukurCakupan(
      k14.filter((k) => k.tingkat === t && !k.tambahan),
      dikutip(P),
      td(P),
    ),
  );
  baris(
    `Permensos 14/2020 ${t} (katalog + tambahan)`,
    ukurCakupan(
      k14.filter((k) => k.tingkat === t),
      dikutip(P),
      td(P),
    ),
  );
}
const A = 'permensos-7-2021-atensi';
baris('ATENSI (Permensos 7/2021)', ukurCakupan(KLAUSUL_ATENSI, dikutip(A), td(A)));
const J = 'permenpanrb-2020-jf-peksos';
baris(
  'PermenPANRB 2020 (JF Pekerja Sosial)',
  ukurCakupan(KLAUSUL_PERMENPANRB_2020, dikutip(J), td(J)),
);
