/** Messages of area 'init' (id). Keys are shared with the other language; a test checks both have the same keys. */
export const init: Record<string, string> = {
  'init.tanpaTerminal':
    'Tidak ada terminal interaktif: menulis kerangka lembaga.yaml tanpa bertanya (seperti --ya).',
  'init.sambutan':
    'Menyiapkan folder lembaga di {folder}. Jawab pertanyaan berikut; tekan Ctrl-C untuk membatalkan (tidak ada berkas yang ditulis).',
  'init.masihKurang': 'Yang masih perlu dilengkapi di lembaga.yaml:',
  'init.hasilValidasi': 'Hasil pemeriksaan awal (lembaga validasi):',
  'init.jalankanValidasi': 'Jalankan: lembaga validasi {folder}',
  'init.selesai': 'Selesai. Lengkapi lembaga.yaml, lalu jalankan: lembaga validasi {folder}',

  'init.bantuan.pilih': '↑↓ pilih, Enter lanjut',
  'init.bantuan.pilihHalaman': '↑↓ gulir untuk pilihan lain',
  'init.bantuan.centang': ' (Spasi untuk mencentang, a semua, i balik, Enter lanjut)',

  'init.cek.wajib': 'Wajib diisi.',
  'init.cek.sebelumMulai': 'Tanggal berakhir {nilai} lebih awal dari tanggal terbit {mulai}.',
  'init.cek.tanggal':
    '"{nilai}" bukan tanggal yang sah. Tulis YYYY-MM-DD, misalnya 2025-12-31 (kosongkan bila belum ada).',
  'init.cek.kodeWilayah':
    '"{nilai}" bukan kode wilayah Kemendagri. Tulis seperti 32.73 atau 32.73.01 (kosongkan bila tidak tahu).',
  'init.cek.kodeProvinsi': '"{nilai}": kode provinsi harus antara 11 dan 94.',
  'init.cek.kodeKabupaten': '"{nilai}": kode kabupaten 01–69 atau kota 71–99.',
  'init.cek.email': '"{nilai}" bukan alamat email yang sah.',
  'init.cek.bilangan': 'Tulis bilangan bulat antara {min} dan {max}.',
  'init.cek.nip': 'NIP terdiri atas 18 angka (kosongkan bila tidak ada).',
  'init.cek.pilihSatu': 'Pilih paling sedikit satu (tekan Spasi untuk mencentang).',

  'init.tanya.nama': 'Nama lembaga:',
  'init.tanya.jenis': 'Jenis lembaga:',
  'init.tanya.kepemilikan': 'Kepemilikan:',
  'init.tanya.kota': 'Kota/kabupaten (tempat penandatanganan SK):',
  'init.tanya.kodeWilayah': 'Kode wilayah Kemendagri, misalnya 32.73 (boleh kosong):',
  'init.tanya.alamat': 'Alamat kantor (boleh kosong):',
  'init.tanya.telepon': 'Telepon kantor (boleh kosong):',
  'init.tanya.email': 'Email kantor (boleh kosong):',
  'init.tanya.layanan': 'Layanan yang diselenggarakan (Permensos 14/2020 Pasal 32):',
  'init.tanya.atensi':
    'Apakah rehabilitasi sosial diselenggarakan sebagai ATENSI (Permensos 7/2021)?',
  'init.tanya.adaIzin': 'Apakah lembaga sudah memiliki izin operasional?',
  'init.tanya.izinNomor': 'Nomor izin operasional:',
  'init.tanya.izinTanggal': 'Tanggal izin (YYYY-MM-DD, boleh kosong):',
  'init.tanya.izinPenerbit': 'Penerbit izin, misalnya Dinas Sosial Kota Bandung (boleh kosong):',
  'init.tanya.izinSampai': 'Izin berlaku sampai (YYYY-MM-DD, boleh kosong):',
  'init.tanya.akreditasi': 'Apakah lembaga terakreditasi di bidang {layanan}?',
  'init.tanya.peringkat': 'Peringkat akreditasi:',
  'init.tanya.akreditasiNomor': 'Nomor sertifikat akreditasi (boleh kosong):',
  'init.tanya.akreditasiSampai': 'Akreditasi berlaku sampai (YYYY-MM-DD, boleh kosong):',
  'init.tanya.pimpinanNama': 'Nama pimpinan lembaga:',
  'init.tanya.pimpinanJabatan': 'Jabatan pimpinan:',
  'init.tanya.pimpinanNip': 'NIP pimpinan (18 angka, boleh kosong):',
  'init.tanya.jumlahPeksos': 'Berapa pekerja sosial (selain supervisor)?',
  'init.tanya.adaSupervisor': 'Apakah ada supervisor pekerja sosial?',
  'init.tanya.stafNama': 'Nama {peran} ke-{n}:',
  'init.tanya.stafJenjang': 'Pendidikan terakhir {nama}:',
  'init.tanya.pengalaman': 'Lama pengalaman praktik pekerjaan sosial {nama} (tahun):',
  'init.tanya.izinPraktik': 'Nomor izin praktik {nama} (boleh kosong):',
  'init.tanya.izinPraktikSampai': 'Izin praktik berlaku sampai (YYYY-MM-DD, boleh kosong):',
  'init.tanya.stafLayanan': 'Layanan tempat {nama} bertugas:',

  'init.tanya.stafBidang': 'Bidang pendidikan {nama}:',
  'init.bidangBawaan': 'pekerjaan sosial',
  'init.ya': 'Ya',
  'init.tidak': 'Tidak',
  'init.peran.pekerja-sosial': 'pekerja sosial',
  'init.peran.supervisor': 'supervisor pekerja sosial',
  'init.jabatan.kepala': 'Kepala',
  'init.jabatan.ketua': 'Ketua',
  'init.layanan.pencegahan': 'Pencegahan disfungsi sosial (Lampiran A)',
  'init.layanan.perlindungan': 'Perlindungan sosial (Lampiran B)',
  'init.layanan.rehabilitasi': 'Rehabilitasi sosial (Lampiran C)',
  'init.layanan.pemberdayaan': 'Pemberdayaan sosial (Lampiran D)',
  'init.layanan.pengembangan': 'Pengembangan sosial (Lampiran E)',
  'init.jenis.LKS': 'LKS (Lembaga Kesejahteraan Sosial)',
  'init.jenis.panti': 'Panti sosial',
  'init.jenis.UPT': 'UPT daerah',
  'init.jenis.balai': 'Balai Kementerian Sosial',
  'init.jenis.praktik-mandiri': 'Praktik mandiri pekerja sosial',
  'init.kepemilikan.masyarakat': 'Masyarakat (yayasan/perkumpulan)',
  'init.kepemilikan.pemerintah-pusat': 'Pemerintah pusat',
  'init.kepemilikan.pemerintah-provinsi': 'Pemerintah provinsi',
  'init.kepemilikan.pemerintah-kabupaten-kota': 'Pemerintah kabupaten/kota',

  'init.yaml.kepala1':
    'Data lembaga untuk perangkat "lembaga" (Permensos 14/2020 tentang Standar Praktik Pekerjaan Sosial).',
  'init.yaml.kepala2':
    'Tanggal ditulis YYYY-MM-DD. Nomor (SK, izin, NIP, telepon) selalu di antara tanda kutip.',
  'init.yaml.kepala3':
    'Baris yang diawali # adalah catatan atau contoh: hapus # untuk memakainya. Periksa dengan: lembaga validasi',
  'init.yaml.identitas': 'Identitas lembaga',
  'init.yaml.isiNama': 'isi nama lembaga',
  'init.yaml.jenis': 'LKS, panti, UPT, balai, atau praktik-mandiri',
  'init.yaml.kepemilikan':
    'masyarakat, pemerintah-pusat, pemerintah-provinsi, atau pemerintah-kabupaten-kota',
  'init.yaml.kodeWilayah': 'kode wilayah Kemendagri',
  'init.yaml.kota': 'tempat penandatanganan SK',
  'init.yaml.pimpinan': 'pimpinan lembaga (penanda tangan SK dan SOP)',
  'init.yaml.izin': 'Izin operasional lembaga (Lampiran angka 2.6.2 a)',
  'init.yaml.akreditasi': 'Akreditasi per bidang layanan (Lampiran angka 2.6.2 b)',
  'init.yaml.layanan': 'Layanan yang diselenggarakan (Pasal 32; Lampiran A–E). Kunci: {kunci}',
  'init.yaml.layananSk':
    'Setiap layanan memerlukan SK pimpinan: kriteria klien (1.1), tarif (1.4.3), tata cara pengaduan (1.6.6). Templatnya: lembaga sop --sk',
  'init.yaml.sk':
    'mis. kriteriaKlien: { nomor: "01/SK/2025", tanggal: 2025-01-02 }, tarif: {…}, pengaduan: {…}',
  'init.yaml.atensi': 'rehabilitasi sebagai ATENSI (Permensos 7/2021)',
  'init.yaml.timKerja': 'tim kerja masyarakat (Lampiran E 1.1.3–1.1.4)',
  'init.yaml.pengaduan': 'Saluran dan tata cara pengaduan (Lampiran angka 1.6.4–1.6.5)',
  'init.yaml.staf':
    'Pekerja sosial, supervisor, dan pelaksana lain (Lampiran angka 2.3, 2.5, 2.6.1)',
  'init.yaml.pendidikan': 'lengkapi bidang, mis. "pekerjaan sosial"',
  'init.yaml.sertifikat': 'sertifikat kompetensi (2.3.1 b)',
  'init.yaml.pengaturan': 'Pilihan yang diserahkan standar kepada lembaga (nilai bawaan di bawah)',

  'init.kurang.nama': 'nama lembaga (lembaga.nama)',
  'init.kurang.kota': 'kota tempat penandatanganan SK (lembaga.kota)',
  'init.kurang.layanan': 'layanan yang diselenggarakan (layanan)',
  'init.kurang.izin': 'izin operasional (izin)',
  'init.kurang.akreditasi': 'akreditasi bidang {layanan} (akreditasi)',
  'init.kurang.pimpinan': 'nama pimpinan (lembaga.pimpinan.nama)',
  'init.kurang.peksos': 'paling sedikit satu pekerja sosial (staf)',
  'init.kurang.supervisor': 'paling sedikit satu supervisor pekerja sosial (staf)',
  'init.kurang.izinPraktik':
    'izin praktik dan sertifikat kompetensi pekerja sosial (staf[].izinPraktik, staf[].sertifikat)',
  'init.kurang.sk':
    'nomor dan tanggal SK pimpinan per layanan (layanan.<layanan>.sk); templatnya dibuat oleh: lembaga sop --sk',

  'init.readme.tanpaNama': 'Folder lembaga',
  'init.readme.intro':
    'Folder ini berisi data lembaga untuk perangkat baris perintah `lembaga` (standar Permensos 14/2020).',
  'init.readme.isi': 'Isi folder',
  'init.readme.lembaga':
    'identitas, izin, akreditasi, layanan, dan staf lembaga. Buka dengan editor teks (VS Code memeriksa isian saat mengetik).',
  'init.readme.register':
    'buku register klien (Excel). Isi satu baris per kasus; jangan ubah judul kolom.',
  'init.readme.readme': 'berkas ini.',
  'init.readme.langkah': 'Langkah berikutnya',
  'init.readme.langkah1': 'Lengkapi `lembaga.yaml` (izin, akreditasi, staf, SK).',
  'init.readme.langkah2': 'Periksa kelengkapan terhadap standar:',
  'init.readme.langkah3': 'Buat dokumen yang diwajibkan standar:',
  'init.readme.privasi': 'Data pribadi',
  'init.readme.privasiIsi':
    'Register klien memuat data pribadi yang bersifat spesifik (UU 27/2022 tentang Pelindungan Data Pribadi): simpan folder ini di tempat yang aman, jangan dibagikan, dan buat cadangan secara berkala. Laporan yang dibuat perangkat ini tidak memuat nama, NIK, atau alamat klien.',
};
