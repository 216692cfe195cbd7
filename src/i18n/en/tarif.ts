/** Messages of area 'tarif' (en). Keys are shared with the other language; a test checks both have the same keys. */
export const tarif: Record<string, string> = {
  'tarif.durasi.1-jam': '1 hour',
  'tarif.durasi.2-jam': '2 hours',
  'tarif.durasi.lebih-2-jam': '> 2 hours',
  'tarif.durasi.5-tahap': '5 stages',
  'tarif.tingkat.tingkat1': 'TIER I/ BASIC',
  'tarif.tingkat.tingkat2': 'TIER II/ SPECIALIST',
  'tarif.tingkat.tingkat3': 'TIER III/ SUBSPECIALIST',
  'tarif.kolom.no': 'NO',
  'tarif.kolom.jenis': 'SERVICE',
  'tarif.kolom.waktu': 'TIME',
  'tarif.kolom.tarif': 'SERVICE FEE',
  'tarif.kolom.tarifRp': 'SERVICE FEE (Rp)',
  'tarif.kolom.ket': 'NOTES',
  'tarif.kolom.layanan': 'SERVICE AREA',
  'tarif.kolom.kunci': 'KEY',
  'tarif.kolom.tingkat': 'TIER',
  'tarif.kolom.faktor': 'FACTOR',
  'tarif.kolom.bagian': 'SECTION',
  'tarif.kolom.nilai': 'VALUE',
  'tarif.kolom.hasil': 'RESULT (Rp)',
  'tarif.opsional': '(optional)',
  'tarif.ket.opsional': 'Optional',
  'tarif.ket.tidak-diselenggarakan': 'Optional, not offered',
  'tarif.ket.belum-lengkap': 'Fee not yet set',
  'tarif.celah': '(missing)',
  'tarif.judulEn': 'Service Fee Matrix: {layanan}',
  'tarif.skBelumAda': 'Fee decree ({bagian}): number not recorded',
  'tarif.skNomor': 'Annex to decree of the head of the institution No. {nomor}',
  'tarif.skNomorTanggal': 'Annex to decree of the head of the institution No. {nomor} of {tanggal}',
  'tarif.sumberMatriks': 'Row layout: Permensos 14/2020 {bagian}.',
  'tarif.sumberHitung':
    "Amounts computed from the institution's fee basis (1.4.1–1.4.2); fix them by decree (1.4.3).",
  'tarif.lembagaTanpaNama': '(institution name not filled in)',
  'tarif.pimpinanLembaga': 'Head of the institution',
  'tarif.footer': '&L{judul}&RPage &P of &N',
  'tarif.lembar.pencegahan': 'Fees Prevention',
  'tarif.lembar.perlindungan': 'Fees Protection',
  'tarif.lembar.rehabilitasi': 'Fees Rehabilitation',
  'tarif.lembar.pemberdayaan': 'Fees Empowerment',
  'tarif.lembar.pengembangan': 'Fees Development',
  'tarif.lembar.proBono': 'Pro Bono Quota',
  'tarif.lembar.perhitungan': 'Calculation',
  'tarif.penjelasanJudul':
    'Calculation (1.4.1–1.4.2), the same for every service at the same duration:',
  'tarif.faktor.tarif-per-jam': 'hourly rate of this tier',
  'tarif.faktor.tarif-dasar': 'base rate',
  'tarif.faktor.pengali-tingkat': 'tier multiplier',
  'tarif.faktor.jam': 'hours',
  'tarif.faktor.pengali-durasi': 'duration multiplier',
  'tarif.faktor.indeks-ekonomi': 'regional economic index',
  'tarif.faktor.subsidi': 'government subsidy',
  'tarif.faktor.pajak': 'service tax',
  'tarif.faktor.transport': 'transport/accommodation/meals',
  'tarif.faktor.pembulatan': 'rounded to a multiple of',
  'tarif.celahHitung.tanpa-dasar': 'no tarifPerJam for this tier and no tarifDasar',
  'tarif.celahHitung.pengali-tingkat-kosong': 'pengaliTingkat for this tier is not set',
  'tarif.proBono.judul': 'Pro bono quota {tahun} ({persen}% of activities, 1.4.2 e)',
  'tarif.proBono.dasar.kegiatan-per-pekerja-per-tahun':
    'Basis: activities of each social worker per year (pengaturan.proBono.dasar).',
  'tarif.proBono.dasar.kegiatan-lembaga-per-tahun':
    "Basis: all of the institution's activities per year (pengaturan.proBono.dasar).",
  'tarif.proBono.tanpaData':
    'The registers hold no activity in {tahun}: the quota is {persen}% of the activities recorded, rounded up.',
  'tarif.proBono.pelaksana': 'Worker',
  'tarif.proBono.kegiatan': 'Activities',
  'tarif.proBono.kuota': 'Quota',
  'tarif.proBono.realisasi': 'Pro bono',
  'tarif.proBono.kurang': 'Missing',
  'tarif.proBono.tanpaPelaksana': '(no worker)',
  'tarif.proBono.jumlah': 'Total',
  'tarif.peringatan.celah':
    'Warning: {layanan} fees incomplete: {jumlah} amounts missing (rows {baris}). Fill in layanan.{layanan}.tarif in lembaga.yaml (skeleton with its row keys: lembaga tariff --kosong) or use --hitung.',
  'tarif.peringatan.barisTidakDikenal':
    'Warning: lembaga.yaml {path}: "{kunci}" is not a row of the {layanan} fee matrix; amount ignored.',
  'tarif.peringatan.durasiTidakDikenal':
    'Warning: lembaga.yaml {path}: row "{kunci}" has no duration "{durasi}"; amount ignored.',
  'tarif.peringatan.proBonoKurang':
    'Warning: pro bono services in {tahun} are {kurang} short of the quota of {kuota} ({persen}% of activities, 1.4.2 e).',
  'tarif.kerangka.kepala':
    'Tariff skeleton of {lembaga} (Permensos 14/2020 Lampiran 1.4.4).\nCopy the "tarif:" part of each service under layanan.<service> in lembaga.yaml,\nthen fill in every amount in rupiah. 0 is valid (e.g. fully subsidised); empty is not.\nLines starting with "#" are optional rows not offered: to offer one, remove the "#"\nand list its key in layanan.<service>.barisOpsional.\nAmounts already in lembaga.yaml are kept.',
  'tarif.kerangka.opsional': 'optional, offered',
  'tarif.kerangka.opsionalTidak': 'optional, not offered',
  'tarif.kerangkaDitulis':
    'Written: {file} (tariff skeleton; copy it into lembaga.yaml and fill in the amounts)',
  'tarif.ditulis': 'Written: {file}',
  'tarif.tanpaLembaga':
    'No lembaga.yaml: the fee matrix needs the institution data. Run "lembaga init" first.',
  'tarif.tanpaLayanan':
    'lembaga.yaml lists no services; the matrices of all five services are written as blank templates.',
  'tarif.layananTidakDiselenggarakan':
    'Note: service {layanan} is not listed in lembaga.yaml; its matrix is written as a template.',
  'tarif.tanpaDasarTarif':
    'Warning: --hitung, but layanan.{layanan}.dasarTarif is not set; amounts taken from layanan.{layanan}.tarif.',
  'tarif.saranHitung':
    'Note: service {layanan} has a dasarTarif but no amounts; run with --hitung to compute them.',
  'tarif.jelaskanPerluHitung': '--jelaskan only works together with --hitung.',
  'tarif.tahunTidakSah': 'Year "{nilai}" is not valid; write four digits, e.g. --tahun 2025.',
  'tarif.masalahLembaga': '{lokasi}: {pesan}',
  'tarif.adaMasalahData': '{jumlah} problems in lembaga.yaml; check them with "lembaga validasi".',
  'tarif.registerBermasalah':
    'Note: {jumlah} problems in the registers; the pro bono quota counts the cases that could be read.',
};
