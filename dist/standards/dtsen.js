/** Inpres 4/2025 tentang Data Tunggal Sosial dan Ekonomi Nasional. */
export const DTSEN_SEJAK = '2025-02-05';
/** The client's status in the national social register, and the field it was written in. */
export function statusDataSosial(klien) {
    if (klien.dtsen !== undefined)
        return { status: klien.dtsen, kunci: 'dtsen' };
    return { status: klien.dtks, kunci: 'dtks' };
}
/** Whether DTSEN is the register's name on this date. */
export function eraDtsen(tanggal) {
    return tanggal >= DTSEN_SEJAK;
}
