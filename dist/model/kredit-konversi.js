import { PREDIKAT_KINERJA } from './kredit.js';
/** Ratings, best first. `butuh-perbaikan` was called `cukup` before 2023. */
export const PREDIKAT_KEYS = PREDIKAT_KINERJA;
