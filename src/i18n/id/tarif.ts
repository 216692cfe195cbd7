/** Messages of area 'tarif' (id). Keys are shared with the other language; a test checks both have the same keys. */
export const tarif: Record<string, string> = {
  // The Lampiran's own wording (1.4.4).
  'tarif.durasi.1-jam': '1 jam',
  'tarif.durasi.2-jam': '2 jam',
  'tarif.durasi.lebih-2-jam': '> 2 jam',
  'tarif.durasi.5-tahap': '5 tahap',
  'tarif.tingkat.tingkat1': 'TINGKAT I/ DASAR',
  'tarif.tingkat.tingkat2': 'TINGKAT II/ SPESIALIS',
  'tarif.tingkat.tingkat3': 'TINGKAT III/ SUB SPESIALIS',
  'tarif.kolom.no': 'NO',
  'tarif.kolom.jenis': 'JENIS LAYANAN',
  'tarif.kolom.waktu': 'WAKTU',
  'tarif.kolom.tarif': 'TARIF LAYANAN',
  'tarif.kolom.tarifRp': 'TARIF LAYANAN (Rp)',
  'tarif.kolom.ket': 'KET',
  'tarif.kolom.layanan': 'LAYANAN',
  'tarif.kolom.kunci': 'KUNCI',
  'tarif.kolom.tingkat': 'TINGKAT',
  'tarif.kolom.faktor': 'FAKTOR',
  'tarif.kolom.bagian': 'ANGKA',
  'tarif.kolom.nilai': 'NILAI',
  'tarif.kolom.hasil': 'HASIL (Rp)',
  'tarif.opsional': '(opsional)',
  'tarif.ket.opsional': 'Opsional',
  'tarif.ket.tidak-diselenggarakan': 'Opsional, tidak diselenggarakan',
  'tarif.ket.belum-lengkap': 'Tarif belum ditetapkan',
  'tarif.celah': '(kosong)',
  'tarif.judulEn': 'Service Fee Matrix: {layanan}',
  'tarif.skBelumAda': 'SK tarif ({bagian}): nomor belum dicatat',
  'tarif.skNomor': 'Lampiran SK Pimpinan Lembaga Nomor {nomor}',
  'tarif.skNomorTanggal': 'Lampiran SK Pimpinan Lembaga Nomor {nomor} tanggal {tanggal}',
  'tarif.sumberMatriks': 'Sumber susunan baris: Permensos 14/2020 {bagian}.',
  'tarif.sumberHitung':
    'Besaran dihitung dari dasar tarif lembaga (angka 1.4.1–1.4.2); tetapkan dengan SK Pimpinan (angka 1.4.3).',
  'tarif.lembagaTanpaNama': '(nama lembaga belum diisi)',
  'tarif.pimpinanLembaga': 'Pimpinan Lembaga',
  'tarif.footer': '&L{judul}&RHalaman &P dari &N',
  'tarif.lembar.pencegahan': 'Tarif Pencegahan',
  'tarif.lembar.perlindungan': 'Tarif Perlindungan',
  'tarif.lembar.rehabilitasi': 'Tarif Rehabilitasi',
  'tarif.lembar.pemberdayaan': 'Tarif Pemberdayaan',
  'tarif.lembar.pengembangan': 'Tarif Pengembangan',
  'tarif.lembar.proBono': 'Kuota Pro Bono',
  'tarif.lembar.perhitungan': 'Perhitungan',
  // Calculation (--hitung / --jelaskan).
  'tarif.penjelasanJudul':
    'Perhitungan (angka 1.4.1–1.4.2), sama untuk setiap jenis layanan pada waktu yang sama:',
  'tarif.faktor.tarif-per-jam': 'tarif per jam tingkat ini',
  'tarif.faktor.tarif-dasar': 'tarif dasar',
  'tarif.faktor.pengali-tingkat': 'pengali tingkat',
  'tarif.faktor.jam': 'jumlah jam',
  'tarif.faktor.pengali-durasi': 'pengali durasi',
  'tarif.faktor.indeks-ekonomi': 'indeks ekonomi daerah',
  'tarif.faktor.subsidi': 'subsidi pemerintah',
  'tarif.faktor.pajak': 'pajak jasa',
  'tarif.faktor.transport': 'transportasi/akomodasi/konsumsi',
  'tarif.faktor.pembulatan': 'pembulatan ke kelipatan',
  'tarif.celahHitung.tanpa-dasar': 'tidak ada tarifPerJam untuk tingkat ini maupun tarifDasar',
  'tarif.celahHitung.pengali-tingkat-kosong': 'pengaliTingkat untuk tingkat ini belum diisi',
  // Pro bono (1.4.2 e).
  'tarif.proBono.judul':
    'Kuota layanan pro bono tahun {tahun} ({persen}% dari kegiatan, angka 1.4.2 e)',
  'tarif.proBono.dasar.kegiatan-per-pekerja-per-tahun':
    'Dasar: kegiatan tiap pekerja sosial dalam setahun (pengaturan.proBono.dasar).',
  'tarif.proBono.dasar.kegiatan-lembaga-per-tahun':
    'Dasar: seluruh kegiatan lembaga dalam setahun (pengaturan.proBono.dasar).',
  'tarif.proBono.tanpaData':
    'Register tidak memuat kegiatan tahun {tahun}: kuota = {persen}% dari kegiatan yang nanti dicatat, dibulatkan ke atas.',
  'tarif.proBono.pelaksana': 'Pelaksana',
  'tarif.proBono.kegiatan': 'Kegiatan',
  'tarif.proBono.kuota': 'Kuota',
  'tarif.proBono.realisasi': 'Pro bono',
  'tarif.proBono.kurang': 'Kurang',
  'tarif.proBono.tanpaPelaksana': '(tanpa pelaksana)',
  'tarif.proBono.jumlah': 'Jumlah',
  // Warnings (stderr and JSON "peringatan").
  'tarif.peringatan.celah':
    'Peringatan: tarif {layanan} belum lengkap: {jumlah} besaran kosong (baris {baris}). Isi layanan.{layanan}.tarif di lembaga.yaml (kerangka dengan kunci barisnya: lembaga tarif --kosong) atau gunakan --hitung.',
  'tarif.peringatan.barisTidakDikenal':
    'Peringatan: lembaga.yaml {path}: "{kunci}" bukan baris matriks tarif {layanan}; besaran ini diabaikan.',
  'tarif.peringatan.durasiTidakDikenal':
    'Peringatan: lembaga.yaml {path}: baris "{kunci}" tidak mengenal waktu "{durasi}"; besaran ini diabaikan.',
  'tarif.peringatan.proBonoKurang':
    'Peringatan: layanan pro bono tahun {tahun} kurang {kurang} dari kuota {kuota} ({persen}% dari kegiatan, angka 1.4.2 e).',
  // Command.
  'tarif.kerangka.kepala':
    'Kerangka tarif {lembaga} (Permensos 14/2020 Lampiran angka 1.4.4).\nSalin bagian "tarif:" setiap layanan ke bawah layanan.<layanan> di lembaga.yaml,\nlalu isi setiap besaran dalam rupiah. Tarif 0 boleh (misalnya disubsidi penuh), kosong tidak.\nBaris yang diawali "#" adalah baris opsional yang tidak diselenggarakan: untuk\nmenyelenggarakannya, hapus "#" dan cantumkan kuncinya di layanan.<layanan>.barisOpsional.\nBesaran yang sudah ada di lembaga.yaml tetap tertulis.',
  'tarif.kerangka.opsional': 'opsional, diselenggarakan',
  'tarif.kerangka.opsionalTidak': 'opsional, tidak diselenggarakan',
  'tarif.kerangkaDitulis':
    'Ditulis: {file} (kerangka tarif; salin ke lembaga.yaml lalu isi besarannya)',
  'tarif.ditulis': 'Ditulis: {file}',
  'tarif.tanpaLembaga':
    'Tidak ada lembaga.yaml: matriks tarif memerlukan data lembaga. Jalankan "lembaga init" dulu.',
  'tarif.tanpaLayanan':
    'lembaga.yaml belum mencantumkan layanan; matriks kelima layanan ditulis sebagai templat kosong.',
  'tarif.layananTidakDiselenggarakan':
    'Catatan: layanan {layanan} tidak tercantum di lembaga.yaml; matriksnya ditulis sebagai templat.',
  'tarif.tanpaDasarTarif':
    'Peringatan: --hitung, tetapi layanan.{layanan}.dasarTarif belum diisi; besaran diambil dari layanan.{layanan}.tarif.',
  'tarif.saranHitung':
    'Catatan: layanan {layanan} memiliki dasarTarif tetapi belum ada besaran; jalankan dengan --hitung untuk menghitungnya.',
  'tarif.jelaskanPerluHitung': '--jelaskan hanya berlaku bersama --hitung.',
  'tarif.tahunTidakSah': 'Tahun "{nilai}" tidak sah; tulis empat angka, misalnya --tahun 2025.',
  'tarif.masalahLembaga': '{lokasi}: {pesan}',
  'tarif.adaMasalahData': '{jumlah} masalah pada lembaga.yaml; periksa dengan "lembaga validasi".',
  'tarif.registerBermasalah':
    'Catatan: {jumlah} masalah pada register; kuota pro bono dihitung dari kasus yang terbaca.',
};
