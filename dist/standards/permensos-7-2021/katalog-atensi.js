const berhuruf = (xs) => xs.map(([key, label], i) => ({ key, label, huruf: String.fromCharCode(97 + i) }));
/** Pasal 19 ayat 1 a–g, each mapped onto the SOP stage of Permensos 14/2020 Pasal 5 (docs/domain.md). */
export const TAHAP_ATENSI = [
    { key: 'fasilitasi-akses', label: 'Fasilitasi akses', huruf: 'a', tahap: 'pendekatanAwal' },
    {
        key: 'pendekatan-awal-kesepakatan',
        label: 'Pendekatan awal dan kesepakatan bersama',
        huruf: 'b',
        tahap: 'pendekatanAwal',
    },
    {
        key: 'asesmen-komprehensif',
        label: 'Asesmen komprehensif dan berkelanjutan',
        huruf: 'c',
        tahap: 'asesmen',
    },
    {
        key: 'perencanaan-layanan',
        label: 'Perencanaan layanan sosial',
        huruf: 'd',
        tahap: 'perencanaan',
    },
    { key: 'implementasi', label: 'Implementasi', huruf: 'e', tahap: 'intervensi' },
    {
        key: 'monitoring-evaluasi',
        label: 'Monitoring dan evaluasi',
        huruf: 'f',
        tahap: 'evaluasiRujukanTerminasi',
    },
    {
        key: 'pascalayanan-terminasi',
        label: 'Pascalayanan dan terminasi',
        huruf: 'g',
        tahap: 'evaluasiRujukanTerminasi',
    },
];
export const TAHAP_ATENSI_KEYS = TAHAP_ATENSI.map((t) => t.key);
/** Pasal 20 a–c. */
export const AKSES_ATENSI = berhuruf([
    ['rujukan', 'Rujukan'],
    ['laporan-pengaduan', 'Laporan pengaduan'],
    ['penjangkauan-kasus', 'Penjangkauan kasus'],
]);
/** Pasal 22 a–i. */
export const ASPEK_ASESMEN_ATENSI = berhuruf([
    ['medis', 'Medis'],
    ['legal', 'Legal'],
    ['fisik', 'Fisik'],
    ['psikososial', 'Psikososial'],
    ['mental', 'Mental'],
    ['spiritual', 'Spiritual'],
    ['minat-bakat', 'Minat dan bakat'],
    ['penelusuran-keluarga', 'Penelusuran keluarga'],
    ['lainnya', 'Aspek lainnya yang dibutuhkan untuk penanganan masalah'],
]);
/** Pasal 11 ayat 1 a–g. */
export const BENTUK_DUKUNGAN_ATENSI = berhuruf([
    ['kebutuhan-hidup-layak', 'Dukungan pemenuhan kebutuhan hidup layak'],
    ['perawatan-pengasuhan', 'Perawatan sosial dan/atau pengasuhan anak'],
    ['dukungan-keluarga', 'Dukungan keluarga'],
    ['terapi', 'Terapi fisik, terapi psikososial, dan terapi mental spiritual'],
    ['vokasional-kewirausahaan', 'Pelatihan vokasional dan/atau pembinaan kewirausahaan'],
    ['bantuan-asistensi-sosial', 'Bantuan sosial dan asistensi sosial'],
    ['dukungan-aksesibilitas', 'Dukungan aksesibilitas'],
]);
/** Supervision aspects of Permensos 14/2020 Lampiran 2.4.5 a–c. */
export const ASPEK_SUPERVISI = ['edukatif', 'suportif', 'administratif'];
