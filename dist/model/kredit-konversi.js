/** Ratings, best first. `butuh-perbaikan` was called `cukup` before 2023. */
export const PREDIKAT_KEYS = [
    'sangat-baik',
    'baik',
    'butuh-perbaikan',
    'kurang',
    'sangat-kurang',
];
