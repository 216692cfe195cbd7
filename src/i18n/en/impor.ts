/** Messages of area 'impor' (en). Keys are shared with the other language; a test checks both have the same keys. */
export const impor: Record<string, string> = {
  'impor.alasan.barisJumlah': 'Totals row below the table, not client data.',
  'impor.alasan.barisTandaTangan':
    'Signature/place-and-date block below the table, not client data.',
  'impor.alasan.setelahPenutup':
    'Row after the totals row or signature block (end of the table), not client data.',
  'impor.alasan.tanpaNomorNama': 'Row without a register number and without a client name.',
  'impor.alasan.nomorGanda': 'Register number "{nilai}" is already used on row {baris}.',
  'impor.alasan.tanggalTidakTerbaca':
    'Date "{nilai}" cannot be read (recognised: 12/03/2024, 12 Maret 2024, 2024-03-12).',
  'impor.alasan.tanggalTidakAda': 'Date "{nilai}" does not exist in the calendar.',
  'impor.alasan.bulanTidakAda':
    'The month in "{nilai}" does not exist (over 12) — check the day/month order.',
  'impor.alasan.bulanTidakDikenal': 'The month name in "{nilai}" is not recognised.',
  'impor.alasan.tahunAneh': 'The year in "{nilai}" is outside 1900–2100.',
  'impor.alasan.galatExcel': 'The cell holds the Excel error {nilai}.',
  'impor.alasan.layananTakDikenal':
    'Service "{nilai}" is not recognised (pencegahan, perlindungan, rehabilitasi, pemberdayaan, pengembangan); use --layanan-bawaan for such rows.',
  'impor.catatan.kolom': 'Column {kolom}: {nilai}',
  'impor.catatan.tempatLahir': 'Place of birth: {nilai}',
  'impor.catatan.tanggalTakTerbaca': '{kolom} unreadable: {nilai}',
  'impor.catatan.nikAngkaUtuh':
    'The source stored the NIK as a number; its digits are intact, but make the cell text',
  'impor.catatan.nikAngkaRusak':
    'The source stored the NIK as a number and digits are lost (read {nilai}); NIK not imported — copy it from the ID card',
  'impor.catatan.nikTidakValid': 'NIK is not 16 digits ({digit} digits: {nilai}); NIK not imported',
  'impor.catatan.layananAsal': 'Service in the source: {nilai}',
  'impor.catatan.statusAsal': 'Status in the source: {nilai}',
  'impor.catatan.pekerjaSosial': 'Social worker (not matched to lembaga.yaml staff): {nilai}',
  'impor.catatan.supervisor': 'Supervisor (not matched to lembaga.yaml staff): {nilai}',
  'impor.peringatan.nikAngkaUtuh':
    'NIK stored as a number in Excel (digits intact, imported; make the cell text)',
  'impor.peringatan.nikAngkaRusak':
    'NIK stored as a number with lost digits: not imported, flagged in the case notes',
  'impor.peringatan.nikTidakValid': 'NIK not 16 digits: not imported, flagged in the case notes',
  'impor.peringatan.tanggalTakTerbaca': '{kolom}: date unreadable, kept in the notes',
  'impor.peringatan.ttlTanpaTanggal': '{kolom}: place only, no date of birth',
  'impor.peringatan.nilaiTakDikenal': '{kolom}: value not recognised, kept in the notes',
  'impor.peringatan.layananTakDikenal':
    '{kolom}: service not recognised, the default service was used',
  'impor.peringatan.layananDiduga':
    'no service: taken as {layanan} (use --layanan-bawaan to be sure)',
  'impor.peringatan.nomorDibuat':
    'no register number: one was made from the file name and row number',
  'impor.peringatan.galatExcel': '{kolom}: cell holds an Excel error, skipped',
  'impor.peringatan.rumusTanpaHasil':
    '{kolom}: formula without a saved result (open and save again in Excel)',
  'impor.catatanLabel': 'Note',
  'impor.catatanLembarPertama':
    'the file has several sheets with data ({daftar}); using "{lembar}". Choose another with --lembar.',
  'impor.catatanLayananLembaga':
    'the file has no service column; every case is taken as {layanan} (the only service in lembaga.yaml).',
  'impor.catatanLayananDiduga':
    'the file has no service column; every case is taken as {layanan}. Confirm with --layanan-bawaan <service>.',
  'impor.catatanUrutanAmbigu':
    'column "{kolom}": the day/month order cannot be told from its values (all parts ≤ 12); read as day/month/year (Indonesian usage). Use --urutan-tanggal bht if wrong.',
  'impor.catatanUrutanBertentangan':
    'column "{kolom}": some dates are day/month, some month/day; using {urutan} (majority), impossible ones are rejected.',
  'impor.catatanTanpaPemetaan':
    'no column maps to a register field; everything is kept in the notes.',
  'impor.urutan.hbt': 'day/month/year',
  'impor.urutan.bht': 'month/day/year',
  'impor.urutanDipakai': 'Column "{kolom}": dates read as {urutan}.',
  'impor.pemetaanTakTerpakai': 'Columns in the mapping file that this file does not have: {daftar}',
  'impor.sumber': 'File: {file} · sheet: {lembar} · headers on row {baris}',
  'impor.judulPemetaan': 'Column mapping (source column → register field):',
  'impor.judulPratinjau': 'Preview of the first rows (NIK masked):',
  'impor.target.keCatatan': '(kept in the case notes)',
  'impor.target.abaikan': '(ignored: running number)',
  'impor.baris': 'row {n}',
  'impor.barisDaftar': 'rows {daftar}',
  'impor.akanDitolak': 'will be rejected:',
  'impor.danLainnya': '… and {n} more',
  'impor.peringatanLabel': 'Warning',
  'impor.stafTakDikenal':
    'social worker/supervisor names not matched to lembaga.yaml staff (kept in the notes): {daftar}',
  'impor.ringkasan': 'Read {dibaca} rows · imported {diimpor} · rejected {ditolak}',
  'impor.ringkasanGabung':
    'Merged: {tambah} new cases added, {ada} already in the register (unchanged).',
  'impor.ditulis': 'Register written: {file}',
  'impor.ditulisDitolak': 'Rejected rows (with the reason per cell): {file}',
  'impor.ujiCoba': 'Dry run: nothing written. Add -o {file} to write the register.',
  'impor.ujiCobaGabung':
    'Dry run: nothing written. {file} already exists: add -o {file} --gabung to add these cases to it.',
  'impor.pemetaanDisimpan':
    'Mapping saved to {file}; next year: lembaga impor FILE --pemetaan {file} -o …',
  'impor.kemajuan': '{n} rows read…',
  'impor.tidakAdaData': 'No data rows below the header: nothing imported.',
  'impor.tidakAdaDiimpor': 'Nothing imported: all {n} rows were rejected. See the reasons above.',
  'impor.komentarRegister': 'Client register made by `lembaga impor` from {sumber}.',
  'impor.bantuan.pilih': '↑↓ choose, Enter to continue',
  'impor.bantuan.pilihHalaman': '↑↓ scroll for more choices, Enter to continue',
  'impor.jawab.ya': 'Yes, it is right',
  'impor.jawab.tidak': 'No, change the mapping',
  'impor.tanya.lembar': 'This workbook has several sheets. Which one holds the register?',
  'impor.tanya.layanan': 'The file has no service column. Which service are these cases?',
  'impor.tanya.benar': 'Is this column mapping right?',
  'impor.tanya.kolom': 'Column {kolom} maps to:',
  'impor.pemetaan.komentar':
    'Column mapping for `lembaga impor` (made from {sumber}).\nReuse: lembaga impor FILE --pemetaan THIS-FILE -o register/YEAR.yaml\nValues: a register field, "simpan-di-catatan" or "abaikan".',
  'impor.pemetaan.yamlRusak': '{file}: the mapping file cannot be read: {pesan}',
  'impor.pemetaan.tanpaKolom':
    '{file}: the mapping file needs a "kolom:" section (header → field).',
  'impor.pemetaan.targetTakDikenal':
    '{file}: column "{kolom}" maps to "{target}", which is not a register field.',
  'impor.pemetaan.urutanSalah': '{file}: urutanTanggal "{nilai}" must be hbt or bht.',
  'impor.pemetaan.layananSalah': '{file}: layananBawaan "{nilai}" is not a known service.',
  'impor.ditolak.lembar': 'Rejected',
  'impor.ditolak.lembarInfo': 'About',
  'impor.ditolak.barisAsal': 'Source row',
  'impor.ditolak.alasan': 'Reason',
  'impor.ditolak.kolomTanpaJudul': 'Column {kolom}',
  'impor.ditolak.info.sumber': 'Source file',
  'impor.ditolak.info.lembar': 'Sheet',
  'impor.ditolak.info.barisJudul': 'Header row',
  'impor.ditolak.info.jumlah': 'Rejected rows',
  'impor.ditolak.info.petunjuk':
    'Red cells caused the rejection (hover to read the note). Fix the rows, delete totals/signature rows, and import again with --gabung.',
  'impor.galat.tanpaBerkas': 'Name the file to import, e.g.: lembaga impor "Register 2024.xlsx"',
  'impor.galat.tidakAda': 'File {file} does not exist.',
  'impor.galat.bukanBerkas': '{file} is not a file.',
  'impor.galat.kosong': 'File {file} is empty.',
  'impor.galat.xls':
    '{file} is an old Excel file (.xls, Excel 97–2003) or a password-protected workbook. Open it in Excel, Save As "Excel Workbook (.xlsx)" without a password, and import that .xlsx.',
  'impor.galat.ods':
    '{file} is an OpenDocument file (.ods, LibreOffice/WPS). Open it in LibreOffice, Save As "Excel 2007-365 (.xlsx)" and import that .xlsx.',
  'impor.galat.html':
    '{file} is really an HTML/XML page (often a web export named .xls). Open it in Excel and Save As .xlsx.',
  'impor.galat.tidakDikenal': '{file} is not a recognised .xlsx or .csv file.',
  'impor.galat.terlaluBanyakBaris':
    '{file}, sheet "{lembar}", row {baris}: this sheet has more than {batas} rows (the limit of a streamed import); the import stopped and nothing was written. Split the register by year, or change the limit with the environment variable LEMBAGA_MAKS_BARIS (e.g. LEMBAGA_MAKS_BARIS=20000000).',
  'impor.galat.rusak': '{file} cannot be read as an Excel workbook (corrupt?): {pesan}',
  'impor.galat.tanpaLembar': '{file} has no worksheet with data.',
  'impor.galat.lembarTidakAda': 'Sheet "{lembar}" is not in {file}. Sheets: {daftar}',
  'impor.galat.tanpaBaris': '{file}: this sheet is empty.',
  'impor.galat.tanpaJudul':
    '{file}: no header row found in the first 40 rows (looked for headers like "No. Reg", "Nama Klien", "NIK", "Tgl Masuk"). Check the sheet (--lembar) or give a mapping (--pemetaan).',
  'impor.galat.gabungTanpaKeluaran': '--gabung needs -o: the register to add to.',
  'impor.galat.ekstensiKeluaran': 'Output {file} must end in .yaml, .yml or .xlsx.',
  'impor.galat.keluaranSamaMasukan':
    'The output cannot be the imported file (input files are never modified).',
  'impor.galat.layananBawaan': '--layanan-bawaan "{nilai}" is not known. Choose one of: {daftar}',
  'impor.galat.pemetaanTidakAda': 'Mapping file {file} does not exist.',
  'impor.galat.lembagaTidakAda': 'lembaga.yaml not found in {folder}.',
  'impor.galat.gabungTakTerbaca':
    'Register {file} cannot be read for merging; fix it first (lembaga validasi {file}).',
  'impor.tidakTerbawa.lembar': 'Not carried',
  'impor.tidakTerbawa.kolom.lembar': 'Sheet',
  'impor.tidakTerbawa.kolom.baris': 'Row',
  'impor.tidakTerbawa.kolom.sel': 'Cell',
  'impor.tidakTerbawa.kolom.judul': 'Column header',
  'impor.tidakTerbawa.kolom.nilai': 'Original content',
  'impor.tidakTerbawa.kolom.alasan': 'Reason',
  'impor.tidakTerbawa.lembarLain':
    'This sheet is not part of the canonical register (Register, Kegiatan, Pengaduan); its content is not written back.',
  'impor.tidakTerbawa.kolomLain':
    'This column is not a canonical register column; its content is not written back.',
  'impor.tidakTerbawa.selTakTerbaca':
    "This cell could not be read as its column's value; its content is not written back.",
  'impor.tidakTerbawa.barisTakTerbaca': 'This row belongs to no case; it is not written back.',
  'impor.tidakTerbawa.info.register': 'Register',
  'impor.tidakTerbawa.info.jumlah': 'Cells/rows not carried',
  'impor.tidakTerbawa.info.petunjuk':
    'This content was in the register before the merge and is not in it afterwards. Copy what is still needed into the canonical register columns (or into Catatan), then check with lembaga validasi.',
  'impor.tidakTerbawaRingkasan':
    '{n} cells/rows of the old register were not carried into the register written (extra columns, unreadable cells, Kegiatan/Pengaduan rows without a case, other sheets); all of them are listed in {file}.',
  'impor.tidakTerbawaBaris': '{lembar} row {baris}{sel}: {alasan}',
  'impor.menungguKunci': 'Register {file} is being merged by another process (pid {pid}); waiting…',
  'impor.galat.kunciSibuk':
    'Register {file} is being merged by another process (pid {pid}, since {mulai}); nothing written. Try again when that process has finished. If there is no other process, delete the lock file {kunci}.',
  'impor.galat.registerBerubah':
    'Register {file} changed during the merge (saved by another program?); nothing written, no case lost. Close the register in Excel and run this command again.',
  'impor.galat.yamlTerlaluBesar':
    'The YAML register to be written is {ukuran} MB, above the {batas} MB limit for YAML registers written by impor: a register that large could no longer be merged with `impor --gabung` (which reads a YAML register whole) and reads far more slowly than the canonical Excel register; nothing written. Write the canonical Excel register instead: -o {saran}',
  'impor.galat.jumlahBaris':
    'Register {file} about to be written holds {baris} case rows, not the {kasus} cases imported; nothing was written. Please report this as a lembaga bug.',
  'impor.galat.bacaBalik':
    'The merged register {file} does not read back identically ({n} cases differ: {nomor}); nothing written. Please report this as a lembaga bug.',
  'impor.catatan.tahap': '{tahap} notes: {nilai}',
  'impor.tahap.pendekatanAwal': 'Engagement',
  'impor.tahap.asesmen': 'Assessment',
  'impor.tahap.perencanaan': 'Planning',
  'impor.tahap.intervensi': 'Intervention',
  'impor.tahap.evaluasi': 'Evaluation',
  'impor.tahap.rujukan': 'Referral',
  'impor.tahap.terminasi': 'Termination',
};
