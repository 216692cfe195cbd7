/** Messages of area 'aturan' (id). */
export const aturan: Record<string, string> = {
  'aturan.tidakAda': 'Aturan "{id}" tidak dikenal. Lihat daftar dengan: lembaga aturan',
  'aturan.tidakAdaMaksud': 'Aturan "{id}" tidak dikenal. Maksud Anda "{saran}"?',
  'aturan.bagian': 'Bagian regulasi yang ditegakkan',
  'aturan.teks': 'Bunyi ketentuan',
  'aturan.cara': 'Cara membaca data',
  'aturan.contohGagal': 'Contoh gagal',
  'aturan.contohLulus': 'Contoh lulus',
  'aturan.dasarContoh':
    'Contoh diterapkan pada examples/lks-harapan-bunda/lembaga.yaml (lulus apa adanya); rangkaian uji menjalankan keduanya.',
  'aturan.dasarContohKasus':
    'Contoh diterapkan pada examples/lks-harapan-bunda/register/register-2026.yaml; rangkaian uji menjalankan keduanya.',
  'aturan.kolomId': 'Aturan',
  'aturan.kolomTingkat': 'Tingkat',
  'aturan.kolomBagian': 'Bagian',
  'aturan.kolomRingkasan': 'Ringkasan',
  'aturan.jumlah': '{n} aturan ({rulesets}). Jelaskan satu aturan: lembaga aturan <id>',
  'aturan.regulasiJudul': 'Regulasi pada {tanggal}:',
  'aturan.regulasiBerlaku': 'Berlaku',
  'aturan.regulasiDiganti': 'Bagian yang sudah diganti',
  'aturan.regulasiBelum': 'Belum berlaku pada tanggal itu (aturannya tidak ditampilkan)',
  'aturan.regulasiDicabut': 'Sudah dicabut',
  'aturan.regulasiSejak': 'sejak {tanggal}',
  'aturan.regulasiOleh': 'diganti {oleh} sejak {tanggal}',
  'aturan.dtsen.belum':
    'Kasus {nomor}: klien belum terdaftar di DTSEN (dahulu DTKS) dan belum diusulkan.',
  'aturan.dtsen.kosong': 'Kasus {nomor}: status DTSEN (dahulu DTKS) klien belum diisi.',
  'aturan.dtsen.saran':
    'Laporkan ke dinas sosial untuk diusulkan masuk DTSEN, lalu tulis dtsen: diusulkan (atau dtks: diusulkan).',
};
