/**
 * JSON Schema (2020-12) of a case register (register/*.yaml). The canonical
 * Excel register carries the same fields, one row per case (sheet Register) and
 * one row per activity (sheet Kegiatan). Written to schemas/register.schema.json.
 */
import { LAYANAN_KEYS, TAHAP_KEYS, TINGKAT_KEYS, DURASI_KEYS } from '../standards/types.js';
import { PPKS_KEYS } from '../standards/ppks.js';
import { AKSES_ATENSI, ASPEK_ASESMEN_ATENSI, ASPEK_SUPERVISI, BENTUK_DUKUNGAN_ATENSI, TAHAP_ATENSI_KEYS, } from '../standards/permensos-7-2021/katalog-atensi.js';
import { objek, pilihan, skemaBerkas, tanggal, teks, versi, ya } from './skema.js';
export const JENIS_KLIEN = [
    'individu',
    'keluarga',
    'kelompok',
    'masyarakat',
    'komunitas',
    'desa',
    'kecamatan',
    'kabupaten',
    'lembaga',
    'perorangan-sumber',
];
export const STATUS_KASUS = ['aktif', 'selesai', 'dirujuk', 'berhenti'];
export const KLASTER_ATENSI = [
    'anak',
    'penyandang-disabilitas',
    'tuna-sosial-korban-perdagangan-orang',
    'korban-napza',
    'lanjut-usia',
    'korban-bencana',
    'ppks-lainnya',
];
export const BASIS_LAYANAN = ['keluarga', 'komunitas', 'residensial'];
export const STATUS_DTKS = ['terdaftar', 'diusulkan', 'belum-terdaftar'];
const tahap = (description, extra = {}) => ({
    type: 'object',
    additionalProperties: false,
    description,
    properties: { tanggal: tanggal('Tanggal tahap.'), catatan: teks('Catatan.'), ...extra },
});
export const KASUS_SCHEMA = objek({
    required: ['nomor', 'layanan', 'status', 'klien', 'tahapan'],
    description: 'Satu kasus klien.',
}, {
    nomor: teks('Nomor register, unik di lembaga (misalnya "REG-2025-001").'),
    layanan: pilihan(LAYANAN_KEYS, 'Layanan: pencegahan, perlindungan, rehabilitasi, pemberdayaan, pengembangan.'),
    status: pilihan(STATUS_KASUS, 'Status: aktif, selesai (terminasi), dirujuk, berhenti.'),
    klien: objek({
        required: ['jenis'],
        description: 'Klien (data pribadi: tidak pernah dicetak di laporan).',
    }, {
        jenis: pilihan(JENIS_KLIEN, 'Jenis klien (angka 1.1.1).'),
        nama: teks('Nama klien.'),
        nik: {
            type: 'string',
            pattern: '^\\d{16}$',
            description: 'NIK 16 digit, selalu ditulis sebagai teks (pakai tanda kutip).',
        },
        tanggalLahir: tanggal('Tanggal lahir.'),
        jenisKelamin: pilihan(['L', 'P'], 'L atau P.'),
        alamat: teks('Alamat.'),
        kodeWilayah: {
            type: 'string',
            pattern: '^\\d{2}(\\.\\d{2}){1,3}$',
            description: 'Kode wilayah Kemendagri, misalnya "32.73.01".',
        },
        ppks: pilihan(PPKS_KEYS, 'Kategori PPKS (26 kategori), misalnya "anak-telantar".'),
        klaster: pilihan(KLASTER_ATENSI, 'Klaster ATENSI (Permensos 7/2021 Pasal 3).'),
        basisLayanan: pilihan(BASIS_LAYANAN, 'Basis layanan ATENSI (Pasal 8).'),
        dtks: pilihan(['terdaftar', 'belum-terdaftar', 'diusulkan'], 'Status DTKS (Pasal 43).'),
        dtsen: pilihan(['terdaftar', 'belum-terdaftar', 'diusulkan'], 'Status DTSEN (dahulu DTKS; Inpres 4/2025); sama dengan `dtks`.'),
        abh: ya('Anak berhadapan dengan hukum (UU SPPA Pasal 19): identitas tidak boleh dibuka.'),
    }),
    pemohon: objek({ description: 'Pemohon/perujuk layanan (angka 1.1.2; pengembangan 1.1.5).' }, {
        jenis: teks('Jenis pemohon, misalnya "pemerintah-daerah", "masyarakat".'),
        nama: teks('Nama instansi/orang.'),
    }),
    pekerjaSosial: teks('Kode staf pekerja sosial (dari lembaga.yaml).'),
    supervisor: teks('Kode staf supervisor.'),
    timKerjaMasyarakat: {
        type: 'array',
        items: { type: 'string' },
        description: 'Pengembangan sosial: tim kerja masyarakat (E 1.1.3).',
    },
    tahapan: objek({ description: 'Tahapan SOP (Pasal 5) dengan tanggalnya.' }, {
        pendekatanAwal: tahap('Pendekatan awal (1.2.2).', {
            kesepakatan: tanggal('Tanggal kesepakatan/kontrak layanan (1.2.2 e); jangka waktu dihitung dari sini.'),
            rujukKeluar: objek({ description: 'Tidak sesuai kriteria dan dirujuk ke lembaga lain (1.2.2 f).' }, { tanggal: tanggal('Tanggal rujukan.'), lembaga: teks('Lembaga tujuan.') }),
            kesepakatanDitandatangani: ya('Kesepakatan/kontrak layanan ditandatangani dan disimpan di map kasus (1.2.2 e).'),
            kontakPemerintah: objek({
                description: 'Pengembangan sosial: kontak awal dengan pimpinan pemerintah setempat untuk pemberitahuan atau persetujuan (E 1.2.3 b).',
            }, {
                tanggal: tanggal('Tanggal kontak/surat.'),
                bentuk: pilihan(['pemberitahuan', 'persetujuan'], 'Pemberitahuan atau persetujuan.'),
            }),
        }),
        asesmen: tahap('Asesmen (1.2.3).'),
        perencanaan: tahap('Perencanaan intervensi (1.2.4).', {
            prioritas: teks('Skala prioritas masalah/fokus yang disusun (1.2.4 a).'),
            tujuan: teks('Tujuan intervensi, kegiatan, sistem sumber dan pihak yang terlibat (1.2.4 b).'),
            jadwalDisepakati: ya('Jadwal pelaksanaan intervensi disepakati dengan klien (1.2.4 c).'),
        }),
        intervensi: objek({ description: 'Intervensi (1.2.5).' }, {
            mulai: tanggal('Mulai.'),
            selesai: tanggal('Selesai.'),
            catatan: teks('Catatan.'),
        }),
        evaluasi: tahap('Evaluasi (1.2.6).', {
            capaianTujuan: pilihan(['tercapai', 'sebagian', 'belum-tercapai'], 'Ketercapaian tujuan intervensi (1.2.6): tercapai, sebagian, belum-tercapai.'),
            partisipatif: ya('Pengembangan sosial: evaluasi dilakukan bersama masyarakat (E 1.2.7).'),
        }),
        rujukan: tahap('Rujukan (1.2.7).', {
            lembagaPenerima: teks('Lembaga penerima rujukan (1.2.7 a).'),
            didampingi: ya('Klien didampingi mengakses lembaga penerima rujukan (1.2.7 b).'),
        }),
        terminasi: tahap('Terminasi (1.2.8).', {
            dibahasDenganSupervisor: ya('Rencana terminasi dibahas dengan supervisor (1.2.8 a).'),
            klienDiberitahu: ya('Klien diberi tahu rencana terminasi (1.2.8 b).'),
            formulirDitandatangani: ya('Formulir pengakhiran layanan ditandatangani klien (1.2.8 c).'),
            disaksikanPemohon: ya('Pencegahan: disaksikan pemohon (Lampiran A 1.2.8 c).'),
        }),
    }),
    perpanjangan: {
        type: 'array',
        description: 'Perpanjangan jangka waktu (1.3.3), masing-masing dengan keputusannya.',
        items: objek({ required: ['tanggal'] }, {
            tanggal: tanggal('Tanggal keputusan.'),
            sampai: tanggal('Diperpanjang sampai.'),
            dasar: teks('Dasar keputusan (nomor/isi).'),
        }),
    },
    kegiatan: {
        type: 'array',
        description: 'Kegiatan yang diberikan.',
        items: objek({ required: ['tanggal', 'kegiatan'] }, {
            tanggal: tanggal('Tanggal kegiatan.'),
            kegiatan: teks('Kode kegiatan dari daftar layanan (lihat `lembaga aturan kegiatan-layanan`).'),
            tahap: teks('Tahap SOP.'),
            durasi: pilihan(DURASI_KEYS, 'Durasi: 1-jam, 2-jam, lebih-2-jam, 5-tahap (asesmen).'),
            tingkat: pilihan(TINGKAT_KEYS, 'Tingkat tarif: tingkat1, tingkat2, tingkat3.'),
            biaya: { type: 'number', minimum: 0, description: 'Biaya yang ditagih (Rupiah).' },
            proBono: ya('Layanan pro bono (1.4.2 e).'),
            pelaksana: teks('Kode staf pelaksana (bawaan: pekerja sosial kasus).'),
            sesi: teks('Kode sesi kelompok (untuk daftar hadir).'),
            catatan: teks('Catatan.'),
            produk: {
                type: 'array',
                items: { type: 'string' },
                description: 'Produk layanan (luaran) kegiatan ini (angka 1.5), kode dari daftar produk layanan (lihat `lembaga aturan kasus-produk-layanan`).',
            },
        }),
    },
    pengaduan: {
        type: 'array',
        description: 'Pengaduan terkait kasus (1.6).',
        items: objek({ required: ['tanggal'] }, {
            tanggal: tanggal('Tanggal pengaduan diterima.'),
            jenis: teks('Jenis pengaduan (1.6.3), misalnya "pembayaran-di-luar-tarif".'),
            saluran: teks('Saluran (1.6.4): telepon, whatsapp, kotak-pengaduan, email, alamat-surat.'),
            ditanganiOleh: teks('Kode staf yang menangani.'),
            selesai: tanggal('Tanggal selesai ditangani.'),
            catatan: teks('Catatan.'),
        }),
    },
    catatan: teks('Catatan.'),
    supervisi: {
        type: 'array',
        description: 'Sesi supervisi kasus ini (angka 2.3.2, 2.4.3 b, 2.4.4 c; ATENSI Pasal 19 ayat 2).',
        items: objek({ required: ['tanggal'] }, {
            tanggal: tanggal('Tanggal sesi supervisi.'),
            supervisor: teks('Kode staf supervisor (bawaan: supervisor kasus).'),
            pelaksana: teks('Kode staf yang disupervisi (bawaan: pekerja sosial kasus).'),
            tahap: pilihan([...TAHAP_KEYS, ...TAHAP_ATENSI_KEYS], 'Tahap yang disupervisi: tahap SOP (Pasal 5) atau tahap ATENSI (Permensos 7/2021 Pasal 19 ayat 1).'),
            aspek: {
                type: 'array',
                items: { enum: [...ASPEK_SUPERVISI] },
                description: 'Aspek supervisi (2.4.5): edukatif, suportif, administratif.',
            },
            catatan: teks('Catatan.'),
        }),
    },
    atensi: objek({ description: 'Rincian manajemen kasus ATENSI (Permensos 7/2021).' }, {
        aksesMelalui: {
            enum: AKSES_ATENSI.map((x) => x.key),
            description: 'Fasilitasi akses (Pasal 20): rujukan, laporan-pengaduan, penjangkauan-kasus.',
        },
        asesmenAspek: {
            type: 'array',
            items: { enum: ASPEK_ASESMEN_ATENSI.map((x) => x.key) },
            description: 'Aspek asesmen komprehensif (Pasal 22): medis, legal, fisik, psikososial, mental, spiritual, minat-bakat, penelusuran-keluarga, lainnya.',
        },
        bentukDukungan: {
            type: 'array',
            items: { enum: BENTUK_DUKUNGAN_ATENSI.map((x) => x.key) },
            description: 'Bentuk ATENSI yang diberikan (Pasal 11 ayat 1).',
        },
        pascalayanan: objek({
            description: 'Pascalayanan (Pasal 26), diputuskan berdasarkan asesmen pekerja sosial.',
        }, {
            perlu: ya('Pascalayanan diperlukan menurut asesmen pekerja sosial.'),
            tanggal: tanggal('Tanggal pascalayanan diberikan.'),
            catatan: teks('Catatan.'),
        }),
    }),
});
export const REGISTER_SCHEMA = skemaBerkas('register', 'register/*.yaml', 'Buku register klien: satu entri per kasus.', ['kasus'], {
    versi: versi(1, 'Versi format (1).'),
    kasus: { type: 'array', items: KASUS_SCHEMA, description: 'Daftar kasus.' },
});
