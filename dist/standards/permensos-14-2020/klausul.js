import { LAYANAN_KEYS } from '../types.js';
import { STANDAR } from './katalog.js';
import { bagianPendek } from './define.js';
const huruf = (n) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
/** Lettered clauses of every service that the catalogue has no data for ([angka, number of letters]). */
const TAMBAHAN = [
    ['1.4.1', 5],
    ['2.2.2', 6],
    ['2.4.2', 7],
    ['2.4.3', 10],
    ['2.4.4', 3],
    ['2.5.1', 4],
    ['2.8.3', 0],
    ['2.8.4', 0],
];
function bagianDi(o, out) {
    if (!o || typeof o !== 'object')
        return;
    const b = o;
    if (typeof b.angka === 'string')
        out.push(b);
    for (const v of Object.values(o))
        bagianDi(v, out);
}
export function tingkatDari(angka) {
    return /^1\.(1|2|3|5)(\.|$)/.test(angka) ? 'kasus' : 'lembaga';
}
/** Every clause of the five service standards, once. */
export function klausulPermensos14(standar = STANDAR) {
    const out = new Map();
    for (const k of LAYANAN_KEYS) {
        const s = standar[k];
        const semua = [];
        bagianDi(s, semua);
        for (const b of semua) {
            if (b.angka === '2.1')
                continue;
            const section = `Lampiran ${s.huruf} ${bagianPendek(b)}`;
            if (!out.has(section))
                out.set(section, { section, tingkat: tingkatDari(b.angka) });
        }
        for (const [angka, n] of TAMBAHAN) {
            const items = n === 0 ? [angka] : huruf(n).map((h) => `${angka} ${h}`);
            for (const it of items) {
                const section = `Lampiran ${s.huruf} ${it}`;
                if (!out.has(section))
                    out.set(section, { section, tingkat: tingkatDari(angka), tambahan: true });
            }
        }
    }
    return [...out.values()];
}
/** The section one level up: "Lampiran C 2.3.2 a" → "Lampiran C 2.3.2"; "Lampiran C 2.3.2" → "Lampiran C 2.3". */
export function induk(section) {
    const parts = section.split(' ');
    if (parts[0] === 'Lampiran') {
        if (parts.length > 3)
            return parts.slice(0, -1).join(' ');
        const angka = parts[2].split('.');
        return angka.length > 1 ? `${parts[0]} ${parts[1]} ${angka.slice(0, -1).join('.')}` : null;
    }
    // "Pasal 19 ayat 1 huruf a" → "Pasal 19 ayat 1" → "Pasal 19".
    const m = /^(.*) (ayat|huruf) \S+$/.exec(section);
    return m ? m[1] : null;
}
/**
 * The share of clauses the cited sections cover: a clause is covered when a rule cites
 * it or the section one level above it (a cited section covers its children one level below).
 */
export function ukurCakupan(klausul, dikutip, tidakDiperiksa = []) {
    const kutip = new Set(dikutip);
    const td = new Set(tidakDiperiksa);
    const kena = (s, set) => {
        const p = induk(s);
        return set.has(s) || (p !== null && set.has(p));
    };
    let tercakup = 0;
    let tdN = 0;
    const belum = [];
    for (const k of klausul) {
        if (kena(k.section, kutip))
            tercakup++;
        else if (kena(k.section, td))
            tdN++;
        else
            belum.push(k.section);
    }
    return { total: klausul.length, tercakup, tidakDiperiksa: tdN, belum };
}
