/**
 * The translator without the catalogues: `t(key, params)` over one language's messages, and
 * `muatT`, which imports only the language in use (the entry point's path: `lembaga --help`
 * in Indonesian never reads the English catalogue, nor the other way round).
 */
export type Bahasa = 'id' | 'en';
export type Params = Record<string, string | number | null | undefined>;
export type Translate = (key: string, params?: Params) => string;

/** One language's messages, every area in one map. */
export type Katalog = ReadonlyMap<string, string>;

/** The areas of a language (src/i18n/<lang>/all.ts) as one map. */
export function ratakan(areas: Record<string, Record<string, string>>): Map<string, string> {
  const m = new Map<string, string>();
  for (const area of Object.values(areas)) for (const [k, v] of Object.entries(area)) m.set(k, v);
  return m;
}

/** A translator over `cat`; a key it lacks comes from `cadangan` (Indonesian), else is the key itself. */
export function penerjemah(cat: Katalog, cadangan?: Katalog): Translate {
  return (key, params) => {
    const template = cat.get(key) ?? cadangan?.get(key) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const v = params[name];
      return v === undefined || v === null ? whole : String(v);
    });
  };
}

/**
 * A translator for one language, importing only that language's catalogue. The parity test
 * keeps both languages' keys the same, so English needs no Indonesian fallback here.
 */
export async function muatT(lang: Bahasa): Promise<Translate> {
  const areas = lang === 'en' ? await import('./en/all.js') : await import('./id/all.js');
  return penerjemah(ratakan(areas));
}

/** The language from `--bahasa`, else LANG/LC_ALL starting with `en`, else Indonesian. */
export function detectBahasa(flag: string | undefined, env: NodeJS.ProcessEnv): Bahasa {
  if (flag === 'en' || flag === 'id') return flag;
  const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return lang.toLowerCase().startsWith('en') ? 'en' : 'id';
}
