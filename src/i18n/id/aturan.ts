/** Messages of area 'aturan' (id). */
export const aturan: Record<string, string> = {
  'aturan.tidakAda': 'Aturan "{id}" tidak dikenal. Lihat daftar dengan: lembaga aturan',
  'aturan.tidakAdaMaksud': 'Aturan "{id}" tidak dikenal. Maksud Anda "{saran}"?',
  'aturan.bagian': 'Bagian regulasi yang ditegakkan',
  'aturan.teks': 'Bunyi ketentuan',
  'aturan.cara': 'Cara membaca data',
  'aturan.contohGagal': 'Contoh gagal',
  'aturan.contohLulus': 'Contoh lulus',
  'aturan.contohBatasGagal': 'Contoh batas, gagal',
  'aturan.contohBatasLulus': 'Contoh batas, lulus',
  'aturan.dasarContoh':
    'Contoh diterapkan pada examples/lks-harapan-bunda/lembaga.yaml (lulus apa adanya); rangkaian uji menjalankan keduanya. Contoh dibaca dengan --tanggal 2026-11-25.',
  'aturan.dasarContohKasus':
    'Contoh diterapkan pada examples/lks-harapan-bunda/register/register-2026.yaml; rangkaian uji menjalankan keduanya. Contoh dibaca dengan --tanggal 2026-11-25.',
  'aturan.kolomId': 'Aturan',
  'aturan.kolomTingkat': 'Tingkat',
  'aturan.kolomBagian': 'Bagian',
  'aturan.kolomRingkasan': 'Ringkasan',
  'aturan.jumlah': '{n} aturan ({rulesets}). Jelaskan satu aturan: lembaga aturan <id>',
};
