/**
 * Types for a regulation encoded as data. The five services of Permensos 14/2020
 * share one skeleton (Lampiran A–E); each service fills it with its own lists and
 * its own section letters, because the letters differ between services
 * (e.g. the shelter is 2.2.1 c in C, absent in A).
 */
/** Service keys (Pasal 32 ayat 2; docs/domain.md). */
export const LAYANAN_KEYS = [
    'pencegahan',
    'perlindungan',
    'rehabilitasi',
    'pemberdayaan',
    'pengembangan',
];
/** The five SOP stages of Pasal 5 (huruf a–e). */
export const TAHAP_KEYS = [
    'pendekatanAwal',
    'asesmen',
    'perencanaan',
    'intervensi',
    'evaluasiRujukanTerminasi',
];
/** Tariff tiers of the matrix in 1.4.4 (columns), not C's rehabilitation levels. */
export const TINGKAT_KEYS = ['tingkat1', 'tingkat2', 'tingkat3'];
/** Durations of a priced item; asesmen is priced once for its "5 tahap". */
export const DURASI_KEYS = ['1-jam', '2-jam', 'lebih-2-jam', '5-tahap'];
