/**
 * `--gabung`: add imported cases to an existing register without duplicating a
 * case already there (same register number, or same NIK + service + start date)
 * and without ever dropping or changing one. Importing the same file twice
 * therefore gives the same register.
 */
import type { Kasus } from '../../model/kasus.js';

function secondKey(k: Kasus): string | null {
  const nik = k.klien?.nik;
  const mulai = k.tahapan?.pendekatanAwal?.tanggal;
  return nik && mulai ? `${nik}|${k.layanan}|${mulai}` : null;
}

export interface HasilGabung {
  kasus: Kasus[];
  /** The incoming cases that were added, in order (the YAML merge appends exactly these). */
  baru: Kasus[];
  ditambahkan: number;
  sudahAda: number;
}

export function gabungKasus(existing: readonly Kasus[], incoming: readonly Kasus[]): HasilGabung {
  const nomor = new Set(existing.map((k) => String(k.nomor)));
  const kedua = new Set(existing.map(secondKey).filter((x): x is string => x !== null));
  const kasus = [...existing];
  const baru: Kasus[] = [];
  let ditambahkan = 0;
  let sudahAda = 0;
  for (const k of incoming) {
    const k2 = secondKey(k);
    if (nomor.has(String(k.nomor)) || (k2 && kedua.has(k2))) {
      sudahAda++;
      continue;
    }
    kasus.push(k);
    baru.push(k);
    nomor.add(String(k.nomor));
    if (k2) kedua.add(k2);
    ditambahkan++;
  }
  return { kasus, baru, ditambahkan, sudahAda };
}
