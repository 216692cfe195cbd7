// Regenerates what is derived from the code: the JSON Schemas in schemas/ and the
// README's rule table (between the markers). Run after `npm run build`; a test fails when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { generatedDocs } = await import(path.join(root, 'dist/docs/generated.js'));
for (const [file, content] of Object.entries(
  generatedDocs(readFileSync(path.join(root, 'README.md'), 'utf8')),
)) {
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
