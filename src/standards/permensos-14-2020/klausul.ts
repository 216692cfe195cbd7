/**
 * The clauses of the Lampiran an assessor checks, as a list for measuring coverage:
 * every section the catalogue (katalog.ts) names for each service, plus the lettered
 * clauses of 2.x the catalogue does not carry as data (2.2.2, 2.4.2–2.4.4, 2.5.1,
 * 2.8.3–2.8.4, 1.4.1). Definitions (1.5.1, 1.6.1–1.6.2) and the list of laws a service
 * rests on (2.1, dasar hukum) are not obligations of the institution and are left out
 * (2.1 is still listed as "tidak diperiksa"). Each clause is institution-level or case-level: 1.1–1.3 and 1.5 concern
 * one case (who is a client, the SOP of the case, its time limit, its products);
 * 1.4, 1.6 and 2 the institution (tariffs, complaint procedure, management).
 */
import type { Bagian, StandarLayanan } from '../types.js';
import { LAYANAN_KEYS } from '../types.js';
import { STANDAR } from './katalog.js';
import { bagianPendek } from './define.js';

export type TingkatKlausul = 'lembaga' | 'kasus';

export interface Klausul {
  /** As rules cite it: "Lampiran C 2.3.2 a". */
  section: string;
  tingkat: TingkatKlausul;
  /** True when the clause is not in the catalogue but in the supplement below. */
  tambahan?: boolean;
}

const huruf = (n: number) => Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));

/** Lettered clauses of every service that the catalogue has no data for ([angka, number of letters]). */
const TAMBAHAN: readonly [string, number][] = [
  ['1.4.1', 5],
  ['2.2.2', 6],
  ['2.4.2', 7],
  ['2.4.3', 10],
  ['2.4.4', 3],
  ['2.5.1', 4],
  ['2.8.3', 0],
  ['2.8.4', 0],
];

function bagianDi(o: unknown, out: Bagian[]): void {
  if (!o || typeof o !== 'object') return;
  const b = o as Partial<Bagian>;
  if (typeof b.angka === 'string') out.push(b as Bagian);
  for (const v of Object.values(o)) bagianDi(v, out);
}

export function tingkatDari(angka: string): TingkatKlausul {
  return /^1\.(1|2|3|5)(\.|$)/.test(angka) ? 'kasus' : 'lembaga';
}

/** Every clause of the five service standards, once. */
export function klausulPermensos14(
  standar: Readonly<Record<string, StandarLayanan>> = STANDAR,
): Klausul[] {
  const out = new Map<string, Klausul>();
  for (const k of LAYANAN_KEYS) {
    const s = standar[k]!;
    const semua: Bagian[] = [];
    bagianDi(s, semua);
    for (const b of semua) {
      if (b.angka === '2.1') continue;
      const section = `Lampiran ${s.huruf} ${bagianPendek(b)}`;
      if (!out.has(section)) out.set(section, { section, tingkat: tingkatDari(b.angka) });
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
export function induk(section: string): string | null {
  const parts = section.split(' ');
  if (parts[0] === 'Lampiran') {
    if (parts.length > 3) return parts.slice(0, -1).join(' ');
    const angka = parts[2]!.split('.');
    return angka.length > 1 ? `${parts[0]} ${parts[1]} ${angka.slice(0, -1).join('.')}` : null;
  }
  // "Pasal 19 ayat 1 huruf a" → "Pasal 19 ayat 1" → "Pasal 19".
  const m = /^(.*) (ayat|huruf) \S+$/.exec(section);
  return m ? m[1]! : null;
}

export interface Cakupan {
  total: number;
  tercakup: number;
  /** Not covered by a rule but listed as "tidak diperiksa" with a reason. */
  tidakDiperiksa: number;
  belum: string[];
}

/**
 * The share of clauses the cited sections cover: a clause is covered when a rule cites
 * it or the section one level above it (a cited section covers its children one level below).
 */
export function ukurCakupan(
  klausul: readonly { section: string }[],
  dikutip: Iterable<string>,
  tidakDiperiksa: Iterable<string> = [],
): Cakupan {
  const kutip = new Set(dikutip);
  const td = new Set(tidakDiperiksa);
  const kena = (s: string, set: Set<string>) => {
    const p = induk(s);
    return set.has(s) || (p !== null && set.has(p));
  };
  let tercakup = 0;
  let tdN = 0;
  const belum: string[] = [];
  for (const k of klausul) {
    if (kena(k.section, kutip)) tercakup++;
    else if (kena(k.section, td)) tdN++;
    else belum.push(k.section);
  }
  return { total: klausul.length, tercakup, tidakDiperiksa: tdN, belum };
}
