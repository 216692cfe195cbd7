/** Messages of area 'impor' (id). Keys are shared with the other language; a test checks both have the same keys. */
export const impor: Record<string, string> = {
  // Reasons a row is rejected (written into the rejected-rows workbook, per cell).
  'impor.alasan.barisJumlah': 'Baris jumlah/total di bawah tabel, bukan data klien.',
  'impor.alasan.barisTandaTangan':
    'Bagian tanda tangan/tempat-tanggal di bawah tabel, bukan data klien.',
  'impor.alasan.setelahPenutup':
    'Baris sesudah baris jumlah atau tanda tangan (akhir tabel), bukan data klien.',
  'impor.alasan.tanpaNomorNama': 'Baris tanpa nomor register dan tanpa nama klien.',
  'impor.alasan.nomorGanda': 'Nomor register "{nilai}" sudah dipakai di baris {baris}.',
  'impor.alasan.tanggalTidakTerbaca':
    'Tanggal "{nilai}" tidak terbaca (contoh yang dikenali: 12/03/2024, 12 Maret 2024, 2024-03-12).',
  'impor.alasan.tanggalTidakAda': 'Tanggal "{nilai}" tidak ada di kalender.',
  'impor.alasan.bulanTidakAda':
    'Bulan pada "{nilai}" tidak ada (lebih dari 12) — periksa urutan hari/bulan.',
  'impor.alasan.bulanTidakDikenal': 'Nama bulan pada "{nilai}" tidak dikenali.',
  'impor.alasan.tahunAneh': 'Tahun pada "{nilai}" di luar 1900–2100.',
  'impor.alasan.galatExcel': 'Sel berisi galat Excel {nilai}.',
  'impor.alasan.layananTakDikenal':
    'Layanan "{nilai}" tidak dikenali (pencegahan, perlindungan, rehabilitasi, pemberdayaan, pengembangan); pakai --layanan-bawaan untuk baris seperti ini.',
  // Notes written into the case's `catatan` (kept, never dropped).
  'impor.catatan.kolom': 'Kolom {kolom}: {nilai}',
  'impor.catatan.tempatLahir': 'Tempat lahir: {nilai}',
  'impor.catatan.tanggalTakTerbaca': '{kolom} tidak terbaca: {nilai}',
  'impor.catatan.nikAngkaUtuh':
    'NIK di berkas asal tersimpan sebagai angka; digitnya masih utuh, tetapi ubah selnya menjadi teks',
  'impor.catatan.nikAngkaRusak':
    'NIK di berkas asal tersimpan sebagai angka dan sudah kehilangan digit (terbaca {nilai}); NIK tidak diimpor — salin dari KTP/KK',
  'impor.catatan.nikTidakValid': 'NIK tidak 16 digit ({digit} digit: {nilai}); NIK tidak diimpor',
  'impor.catatan.layananAsal': 'Layanan di berkas asal: {nilai}',
  'impor.catatan.statusAsal': 'Status di berkas asal: {nilai}',
  'impor.catatan.pekerjaSosial': 'Pekerja sosial (belum cocok dengan staf lembaga.yaml): {nilai}',
  'impor.catatan.supervisor': 'Supervisor (belum cocok dengan staf lembaga.yaml): {nilai}',
  // Warnings about imported rows (summary; no personal data).
  'impor.peringatan.nikAngkaUtuh':
    'NIK tersimpan sebagai angka di Excel (digit masih utuh, diimpor; ubah selnya menjadi teks)',
  'impor.peringatan.nikAngkaRusak':
    'NIK tersimpan sebagai angka dan sudah kehilangan digit: tidak diimpor, ditandai di catatan kasus',
  'impor.peringatan.nikTidakValid': 'NIK bukan 16 digit: tidak diimpor, ditandai di catatan kasus',
  'impor.peringatan.tanggalTakTerbaca': '{kolom}: tanggal tidak terbaca, disimpan di catatan',
  'impor.peringatan.ttlTanpaTanggal': '{kolom}: hanya tempat, tanpa tanggal lahir',
  'impor.peringatan.nilaiTakDikenal': '{kolom}: nilai tidak dikenali, disimpan di catatan',
  'impor.peringatan.layananTakDikenal': '{kolom}: layanan tidak dikenali, dipakai layanan bawaan',
  'impor.peringatan.layananDiduga':
    'layanan kosong: dianggap {layanan} (pakai --layanan-bawaan untuk memastikan)',
  'impor.peringatan.nomorDibuat':
    'tanpa nomor register: nomor dibuat dari nama berkas dan nomor baris',
  'impor.peringatan.galatExcel': '{kolom}: sel berisi galat Excel, dilewati',
  'impor.peringatan.rumusTanpaHasil':
    '{kolom}: rumus tanpa hasil tersimpan (buka dan simpan ulang di Excel)',
  // Notes for the summary.
  'impor.catatanLabel': 'Catatan',
  'impor.catatanLembarPertama':
    'berkas punya beberapa lembar berisi ({daftar}); dipakai "{lembar}". Pilih lembar lain dengan --lembar.',
  'impor.catatanLayananLembaga':
    'berkas tidak punya kolom layanan; semua kasus dianggap {layanan} (satu-satunya layanan di lembaga.yaml).',
  'impor.catatanLayananDiduga':
    'berkas tidak punya kolom layanan; semua kasus dianggap {layanan}. Pastikan dengan --layanan-bawaan <layanan>.',
  'impor.catatanUrutanAmbigu':
    'kolom "{kolom}": urutan hari/bulan tidak bisa dipastikan dari isinya (semua bagian ≤ 12); dibaca hari/bulan/tahun (kebiasaan Indonesia). Ubah dengan --urutan-tanggal bht bila salah.',
  'impor.catatanUrutanBertentangan':
    'kolom "{kolom}": sebagian tanggal hari/bulan, sebagian bulan/hari; dipakai {urutan} (mayoritas), yang lain ditolak bila tidak mungkin.',
  'impor.catatanTanpaPemetaan':
    'tidak ada kolom yang terpetakan ke field register; semua isi disimpan di catatan.',
  'impor.urutan.hbt': 'hari/bulan/tahun',
  'impor.urutan.bht': 'bulan/hari/tahun',
  'impor.urutanDipakai': 'Kolom "{kolom}": tanggal dibaca {urutan}.',
  'impor.pemetaanTakTerpakai': 'Kolom di berkas pemetaan yang tidak ada di berkas ini: {daftar}',
  // Terminal output.
  'impor.sumber': 'Berkas: {file} · lembar: {lembar} · judul kolom di baris {baris}',
  'impor.judulPemetaan': 'Pemetaan kolom (kolom sumber → field register):',
  'impor.judulPratinjau': 'Pratinjau baris pertama (NIK disamarkan):',
  'impor.target.keCatatan': '(disimpan di catatan kasus)',
  'impor.target.abaikan': '(diabaikan: nomor urut)',
  'impor.baris': 'baris {n}',
  'impor.barisDaftar': 'baris {daftar}',
  'impor.akanDitolak': 'akan ditolak:',
  'impor.danLainnya': '… dan {n} lainnya',
  'impor.peringatanLabel': 'Peringatan',
  'impor.stafTakDikenal':
    'nama pekerja sosial/supervisor yang tidak cocok dengan staf di lembaga.yaml (disimpan di catatan): {daftar}',
  'impor.ringkasan': 'Dibaca {dibaca} baris · diimpor {diimpor} · ditolak {ditolak}',
  'impor.ringkasanGabung':
    'Digabung: {tambah} kasus baru ditambahkan, {ada} sudah ada di register (tidak diubah).',
  'impor.ditulis': 'Register ditulis: {file}',
  'impor.ditulisDitolak': 'Baris yang ditolak (dengan alasannya per sel): {file}',
  'impor.ujiCoba': 'Uji coba: tidak ada yang ditulis. Tambahkan -o {file} untuk menulis register.',
  'impor.ujiCobaGabung':
    'Uji coba: tidak ada yang ditulis. {file} sudah ada: tambahkan -o {file} --gabung untuk menambahkan kasusnya ke register itu.',
  'impor.pemetaanDisimpan':
    'Pemetaan disimpan di {file}; tahun depan cukup: lembaga impor BERKAS --pemetaan {file} -o …',
  'impor.kemajuan': '{n} baris dibaca…',
  'impor.tidakAdaData': 'Tidak ada baris data di bawah judul kolom: tidak ada yang diimpor.',
  'impor.tidakAdaDiimpor':
    'Tidak ada yang diimpor: semua {n} baris ditolak. Lihat alasannya di atas.',
  'impor.komentarRegister': 'Register klien hasil `lembaga impor` dari {sumber}.',
  // Prompts.
  'impor.bantuan.pilih': '↑↓ pilih, Enter lanjut',
  'impor.bantuan.pilihHalaman': '↑↓ gulir untuk pilihan lain, Enter lanjut',
  'impor.jawab.ya': 'Ya, benar',
  'impor.jawab.tidak': 'Tidak, ubah pemetaan',
  'impor.tanya.lembar': 'Berkas ini punya beberapa lembar. Lembar mana yang berisi register?',
  'impor.tanya.layanan': 'Berkas tidak punya kolom layanan. Semua kasus ini termasuk layanan apa?',
  'impor.tanya.benar': 'Apakah pemetaan kolom ini sudah benar?',
  'impor.tanya.kolom': 'Kolom {kolom} dipetakan ke:',
  // Mapping file.
  'impor.pemetaan.komentar':
    'Pemetaan kolom untuk `lembaga impor` (dibuat dari {sumber}).\nPakai lagi: lembaga impor BERKAS --pemetaan FILE-INI -o register/TAHUN.yaml\nNilai: field register, "simpan-di-catatan" atau "abaikan".',
  'impor.pemetaan.yamlRusak': '{file}: berkas pemetaan tidak bisa dibaca: {pesan}',
  'impor.pemetaan.tanpaKolom':
    '{file}: berkas pemetaan harus punya bagian "kolom:" (judul kolom → field).',
  'impor.pemetaan.targetTakDikenal':
    '{file}: kolom "{kolom}" dipetakan ke "{target}", yang bukan field register.',
  'impor.pemetaan.urutanSalah': '{file}: urutanTanggal "{nilai}" harus hbt atau bht.',
  'impor.pemetaan.layananSalah': '{file}: layananBawaan "{nilai}" bukan layanan yang dikenal.',
  // Rejected-rows workbook.
  'impor.ditolak.lembar': 'Ditolak',
  'impor.ditolak.lembarInfo': 'Keterangan',
  'impor.ditolak.barisAsal': 'Baris asal',
  'impor.ditolak.alasan': 'Alasan',
  'impor.ditolak.kolomTanpaJudul': 'Kolom {kolom}',
  'impor.ditolak.info.sumber': 'Berkas asal',
  'impor.ditolak.info.lembar': 'Lembar',
  'impor.ditolak.info.barisJudul': 'Baris judul kolom',
  'impor.ditolak.info.jumlah': 'Jumlah baris ditolak',
  'impor.ditolak.info.petunjuk':
    'Sel merah = sel penyebab penolakan (arahkan kursor untuk membaca catatannya). Perbaiki barisnya, hapus baris jumlah/tanda tangan, lalu impor lagi dengan --gabung.',
  // Errors (exit 2).
  'impor.galat.tanpaBerkas':
    'Sebutkan berkas yang diimpor, misalnya: lembaga impor "Register 2024.xlsx"',
  'impor.galat.tidakAda': 'Berkas {file} tidak ada.',
  'impor.galat.bukanBerkas': '{file} bukan berkas.',
  'impor.galat.kosong': 'Berkas {file} kosong.',
  'impor.galat.xls':
    '{file} adalah berkas Excel lama (.xls, Excel 97–2003) atau workbook berkata sandi. Buka di Excel, lalu Simpan Sebagai "Excel Workbook (.xlsx)" tanpa kata sandi, dan impor berkas .xlsx itu.',
  'impor.galat.ods':
    '{file} adalah berkas OpenDocument (.ods, LibreOffice/WPS). Buka di LibreOffice, lalu Simpan Sebagai "Excel 2007-365 (.xlsx)" dan impor berkas .xlsx itu.',
  'impor.galat.html':
    '{file} sebenarnya halaman HTML/XML (sering dari ekspor aplikasi web yang dinamai .xls). Buka di Excel dan Simpan Sebagai .xlsx.',
  'impor.galat.tidakDikenal': '{file} bukan berkas .xlsx atau .csv yang dikenali.',
  'impor.galat.terlaluBanyakBaris':
    '{file}, lembar "{lembar}", baris ke-{baris}: lembar ini berisi lebih dari {batas} baris (batas impor yang dibaca mengalir); impor dihentikan dan tidak ada yang ditulis. Bagi register per tahun, atau ubah batasnya dengan variabel lingkungan LEMBAGA_MAKS_BARIS (misalnya LEMBAGA_MAKS_BARIS=20000000).',
  'impor.galat.rusak': '{file} tidak bisa dibaca sebagai workbook Excel (berkas rusak?): {pesan}',
  'impor.galat.tanpaLembar': '{file} tidak punya lembar kerja yang berisi.',
  'impor.galat.lembarTidakAda': 'Lembar "{lembar}" tidak ada di {file}. Lembar yang ada: {daftar}',
  'impor.galat.tanpaBaris': '{file}: lembar ini kosong.',
  'impor.galat.tanpaJudul':
    '{file}: baris judul kolom tidak ditemukan di 40 baris pertama (dicari judul seperti "No. Reg", "Nama Klien", "NIK", "Tgl Masuk"). Pastikan lembarnya benar (--lembar) atau beri pemetaan (--pemetaan).',
  'impor.galat.gabungTanpaKeluaran': '--gabung perlu -o: register yang ditambah.',
  'impor.galat.ekstensiKeluaran': 'Keluaran {file} harus berakhiran .yaml, .yml atau .xlsx.',
  'impor.galat.keluaranSamaMasukan':
    'Keluaran tidak boleh sama dengan berkas yang diimpor (berkas masukan tidak pernah diubah).',
  'impor.galat.layananBawaan':
    '--layanan-bawaan "{nilai}" tidak dikenal. Pilih salah satu: {daftar}',
  'impor.galat.pemetaanTidakAda': 'Berkas pemetaan {file} tidak ada.',
  'impor.galat.lembagaTidakAda': 'lembaga.yaml tidak ditemukan di {folder}.',
  'impor.galat.gabungTakTerbaca':
    'Register {file} tidak bisa dibaca untuk digabung; perbaiki dulu (lembaga validasi {file}).',
  'impor.tidakTerbawa.lembar': 'Tidak terbawa',
  'impor.tidakTerbawa.kolom.lembar': 'Lembar',
  'impor.tidakTerbawa.kolom.baris': 'Baris',
  'impor.tidakTerbawa.kolom.sel': 'Sel',
  'impor.tidakTerbawa.kolom.judul': 'Judul kolom',
  'impor.tidakTerbawa.kolom.nilai': 'Isi asli',
  'impor.tidakTerbawa.kolom.alasan': 'Alasan',
  'impor.tidakTerbawa.lembarLain':
    'Lembar ini bukan bagian register baku (Register, Kegiatan, Pengaduan); isinya tidak ditulis ulang.',
  'impor.tidakTerbawa.kolomLain':
    'Kolom ini bukan kolom register baku; isinya tidak ditulis ulang.',
  'impor.tidakTerbawa.selTakTerbaca':
    'Sel ini tidak terbaca sebagai nilai kolomnya; isinya tidak ditulis ulang.',
  'impor.tidakTerbawa.barisTakTerbaca':
    'Baris ini tidak menjadi bagian kasus mana pun; tidak ditulis ulang.',
  'impor.tidakTerbawa.info.register': 'Register',
  'impor.tidakTerbawa.info.jumlah': 'Jumlah sel/baris yang tidak terbawa',
  'impor.tidakTerbawa.info.petunjuk':
    'Isi ini ada di register sebelum digabung tetapi tidak ada di register sesudahnya. Salin yang masih diperlukan ke kolom register baku (atau ke Catatan), lalu periksa dengan lembaga validasi.',
  'impor.tidakTerbawaRingkasan':
    '{n} sel/baris register lama tidak terbawa ke register yang ditulis (kolom tambahan, sel tak terbaca, baris Kegiatan/Pengaduan tanpa kasus, lembar lain); semuanya dicatat di {file}.',
  'impor.tidakTerbawaBaris': '{lembar} baris {baris}{sel}: {alasan}',
  'impor.menungguKunci': 'Register {file} sedang digabung oleh proses lain (pid {pid}); menunggu…',
  'impor.galat.kunciSibuk':
    'Register {file} sedang digabung oleh proses lain (pid {pid}, sejak {mulai}); tidak ada yang ditulis. Coba lagi setelah proses itu selesai. Bila tidak ada proses lain, hapus berkas kunci {kunci}.',
  'impor.galat.registerBerubah':
    'Register {file} berubah selama digabung (disimpan oleh program lain?); tidak ada yang ditulis, tidak ada kasus yang hilang. Tutup register di Excel lalu jalankan perintah ini lagi.',
  'impor.galat.yamlTerlaluBesar':
    'Register YAML yang akan ditulis berukuran {ukuran} MB, di atas batas {batas} MB untuk register YAML yang ditulis impor: register sebesar itu tidak dapat lagi digabung dengan `impor --gabung` (yang membaca register YAML utuh) dan dibaca jauh lebih lambat daripada register Excel baku; tidak ada yang ditulis. Tulis ke register Excel baku: -o {saran}',
  'impor.galat.jumlahBaris':
    'Register {file} yang akan ditulis berisi {baris} baris kasus, bukan {kasus} kasus yang diimpor; tidak ada yang ditulis. Laporkan ini sebagai galat lembaga.',
  'impor.galat.bacaBalik':
    'Register {file} yang sudah digabung tidak terbaca kembali sama persis ({n} kasus berbeda: {nomor}); tidak ada yang ditulis. Laporkan ini sebagai galat lembaga.',
  'impor.catatan.tahap': 'Catatan {tahap}: {nilai}',
  'impor.tahap.pendekatanAwal': 'pendekatan awal',
  'impor.tahap.asesmen': 'asesmen',
  'impor.tahap.perencanaan': 'perencanaan',
  'impor.tahap.intervensi': 'intervensi',
  'impor.tahap.evaluasi': 'evaluasi',
  'impor.tahap.rujukan': 'rujukan',
  'impor.tahap.terminasi': 'terminasi',
};
