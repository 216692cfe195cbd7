import { RULESET_ID, RULESET_JUDUL } from './data.js';
export const REGULASI_PERMENPANRB_2020 = {
    id: RULESET_ID,
    singkat: 'PermenPANRB 2020 JF Pekerja Sosial',
    judul: RULESET_JUDUL,
    // Diundangkan 27 Mei 2020 (seed 002).
    berlaku: '2020-05-27',
    digantikan: [
        {
            bagian: 'Pasal 24–43: angka kredit per butir kegiatan, target tahunan, batas capaian dan penunjang',
            oleh: 'permenpanrb-1-2023-konversi',
            sejak: '2023-01-01',
            area: 'kredit',
            pesan: {
                id: 'Angka kredit {tahun} dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023), bukan butir kegiatan 2020.',
                en: 'Credit points for {tahun} are computed by converting the performance rating (PermenPANRB 1/2023), not by the 2020 activity items.',
            },
        },
    ],
    area: ['kredit'],
    catatan: {
        id: 'Jabatan fungsional pekerja sosial: jenjang, pengangkatan, SKP; angka kredit per butir kegiatan sampai 2022.',
        en: 'Social-worker functional position: ranks, appointment, SKP; credit points per activity item up to 2022.',
    },
    adaAturan: true,
};
