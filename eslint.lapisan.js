/**
 * The layers of src/, bottom to top, and what each may import (docs in README, "Arsitektur").
 * A relative import that climbs into a folder not allowed here fails `npm run lint`.
 *
 *   core      primitives: findings and locations, dates, NIK, money, did-you-mean, errors
 *   i18n      messages in Indonesian and English
 *   model     the data a lembaga keeps (institution, register, credit log) and their schemas
 *   standards the regulations as data and pure rule functions; no file access
 *   engine    runs rulesets over a model: severities, "off", ignores, order
 *   io        reads and writes files (YAML, xlsx, csv, the importer)
 *   outputs   renders results into text, JSON, workbooks and documents
 *   cli       commands, options, prompts, exit codes (may import everything)
 */
const SEMUA = ['core', 'i18n', 'model', 'standards', 'engine', 'io', 'outputs', 'cli'];

/** What each layer may import, besides itself. */
export const LAPISAN = {
  core: [],
  i18n: ['core'],
  // The catalogue files of standards/ (types.ts, ppks.ts, */katalog*.ts) are plain data.
  model: ['core', 'i18n', 'standards:katalog'],
  standards: ['core', 'i18n', 'model'],
  engine: ['core', 'i18n', 'model', 'standards'],
  io: ['core', 'i18n', 'model', 'standards'],
  // The register books carry the canonical sheets so that `lembaga validasi` reads a book back:
  // they take them from the one writer of the register's container format. The books' cases
  // wait in the one kind of temporary file (io/berkas-sementara.ts) while the registers stream.
  outputs: [
    'core',
    'i18n',
    'model',
    'standards',
    'engine',
    'io:xlsx/register-writer',
    'io:berkas-sementara',
  ],
  cli: SEMUA,
};

const KATALOG = '(?!types\\.js$|ppks\\.js$|[\\w-]+/katalog[\\w-]*\\.js$)';

/** A negative lookahead for the single files of layer `l` that `boleh` lets through ("io:xlsx/x"). */
function pengecualian(boleh, l) {
  const files = boleh
    .filter((b) => b.startsWith(`${l}:`) && l !== 'standards')
    .map((b) => b.slice(l.length + 1).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + '\\.js$');
  return files.length ? `(?!${files.join('|')})` : '';
}

/** ESLint config blocks: one per layer, forbidding imports from the layers it may not use. */
export function aturanLapisan() {
  return Object.entries(LAPISAN).map(([lapisan, boleh]) => {
    const dilarang = SEMUA.filter((l) => l !== lapisan && !boleh.includes(l));
    const patterns = dilarang.map((l) => ({
      regex:
        l === 'standards' && boleh.includes('standards:katalog')
          ? `^(\\.\\./)+standards/${KATALOG}`
          : `^(\\.\\./)+${l}/${pengecualian(boleh, l)}`,
      message: `Lapisan "${lapisan}" tidak boleh mengimpor dari "${l}" (lihat eslint.lapisan.js).`,
    }));
    // Importing the entry point (cli.ts) from below is a cycle in the making.
    patterns.push({
      regex: '^(\\.\\./)+cli\\.js$',
      message: 'Ambil VERSION dari src/version.ts, bukan dari titik masuk cli.ts.',
    });
    return {
      files: [`src/${lapisan}/**/*.ts`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
}
