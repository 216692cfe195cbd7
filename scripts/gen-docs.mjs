// Regenerates what is derived from the code: the JSON Schemas in schemas/ and the
// README's rule table (between the markers). Run after `npm run build`; a test fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generatedDocs } = await import(path.join(root, 'dist/docs/generated.js'));
// The README's "Regulasi yang dipakai" block and the conversion-log schema (issue 13),
// generated from the regulation timeline; tests/unit/kredit-linimasa.test.ts fails when stale.
const { regulasiDocs } = await import(path.join(root, 'dist/standards/regulasi-docs.js'));
const docs = generatedDocs(readFileSync(path.join(root, 'README.md'), 'utf8'));
Object.assign(docs, regulasiDocs(docs['README.md']));
for (const [file, content] of Object.entries(docs)) {
  const target = path.join(root, file);
  let old = '';
  try {
    old = readFileSync(target, 'utf8');
  } catch {
    /* new file */
  }
  if (old !== content) {
    writeFileSync(target, content);
    console.log(`updated ${file}`);
  }
}
