/**
 * Commander wiring: every command, its Indonesian name and English alias, and
 * its options, declared once. Actions import their module lazily so that
 * `lembaga --help` loads neither exceljs nor docx nor ajv.
 */
import { Command, Option } from 'commander';
import { helpId, translateCommanderError } from './commander-id.js';
const o = {
    format: (choices, def) => ({
        flags: '--format <format>',
        desc: 'opsi.format',
        choices,
        default: def,
    }),
    keluaran: { flags: '-o, --keluaran <path>', desc: 'opsi.keluaran' },
    tahun: { flags: '--tahun <YYYY>', desc: 'opsi.tahun' },
    tanggal: { flags: '--tanggal <YYYY-MM-DD>', desc: 'opsi.tanggal' },
    layanan: {
        flags: '--layanan <layanan>',
        desc: 'opsi.layanan',
        choices: ['pencegahan', 'perlindungan', 'rehabilitasi', 'pemberdayaan', 'pengembangan'],
    },
    timpa: { flags: '--timpa', desc: 'opsi.timpa' },
    ya: { flags: '-y, --ya', desc: 'opsi.ya' },
};
export const COMMANDS = [
    {
        name: 'init',
        args: '[folder]',
        desc: 'perintah.init',
        options: [o.ya, o.timpa],
        load: () => import('./commands/init.js'),
    },
    {
        name: 'validasi',
        alias: 'validate',
        args: '[path...]',
        desc: 'perintah.validasi',
        options: [
            o.format(['teks', 'json', 'markdown', 'github', 'sarif', 'xlsx'], 'teks'),
            o.keluaran,
            o.tanggal,
            o.tahun,
            o.layanan,
            o.timpa,
            { flags: '--maks-peringatan <N>', desc: 'opsi.maksPeringatan' },
            { flags: '--tampilkan-nik', desc: 'opsi.tampilkanNik' },
        ],
        load: () => import('./commands/validasi.js'),
    },
    {
        name: 'aturan',
        alias: 'rules',
        args: '[rule]',
        desc: 'perintah.aturan',
        options: [o.format(['teks', 'json', 'markdown'], 'teks'), o.tanggal],
        load: () => import('./commands/aturan.js'),
    },
    {
        name: 'impor',
        alias: 'import',
        args: '<file>',
        desc: 'perintah.impor',
        options: [
            o.format(['teks', 'json'], 'teks'),
            o.keluaran,
            o.timpa,
            o.ya,
            { flags: '--lembar <nama>', desc: 'opsi.lembar' },
            { flags: '--lembaga <folder>', desc: 'opsi.lembagaFolder' },
            { flags: '--pemetaan <file>', desc: 'opsi.pemetaan' },
            { flags: '--simpan-pemetaan <file>', desc: 'opsi.simpanPemetaan' },
            { flags: '--gabung', desc: 'opsi.gabung' },
            { flags: '--urutan-tanggal <urutan>', desc: 'opsi.urutanTanggal', choices: ['hbt', 'bht'] },
            { flags: '--layanan-bawaan <layanan>', desc: 'opsi.layananBawaan' },
        ],
        load: () => import('./commands/impor.js'),
    },
    {
        name: 'tarif',
        alias: 'tariff',
        args: '[folder]',
        desc: 'perintah.tarif',
        options: [
            o.format(['teks', 'xlsx', 'markdown', 'csv', 'json'], 'teks'),
            o.keluaran,
            o.layanan,
            o.timpa,
            o.tahun,
            { flags: '--hitung', desc: 'opsi.hitung' },
            { flags: '--jelaskan', desc: 'opsi.jelaskan' },
            { flags: '--kosong', desc: 'opsi.kosongTarif' },
        ],
        load: () => import('./commands/tarif.js'),
    },
    {
        name: 'register',
        alias: 'books',
        args: '[folder]',
        desc: 'perintah.register',
        options: [
            o.keluaran,
            o.tahun,
            o.layanan,
            o.timpa,
            { flags: '--buku <nama>', desc: 'opsi.buku' },
            { flags: '--kosong', desc: 'opsi.kosong' },
            { flags: '--tampilkan-nik', desc: 'opsi.tampilkanNik' },
        ],
        load: () => import('./commands/register.js'),
    },
    {
        name: 'laporan',
        alias: 'report',
        args: '[folder]',
        desc: 'perintah.laporan',
        options: [
            o.format(['docx', 'xlsx', 'markdown', 'json', 'semua'], 'semua'),
            o.keluaran,
            o.tahun,
            o.tanggal,
            o.layanan,
            o.timpa,
            { flags: '--publik', desc: 'opsi.publik' },
            { flags: '--jejak', desc: 'opsi.jejak' },
        ],
        load: () => import('./commands/laporan.js'),
    },
    {
        name: 'sop',
        args: '[folder]',
        desc: 'perintah.sop',
        options: [
            o.format(['docx', 'markdown', 'semua'], 'semua'),
            o.keluaran,
            o.layanan,
            o.timpa,
            { flags: '--sk', desc: 'opsi.sk' },
        ],
        load: () => import('./commands/sop.js'),
    },
    {
        name: 'angka-kredit',
        alias: 'credits',
        args: '[folder]',
        desc: 'perintah.angkaKredit',
        options: [
            o.format(['teks', 'xlsx', 'json'], 'teks'),
            o.keluaran,
            o.tahun,
            o.tanggal,
            o.timpa,
            { flags: '--kosong', desc: 'opsi.kosongKredit' },
            { flags: '--tampilkan-nik', desc: 'opsi.tampilkanNik' },
        ],
        load: () => import('./commands/angka-kredit.js'),
    },
];
/** The format a file name's extension names, for `-o` without `--format`. */
const FORMAT_DARI_EKSTENSI = {
    json: 'json',
    xlsx: 'xlsx',
    md: 'markdown',
    markdown: 'markdown',
    csv: 'csv',
    sarif: 'sarif',
    docx: 'docx',
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
        configure(cmd)
            .description(t(spec.desc))
            .argument(spec.args)
            .usage(`${t('cmd.usageOpsi')} ${spec.args}`);
        if (spec.alias)
            cmd.alias(spec.alias);
        // Two or three examples under every command's --help.
        cmd.addHelpText('after', `\n${t('cmd.judul.contoh')}\n${t(`contoh.${spec.name}`)}`);
        for (const opt of spec.options) {
            const option = new Option(opt.flags, t(opt.desc));
            if (opt.choices)
                option.choices(opt.choices);
            if (opt.default !== undefined)
                option.default(opt.default);
            cmd.addOption(option);
        }
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
                const choices = spec.options.find((x) => x.flags.startsWith('--format'))?.choices ?? [];
                const dari = ext ? FORMAT_DARI_EKSTENSI[ext] : undefined;
                if (dari && choices.includes(dari))
                    opts.format = dari;
            }
            const positional = command.args;
            const mod = await spec.load();
            onRun(await mod.run(positional, opts, io));
        });
        program.addCommand(cmd);
    }
    return program;
}
