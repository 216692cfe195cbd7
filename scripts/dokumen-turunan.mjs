// Files derived from the code, for `npm run docs` (scripts/gen-docs.mjs) and for the test that
// fails when they are stale (tests/unit/generated.test.ts): every JSON Schema in schemas/, the
// README's rule table and its "Regulasi yang dipakai" block (from the regulation timeline).
// A development tool: it reads the built modules in dist/ and is not part of dist/ itself.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const README_ATURAN = [
  '<!-- aturan:mulai (dibuat oleh npm run docs; jangan diubah manual) -->',
  '<!-- aturan:akhir -->',
];
export const README_REGULASI = [
  '<!-- regulasi:mulai (dibuat oleh npm run docs dari linimasa regulasi; jangan diubah manual) -->',
  '<!-- regulasi:akhir -->',
];

/** Replace what stands between a pair of markers; the text is returned unchanged without them. */
export function ganti(teks, [mulai, akhir], isi) {
  const a = teks.indexOf(mulai);
  const b = teks.indexOf(akhir);
  if (a < 0 || b < a) return teks;
  return teks.slice(0, a + mulai.length) + '\n' + isi + teks.slice(b);
}

/** Every derived file, by its path in the repository, with the content it should have. */
export async function dokumenTurunan(root, readme) {
  const dist = (p) => import(pathToFileURL(path.join(root, 'dist', p)).href);
  const { LEMBAGA_SCHEMA } = await dist('model/lembaga-schema.js');
  const { REGISTER_SCHEMA } = await dist('model/register-schema.js');
  const { KREDIT_SCHEMA } = await dist('model/kredit-schema.js');
  const { KONVERSI_SCHEMA } = await dist('model/kredit-konversi-schema.js');
  const { SEMUA_RULESETS, renderRegulasiMarkdown } = await dist('standards/index.js');
  const { renderRuleTableMarkdown } = await dist('outputs/aturan/render.js');
  const json = (o) => JSON.stringify(o, null, 2) + '\n';
  const tabel = SEMUA_RULESETS.map(
    (rs) => `**${rs.judul}** (\`${rs.id}\`)\n\n${renderRuleTableMarkdown(rs.rules)}`,
  ).join('\n');
  let r = ganti(readme, README_ATURAN, tabel);
  r = ganti(r, README_REGULASI, renderRegulasiMarkdown());
  return {
    'schemas/lembaga.schema.json': json(LEMBAGA_SCHEMA),
    'schemas/register.schema.json': json(REGISTER_SCHEMA),
    'schemas/kredit.schema.json': json(KREDIT_SCHEMA),
    'schemas/kredit-konversi.schema.json': json(KONVERSI_SCHEMA),
    'README.md': r,
  };
}
