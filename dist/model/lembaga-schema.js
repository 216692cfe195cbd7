/**
 * JSON Schema (2020-12) of lembaga.yaml, with Indonesian descriptions. Written to
 * schemas/lembaga.schema.json by `npm run docs` (a test fails when the file is stale),
 * read by editors through the `# yaml-language-server: $schema=…` line.
 */
import { LAYANAN_KEYS, TINGKAT_KEYS } from '../standards/types.js';
import { BUTIR_SARANA, DASAR_PENENTUAN_TARIF, GARIS_PENGAWASAN, HASIL_SARANA, JENIS_LEMBAGA, JENJANG_PENDIDIKAN, KEGIATAN_PENGAWASAN, KEPEMILIKAN, OBJEK_PENGAWASAN, PERAN_STAF, } from './lembaga.js';
import { BASIS_LAYANAN } from './register-schema.js';
import { STANDAR } from '../standards/permensos-14-2020/katalog.js';
import { objek, pilihan, skemaBerkas, tanggal, teks, versi, ya } from './skema.js';
export { JENJANG_PENDIDIKAN, PERAN_STAF };
// Facility and equipment keys come from the catalogue (2.2.1, 2.2.3), so a typo gets "Maksud Anda …?".
const FASILITAS_KEYS = [
    ...new Set(Object.values(STANDAR).flatMap((l) => l.fasilitas.map((f) => f.key))),
];
const PERALATAN_KEYS = [
    ...new Set(Object.values(STANDAR).flatMap((l) => l.peralatan.map((f) => f.key))),
];
const nilaiFasilitas = {
    type: ['boolean', 'integer', 'string', 'null'],
    description: 'true bila ada, atau jumlahnya, atau keterangan.',
};
const dokumen = {
    type: 'object',
    description: 'Dokumen bernomor (SK, izin): nomor, tanggal, penerbit, masa berlaku.',
    additionalProperties: false,
    properties: {
        nomor: teks('Nomor dokumen, misalnya "188/SK-LKS/III/2024".'),
        tanggal: tanggal('Tanggal dokumen (YYYY-MM-DD).'),
        penerbit: teks('Yang menerbitkan, misalnya "Dinas Sosial Kota Bandung".'),
        berlakuSampai: tanggal('Berlaku sampai (YYYY-MM-DD).'),
    },
};
const nilaiTingkat = {
    type: 'object',
    description: 'Tarif (Rupiah) per tingkat: tingkat1 = Tingkat I/Dasar, tingkat2 = Tingkat II/Spesialis, tingkat3 = Tingkat III/Sub Spesialis.',
    additionalProperties: false,
    properties: Object.fromEntries(TINGKAT_KEYS.map((k) => [
        k,
        { type: 'number', minimum: 0, description: `Tarif ${k} (Rupiah).` },
    ])),
};
const layanan = objek({ description: 'Satu layanan yang diselenggarakan lembaga (Lampiran A–E).' }, {
    sk: objek({ description: 'Surat Keputusan pimpinan lembaga yang diwajibkan standar.' }, {
        kriteriaKlien: {
            ...dokumen,
            description: 'SK kriteria dan persyaratan klien (angka 1.1).',
        },
        tarif: {
            ...dokumen,
            description: 'SK besaran biaya/tarif (angka 1.4.3) dan dasar penentuannya (angka 1.4.1).',
            properties: {
                ...dokumen.properties,
                dasar: {
                    type: 'array',
                    items: { enum: [...DASAR_PENENTUAN_TARIF] },
                    description: 'Dasar penentuan tarif yang disebut SK (1.4.1 a–e): jenis-jasa, tingkat-layanan, keahlian, frekuensi, durasi.',
                },
            },
        },
        pengaduan: { ...dokumen, description: 'SK tata cara penanganan pengaduan (angka 1.6.6).' },
    }),
    tarif: {
        type: 'object',
        description: 'Matriks tarif (angka 1.4.4): kunci = baris matriks (lihat `lembaga tarif`), isinya per durasi (1-jam, 2-jam, lebih-2-jam; asesmen: 5-tahap) per tingkat.',
        additionalProperties: objek({}, {
            '1-jam': nilaiTingkat,
            '2-jam': nilaiTingkat,
            'lebih-2-jam': nilaiTingkat,
            '5-tahap': nilaiTingkat,
        }),
    },
    dasarTarif: objek({
        description: 'Dasar perhitungan tarif untuk `lembaga tarif --hitung` (angka 1.4.1–1.4.2).',
    }, {
        tarifPerJam: { ...nilaiTingkat, description: 'Tarif per jam per tingkat (Rupiah).' },
        tarifDasar: {
            type: 'number',
            minimum: 0,
            description: 'Tarif dasar satu jam Tingkat I (Rupiah).',
        },
        pengaliTingkat: {
            type: 'object',
            additionalProperties: false,
            description: 'Pengali per tingkat terhadap tarif dasar.',
            properties: Object.fromEntries(TINGKAT_KEYS.map((k) => [k, { type: 'number', minimum: 0 }])),
        },
        pengaliDurasi: {
            type: 'object',
            additionalProperties: false,
            description: 'Pengali per durasi terhadap tarif satu jam.',
            properties: Object.fromEntries(['1-jam', '2-jam', 'lebih-2-jam', '5-tahap'].map((k) => [
                k,
                { type: 'number', minimum: 0 },
            ])),
        },
        jamLebihDua: {
            type: 'number',
            minimum: 2,
            description: 'Jam yang dihitung untuk "> 2 jam" (bawaan 3).',
        },
        jamAsesmen: {
            type: 'number',
            minimum: 1,
            description: 'Jam yang dihitung untuk asesmen 5 tahap (bawaan 5).',
        },
        indeksEkonomiDaerah: {
            type: 'number',
            minimum: 0,
            description: 'Indeks tingkat ekonomi daerah (1.4.2 g), 1 = rata-rata.',
        },
        subsidiPemerintahPersen: {
            type: 'number',
            minimum: 0,
            maximum: 100,
            description: 'Subsidi pemerintah dalam persen (1.4.2 c).',
        },
        pajakPersen: {
            type: 'number',
            minimum: 0,
            maximum: 100,
            description: 'Pajak jasa dalam persen (1.4.2 b).',
        },
        biayaTransportAkomodasi: {
            type: 'number',
            minimum: 0,
            description: 'Biaya transportasi/akomodasi/konsumsi per layanan (1.4.2 f), Rupiah.',
        },
        pembulatan: {
            type: 'number',
            minimum: 1,
            description: 'Pembulatan ke kelipatan (bawaan 1000).',
        },
    }),
    barisOpsional: {
        type: 'array',
        items: { type: 'string' },
        description: 'Baris opsional matriks tarif yang diselenggarakan (penjangkauan, rujukan).',
    },
    jangkaWaktuBulan: {
        type: 'number',
        minimum: 1,
        description: 'Jangka waktu layanan yang ditetapkan lembaga, bulan (angka 1.3.2: boleh lebih singkat).',
    },
    timKerjaMasyarakat: {
        type: 'array',
        items: { type: 'string' },
        description: 'Pengembangan sosial: anggota tim kerja masyarakat (Lampiran E angka 1.1.3–1.1.4).',
    },
    atensi: ya('Rehabilitasi sosial diselenggarakan sebagai ATENSI (Permensos 7/2021).'),
    basisLayanan: {
        type: 'array',
        items: { enum: [...BASIS_LAYANAN] },
        description: 'Basis layanan ATENSI (Pasal 8).',
    },
});
const staf = objek({ required: ['id', 'nama', 'peran', 'layanan'], description: 'Satu orang pelaksana.' }, {
    id: teks('Kode staf yang unik, dipakai di register (misalnya "ps-01").'),
    nama: teks('Nama lengkap.'),
    peran: pilihan(PERAN_STAF, 'Peran: pekerja-sosial, supervisor, atau pelaksana lain menurut angka 2.3.3.'),
    layanan: {
        type: 'array',
        items: { enum: [...LAYANAN_KEYS] },
        description: 'Layanan tempat ia bertugas.',
    },
    pendidikan: objek({ description: 'Pendidikan terakhir (angka 2.3.1 a, 2.3.2 a).' }, {
        jenjang: pilihan(JENJANG_PENDIDIKAN, 'Jenjang: D4, S1, S2, Sp1 (Spesialis 1), S3, Sp2…'),
        bidang: teks('Bidang studi, misalnya "pekerjaan sosial" atau "kesejahteraan sosial".'),
    }),
    sertifikat: {
        ...dokumen,
        description: 'Sertifikat kompetensi pekerja sosial (angka 2.3.1 b).',
    },
    izinPraktik: {
        ...dokumen,
        description: 'Izin praktik pekerja sosial; berlakuSampai wajib (angka 2.3.1 c, 2.6.1 e).',
    },
    organisasiProfesi: objek({ description: 'Keanggotaan organisasi profesi pekerja sosial (angka 2.6.1 b).' }, {
        nama: teks('Nama organisasi, misalnya IPSPI.'),
        nomorAnggota: teks('Nomor anggota.'),
    }),
    kodeEtik: ya('Terikat Kode Etik Profesi dan diawasi Dewan Etik (angka 2.6.1 c).'),
    pengalamanTahun: {
        type: 'number',
        minimum: 0,
        description: 'Lama praktik pekerjaan sosial, tahun (angka 2.3.2 d).',
    },
    pengalamanPraktik: {
        type: 'array',
        // B 2.3.2 f asks the supervisor for "advokasi sosial" experience.
        items: { enum: [...LAYANAN_KEYS, 'advokasi-sosial'] },
        description: 'Layanan yang pernah dipraktikkan (angka 2.3.1 e, 2.6.1 d); advokasi-sosial untuk Lampiran B angka 2.3.2 f.',
    },
    pelatihan: {
        type: 'array',
        description: 'Pelatihan/seminar/workshop (angka 2.3.1 d, 2.3.2 e).',
        items: objek({ required: ['judul'] }, {
            judul: teks('Judul pelatihan.'),
            tahun: { type: 'integer', description: 'Tahun pelatihan.' },
            bidang: {
                type: 'array',
                items: { enum: [...LAYANAN_KEYS] },
                description: 'Layanan yang dicakup.',
            },
        }),
    },
    pernyataan: objek({ description: 'Tanggal penandatanganan kebijakan (angka 2.6.1 f).' }, {
        antiKorupsi: tanggal('Tanggal menandatangani kebijakan anti korupsi.'),
        antiPelecehan: tanggal('Tanggal menandatangani kebijakan anti pelecehan dan kekerasan.'),
    }),
    riwayatBersih: ya('Tidak memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum (angka 2.6.1 g).'),
    rencanaTahunan: {
        type: 'array',
        items: { type: 'integer' },
        description: 'Tahun-tahun yang memiliki rencana kerja tahunan (angka 2.8.2).',
    },
    evaluasiTerakhir: tanggal('Tanggal evaluasi kinerja tahunan terakhir (angka 2.8.5).'),
    asn: objek({ description: 'Jabatan Fungsional Pekerja Sosial (PNS).' }, {
        nip: teks('NIP (18 digit), ditulis sebagai teks.'),
        kategori: pilihan(['keterampilan', 'keahlian'], 'Kategori jabatan.'),
        jenjang: teks('Jenjang jabatan: pemula, terampil, mahir, penyelia, ahli-pertama, ahli-muda, ahli-madya, ahli-utama.'),
        pangkat: teks('Pangkat.'),
        golongan: teks('Golongan ruang, misalnya "III/a".'),
    }),
    aktif: ya('Masih aktif bertugas (bawaan: ya).'),
});
/** The schema object. */
export const LEMBAGA_SCHEMA = skemaBerkas('lembaga', 'lembaga.yaml', 'Data lembaga penyelenggara praktik pekerjaan sosial menurut Permensos 14/2020.', ['lembaga', 'layanan', 'staf'], {
    versi: versi(1, 'Versi format berkas (1).'),
    lembaga: objek({ required: ['nama', 'jenis', 'kepemilikan'], description: 'Identitas lembaga.' }, {
        nama: teks('Nama lembaga.'),
        jenis: pilihan(JENIS_LEMBAGA, 'Jenis lembaga.'),
        kepemilikan: pilihan(KEPEMILIKAN, 'Kepemilikan.'),
        badanHukum: {
            ...dokumen,
            properties: {
                ...dokumen.properties,
                nama: teks('Nama badan hukum (yayasan/perkumpulan).'),
            },
            description: 'Badan hukum (akta/SK Kemenkumham).',
        },
        alamat: teks('Alamat kantor lembaga.'),
        kodeWilayah: {
            type: 'string',
            pattern: '^\\d{2}(\\.\\d{2}){1,3}$',
            description: 'Kode wilayah Kemendagri, misalnya "32.73" atau "32.73.01".',
        },
        kota: teks('Kota/kabupaten (untuk tempat penandatanganan).'),
        telepon: teks('Telepon kantor.'),
        email: { type: 'string', format: 'email', description: 'Email kantor.' },
        pimpinan: objek({ description: 'Pimpinan lembaga.' }, {
            nama: teks('Nama pimpinan.'),
            jabatan: teks('Jabatan, misalnya "Ketua".'),
            nip: teks('NIP, bila PNS.'),
        }),
    }),
    izin: { ...dokumen, description: 'Izin operasional lembaga (angka 2.6.2 a).' },
    akreditasi: {
        type: 'array',
        description: 'Akreditasi per bidang layanan (angka 2.6.2 b).',
        items: objek({ required: ['bidang'] }, {
            bidang: pilihan(LAYANAN_KEYS, 'Bidang layanan yang diakreditasi.'),
            peringkat: teks('Peringkat: A, B, atau C.'),
            nomor: teks('Nomor sertifikat akreditasi.'),
            tanggal: tanggal('Tanggal akreditasi.'),
            penerbit: teks('Badan akreditasi.'),
            berlakuSampai: tanggal('Berlaku sampai.'),
            dasar: pilihan(['permensos-17-2012', 'permensos-8-2025'], 'Regulasi dasar akreditasi: Permensos 17/2012 (sampai 2024) atau Permensos 8/2025.'),
        }),
    },
    layanan: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        description: 'Layanan yang diselenggarakan: pencegahan, perlindungan, rehabilitasi, pemberdayaan, pengembangan.',
        properties: Object.fromEntries(LAYANAN_KEYS.map((k) => [k, layanan])),
    },
    fasilitas: {
        type: 'object',
        description: 'Sarana dan prasarana minimum (angka 2.2.1): kantor, ruang-asesmen, lemari-arsip-terkunci, komputer, media-kie, dokumen-layanan, sarana-mobilitas; rehabilitasi juga ruang-terapi dan shelter. Nilai: true/false atau jumlah.',
        additionalProperties: false,
        properties: Object.fromEntries(FASILITAS_KEYS.map((k) => [k, nilaiFasilitas])),
    },
    peralatan: {
        type: 'object',
        description: 'Peralatan kerja dan layanan (angka 2.2.3).',
        additionalProperties: false,
        properties: Object.fromEntries(PERALATAN_KEYS.map((k) => [k, nilaiFasilitas])),
    },
    keselamatan: objek({ description: 'Jaminan keamanan dan keselamatan (angka 2.7).' }, {
        protokolDarurat: ya('Protokol keadaan darurat (2.7.1 a).'),
        apar: objek({ description: 'Alat pemadam api ringan (2.7.1 b).' }, {
            jumlah: { type: 'integer', minimum: 0, description: 'Jumlah APAR.' },
            kedaluwarsa: tanggal('Tanggal kedaluwarsa isi APAR.'),
        }),
        jalurEvakuasi: ya('Jalur evakuasi (2.7.1 c).'),
        tandaArah: ya('Tanda arah evakuasi (2.7.1 c).'),
        titikKumpul: ya('Tempat berkumpul yang aman (2.7.1 d).'),
        informasiKeselamatan: ya('Pelaksana memperoleh informasi keamanan dan keselamatan (2.7.2 a).'),
        latihanBencanaTerakhir: tanggal('Latihan pengenalan dan penanganan bencana terakhir (2.7.2 b).'),
        latihanDrillTerakhir: tanggal('Latihan penyelamatan diri (drill) terakhir (2.7.2 c).'),
        kontakKeselamatan: objek({ description: 'Staf kontak utama keamanan dan keselamatan (2.7.3).' }, {
            staf: teks('Kode staf.'),
            pelatihanTerakhir: tanggal('Pelatihan terakhir (diperbarui setiap tahun).'),
        }),
        penjelasanKlien: ya('Klien diberi penjelasan protokol keselamatan (2.7.4).'),
    }),
    pengaduan: objek({ description: 'Penanganan pengaduan, saran, dan masukan (angka 1.6).' }, {
        saluran: objek({ description: 'Saluran pengaduan (1.6.4).' }, {
            telepon: teks('Nomor telepon (1.6.4 a).'),
            whatsapp: teks('Nomor WhatsApp (1.6.4 b).'),
            kotakPengaduan: teks('Letak kotak pengaduan (1.6.4 c).'),
            email: teks('Alamat email (1.6.4 d).'),
            alamatSurat: teks('Alamat surat (1.6.4 e).'),
        }),
        prosedur: objek({ description: 'Isi tata cara penanganan pengaduan (1.6.5 a–e).' }, {
            petugas: {
                type: 'array',
                items: { type: 'string' },
                description: 'Kode staf yang menangani pengaduan (1.6.5 a).',
            },
            alur: teks('Proses dari penerimaan sampai penyampaian hasil (1.6.5 b).'),
            batasWaktuHari: objek({ description: 'Batas waktu setiap tahap, hari (1.6.5 c).' }, {
                penerimaan: {
                    type: 'integer',
                    minimum: 0,
                    description: 'Hari sampai pengaduan dicatat dan dijawab diterima.',
                },
                penanganan: {
                    type: 'integer',
                    minimum: 0,
                    description: 'Hari sampai pengaduan ditangani.',
                },
                penyampaianHasil: {
                    type: 'integer',
                    minimum: 0,
                    description: 'Hari sampai hasil disampaikan kepada klien.',
                },
            }),
            perlindunganKlien: teks('Perlindungan terhadap klien pengadu (1.6.5 d).'),
            laporanBerkala: pilihan(['bulanan', 'triwulanan', 'semesteran', 'tahunan'], 'Laporan berkala pengaduan (1.6.5 e).'),
        }),
    }),
    pengawasan: objek({ description: 'Pengawasan internal (angka 2.4).' }, {
        pedoman: ya('Ada pedoman pengawasan internal (2.4.1).'),
        pertemuanBerkala: teks('Pertemuan berkala pekerja sosial dan supervisor, misalnya "bulanan" (2.4.3 b).'),
        aspek: {
            type: 'array',
            items: { enum: ['edukatif', 'suportif', 'administratif'] },
            description: 'Aspek supervisi yang dijalankan (2.4.5 a–c).',
        },
    }),
    jaminan: objek({ description: 'Jaminan pelayanan lembaga (angka 2.6.2).' }, {
        metodeTeruji: ya('Menggunakan pendekatan, metode, dan peralatan yang telah diuji (2.6.2 c).'),
        pengawasPemerintah: teks('Instansi pemerintah yang mengawasi, misalnya "Dinas Sosial Kota Bandung" (2.6.2 f).'),
        laporanTahunanTerakhir: {
            type: 'integer',
            description: 'Tahun laporan tahunan terakhir (2.6.2 g).',
        },
    }),
    evaluasiKinerja: objek({ description: 'Evaluasi kinerja pelaksana (angka 2.8).' }, {
        kerangkaKompetensi: ya('Lembaga menetapkan kerangka kompetensi staf (2.8.1).'),
        formatEvaluasi: ya('Evaluasi memakai format lembaga, dicatat dan diarsipkan (2.8.7).'),
    }),
    staf: {
        type: 'array',
        items: staf,
        description: 'Pekerja sosial, supervisor, dan pelaksana lain.',
    },
    pengaturan: objek({ description: 'Pilihan yang dibiarkan terbuka oleh standar dan harus ditetapkan lembaga.' }, {
        proBono: objek({ description: 'Layanan pro bono (1.4.2 e).' }, {
            persen: {
                type: 'number',
                minimum: 0,
                maximum: 100,
                description: 'Persentase (bawaan 10).',
            },
            dasar: pilihan(['kegiatan-per-pekerja-per-tahun', 'kegiatan-lembaga-per-tahun'], 'Dasar perhitungan (bawaan: kegiatan per pekerja sosial per tahun).'),
        }),
        intervalLatihanBulan: {
            type: 'integer',
            minimum: 1,
            description: 'Selang latihan drill, bulan (bawaan 12).',
        },
        mulaiJangkaWaktu: pilihan(['kesepakatan', 'pendekatan-awal'], 'Jangka waktu layanan dihitung sejak tanggal kesepakatan (bawaan) atau pendekatan awal.'),
        batasWaktuPengaduanHari: {
            type: 'integer',
            minimum: 1,
            description: 'Batas waktu seluruh proses pengaduan, hari. Tidak menggantikan batas waktu setiap tahap (pengaduan.prosedur.batasWaktuHari) yang diminta angka 1.6.5 c.',
        },
        ambangPublik: {
            type: 'integer',
            minimum: 2,
            description: 'Angka terkecil yang ditampilkan di laporan publik (bawaan 5).',
        },
    }),
    aturan: objek({ description: 'Pengaturan aturan pemeriksaan.' }, {
        tingkat: {
            type: 'object',
            description: 'Ubah tingkat aturan: error, warning, info, atau off.',
            additionalProperties: { enum: ['error', 'warning', 'info', 'off'] },
        },
        abaikan: {
            type: 'array',
            description: 'Temuan yang diabaikan, masing-masing dengan alasan.',
            items: objek({ required: ['aturan', 'alasan'] }, {
                aturan: teks('Kode aturan.'),
                alasan: { type: 'string', minLength: 3, description: 'Alasan (wajib).' },
                layanan: pilihan(LAYANAN_KEYS, 'Hanya untuk layanan ini.'),
                path: teks('Hanya untuk bagian ini (JSON pointer, misalnya "/staf/2").'),
            }),
        },
        rulesetNonaktif: {
            type: 'array',
            items: { type: 'string' },
            description: 'Ruleset yang dinonaktifkan.',
        },
    }),
});
/*
 * Fields of issue 12 (obligations no rule read before): appended here so the blocks
 * above stay untouched. Each one is optional.
 */
