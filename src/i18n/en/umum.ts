/** Messages of area 'umum' (en). */
export const umum: Record<string, string> = {
  'program.deskripsi':
    'Toolkit for social-welfare institutions: check institution data and client registers against Permensos 14/2020, write tariff matrices, register books, annual reports and SOPs.',
  'program.bantuanSetelah':
    '\nExamples:\n  lembaga validate examples/lks-harapan-bunda\n  lembaga rules supervisor-pendidikan\n  lembaga report . --tahun 2025\n\nExit codes: 0 done, 1 data has problems, 2 could not run, 130 cancelled.',
  'perintah.init': 'create lembaga.yaml, an empty register and a README for a new institution',
  'perintah.validasi': 'check institution data and registers against schema and standard',
  'perintah.aturan': 'list every rule, or explain one',
  'perintah.impor': 'import a legacy Excel/CSV register into the canonical register',
  'perintah.tarif': 'write the tariff matrix of each service (Lampiran 1.4.4)',
  'perintah.register': 'write the client register book and the other service documents (2.2.1 f)',
  'perintah.laporan': 'write the annual report (2.6.2 g)',
  'perintah.sop': 'write SOP documents and the SK templates the standard requires',
  'perintah.angkaKredit': "check civil-service social workers' credit points",
  'opsi.format': 'output format',
  'opsi.keluaran': 'output file or folder',
  'opsi.tahun': 'year reported on (YYYY)',
  'opsi.tanggal': 'the date "today" means for expiry checks (YYYY-MM-DD; default: today)',
  'opsi.layanan': 'one service only',
  'opsi.timpa': 'overwrite existing output files',
  'opsi.ya': 'accept all defaults without asking',
  'opsi.maksPeringatan': 'exit 1 when there are more than N warnings',
  'opsi.tampilkanNik': 'show full NIK (default: masked)',
  'opsi.lembar': 'name of the sheet to import',
  'opsi.lembagaFolder': 'institution folder (to match social workers by name)',
  'opsi.pemetaan': 'a saved column mapping file',
  'opsi.simpanPemetaan': 'save the column mapping to this file',
  'opsi.gabung': 'add to an existing register without duplicating cases',
  'opsi.urutanTanggal': 'date order: hbt (day/month/year) or bht (month/day/year)',
  'opsi.layananBawaan': 'service for rows that name none',
  'opsi.hitung':
    'compute the matrix from a tariff basis (hourly rate, or base rate and multipliers)',
  'opsi.jelaskan': 'show how each amount was computed',
  'opsi.buku':
    'one book only: register, catatan-kasus, ringkasan-kasus, daftar-hadir, aset, laporan',
  'opsi.kosong': 'write empty, ready-to-fill books',
  'opsi.kosongTarif': "tariff skeleton (each service's row keys) to copy into lembaga.yaml",
  'opsi.kosongKredit': 'write an empty credit-log template',
  'opsi.publik': 'public version: counts below 5 suppressed',
  'opsi.jejak': 'also write the (internal) trace workbook: register numbers behind each figure',
  'opsi.sk': 'also write the SK templates the standard requires',
  'opsi.kertas': 'paper size of the Word documents: A4 (default) or F4 (folio, 215 × 330 mm)',
  'opsi.bantuan': 'show help',
  'opsi.bantuanPerintah': 'show help for a command',
  'opsi.versi': 'show version',
  'opsi.bahasa': 'message language: id (default) or en',
  'opsi.diam': 'only show errors',
  'opsi.debug': 'show a stack trace on error',
  'umum.lihatBantuan': '(Run with --help for help.)',
  'umum.bahasaTidakDikenal': 'Unknown language "{nilai}". Choose id or en.',
  'umum.dibatalkan': 'Cancelled. No file was written.',
  'umum.galat': 'Error',
  'umum.galatInternal': 'Internal error: {pesan}',
  'umum.saranDebug':
    'This is a bug in the program, not your mistake. Run again with --debug and report the output.',
  'umum.belumTersedia': 'The command "{perintah}" is not available in this version yet.',
  'umum.pathTidakAda': 'Path "{path}" does not exist.',
  'umum.folderTanpaLembaga':
    'Folder "{folder}" has no lembaga.yaml. Create one with: lembaga init {folder}',
  'umum.keluaranAda':
    'File "{file}" already exists. Use --timpa to overwrite it, or move that file first.',
  'umum.gagalBuatFolder': 'Folder "{folder}" cannot be created: {pesan}',
  'umum.keluaranTerkunci':
    'File "{file}" cannot be written because another program (e.g. Excel) has it open or locked. Close it and try again.',
  'umum.diskPenuh': 'Disk full: "{file}" cannot be written. The old file is unchanged.',
  'umum.gagalTulis': 'File "{file}" cannot be written: {pesan}',
  'umum.tanggalTidakSah': 'Date "{nilai}" is not valid. Write it as YYYY-MM-DD, e.g. 2025-12-31.',
  'umum.tahunTidakSah': 'Year "{nilai}" is not valid. Write four digits, e.g. 2025.',
  'umum.angkaTidakSah': 'The value "{nilai}" for {opsi} must be a whole number, 0 or more.',
  'umum.formatTidakDidukung': 'Format "{format}" is not available for this command.',
  'umum.ditulis': 'Written: {file}',
  'yaml.terlaluBesar':
    'File {file} is larger than {batas} MB; the size limit for YAML files is {batas} MB.',
  'yaml.biner':
    'File {file} is not YAML text (it contains binary data). Is it an Excel file with the wrong name?',
  'yaml.kosong': 'File {file} is empty.',
  'yaml.kunciGanda':
    'Duplicate key in {file}: the same key is written twice in one section. ({pesan})',
  'yaml.sintaks': 'The YAML in {file} cannot be read: {pesan}',
  'yaml.versi11':
    'File {file} has a "%YAML 1.1" line; it is still read as YAML 1.2 (yes/no and dates stay text). Remove that line.',
  'yaml.identitasAngka':
    '{kunci} "{nilai}" is written without quotes and so reads as a number; its value was taken from the original text.',
  'yaml.saranKutip': 'Write identity numbers in quotes, e.g. nik: "<16-digit NIK>".',
  'yaml.alias':
    'File {file} uses too many YAML aliases (limit {batas}); the file is probably damaged or hostile.',
  'yaml.tidakTerbaca': 'File {file} cannot be read: {pesan}',
  'yaml.bukanPeta': 'File {file} must hold key: value pairs at the top level (e.g. "lembaga:").',
  'skema.akar': 'file',
  'skema.wajib': 'Section "{kunci}" is required but missing (in {di}).',
  'skema.kunciTakDikenal': 'Unknown key "{kunci}".',
  'skema.kunciTakDikenalMaksud': 'Unknown key "{kunci}". Did you mean "{saran}"?',
  'skema.kunciYangDikenal': 'Keys known here: {daftar}.',
  'skema.pilihan': 'Value "{nilai}" for {kolom} is not one of the allowed choices.',
  'skema.pilihanMaksud': 'Unknown value "{nilai}" for {kolom}. Did you mean "{saran}"?',
  'skema.pilihanDaftar': 'Allowed: {daftar}.',
  'skema.konstan': '{kolom} must be {nilai}.',
  'skema.tipe': '{kolom} must be {harus}, but it is {ada}.',
  'skema.atau': ' or ',
  'skema.saranKutip': 'Write the value in quotes so it reads as text.',
  'skema.tanggal':
    'Date "{nilai}" in {kolom} is not valid. Write YYYY-MM-DD (e.g. 2025-03-31) and make sure the date exists.',
  'skema.format': 'Value "{nilai}" in {kolom} is not a valid {format}.',
  'skema.pola': 'Value "{nilai}" in {kolom} does not have the expected form.',
  'skema.minimum': 'Value {nilai} in {kolom} is too small (at least {batas}).',
  'skema.maksimum': 'Value {nilai} in {kolom} is too large (at most {batas}).',
  'skema.kosong': '{kolom} must not be empty.',
  'skema.teksKosong': '{kolom} must not be empty.',
  'skema.ganda': '{kolom} contains duplicate values.',
  'skema.umum': '{kolom}: {pesan}',
  'skema.jenis.string': 'text',
  'skema.jenis.number': 'a number',
  'skema.jenis.integer': 'a whole number',
  'skema.jenis.boolean': 'yes/no (true/false)',
  'skema.jenis.object': 'a section of key: value pairs',
  'skema.jenis.array': 'a list (lines starting with "- ")',
  'skema.jenis.null': 'empty',
  'skema.jenis.undefined': 'empty',
};
Object.assign(umum, {
  'cmd.judul.penggunaan': 'Usage:',
  'cmd.usageOpsi': '[options]',
  'cmd.usageProgram': '[options] <command> [arguments]',
  'cmd.judul.opsi': 'Options:',
  'cmd.judul.perintah': 'Commands:',
  'cmd.judul.argumen': 'Arguments:',
  'cmd.judul.opsiUmum': 'Global options:',
  'cmd.pilihan': 'choices: {daftar}',
  'cmd.bawaan': 'default: {nilai}',
  'cmd.err.pilihan': 'value "{nilai}" for {opsi} is not allowed. Choices: {daftar}.',
  'cmd.err.opsi': 'unknown option {opsi}.',
  'cmd.err.opsiMaksud': 'unknown option {opsi}. Did you mean {saran}?',
  'cmd.err.perintah': 'unknown command "{perintah}".',
  'cmd.err.perintahMaksud': 'unknown command "{perintah}". Did you mean {saran}?',
  'cmd.err.argumen': 'argument <{argumen}> is required.',
  'cmd.err.nilaiOpsi': 'option {opsi} needs a value.',
  'cmd.err.terlaluBanyak': 'too many arguments: expected {harus}, got {ada}.',
});
Object.assign(umum, {
  'yaml.kode.BAD_INDENT':
    'the indentation (spaces at the start of the line) does not match the lines above',
  'yaml.kode.TAB_AS_INDENT': 'the line starts with a Tab; YAML accepts spaces only',
  'yaml.kode.MISSING_CHAR': 'a closing mark is missing (e.g. ", \', ] or })',
  'yaml.kode.BLOCK_AS_IMPLICIT_KEY': 'this line looks like a key, but its ":" is misplaced',
  'yaml.kode.MULTILINE_IMPLICIT_KEY':
    'a key may not run over two lines; check the ":" and the quotes',
  'yaml.kode.UNEXPECTED_TOKEN': 'an unexpected character here',
  'yaml.kode.BAD_SCALAR_START': 'a value may not start with this character; wrap it in quotes',
  'yaml.kode.BAD_DQ_ESCAPE':
    'a backslash (\\) inside double quotes is not valid; use single quotes',
  'yaml.kode.BLOCK_IN_FLOW': 'a list inside [ ] or { } may not hold "- " lines',
  'yaml.kode.BAD_ALIAS': 'the alias (*name) is not valid',
  'yaml.kode.MISSING_ANCHOR': 'the alias (*name) refers to an anchor (&name) that does not exist',
  'yaml.kode.ALIAS_PROPS': 'an alias may not carry a tag or anchor',
  'yaml.kode.BAD_DIRECTIVE': 'unknown line starting with %',
  'yaml.kode.MULTIPLE_DOCS': 'the file holds more than one document (---); use one',
  'yaml.kode.MULTIPLE_ANCHORS': 'one value has two anchors',
  'yaml.kode.MULTIPLE_TAGS': 'one value has two tags',
  'yaml.kode.NON_STRING_KEY': 'keys must be text',
  'yaml.kode.KEY_OVER_1024_CHARS': 'a key is longer than 1024 characters',
  'yaml.kode.TAG_RESOLVE_FAILED': 'unknown tag (!name)',
  'yaml.kode.BAD_COLLECTION_TYPE': 'the kind of list or section does not fit',
  'yaml.kode.BAD_PROP_ORDER': 'anchor and tag are in the wrong order',
  'yaml.kode.RESOURCE_EXHAUSTION': 'the file is too complex to read (too many aliases)',
  'yaml.kode.IMPOSSIBLE': 'the text cannot be interpreted',
  'yaml.kode.lain': 'the text cannot be interpreted',
});
// Issue 14 (the terminal, several folders) and issue 17 (interrupted writes).
Object.assign(umum, {
  'program.bantuanSetelah':
    '\nExamples:\n  lembaga validate examples/lks-harapan-bunda\n  lembaga rules supervisor-pendidikan\n  lembaga report . --tahun 2025\n  lembaga help tariff\n\nExit codes: 0 done, 1 data has problems, 2 could not run, 130 cancelled.',
  'cmd.perintahBantuan': 'help [command]',
  'cmd.judul.contoh': 'Examples:',
  'contoh.init':
    '  lembaga init lks-harapan       # questions, then write the folder lks-harapan\n  lembaga init . --ya            # defaults, no questions',
  'contoh.validasi':
    '  lembaga validate                                  # this folder\n  lembaga validate --format xlsx -o compliance.xlsx  # compliance matrix\n  lembaga validate dinas/*/ --format json -o all.json  # every LKS at once',
  'contoh.aturan':
    '  lembaga rules                        # every rule\n  lembaga rules izin-praktik           # one rule, with examples\n  lembaga rules --format markdown -o -',
  'contoh.impor':
    '  lembaga import "Register 2024.xlsx"                      # preview only\n  lembaga import "Register 2024.xlsx" -o register/2024.xlsx\n  lembaga import January.xlsx -o register/2024.xlsx --gabung',
  'contoh.tarif':
    '  lembaga tariff                             # tariff matrix on screen\n  lembaga tariff --kosong                    # tariff skeleton for lembaga.yaml\n  lembaga tariff --format xlsx -o tariff.xlsx',
  'contoh.register':
    '  lembaga books --tahun 2025\n  lembaga books --buku daftar-hadir --tahun 2025\n  lembaga books --kosong                     # empty books to fill in',
  'contoh.laporan':
    '  lembaga report --tahun 2025                  # Word and Excel\n  lembaga report --tahun 2025 --publik -o public/\n  lembaga report --format markdown -o -        # to the screen',
  'contoh.sop':
    '  lembaga sop\n  lembaga sop --sk --layanan rehabilitasi -o documents/\n  lembaga sop --kertas F4                   # folio paper, 215 × 330 mm',
  'contoh.angka-kredit': '  lembaga credits\n  lembaga credits --kosong -o kredit/2025.xlsx',
  'cmd.err.argumen': 'This command needs <{argumen}>, but it was not given (see --help).',
  'cmd.err.argumen.file':
    'Name the legacy register file to import, for example: lembaga import "Register 2024.xlsx".',
  'cmd.err.terlaluBanyakFolder':
    'The {perintah} command writes documents for one institution, so it takes one folder, but {ada} were given. Run it once for each institution folder (only validate checks several folders at once).',
  'umum.satuLembaga':
    'This command writes documents for one institution, but the paths given belong to several ({daftar}). Run it once for each institution folder.',
  'umum.lembagaTxt':
    'The file "{file}" is named "{nama}": Notepad adds ".txt" when saving, so it is not read as lembaga.yaml. Rename it to lembaga.yaml (in File Explorer, tick View › File name extensions to see the ".txt").',
  'umum.bukanFolder': 'part of the path is a file, not a folder',
  'umum.tanpaIzin': 'no permission to write there',
  'umum.lokasiTidakBisa': 'a new folder cannot be made there ({kode})',
  'umum.keluaranBiner':
    'The {format} format is a binary file and cannot be written to the screen (-o -). Give a file name, for example -o {contoh}.',
  'umum.ekstensiSalah':
    'The output name "{file}" ends in "{ada}", but the {format} format is written as a {harus} file. Use a name ending in {harus}, or choose the matching --format.',
  'umum.keluaranBanyak':
    'This command writes several files, so -o must be a folder, not "-" (the screen). For example: -o documents/',
  'umum.ditulisPula': 'Also written beside it: {file}',
  'progres.membaca': 'Reading {file} ({ke}/{dari})…',
  'progres.memeriksa': 'Checking {kasus} cases…',
  'progres.memeriksaLembaga': 'Checking {lembaga} ({ke}/{dari})…',
  'progres.menyusun': 'Building {apa}…',
  'progres.laporan': 'Building the report…',
  'progres.buku': 'Building the register books…',
  'progres.menulis': 'Writing {file}…',
  'multi.judul': '{nama} — {folder}',
  'multi.ringkasan':
    '{lembaga}: {errors} errors, {warnings} warnings, {infos} infos in {files} files ({cases} cases).',
  'multi.total':
    'All {jumlah} institutions: {errors} errors, {warnings} warnings, {infos} infos in {files} files ({cases} cases).',
  'multi.tanpaNama': '(no lembaga.yaml)',
  'multi.lembar': 'Institutions',
  'multi.kolomFolder': 'Folder',
  'multi.kolomNama': 'Institution',
  'multi.kolomKasus': 'Cases',
  'multi.kolomGalat': 'Errors',
  'multi.kolomPeringatan': 'Warnings',
  'multi.kolomInfo': 'Infos',
  'multi.kolomLembar': 'Matrix sheet',
  'umum.nolKasusRegisterRusak':
    'No case could be read: {jumlah} register files could not be read (see above). This document holds 0 cases and does not represent the institution; fix those files and run again.',
});
