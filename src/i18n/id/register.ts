/** Messages of area 'register' (id). Keys are shared with the other language; a test checks both have the same keys. */
export const register: Record<string, string> = {
  'register.xlsx.tidakAda': 'Berkas {file} tidak ditemukan.',
  'register.xlsx.tidakTerbaca': 'Berkas {file} tidak bisa dibuka ({pesan}).',
  'register.xlsx.kosong': 'Berkas {file} kosong: tidak ada isinya.',
  'register.xlsx.xls':
    'Berkas {file} adalah berkas Excel lama (.xls) atau berkas Excel yang dilindungi kata sandi, bukan buku kerja .xlsx.',
  'register.xlsx.ods':
    'Berkas {file} adalah lembar kerja OpenDocument (.ods), bukan buku kerja Excel .xlsx.',
  'register.xlsx.teks': 'Berkas {file} berisi teks (misalnya CSV), bukan buku kerja Excel .xlsx.',
  'register.xlsx.bukanZip': 'Berkas {file} bukan buku kerja Excel .xlsx: isinya tidak dikenali.',
  'register.xlsx.bukanXlsx':
    'Berkas {file} adalah arsip zip, tetapi bukan buku kerja Excel (tidak ada xl/workbook.xml).',
  'register.xlsx.rusak': 'Berkas {file} rusak dan tidak bisa dibaca sebagai .xlsx ({pesan}).',
  'register.xlsx.bagianHilang': 'Berkas {file} rusak: bagian {bagian} tidak ada di dalamnya.',
  'register.xlsx.terlaluBesar':
    'Berkas {file} berisi {ukuran} MB data bila dibuka, melebihi batas {batas} MB (perlindungan terhadap "zip bomb"). Bila register memang sebesar itu, naikkan batasnya dengan variabel lingkungan LEMBAGA_MAKS_XLSX_MB.',
  'register.xlsx.terlaluBanyakBagian':
    'Berkas {file} berisi lebih dari {batas} bagian; ini bukan buku kerja Excel yang wajar.',
  'register.saranUrut':
    'Lembar anak (Kegiatan, Pengaduan, Supervisi) tidak berurutan seperti lembar Register, sehingga register ini harus dibaca utuh ke memori. Urutkan baris lembar anak menurut urutan kasus di lembar Register (seperti yang ditulis `lembaga register --kosong` dan `lembaga impor`); register yang berurutan dibaca kasus demi kasus tanpa batas ini.',
  'register.xlsx.terlaluBanyakBaris':
    'Lembar {lembar} di {file} berisi lebih dari {batas} baris (batas baris per lembar, yang diukur muat di memori); pembacaan dihentikan. Bagi register per tahun (satu buku kerja per tahun), atau, bila komputer ini bermemori besar, naikkan batasnya dengan variabel lingkungan LEMBAGA_MAKS_BARIS.',
  'register.xlsx.xmlRusak': 'Berkas {file} rusak: bagian {bagian} bukan XML yang benar ({pesan}).',
  'register.tanpaLembar': 'Buku kerja {file} tidak berisi lembar apa pun.',
  'register.tanpaLembarRegister':
    'Buku kerja {file} tidak punya lembar "Register" (lembar yang ada: {lembar}).',
  'register.tanpaJudul':
    'Lembar {lembar} di {file} tidak punya baris judul kolom berisi "No. Register" dalam {batas} baris pertama.',
  'register.kolomHilang': 'Lembar {lembar} tidak punya kolom wajib "{kolom}".',
  'register.kolomMirip':
    'Judul kolom "{judul}" di {lembar}!{sel} tidak dikenal; maksudnya "{saran}"?',
  'register.kolomGanda':
    'Kolom "{kolom}" muncul lagi di {lembar}!{sel}; hanya kolom pertama ({pertama}) yang dibaca.',
  'register.nikAngka':
    'NIK di {lembar}!{sel} tersimpan sebagai angka; digit terakhirnya mungkin sudah hilang. Ketik ulang sebagai teks.',
  'register.nikAngkaSaran':
    'Ubah format kolom NIK menjadi Teks (Format Cells → Text), lalu ketik ulang NIK dari KTP/KK. Excel menyimpan angka hanya 15 digit.',
  'register.selGalat':
    'Sel {lembar}!{sel} ({kolom}) berisi galat Excel {nilai}; isi dengan nilai yang benar.',
  'register.selRumus':
    'Sel {lembar}!{sel} ({kolom}) berisi rumus tanpa hasil tersimpan; buka berkas di Excel lalu simpan ulang, atau ganti rumus dengan nilainya.',
  'register.bukanTanggal':
    'Sel {lembar}!{sel} ({kolom}) berisi "{nilai}", bukan tanggal. Tulis tanggal sebagai dd/mm/yyyy.',
  'register.bukanYaTidak': 'Sel {lembar}!{sel} ({kolom}) berisi "{nilai}"; isi "ya" atau "tidak".',
  'register.bukanAngka':
    'Sel {lembar}!{sel} ({kolom}) berisi "{nilai}", bukan jumlah Rupiah. Tulis angka saja, misalnya 150000.',
  'register.nomorKosong':
    'Baris {baris} lembar {lembar} tidak punya No. Register; baris ini tidak bisa dihubungkan ke kasus mana pun.',
  'register.nomorTakDikenal':
    'No. Register "{nomor}" di {lembar}!{sel} tidak ada di lembar Register.',
  'register.saranSimpanUlang':
    'Buka berkas di Excel (atau LibreOffice) lalu simpan sebagai "Buku Kerja Excel (.xlsx)" tanpa kata sandi.',
  'register.saranTemplat':
    'Register Excel memakai templat lembaga: lembar Register, Kegiatan dan Pengaduan dengan judul kolom bawaan. Buat templat kosong dengan `lembaga register --kosong`, atau ubah berkas lain dengan `lembaga impor`.',
};
