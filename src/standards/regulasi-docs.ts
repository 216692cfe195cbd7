/**
 * Files derived from the regulation timeline (issue 13): the README block
 * "Regulasi yang dipakai" between its markers, and the JSON Schema of the
 * conversion-form credit log. Written by `npm run docs` (scripts/gen-docs.mjs).
 */
import { renderRegulasiMarkdown } from './index.js';
import { KONVERSI_SCHEMA } from '../model/kredit-konversi-schema.js';

export const REGULASI_MULAI =
  '<!-- regulasi:mulai (dibuat oleh npm run docs dari linimasa regulasi; jangan diubah manual) -->';
export const REGULASI_AKHIR = '<!-- regulasi:akhir -->';

/** Replace the timeline block between the markers of a README text. */
export function withRegulasi(readme: string): string {
  const a = readme.indexOf(REGULASI_MULAI);
  const b = readme.indexOf(REGULASI_AKHIR);
  if (a < 0 || b < a) return readme;
  return (
    readme.slice(0, a + REGULASI_MULAI.length) + '\n' + renderRegulasiMarkdown() + readme.slice(b)
  );
}

export function regulasiDocs(readme: string): Record<string, string> {
  return {
    'README.md': withRegulasi(readme),
    'schemas/kredit-konversi.schema.json': JSON.stringify(KONVERSI_SCHEMA, null, 2) + '\n',
  };
}
