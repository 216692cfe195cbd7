// Regenerates what is derived from the code (scripts/dokumen-turunan.mjs): the JSON Schemas in
// schemas/ and the README's generated blocks. Run after `npm run build`; a test fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { dokumenTurunan } from './dokumen-turunan.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docs = await dokumenTurunan(root, readFileSync(path.join(root, 'README.md'), 'utf8'));
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
