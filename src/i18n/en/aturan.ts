/** Messages of area 'aturan' (en). */
export const aturan: Record<string, string> = {
  'aturan.tidakAda': 'Unknown rule "{id}". List them with: lembaga rules',
  'aturan.tidakAdaMaksud': 'Unknown rule "{id}". Did you mean "{saran}"?',
  'aturan.bagian': 'Sections enforced',
  'aturan.teks': 'What the regulation says',
  'aturan.cara': 'How the data is read',
  'aturan.contohGagal': 'Failing example',
  'aturan.contohLulus': 'Passing example',
  'aturan.dasarContoh':
    'Examples apply to examples/lks-harapan-bunda/lembaga.yaml (which passes as is); the test suite runs both.',
  'aturan.dasarContohKasus':
    'Examples apply to examples/lks-harapan-bunda/register/register-2026.yaml; the test suite runs both.',
  'aturan.kolomId': 'Rule',
  'aturan.kolomTingkat': 'Severity',
  'aturan.kolomBagian': 'Sections',
  'aturan.kolomRingkasan': 'Summary',
  'aturan.jumlah': '{n} rules ({rulesets}). Explain one: lembaga rules <id>',
  'aturan.regulasiJudul': 'Regulations on {tanggal}:',
  'aturan.regulasiBerlaku': 'In force',
  'aturan.regulasiDiganti': 'Parts already replaced',
  'aturan.regulasiBelum': 'Not yet in force on that date (their rules are not shown)',
  'aturan.regulasiDicabut': 'Revoked',
  'aturan.regulasiSejak': 'since {tanggal}',
  'aturan.regulasiOleh': 'replaced by {oleh} since {tanggal}',
  'aturan.dtsen.belum':
    'Case {nomor}: the client is not in DTSEN (formerly DTKS) and has not been proposed.',
  'aturan.dtsen.kosong':
    "Case {nomor}: the client's DTSEN (formerly DTKS) status is not filled in.",
  'aturan.dtsen.saran':
    'Report to the social affairs office for inclusion in DTSEN, then write dtsen: diusulkan (or dtks: diusulkan).',
  'aturan.akreditasi.lembar': 'Accreditation Index',
  'aturan.akreditasi.judul': 'Accreditation evidence index',
  'aturan.akreditasi.pengantar':
    'The parts, tables and findings of this report by the five accreditation components of {regulasi} (in force on {tanggal}).',
  'aturan.akreditasi.tabel': 'Evidence index per accreditation component',
  'aturan.akreditasi.kolKomponen': 'Component',
  'aturan.akreditasi.kolBagian': 'Aspects (Pasal 34; Lampiran sections)',
  'aturan.akreditasi.kolTabel': 'Tables',
  'aturan.akreditasi.kolTemuan': 'Open findings (rules)',
  'aturan.akreditasi.k.program': 'Programme',
  'aturan.akreditasi.k.sdm': 'Human resources',
  'aturan.akreditasi.k.manajemen': 'Management and organisation',
  'aturan.akreditasi.k.sarana': 'Facilities',
  'aturan.akreditasi.k.hasil': 'Service results',
  'aturan.akreditasi.dasar': 'Accreditation for {bidang}: granted under {dasar}.',
  'aturan.akreditasi.dasarTidakDicatat': 'a regulation not recorded (fill in `akreditasi[].dasar`)',
};
