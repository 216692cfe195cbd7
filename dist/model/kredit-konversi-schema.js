/**
 * JSON Schema (2020-12) of a credit log in the conversion form (2023 onward,
 * `versi: 2`). Values that need a located, explained message (the rating, the
 * months, the jenjang and golongan) are plain strings here: the conversion
 * rules check them.
 */
const teks = (description) => ({ type: 'string', minLength: 1, description });
const angka = (description) => ({ type: 'number', minimum: 0, description });
const bulan = (description) => ({ type: 'string', description });
export const KONVERSI_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://lembaga.local/schemas/kredit-konversi.schema.json',
    title: 'kredit/<tahun>.yaml (konversi, 2023–)',
    description: 'Log angka kredit Pekerja Sosial PNS setahun dalam bentuk konversi predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023).',
    type: 'object',
    additionalProperties: false,
    required: ['tahun', 'pegawai'],
    properties: {
        versi: { type: 'integer', const: 2, description: 'Versi format berkas (2: konversi).' },
        tahun: { type: 'integer', minimum: 2020, maximum: 2100, description: 'Tahun penilaian.' },
        pegawai: {
            type: 'array',
            description: 'Pekerja Sosial PNS.',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['staf', 'periode'],
                properties: {
                    staf: teks('Id staf di lembaga.yaml.'),
                    nip: teks('NIP (18 angka) sebagai teks.'),
                    integrasi: angka('AK integrasi: angka kredit kumulatif sebelum 2023 dikurangi nilai dasar jenjang; diisi sekali.'),
                    akumulasiAwal: {
                        type: 'object',
                        additionalProperties: false,
                        description: 'AK yang sudah dihitung menuju kenaikan berikutnya pada awal tahun (PAK terakhir).',
                        properties: {
                            pangkat: angka('Menuju kenaikan pangkat.'),
                            jenjang: angka('Menuju kenaikan jenjang.'),
                        },
                    },
                    pengembanganProfesi: {
                        type: 'boolean',
                        description: 'Pengembangan profesi sudah dipenuhi (syarat naik ke Penyelia, Ahli Madya, Ahli Utama).',
                    },
                    periode: {
                        type: 'array',
                        minItems: 1,
                        description: 'Periode penilaian dalam tahun ini (kenaikan di tengah tahun: dua periode).',
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['jenjang', 'golongan', 'dari', 'sampai'],
                            properties: {
                                jenjang: teks('Jenjang, misalnya ahli-pertama.'),
                                golongan: teks('Golongan ruang, misalnya "III/a".'),
                                dari: bulan('Bulan awal, YYYY-MM.'),
                                sampai: bulan('Bulan akhir (ikut dihitung), YYYY-MM.'),
                                predikat: teks('Predikat kinerja: Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.'),
                            },
                        },
                    },
                },
            },
        },
    },
};
