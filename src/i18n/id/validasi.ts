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
  'r.tarif.barisKosong':
    'Matriks tarif {layanan} tidak memuat baris wajib {nomor} "{baris}" ({sel}). Wajib: baris tidak opsional pada tingkat yang ditawarkan ({tingkat}); opsional: penjangkauan/rujukan yang tidak ditawarkan dan tingkat yang tidak ditawarkan.',
  'r.tarif.selKosong':
    'Matriks tarif {layanan} baris wajib {nomor} "{baris}" belum lengkap: {sel} kosong (tingkat yang ditawarkan: {tingkat}).',
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
  'r.pengawasanKegiatan.objek':
    'Objek pengawasan internal {objek} (2.4.2 huruf {huruf}) belum disebut di pengawasanInternal.objek.',
  'r.pengawasanKegiatan.belumPernah':
    'Kegiatan pengawasan {jenis} (2.4.3 huruf {huruf}) belum pernah tercatat.',
  'r.pengawasanKegiatan.lama':
    'Kegiatan pengawasan {jenis} (2.4.3 huruf {huruf}) terakhir {tanggal}, lebih dari 12 bulan lalu.',
  'r.pengawasanKegiatan.oleh':
    'Garis pengawasan {garis} (2.4.4 huruf {huruf}) belum disebut di pengawasanInternal.oleh.',
  'r.sarana.tidakAda':
    'Pemeriksaan ruang dan peralatan belum bertanggal (sarana.pemeriksaan.tanggal).',
  'r.sarana.lama':
    'Pemeriksaan ruang dan peralatan terakhir {tanggal}, lebih dari {bulan} bulan lalu.',
  'r.sarana.belum': 'Pemeriksaan sarana: butir {butir} (2.2.2 huruf {huruf}) belum sesuai.',
  'r.sarana.tidakDinilai': 'Pemeriksaan sarana tidak menilai butir {butir} (2.2.2 huruf {huruf}).',
  'r.pengawasanKegiatan.tidakDicatat':
    'Catatan pengawasan internal (angka 2.4.2–2.4.4) tidak ada: tambahkan bagian pengawasanInternal dengan objek, kegiatan beserta tanggal terakhirnya, dan garis pengawasan (lembaga init menanyakannya).',
  'r.sarana.tidakDicatat':
    'Pemeriksaan ruang dan peralatan (angka 2.2.2 a–f) tidak dicatat: tambahkan sarana.pemeriksaan dengan tanggal dan hasil per butir (lembaga init menanyakannya).',
  'r.jangkaWaktu.lembaga':
    'Jangka waktu layanan {layanan} ditetapkan {bulan} bulan, melebihi batas standar {batas} bulan.',
  'r.staf.idGanda': 'Kode staf "{id}" dipakai dua kali (pertama di staf ke-{baris}).',
  'r.pengaturan.proBono':
    'Dasar perhitungan pro bono 10 % belum ditetapkan; dipakai bawaan: kegiatan per pekerja sosial per tahun.',
  'r.pengaturan.drill': 'Selang latihan drill belum ditetapkan; dipakai bawaan: 12 bulan.',
  'r.pengaturan.mulai':
    'Awal jangka waktu layanan belum ditetapkan; dipakai bawaan: tanggal kesepakatan.',
};
/* Date checks and readings of issue 12 (rules of permensos-14-2020 and ATENSI). */
Object.assign(validasi, {
  'r.tanggal.masaDepan': '{bidang}: tanggal {tanggal} sesudah hari ini ({hariIni}) — salah ketik?',
  'r.tanggal.tahunMasaDepan':
    '{bidang}: tahun {tahun} sesudah tahun ini ({tahunIni}) — salah ketik?',
  'r.tanggal.terbalik': '{bidang} {tanggal} lebih awal dari {acuanBidang} {acuan} — salah ketik?',
  'r.tanggal.saran': 'Periksa tahun serta urutan hari dan bulan; tanggal ditulis YYYY-MM-DD.',
  'r.pengaduan.batasWaktuMenyeluruh':
    'pengaturan.batasWaktuPengaduanHari ({hari} hari) adalah satu batas untuk seluruh proses; angka 1.6.5 c meminta batas waktu setiap tahap. Belum ditetapkan: {tahap}.',
  'r.kasus.jangkaWaktuTanpaSah':
    'Kasus {nomor} berjalan {mulai} s.d. {akhir}, melewati jangka waktu {bulan} bulan (batas {batas}) tanpa perpanjangan yang diakui.',
  'r.kasus.perpanjanganTerlambat':
    'Kasus {nomor}: perpanjangan diputuskan {tanggal}, sesudah jangka waktu berakhir ({batas}); keputusan yang terlambat tidak menutup kelebihan waktu.',
  'r.kasus.perpanjanganTanpaSampai':
    'Kasus {nomor}: perpanjangan {tanggal} tanpa tanggal berakhir (sampai); perpanjangan tanpa batas tidak diakui.',
  'r.kasus.perpanjanganTanpaDasar':
    'Kasus {nomor}: perpanjangan {tanggal} tanpa dasar keputusan (dasar); perpanjangan tanpa keputusan tercatat tidak diakui.',
  'r.kasus.pengaduanSelesaiSebelum':
    'Kasus {nomor}: pengaduan tercatat selesai {selesai}, sebelum diterima {tanggal}.',
  'r.kasus.izinKegiatanSebelum':
    'Kasus {nomor}: {nama} memberi layanan pada {tanggal}, sebelum izin praktiknya terbit ({terbit}).',
  'r.kasus.asesmenGanda':
    'Kasus {nomor}: asesmen 5 tahap sudah ditagih pada {pertama}; satu butir bertarif ini ditagih sekali per kasus.',
  'r.kasus.timKerjaBukanLembaga':
    'Kasus {nomor}: tim kerja masyarakat belum dicatat pada kasus ini; daftar tim di lembaga.yaml tidak menggantikannya karena setiap masyarakat membentuk timnya sendiri.',
  'r.timKerja.belumDibentuk':
    'Kasus {nomor}: pembentukan tim kerja masyarakat belum dicatat pada pendekatan awal (kegiatan {kegiatan}).',
  'r.timKerja.terlambat':
    'Kasus {nomor}: tim kerja masyarakat dibentuk {tanggal}, sesudah asesmen dimulai ({asesmen}); tim dibentuk pada pendekatan awal.',
  'r.kasus.proBonoPersen':
    'pengaturan.proBono.persen {persen} % di bawah 10 % yang ditetapkan angka 1.4.2 e; kuota dihitung dengan 10 %.',
  'r.atensi.supervisiPeran':
    'Kasus {nomor}: {nama} berperan {peran}, bukan supervisor; supervisi ATENSI dilakukan pekerja sosial yang berkompetensi supervisi.',
  'r.atensi.klasterUmur':
    'Kasus {nomor}: klaster {klaster}, tetapi klien berumur {umur} tahun pada {tanggal} ({syarat}).',
  'r.atensi.klasterPpks':
    'Kasus {nomor}: klaster {klaster} tidak sesuai kategori PPKS {ppks} (yang sesuai: {daftar}).',
});
Object.assign(validasi, {
  'r.kasus.perlindunganPpks': 'Kasus {nomor}: kategori PPKS klien perlindungan sosial belum diisi.',
  'r.kasus.perlindunganSiks':
    'Kasus {nomor}: klien perlindungan sosial belum terdaftar di sistem informasi kesejahteraan sosial (DTKS/DTSEN); "diusulkan" belum memenuhi angka 1.1.3 Lampiran B.',
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
    'Kasus {nomor}: supervisor {nama} belum bersertifikat pekerjaan sosial (sertifikat.nomor kosong).',
});
// Issue 12: supervision sessions, case-file contents, products, staff evaluation and safety, complaint reports, caseload, ATENSI stages.
Object.assign(validasi, {
  'r.supervisi.belumAda':
    'Kasus {nomor}: belum ada sesi supervisi yang dicatat, padahal pekerja sosial wajib disupervisi.',
  'r.supervisi.saranCatat':
    'Catat setiap sesi supervisi di `supervisi` (Excel: lembar Supervisi): tanggal, supervisor, tahap, aspek.',
  'r.supervisi.terlaluJarang':
    'Kasus {nomor}: {hari} hari tanpa supervisi ({dari} s.d. {sampai}), lebih lama dari selang {selang} hari yang ditetapkan lembaga.',
  'r.supervisi.masaDepan':
    'Kasus {nomor}: sesi supervisi bertanggal {tanggal}, sesudah hari ini ({hariIni}) — salah ketik?',
  'r.supervisi.sebelumLayanan':
    'Kasus {nomor}: sesi supervisi {tanggal} lebih awal dari pendekatan awal kasus ({awal}).',
  'r.supervisi.stafTakDikenal':
    'Kasus {nomor}: kode staf "{id}" pada sesi supervisi tidak ada di lembaga.yaml.',
  'r.supervisi.bukanSupervisor':
    'Kasus {nomor}: sesi supervisi dipimpin {nama} yang berperan {peran}, bukan supervisor pekerja sosial.',
  'r.supervisi.diriSendiri': 'Kasus {nomor}: {nama} tercatat menyupervisi dirinya sendiri.',
  'r.supervisi.aspekKosong':
    'Kasus {nomor}: sesi supervisi {tanggal} tidak mencatat aspeknya (edukatif, suportif, administratif).',
  'r.berkas.kesepakatan':
    'Kasus {nomor}: kesepakatan/kontrak layanan {tanggal} belum tercatat ditandatangani.',
  'r.berkas.rencana.prioritas': 'Kasus {nomor}: rencana intervensi belum mencatat skala prioritas.',
  'r.berkas.rencana.tujuan': 'Kasus {nomor}: rencana intervensi belum mencatat tujuan intervensi.',
  'r.berkas.rencana.jadwalDisepakati':
    'Kasus {nomor}: jadwal pelaksanaan intervensi belum tercatat disepakati dengan klien.',
  'r.berkas.capaianKosong':
    'Kasus {nomor}: evaluasi belum mencatat ketercapaian tujuan intervensi.',
  'r.berkas.terminasiBelumTercapai':
    'Kasus {nomor}: diterminasi (selesai) padahal capaian tujuan "{capaian}"; terminasi dilakukan bila tujuan tercapai.',
  'r.berkas.rujukanDidampingi':
    'Kasus {nomor}: klien belum tercatat didampingi mengakses lembaga penerima rujukan ({lembaga}).',
  'r.berkas.kontakPemerintahKosong':
    'Kasus {nomor}: kontak awal dengan pemerintah setempat (pemberitahuan/persetujuan) belum dicatat.',
  'r.berkas.kontakPemerintahMasaDepan':
    'Kasus {nomor}: kontak pemerintah setempat bertanggal {tanggal}, sesudah hari ini ({hariIni}) — salah ketik?',
  'r.berkas.kontakPemerintahTelat':
    'Kasus {nomor}: kontak pemerintah setempat ({tanggal}) sesudah asesmen dimulai ({asesmen}).',
  'r.berkas.evaluasiPartisipatif':
    'Kasus {nomor}: evaluasi pengembangan sosial belum tercatat dilakukan bersama masyarakat.',
  'r.produk.bukanProduk':
    'Kasus {nomor}: "{produk}" bukan produk layanan kegiatan {kegiatan} (pilihan: {daftar}).',
  'r.produk.bukanProdukMaksud':
    'Kasus {nomor}: "{produk}" bukan produk layanan kegiatan {kegiatan}. Maksud Anda "{saran}"?',
  'r.produk.kegiatanTanpaProduk':
    'Kasus {nomor}: kegiatan {kegiatan} tidak memiliki produk layanan di standar, tetapi dicatat produk "{produk}".',
  'r.produk.belumDicatat':
    'Kasus {nomor}: kasus selesai tanpa satu pun produk layanan yang dicatat.',
  'r.produk.saran':
    'Tulis produk setiap kegiatan di `produk` (Excel: kolom Produk Layanan); daftar kode: lembaga aturan kasus-produk-layanan.',
  'r.evaluasiProsedur.kosong':
    'Cara evaluasi kinerja {nama} ({tanggal}) belum dicatat (isian diri, pendapat, pertemuan, rencana berikutnya).',
  'r.evaluasiProsedur.isianDiri':
    'Evaluasi {nama}: pelaksana belum tercatat mengisi format evaluasi lebih dulu.',
  'r.evaluasiProsedur.masukan': 'Evaluasi {nama}: belum ada pendapat dari {daftar}.',
  'r.evaluasiProsedur.pertemuan':
    'Evaluasi {nama}: pertemuan pelaksana dengan pimpinan belum tercatat.',
  'r.evaluasiProsedur.rencana':
    'Evaluasi {nama}: tujuan dan rencana tahun berikutnya belum dibahas.',
  'r.evaluasiProsedur.diukur': 'Evaluasi {nama}: belum mengukur {daftar}.',
  'r.keselamatanPelaksana.informasi':
    '{nama} belum tercatat memperoleh informasi keamanan dan keselamatan.',
  'r.keselamatanPelaksana.bencana':
    '{nama} belum tercatat mengikuti latihan pengenalan dan penanganan bencana.',
  'r.keselamatanPelaksana.drill': '{nama} belum tercatat mengikuti latihan drill terakhir.',
  'r.keselamatanPelaksana.informasiKosong':
    'Belum dicatat pelaksana mana saja yang sudah memperoleh informasi keselamatan (keselamatan.pesertaInformasi).',
  'r.keselamatanPelaksana.bencanaKosong':
    'Belum dicatat peserta latihan penanganan bencana (keselamatan.pesertaLatihanBencana).',
  'r.keselamatanPelaksana.drillKosong':
    'Belum dicatat peserta latihan drill (keselamatan.pesertaLatihanDrill).',
  'r.keselamatanPelaksana.takDikenal': 'Kode staf "{id}" di daftar peserta tidak ada di staf.',
  'r.pengaduanLaporan.kosong':
    'Laporan berkala pengaduan ({periode}) ditetapkan, tetapi tanggal laporan terakhir belum dicatat.',
  'r.pengaduanLaporan.masaDepan':
    'Laporan pengaduan terakhir bertanggal {tanggal}, sesudah hari ini ({hariIni}) — salah ketik?',
  'r.pengaduanLaporan.lama':
    'Laporan pengaduan terakhir {tanggal} ({bulan} bulan lalu); laporan {periode} berikutnya seharusnya sudah ada (paling lambat {batas}).',
  'r.bebanKasus.lebih':
    '{nama} menangani {n} kasus aktif, di atas batas {maks} yang ditetapkan lembaga.',
  'r.atensiTahap.kurang': 'Kasus {nomor}: tahap ATENSI belum dicatat: {tahap}.',
  'r.atensiTahap.supervisi': 'Kasus {nomor}: tahap ATENSI belum disupervisi: {tahap}.',
  'r.atensiTahap.asesmen': 'Kasus {nomor}: aspek asesmen komprehensif ATENSI belum dicatat.',
  'r.atensiTahap.bentukKosong':
    'Kasus {nomor}: bentuk dukungan ATENSI yang diberikan belum dicatat.',
  'r.atensiTahap.bentukKurang':
    'Kasus {nomor}: kegiatan kasus memberikan bentuk ATENSI yang tidak dicatat: {bentuk}.',
  'r.atensiTahap.pascaKosong':
    'Kasus {nomor}: kasus ATENSI selesai tanpa keputusan pascalayanan (perlu atau tidak, menurut asesmen).',
  'r.atensiTahap.pascaBelum': 'Kasus {nomor}: pascalayanan diperlukan tetapi belum diberikan.',
  'r.atensiTahap.pascaMasaDepan':
    'Kasus {nomor}: pascalayanan bertanggal {tanggal}, sesudah hari ini ({hariIni}) — salah ketik?',
  'r.atensiTahap.pascaSebelum':
    'Kasus {nomor}: pascalayanan {tanggal} lebih awal dari selesainya intervensi ({selesai}).',
  'r.atensiTahap.sasaran': 'Kasus {nomor}: jenis klien {jenis} bukan sasaran ATENSI ({daftar}).',
  'r.atensiTahap.koordinator':
    'Kasus {nomor}: ATENSI dikoordinasikan {nama} yang berperan {peran}, bukan pekerja sosial.',
  'r.atensiTahap.pelaksana':
    'Kasus {nomor}: kegiatan {kegiatan} diberikan {nama} yang berperan {peran}, bukan pekerja sosial atau profesi pendamping ATENSI.',
  'r.atensiTahap.tanpaPendamping':
    'Kasus {nomor}: kasus ATENSI tanpa pekerja sosial/pendamping yang ditugaskan.',
  'r.atensiTahap.perpanjanganSebelumAsesmen':
    'Kasus {nomor}: perpanjangan {tanggal} diputuskan sebelum asesmen ({asesmen}); jangka waktu ATENSI didasarkan pada hasil asesmen.',
  'r.atensiTahap.perpanjanganTanpaDasar':
    'Kasus {nomor}: perpanjangan {tanggal} tanpa dasar (hasil asesmen, konferensi kasus, atau konferensi keluarga).',
  'r.tarifFaktor.kosong':
    'Faktor yang menjadi dasar SK tarif {layanan} belum dicatat (faktorTarif: {daftar}).',
  'r.tarifDasar.kurang': 'SK tarif {layanan} belum menyebut dasar {dasar} (1.4.1 huruf {huruf}).',
  'r.tarifDasar.tidakDicatat':
    'SK tarif {layanan} tidak mencatat dasar penentuan tarif (angka 1.4.1 a–e): tambahkan sk.tarif.dasar (lembaga init menanyakannya).',
  'r.tarifFaktor.takDikenal': 'Faktor tarif "{faktor}" tidak dikenal; pilihan: {daftar}.',
  'r.tarifFaktor.dasarTarif':
    'dasarTarif memakai {field}, tetapi faktor {faktor} tidak tercantum di faktorTarif.',
  'aturan.tidakDiperiksa': 'Tidak diperiksa (tidak dapat dinilai dari data; alasannya)',
});
