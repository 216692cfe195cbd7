/**
 * Case rules of Permensos 14/2020: the SOP stages of Pasal 5–11 and the case-level clauses of
 * Lampiran A–E (1.1, 1.2, 1.3, 1.4, 1.6, 2.2.1, 2.3, 2.6), checked for every case of every
 * register, one file per clause area (rules-kasus-*.ts), plus the NIK rules (rules-nik.ts).
 */
import type { Rule } from '../rule.js';
import { KLIEN_RULES } from './rules-kasus-klien.js';
import { TAHAPAN_RULES } from './rules-kasus-tahapan.js';
import { JANGKA_WAKTU_RULES } from './rules-kasus-jangka-waktu.js';
import { TARIF_KASUS_RULES } from './rules-kasus-tarif.js';
import { PENGADUAN_KASUS_RULES } from './rules-kasus-pengaduan.js';
import { PELAKSANA_KASUS_RULES } from './rules-kasus-pelaksana.js';
import { REGISTER_RULES } from './rules-kasus-register.js';

export { IDENTITAS_RULES } from './rules-nik.js';

/** Every case rule of Permensos 14/2020, in the order of the Lampiran. */
export const KASUS_RULES: readonly Rule[] = [
  ...KLIEN_RULES,
  ...TAHAPAN_RULES,
  ...JANGKA_WAKTU_RULES,
  ...TARIF_KASUS_RULES,
  ...PENGADUAN_KASUS_RULES,
  ...PELAKSANA_KASUS_RULES,
  ...REGISTER_RULES,
];
