/**
 * Files derived from the code: JSON Schemas and the README's rule table.
 * `npm run docs` writes them; tests/unit/generated.test.ts fails when they are stale.
 */
import { LEMBAGA_SCHEMA } from '../model/lembaga-schema.js';
import { REGISTER_SCHEMA } from '../model/register-schema.js';
import { SEMUA_RULESETS as RULESETS } from '../standards/index.js';
import { renderRuleTableMarkdown } from '../outputs/aturan/render.js';

export const README_MULAI =
  '<!-- aturan:mulai (dibuat oleh npm run docs; jangan diubah manual) -->';
export const README_AKHIR = '<!-- aturan:akhir -->';

/** Replace the rule table between the markers of a README text. */
export function withRuleTable(readme: string): string {
  const a = readme.indexOf(README_MULAI);
  const b = readme.indexOf(README_AKHIR);
  if (a < 0 || b < a) return readme;
  const table = RULESETS.map(
    (rs) => `**${rs.judul}** (\`${rs.id}\`)\n\n${renderRuleTableMarkdown(rs.rules)}`,
  ).join('\n');
  return readme.slice(0, a + README_MULAI.length) + '\n' + table + readme.slice(b);
}

/** Every generated file with its expected content, given the current README. */
export function generatedDocs(readme: string): Record<string, string> {
  return {
    'schemas/lembaga.schema.json': JSON.stringify(LEMBAGA_SCHEMA, null, 2) + '\n',
    'schemas/register.schema.json': JSON.stringify(REGISTER_SCHEMA, null, 2) + '\n',
    'README.md': withRuleTable(readme),
  };
}
