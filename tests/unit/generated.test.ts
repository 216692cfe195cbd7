import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatedDocs } from '../../src/docs/generated.js';
import { ROOT } from '../helpers/examples.js';
import { catalogueKeys } from '../../src/i18n/index.js';

describe('generated files are up to date (run `npm run docs` when this fails)', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  for (const [file, expected] of Object.entries(generatedDocs(readme))) {
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
