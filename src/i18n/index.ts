/**
 * Message catalogues, one per language, split by area (src/i18n/<lang>/<area>.ts).
 * `t(key, params)` interpolates `{name}` placeholders. This module holds both languages at
 * once (tests and scripts compare them); the CLI loads only the language in use through
 * `muatT` (./muat.ts).
 */
import * as idAreas from './id/all.js';
import * as enAreas from './en/all.js';
import { penerjemah, ratakan, type Bahasa, type Translate } from './muat.js';

export type { Bahasa, Params, Translate } from './muat.js';
export { detectBahasa, muatT } from './muat.js';

const CATALOGUES: Record<Bahasa, Map<string, string>> = {
  id: ratakan(idAreas),
  en: ratakan(enAreas),
};

/** Keys of one language's catalogue (tests compare languages). */
export function catalogueKeys(lang: Bahasa): string[] {
  return [...CATALOGUES[lang].keys()];
}

/** A translator for one language. Unknown keys fall back to Indonesian, then to the key itself. */
export function createT(lang: Bahasa): Translate {
  return penerjemah(CATALOGUES[lang], CATALOGUES.id);
}
