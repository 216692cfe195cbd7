/**
 * Register fields a legacy column can map to, with the Indonesian and English
 * headers, abbreviations and spellings offices use for them, and the mapping
 * proposal: exact synonym, then prefix, then close spelling (fastest-levenshtein).
 */
import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import { KOLOM_REGISTER } from '../../model/register-kolom.js';
import { fold } from './values.js';
/** Special targets: the value goes to the case's notes as "Kolom X: value", or is ignored on purpose. */
export const KE_CATATAN = 'simpan-di-catatan';
export const ABAIKAN = 'abaikan';
/**
 * The written targets and the legacy headers seen for each, in fields.json beside this file
 * (plain data: the build copies it into dist/, tsconfig.build.json; tests/unit/data-json.test.ts
 * checks its shape). Every stage of the case process (Permensos 14/2020 Lampiran A–E angka 1.2)
 * has its date field there, so a legacy column naming a stage lands in it, not in the notes
 * (issue 14.5); an extension of the service period (1.3.3) has at most one per legacy row; the
 * `abaikan` entry lists columns that carry nothing of the case (a running number, or what the
 * rejected-rows workbook adds).
 */
const TARGETS_TERTULIS = createRequire(import.meta.url)('./fields.json');
/**
 * Every other column of the canonical register is a target too, so a field added to the
 * register is importable at once: dates, yes/no and text by their kind, choices and lists
 * by the column's allowed values (`pilihan`).
 */
const JENIS_DARI_KOLOM = {
    date: 'tanggal',
    bool: 'ya-tidak',
    text: 'teks',
    enum: 'pilihan',
    list: 'pilihan',
};
export const TARGETS = [
    ...TARGETS_TERTULIS,
    ...KOLOM_REGISTER.flatMap((k) => {
        const key = k.path
            .replace(/\/\*\//g, '/')
            .split('/')
            .join('.');
        const kind = JENIS_DARI_KOLOM[k.kind];
        if (!kind || TARGETS_TERTULIS.some((t) => t.key === key))
            return [];
        return [{ key, kind, synonyms: [k.header, ...(k.aliases ?? [])] }];
    }),
];
/** The canonical column of a generated target (its allowed values, list or single). */
export function kolomKanonik(key) {
    return KOLOM_REGISTER.find((k) => k.path
        .replace(/\/\*\//g, '/')
        .split('/')
        .join('.') === key);
}
/**
 * The canonical register's own headers and aliases (register-columns.ts) are synonyms
 * of the field they hold, so a sheet laid out like `register/*.xlsx` maps fully and a
 * field added to the register is never without a header the importer knows.
 */
const KANONIK = new Map();
for (const k of KOLOM_REGISTER) {
    const key = k.path
        .replace(/\/\*\//g, '/')
        .split('/')
        .join('.');
    KANONIK.set(key, [...(KANONIK.get(key) ?? []), k.header, ...(k.aliases ?? [])]);
}
/** Canonical header → field, tried before the legacy synonyms (one of them, "Nomor", is a running number in legacy sheets). */
const DARI_KANONIK = [...KANONIK].flatMap(([key, hs]) => TARGETS.some((t) => t.key === key)
    ? hs.filter((h) => h !== 'Nomor').map((h) => ({ folded: foldHeader(h), key }))
    : []);
export const TARGET_KEYS = [
    ...TARGETS.map((t) => t.key).filter((k) => k !== ABAIKAN),
    'catatan',
    KE_CATATAN,
    ABAIKAN,
].filter((k, i, a) => a.indexOf(k) === i);
export function targetOf(key) {
    return TARGETS.find((t) => t.key === key);
}
const SYNONYMS = [
    ...TARGETS.flatMap((t) => t.synonyms.map((s) => ({ folded: foldHeader(s), key: t.key }))),
    ...DARI_KANONIK,
];
const BY_FOLDED = new Map();
for (const s of SYNONYMS)
    if (!BY_FOLDED.has(s.folded))
        BY_FOLDED.set(s.folded, s.key);
/** Header text folded for comparison: "Tgl. Masuk" → "tgl masuk", "Tempat/Tgl Lahir" → "tempat tgl lahir". */
export function foldHeader(s) {
    return fold(s
        .replace(/\btanggal\b/gi, 'tgl')
        .replace(/\bnomor\b/gi, 'no')
        .replace(/\bnomer\b/gi, 'no'))
        .replace(/\b(dd mm yyyy|dd mm yy|hh bb tttt|tgl bln thn|yyyy mm dd)\b/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Best target for one header text, or null. */
export function matchHeader(header) {
    const f = foldHeader(header);
    if (!f)
        return null;
    const exact = BY_FOLDED.get(f);
    if (exact)
        return { key: exact, score: 1 };
    // "Alamat Lengkap Sesuai KTP", "Nama Klien (sesuai KK)": a known header followed by more words.
    let best = null;
    for (const s of SYNONYMS) {
        if (s.folded.length >= 3 && f.startsWith(s.folded + ' ')) {
            const score = 0.85 * Math.min(1, (s.folded.length + 6) / f.length);
            if (!best || score > best.score)
                best = { key: s.key, score };
        }
    }
    if (best && best.score >= 0.5)
        return best;
    // Close spelling: "Tgl Msuk", "Jenis Klamin".
    for (const s of SYNONYMS) {
        if (s.folded.length < 4)
            continue;
        // The edit distance is at least the length difference: skip what cannot be close
        // (a 30 000-character data cell in the header scan would otherwise cost seconds).
        const limit = Math.max(1, Math.floor(s.folded.length / 5));
        if (Math.abs(f.length - s.folded.length) > limit)
            continue;
        const d = distance(f, s.folded);
        const score = 1 - d / Math.max(f.length, s.folded.length);
        if (d <= limit && (!best || score > best.score))
            best = { key: s.key, score: Math.min(score, 0.8) };
    }
    return best;
}
/**
 * One target per column. Each field is taken by its best-matching column; a second
 * column matching the same field keeps its values in the notes (never dropped).
 */
export function proposeMapping(headers) {
    const candidates = headers.map((h) => {
        let best = null;
        for (const v of [h.header, ...(h.variants ?? [])]) {
            const m = matchHeader(v);
            if (m && (!best || m.score > best.score))
                best = m;
        }
        return { ...h, best };
    });
    const taken = new Map();
    const order = [...candidates].sort((a, b) => (b.best?.score ?? 0) - (a.best?.score ?? 0) || a.index - b.index);
    const result = new Map();
    for (const c of order) {
        const key = c.best?.key;
        const field = key ? targetOf(key) : undefined;
        if (key && (field?.multi || !taken.has(key))) {
            taken.set(key, c.index);
            result.set(c.index, { index: c.index, header: c.header, target: key, score: c.best.score });
        }
        else {
            result.set(c.index, { index: c.index, header: c.header, target: KE_CATATAN, score: 0 });
        }
    }
    return headers.map((h) => result.get(h.index));
}
