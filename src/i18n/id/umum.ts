/** Messages of area 'umum' (id): program, options, files, YAML and schema messages shared by every command. */
export const umum: Record<string, string> = {
  'program.deskripsi':
    'Perangkat lembaga kesejahteraan sosial: periksa data lembaga dan register klien terhadap standar Permensos 14/2020, buat matriks tarif, buku register, laporan tahunan, dan SOP.',
  'program.bantuanSetelah':
    '\nContoh:\n  lembaga validasi examples/lks-harapan-bunda\n  lembaga aturan supervisor-pendidikan\n  lembaga laporan . --tahun 2025\n\nKode keluar: 0 selesai, 1 data bermasalah, 2 tidak dapat dijalankan, 130 dibatalkan.',
  'perintah.init': 'membuat lembaga.yaml, register kosong, dan README untuk lembaga baru',
  'perintah.validasi': 'memeriksa data lembaga dan register terhadap skema dan standar',
  'perintah.aturan': 'menampilkan semua aturan pemeriksaan, atau menjelaskan satu aturan',
  'perintah.impor': 'mengimpor register Excel/CSV lama ke register baku',
  'perintah.tarif': 'membuat matriks tarif setiap layanan (Lampiran angka 1.4.4)',
  'perintah.register': 'membuat buku register klien dan dokumen layanan lain (angka 2.2.1 f)',
  'perintah.laporan': 'membuat laporan tahunan (angka 2.6.2 g)',
  'perintah.sop': 'membuat dokumen SOP dan templat SK yang diwajibkan standar',
  'perintah.angkaKredit': 'memeriksa angka kredit pekerja sosial ASN',
  'opsi.format': 'format keluaran',
  'opsi.keluaran': 'berkas atau folder keluaran',
  'opsi.tahun': 'tahun yang dilaporkan (YYYY)',
  'opsi.tanggal':
    'tanggal yang dianggap "hari ini" untuk memeriksa masa berlaku (YYYY-MM-DD; bawaan: hari ini)',
  'opsi.layanan': 'hanya satu layanan',
  'opsi.timpa': 'menimpa berkas keluaran yang sudah ada',
  'opsi.ya': 'terima semua jawaban bawaan tanpa bertanya',
  'opsi.maksPeringatan': 'keluar dengan kode 1 bila peringatan lebih dari N',
  'opsi.tampilkanNik': 'tampilkan NIK lengkap (bawaan: disamarkan)',
  'opsi.lembar': 'nama lembar (sheet) yang diimpor',
  'opsi.lembagaFolder': 'folder lembaga (untuk mencocokkan nama pekerja sosial)',
  'opsi.pemetaan': 'berkas pemetaan kolom yang disimpan sebelumnya',
  'opsi.simpanPemetaan': 'simpan pemetaan kolom ke berkas ini',
  'opsi.gabung': 'tambahkan ke register yang sudah ada tanpa menggandakan kasus',
  'opsi.urutanTanggal': 'urutan tanggal: hbt (hari/bulan/tahun) atau bht',
  'opsi.layananBawaan': 'layanan untuk baris yang tidak menyebut layanan',
  'opsi.hitung': 'hitung matriks dari dasar tarif (tarif per jam atau tarif dasar dan pengali)',
  'opsi.jelaskan': 'tunjukkan cara setiap angka dihitung',
  'opsi.buku':
    'hanya satu buku: register, catatan-kasus, ringkasan-kasus, daftar-hadir, aset, laporan',
  'opsi.kosong': 'buat buku kosong yang siap diisi',
  'opsi.kosongTarif': 'kerangka tarif (kunci baris setiap layanan) untuk disalin ke lembaga.yaml',
  'opsi.kosongKredit': 'buat templat catatan angka kredit kosong',
  'opsi.publik': 'versi publik: angka di bawah 5 disembunyikan',
  'opsi.jejak': 'tulis juga buku kerja jejak (internal): nomor register di balik setiap angka',
  'opsi.sk': 'buat juga templat SK yang diwajibkan standar',
  'opsi.kertas': 'ukuran kertas dokumen Word: A4 (bawaan) atau F4 (folio 215 × 330 mm)',
  'opsi.bantuan': 'tampilkan bantuan',
  'opsi.bantuanPerintah': 'tampilkan bantuan untuk perintah',
  'opsi.versi': 'tampilkan versi',
  'opsi.bahasa': 'bahasa pesan: id (bawaan) atau en',
  'opsi.diam': 'hanya tampilkan galat',
  'opsi.debug': 'tampilkan jejak tumpukan (stack trace) bila terjadi galat',
  'umum.lihatBantuan': '(Jalankan dengan --help untuk bantuan.)',
  'umum.bahasaTidakDikenal': 'Bahasa "{nilai}" tidak dikenal. Pilih id atau en.',
  'umum.dibatalkan': 'Dibatalkan. Tidak ada berkas yang ditulis.',
  'umum.galat': 'Galat',
  'umum.galatInternal': 'Galat internal: {pesan}',
  'umum.saranDebug':
    'Ini kesalahan program, bukan kesalahan Anda. Jalankan lagi dengan --debug dan laporkan keluarannya.',
  'umum.belumTersedia': 'Perintah "{perintah}" belum tersedia pada versi ini.',
  'umum.pathTidakAda': 'Path "{path}" tidak ditemukan.',
  'umum.folderTanpaLembaga':
    'Folder "{folder}" tidak berisi lembaga.yaml. Buat dengan: lembaga init {folder}',
  'umum.keluaranAda':
    'Berkas "{file}" sudah ada. Pakai --timpa untuk menimpanya, atau pindahkan berkas itu dulu.',
  'umum.gagalBuatFolder': 'Folder "{folder}" tidak dapat dibuat: {pesan}',
  'umum.keluaranTerkunci':
    'Berkas "{file}" tidak dapat ditulis karena sedang dibuka atau dikunci program lain (misalnya Excel). Tutup berkas itu lalu coba lagi.',
  'umum.diskPenuh': 'Disk penuh: "{file}" tidak dapat ditulis. Berkas lama tidak berubah.',
  'umum.gagalTulis': 'Berkas "{file}" tidak dapat ditulis: {pesan}',
  'umum.tanggalTidakSah':
    'Tanggal "{nilai}" tidak sah. Tulis sebagai YYYY-MM-DD, misalnya 2025-12-31.',
  'umum.tahunTidakSah': 'Tahun "{nilai}" tidak sah. Tulis empat angka, misalnya 2025.',
  'umum.angkaTidakSah': 'Nilai "{nilai}" untuk {opsi} harus bilangan bulat 0 atau lebih.',
  'umum.formatTidakDidukung': 'Format "{format}" tidak tersedia untuk perintah ini.',
  'umum.ditulis': 'Ditulis: {file}',
  'yaml.terlaluBesar':
    'Berkas {file} lebih dari {batas} MB; batas ukuran berkas YAML adalah {batas} MB.',
  'yaml.biner':
    'Berkas {file} bukan teks YAML (berisi data biner). Apakah ini berkas Excel yang salah nama?',
  'yaml.kosong': 'Berkas {file} kosong.',
  'yaml.kunciGanda':
    'Kunci ganda di {file}: kunci yang sama ditulis dua kali di satu bagian. ({pesan})',
  'yaml.sintaks': 'Penulisan YAML di {file} tidak dapat dibaca: {pesan}',
  'yaml.versi11':
    'Berkas {file} memakai baris "%YAML 1.1"; berkas tetap dibaca sebagai YAML 1.2 (ya/tidak dan tanggal tetap teks). Hapus baris itu.',
  'yaml.identitasAngka':
    '{kunci} "{nilai}" ditulis tanpa tanda kutip sehingga terbaca sebagai angka; nilainya dibaca dari teks aslinya.',
  'yaml.saranKutip': 'Tulis nomor identitas di antara tanda kutip, misalnya nik: "<16 digit NIK>".',
  'yaml.alias':
    'Berkas {file} memakai terlalu banyak alias YAML (batas {batas}); kemungkinan berkas rusak atau berbahaya.',
  'yaml.tidakTerbaca': 'Berkas {file} tidak dapat dibaca: {pesan}',
  'yaml.bukanPeta':
    'Berkas {file} harus berisi pasangan kunci: nilai di tingkat teratas (misalnya "lembaga:").',
  'skema.akar': 'berkas',
  'skema.wajib': 'Bagian "{kunci}" wajib diisi tetapi tidak ada (di {di}).',
  'skema.kunciTakDikenal': 'Kunci "{kunci}" tidak dikenal.',
  'skema.kunciTakDikenalMaksud': 'Kunci "{kunci}" tidak dikenal. Maksud Anda "{saran}"?',
  'skema.kunciYangDikenal': 'Kunci yang dikenal di sini: {daftar}.',
  'skema.pilihan': 'Nilai "{nilai}" untuk {kolom} tidak termasuk pilihan yang sah.',
  'skema.pilihanMaksud': 'Nilai "{nilai}" untuk {kolom} tidak dikenal. Maksud Anda "{saran}"?',
  'skema.pilihanDaftar': 'Pilihan yang sah: {daftar}.',
  'skema.konstan': '{kolom} harus bernilai {nilai}.',
  'skema.tipe': '{kolom} harus berupa {harus}, tetapi tertulis {ada}.',
  'skema.atau': ' atau ',
  'skema.saranKutip': 'Tulis nilainya dengan tanda kutip agar terbaca sebagai teks.',
  'skema.tanggal':
    'Tanggal "{nilai}" pada {kolom} tidak sah. Tulis sebagai YYYY-MM-DD (misalnya 2025-03-31) dan pastikan tanggalnya ada di kalender.',
  'skema.format': 'Nilai "{nilai}" pada {kolom} bukan {format} yang sah.',
  'skema.pola': 'Nilai "{nilai}" pada {kolom} tidak sesuai bentuk yang diharapkan.',
  'skema.minimum': 'Nilai {nilai} pada {kolom} terlalu kecil (paling sedikit {batas}).',
  'skema.maksimum': 'Nilai {nilai} pada {kolom} terlalu besar (paling banyak {batas}).',
  'skema.kosong': '{kolom} tidak boleh kosong.',
  'skema.teksKosong': '{kolom} tidak boleh kosong.',
  'skema.ganda': '{kolom} berisi nilai ganda.',
  'skema.umum': '{kolom}: {pesan}',
  'skema.jenis.string': 'teks',
  'skema.jenis.number': 'angka',
  'skema.jenis.integer': 'bilangan bulat',
  'skema.jenis.boolean': 'ya/tidak (true/false)',
  'skema.jenis.object': 'bagian berisi kunci: nilai',
  'skema.jenis.array': 'daftar (baris diawali "- ")',
  'skema.jenis.null': 'kosong',
  'skema.jenis.undefined': 'kosong',
};
Object.assign(umum, {
  'cmd.judul.penggunaan': 'Penggunaan:',
  'cmd.usageOpsi': '[opsi]',
  'cmd.usageProgram': '[opsi] <perintah> [argumen]',
  'cmd.judul.opsi': 'Opsi:',
  'cmd.judul.perintah': 'Perintah:',
  'cmd.judul.argumen': 'Argumen:',
  'cmd.judul.opsiUmum': 'Opsi umum:',
  'cmd.pilihan': 'pilihan: {daftar}',
  'cmd.bawaan': 'bawaan: {nilai}',
  'cmd.err.pilihan': 'nilai "{nilai}" untuk {opsi} tidak dikenal. Pilihan: {daftar}.',
  'cmd.err.opsi': 'opsi {opsi} tidak dikenal.',
  'cmd.err.opsiMaksud': 'opsi {opsi} tidak dikenal. Maksud Anda {saran}?',
  'cmd.err.perintah': 'perintah "{perintah}" tidak dikenal.',
  'cmd.err.perintahMaksud': 'perintah "{perintah}" tidak dikenal. Maksud Anda {saran}?',
  'cmd.err.argumen': 'argumen <{argumen}> wajib diisi.',
  'cmd.err.nilaiOpsi': 'opsi {opsi} memerlukan nilai.',
  'cmd.err.terlaluBanyak': 'terlalu banyak argumen: seharusnya {harus}, tertulis {ada}.',
});
Object.assign(umum, {
  'yaml.kode.BAD_INDENT':
    'indentasi (jumlah spasi di awal baris) tidak sesuai dengan baris di atasnya',
  'yaml.kode.TAB_AS_INDENT': 'baris diawali tombol Tab; YAML hanya menerima spasi',
  'yaml.kode.MISSING_CHAR': 'ada tanda penutup yang hilang (misalnya ", \', ] atau })',
  'yaml.kode.BLOCK_AS_IMPLICIT_KEY':
    'baris ini tampak seperti kunci, tetapi tanda ":" tidak di tempatnya',
  'yaml.kode.MULTILINE_IMPLICIT_KEY':
    'kunci tidak boleh terpotong ke baris berikutnya; periksa tanda ":" dan tanda kutip',
  'yaml.kode.UNEXPECTED_TOKEN': 'ada karakter yang tidak diharapkan di sini',
  'yaml.kode.BAD_SCALAR_START':
    'nilai tidak boleh diawali karakter ini; bungkus dengan tanda kutip',
  'yaml.kode.BAD_DQ_ESCAPE':
    'garis miring terbalik (\\) di dalam tanda kutip ganda tidak sah; pakai tanda kutip tunggal',
  'yaml.kode.BLOCK_IN_FLOW': 'daftar di dalam [ ] atau { } tidak boleh memuat baris "- "',
  'yaml.kode.BAD_ALIAS': 'alias (*nama) tidak sah',
  'yaml.kode.MISSING_ANCHOR': 'alias (*nama) merujuk ke jangkar (&nama) yang tidak ada',
  'yaml.kode.ALIAS_PROPS': 'alias tidak boleh diberi tag atau jangkar',
  'yaml.kode.BAD_DIRECTIVE': 'baris yang diawali % tidak dikenal',
  'yaml.kode.MULTIPLE_DOCS': 'berkas berisi lebih dari satu dokumen (---); pakai satu saja',
  'yaml.kode.MULTIPLE_ANCHORS': 'satu nilai diberi dua jangkar',
  'yaml.kode.MULTIPLE_TAGS': 'satu nilai diberi dua tag',
  'yaml.kode.NON_STRING_KEY': 'kunci harus berupa teks',
  'yaml.kode.KEY_OVER_1024_CHARS': 'kunci lebih dari 1024 karakter',
  'yaml.kode.TAG_RESOLVE_FAILED': 'tag (!nama) tidak dikenal',
  'yaml.kode.BAD_COLLECTION_TYPE': 'jenis daftar atau bagian tidak sesuai',
  'yaml.kode.BAD_PROP_ORDER': 'jangkar dan tag tidak pada urutan yang benar',
  'yaml.kode.RESOURCE_EXHAUSTION': 'berkas terlalu rumit untuk dibaca (terlalu banyak alias)',
  'yaml.kode.IMPOSSIBLE': 'penulisan tidak dapat ditafsirkan',
  'yaml.kode.lain': 'penulisan tidak dapat ditafsirkan',
});
// Issue 14 (the terminal, several folders) and issue 17 (interrupted writes).
Object.assign(umum, {
  'program.bantuanSetelah':
    '\nContoh:\n  lembaga validasi examples/lks-harapan-bunda\n  lembaga aturan supervisor-pendidikan\n  lembaga laporan . --tahun 2025\n  lembaga bantuan tarif\n\nKode keluar: 0 selesai, 1 data bermasalah, 2 tidak dapat dijalankan,\n130 dibatalkan.',
  'cmd.perintahBantuan': 'bantuan [perintah]',
  'cmd.judul.contoh': 'Contoh:',
  'contoh.init':
    '  lembaga init lks-harapan       # tanya jawab, lalu tulis folder lks-harapan\n  lembaga init . --ya            # isi bawaan tanpa bertanya',
  'contoh.validasi':
    '  lembaga validasi                                  # folder ini\n  lembaga validasi --format xlsx -o kepatuhan.xlsx  # matriks kepatuhan\n  lembaga validasi dinas/*/ --format json -o semua.json  # semua LKS sekaligus',
  'contoh.aturan':
    '  lembaga aturan                       # semua aturan\n  lembaga aturan izin-praktik          # satu aturan, dengan contoh\n  lembaga aturan --format markdown -o -',
  'contoh.impor':
    '  lembaga impor "Register 2024.xlsx"                      # pratinjau saja\n  lembaga impor "Register 2024.xlsx" -o register/2024.xlsx\n  lembaga impor Januari.xlsx -o register/2024.xlsx --gabung',
  'contoh.tarif':
    '  lembaga tarif                             # matriks tarif di layar\n  lembaga tarif --kosong                    # kerangka tarif untuk lembaga.yaml\n  lembaga tarif --format xlsx -o tarif.xlsx',
  'contoh.register':
    '  lembaga register --tahun 2025\n  lembaga register --buku daftar-hadir --tahun 2025\n  lembaga register --kosong                 # buku kosong siap diisi',
  'contoh.laporan':
    '  lembaga laporan --tahun 2025                 # Word dan Excel\n  lembaga laporan --tahun 2025 --publik -o publik/\n  lembaga laporan --format markdown -o -       # ke layar',
  'contoh.sop':
    '  lembaga sop\n  lembaga sop --sk --layanan rehabilitasi -o dokumen/\n  lembaga sop --kertas F4                   # kertas folio 215 × 330 mm',
  'contoh.angka-kredit':
    '  lembaga angka-kredit\n  lembaga angka-kredit --kosong -o kredit/2025.xlsx',
  'cmd.err.argumen': 'Perintah ini memerlukan <{argumen}>, tetapi belum ditulis (lihat --help).',
  'cmd.err.argumen.file':
    'Sebutkan berkas register lama yang akan diimpor, misalnya: lembaga impor "Register 2024.xlsx".',
  'cmd.err.terlaluBanyakFolder':
    'Perintah {perintah} membuat dokumen untuk satu lembaga, jadi menerima satu folder, tetapi tertulis {ada}. Jalankan sekali untuk setiap folder lembaga (hanya validasi yang memeriksa beberapa folder sekaligus).',
  'umum.satuLembaga':
    'Perintah ini membuat dokumen untuk satu lembaga, tetapi path yang diberikan milik beberapa lembaga ({daftar}). Jalankan sekali untuk setiap folder lembaga.',
  'umum.lembagaTxt':
    'Berkas "{file}" bernama "{nama}": Notepad menambahkan ".txt" ketika menyimpan, sehingga berkas itu tidak terbaca sebagai lembaga.yaml. Ganti namanya menjadi lembaga.yaml (di File Explorer, centang Tampilan › Ekstensi nama berkas agar akhiran ".txt" terlihat).',
  'umum.bukanFolder': 'salah satu bagian path adalah berkas, bukan folder',
  'umum.tanpaIzin': 'tidak ada izin menulis di lokasi itu',
  'umum.lokasiTidakBisa': 'lokasi itu tidak dapat menampung folder baru ({kode})',
  'umum.keluaranBiner':
    'Format {format} adalah berkas biner dan tidak dapat ditulis ke layar (-o -). Sebutkan nama berkas, misalnya -o {contoh}.',
  'umum.ekstensiSalah':
    'Nama keluaran "{file}" berakhiran "{ada}", padahal format {format} ditulis sebagai berkas {harus}. Pakai nama berakhiran {harus}, atau pilih --format yang sesuai.',
  'umum.keluaranBanyak':
    'Perintah ini menulis beberapa berkas, jadi -o harus berupa folder, bukan "-" (layar). Contoh: -o dokumen/',
  'umum.ditulisPula': 'Ditulis pula di sampingnya: {file}',
  'progres.membaca': 'Membaca {file} ({ke}/{dari})…',
  'progres.memeriksa': 'Memeriksa {kasus} kasus…',
  'progres.memeriksaLembaga': 'Memeriksa {lembaga} ({ke}/{dari})…',
  'progres.menyusun': 'Menyusun {apa}…',
  'progres.laporan': 'Menyusun laporan…',
  'progres.buku': 'Menyusun buku register…',
  'progres.menulis': 'Menulis {file}…',
  'multi.judul': '{nama} — {folder}',
  'multi.ringkasan':
    '{lembaga}: {errors} galat, {warnings} peringatan, {infos} info di {files} berkas ({cases} kasus).',
  'multi.total':
    'Seluruhnya {jumlah} lembaga: {errors} galat, {warnings} peringatan, {infos} info di {files} berkas ({cases} kasus).',
  'multi.tanpaNama': '(tanpa lembaga.yaml)',
  'multi.lembar': 'Lembaga',
  'multi.kolomFolder': 'Folder',
  'multi.kolomNama': 'Nama lembaga',
  'multi.kolomKasus': 'Kasus',
  'multi.kolomGalat': 'Galat',
  'multi.kolomPeringatan': 'Peringatan',
  'multi.kolomInfo': 'Info',
  'multi.kolomLembar': 'Lembar matriks',
  'umum.nolKasusRegisterRusak':
    'Tidak ada kasus yang terbaca: {jumlah} berkas register tidak dapat dibaca (lihat di atas). Dokumen ini memuat 0 kasus dan tidak mewakili data lembaga; perbaiki berkas itu lalu jalankan lagi.',
});
