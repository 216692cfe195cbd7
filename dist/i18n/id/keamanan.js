// Messages of the hardening layer (limits, input problems shown by output commands).
export const keamanan = {
    'keamanan.masalahLain': '… dan {jumlah} masalah lain. Jalankan "lembaga validasi" untuk daftar lengkapnya.',
    'keamanan.selesaiBermasalah': 'Keluaran tetap ditulis dari data yang terbaca, tetapi {jumlah} galat pada berkas masukan harus diperbaiki (kode keluar 1).',
    'keamanan.teksBernamaExcel': 'Berkas {file} bernama Excel tetapi isinya teks (CSV), bukan buku kerja .xlsx. Bila memang CSV, ganti akhiran namanya menjadi .csv lalu impor lagi; bila bukan, buka di Excel dan Simpan Sebagai "Excel Workbook (.xlsx)".',
    'keamanan.imporTerlaluBanyakBaris': 'Berkas {file} berisi lembar dengan lebih dari {batas} baris; impor dihentikan sebelum membacanya agar memori tidak habis. Bila register memang sebesar itu, bagi per tahun, atau naikkan batasnya dengan variabel lingkungan LEMBAGA_MAKS_BARIS (misalnya LEMBAGA_MAKS_BARIS=200000).',
    'keamanan.yamlTerlaluBesar': 'Berkas {file} berukuran {ukuran} MB, melebihi batas {batas} MB untuk berkas YAML; berkas tidak dibaca (berkas YAML sebesar ini tidak muat di memori). Simpan register sebesar ini sebagai buku kerja Excel baku (.xlsx, dibaca bertahap tanpa batas memori ini): `lembaga impor <berkas lama> -o register/register.xlsx`, atau bagi register YAML per tahun. Bila komputer ini bermemori besar, batasnya dapat dinaikkan dengan variabel lingkungan LEMBAGA_MAKS_YAML_MB.',
    'keamanan.yamlAlias': 'Berkas {file} memakai terlalu banyak alias YAML (*nama), melebihi batas {batas}; kemungkinan berkas rusak atau sengaja dibuat berbahaya ("billion laughs"). Bila alias itu memang perlu, naikkan batasnya dengan variabel lingkungan LEMBAGA_MAKS_ALIAS.',
    'keamanan.csvKutipTerbuka': 'Berkas {file}:{baris}: tanda kutip (") dibuka di baris {baris} tetapi tidak pernah ditutup, sehingga semua baris sesudahnya akan terbaca sebagai satu sel. Tutup tanda kutipnya (atau hapus), lalu impor lagi.',
};
