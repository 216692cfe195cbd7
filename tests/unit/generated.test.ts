import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { dokumenTurunan } from '../../scripts/dokumen-turunan.mjs';
import { ROOT } from '../helpers/examples.js';
import { catalogueKeys } from '../../src/i18n/index.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
// Reads the built modules (npm test builds first), as `npm run docs` does.
const turunan = await dokumenTurunan(ROOT, readme);

describe('generated files are up to date (run `npm run docs` when this fails)', () => {
  for (const [file, expected] of Object.entries(turunan)) {
    it(file, () => {
      expect(readFileSync(path.join(ROOT, file), 'utf8')).toBe(expected);
    });
  }
  it('the README has the generated rule table', () => {
    expect(readme).toContain('`supervisor-pendidikan`');
  });
});

describe('message catalogues', () => {
  it('Indonesian and English have the same keys', () => {
    const id = new Set(catalogueKeys('id'));
    const en = new Set(catalogueKeys('en'));
    expect([...id].filter((k) => !en.has(k))).toEqual([]);
    expect([...en].filter((k) => !id.has(k))).toEqual([]);
  });
});
