/** Messages of area 'kredit' (id). Keys are shared with the other language; a test checks both have the same keys. */
export const kredit: Record<string, string> = {
  'kredit.cli.bukanFolder':
    "'{folder}' bukan folder. Berikan folder lembaga yang berisi folder kredit/.",
  'kredit.cli.folderTidakAda': "Folder '{folder}' tidak ada.",
  'kredit.cli.laporanDitulis': 'Laporan angka kredit ditulis ke {file}.',
  'kredit.cli.lembagaTakTerbaca':
    'lembaga.yaml tidak dapat dibaca; pegawai tidak dicocokkan dengan data staf. Jalankan `lembaga validasi` untuk rinciannya.',
  'kredit.cli.tahunBelumDiisi':
    'Log tahun {kosong} belum berisi kegiatan; yang ditampilkan tahun {tahun}. Pakai --tahun {kosong} untuk melihatnya.',
  'kredit.cli.tahunSalah': "--tahun harus empat angka, misalnya 2024 (tertulis '{nilai}').",
  'kredit.cli.tahunTidakAda': 'Tidak ada log angka kredit tahun {tahun}. Tahun yang ada: {ada}.',
  'kredit.cli.tanpaLembaga':
    "Folder '{folder}' tidak berisi lembaga.yaml; pegawai tidak dicocokkan dengan data staf.",
  'kredit.cli.templatDitulis':
    'Templat log angka kredit ditulis ke {file}. Isi lembar Pegawai dan Kegiatan, lalu jalankan `lembaga angka-kredit`.',
  'kredit.cli.tidakAdaLog':
    "Folder '{folder}' tidak berisi log angka kredit (kredit/<tahun>.yaml atau kredit/<tahun>.xlsx). Buat templatnya dengan `lembaga angka-kredit --kosong`.",

  'kredit.kol.staf': 'Staf',
  'kredit.kol.jenjang': 'Jenjang',
  'kredit.kol.target': 'Target',
  'kredit.kol.klaim': 'Klaim',
  'kredit.kol.diakui': 'Diakui',
  'kredit.kol.selisih': 'Selisih',
  'kredit.kol.status': 'Status',
  'kredit.kol.langkah': 'Langkah',
  'kredit.kol.utama': 'Utama',
  'kredit.kol.penunjang': 'Penunj.',
  'kredit.kol.pp': 'Peng.Pr.',
  'kredit.kol.total': 'Total',
  'kredit.kol.perubahan': 'Ubah',

  'kredit.langkah.klaim': 'Klaim',
  'kredit.langkah.tingkat': 'Tingkat jabatan',
  'kredit.langkah.penulis': 'Penulis bersama',
  'kredit.langkah.penunjang': 'Batas penunjang 20 %',
  'kredit.langkah.capaian': 'Batas capaian 150 %',

  'kredit.muat.bukanPeta':
    '{file}: isi berkas harus berupa peta (kunci: nilai), dengan `tahun` dan `pegawai`.',
  'kredit.muat.bukanXlsx':
    '{file} bukan berkas .xlsx (mungkin .xls atau .ods). Simpan ulang sebagai Excel Workbook (.xlsx).',
  'kredit.muat.kegiatanTanpaPegawai':
    "Kegiatan untuk staf '{staf}' tetapi staf itu tidak ada di lembar {lembar}.",
  'kredit.muat.kolomHilang': "Kolom wajib '{kolom}' tidak ada di baris judul lembar {lembar}.",
  'kredit.muat.lembarHilang':
    '{file} tidak mempunyai lembar {lembar}. Buat templat dengan `lembaga angka-kredit --kosong`.',
  'kredit.muat.nipAngka':
    'NIP di {sel} tersimpan sebagai angka; angka 18 digit sudah kehilangan digit terakhirnya di Excel.',
  'kredit.muat.saranKutip': 'Tulis NIP dalam tanda kutip, misalnya nip: "199001152015032001".',
  'kredit.muat.saranNipTeks': 'Format kolom NIP sebagai Teks, lalu ketik ulang NIP-nya.',
  'kredit.muat.tahunBeda':
    '{file}: tahun di dalam berkas ({tahun}) berbeda dengan nama berkas ({nama}).',
  'kredit.muat.tidakTerbaca': '{file} tidak dapat dibaca: {pesan}',
  'kredit.muat.xlsxRusak': '{file} tidak dapat dibuka sebagai .xlsx: {pesan}',

  'kredit.saran.ambang':
    'Isi `ambang` (kenaikanPangkat, kenaikanJenjang) dari Lampiran IV–VIII sesuai pendidikan dan golongan.',
  'kredit.saran.nipBeda': 'Samakan NIP di log dengan asn.nip di lembaga.yaml.',
  'kredit.saran.pelatihan':
    'Isi tanggal lulus di `pelatihanFungsional`, atau daftarkan pegawai ke pelatihan fungsional.',
  'kredit.saran.penulisSetara':
    'Perbaiki jumlah penulis, atau pakai peran: setara bila penulis utama tidak dapat ditentukan.',
  'kredit.saran.stafTidakAda':
    'Pakai id staf yang ada di lembaga.yaml (kunci `id` di daftar staf).',
  'kredit.saran.tanpaPenugasan':
    'Lampirkan penugasan tertulis pimpinan unit kerja dan isi penugasanTertulis: true.',

  'kredit.status.belumDiisi': 'belum diisi',
  'kredit.status.berjalan': 'berjalan',
  'kredit.status.kurang': 'KURANG',
  'kredit.status.memenuhi': 'memenuhi',
  'kredit.status.temuan': 'ada temuan',

  'kredit.teks.error': 'galat',
  'kredit.teks.info': 'info',
  'kredit.teks.warning': 'peringatan',
  'kredit.teks.judul': 'Angka kredit tahun {tahun} — {ruleset}',
  'kredit.teks.judulPegawai': '{staf} · {jenjang} · {golongan} · NIP {nip}',
  'kredit.teks.target':
    'Target {target} ({bagian}); batas diakui {batas}; unsur utama diakui {diakui}; selisih {selisih}.',
  'kredit.teks.total':
    'Total diakui tahun ini (utama + penunjang + pengembangan profesi): {total}.',
  'kredit.teks.penunjang':
    'Batas penunjang {batas} (20 % ambang kenaikan pangkat); sudah terpakai {sebelumnya}; sisa {sisa}.',
  'kredit.teks.kumulatif': 'Kumulatif untuk kenaikan pangkat: {total} dari {ambang}{sumber}.',
  'kredit.teks.kumulatifJenjang': 'Kumulatif untuk kenaikan jenjang: {total} dari {ambang}.',
  'kredit.teks.pengembanganProfesi':
    'Pengembangan profesi untuk naik jenjang: {total} dari {minimal} ({bagian}).',
  'kredit.teks.temuanUmum': 'Temuan lain:',
  'kredit.teks.ringkasan':
    '{pegawai} pegawai: {memenuhi} memenuhi target, {kurang} kurang{lainnya}; {errors} galat, {warnings} peringatan, {infos} info.',
  'kredit.teks.ringkasanBelumDiisi': ', {n} belum diisi',
  'kredit.teks.ringkasanBerjalan': ', {n} belum dinilai (tahun berjalan)',

  'kredit.templat.judul':
    'Log angka kredit Pekerja Sosial (PermenPANRB 2020 tentang Jabatan Fungsional Pekerja Sosial)',
  'kredit.templat.petunjuk': [
    'Isi tahun penilaian di sel B2.',
    'Lembar Pegawai: satu baris per Pekerja Sosial PNS. Id staf = id di lembaga.yaml. NIP ditulis sebagai teks (18 digit).',
    'Lembar Kegiatan: satu baris per kegiatan. Nilai = angka kredit butir kegiatan menurut Lampiran I–III peraturan; Volume = jumlah hasil kerja.',
    'Unsur: utama (tugas jabatan), penunjang (Pasal 37), pengembangan-profesi (Pasal 39).',
    'Tingkat: sendiri, satu-tingkat-di-atas (dinilai 80 %), satu-tingkat-di-bawah (100 %); keduanya wajib penugasan tertulis (Pasal 10–11).',
    'Karya tulis bersama: isi Peran penulis (utama, pembantu, setara) dan Jumlah penulis (Pasal 40).',
    'Lembar Ambang: angka kredit kumulatif kenaikan pangkat/jenjang dari Lampiran IV–VIII menurut golongan dan pendidikan.',
    'Kolom ya/tidak: tulis ya atau tidak. Tanggal: YYYY-MM-DD.',
  ].join('\n'),

  'kredit.temuan.ambangJenjang':
    '{staf} diusulkan naik jenjang, tetapi ambang kenaikan jenjang untuk golongan {golongan}, pendidikan {pendidikan} tidak diisi.',
  'kredit.temuan.ambangPangkat':
    '{staf} diusulkan naik pangkat, tetapi ambang kenaikan pangkat untuk golongan {golongan}, pendidikan {pendidikan} tidak diisi.',
  'kredit.temuan.ambangPenunjang':
    '{staf} mempunyai kegiatan penunjang, tetapi ambang kenaikan pangkat untuk golongan {golongan}, pendidikan {pendidikan} tidak diisi; batas 20 % tidak dapat dihitung dan penunjang dihitung penuh.',
  'kredit.temuan.batasCapaian':
    '{staf}: unsur utama {klaim} melebihi batas {batas} (150 % dari target {target}); {potong} tidak diakui.',
  'kredit.temuan.batasPenunjang':
    '{staf}: penunjang {klaim} melebihi sisa batas {sisa} (batas {batas} = 20 % dari {ambang}, sudah terpakai {sebelumnya}); {potong} tidak dihitung.',
  'kredit.temuan.belumDiisi':
    '{staf} ({jenjang}): belum ada kegiatan tercatat di log tahun {tahun} (belum diisi); target {target} belum dinilai.',
  'kredit.temuan.jenisPengangkatan':
    "{staf} kategori keterampilan tercatat dengan jenis pengangkatan '{jenis}', yang menurut peraturan hanya untuk kategori keahlian.",
  'kredit.temuan.jenjangKategori': '{jenjang} bukan jenjang kategori {kategori}.',
  'kredit.temuan.kumulatifJenjang':
    '{staf} diusulkan naik jenjang dengan angka kredit kumulatif {total}; dipersyaratkan {ambang} (kurang {kurang}).',
  'kredit.temuan.kumulatifPangkat':
    '{staf} diusulkan naik pangkat dengan angka kredit kumulatif {total}; dipersyaratkan {ambang} (kurang {kurang}).',
  'kredit.temuan.kurangTarget':
    '{staf} ({jenjang}): unsur utama diakui {diakui}, target paling sedikit {target} (kurang {kurang}).',
  'kredit.temuan.kurangTargetBerjalan':
    '{staf} ({jenjang}): sejauh ini unsur utama diakui {diakui} dari target {target}; tahun {tahun} masih berjalan, target dinilai setelah 31 Desember.',
  'kredit.temuan.magister':
    '{staf}: jenjang Ahli Utama mensyaratkan ijazah magister; pendidikan tercatat {pendidikan}.',
  'kredit.temuan.magisterKosong':
    '{staf}: jenjang Ahli Utama mensyaratkan ijazah magister; pendidikan tidak diisi.',
  'kredit.temuan.nipBeda': '{staf}: NIP di log berbeda dengan NIP di lembaga.yaml.',
  'kredit.temuan.pegawaiGanda': '{staf} dicatat lebih dari sekali dalam log tahun {tahun}.',
  'kredit.temuan.pelatihanKenaikan':
    '{staf} diusulkan naik jenjang tetapi belum lulus pelatihan fungsional.',
  'kredit.temuan.pelatihanLewat':
    '{staf} diangkat {diangkat} dan belum lulus pelatihan fungsional; batasnya {batas} (3 tahun).',
  'kredit.temuan.pengembanganProfesi':
    '{staf}: pengembangan profesi {total}, untuk naik ke {ke} dipersyaratkan {minimal}.',
  'kredit.temuan.penulisTidakValid':
    '{staf}, kegiatan {no}: {jumlah} penulis dengan penulis utama/pembantu; penulis pembantu paling banyak {maks}. Dihitung sama rata sampai diperbaiki.',
  'kredit.temuan.stafTidakAda': "Staf '{staf}' tidak ada di lembaga.yaml.",
  'kredit.temuan.tanpaPenugasan':
    '{staf}, kegiatan {no}: tugas jenjang lain tanpa penugasan tertulis; {klaim} tidak dinilai.',
  'kredit.temuan.tingkatBukanUtama':
    '{staf}, kegiatan {no}: tingkat jabatan hanya berlaku untuk unsur utama; diabaikan.',
  'kredit.temuan.tingkatTidakAda':
    '{staf}, kegiatan {no}: {jenjang} tidak mempunyai jenjang {tingkat}; kegiatan tidak dinilai.',
  'kredit.temuan.usia':
    '{staf} diangkat ke {jenjang} melalui perpindahan pada usia {usia}; paling tinggi {batas} tahun.',

  'kredit.xlsx.ringkasan': 'Ringkasan',
  'kredit.xlsx.temuan': 'Temuan',
  'kredit.xlsx.langkah': 'Langkah perhitungan',
  'kredit.xlsx.kegiatan': 'Rincian kegiatan',
  'kredit.xlsx.judulPegawai': 'Angka kredit tahun {tahun} — {staf}',
  'kredit.xlsx.info.staf': 'Id staf',
  'kredit.xlsx.info.nip': 'NIP',
  'kredit.xlsx.info.jenjang': 'Jenjang',
  'kredit.xlsx.info.golongan': 'Pangkat/golongan',
  'kredit.xlsx.info.pendidikan': 'Pendidikan',
  'kredit.xlsx.info.target': 'Target',
  'kredit.xlsx.info.batas': 'Batas diakui (150 %)',
  'kredit.xlsx.info.diakuiUtama': 'Unsur utama diakui',
  'kredit.xlsx.info.selisih': 'Selisih terhadap target',
  'kredit.xlsx.info.total': 'Total diakui',
  'kredit.xlsx.info.kumulatif': 'Kumulatif kenaikan pangkat',
  'kredit.xlsx.kol.no': 'No',
  'kredit.xlsx.kol.staf': 'Id staf',
  'kredit.xlsx.kol.nip': 'NIP',
  'kredit.xlsx.kol.kategori': 'Kategori',
  'kredit.xlsx.kol.jenjang': 'Jenjang',
  'kredit.xlsx.kol.golongan': 'Golongan',
  'kredit.xlsx.kol.target': 'Target',
  'kredit.xlsx.kol.dasarTarget': 'Dasar target',
  'kredit.xlsx.kol.klaimUtama': 'Klaim utama',
  'kredit.xlsx.kol.diakuiUtama': 'Utama diakui',
  'kredit.xlsx.kol.penunjangDiakui': 'Penunjang diakui',
  'kredit.xlsx.kol.ppDiakui': 'Pengembangan profesi diakui',
  'kredit.xlsx.kol.totalDiakui': 'Total diakui',
  'kredit.xlsx.kol.selisih': 'Selisih',
  'kredit.xlsx.kol.status': 'Status',
  'kredit.xlsx.kol.galat': 'Galat',
  'kredit.xlsx.kolLangkah.langkah': 'Langkah',
  'kredit.xlsx.kolLangkah.dasar': 'Dasar',
  'kredit.xlsx.kolLangkah.utama': 'Utama',
  'kredit.xlsx.kolLangkah.penunjang': 'Penunjang',
  'kredit.xlsx.kolLangkah.pp': 'Pengembangan profesi',
  'kredit.xlsx.kolLangkah.total': 'Total',
  'kredit.xlsx.kolLangkah.perubahan': 'Perubahan',
  'kredit.xlsx.kolKegiatan.no': 'No',
  'kredit.xlsx.kolKegiatan.uraian': 'Uraian',
  'kredit.xlsx.kolKegiatan.unsur': 'Unsur',
  'kredit.xlsx.kolKegiatan.klaim': 'Klaim',
  'kredit.xlsx.kolKegiatan.tingkat': 'Tingkat',
  'kredit.xlsx.kolKegiatan.faktorTingkat': 'Faktor tingkat',
  'kredit.xlsx.kolKegiatan.faktorPenulis': 'Faktor penulis',
  'kredit.xlsx.kolKegiatan.dasar': 'Dasar',
  'kredit.xlsx.kolKegiatan.diakui': 'Diakui',
  'kredit.xlsx.kolTemuan.tingkat': 'Tingkat',
  'kredit.xlsx.kolTemuan.aturan': 'Aturan',
  'kredit.xlsx.kolTemuan.pesan': 'Pesan',
  'kredit.xlsx.kolTemuan.rujukan': 'Rujukan',
  'kredit.xlsx.kolTemuan.lokasi': 'Lokasi',
  'kredit.temuan.tanggalMasaDepan':
    '{staf}: {bidang} bertanggal {tanggal}, sesudah hari ini ({hariIni}) — salah ketik?',
  'kredit.temuan.tanggalLuarTahun':
    '{staf}, kegiatan {no}: bertanggal {tanggal}, di luar tahun log {tahun}. Catat di log tahunnya.',
  'kredit.temuan.tanggalMetodeKonversi':
    '{staf}, kegiatan {no}: bertanggal {tanggal}, di luar tahun log {tahun}. Sejak 1 Januari 2023 angka kredit dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023), bukan butir kegiatan: catat tahun itu di kredit/<tahun>.yaml bentuk konversi (`lembaga angka-kredit --kosong --tahun <tahun>`).',
  'kredit.temuan.tanggalSebelumDiangkat':
    '{staf}, kegiatan {no}: bertanggal {tanggal}, sebelum pengangkatan dalam jabatan ({diangkat}).',
  'kredit.temuan.skpTidakAda': '{staf}: SKP tahun ini tidak dicatat (`skp.disusun`).',
  'kredit.temuan.skpBelumDisetujui':
    '{staf}: SKP disusun {disusun} tetapi belum tercatat disetujui atasan langsung (`skp.disetujui`).',
  'kredit.temuan.skpUrutan':
    '{staf}: SKP tercatat disetujui {disetujui}, sebelum disusun {disusun}.',
  'kredit.temuan.ujiKompetensi':
    '{staf} diusulkan naik jenjang tetapi belum tercatat lulus Uji Kompetensi (`ujiKompetensi`).',
  'kredit.temuan.ujiKompetensiPromosi':
    '{staf} diangkat melalui promosi tetapi belum tercatat lulus Uji Kompetensi (`ujiKompetensi`).',
  'kredit.temuan.hasilKerja':
    '{staf}: {n} dari {dari} kegiatan unsur utama tanpa dokumentasi Hasil Kerja (`bukti`).',
  'kredit.saran.skp': 'Catat tanggal SKP disusun dan disetujui atasan langsung di `skp`.',
  'kredit.saran.ujiKompetensi':
    'Isi tanggal lulus Uji Kompetensi di `ujiKompetensi`, atau tunda usul kenaikan jenjang.',
  'kredit.saran.hasilKerja':
    'Isi `bukti` setiap kegiatan dengan tempat dokumentasinya (laporan, arsip, berkas kasus).',
  'kredit.konversi.predikatTidakDikenal':
    "{staf}: predikat kinerja '{nilai}' tidak dikenal; pilih Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang atau Sangat Kurang.",
  'kredit.konversi.saranPredikat':
    'Tulis salah satu: sangat-baik, baik, butuh-perbaikan (dahulu cukup), kurang, sangat-kurang.',
  'kredit.konversi.bulanTidakSah':
    "{staf}: bulan periode '{nilai}' tidak terbaca; tulis bulan sebagai YYYY-MM, misalnya {tahun}-01.",
  'kredit.konversi.periodeLuarTahun': '{staf}: bulan {nilai} di luar tahun log {tahun}.',
  'kredit.konversi.periodeTerbalik': '{staf}: periode {dari} s.d. {sampai} berakhir sebelum mulai.',
  'kredit.konversi.periodeTumpang':
    '{staf}: periode {no} tumpang tindih dengan periode {lain} (bulan {bulan}).',
  'kredit.konversi.lebih12Bulan':
    '{staf}: periode setahun berjumlah {bulan} bulan; paling banyak 12.',
  'kredit.konversi.jenjangTidakDikenal': "{staf}: jenjang '{nilai}' tidak dikenal.",
  'kredit.konversi.golonganTidakSesuai':
    '{staf}: golongan {golongan} tidak sesuai jenjang {jenjang} (rentang {rentang}).',
  'kredit.konversi.metodeLama':
    '{file}: log tahun {tahun} berbentuk butir kegiatan (PermenPANRB 2020), padahal sejak 1 Januari 2023 angka kredit dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023, PerBKN 3/2023). Log ini tidak dihitung.',
  'kredit.konversi.saranMetodeLama':
    'Tulis ulang log {tahun} dalam bentuk konversi (`versi: 2`, per pegawai `periode` dengan jenjang, golongan, dari, sampai, predikat); `lembaga angka-kredit --kosong --tahun {tahun}` menulis templatnya. Lihat docs/angka-kredit.md.',
  'kredit.konversi.metodeBaru':
    '{file}: log tahun {tahun} berbentuk konversi predikat kinerja, yang baru berlaku sejak 1 Januari 2023; tahun {tahun} dihitung per butir kegiatan (PermenPANRB 2020). Log ini tidak dihitung.',
  'kredit.konversi.saranMetodeBaru':
    'Catat tahun sebelum 2023 dalam bentuk butir kegiatan (`versi: 1`, per pegawai `kegiatan`), atau perbaiki `tahun`.',
  'kredit.konversi.superseded':
    'Angka kredit {tahun} dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023), bukan butir kegiatan 2020.',
  'kredit.konversi.judulKonversi': 'Konversi Predikat Kinerja ke Angka Kredit',
  'kredit.konversi.judulAkumulasi': 'Akumulasi Angka Kredit',
  'kredit.konversi.kolStaf': 'Staf',
  'kredit.konversi.kolNip': 'NIP',
  'kredit.konversi.kolJenjang': 'Jenjang',
  'kredit.konversi.kolGolongan': 'Gol.',
  'kredit.konversi.kolPeriode': 'Periode',
  'kredit.konversi.kolBulan': 'Bulan',
  'kredit.konversi.kolPredikat': 'Predikat',
  'kredit.konversi.kolPersen': '%',
  'kredit.konversi.kolKoefisien': 'Koefisien',
  'kredit.konversi.kolAk': 'AK',
  'kredit.konversi.kolAwal': 'AK awal',
  'kredit.konversi.kolIntegrasi': 'Integrasi',
  'kredit.konversi.kolTahunIni': 'AK tahun ini',
  'kredit.konversi.kolKumPangkat': 'Kumulatif pangkat',
  'kredit.konversi.kolAmbangPangkat': 'Ambang pangkat',
  'kredit.konversi.kolKurangPangkat': 'Kurang (pangkat)',
  'kredit.konversi.kolKumJenjang': 'Kumulatif jenjang',
  'kredit.konversi.kolAmbangJenjang': 'Ambang jenjang',
  'kredit.konversi.kolKurangJenjang': 'Kurang (jenjang)',
  'kredit.konversi.kolPengembangan': 'Pengembangan profesi',
  'kredit.konversi.ppWajib': 'wajib untuk naik ke {ke}',
  'kredit.konversi.ppTidak': 'tidak disyaratkan',
  'kredit.konversi.metode': 'Metode: {judul}.',
  'kredit.konversi.sumberTabel':
    'Tabel: persentase — {persentase}; koefisien — {koefisien}; ambang — {ambang}.',
  'kredit.konversi.override': 'Tabel diganti dari {file} ({bagian}).',
  'kredit.konversi.ringkasan':
    '{pegawai} pegawai, {ak} AK tahun {tahun}: {errors} galat, {warnings} peringatan, {infos} info.',
  'kredit.konversi.tabelTidakSah': '{file}: {pesan}',
  'kredit.konversi.templatDitulis':
    'Templat log angka kredit {tahun} (konversi predikat kinerja) ditulis ke {file}. Isi lembar Periode, lalu jalankan `lembaga angka-kredit`.',
  'kredit.konversi.petunjuk':
    'Satu baris per periode penilaian seorang pegawai. Kenaikan pangkat/jenjang di tengah tahun: dua baris (misalnya 2025-01 s.d. 2025-06 dan 2025-07 s.d. 2025-12).\nPredikat: Sangat Baik, Baik, Butuh Perbaikan (Cukup), Kurang, Sangat Kurang.\nAK integrasi (angka kredit sebelum 2023 dikurangi nilai dasar jenjang) diisi sekali, pada tahun pertama.\nAngka kredit = persentase predikat × koefisien tahunan jenjang × bulan/12 (PermenPANRB 1/2023, PerBKN 3/2023).',
  'kredit.konversi.sumberSatu': 'Tabel persentase, koefisien dan ambang: {sumber}.',
  'kredit.konversi.predikatBelumDiisi':
    '{staf}: periode {dari} s.d. {sampai} belum diisi predikat kinerjanya.',
  'kredit.temuan.syaratTidakAda':
    '{staf}: pengangkatan {jenis} tanpa bukti persyaratan (`pengangkatan.syarat`).',
  'kredit.temuan.syarat': '{staf}: persyaratan pengangkatan {jenis} `{kunci}` belum dibuktikan.',
  'kredit.temuan.syaratIjazah':
    '{staf}: pengangkatan {jenis} mensyaratkan ijazah paling rendah S1/D4; tercatat {pendidikan}.',
  'kredit.temuan.syaratNilai':
    '{staf}: pengangkatan {jenis} mensyaratkan predikat kinerja paling rendah baik dalam {n} tahun terakhir (`syarat.nilaiKinerja`).',
  'kredit.temuan.syaratPengalaman':
    '{staf}: pengangkatan {jenis} mensyaratkan pengalaman paling singkat 2 tahun; tercatat {tahun} tahun (`syarat.pengalamanTahun`).',
  'kredit.temuan.syaratUji':
    '{staf}: pengangkatan {jenis} mensyaratkan lulus Uji Kompetensi (`ujiKompetensi`).',
  'kredit.temuan.pnsSatuTahun':
    '{staf}: diangkat dalam jabatan {tanggal}, lebih dari 1 tahun setelah TMT PNS {pns} (paling lambat {batas}).',
  'kredit.temuan.pelantikanTidakAda':
    '{staf}: tanggal pelantikan dan sumpah/janji tidak dicatat (`pengangkatan.pelantikan`).',
  'kredit.temuan.pelantikanSebelum':
    '{staf}: dilantik {pelantikan}, sebelum tanggal pengangkatan {tanggal}.',
  'kredit.temuan.lowonganKenaikan':
    '{staf} diusulkan naik jenjang padahal dicatat menunggu lowongan (`menungguLowongan`).',
  'kredit.temuan.tugasBelajarPendek':
    '{staf}: tugas belajar {mulai} s.d. {selesai} tidak lebih dari 6 bulan, jadi bukan alasan pemberhentian dari jabatan.',
  'kredit.temuan.pemberhentianIzin':
    '{staf}: pemberhentian ({alasan}) sejak {mulai} tanpa pemeriksaan dan izin Pejabat yang Berwenang sebelumnya (`izin`: {izin}).',
  'kredit.temuan.pemberhentianTidakKembali':
    '{staf}: diberhentikan karena {alasan} sejak {mulai} dan tidak dapat diangkat kembali dalam jabatan.',
  'kredit.temuan.pemberhentianUrutan':
    '{staf}: diangkat kembali {kembali}, sebelum pemberhentian ({alasan}) mulai {mulai}.',
  'kredit.temuan.kegiatanDiberhentikan':
    '{staf}, kegiatan {no}: bertanggal {tanggal}, dalam masa diberhentikan ({alasan}) sejak {mulai}; {n} kegiatan tidak dinilai sebelum diangkat kembali.',
  'kredit.temuan.rangkapJabatan':
    '{staf}: merangkap jabatan {jenis} (sejak {mulai}) tanpa diberhentikan dari jabatan fungsional.',
  'kredit.temuan.organisasiProfesi':
    '{staf}: tidak tercatat sebagai anggota organisasi profesi (lembaga.yaml `organisasiProfesi`).',
  'kredit.temuan.ijazahKeterampilan':
    '{staf}: kategori keterampilan berpendidikan {pendidikan}; wajib memperoleh ijazah S1/D4 paling lambat {batas}, bila tidak diberhentikan dari jabatan.',
  'kredit.temuan.sebelumBerlaku':
    '{staf}, kegiatan {no}: bertanggal {tanggal}, sebelum peraturan berlaku (27 Mei 2020); {n} kegiatan dinilai menurut KEP/03/I/M.PAN/2004.',
  'kredit.saran.syarat':
    'Catat bukti persyaratan di `pengangkatan.syarat` (lihat docs/angka-kredit.md).',
  'kredit.temuan.skpTargetTidakAda':
    '{staf}: SKP tanpa target angka kredit (`skp.targetAngkaKredit`; paling sedikit {minimal}).',
  'kredit.temuan.skpTarget':
    '{staf}: target angka kredit SKP {target} di bawah target minimal jenjangnya {minimal}.',
  'kredit.temuan.skpBelumDinilai':
    '{staf}: SKP tahun {tahun} belum tercatat dinilai (`skp.dinilai`).',
  'kredit.temuan.skpUrutanNilai': '{staf}: SKP tercatat dinilai {a}, sebelum disetujui {b}.',
  'kredit.temuan.skpBelumDisampaikan':
    '{staf}: capaian SKP (dinilai {dinilai}) belum tercatat disampaikan kepada Tim Penilai (`skp.disampaikan`).',
  'kredit.temuan.skpUrutanSampai':
    '{staf}: capaian SKP tercatat disampaikan {a}, sebelum SKP dinilai {b}.',
  'kredit.temuan.pelatihan':
    '{staf}: tidak tercatat mengikuti pelatihan fungsional maupun teknis (`pelatihanFungsional`, lembaga.yaml `pelatihan`).',
};
