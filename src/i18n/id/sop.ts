/** Messages of area 'sop' (id). Keys are shared with the other language; a test checks both have the same keys. */
export const sop: Record<string, string> = {
  // Command
  'sop.halaman': 'Halaman {x} dari {y}',
  'sop.tidakAdaLayanan':
    'lembaga.yaml belum mencantumkan layanan apa pun di bagian "layanan". Tambahkan layanan yang diselenggarakan, atau pilih satu dengan --layanan.',
  'sop.layananTidakDiselenggarakan':
    'Layanan "{layanan}" tidak tercantum di lembaga.yaml; dokumennya tetap dibuat dari standar, dengan isian kosong.',
  'sop.lembagaBermasalah':
    'lembaga.yaml belum dapat dibaca: {jumlah} masalah. Jalankan "lembaga validasi" untuk rinciannya.',
  'sop.ringkasan':
    '{jumlah} berkas ditulis ke {folder}. Bagian bertanda "[…diisi lembaga…]" wajib dilengkapi lembaga.',
  'sop.kertasTidakDikenal':
    'Ukuran kertas "{nilai}" tidak dikenal. Pilih A4 atau F4 (folio 215 × 330 mm), misalnya --kertas F4.',
  'sop.kertasMaksud':
    'Ukuran kertas "{nilai}" tidak dikenal. Maksud Anda {saran}? Pilihan: A4 atau F4 (folio 215 × 330 mm).',

  // Blanks and small words
  'sop.isian': '[…diisi lembaga…]',
  'sop.isianSingkat': '[…]',
  'sop.nomorDokumen': 'Nomor {nomor}',
  'sop.tanggalDokumen': 'tanggal {tanggal}',
  'sop.jabatan.kepala': 'Kepala',
  'sop.jabatan.ketua': 'Ketua',
  'sop.catatanTeks': 'Catatan: {catatan}',
  'sop.hari': '{n} hari',
  'sop.orang': '{n} orang',
  'sop.bulan': '{n} bulan',
  'sop.ditetapkanDi': 'Ditetapkan di',
  'sop.padaTanggal': 'pada tanggal',

  // Header block
  'sop.judulSop': 'SOP Layanan {layanan}',
  'sop.subjudul':
    'Standar operasional prosedur menurut Peraturan Menteri Sosial Nomor 14 Tahun 2020 Pasal 4–11 dan Lampiran {huruf}',
  'sop.kop.sop': 'STANDAR OPERASIONAL PROSEDUR',
  'sop.kop.nomor': 'Nomor SOP',
  'sop.kop.tanggalPembuatan': 'Tanggal pembuatan',
  'sop.kop.tanggalRevisi': 'Tanggal revisi',
  'sop.kop.tanggalEfektif': 'Tanggal efektif',
  'sop.kop.disahkan': 'Disahkan oleh',
  'sop.kop.ttd': '(tanda tangan dan cap)',
  'sop.kop.nama': 'Nama SOP',

  // Chapters
  'sop.bab.dasarHukum': 'Dasar Hukum',
  'sop.bab.tujuan': 'Tujuan',
  'sop.bab.ruangLingkup': 'Ruang Lingkup',
  'sop.bab.definisi': 'Definisi',
  'sop.bab.persyaratan': 'Persyaratan Klien',
  'sop.bab.pelaksana': 'Pelaksana',
  'sop.bab.prosedur': 'Prosedur',
  'sop.bab.jangkaWaktu': 'Jangka Waktu Pelayanan',
  'sop.bab.tarif': 'Biaya/Tarif',
  'sop.bab.produk': 'Produk Pelayanan',
  'sop.bab.pengaduan': 'Penanganan Pengaduan',
  'sop.bab.alur': 'Alur Layanan',

  'sop.tujuan':
    'SOP ini menjadi pedoman bagi pekerja sosial dan pelaksana lain dalam memberikan layanan {layanan} secara kronologis, efektif, dan sesuai Standar Praktik Pekerjaan Sosial (Permensos 14/2020 Pasal 2 dan Pasal 4), serta melindungi klien dan pekerja sosial.',
  'sop.ruangLingkup':
    'SOP ini berlaku untuk seluruh layanan {layanan} yang diselenggarakan lembaga, bagi klien berupa {klien}, sejak pendekatan awal sampai evaluasi, rujukan, dan terminasi (Pasal 5), termasuk biaya/tarif, produk layanan, dan penanganan pengaduan.',

  // Definitions (Pasal 1, 6–10)
  'sop.definisi.pekerjaSosial.istilah': 'Pekerja Sosial',
  'sop.definisi.pekerjaSosial':
    'adalah seseorang yang memiliki pengetahuan, keterampilan, dan nilai praktik pekerjaan sosial serta telah mendapatkan sertifikat kompetensi (Pasal 1 angka 1).',
  'sop.definisi.klien.istilah': 'Klien',
  'sop.definisi.klien':
    'adalah penerima manfaat pelayanan praktik pekerjaan sosial yang meliputi individu, keluarga, kelompok, dan masyarakat (Pasal 1 angka 5).',
  'sop.definisi.supervisor.istilah': 'Supervisor Pekerja Sosial',
  'sop.definisi.supervisor':
    'adalah pekerja sosial yang melakukan pengawasan internal atas pelaksanaan layanan dari aspek edukatif, suportif, dan administratif (Lampiran angka 2.4).',
  'sop.definisi.pendekatanAwal.istilah': 'Pendekatan awal',
  'sop.definisi.pendekatanAwal':
    'adalah kontak pertama antara pekerja sosial dengan calon klien untuk menentukan kesesuaian dengan kriteria dan persyaratan; terdiri atas penerimaan atau penjangkauan, kontak, dan kesepakatan/kontrak (Pasal 6).',
  'sop.definisi.asesmen.istilah': 'Asesmen',
  'sop.definisi.asesmen':
    'adalah kegiatan mengumpulkan data dan informasi, menganalisis dan merumuskan masalah, kebutuhan, potensi, dan sumber untuk menentukan fokus intervensi (Pasal 7).',
  'sop.definisi.perencanaan.istilah': 'Perencanaan intervensi',
  'sop.definisi.perencanaan':
    'adalah kegiatan penetapan rencana intervensi: skala prioritas kebutuhan, tujuan perubahan, kegiatan, sistem sumber, pihak yang terlibat, jenis layanan, rujukan, dan jadwal (Pasal 8).',
  'sop.definisi.intervensi.istilah': 'Intervensi',
  'sop.definisi.intervensi':
    'adalah pelaksanaan rencana intervensi untuk mencapai tujuan perubahan klien (Pasal 9).',
  'sop.definisi.evaluasiRujukanTerminasi.istilah': 'Evaluasi',
  'sop.definisi.evaluasiRujukanTerminasi':
    'adalah penilaian kesesuaian proses dan ketercapaian tujuan intervensi (Pasal 10 ayat 1).',
  'sop.definisi.rujukan.istilah': 'Rujukan',
  'sop.definisi.rujukan':
    'adalah pengalihan layanan kepada pihak lain agar klien memperoleh pelayanan lanjutan sesuai dengan kebutuhan (Pasal 10 ayat 2).',
  'sop.definisi.terminasi.istilah': 'Terminasi',
  'sop.definisi.terminasi':
    'adalah kegiatan pengakhiran intervensi kepada klien (Pasal 10 ayat 3).',

  // Clients (1.1)
  'sop.klien.jenis': 'Klien layanan ini meliputi ({bagian}):',
  'sop.klien.pemohon': 'Layanan diberikan atas permohonan ({bagian}):',
  'sop.klien.perlindungan': 'Persyaratan klien ({bagian}):',
  'sop.klien.rehabilitasi': 'Sasaran layanan ({bagian}):',
  'sop.klien.pengembangan': 'Layanan diberikan melalui ({bagian}):',
  'sop.klien.timKerja': 'Tim kerja masyarakat:',
  'sop.klien.sk':
    'Kriteria dan persyaratan klien ditetapkan dengan Surat Keputusan Pimpinan Lembaga ({bagian}):',
  'sop.klien.khusus': 'Kriteria khusus yang ditetapkan lembaga:',
  'sop.klien.khusus.usia': 'Usia',
  'sop.klien.khusus.domisili': 'Domisili/wilayah layanan',
  'sop.klien.khusus.kondisi': 'Kondisi atau masalah sosial yang dilayani',
  'sop.klien.khusus.dokumen': 'Dokumen yang diperlukan',
  'sop.jenisKlien.individu': 'Individu',
  'sop.jenisKlien.keluarga': 'Keluarga',
  'sop.jenisKlien.kelompok': 'Kelompok',
  'sop.jenisKlien.masyarakat': 'Masyarakat',
  'sop.jenisKlien.komunitas': 'Komunitas',
  'sop.jenisKlien.desa': 'Desa',
  'sop.jenisKlien.kecamatan': 'Kecamatan',
  'sop.jenisKlien.kabupaten': 'Kabupaten',
  'sop.jenisKlien.lembaga': 'Lembaga sebagai potensi sumber kesejahteraan sosial',
  'sop.jenisKlien.perorangan-sumber':
    'Perseorangan sebagai potensi sumber daya kesejahteraan sosial',

  // Staff
  'sop.pelaksana.intro':
    'Pelaksana layanan ini paling sedikit satu pekerja sosial dan satu supervisor pekerja sosial ({bagian}). Pelaksana yang tercatat di lembaga:',
  'sop.pelaksana.lain': 'Pelaksana lain yang dapat dilibatkan ({bagian}):',
  'sop.pelaksana.supervisi':
    'Setiap tahap dilaksanakan di bawah pengawasan internal supervisor pekerja sosial dari aspek edukatif, suportif, dan administratif ({bagian}).',
  'sop.pelaksana.peksos': 'Pekerja sosial',
  'sop.pelaksana.peksosAdmin': 'Pekerja sosial; petugas administrasi',
  'sop.pelaksana.peksosSupervisor': 'Pekerja sosial dan supervisor pekerja sosial',
  'sop.pelaksana.peksosTim': 'Pekerja sosial bersama tim kerja masyarakat',
  'sop.pelaksana.klien': 'Klien; pekerja sosial',
  'sop.pelaksana.klienPemohon': 'Klien; pekerja sosial; pemohon (saksi)',
  'sop.pelaksana.profesiLain': 'profesi lain bila dibutuhkan',
  'sop.peran.pekerja-sosial': 'Pekerja sosial',
  'sop.peran.supervisor': 'Supervisor pekerja sosial',
  'sop.peran.penyuluh-sosial': 'Penyuluh sosial',
  'sop.peran.tenaga-kesejahteraan-sosial': 'Tenaga kesejahteraan sosial',
  'sop.peran.relawan-sosial': 'Relawan sosial',
  'sop.peran.tokoh-agama': 'Tokoh agama',
  'sop.peran.tokoh-masyarakat': 'Tokoh masyarakat',
  'sop.peran.pendidik': 'Pendidik',
  'sop.peran.psikolog': 'Psikolog',
  'sop.peran.dokter': 'Dokter',
  'sop.peran.perawat': 'Perawat',
  'sop.peran.konselor-adiksi': 'Konselor adiksi',
  'sop.peran.pendamping-sosial': 'Pendamping sosial',
  'sop.peran.penyuluh-hukum': 'Penyuluh hukum',
  'sop.peran.advokat': 'Advokat',
  'sop.peran.advokat-paralegal': 'Advokat/paralegal',
  'sop.peran.terapis': 'Terapis',
  'sop.peran.administrasi': 'Petugas administrasi',
  'sop.peran.lainnya': 'Pelaksana lain',

  // Procedure table (Pasal 5, Pasal 11)
  'sop.prosedur.intro':
    'Prosedur terdiri atas lima tahap (Pasal 5). Untuk setiap kegiatan pokok dicantumkan pelaksana, mutu baku yang terdiri atas kelengkapan, waktu yang dibutuhkan, dan luaran, serta keterangan (Pasal 11 ayat 1).',
  'sop.prosedur.catatan':
    'Bagian bertanda […diisi lembaga…] ditetapkan oleh lembaga. Waktu yang dibutuhkan tidak diatur standar; isi menurut praktik lembaga.',
  'sop.kolom.no': 'No',
  'sop.kolom.kegiatan': 'Kegiatan',
  'sop.kolom.pelaksana': 'Pelaksana',
  'sop.kolom.mutuBaku': 'Mutu baku',
  'sop.kolom.kelengkapan': 'Kelengkapan',
  'sop.kolom.waktu': 'Waktu',
  'sop.kolom.luaran': 'Luaran',
  'sop.kolom.keterangan': 'Keterangan',
  'sop.tahap.pendekatanAwal': 'Pendekatan awal',
  'sop.tahap.asesmen': 'Asesmen',
  'sop.tahap.perencanaan': 'Perencanaan intervensi',
  'sop.tahap.intervensi': 'Intervensi',
  'sop.tahap.evaluasiRujukanTerminasi': 'Evaluasi, rujukan, dan terminasi',
  'sop.pasal5': 'Pasal 5 huruf {huruf}',
  'sop.tingkatRehabilitasi.dasar': 'Intervensi tingkat dasar',
  'sop.tingkatRehabilitasi.lanjut': 'Intervensi tingkat lanjut',
  'sop.waktu.sesi': 'Sesi 1 jam, 2 jam, atau > 2 jam; jumlah sesi:',

  'sop.kelengkapan.tahap.pendekatanAwal': 'Buku register klien; buku catatan kasus',
  'sop.kelengkapan.tahap.asesmen': 'Instrumen asesmen; buku catatan kasus',
  'sop.kelengkapan.tahap.perencanaan': 'Formulir rencana intervensi; buku catatan kasus',
  'sop.kelengkapan.tahap.intervensi': 'Buku catatan kasus; daftar hadir; media KIE',
  'sop.kelengkapan.tahap.evaluasiRujukanTerminasi': 'Instrumen evaluasi; ringkasan kasus',
  'sop.kelengkapan.penerimaan-permohonan': 'Formulir permohonan layanan; buku register klien',
  'sop.kelengkapan.penerimaan-laporan':
    'Formulir/catatan laporan atau pengaduan; buku register klien',
  'sop.kelengkapan.kontak-awal': 'Catatan kontak awal',
  'sop.kelengkapan.penjangkauan': 'Surat tugas penjangkauan; catatan penjangkauan',
  'sop.kelengkapan.penentuan-kriteria': 'SK kriteria dan persyaratan klien',
  'sop.kelengkapan.kesepakatan-layanan': 'Formulir kesepakatan/kontrak layanan',
  'sop.kelengkapan.rujukan-keluar': 'Surat rujukan; daftar lembaga rujukan',
  'sop.kelengkapan.pengenalan-karakteristik-masyarakat': 'Data profil wilayah/masyarakat',
  'sop.kelengkapan.pembentukan-tim-kerja': 'Berita acara pembentukan tim kerja masyarakat',
  'sop.kelengkapan.kesepakatan-jadwal': 'Jadwal intervensi yang disepakati',
  'sop.kelengkapan.evaluasi-intervensi': 'Instrumen evaluasi; ringkasan kasus',
  'sop.kelengkapan.penentuan-lembaga-rujukan': 'Daftar lembaga rujukan; surat rujukan',
  'sop.kelengkapan.pendampingan-rujukan': 'Surat rujukan; bukti penerimaan rujukan',
  'sop.kelengkapan.diskusi-terminasi': 'Catatan supervisi',
  'sop.kelengkapan.penyampaian-terminasi': 'Buku catatan kasus',
  'sop.kelengkapan.formulir-terminasi': 'Formulir pengakhiran layanan',

  'sop.luaran.tahap.pendekatanAwal': 'Data awal klien tercatat',
  'sop.luaran.tahap.asesmen': 'Hasil asesmen tercatat dalam catatan kasus',
  'sop.luaran.tahap.perencanaan': 'Rencana intervensi',
  'sop.luaran.tahap.intervensi': 'Catatan pelaksanaan intervensi',
  'sop.luaran.tahap.evaluasiRujukanTerminasi': 'Laporan evaluasi',
  'sop.luaran.penerimaan-permohonan': 'Permohonan tercatat dalam buku register klien',
  'sop.luaran.penerimaan-laporan': 'Laporan tercatat dalam buku register klien',
  'sop.luaran.kontak-awal': 'Klien sasaran teridentifikasi',
  'sop.luaran.penjangkauan': 'Calon klien terjangkau',
  'sop.luaran.penentuan-kriteria': 'Keputusan sesuai/tidak sesuai kriteria',
  'sop.luaran.kesepakatan-layanan': 'Kesepakatan/kontrak layanan yang ditandatangani',
  'sop.luaran.rujukan-keluar': 'Surat rujukan kepada lembaga lain',
  'sop.luaran.skala-prioritas': 'Daftar prioritas',
  'sop.luaran.penentuan-tujuan-kegiatan': 'Rencana intervensi',
  'sop.luaran.kesepakatan-jadwal': 'Jadwal intervensi yang disepakati',
  'sop.luaran.evaluasi-intervensi': 'Laporan evaluasi intervensi',
  'sop.luaran.penentuan-lembaga-rujukan': 'Lembaga penerima rujukan ditetapkan',
  'sop.luaran.pendampingan-rujukan': 'Klien diterima lembaga rujukan',
  'sop.luaran.diskusi-terminasi': 'Rencana terminasi disetujui supervisor',
  'sop.luaran.penyampaian-terminasi': 'Klien mengetahui rencana terminasi',
  'sop.luaran.formulir-terminasi': 'Formulir pengakhiran layanan yang ditandatangani',

  'sop.ket.pengumpulan-data': 'Asesmen dihargai sebagai satu butir "5 tahap" dalam matriks tarif',
  'sop.ket.rujukan-keluar': 'Rujukan memerlukan lembaga penerima rujukan',
  'sop.ket.penentuan-lembaga-rujukan': 'Rujukan memerlukan lembaga penerima rujukan',
  'sop.ket.formulir-terminasi': 'Formulir disimpan dalam map kasus di lemari terkunci',
  'sop.ket.mulaiJangka': 'Jangka waktu layanan dihitung sejak tanggal ini',

  // ATENSI
  'sop.atensi.judul': 'Tahapan ATENSI',
  'sop.atensi.intro':
    'Layanan rehabilitasi sosial lembaga diselenggarakan sebagai Asistensi Rehabilitasi Sosial (ATENSI). Tujuh tahapan ATENSI (Permensos 7/2021 Pasal 19 ayat 1) dipetakan pada lima tahap SOP (Permensos 14/2020 Pasal 5) sebagai berikut:',
  'sop.atensi.kolom.tahap': 'Tahap ATENSI (Pasal 19 ayat 1)',
  'sop.atensi.kolom.rincian': 'Meliputi',
  'sop.atensi.kolom.pasal': 'Dasar',
  'sop.atensi.kolom.sop': 'Tahap SOP (Pasal 5)',
  'sop.atensi.supervisi':
    'Setiap tahapan ATENSI harus melalui supervisi pekerjaan sosial oleh pekerja sosial yang memiliki kompetensi supervisi (Permensos 7/2021 Pasal 19 ayat 2–3).',
  'sop.atensi.basis': 'Basis layanan yang diselenggarakan (Permensos 7/2021 Pasal 8 dan Pasal 24):',
  'sop.atensi.jangka':
    'ATENSI tidak menetapkan jangka waktu tetap (Permensos 7/2021 Pasal 27), tetapi Lampiran C angka 1.3.1 Permensos 14/2020 membatasi layanan rehabilitasi sosial paling lama {bulan} bulan; perpanjangan harus diputuskan dan dicatat (angka 1.3.3).',
  'sop.basis.keluarga': 'berbasis keluarga',
  'sop.basis.komunitas': 'berbasis komunitas',
  'sop.basis.residensial': 'berbasis residensial',

  // Time limit (1.3)
  'sop.jangka.selama':
    'Jangka waktu pemberian layanan {layanan} dilaksanakan selama {bulan} bulan ({bagian}).',
  'sop.jangka.palingLama':
    'Jangka waktu pemberian layanan {layanan} dilaksanakan paling lama {bulan} bulan ({bagian}).',
  'sop.jangka.lebihSingkat':
    'Jangka waktu dapat kurang dari {bulan} bulan berdasarkan hasil asesmen pekerja sosial ({bagian}).',
  'sop.jangka.perpanjangan':
    'Jangka waktu dapat diperpanjang berdasarkan kesepakatan keputusan penyelenggara layanan; keputusan perpanjangan dicatat dalam catatan kasus ({bagian}).',
  'sop.jangka.lembaga': 'Jangka waktu yang ditetapkan lembaga:',
  'sop.jangka.mulaiKesepakatan':
    'Jangka waktu dihitung sejak tanggal kesepakatan/kontrak layanan pada tahap pendekatan awal.',
  'sop.jangka.mulaiPendekatan': 'Jangka waktu dihitung sejak tanggal pendekatan awal.',
  'sop.jangka.melebihi':
    'Perhatian: lembaga menetapkan {n} bulan, melebihi batas standar {bulan} bulan. Setiap layanan yang melebihi batas standar memerlukan keputusan perpanjangan yang dicatat.',

  // Tariff (1.4)
  'sop.tarif.faktor': 'Dalam menentukan biaya/tarif, lembaga mempertimbangkan ({bagian}):',
  'sop.tarif.probono': 'Layanan pro bono: {persen}% dari {dasar}.',
  'sop.probonoDasar.kegiatan-per-pekerja-per-tahun':
    'kegiatan yang dilaksanakan setiap pekerja sosial per tahun',
  'sop.probonoDasar.kegiatan-lembaga-per-tahun': 'kegiatan yang dilaksanakan lembaga per tahun',
  'sop.tarif.sk':
    'Besaran biaya/tarif ditetapkan dengan Surat Keputusan Pimpinan Lembaga ({bagian}):',
  'sop.tarif.catatanIsian':
    '[…] = besaran tarif yang belum ditetapkan lembaga (diisi dalam SK tarif; kosong tidak berarti gratis).',
  'sop.tarif.no': 'No',
  'sop.tarif.jenis': 'Jenis layanan',
  'sop.tarif.durasi': 'Durasi',
  'sop.tarif.tingkat1': 'Tingkat I/ Dasar',
  'sop.tarif.tingkat2': 'Tingkat II/ Spesialis',
  'sop.tarif.tingkat3': 'Tingkat III/ Sub Spesialis',
  'sop.tarif.ket': 'Ket.',
  'sop.tarif.opsional': 'Opsional',
  'sop.tarif.tidakDiselenggarakan': 'tidak diselenggarakan lembaga',
  'sop.tarif.meliputi': 'Meliputi: {kegiatan}',
  'sop.durasi.1-jam': '1 jam',
  'sop.durasi.2-jam': '2 jam',
  'sop.durasi.lebih-2-jam': '> 2 jam',
  'sop.durasi.5-tahap': '5 tahap',

  // Products (1.5)
  'sop.produk.intro':
    'Produk pelayanan adalah luaran (output) dari intervensi/pemberian layanan yang diberikan:',
  'sop.produk.kolom.layanan': 'Intervensi/kegiatan',
  'sop.produk.kolom.luaran': 'Luaran',
  'sop.produk.kolom.bagian': 'Dasar',

  // Complaints (1.6)
  'sop.pengaduan.jenis': 'Pengaduan, saran, dan masukan dapat berupa ({bagian}):',
  'sop.pengaduan.saluran': 'Pengaduan disampaikan melalui ({bagian}):',
  'sop.pengaduan.prosedur': 'Tata cara penanganan pengaduan memuat ({bagian}):',
  'sop.pengaduan.unsur': 'Unsur (angka 1.6.5)',
  'sop.pengaduan.ketentuan': 'Ketentuan lembaga',
  'sop.pengaduan.sk': 'Tata cara ini dituangkan dalam Surat Keputusan Pimpinan Lembaga:',
  'sop.pengaduan.usulan.petugas':
    '(usulan: petugas yang bukan pekerja sosial yang menangani klien pengadu)',
  'sop.pengaduan.usulan.alur':
    'Pengaduan diterima dan dicatat dalam buku pengaduan → diverifikasi dan ditelaah → ditangani oleh petugas yang ditunjuk, bila perlu bersama supervisor → hasil penanganan disampaikan kepada pengadu → dicatat dan dilaporkan secara berkala.',
  'sop.pengaduan.usulan.perlindungan':
    '(usulan: identitas pengadu dirahasiakan; pengaduan tidak mengurangi hak klien atas layanan)',
  'sop.pengaduan.batas.penerimaan': 'penerimaan',
  'sop.pengaduan.batas.penanganan': 'penanganan',
  'sop.pengaduan.batas.penyampaian': 'penyampaian hasil',
  'sop.pengaduan.batas.total': 'seluruh proses paling lama {n} hari',
  'sop.berkala.bulanan': 'Bulanan',
  'sop.berkala.triwulanan': 'Triwulanan',
  'sop.berkala.semesteran': 'Semesteran',
  'sop.berkala.tahunan': 'Tahunan',

  // Flow
  'sop.alur.cabang.pendekatanAwal':
    'Tidak sesuai kriteria → rujukan kepada lembaga lain yang relevan; sesuai → kesepakatan/kontrak layanan',
  'sop.alur.cabang.evaluasi':
    'Tujuan tercapai → terminasi; perlu layanan lanjutan → rujukan; belum tercapai → kembali ke asesmen/perencanaan',

  // SK
  'sop.sk.keputusan': 'KEPUTUSAN',
  'sop.sk.nomorJudul': 'NOMOR',
  'sop.sk.tentangJudul': 'TENTANG',
  'sop.sk.rahmat': 'DENGAN RAHMAT TUHAN YANG MAHA ESA',
  'sop.sk.menimbang': 'Menimbang',
  'sop.sk.mengingat': 'Mengingat',
  'sop.sk.memutuskan': 'MEMUTUSKAN:',
  'sop.sk.menetapkan': 'Menetapkan',
  'sop.sk.lembagaIni': 'LEMBAGA',
  'sop.sk.lampiran': 'LAMPIRAN',
  'sop.sk.nomor': 'NOMOR',
  'sop.sk.tanggal': 'TANGGAL',
  'sop.sk.tentang': 'TENTANG',
  'sop.sk.tentang.kriteria-klien': 'Kriteria dan Persyaratan Klien Layanan {layanan}',
  'sop.sk.tentang.tarif': 'Besaran Biaya/Tarif Layanan {layanan}',
  'sop.sk.tentang.pengaduan': 'Tata Cara Penanganan Pengaduan Layanan {layanan}',
  'sop.sk.menimbang.a':
    'bahwa {lembaga} menyelenggarakan layanan {layanan} yang wajib memenuhi Standar Praktik Pekerjaan Sosial sebagaimana diatur dalam Peraturan Menteri Sosial Nomor 14 Tahun 2020;',
  'sop.sk.menimbang.b.kriteria-klien':
    'bahwa berdasarkan {bagian} Peraturan Menteri Sosial Nomor 14 Tahun 2020, kriteria dan persyaratan klien ditentukan melalui Surat Keputusan Pimpinan Lembaga;',
  'sop.sk.menimbang.b.tarif':
    'bahwa berdasarkan {bagian} Peraturan Menteri Sosial Nomor 14 Tahun 2020, besaran biaya/tarif layanan diputuskan berdasarkan Surat Keputusan Pimpinan Lembaga;',
  'sop.sk.menimbang.b.pengaduan':
    'bahwa berdasarkan {bagian} Peraturan Menteri Sosial Nomor 14 Tahun 2020, tata cara penanganan pengaduan dituangkan dalam Surat Keputusan Pimpinan Lembaga;',
  'sop.sk.menimbang.c':
    'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan {penerbit} tentang {tentang};',
  'sop.sk.mengingat.badanHukum': 'Akta/Keputusan pengesahan badan hukum {nama} Nomor {nomor}',
  'sop.sk.mengingat.pendirian': 'Anggaran dasar atau dokumen pendirian lembaga',
  'sop.sk.kriteria.kesatu':
    'Menetapkan kriteria dan persyaratan klien layanan {layanan} pada {lembaga} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
  'sop.sk.kriteria.kedua':
    'Calon klien yang memenuhi kriteria dan persyaratan sebagaimana dimaksud dalam Diktum KESATU diberikan layanan setelah kesepakatan/kontrak layanan; calon klien yang tidak memenuhi dirujuk kepada lembaga lain yang relevan ({bagian}).',
  'sop.sk.kriteria.keduaTanpaRujukan':
    'Calon klien yang memenuhi kriteria dan persyaratan sebagaimana dimaksud dalam Diktum KESATU diberikan layanan sesuai tahapan standar operasional prosedur lembaga.',
  'sop.sk.kriteria.ketiga':
    'Kriteria dan persyaratan klien dievaluasi secara berkala dan perubahannya ditetapkan dengan Keputusan {penerbit}.',
  'sop.sk.tarif.kesatu':
    'Menetapkan besaran biaya/tarif layanan {layanan} pada {lembaga} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
  'sop.sk.tarif.kedua':
    'Besaran biaya/tarif sebagaimana dimaksud dalam Diktum KESATU ditetapkan dengan mempertimbangkan ({bagian}):',
  'sop.sk.tarif.ketiga': 'Lembaga memberikan layanan pro bono sebanyak {persen}% dari {dasar}.',
  'sop.sk.tarif.keempat':
    'Pekerja sosial dan staf lembaga dilarang meminta pembayaran di luar tarif yang ditetapkan dalam Keputusan ini; permintaan demikian dapat diadukan melalui saluran pengaduan lembaga ({bagian}).',
  'sop.sk.pengaduan.kesatu':
    'Menetapkan tata cara penanganan pengaduan, saran, dan masukan layanan {layanan} pada {lembaga} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.',
  'sop.sk.pengaduan.kedua': 'Pengaduan, saran, dan masukan dapat berupa:',
  'sop.sk.pengaduan.ketiga': 'Pengaduan disampaikan melalui:',
  'sop.sk.pengaduan.keempat':
    'Tata cara penanganan pengaduan memuat staf yang bertugas, alur penanganan, batas waktu setiap tahap, perlindungan terhadap klien, dan laporan berkala ({bagian}).',
  'sop.sk.berlaku': 'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  'sop.sk.diktum.1': 'KESATU',
  'sop.sk.diktum.2': 'KEDUA',
  'sop.sk.diktum.3': 'KETIGA',
  'sop.sk.diktum.4': 'KEEMPAT',
  'sop.sk.diktum.5': 'KELIMA',
  'sop.sk.diktum.6': 'KEENAM',
};
