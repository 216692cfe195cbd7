import { SUPERVISI_RULES } from './rules-supervisi.js';
import { BERKAS_KASUS_RULES } from './rules-berkas-kasus.js';
import { PRODUK_RULES } from './rules-produk.js';
import { PELAKSANA_RULES } from './rules-pelaksana.js';
import { BEBAN_KERJA_RULES } from './rules-beban-kerja.js';
import { TARIF_FAKTOR_RULES } from './rules-tarif-faktor.js';
export const ATURAN_ISSUE_12 = [
    ...SUPERVISI_RULES,
    ...BERKAS_KASUS_RULES,
    ...PRODUK_RULES,
    ...PELAKSANA_RULES,
    ...BEBAN_KERJA_RULES,
    ...TARIF_FAKTOR_RULES,
];
