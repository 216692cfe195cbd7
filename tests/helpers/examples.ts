/** Loading the bundled examples in tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import type { Lembaga } from '../../src/model/lembaga.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
/** The date tests treat as "today", so the examples' expiry dates stay meaningful. */
export const TANGGAL_UJI = '2026-11-25';

export function loadExampleLembaga(name = 'lks-harapan-bunda'): Lembaga {
  const file = path.join(EXAMPLES, name, 'lembaga.yaml');
  const src = parseYamlSource(readFileSync(file), file);
  if (src.problems.some((p) => p.severity === 'error'))
    throw new Error(`example ${name} does not parse`);
  return src.data as Lembaga;
}
