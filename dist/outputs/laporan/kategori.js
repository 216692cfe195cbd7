/**
 * Fixed category lists of the report's breakdowns. Every breakdown also has
 * `tidak-diisi` (not filled in) and, where values are free text, `lainnya`
 * (a value that is not in the list), so its categories always add up to its total.
 */
/** The 26 PPKS categories, from the one list in src/standards/ppks.ts. */
export { PPKS } from '../../standards/ppks.js';
/**
 * Age groups, by age at the start of the service period (intake): a child taken in at 17 is
 * counted as a child for the whole case. Limits follow UU 35/2014 (anak: under 18) and
 * UU 13/1998 (lanjut usia: 60 and over).
 */
export const KELOMPOK_UMUR = [
    ['0-5', 0, 5],
    ['6-12', 6, 12],
    ['13-17', 13, 17],
    ['18-59', 18, 59],
    ['60+', 60, 200],
];
export const TIDAK_DIISI = 'tidak-diisi';
export const LAINNYA = 'lainnya';
/** Sex and age do not apply to a family, group or community client. */
export const TIDAK_BERLAKU = 'tidak-berlaku';
/** Normalise a free-text value to a grouping key. */
export function kunciTeks(s) {
    return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
/**
 * Kinds of receiving institution of a referral (Lampiran 1.2.7): the report never prints the
 * name typed in the register (a NIK or a client's name typed there would go out with it), only
 * the kind, recognised from words of the name. A name with no known word is `lainnya`.
 */
export const JENIS_LEMBAGA_RUJUKAN = [
    'lks',
    'dinas-sosial',
    'kesehatan',
    'hukum',
    'perlindungan',
    'pendidikan',
    'pemerintahan',
    'keluarga',
];
/** First matching kind wins; words are matched whole, case-insensitively. */
const POLA_RUJUKAN = [
    [
        'perlindungan',
        /\b(uptd ppa|p2tp2a|ppa|dp3a|dp3ap2kb|dppa|kpai|kpad|ppt|rumah aman|shelter|perlindungan)\b/,
    ],
    [
        'dinas-sosial',
        /\b(dinas sosial|dinsos|kementerian sosial|kemensos|suku dinas sosial|sudin sosial)\b/,
    ],
    [
        'kesehatan',
        /\b(rs|rsu|rsud|rsj|rskj|rumah sakit|puskesmas|klinik|posyandu|dinas kesehatan|dinkes|ipwl|rehabilitasi medis|bnn|bnnk|bnnp)\b/,
    ],
    [
        'hukum',
        /\b(polisi|polri|polres|polresta|polrestabes|polsek|polda|kejaksaan|kejari|pengadilan|bapas|lpka|lpas|lapas|rutan|lbh|posbakum|advokat)\b/,
    ],
    [
        'lks',
        /\b(lks|lksa|lkslu|lksd|panti|balai|sentra|loka|yayasan|rumah singgah|pesantren sosial|rehsos|rehabilitasi sosial|lembaga kesejahteraan sosial|ipsm|tksk|lk3)\b/,
    ],
    [
        'pendidikan',
        /\b(sekolah|sd|sdn|smp|smpn|sma|sman|smk|smkn|slb|mi|mts|ma|pesantren|pondok|madrasah|universitas|pkbm|paud|tk|dinas pendidikan|disdik)\b/,
    ],
    [
        'pemerintahan',
        /\b(kelurahan|desa|kecamatan|kantor|dukcapil|disdukcapil|pemda|pemkot|pemkab|bupati|walikota|bappeda|dinas|bpjs)\b/,
    ],
    ['keluarga', /\b(keluarga|orang tua|orangtua|wali|kerabat|reunifikasi)\b/],
];
/** The kind of a receiving institution from its typed name; `lainnya` when no word is known. */
export function jenisLembagaRujukan(nama) {
    const s = nama
        .normalize('NFKC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ');
    for (const [jenis, re] of POLA_RUJUKAN)
        if (re.test(s))
            return jenis;
    return LAINNYA;
}
