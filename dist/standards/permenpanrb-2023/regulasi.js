import { RULESET_ID_2023, RULESET_JUDUL_2023 } from './rules.js';
export const REGULASI_PERMENPANRB_2023 = {
    id: RULESET_ID_2023,
    singkat: 'PermenPANRB 1/2023; PerBKN 3/2023',
    judul: RULESET_JUDUL_2023,
    berlaku: '2023-01-01',
    area: ['kredit'],
    catatan: {
        id: 'Angka kredit sejak 2023: persentase predikat kinerja × koefisien tahunan jenjang × bulan/12; ambang kumulatif per jenjang.',
        en: 'Credit points from 2023: rating percentage × jenjang yearly coefficient × months/12; cumulative thresholds per jenjang.',
    },
    adaAturan: true,
};
