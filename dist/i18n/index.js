/**
 * Message catalogues, one per language, split by area (src/i18n/<lang>/<area>.ts).
 * `t(key, params)` interpolates `{name}` placeholders. This module holds both languages at
 * once (tests and scripts compare them); the CLI loads only the language in use through
 * `muatT` (./muat.ts).
 */
import * as idAreas from './id/all.js';
import * as enAreas from './en/all.js';
import { penerjemah, ratakan } from './muat.js';
export { detectBahasa, muatT } from './muat.js';
const CATALOGUES = {
    id: ratakan(idAreas),
    en: ratakan(enAreas),
};
/** Keys of one language's catalogue (tests compare languages). */
export function catalogueKeys(lang) {
    return [...CATALOGUES[lang].keys()];
}
/** A translator for one language. Unknown keys fall back to Indonesian, then to the key itself. */
export function createT(lang) {
    return penerjemah(CATALOGUES[lang], CATALOGUES.id);
}
