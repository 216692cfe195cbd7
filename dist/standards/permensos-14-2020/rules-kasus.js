import { KLIEN_RULES } from './rules-kasus-klien.js';
import { TAHAPAN_RULES } from './rules-kasus-tahapan.js';
import { JANGKA_WAKTU_RULES } from './rules-kasus-jangka-waktu.js';
import { TARIF_KASUS_RULES } from './rules-kasus-tarif.js';
import { PENGADUAN_KASUS_RULES } from './rules-kasus-pengaduan.js';
import { PELAKSANA_KASUS_RULES } from './rules-kasus-pelaksana.js';
import { REGISTER_RULES } from './rules-kasus-register.js';
export { IDENTITAS_RULES } from './rules-nik.js';
/** Every case rule of Permensos 14/2020, in the order of the Lampiran. */
export const KASUS_RULES = [
    ...KLIEN_RULES,
    ...TAHAPAN_RULES,
    ...JANGKA_WAKTU_RULES,
    ...TARIF_KASUS_RULES,
    ...PENGADUAN_KASUS_RULES,
    ...PELAKSANA_KASUS_RULES,
    ...REGISTER_RULES,
];
