import { ubah } from './contoh.js';
const file = (id, severity, sections, summary, doc, gagal) => ({
    id,
    severity,
    ruleset: 'berkas',
    scope: 'berkas',
    sections,
    ref: () => (sections[0] ? `UU 24/2013 ${sections[0]}` : 'lembaga (format berkas)'),
    summary,
    doc,
    contoh: {
        gagal: ubah(gagal, []),
        lulus: ubah('examples/lks-harapan-bunda apa adanya.', []),
    },
    check: () => [],
});
export const BERKAS_RULES = [
    file('parse-error', 'error', [], {
        id: 'Berkas dapat dibaca: YAML yang sah, buku kerja .xlsx yang utuh, tidak kosong, tidak biner, dalam batas ukuran.',
        en: 'The file can be read: valid YAML, an intact .xlsx workbook, not empty, not binary, within the size limits.',
    }, {
        id: 'Dilaporkan di baris dan kolom kesalahan YAML bila ada. Berkas .xls, .ods, atau teks yang dinamai .xlsx, berkas kosong, alias YAML berlebihan, dan buku kerja yang melampaui batas ukuran juga menjadi temuan ini; perintah tidak berhenti dengan galat.',
        en: "Reported at the YAML error's line and column when there is one. .xls, .ods or text named .xlsx, empty files, alias bombs and oversized workbooks are findings too; the command does not crash.",
    }, 'Tanda kutip yang tidak ditutup di lembaga.yaml.'),
    file('schema', 'error', [], {
        id: 'Isi berkas sesuai skema: kunci yang dikenal, jenis nilai yang benar, tanggal yang ada, pilihan yang sah.',
        en: 'The file matches its schema: known keys, right value types, real dates, allowed choices.',
    }, {
        id: 'lembaga.yaml diperiksa terhadap schemas/lembaga.schema.json, register terhadap schemas/register.schema.json. Pesan ditulis ulang dalam bahasa sehari-hari, dengan saran "Maksud Anda …?" untuk kunci atau nilai yang salah ketik; aturan lain membaca kunci yang salah ketik itu sebagaimana dimaksud sehingga satu kesalahan dilaporkan sekali.',
        en: 'lembaga.yaml is checked against its JSON Schema, registers against theirs. Messages are rewritten in plain language with "Did you mean …?"; other rules read a mistyped key as meant so one mistake is reported once.',
    }, 'pengalamanTahun: empat belas'),
    file('nik-teks', 'warning', ['Pasal 64 ayat 3'], {
        id: 'NIK dan NIP di YAML ditulis sebagai teks (dengan tanda kutip).',
        en: 'NIK and NIP are written as text (quoted) in YAML.',
    }, {
        id: 'NIK tanpa tanda kutip terbaca sebagai angka; 16 digit tidak muat dalam angka komputer sehingga digit terakhir dapat berubah. lembaga membaca teks aslinya (tidak ada digit yang hilang) dan memberi peringatan ini.',
        en: 'An unquoted NIK reads as a number, whose last digits may change. lembaga reads the original text (nothing is lost) and warns.',
    }, 'nik: 3273064905120002 (tanpa kutip)'),
    file('nik-angka', 'error', ['Pasal 64 ayat 3'], {
        id: 'Sel NIK di register Excel bertipe teks, bukan angka.',
        en: 'NIK cells in the Excel register are text, not numbers.',
    }, {
        id: 'Excel menyimpan angka dengan 15 digit bermakna: sel NIK bertipe angka sudah kehilangan digit terakhirnya. Dilaporkan di sel itu; ketik ulang NIK sebagai teks (format sel "Teks" atau awali dengan tanda kutip tunggal).',
        en: 'Excel keeps 15 significant digits: a NIK cell of type number has lost its last digits. Reported at the cell; retype it as text.',
    }, 'Sel Register!F7 berisi 3,27306E+15'),
    file('nip-teks', 'error', [], {
        id: 'NIP di catatan angka kredit ditulis sebagai teks.',
        en: 'NIPs in credit logs are written as text.',
    }, {
        id: 'Sama seperti NIK: NIP 18 digit harus teks.',
        en: 'Like the NIK, an 18-digit NIP must be text.',
    }, 'nip: 199001152015032001 (tanpa kutip)'),
    file('sel-tidak-terbaca', 'error', [], {
        id: 'Setiap sel register Excel dapat dibaca sebagai jenis kolomnya (tanggal, angka, ya/tidak, pilihan).',
        en: "Every Excel register cell reads as its column's kind (date, number, yes/no, choice).",
    }, {
        id: 'Misalnya tanggal yang bukan tanggal, rumus tanpa nilai tersimpan, atau sel galat (#N/A). Dilaporkan di Lembar!Sel dengan nama kolomnya.',
        en: 'E.g. a date that is not a date, a formula without a cached value, or an error cell. Reported at Sheet!Cell with its header.',
    }, 'Tgl Asesmen berisi "besok"'),
    file('kolom-register', 'error', [], {
        id: 'Register Excel memiliki kolom wajib, tanpa kolom ganda.',
        en: 'The Excel register has its required columns, none twice.',
    }, {
        id: 'Kolom dicari menurut judulnya (urutan bebas); judul yang mirip diberi saran.',
        en: 'Columns are found by header (any order); near-miss headers get a suggestion.',
    }, 'Kolom "No. Register" tidak ada'),
    file('nomor-tidak-dikenal', 'error', [], {
        id: 'Setiap baris Kegiatan dan Pengaduan merujuk nomor register yang ada di lembar Register.',
        en: 'Every Kegiatan and Pengaduan row refers to a register number on the Register sheet.',
    }, {
        id: 'Baris tanpa nomor atau dengan nomor yang tidak ada tidak dapat digabungkan ke kasusnya.',
        en: 'A row without a number, or with an unknown one, cannot be joined to its case.',
    }, 'Kegiatan!A12 berisi HB-2026-099'),
    file('lembaga-tidak-ditemukan', 'warning', [], {
        id: 'Register diperiksa bersama lembaga.yaml-nya.',
        en: 'Registers are checked together with their lembaga.yaml.',
    }, {
        id: 'Bila berkas register disebut tanpa lembaga.yaml di foldernya atau folder induknya, hanya skemanya yang diperiksa.',
        en: 'A register named without a lembaga.yaml above it is checked against its schema only.',
    }, 'lembaga validasi register.yaml di folder tanpa lembaga.yaml'),
    file('internal-error', 'error', [], {
        id: 'Kesalahan program saat menjalankan satu aturan (aturan lain tetap berjalan).',
        en: 'A program error while running one rule (the others still run).',
    }, {
        id: 'Bukan kesalahan data. Laporkan bersama keluaran --debug.',
        en: 'Not a data problem. Report it with the --debug output.',
    }, '-'),
];
export const BERKAS = {
    id: 'berkas',
    judul: 'Pemeriksaan berkas (format, skema, identitas)',
    rules: BERKAS_RULES,
};
