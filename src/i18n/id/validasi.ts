/** Messages of area 'validasi' (id): the validasi command and every rule's findings (prefix r.). */
export const validasi: Record<string, string> = {
  'validasi.aturanGagal':
    'Aturan {aturan} gagal dijalankan: {pesan}. Ini kesalahan program; temuan lain tetap diperiksa.',
  'validasi.csvPerluImpor':
    'Berkas {file} adalah CSV; register harus berupa .yaml atau .xlsx baku. Ubah dengan: lembaga impor "{file}" -o register/register.yaml',
  'validasi.bukanRegister':
    'Berkas {file} bukan register: harus berisi "kasus:" berupa daftar kasus.',
  'validasi.tanpaLembaga':
    'lembaga.yaml tidak ditemukan untuk berkas yang diperiksa; aturan lembaga dilewati. Sebutkan foldernya, misalnya: lembaga validasi .',
  'validasi.ringkasan':
    '{files} berkas, {cases} kasus: {errors} galat, {warnings} peringatan, {infos} info.',
  'validasi.bersih':
    'Tidak ada temuan. {files} berkas, {cases} kasus diperiksa terhadap {rules} aturan.',
  'validasi.disembunyikan':
    '{n} temuan diabaikan sesuai pengaturan lembaga (lihat aturan.abaikan).',
  'validasi.peringatanMelebihi': 'Peringatan ({n}) melebihi --maks-peringatan {maks}.',
  'validasi.ditulisKe': 'Hasil ditulis ke {file}.',
  'validasi.kolomGalat': 'galat',
  'validasi.kolomPeringatan': 'peringatan',
  'validasi.kolomInfo': 'info',
  'validasi.saran': 'Saran',
  'validasi.acuan': 'Acuan',
  'r.izinLembaga.tidakAda':
    'Lembaga belum mencantumkan surat izin operasional (nomor izin kosong).',
  'r.izinLembaga.kedaluwarsa':
    'Izin operasional lembaga berakhir {tanggal}; pada {hariIni} tidak lagi berlaku.',
  'r.izinLembaga.saran':
    'Perpanjang izin di dinas sosial setempat, lalu isi izin.nomor dan izin.berlakuSampai.',
  'r.akreditasi.tidakAda': 'Lembaga belum terakreditasi di bidang {layanan}.',
  'r.akreditasi.kedaluwarsa': 'Akreditasi bidang {layanan} berakhir {tanggal}.',
  'r.akreditasi.saran': 'Ajukan (re)akreditasi bidang ini dan catat di bagian akreditasi.',
  'r.sk.kriteriaKlien': 'Layanan {layanan} belum memiliki SK kriteria dan persyaratan klien.',
  'r.sk.tarif': 'Layanan {layanan} belum memiliki SK besaran tarif.',
  'r.sk.pengaduan': 'Layanan {layanan} belum memiliki SK tata cara penanganan pengaduan.',
  'r.sk.saran':
    'Buat templatnya dengan "lembaga sop --sk", tetapkan, lalu isi nomor dan tanggalnya.',
  'r.tarif.tidakAda': 'Layanan {layanan} belum memiliki matriks tarif.',
  'r.tarif.saranTidakAda':
    'Isi tarif layanan ini di lembaga.yaml (kerangka dengan kunci barisnya: "lembaga tarif --kosong"), atau isi dasarTarif dan hitung dengan "lembaga tarif --hitung".',
  'r.tarif.barisKosong': 'Matriks tarif {layanan} tidak memuat baris {nomor} "{baris}" ({sel}).',
  'r.tarif.selKosong':
    'Matriks tarif {layanan} baris {nomor} "{baris}" belum lengkap: {sel} kosong.',
  'r.tarif.saranKosong':
    'Isi tarif di bawah kunci "{kunci}". Tarif 0 boleh (misalnya disubsidi penuh), tetapi tidak boleh kosong.',
  'r.tarif.barisTakDikenal':
    'Baris tarif "{kunci}" tidak ada di matriks {layanan}. Maksud Anda "{saran}"?',
  'r.tarif.urutanTingkat':
    'Tarif "{baris}" {durasi}: {atas} ({nAtas}) lebih murah dari {bawah} ({nBawah}).',
  'r.tarif.urutanDurasi':
    'Tarif "{baris}" {tingkat}: {panjang} ({nPanjang}) lebih murah dari {pendek} ({nPendek}).',
  'r.pengaduan.tanpaSaluran': 'Lembaga belum menyediakan saluran pengaduan.',
  'r.pengaduan.saranSaluran':
    'Isi paling sedikit satu dari pengaduan.saluran: telepon, whatsapp, kotakPengaduan, email, alamatSurat.',
  'r.pengaduan.tanpaProsedur': 'Lembaga belum menetapkan tata cara penanganan pengaduan.',
  'r.pengaduan.saranProsedur':
    'Isi pengaduan.prosedur: petugas, alur, batasWaktuHari, perlindunganKlien, laporanBerkala ("lembaga sop --sk" membuat templat SK-nya).',
  'r.pengaduan.tanpaPetugas': 'Tata cara pengaduan belum menyebut staf yang bertugas menanganinya.',
  'r.pengaduan.petugasTakDikenal': 'Petugas pengaduan "{id}" tidak ada di daftar staf.',
  'r.pengaduan.tanpaAlur':
    'Tata cara pengaduan belum menjelaskan proses dari penerimaan sampai penyampaian hasil.',
  'r.pengaduan.tanpaBatasWaktu': 'Tata cara pengaduan belum menetapkan batas waktu untuk: {tahap}.',
  'r.pengaduan.tanpaPerlindungan':
    'Tata cara pengaduan belum mengatur perlindungan terhadap klien pengadu.',
  'r.pengaduan.tanpaLaporan': 'Tata cara pengaduan belum mengatur laporan berkala pengaduan.',
  'r.fasilitas.kurang': 'Fasilitas minimum belum ada: {fasilitas}.',
  'r.fasilitas.saran': 'Bila sudah ada, tulis fasilitas.{kunci}: true (atau jumlahnya).',
  'r.peralatan.kurang': 'Peralatan belum tercatat: {peralatan}.',
  'r.pelaksana.tanpaPekerja': 'Layanan {layanan} tidak memiliki pekerja sosial aktif.',
  'r.pelaksana.tanpaSupervisor':
    'Layanan {layanan} tidak memiliki supervisor pekerja sosial aktif.',
  'r.pendidikan.pekerjaJenjang':
    'Pekerja sosial {nama} berpendidikan {jenjang}; standar mensyaratkan paling rendah S1 atau D-IV.',
  'r.pendidikan.supervisorJenjang':
    'Supervisor {nama} berpendidikan {jenjang}; standar mensyaratkan paling rendah S2/Spesialis 1.',
  'r.pendidikan.bidang':
    'Bidang pendidikan {nama} ("{bidang}") bukan pekerjaan sosial/kesejahteraan sosial.',
  'r.pendidikan.saran': 'Tugaskan pekerja sosial lain, atau lengkapi data pendidikan.',
  'r.pendidikan.saranSupervisor': 'Tunjuk supervisor lain atau lengkapi data pendidikan.',
  'r.sertifikat.tidakAda':
    '{nama} belum memiliki sertifikat pekerjaan sosial (sertifikat.nomor kosong).',
  'r.sertifikat.saran': 'Ikutkan uji kompetensi, lalu catat nomor sertifikatnya.',
  'r.izinPraktik.tidakAda': '{nama} belum memiliki izin praktik pekerja sosial.',
  'r.izinPraktik.saran':
    'Ajukan izin praktik, lalu catat izinPraktik.nomor dan izinPraktik.berlakuSampai.',
  'r.izinPraktik.tanpaTanggal':
    'Masa berlaku izin praktik {nama} tidak diisi (izinPraktik.berlakuSampai).',
  'r.izinPraktik.kedaluwarsa': 'Izin praktik {nama} berakhir {tanggal} dan tidak lagi berlaku.',
  'r.izinPraktik.saranPerpanjang':
    'Perpanjang izin praktiknya; sampai itu, ia tidak boleh memberi layanan sendiri.',
  'r.supervisor.pengalaman':
    'Supervisor {nama} berpengalaman praktik {tahun} tahun; standar mensyaratkan paling sedikit 5 tahun.',
  'r.pelatihan.kurang':
    '{nama} belum tercatat mengikuti pelatihan/seminar/workshop bidang {layanan}.',
  'r.pengalaman.kurang': '{nama} belum tercatat berpengalaman praktik {layanan}.',
  'r.pelaksanaLain.tidakSesuai':
    '{nama} ({peran}) bertugas di layanan {layanan}, tetapi angka 2.3.3 layanan itu hanya menyebut: {daftar}.',
  'r.jaminan.organisasi':
    '{nama} belum tercatat sebagai anggota organisasi profesi pekerja sosial.',
  'r.jaminan.kodeEtik': '{nama} belum dinyatakan terikat Kode Etik Profesi Pekerjaan Sosial.',
  'r.jaminan.pakta':
    '{nama} belum menandatangani kebijakan anti korupsi serta anti pelecehan dan kekerasan.',
  'r.jaminan.riwayatAda':
    '{nama} tercatat memiliki riwayat tindakan kekerasan dan/atau berhadapan dengan hukum.',
  'r.jaminan.riwayatKosong': 'Riwayat bersih {nama} belum dinyatakan (riwayatBersih).',
  'r.jaminan.metode':
    'Lembaga belum menyatakan memakai pendekatan, metode, dan peralatan praktik yang telah diuji.',
  'r.jaminan.pengawas':
    'Instansi pemerintah yang mengawasi layanan belum dicatat (jaminan.pengawasPemerintah).',
  'r.jaminan.laporan': 'Laporan tahunan {tahun} belum tercatat (terakhir: {terakhir}).',
  'r.jaminan.saranLaporan':
    'Buat dengan "lembaga laporan --tahun {tahun}", lalu isi jaminan.laporanTahunanTerakhir.',
  'r.evaluasi.tidakAda': 'Kinerja {nama} belum pernah dievaluasi (evaluasiTerakhir kosong).',
  'r.evaluasi.lama': 'Evaluasi kinerja terakhir {nama} pada {tanggal}, lebih dari setahun lalu.',
  'r.evaluasi.rencana': '{nama} belum memiliki rencana tahunan {tahun}.',
  'r.evaluasi.kerangka':
    'Lembaga belum menetapkan kerangka kompetensi staf sebagai dasar evaluasi.',
  'r.evaluasi.format':
    'Lembaga belum memiliki format evaluasi kinerja yang dicatat dan diarsipkan.',
  'r.keselamatan.protokol': 'Belum ada protokol keadaan darurat (kebakaran, banjir, gempa bumi).',
  'r.keselamatan.apar': 'Gedung belum dilengkapi alat pemadam api ringan (APAR).',
  'r.keselamatan.saranApar': 'Pasang APAR lalu catat keselamatan.apar.jumlah dan kedaluwarsa.',
  'r.keselamatan.aparKedaluwarsa': 'Isi APAR kedaluwarsa sejak {tanggal}.',
  'r.keselamatan.evakuasi': 'Jalur evakuasi dan tanda arahnya belum lengkap.',
  'r.keselamatan.titikKumpul': 'Belum ada tempat berkumpul yang aman untuk keadaan darurat.',
  'r.keselamatan.informasi':
    'Pelaksana belum memperoleh informasi keamanan dan keselamatan pelayanan.',
  'r.keselamatan.latihanBencana':
    'Latihan pengenalan dan penanganan bencana terakhir: {tanggal} (harus dalam {bulan} bulan terakhir).',
  'r.keselamatan.drillTidakAda': 'Belum pernah ada latihan penyelamatan diri (drill).',
  'r.keselamatan.drillLama': 'Latihan drill terakhir {tanggal}, lebih dari {bulan} bulan lalu.',
  'r.keselamatan.kontakTidakAda':
    'Belum ada staf yang ditugasi sebagai kontak utama keamanan dan keselamatan.',
  'r.keselamatan.kontakTakDikenal': 'Kontak keselamatan "{id}" tidak ada di daftar staf.',
  'r.keselamatan.kontakPelatihan':
    'Pelatihan kontak keselamatan terakhir {tanggal}; harus diperbarui setiap tahun.',
  'r.keselamatan.penjelasanKlien':
    'Klien belum diberi penjelasan protokol keamanan dan keselamatan.',
  'r.pengawasan.pedoman': 'Pengawasan internal belum memiliki pedoman.',
  'r.pengawasan.pertemuan': 'Pertemuan berkala pekerja sosial dan supervisor belum ditetapkan.',
  'r.pengawasan.aspek': 'Supervisi belum mencakup aspek: {aspek}.',
  'r.jangkaWaktu.lembaga':
    'Jangka waktu layanan {layanan} ditetapkan {bulan} bulan, melebihi batas standar {batas} bulan.',
  'r.timKerja.lembaga': 'Layanan pengembangan sosial belum memiliki tim kerja masyarakat.',
  'r.staf.idGanda': 'Kode staf "{id}" dipakai dua kali (pertama di staf ke-{baris}).',
  'r.pengaturan.proBono':
    'Dasar perhitungan pro bono 10 % belum ditetapkan; dipakai bawaan: kegiatan per pekerja sosial per tahun.',
  'r.pengaturan.drill': 'Selang latihan drill belum ditetapkan; dipakai bawaan: 12 bulan.',
  'r.pengaturan.mulai':
    'Awal jangka waktu layanan belum ditetapkan; dipakai bawaan: tanggal kesepakatan.',
};
Object.assign(validasi, {
  'r.kasus.perlindunganPpks': 'Kasus {nomor}: kategori PPKS klien perlindungan sosial belum diisi.',
  'r.kasus.perlindunganSiks':
    'Kasus {nomor}: klien perlindungan sosial belum terdaftar (atau diusulkan) di sistem informasi kesejahteraan sosial (DTKS).',
  'validasi.aturanTakDikenal':
    'Aturan "{id}" tidak dikenal; pengaturan ini tidak berpengaruh. Lihat daftar dengan: lembaga aturan',
  'validasi.aturanTakDikenalMaksud':
    'Aturan "{id}" tidak dikenal; pengaturan ini tidak berpengaruh. Maksud Anda "{saran}"?',
  'r.kasus.kegiatanTakDikenalTanpaSaran':
    'Kasus {nomor}: kegiatan "{kegiatan}" bukan kegiatan pokok layanan {layanan}. Daftar kodenya: lembaga aturan kasus-kegiatan-layanan, atau lembar Petunjuk register Excel.',
  'r.kasus.pengaduanJenisTanpaSaran':
    'Kasus {nomor}: jenis pengaduan "{nilai}" tidak dikenal (angka 1.6.3).',
  'r.kasus.pengaduanSaluranTanpaSaran':
    'Kasus {nomor}: saluran pengaduan "{nilai}" tidak dikenal (angka 1.6.4).',
  'r.supervisor.pengalamanKosong':
    'Lama praktik supervisor {nama} belum diisi (pengalamanTahun); standar mensyaratkan paling sedikit 5 tahun.',
  'r.keselamatan.latihanBencanaTidakAda':
    'Latihan pengenalan dan penanganan bencana belum pernah tercatat (latihanBencanaTerakhir).',
  'validasi.judulMd': 'Hasil pemeriksaan lembaga',
  'validasi.mdBerkas': 'Berkas',
  'validasi.mdPosisi': 'Posisi',
  'validasi.mdTingkat': 'Tingkat',
  'validasi.mdAturan': 'Aturan',
  'validasi.mdPesan': 'Pesan',
  'validasi.mdDiabaikan': 'Temuan yang diabaikan',
  'validasi.xlsxMatriks': 'Matriks Kepatuhan',
  'validasi.xlsxTemuan': 'Temuan',
  'validasi.xlsxJudul': 'Matriks Kepatuhan Standar Layanan — {lembaga}',
  'validasi.xlsxTanggal': 'Diperiksa per {tanggal} terhadap Permensos 14/2020',
  'validasi.xlsxAturan': 'Aturan',
  'validasi.xlsxRingkasan': 'Ringkasan',
  'validasi.xlsxGagal': 'gagal',
  'validasi.xlsx.lulus': 'lulus',
  'validasi.xlsx.tidak-berlaku': 'tidak berlaku',
});
Object.assign(validasi, {
  'r.kasus.layananTidakDiselenggarakan':
    'Kasus {nomor}: layanan "{layanan}" tidak diselenggarakan lembaga menurut lembaga.yaml ({daftar}).',
  'r.kasus.nomorKosong': 'Kasus tanpa nomor register.',
  'r.kasus.nomorGanda': 'Nomor register {nomor} sudah dipakai kasus lain (di {file}).',
  'r.kasus.tahapanUrut':
    'Kasus {nomor}: tanggal {tahap} ({tanggal}) lebih awal dari {sebelum} ({tglSebelum}).',
  'r.kasus.masaDepan':
    'Kasus {nomor}: tanggal {tanggal} sesudah hari ini ({hariIni}). Salah ketik tahun atau urutan hari/bulan?',
  'r.kasus.tahapanKurang':
    'Kasus {nomor} berstatus {status} tetapi tahap ini belum tercatat: {tahap}.',
  'r.kasus.rujukanTanpaLembaga': 'Kasus {nomor} dirujuk tanpa menyebut lembaga penerima rujukan.',
  'r.kasus.rujukKeluarTanpaLembaga':
    'Kasus {nomor} dirujuk keluar pada pendekatan awal tanpa menyebut lembaga tujuan.',
  'r.kasus.terminasiSupervisor':
    'Kasus {nomor}: rencana terminasi belum tercatat dibahas dengan supervisor.',
  'r.kasus.terminasiDiberitahu':
    'Kasus {nomor}: klien belum tercatat diberi tahu rencana terminasi.',
  'r.kasus.terminasiFormulir':
    'Kasus {nomor}: formulir pengakhiran layanan belum ditandatangani klien.',
  'r.kasus.terminasiSaksi':
    'Kasus {nomor}: penandatanganan formulir terminasi belum disaksikan pemohon.',
  'r.kasus.jangkaWaktu':
    'Kasus {nomor} berjalan {mulai} s.d. {akhir}, melewati jangka waktu {bulan} bulan (batas {batas}) tanpa perpanjangan.',
  'r.kasus.jangkaWaktuPerpanjanganKurang':
    'Kasus {nomor} berjalan sampai {akhir}, melewati batas {batas} dan juga melewati perpanjangan yang dicatat.',
  'r.kasus.saranPerpanjangan':
    'Catat keputusan perpanjangan di "perpanjangan" (tanggal, sampai, dasar), atau akhiri/rujuk layanan.',
  'r.kasus.kegiatanTakDikenal':
    'Kasus {nomor}: kegiatan "{kegiatan}" bukan kegiatan pokok layanan {layanan}. Maksud Anda "{saran}"?',
  'r.kasus.kegiatanTahap':
    'Kasus {nomor}: kegiatan {kegiatan} termasuk tahap {seharusnya}, bukan {tahap}.',
  'r.kasus.kegiatanLuarPeriode':
    'Kasus {nomor}: kegiatan tanggal {tanggal} di luar masa layanan ({awal} s.d. {akhir}).',
  'r.kasus.tanpaPekerja': 'Kasus {nomor} belum mencantumkan pekerja sosial.',
  'r.kasus.tanpaSupervisor':
    'Kasus {nomor} belum mencantumkan supervisor; pekerja sosial wajib disupervisi.',
  'r.kasus.stafTakDikenal': 'Kasus {nomor}: kode staf "{id}" tidak ada di lembaga.yaml.',
  'r.kasus.stafPeran': 'Kasus {nomor}: {id} berperan {peran}, padahal di sini harus {harus}.',
  'r.kasus.stafLayanan': 'Kasus {nomor}: {id} tidak tercatat bertugas di layanan {layanan}.',
  'r.kasus.izinKegiatan':
    'Kasus {nomor}: {nama} memberi layanan pada {tanggal}, sedangkan izin praktiknya berlaku sampai {sampai}.',
  'r.kasus.proBonoBerbiaya': 'Kasus {nomor}: kegiatan pro bono ditagih {biaya}.',
  'r.kasus.kegiatanTanpaTarif':
    'Kasus {nomor}: kegiatan {kegiatan} tidak ada di matriks tarif tetapi ditagih.',
  'r.kasus.tarifTanpaDurasi':
    'Kasus {nomor}: kegiatan ditagih tanpa durasi atau tingkat, sehingga tarifnya tidak dapat dicocokkan.',
  'r.kasus.tarifTidakDitetapkan':
    'Kasus {nomor}: tarif {baris} {durasi} {tingkat} belum ditetapkan di matriks lembaga.',
  'r.kasus.tarifLebih':
    'Kasus {nomor}: ditagih {biaya}, di atas tarif SK {tarif} (permintaan pembayaran di luar tarif).',
  'r.kasus.tarifKurang':
    'Kasus {nomor}: ditagih {biaya}, tidak sama dengan tarif SK {tarif}. Bila keringanan, catat sebagai pro bono atau sesuai jenjang tarif.',
  'r.kasus.proBonoPekerja':
    '{nama} memberi {pb} kegiatan pro bono dari {total} kegiatan pada {tahun}; paling sedikit {wajib} ({persen} %).',
  'r.kasus.proBonoLembaga':
    'Lembaga memberi {pb} kegiatan pro bono dari {total} kegiatan pada {tahun}; paling sedikit {wajib} ({persen} %).',
  'r.kasus.jenisKlien':
    'Kasus {nomor}: jenis klien "{jenis}" tidak dilayani {layanan} (hanya: {daftar}).',
  'r.kasus.tanpaPemohon': 'Kasus {nomor}: pemohon layanan belum dicatat (pilihan: {daftar}).',
  'r.kasus.pemohonTakDikenal':
    'Kasus {nomor}: pemohon "{jenis}" tidak termasuk pemohon yang disebut standar ({daftar}).',
  'r.kasus.tanpaTimKerja': 'Kasus {nomor}: pengembangan sosial tanpa tim kerja masyarakat.',
  'r.kasus.pengaduanJenis':
    'Kasus {nomor}: jenis pengaduan "{nilai}" tidak dikenal. Maksud Anda "{saran}"?',
  'r.kasus.pengaduanSaluran':
    'Kasus {nomor}: saluran pengaduan "{nilai}" tidak dikenal. Maksud Anda "{saran}"?',
  'r.kasus.pengaduanTerlambat':
    'Kasus {nomor}: pengaduan {tanggal} selesai {selesai}, melewati batas {hari} hari ({tenggat}).',
  'r.kasus.pengaduanTerbuka':
    'Kasus {nomor}: pengaduan {tanggal} belum selesai dan batas {hari} hari ({tenggat}) sudah lewat.',
  'r.nik.panjang': 'Kasus {nomor}: NIK harus 16 digit.',
  'r.nik.bukan-angka': 'Kasus {nomor}: NIK hanya boleh berisi angka.',
  'r.nik.provinsi': 'Kasus {nomor}: kode provinsi pada NIK tidak ada.',
  'r.nik.kabupaten': 'Kasus {nomor}: kode kabupaten/kota pada NIK tidak ada (00 atau 70).',
  'r.nik.kecamatan': 'Kasus {nomor}: kode kecamatan pada NIK tidak boleh 00.',
  'r.nik.tanggal': 'Kasus {nomor}: bagian tanggal lahir pada NIK bukan tanggal yang ada.',
  'r.nik.serial': 'Kasus {nomor}: nomor urut NIK tidak boleh 0000.',
  'r.nik.tanggalBeda':
    'Kasus {nomor}: tanggal lahir di NIK ({nikTgl}) berbeda dengan tanggal lahir klien ({tanggal}).',
  'r.nik.kelaminBeda': 'Kasus {nomor}: jenis kelamin klien {jk}, tetapi NIK menunjukkan {nikJk}.',
  'r.nik.ganda':
    'Kasus {nomor}: NIK yang sama sedang aktif di kasus {lain} pada layanan {layanan}.',
  'r.atensi.klaster': 'Kasus {nomor}: klaster ATENSI belum diisi.',
  'r.atensi.basisKosong':
    'Kasus {nomor}: basis layanan ATENSI (keluarga, komunitas, residensial) belum diisi.',
  'r.atensi.basisTidakDiselenggarakan':
    'Kasus {nomor}: basis layanan {basis} tidak diselenggarakan lembaga ({daftar}).',
  'r.atensi.dtksBelum': 'Kasus {nomor}: klien belum terdaftar di DTKS dan belum diusulkan.',
  'r.atensi.dtksKosong': 'Kasus {nomor}: status DTKS klien belum diisi.',
  'r.atensi.saranDtks':
    'Laporkan ke dinas sosial untuk diusulkan masuk DTKS, lalu tulis dtks: diusulkan.',
  'r.atensi.supervisi':
    'Kasus {nomor}: supervisor {nama} belum bersertifikat sebagai pekerja sosial.',
});
