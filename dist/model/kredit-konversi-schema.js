/**
 * JSON Schema (2020-12) of a credit log in the conversion form (2023 onward,
 * `versi: 2`). Values that need a located, explained message (the rating, the
 * months, the jenjang and golongan) are plain strings here: the conversion
 * rules check them.
 */
import { angka, objek, skemaBerkas, teksIsi as teks, versi } from './skema.js';
import { TAHUN_LOG } from './kredit-schema.js';
const bulan = (description) => ({ type: 'string', description });
export const KONVERSI_SCHEMA = skemaBerkas('kredit-konversi', 'kredit/<tahun>.yaml (konversi, 2023–)', 'Log angka kredit Pekerja Sosial PNS setahun dalam bentuk konversi predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023).', ['tahun', 'pegawai'], {
    versi: versi(2, 'Versi format berkas (2: konversi).'),
    tahun: TAHUN_LOG,
    pegawai: {
        type: 'array',
        description: 'Pekerja Sosial PNS.',
        items: objek({ required: ['staf', 'periode'] }, {
            staf: teks('Id staf di lembaga.yaml.'),
            nip: teks('NIP (18 angka) sebagai teks.'),
            integrasi: angka('AK integrasi: angka kredit kumulatif sebelum 2023 dikurangi nilai dasar jenjang; diisi sekali.'),
            akumulasiAwal: objek({
                description: 'AK yang sudah dihitung menuju kenaikan berikutnya pada awal tahun (PAK terakhir).',
            }, {
                pangkat: angka('Menuju kenaikan pangkat.'),
                jenjang: angka('Menuju kenaikan jenjang.'),
            }),
            pengembanganProfesi: {
                type: 'boolean',
                description: 'Pengembangan profesi sudah dipenuhi (syarat naik ke Penyelia, Ahli Madya, Ahli Utama).',
            },
            periode: {
                type: 'array',
                minItems: 1,
                description: 'Periode penilaian dalam tahun ini (kenaikan di tengah tahun: dua periode).',
                items: objek({ required: ['jenjang', 'golongan', 'dari', 'sampai'] }, {
                    jenjang: teks('Jenjang, misalnya ahli-pertama.'),
                    golongan: teks('Golongan ruang, misalnya "III/a".'),
                    dari: bulan('Bulan awal, YYYY-MM.'),
                    sampai: bulan('Bulan akhir (ikut dihitung), YYYY-MM.'),
                    predikat: teks('Predikat kinerja: Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.'),
                }),
            },
        }),
    },
});
