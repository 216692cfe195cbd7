/** An example that sets values in the file the rule reads (JSON pointer → value; undefined deletes). */
export function ubah(judul, set, ...temuan) {
    return { judul, set, ...(temuan.length ? { temuan } : {}) };
}
/** An example that sets one value (the common case): `setel(judul, pointer, nilai, ...temuan)`. */
export function setel(judul, pointer, nilai, ...temuan) {
    return ubah(judul, [[pointer, nilai]], ...temuan);
}
/** An example of a case rule that sets values in the register and in lembaga.yaml as well. */
export function ubahSerta(judul, set, lembaga, ...temuan) {
    return { judul, set, lembaga, ...(temuan.length ? { temuan } : {}) };
}
/** A finding a failing example must produce: its exact (Indonesian) message and where it points. */
export function pesanDi(pesan, lokasi) {
    return { pesan, lokasi };
}
/** The passing example of a case rule: the bundled clean register as it is. */
export const REGISTER_APA_ADANYA = {
    judul: 'register examples/lks-harapan-bunda apa adanya.',
    set: [],
};
/** The passing example of an institution rule: the bundled clean example as it is. */
export const LEMBAGA_APA_ADANYA = {
    judul: 'examples/lks-harapan-bunda apa adanya.',
    set: [],
};
/** lembaga.yaml offering social development (Lampiran E) as well. */
export const PENGEMBANGAN_DISELENGGARAKAN = [['/layanan/pengembangan', {}]];
/**
 * The first case made a village's social-development case whose work team was formed at intake
 * (Lampiran E 1.1.3, 1.2.3 d). Fresh values at each call: an example may set inside them.
 */
export function kasusPengembanganDesa() {
    return [
        ['/kasus/0/layanan', 'pengembangan'],
        ['/kasus/0/klien/jenis', 'desa'],
        ['/kasus/0/timKerjaMasyarakat', ['Kepala Dusun II']],
        ['/kasus/0/kegiatan', [{ tanggal: '2026-01-12', kegiatan: 'pembentukan-tim-kerja' }]],
    ];
}
/**
 * The first case supervised by a social worker (ps-02) instead of a supervisor: the failing example
 * of every rule on who supervises a case (Permensos 14/2020 2.3.2, ATENSI Pasal 19); each names
 * the finding its own rule gives.
 */
export function supervisorPeksos(...temuan) {
    return ubah('Supervisor kasus berperan pekerja sosial.', [['/kasus/0/supervisor', 'ps-02']], ...temuan);
}
