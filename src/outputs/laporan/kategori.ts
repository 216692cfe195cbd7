/**
 * Fixed category lists of the report's breakdowns. Every breakdown also has
 * `tidak-diisi` (not filled in) and, where values are free text, `lainnya`
 * (a value that is not in the list), so its categories always add up to its total.
 */

/** The 26 PPKS categories (DOMAIN.md "Identifiers and personal data"), as register keys. */
export const PPKS: readonly (readonly [key: string, id: string, en: string])[] = [
  ['anak-balita-telantar', 'Anak balita telantar', 'Neglected toddler'],
  ['anak-telantar', 'Anak telantar', 'Neglected child'],
  [
    'anak-berhadapan-dengan-hukum',
    'Anak berhadapan dengan hukum',
    'Child in conflict with the law',
  ],
  ['anak-jalanan', 'Anak jalanan', 'Street child'],
  ['anak-dengan-kedisabilitasan', 'Anak dengan kedisabilitasan', 'Child with disability'],
  [
    'anak-korban-kekerasan',
    'Anak korban tindak kekerasan atau diperlakukan salah',
    'Child victim of violence or abuse',
  ],
  [
    'anak-memerlukan-perlindungan-khusus',
    'Anak yang memerlukan perlindungan khusus',
    'Child in need of special protection',
  ],
  ['lanjut-usia-telantar', 'Lanjut usia telantar', 'Neglected older person'],
  ['penyandang-disabilitas', 'Penyandang disabilitas', 'Person with disability'],
  ['tuna-susila', 'Tuna susila', 'Sex worker'],
  ['gelandangan', 'Gelandangan', 'Homeless person'],
  ['pengemis', 'Pengemis', 'Beggar'],
  ['pemulung', 'Pemulung', 'Scavenger'],
  ['kelompok-minoritas', 'Kelompok minoritas', 'Minority group'],
  ['bekas-warga-binaan-lapas', 'Bekas warga binaan lembaga pemasyarakatan', 'Former prison inmate'],
  ['odha', 'Orang dengan HIV/AIDS (ODHA)', 'Person living with HIV/AIDS'],
  ['korban-napza', 'Korban penyalahgunaan NAPZA', 'Victim of drug abuse'],
  ['korban-perdagangan-orang', 'Korban perdagangan orang', 'Victim of trafficking'],
  ['korban-tindak-kekerasan', 'Korban tindak kekerasan', 'Victim of violence'],
  [
    'pekerja-migran-bermasalah-sosial',
    'Pekerja migran bermasalah sosial',
    'Migrant worker with social problems',
  ],
  ['korban-bencana-alam', 'Korban bencana alam', 'Victim of natural disaster'],
  ['korban-bencana-sosial', 'Korban bencana sosial', 'Victim of social disaster'],
  [
    'perempuan-rawan-sosial-ekonomi',
    'Perempuan rawan sosial ekonomi',
    'Socio-economically vulnerable woman',
  ],
  ['fakir-miskin', 'Fakir miskin', 'Poor person'],
  [
    'keluarga-bermasalah-sosial-psikologis',
    'Keluarga bermasalah sosial psikologis',
    'Family with socio-psychological problems',
  ],
  ['komunitas-adat-terpencil', 'Komunitas adat terpencil', 'Remote indigenous community'],
];

/**
 * Age groups, by age at the start of the service period (intake): a child taken in at 17 is
 * counted as a child for the whole case. Limits follow UU 35/2014 (anak: under 18) and
 * UU 13/1998 (lanjut usia: 60 and over).
 */
export const KELOMPOK_UMUR: readonly (readonly [key: string, min: number, max: number])[] = [
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
export function kunciTeks(s: string): string {
  return s.trim().replace(/\s+/g, ' ').toLowerCase();
}