const tambahProperti = (o, p) => {
    Object.assign(o.properties, p);
};
const daftarStaf = (description) => ({
    type: 'array',
    items: { type: 'string' },
    description,
});
tambahProperti(layanan, {
    faktorTarif: {
        type: 'array',
        items: { type: 'string' },
        description: 'Faktor angka 1.4.2 yang menjadi dasar SK tarif: peraturan-perundangan, pajak, subsidi-pemerintah, jenjang-tarif, biaya-terkait, tingkat-ekonomi-daerah.',
    },
    bebanKasusMaks: {
        type: 'integer',
        minimum: 1,
        description: 'Batas kasus aktif per pekerja sosial di layanan ini yang ditetapkan lembaga (angka 2.5.1); di atasnya menjadi peringatan.',
    },
});
tambahProperti(staf, {
    evaluasi: objek({ description: 'Cara evaluasi kinerja terakhir dilakukan (angka 2.8.3–2.8.6).' }, {
        isianDiri: ya('Pelaksana lebih dulu mengisi format evaluasi (2.8.6 a).'),
        masukan: {
            type: 'array',
            items: { enum: ['teman-sejawat', 'klien', 'staf-lebih-tinggi'] },
            description: 'Pendapat yang diminta atasan langsung: teman-sejawat, klien, staf-lebih-tinggi (2.8.6 b).',
        },
        pertemuan: ya('Pertemuan pelaksana dan pimpinan membahas isian dan pendapat (2.8.6 c).'),
        rencanaBerikutnya: ya('Tujuan dan rencana tahun berikutnya dibahas (2.8.6 d).'),
        diukur: {
            type: 'array',
            items: {
                enum: [
                    'tujuan-kinerja',
                    'pelaksanaan-tugas',
                    'pengetahuan',
                    'keterampilan',
                    'nilai-etik',
                ],
            },
            description: 'Yang diukur evaluasi: tujuan-kinerja dan pelaksanaan-tugas (2.8.3); pengetahuan, keterampilan, nilai-etik (2.8.4, pekerja sosial dan supervisor).',
        },
    }),
});
tambahProperti(LEMBAGA_SCHEMA.properties.keselamatan, {
    pesertaInformasi: daftarStaf('Kode staf yang sudah memperoleh informasi keamanan dan keselamatan (2.7.2 a).'),
    pesertaLatihanBencana: daftarStaf('Kode staf yang mengikuti latihan pengenalan dan penanganan bencana terakhir (2.7.2 b).'),
    pesertaLatihanDrill: daftarStaf('Kode staf yang mengikuti latihan drill terakhir (2.7.2 c).'),
});
tambahProperti(LEMBAGA_SCHEMA.properties.pengaduan, {
    laporanTerakhir: tanggal('Tanggal laporan berkala pengaduan terakhir yang dibuat (1.6.5 e).'),
});
tambahProperti(LEMBAGA_SCHEMA.properties.pengawasan, {
    selangSupervisiHari: {
        type: 'integer',
        minimum: 1,
        description: 'Paling lama berapa hari antara dua sesi supervisi satu kasus (2.4.3 b, pertemuan berkala).',
    },
});
tambahProperti(LEMBAGA_SCHEMA, {
    pengawasanInternal: objek({
        description: 'Catatan pengawasan internal (angka 2.4.1–2.4.4): pedomannya, objeknya, kegiatannya dengan tanggal terakhir, dan garis pengawasannya.',
    }, {
        pedoman: objek({
            description: 'Keputusan pedoman pengawasan internal (2.4.1: "diputuskan oleh lembaga pelayanan dan unit yang lebih tinggi"): nomor dan tanggal.',
        }, {
            nomor: teks('Nomor keputusan pedoman.'),
            tanggal: tanggal('Tanggal keputusan pedoman (YYYY-MM-DD); tidak boleh sesudah hari ini.'),
        }),
        objek: {
            type: 'array',
            items: { enum: [...OBJEK_PENGAWASAN] },
            description: 'Objek pengawasan (2.4.2 a–g): kegiatan, tahap, tugas, mutu-masukan, ketepatan-waktu, mutu-keluaran, hambatan.',
        },
        kegiatan: {
            type: 'array',
            description: 'Cara pengawasan kinerja yang dijalankan (2.4.3 a, c–j) dan kapan terakhir.',
            items: objek({ required: ['jenis'] }, {
                jenis: pilihan(KEGIATAN_PENGAWASAN, 'penjelasan-tugas (a), pertemuan-pimpinan (c), pertemuan-tim (d), pemeriksaan-catatan (e), pengamatan (f), laporan-tugas (g), laporan-kinerja (h), penanganan-keluhan (i), perlindungan (j).'),
                terakhir: tanggal('Tanggal kegiatan itu terakhir dilakukan (YYYY-MM-DD).'),
            }),
        },
        oleh: {
            type: 'array',
            items: { enum: [...GARIS_PENGAWASAN] },
            description: 'Garis pengawasan (2.4.4): kepala-ke-supervisor (a), kepala-unit-ke-pelaksana (b).',
        },
    }),
    sarana: objek({ description: 'Sarana lembaga (angka 2.2.2).' }, {
        pemeriksaan: objek({
            description: 'Pemeriksaan ruang dan peralatan oleh lembaga sendiri (2.2.2 a–f): tanggal dan hasil per butir.',
        }, {
            tanggal: tanggal('Tanggal pemeriksaan terakhir (YYYY-MM-DD).'),
            hasil: {
                type: 'object',
                additionalProperties: false,
                description: 'Hasil per butir: ukuran (a), jumlahRuang (b), peralatan (c), keselamatan (d), cahayaUdara (e), kebersihanHarian (f); sesuai atau belum.',
                properties: Object.fromEntries(BUTIR_SARANA.map((b) => [b, pilihan(HASIL_SARANA, `Hasil butir ${b}.`)])),
            },
        }),
    }),
});
