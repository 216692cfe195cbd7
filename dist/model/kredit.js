/** Ranks, lowest to highest per category (Pasal 5 ayat 2 and ayat 3). */
export const JENJANG_KETERAMPILAN = ['pemula', 'terampil', 'mahir', 'penyelia'];
export const JENJANG_KEAHLIAN = ['ahli-pertama', 'ahli-muda', 'ahli-madya', 'ahli-utama'];
export const JENJANG_KEYS = [...JENJANG_KETERAMPILAN, ...JENJANG_KEAHLIAN];
/** Education levels as Pasal 36 ayat 3 groups them (SMA, D3, S1/D4, magister, doktor). */
export const PENDIDIKAN_KREDIT = ['SMA', 'D3', 'D4', 'S1', 'S2', 'S3'];
/** Element of an activity: main duties (Lampiran I/II), supporting (Pasal 37), professional development (Pasal 39). */
export const UNSUR_KEYS = ['utama', 'penunjang', 'pengembangan-profesi'];
/** Whose rank's task it was (Pasal 10, Pasal 11 ayat 1). */
export const TINGKAT_KEGIATAN = [
    'sendiri',
    'satu-tingkat-di-atas',
    'satu-tingkat-di-bawah',
];
/** Author role on a jointly written paper (Pasal 40 ayat 1); `setara` = no main author can be named (huruf d). */
export const PERAN_PENULIS = ['utama', 'pembantu', 'setara'];
/** Kind of appointment (Pasal 13; Pasal 16 for keterampilan → keahlian; `penyesuaian` = inpassing). */
export const JENIS_PENGANGKATAN = [
    'pertama',
    'perpindahan',
    'keterampilan-ke-keahlian',
    'penyesuaian',
    'promosi',
];
/** Where a transfer came from, for the Ahli Utama age limits (Pasal 15 ayat 2 huruf h angka 3; Pasal 17 ayat 1 huruf h). */
export const ASAL_PERPINDAHAN = [
    'jabatan-pimpinan-tinggi',
    'fungsional-ahli-utama',
    'lainnya',
];
/** Performance ratings, best first (as in the conversion logs). */
export const PREDIKAT_KINERJA = [
    'sangat-baik',
    'baik',
    'butuh-perbaikan',
    'kurang',
    'sangat-kurang',
];
/** Why a worker was taken out of the position (Pasal 48 ayat 1 huruf a–f). */
export const ALASAN_PEMBERHENTIAN = [
    'mengundurkan-diri',
    'diberhentikan-sementara',
    'cuti-di-luar-tanggungan',
    'tugas-belajar',
    'jabatan-lain',
    'tidak-memenuhi-syarat',
];
/** Positions a Pekerja Sosial may not hold at the same time (Pasal 53). */
export const JABATAN_LAIN = ['pimpinan-tinggi', 'administrator', 'pengawas', 'pelaksana'];
