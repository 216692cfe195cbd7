export const JENIS_LEMBAGA = ['LKS', 'panti', 'UPT', 'balai', 'praktik-mandiri'];
export const KEPEMILIKAN = [
    'masyarakat',
    'pemerintah-pusat',
    'pemerintah-provinsi',
    'pemerintah-kabupaten-kota',
];
/** 1.4.1 a–e: what the tariff is determined by, in the order of the letters. */
export const DASAR_PENENTUAN_TARIF = [
    'jenis-jasa',
    'tingkat-layanan',
    'keahlian',
    'frekuensi',
    'durasi',
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
/** 2.4.2 a–g: the objects internal supervision covers. */
export const OBJEK_PENGAWASAN = [
    'kegiatan',
    'tahap',
    'tugas',
    'mutu-masukan',
    'ketepatan-waktu',
    'mutu-keluaran',
    'hambatan',
];
/** 2.4.3 a, c–j: the ways performance is supervised (b, worker–supervisor meetings, is read from the sessions). */
export const KEGIATAN_PENGAWASAN = [
    'penjelasan-tugas',
    'pertemuan-pimpinan',
    'pertemuan-tim',
    'pemeriksaan-catatan',
    'pengamatan',
    'laporan-tugas',
    'laporan-kinerja',
    'penanganan-keluhan',
    'perlindungan',
];
/** 2.4.4 a–b: the lines of oversight (c, supervisor over workers, is read from the sessions). */
export const GARIS_PENGAWASAN = ['kepala-ke-supervisor', 'kepala-unit-ke-pelaksana'];
/** 2.2.2 a–f: the items of the room-and-equipment standard, in the order of their letters. */
export const BUTIR_SARANA = [
    'ukuran',
    'jumlahRuang',
    'peralatan',
    'keselamatan',
    'cahayaUdara',
    'kebersihanHarian',
];
export const HASIL_SARANA = ['sesuai', 'belum'];
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
