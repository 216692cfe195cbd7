import { RULESET_ID } from './data.js';
const td = (sections, judul, alasan) => ({
    ruleset: RULESET_ID,
    sections,
    judul: { id: judul[0], en: judul[1] },
    alasan: { id: alasan[0], en: alasan[1] },
});
export const TIDAK_DIPERIKSA_PERMENPANRB_2020 = [
    td(['Pasal 5 ayat 4'], ['Pangkat setiap jenjang (Lampiran IV–VIII)', 'Pangkat of each rank (Lampiran IV–VIII)'], [
        'Lampiran IV–VIII tidak ada dalam teks sumber; alat ini tidak mengarang tabel pangkat. Golongan dipakai untuk mencari ambang yang diisi lembaga.',
        'Lampiran IV–VIII are not in the source text; the tool does not invent the pangkat table. The golongan only selects the threshold the institution supplies.',
    ]),
    td(['Pasal 8 ayat 1', 'Pasal 8 ayat 2', 'Pasal 9 ayat 1', 'Pasal 9 ayat 2'], [
        'Butir kegiatan dan Hasil Kerja setiap jenjang',
        'Activity items and Hasil Kerja of each rank',
    ], [
        '`butir` di log adalah teks bebas dan kode Lampiran I–II tidak ada dalam teks sumber, jadi kecocokan butir dengan jenjang tidak dapat diperiksa. Tugas jenjang lain diperiksa kredit-penugasan-tingkat; dokumentasi Hasil Kerja kredit-hasil-kerja.',
        "`butir` in the log is free text and the Lampiran I–II codes are not in the source text, so an item's rank cannot be checked. Another rank's work is kredit-penugasan-tingkat's; documented Hasil Kerja is kredit-hasil-kerja's.",
    ]),
    td(['Pasal 14 ayat 7', 'Pasal 15 ayat 4', 'Pasal 15 ayat 5', 'Pasal 16 ayat 2', 'Pasal 19 ayat 5'], [
        'Angka kredit dan jenjang yang ditetapkan saat pengangkatan',
        'Credits and rank set on appointment',
    ], [
        'Penilaian pengalaman dan penetapan angka kredit awal dilakukan Tim Penilai dan pejabat penetap; log hanya memuat hasilnya (`akumulasi`), tidak dasar penilaiannya.',
        "Assessing experience and setting the initial credits is the Tim Penilai's and the official's; the log holds only the result (`akumulasi`), not its basis.",
    ]),
    td(['Pasal 19 ayat 2'], [
        'Promosi bagi PNS di luar jabatan atau naik satu tingkat dalam satu kategori',
        'Promotion for civil servants outside the position or one rank up within a category',
    ], [
        'Log tidak mencatat jabatan sebelum promosi; jenjang sesuai kategori diperiksa kredit-jenjang-kategori.',
        "The log does not record the position held before the promotion; rank against category is kredit-jenjang-kategori's.",
    ]),
    td(['Pasal 23 ayat 2', 'Pasal 24 ayat 3'], [
        'SKP sebagai turunan penetapan kinerja unit; tugas tambahan ditetapkan pimpinan unit',
        "The SKP derived from the unit's performance agreement; extra duties set by the unit head",
    ], [
        'Penetapan kinerja unit dan tugas tambahan ada di dokumen SKP dan sistem kepegawaian; log mencatat target angka kredit SKP (kredit-skp-target), tanggal disusun, disetujui, dinilai dan disampaikan (kredit-skp, kredit-skp-capaian).',
        "The unit's performance agreement and extra duties live in the SKP document and the personnel system; the log records the SKP credit target (kredit-skp-target) and when it was drawn up, approved, assessed and submitted (kredit-skp, kredit-skp-capaian).",
    ]),
    td(['Pasal 26 ayat 5', 'Pasal 36 ayat 2'], ['Hasil Kerja Minimal setiap periode', 'Minimum Hasil Kerja per period'], [
        'Teks menyerahkan penghitungan Hasil Kerja Minimal kepada Instansi Pembina (Pasal 26 ayat 6) dan tidak memberi angkanya; angka kredit kumulatif tahunan diperiksa kredit-kumulatif-kenaikan.',
        "The text leaves the minimum Hasil Kerja to the Instansi Pembina (Pasal 26 ayat 6) and gives no numbers; the yearly cumulative credits are kredit-kumulatif-kenaikan's.",
    ]),
    td(['Pasal 28'], ['Perilaku kerja', 'Work behaviour'], [
        'Dinilai atasan menurut standar perilaku kerja; hasilnya tidak dicatat di log.',
        'Rated by the superior against the behaviour standard; not recorded in the log.',
    ]),
    td([
        'Pasal 29 ayat 4',
        'Pasal 31',
        'Pasal 32',
        'Pasal 33 ayat 1',
        'Pasal 33 ayat 2',
        'Pasal 34 ayat 1',
    ], [
        'PAK sebagai dasar kenaikan, pengusul dan penetap PAK, tugas dan susunan Tim Penilai',
        "The PAK as basis for promotion, who proposes and sets it, the Tim Penilai's tasks and members",
    ], [
        'Proses dan pejabatnya berada di instansi pembina/kepegawaian, bukan di data lembaga; log tidak memuat PAK, pengusul, penetap, atau susunan Tim Penilai.',
        "The process and its officials sit with the personnel office and the Instansi Pembina, not in the institution's data; the log holds no PAK, proposer, setter or Tim Penilai membership.",
    ]),
    td(['Pasal 44 ayat 1'], ['Perhitungan kebutuhan Pekerja Sosial', 'Needs count of social workers'], [
        'Analisis jabatan dan beban kerja dibuat instansi; alat ini hanya membaca apakah pengangkatan mengisi lowongan kebutuhan (kredit-syarat-pengangkatan, `syarat.kebutuhan`). Beban kasus per pekerja diperiksa beban-kasus (Permensos 14/2020).',
        "Job and workload analysis is the agency's; the tool only reads whether an appointment fills a counted vacancy (kredit-syarat-pengangkatan). Caseload per worker is beban-kasus's (Permensos 14/2020).",
    ]),
    td(['Pasal 46 ayat 1'], ['Memenuhi Standar Kompetensi jenjang', 'Meeting the competence standard of the rank'], [
        'Rincian Standar Kompetensi ditetapkan Instansi Pembina dan tidak ada dalam teks; kelulusan Uji Kompetensi diperiksa kredit-uji-kompetensi dan kredit-syarat-pengangkatan.',
        "The competence standard is set by the Instansi Pembina and not in the text; passing the Uji Kompetensi is kredit-uji-kompetensi's and kredit-syarat-pengangkatan's.",
    ]),
    td(['Pasal 47 ayat 2'], [
        'Pelatihan sesuai analisis kebutuhan pelatihan dan penilaian kinerja',
        'Training matched to the training needs analysis and performance assessment',
    ], [
        'Analisis kebutuhan pelatihan tidak dicatat; keikutsertaan dalam pelatihan diperiksa kredit-pelatihan dan kredit-pelatihan-fungsional.',
        "The training needs analysis is not recorded; taking part in training is kredit-pelatihan's and kredit-pelatihan-fungsional's.",
    ]),
    td(['Pasal 48 ayat 2', 'Pasal 48 ayat 5', 'Pasal 49'], [
        'Alasan pribadi pengunduran diri, arti tidak memenuhi persyaratan, penyesuaian jenjang setelah jabatan lain',
        'Personal reasons for resigning, what not meeting requirements means, rank adjustment after another position',
    ], [
        'Pertimbangan pejabat yang berwenang, tidak tercatat sebagai data; masa diberhentikan dan pengangkatan kembali diperiksa kredit-pemberhentian.',
        "The authorised official's judgement, not recorded as data; periods out of the position and reappointment are kredit-pemberhentian's.",
    ]),
];
