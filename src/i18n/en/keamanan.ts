// Messages of the hardening layer (limits, input problems shown by output commands).
export const keamanan: Record<string, string> = {
  'keamanan.masalahLain': '… and {jumlah} more problems. Run "lembaga validate" for the full list.',
  'keamanan.selesaiBermasalah':
    'The output was written from the data that could be read, but {jumlah} errors in the input files must be fixed (exit code 1).',
  'keamanan.teksBernamaExcel':
    'File {file} has an Excel name but holds text (CSV), not an .xlsx workbook. If it is a CSV, rename it to .csv and import it again; otherwise open it in Excel and Save As "Excel Workbook (.xlsx)".',
  'keamanan.imporTerlaluBanyakBaris':
    'File {file} has a sheet of more than {batas} rows; the import stopped before reading it so memory does not run out. If the register really is that large, split it by year, or raise the limit with the environment variable LEMBAGA_MAKS_BARIS (e.g. LEMBAGA_MAKS_BARIS=200000).',
  'keamanan.yamlTerlaluBesar':
    'File {file} is {ukuran} MB, above the {batas} MB limit for YAML files; it was not read (a YAML file this large does not fit in memory). Keep a register this large as the canonical Excel workbook (.xlsx, read as a stream without this limit): `lembaga impor <old file> -o register/register.xlsx`, or split the YAML register by year. On a computer with much memory the limit can be raised with the environment variable LEMBAGA_MAKS_YAML_MB.',
  'keamanan.yamlAlias':
    'File {file} uses too many YAML aliases (*name), above the limit of {batas}; the file is probably damaged or hostile ("billion laughs"). If the aliases are really needed, raise the limit with the environment variable LEMBAGA_MAKS_ALIAS.',
  'keamanan.csvKutipTerbuka':
    'File {file}:{baris}: a quote (") opens on line {baris} and is never closed, so every line after it would be read as one cell. Close (or remove) the quote and import again.',
};
