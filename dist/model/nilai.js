/**
 * One normaliser for the choice values administrators type — service names, case
 * statuses, sex, client kinds, ATENSI clusters, service bases, DTKS status, PPKS
 * categories, tariff tiers, durations and yes/no — shared by `lembaga impor`
 * (legacy registers) and the canonical Excel register reader, so both accept the
 * same spellings ("Rehabilitasi Sosial", "rehab", "Laki-laki", "Tingkat I", "> 2 jam").
 * Pure functions: text in, the model's key out, or null when nothing matches (the
 * caller then reports the value as written).
 */
import { terdekat } from '../core/mirip.js';
import { PPKS_KEYS } from '../standards/ppks.js';
import { LAYANAN_KEYS, } from '../standards/types.js';
/** Lower case, accents removed, punctuation to spaces, single spaces. */
export function fold(s) {
    return s
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
// ---------------------------------------------------------------- sex
const LAKI = new Set([
    'l',
    'lk',
    'laki',
    'laki laki',
    'lakilaki',
    'laki2',
    'pria',
    'm',
    'male',
    'cowok',
    'lk2',
]);
const PEREMPUAN = new Set([
    'p',
    'pr',
    'prp',
    'pi',
    'perempuan',
    'wanita',
    'w',
    'f',
    'female',
    'cewek',
]);
export function parseJenisKelamin(text) {
    const f = fold(text);
    if (LAKI.has(f))
        return 'L';
    if (PEREMPUAN.has(f))
        return 'P';
    return null;
}
// ---------------------------------------------------------------- service
const LAYANAN_KATA = [
    [/\b(rehab\w*|rehsos|resos|rs|atensi)\b/, 'rehabilitasi'],
    [/\b(perlindungan|perlinsos|linsos|linjamsos|lindungan|proteksi|protection)\b/, 'perlindungan'],
    [/\b(pemberdayaan|dayasos|berdaya|empowerment)\b/, 'pemberdayaan'],
    [/\b(pencegahan|cegah|prevensi|preventif|prevention|pencegahan disfungsi)\b/, 'pencegahan'],
    [/\b(pengembangan|bangsos|development)\b/, 'pengembangan'],
];
/** A service name or abbreviation to its key ("Rehsos", "Rehabilitasi Sosial", "Perlindungan"…). */
export function parseLayanan(text) {
    const f = fold(text);
    if (!f)
        return null;
    for (const [re, key] of LAYANAN_KATA)
        if (re.test(f))
            return key;
    // Typos: "rehabiltasi", "pemberdaayan".
    const best = terdekat(f.split(' ')[0], LAYANAN_KEYS);
    return best && best.jarak <= 2 ? best.nilai : null;
}
// ---------------------------------------------------------------- status
const STATUS_KATA = [
    [/\b(dirujuk|rujuk|rujukan|referred|alih)\b/, 'dirujuk'],
    [
        /\b(berhenti|meninggal|wafat|kabur|melarikan|lari|drop ?out|do|mengundurkan|keluar tanpa|gagal|dropped)\b/,
        'berhenti',
    ],
    [
        /\b(selesai|terminasi|lulus|tuntas|keluar|pulang|kembali ke keluarga|reunifikasi|done|closed|finished|completed)\b/,
        'selesai',
    ],
    [
        /\b(aktif|active|proses|dalam (layanan|proses|pembinaan)|masih|berjalan|ongoing|open|baru)\b/,
        'aktif',
    ],
];
export function parseStatus(text) {
    const f = fold(text);
    if (!f)
        return null;
    for (const [re, key] of STATUS_KATA)
        if (re.test(f))
            return key;
    return null;
}
// ---------------------------------------------------------------- ATENSI cluster, DTKS, PPKS, client kind
const KLASTER_KATA = [
    [/\b(napza|narkoba|narkotika|adiksi)\b/, 'korban-napza'],
    [
        /\b(perdagangan orang|trafficking|tuna sosial|kpo|tppo|gelandangan|pengemis|tuna susila)\b/,
        'tuna-sosial-korban-perdagangan-orang',
    ],
    [/\b(disabilitas|difabel|cacat|pd|pd?ksm)\b/, 'penyandang-disabilitas'],
    [/\b(lansia|lanjut usia|lu)\b/, 'lanjut-usia'],
    [/\b(bencana)\b/, 'korban-bencana'],
    [/\b(anak|aba|abh|ajl|balita)\b/, 'anak'],
    [/\b(lain|lainnya|ppks lain)\b/, 'ppks-lainnya'],
];
export function parseKlaster(text) {
    const f = fold(text);
    if (!f)
        return null;
    for (const [re, key] of KLASTER_KATA)
        if (re.test(f))
            return key;
    return null;
}
export function parseDtks(text) {
    const f = fold(text);
    if (!f)
        return null;
    if (/\b(diusulkan|usul|usulan|proses|pengajuan)\b/.test(f))
        return 'diusulkan';
    const yn = parseYaTidak(text);
    if (yn !== null)
        return yn ? 'terdaftar' : 'belum-terdaftar';
    if (/^(tidak|belum|bukan|t|n|no|tdk|blm|0|non dtks|tidak terdaftar|belum terdaftar)\b/.test(f))
        return 'belum-terdaftar';
    if (/^(ya|y|yes|sudah|terdaftar|dtks|dtsen|ada|1|v|x|sdh)\b/.test(f) || text.trim() === '✓')
        return 'terdaftar';
    return null;
}
const PPKS_SINGKAT = {
    abt: 'anak-balita-telantar',
    at: 'anak-telantar',
    abh: 'anak-berhadapan-dengan-hukum',
    aj: 'anak-jalanan',
    anjal: 'anak-jalanan',
    adk: 'anak-dengan-kedisabilitasan',
    akk: 'anak-korban-kekerasan',
    ampk: 'anak-memerlukan-perlindungan-khusus',
    lut: 'lanjut-usia-telantar',
    lansia: 'lanjut-usia-telantar',
    'lansia telantar': 'lanjut-usia-telantar',
    pd: 'penyandang-disabilitas',
    disabilitas: 'penyandang-disabilitas',
    wts: 'tuna-susila',
    gepeng: 'gelandangan',
    bwbl: 'bekas-warga-binaan-lapas',
    bwblp: 'bekas-warga-binaan-lapas',
    napza: 'korban-napza',
    kpo: 'korban-perdagangan-orang',
    ktk: 'korban-tindak-kekerasan',
    pmbs: 'pekerja-migran-bermasalah-sosial',
    kba: 'korban-bencana-alam',
    kbs: 'korban-bencana-sosial',
    prse: 'perempuan-rawan-sosial-ekonomi',
    fm: 'fakir-miskin',
    kbsp: 'keluarga-bermasalah-sosial-psikologis',
    kat: 'komunitas-adat-terpencil',
};
/** A PPKS category to its key; unknown text is kept as written (validasi reports it). */
export function parsePpks(text) {
    const f = fold(text);
    if (!f)
        return null;
    if (PPKS_SINGKAT[f])
        return PPKS_SINGKAT[f];
    const slug = f.replace(/ /g, '-').replace(/terlantar/g, 'telantar');
    if (PPKS_KEYS.includes(slug))
        return slug;
    const best = terdekat(slug, PPKS_KEYS);
    return best && best.jarak <= Math.max(2, Math.floor(best.nilai.length / 6)) ? best.nilai : null;
}
const JENIS_KLIEN_KATA = {
    individu: 'individu',
    perorangan: 'individu',
    perseorangan: 'individu',
    orang: 'individu',
    keluarga: 'keluarga',
    kk: 'keluarga',
    kelompok: 'kelompok',
    masyarakat: 'masyarakat',
    komunitas: 'komunitas',
    desa: 'desa',
    kelurahan: 'desa',
    kecamatan: 'kecamatan',
    kabupaten: 'kabupaten',
    kota: 'kabupaten',
    lembaga: 'lembaga',
    institusi: 'lembaga',
};
export function parseJenisKlien(text) {
    return JENIS_KLIEN_KATA[fold(text)] ?? null;
}
const BASIS_KATA = [
    [/resid|panti|asrama|dalam/, 'residensial'],
    [/keluarga/, 'keluarga'],
    [/komunitas|masyarakat/, 'komunitas'],
];
/** ATENSI service base (Permensos 7/2021 Pasal 8): "Residensial", "Panti", "Berbasis Keluarga"… */
export function parseBasisLayanan(text) {
    const f = fold(text);
    if (!f)
        return null;
    for (const [re, key] of BASIS_KATA)
        if (re.test(f))
            return key;
    return null;
}
// ---------------------------------------------------------------- tariff tier, duration (1.4.4)
const TINGKAT_KATA = {
    '1': 'tingkat1',
    i: 'tingkat1',
    dasar: 'tingkat1',
    '1dasar': 'tingkat1',
    idasar: 'tingkat1',
    '2': 'tingkat2',
    ii: 'tingkat2',
    spesialis: 'tingkat2',
    '2spesialis': 'tingkat2',
    iispesialis: 'tingkat2',
    '3': 'tingkat3',
    iii: 'tingkat3',
    subspesialis: 'tingkat3',
    '3subspesialis': 'tingkat3',
    iiisubspesialis: 'tingkat3',
};
/** Tariff tier as the 1.4.4 matrix titles it: "Tingkat I", "Tingkat I (Dasar)", "Dasar", "2", "tingkat3". */
export function parseTingkat(text) {
    const rest = fold(text)
        .replace(/ /g, '')
        .replace(/^(tingkat|tk|tingkattarif)/, '');
    return TINGKAT_KATA[rest] ?? null;
}
/** Duration column of the 1.4.4 matrix: "1 jam", "2 Jam", "> 2 jam", "lebih dari 2 jam", "5 tahap". */
export function parseDurasi(text) {
    const raw = text.trim().toLowerCase().replace(/\s+/g, '');
    const f = fold(text).replace(/ /g, '');
    // "> 2 jam" loses its ">" when folded: decide it before "2 jam" matches.
    if (/^(>|lebih|lbh)/.test(raw) && /2jam$/.test(f))
        return 'lebih-2-jam';
    if (/^(1jam|60menit|satujam)$/.test(f))
        return '1-jam';
    if (/^(2jam|120menit|duajam)$/.test(f))
        return '2-jam';
    if (/^(5tahap|limatahap)$/.test(f))
        return '5-tahap';
    return null;
}
// ---------------------------------------------------------------- yes/no
const YA_KATA = new Set(['ya', 'y', 'yes', 'true', 'benar', '1', 'v', '✓', 'x', 'sudah', 'sdh']);
const TIDAK_KATA = new Set(['tidak', 't', 'tdk', 'no', 'n', 'false', 'salah', '0', 'belum', 'blm']);
/** Parse "ya"/"tidak" (and y/t, yes/no, true/false, 1/0, benar/salah, sudah/belum). Null when not a boolean. */
export function parseYaTidak(raw) {
    const s = raw.trim().toLowerCase();
    if (YA_KATA.has(s))
        return true;
    if (TIDAK_KATA.has(s))
        return false;
    return null;
}
// ---------------------------------------------------------------- dispatch
/** The value lists this module normalises (named as the register's columns that hold them). */
export const JENIS_NILAI = [
    'layanan',
    'status',
    'jenisKelamin',
    'jenisKlien',
    'ppks',
    'klaster',
    'basisLayanan',
    'dtks',
    'tingkat',
    'durasi',
];
/** Is this column name one of the value lists? */
export function isJenisNilai(s) {
    return JENIS_NILAI.includes(s);
}
const PARSERS = {
    layanan: parseLayanan,
    status: parseStatus,
    jenisKelamin: parseJenisKelamin,
    jenisKlien: parseJenisKlien,
    ppks: parsePpks,
    klaster: parseKlaster,
    basisLayanan: parseBasisLayanan,
    dtks: parseDtks,
    tingkat: parseTingkat,
    durasi: parseDurasi,
};
/** What the user typed in a choice cell → the model's key, or null when nothing matches. */
export function normaliseNilai(jenis, text) {
    return PARSERS[jenis](text);
}
