export const JENIS_LEMBAGA = ['LKS', 'panti', 'UPT', 'balai', 'praktik-mandiri'];
export const KEPEMILIKAN = [
    'masyarakat',
    'pemerintah-pusat',
    'pemerintah-provinsi',
    'pemerintah-kabupaten-kota',
];
/** Roles of staff: social worker, supervisor, and the other personnel of 2.3.3. */
export const PERAN_STAF = [
    'pekerja-sosial',
    'supervisor',
    'penyuluh-sosial',
    'tenaga-kesejahteraan-sosial',
    'relawan-sosial',
    'tokoh-agama',
    'tokoh-masyarakat',
    'pendidik',
    'psikolog',
    'dokter',
    'perawat',
    'konselor-adiksi',
    'pendamping-sosial',
    'advokat-paralegal',
    'terapis',
    'administrasi',
    'lainnya',
];
/** Education levels, lowest first. */
export const JENJANG_PENDIDIKAN = ['SMA', 'D3', 'D4', 'S1', 'S2', 'Sp1', 'S3', 'Sp2'];
/** The letterhead of a lembaga.yaml whose `lembaga` block may be missing or partial. */
export function kopLembaga(lembaga) {
    const id = lembaga.lembaga ?? {};
    return {
        nama: id.nama ?? '',
        kota: id.kota ?? null,
        alamat: id.alamat ?? null,
        pimpinan: {
            nama: id.pimpinan?.nama ?? null,
            jabatan: id.pimpinan?.jabatan ?? null,
            nip: id.pimpinan?.nip ?? null,
        },
    };
}
