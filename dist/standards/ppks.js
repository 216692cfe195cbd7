/**
 * The 26 categories of Pemerlu Pelayanan Kesejahteraan Sosial (PPKS), as the
 * register's keys with Indonesian and English labels (docs/domain.md "Identifiers
 * and personal data"). One list for the schema, the register template, the
 * importer and the report.
 */
export const PPKS = [
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
export const PPKS_KEYS = PPKS.map(([k]) => k);
