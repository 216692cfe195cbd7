/**
 * A case under construction while the importer reads one row: values set by dotted path
 * ("klien.nik"), read back the same way, and the keys put in the order a person reads a
 * register entry before the case leaves the importer.
 */
import type { Kasus } from '../../model/kasus.js';

export type Draf = Record<string, unknown>;

/** Dotted paths split once (a few dozen fields, set on every row). */
const BAGIAN = new Map<string, string[]>();

function bagian(path: string): string[] {
  let parts = BAGIAN.get(path);
  if (!parts) {
    parts = path.split('.');
    if (BAGIAN.size < 1024) BAGIAN.set(path, parts);
  }
  return parts;
}

/** Set a value at a dotted path, creating the objects on the way. */
export function set(obj: Record<string, unknown>, path: string, value: unknown): void {
  const parts = bagian(path);
  let o = obj;
  for (let i = 0; i < parts.length - 1; i++) {
    const k = parts[i]!;
    if (!o[k] || typeof o[k] !== 'object') o[k] = {};
    o = o[k] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}

/** The value at a dotted path, or undefined. */
export function get(obj: Record<string, unknown>, path: string): unknown {
  let o: unknown = obj;
  for (const k of bagian(path)) {
    if (!o || typeof o !== 'object') return undefined;
    o = (o as Record<string, unknown>)[k];
  }
  return o;
}

const KASUS_ORDER = [
  'nomor',
  'layanan',
  'status',
  'klien',
  'pemohon',
  'pekerjaSosial',
  'supervisor',
  'timKerjaMasyarakat',
  'tahapan',
  'perpanjangan',
  'catatan',
];
const KLIEN_ORDER = [
  'jenis',
  'nama',
  'nik',
  'tanggalLahir',
  'jenisKelamin',
  'alamat',
  'kodeWilayah',
  'ppks',
  'klaster',
  'basisLayanan',
  'dtks',
  'abh',
];
const TAHAPAN_ORDER = [
  'pendekatanAwal',
  'asesmen',
  'perencanaan',
  'intervensi',
  'evaluasi',
  'rujukan',
  'terminasi',
];

function ordered(o: Record<string, unknown>, order: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of order) {
    const v = o[key];
    if (v !== undefined) out[key] = v;
  }
  // A draft is a plain object (no inherited keys): for…in without the entries' arrays.
  for (const key in o) if (!(key in out)) out[key] = o[key];
  return out;
}

/** Keys in the order a person reads a register entry. */
export function orderKasus(k: Record<string, unknown>): Kasus {
  const out = ordered(k, KASUS_ORDER);
  if (out.klien) out.klien = ordered(out.klien as Record<string, unknown>, KLIEN_ORDER);
  if (out.tahapan) out.tahapan = ordered(out.tahapan as Record<string, unknown>, TAHAPAN_ORDER);
  return out as unknown as Kasus;
}
