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
