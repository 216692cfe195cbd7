/** "Today" on which rule examples are read (the date the tests pin, TANGGAL_UJI). */
export const CONTOH_TANGGAL = '2026-11-25';
