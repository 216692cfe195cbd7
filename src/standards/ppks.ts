/**
 * The 26 categories of Pemerlu Pelayanan Kesejahteraan Sosial (PPKS), as the
 * register's keys with Indonesian and English labels (docs/domain.md "Identifiers
 * and personal data"). One list for the schema, the register template, the
 * importer and the report.
 *
 * The list itself is data, in ppks.json beside this file (the build copies it into dist/,
 * tsconfig.build.json); it is read once, as a module is, and its shape is checked by
 * tests/unit/data-json.test.ts.
 */
import { createRequire } from 'node:module';

/** One category as ppks.json holds it. */
export interface KategoriPpks {
  key: string;
  id: string;
  en: string;
}

const DATA = createRequire(import.meta.url)('./ppks.json') as readonly KategoriPpks[];

export const PPKS: readonly (readonly [key: string, id: string, en: string])[] = DATA.map(
  (k) => [k.key, k.id, k.en] as const,
);

export const PPKS_KEYS: readonly string[] = PPKS.map(([k]) => k);
