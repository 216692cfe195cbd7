/**
 * Message catalogues, one per language, split by area (src/i18n/<lang>/<area>.ts).
 * `t(key, params)` interpolates `{name}` placeholders.
 */
import * as idAreas from './id/all.js';
import * as enAreas from './en/all.js';
function flatten(areas) {
    const m = new Map();
    for (const area of Object.values(areas))
        for (const [k, v] of Object.entries(area))
            m.set(k, v);
    return m;
}
const CATALOGUES = {
    id: flatten(idAreas),
    en: flatten(enAreas),
};
/** Keys of one language's catalogue (tests compare languages). */
export function catalogueKeys(lang) {
    return [...CATALOGUES[lang].keys()];
}
/** A translator for one language. Unknown keys fall back to Indonesian, then to the key itself. */
export function createT(lang) {
    const cat = CATALOGUES[lang];
    const fallback = CATALOGUES.id;
    return (key, params) => {
        const template = cat.get(key) ?? fallback.get(key) ?? key;
        if (!params)
            return template;
        return template.replace(/\{(\w+)\}/g, (whole, name) => {
            const v = params[name];
            return v === undefined || v === null ? whole : String(v);
        });
    };
}
/** The language from `--bahasa`, else LANG/LC_ALL starting with `en`, else Indonesian. */
export function detectBahasa(flag, env) {
    if (flag === 'en' || flag === 'id')
        return flag;
    const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
    return lang.toLowerCase().startsWith('en') ? 'en' : 'id';
}
