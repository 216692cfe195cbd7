/**
 * Commander wiring: every command, its Indonesian name and English alias, and
 * its options, declared once. Actions import their module lazily so that
 * `lembaga --help` loads neither exceljs nor docx nor ajv.
 */
import { Command, Option } from 'commander';
import { LAYANAN_KEYS } from '../standards/types.js';
import { helpId, translateCommanderError } from './commander-id.js';
/**
 * Every option a command may take, declared once: the key names its description
 * (`opsi.<key>`), the value is its flags. Commander turns `--maks-peringatan` into
 * `opts.maksPeringatan`; the three `--kosong` differ only in what they describe.
 */
const OPSI = {
    keluaran: '-o, --keluaran <path>',
    tahun: '--tahun <YYYY>',
    tanggal: '--tanggal <YYYY-MM-DD>',
    layanan: '--layanan <layanan>',
    timpa: '--timpa',
    ya: '-y, --ya',
    maksPeringatan: '--maks-peringatan <N>',
    tampilkanNik: '--tampilkan-nik',
    lembar: '--lembar <nama>',
    lembagaFolder: '--lembaga <folder>',
    pemetaan: '--pemetaan <file>',
    simpanPemetaan: '--simpan-pemetaan <file>',
    gabung: '--gabung',
    urutanTanggal: '--urutan-tanggal <urutan>',
    layananBawaan: '--layanan-bawaan <layanan>',
    hitung: '--hitung',
    jelaskan: '--jelaskan',
    kosong: '--kosong',
    kosongTarif: '--kosong',
    kosongKredit: '--kosong',
    buku: '--buku <nama>',
    publik: '--publik',
    jejak: '--jejak',
    sk: '--sk',
    kertas: '--kertas <ukuran>',
};
/** The values an option accepts, where commander checks them. */
const PILIHAN = {
    layanan: LAYANAN_KEYS,
    urutanTanggal: ['hbt', 'bht'],
};
/** A command's module, imported only when the command runs (`lembaga --help` loads none). */
export function muatPerintah(spec) {
    return import(/* @vite-ignore */ `./commands/${spec.name}.js`);
}
/** The commands in the order `lembaga --help` lists them (descriptions: `perintah.<name>`). */
export const COMMANDS = [
    {
        name: 'init',
        options: ['ya', 'timpa'],
    },
    {
        name: 'validasi',
        alias: 'validate',
        args: '[path...]',
        format: ['teks', 'json', 'markdown', 'github', 'sarif', 'xlsx'],
        options: ['keluaran', 'tanggal', 'tahun', 'layanan', 'timpa', 'maksPeringatan', 'tampilkanNik'],
    },
    {
        name: 'aturan',
        alias: 'rules',
        args: '[rule]',
        format: ['teks', 'json', 'markdown'],
        options: ['tanggal'],
    },
    {
        name: 'impor',
        alias: 'import',
        args: '<file>',
        format: ['teks', 'json'],
        options: [
            'keluaran',
            'timpa',
            'ya',
            'lembar',
            'lembagaFolder',
            'pemetaan',
            'simpanPemetaan',
            'gabung',
            'urutanTanggal',
            'layananBawaan',
        ],
    },
    {
        name: 'tarif',
        alias: 'tariff',
        format: ['teks', 'xlsx', 'markdown', 'csv', 'json'],
        options: ['keluaran', 'layanan', 'timpa', 'tahun', 'hitung', 'jelaskan', 'kosongTarif'],
    },
    {
        name: 'register',
        alias: 'books',
        options: ['keluaran', 'tahun', 'layanan', 'timpa', 'buku', 'kosong', 'tampilkanNik'],
    },
    {
        name: 'laporan',
        alias: 'report',
        format: ['docx', 'xlsx', 'markdown', 'json', 'semua'],
        options: ['keluaran', 'tahun', 'tanggal', 'layanan', 'timpa', 'publik', 'jejak'],
    },
    {
        name: 'sop',
        format: ['docx', 'markdown', 'semua'],
        options: ['keluaran', 'layanan', 'timpa', 'sk', 'kertas'],
    },
    {
        name: 'angka-kredit',
        alias: 'credits',
        format: ['teks', 'xlsx', 'json'],
        options: ['keluaran', 'tahun', 'tanggal', 'timpa', 'kosongKredit', 'tampilkanNik'],
    },
];
/** `--format`, then the command's own options, as commander options. */
function opsiPerintah(spec, t) {
    const out = [];
    if (spec.format)
        out.push(new Option('--format <format>', t('opsi.format'))
            .choices(spec.format)
            .default(spec.format.includes('teks') ? 'teks' : 'semua'));
    for (const key of spec.options) {
        const option = new Option(OPSI[key], t(`opsi.${key}`));
        const pilihan = PILIHAN[key];
        out.push(pilihan ? option.choices(pilihan) : option);
    }
    return out;
}
/** The format a file name's extension names, for `-o` without `--format`: mostly its own name. */
const FORMAT_DARI_EKSTENSI = {
    ...Object.fromEntries(['json', 'xlsx', 'markdown', 'csv', 'sarif', 'docx'].map((f) => [f, f])),
    md: 'markdown',
    txt: 'teks',
};
/** Build the program. `onRun` receives the command's result so the entry point owns exit codes. */
export function buildProgram(io, version, onRun) {
    const { t } = io;
    const program = new Command('lembaga');
    const configure = (c) => c
        .exitOverride()
        .configureOutput({
        writeOut: (s) => io.stdout.write(s),
        writeErr: (s) => io.stderr.write(s),
        outputError: (s, write) => write(translateCommanderError(s, t)),
    })
        .configureHelp(helpId(t))
        .showHelpAfterError(t('umum.lihatBantuan'))
        .helpOption('-h, --help', t('opsi.bantuan'));
    configure(program)
        .description(t('program.deskripsi'))
        .usage(t('cmd.usageProgram'))
        .version(version, '-v, --versi', t('opsi.versi'))
        .option('--bahasa <id|en>', t('opsi.bahasa'))
        .option('-q, --diam', t('opsi.diam'))
        .option('--debug', t('opsi.debug'))
        .addHelpText('after', t('program.bantuanSetelah'))
        .helpCommand(t('cmd.perintahBantuan'), t('opsi.bantuanPerintah'));
    program.configureHelp({ ...helpId(t), sortSubcommands: false });
    for (const spec of COMMANDS) {
        const cmd = new Command(spec.name);
        const args = spec.args ?? '[folder]';
        configure(cmd)
            .description(t(`perintah.${spec.name.replace(/-(\w)/g, (_, c) => c.toUpperCase())}`))
            .argument(args)
            .usage(`${t('cmd.usageOpsi')} ${args}`);
        if (spec.alias)
            cmd.alias(spec.alias);
        // Two or three examples under every command's --help.
        cmd.addHelpText('after', `\n${t('cmd.judul.contoh')}\n${t(`contoh.${spec.name}`)}`);
        for (const option of opsiPerintah(spec, t))
            cmd.addOption(option);
        cmd
            .option('--bahasa <id|en>', t('opsi.bahasa'))
            .option('-q, --diam', t('opsi.diam'))
            .option('--debug', t('opsi.debug'));
        cmd.action(async (...actionArgs) => {
            const command = actionArgs[actionArgs.length - 1];
            const opts = { ...program.opts(), ...command.opts() };
            // `-o hasil.json` without --format: the name says the format (as `laporan -o x.docx`).
            if (command.getOptionValueSource('format') === 'default' &&
                typeof opts.keluaran === 'string') {
                const ext = /\.([a-z]+)$/i.exec(opts.keluaran)?.[1]?.toLowerCase();
                const dari = ext ? FORMAT_DARI_EKSTENSI[ext] : undefined;
                if (dari && spec.format?.includes(dari))
                    opts.format = dari;
            }
            const positional = command.args;
            const mod = await muatPerintah(spec);
            onRun(await mod.run(positional, opts, io));
        });
        program.addCommand(cmd);
    }
    return program;
}
