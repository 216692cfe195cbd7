/**
 * What a printed document must never carry (issue 14, "Papers an assessor accepts"):
 * unresolved message keys and program vocabulary (file names, options, backticks, commands,
 * rule ids). Returns each offending snippet, so a failure shows where it is.
 */
import { catalogueKeys } from '../../src/i18n/index.js';
import { SEMUA_RULESETS } from '../../src/standards/index.js';

const KUNCI = new Set([...catalogueKeys('id'), ...catalogueKeys('en')]);
const AREA = [...new Set([...KUNCI].map((k) => k.split('.')[0]!))].join('|');
const KUNCI_MENTAH = new RegExp(`(?<![\\w@./-])(?:${AREA})\\.[A-Za-z][\\w-]*(?:\\.[\\w-]+)*`, 'g');
/** Rule ids with a hyphen (single words such as "schema" are ordinary words too). */
const ATURAN = SEMUA_RULESETS.flatMap((rs) => rs.rules.map((r) => r.id)).filter((id) =>
  id.includes('-'),
);
const KOSAKATA: RegExp[] = [
  /lembaga\.ya?ml/gi,
  /`/g,
  /(?:^|[\s(])--[a-z][\w-]*/g,
  /\blembaga (?:validasi|aturan|sop|tarif|register|laporan|init|impor|angka-kredit)\b/g,
  /\bLihat `?lembaga/g,
];

export function masalahDokumen(teks: string): string[] {
  const out: string[] = [];
  const konteks = (i: number, n: number) =>
    teks.slice(Math.max(0, i - 30), i + n + 30).replace(/\s+/g, ' ');
  for (const m of teks.matchAll(KUNCI_MENTAH))
    out.push(`key ${m[0]}: …${konteks(m.index, m[0].length)}…`);
  for (const re of KOSAKATA)
    for (const m of teks.matchAll(re))
      out.push(`vocab ${m[0]}: …${konteks(m.index, m[0].length)}…`);
  for (const id of ATURAN) {
    const i = teks.search(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
    if (i >= 0) out.push(`rule id ${id}: …${konteks(i, id.length)}…`);
  }
  return out;
}
