/** Messages of area 'register' (en). Keys are shared with the other language; a test checks both have the same keys. */
export const register: Record<string, string> = {
  'register.xlsx.tidakAda': 'File {file} not found.',
  'register.xlsx.tidakTerbaca': 'File {file} cannot be opened ({pesan}).',
  'register.xlsx.kosong': 'File {file} is empty.',
  'register.xlsx.xls':
    'File {file} is an old Excel file (.xls) or a password-protected workbook, not an .xlsx workbook.',
  'register.xlsx.ods':
    'File {file} is an OpenDocument spreadsheet (.ods), not an Excel .xlsx workbook.',
  'register.xlsx.teks':
    'File {file} holds text (a CSV, for instance), not an Excel .xlsx workbook.',
  'register.xlsx.bukanZip':
    'File {file} is not an Excel .xlsx workbook: its content is not recognised.',
  'register.xlsx.bukanXlsx':
    'File {file} is a zip archive but not an Excel workbook (no xl/workbook.xml).',
  'register.xlsx.rusak': 'File {file} is damaged and cannot be read as .xlsx ({pesan}).',
  'register.xlsx.bagianHilang': 'File {file} is damaged: part {bagian} is missing.',
  'register.xlsx.terlaluBesar':
    'File {file} unpacks to {ukuran} MB, above the limit of {batas} MB (zip-bomb protection). If the register really is that large, raise the limit with the environment variable LEMBAGA_MAKS_XLSX_MB.',
  'register.xlsx.terlaluBanyakBagian':
    'File {file} holds more than {batas} parts; this is not a plausible Excel workbook.',
  'register.saranUrut':
    'The child sheets (Kegiatan, Pengaduan, Supervisi) are not in the order of the Register sheet, so this register has to be read whole into memory. Sort the child rows by the order of the cases in the Register sheet (as `lembaga register --kosong` and `lembaga impor` write them); a register in order is read case by case without this limit.',
  'register.xlsx.terlaluBanyakBaris':
    'Sheet {lembar} of {file} has more than {batas} rows (the rows-per-sheet limit, measured to fit in memory); reading stopped. Split the register by year (one workbook per year), or, on a computer with much memory, raise the limit with the environment variable LEMBAGA_MAKS_BARIS.',
  'register.xlsx.xmlRusak':
    'File {file} is damaged: part {bagian} is not well-formed XML ({pesan}).',
  'register.tanpaLembar': 'Workbook {file} has no sheets.',
  'register.tanpaLembarRegister':
    'Workbook {file} has no "Register" sheet (sheets present: {lembar}).',
  'register.tanpaJudul':
    'Sheet {lembar} of {file} has no header row with "No. Register" in its first {batas} rows.',
  'register.kolomHilang': 'Sheet {lembar} lacks the required column "{kolom}".',
  'register.kolomMirip':
    'Column header "{judul}" at {lembar}!{sel} is not known; did you mean "{saran}"?',
  'register.kolomGanda':
    'Column "{kolom}" appears again at {lembar}!{sel}; only the first one ({pertama}) is read.',
  'register.nikAngka':
    'The NIK at {lembar}!{sel} is stored as a number; its last digits may already be lost. Type it again as text.',
  'register.nikAngkaSaran':
    'Format the NIK column as Text (Format Cells → Text), then type the NIK again from the ID card. Excel keeps only 15 digits of a number.',
  'register.selGalat':
    'Cell {lembar}!{sel} ({kolom}) holds the Excel error {nilai}; enter the right value.',
  'register.selRumus':
    'Cell {lembar}!{sel} ({kolom}) holds a formula without a saved result; open the file in Excel and save it again, or replace the formula by its value.',
  'register.bukanTanggal':
    'Cell {lembar}!{sel} ({kolom}) holds "{nilai}", not a date. Write dates as dd/mm/yyyy.',
  'register.bukanYaTidak':
    'Cell {lembar}!{sel} ({kolom}) holds "{nilai}"; enter "ya" (yes) or "tidak" (no).',
  'register.bukanAngka':
    'Cell {lembar}!{sel} ({kolom}) holds "{nilai}", not a Rupiah amount. Write digits only, e.g. 150000.',
  'register.nomorKosong':
    'Row {baris} of sheet {lembar} has no No. Register; it cannot be linked to any case.',
  'register.nomorTakDikenal':
    'No. Register "{nomor}" at {lembar}!{sel} is not on the Register sheet.',
  'register.saranSimpanUlang':
    'Open the file in Excel (or LibreOffice) and save it as "Excel Workbook (.xlsx)" without a password.',
  'register.saranTemplat':
    'An Excel register uses the lembaga template: sheets Register, Kegiatan and Pengaduan with the standard column headers. Write an empty template with `lembaga register --kosong`, or convert another file with `lembaga impor`.',
};
