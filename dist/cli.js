/**
 * Entry point. The one place where errors become exit codes (docs/kontrak-cli.md):
 * 0 done, 1 data has problems, 2 could not do it, 130 cancelled.
 * No stack trace for a user's mistake; `--debug` shows one.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './cli/program.js';
import { detectBahasa, muatT } from './i18n/muat.js';
import { VERSION } from './version.js';
import { hariIni, isTanggal } from './core/tanggal.js';
import { aliranAman, buatProgres } from './cli/terminal.js';
import { hapusSementara } from './io/write-file.js';
export { VERSION };
function flagValue(argv, name) {
    const i = argv.indexOf(name);
    if (i >= 0)
        return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(name + '='));
    return eq?.slice(name.length + 1);
}
/** Run the CLI and return the exit code (tests call this in-process). */
export async function run(argv, menv = {}) {
    argv = normaliseArgv(argv);
    const env = menv.env ?? process.env;
    const rawStdout = menv.stdout ?? process.stdout;
    const rawStderr = menv.stderr ?? process.stderr;
    const bahasa = detectBahasa(flagValue(argv, '--bahasa'), env);
    const t = await muatT(bahasa);
    const stdoutIsTTY = Boolean(rawStdout.isTTY);
    const stderrIsTTY = Boolean(rawStderr.isTTY);
    const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
    const color = stderrIsTTY && !noColor && env.TERM !== 'dumb';
    // Nothing from the user's files reaches a terminal as a control sequence (ESC, BEL, CR…):
    // stderr carries only messages, so it is always filtered; stdout when it is a terminal
    // (data piped to a file is left as rendered; the text renderers filter their own fields).
    const stderr = aliranAman(rawStderr, color);
    const stdout = stdoutIsTTY ? aliranAman(rawStdout, !noColor && env.TERM !== 'dumb') : rawStdout;
    const quiet = argv.includes('-q') || argv.includes('--diam');
    const tetap = env.LEMBAGA_HARI_INI;
    const io = {
        hariIni: menv.sekarang || !tetap || !isTanggal(tetap)
            ? hariIni((menv.sekarang ?? (() => new Date()))())
            : tetap,
        stdout,
        stderr,
        stdoutIsTTY,
        stderrIsTTY,
        progres: buatProgres({ stderr, stderrIsTTY, quiet, env }),
        interactive: Boolean(menv.stdinIsTTY ?? process.stdin.isTTY) && stdoutIsTTY,
        color,
        env,
        cwd: menv.cwd ?? process.cwd(),
        bahasa,
        t,
        quiet,
        debug: argv.includes('--debug'),
    };
    if (flagValue(argv, '--bahasa') && !['id', 'en'].includes(flagValue(argv, '--bahasa') ?? '')) {
        stderr.write(t('umum.bahasaTidakDikenal', { nilai: flagValue(argv, '--bahasa') }) + '\n');
        return 2;
    }
    let code = 0;
    const program = buildProgram(io, VERSION, (c) => {
        code = c;
    });
    try {
        if (argv.length === 0) {
            program.outputHelp();
            return 0;
        }
        await program.parseAsync(argv, { from: 'user' });
        return code;
    }
    catch (e) {
        return handleError(e, io);
    }
    finally {
        io.progres?.selesai();
    }
}
const FORMAT_ALIAS = { text: 'teks', txt: 'teks', md: 'markdown' };
/**
 * What users of other tools type, read as ours: `--version`; `help [command]` and
 * `bantuan [perintah]` (as git, npm and gh accept) as `<command> --help`;
 * `--format text` as `teks`.
 */
export function normaliseArgv(argv) {
    let out = argv.map((a) => (a === '--version' ? '--versi' : a));
    const first = out.findIndex((a, i) => !a.startsWith('-') && out[i - 1] !== '--bahasa');
    if (first >= 0 && (out[first] === 'help' || out[first] === 'bantuan')) {
        const rest = out.slice(first + 1);
        const target = rest.find((a) => !a.startsWith('-'));
        const flags = [...out.slice(0, first), ...rest.filter((a) => a !== target)];
        out = target ? [...flags, target, '--help'] : [...flags, '--help'];
    }
    return out.map((a, i) => {
        if (out[i - 1] === '--format' && FORMAT_ALIAS[a.toLowerCase()])
            return FORMAT_ALIAS[a.toLowerCase()];
        const m = /^--format=(.*)$/.exec(a);
        if (m && FORMAT_ALIAS[m[1].toLowerCase()])
            return `--format=${FORMAT_ALIAS[m[1].toLowerCase()]}`;
        return a;
    });
}
function handleError(e, io) {
    const { t } = io;
    if (e instanceof CommanderError) {
        if (e.code === 'commander.helpDisplayed' ||
            e.code === 'commander.version' ||
            e.code === 'commander.help')
            return 0;
        return 2;
    }
    const err = e;
    if (err &&
        (err.name === 'ExitPromptError' ||
            err.name === 'AbortPromptError' ||
            err.name === 'CancelledError')) {
        io.stderr.write('\n' + t('umum.dibatalkan') + '\n');
        return 130;
    }
    if (err &&
        typeof err.exitCode === 'number' &&
        (err.name === 'UsageError' || err.name === 'InputError')) {
        io.stderr.write(t('umum.galat') + ': ' + err.message + '\n');
        if (io.debug && err.stack)
            io.stderr.write(err.stack + '\n');
        return err.exitCode;
    }
    io.stderr.write(t('umum.galatInternal', { pesan: err?.message ?? String(e) }) + '\n');
    if (io.debug && err?.stack)
        io.stderr.write(err.stack + '\n');
    else
        io.stderr.write(t('umum.saranDebug') + '\n');
    return 2;
}
/** Process entry used by bin/lembaga. */
export async function main(argv) {
    // An interrupted write leaves no hidden temporary file behind (issue 17 item 5).
    process.on('SIGINT', () => {
        hapusSementara();
        process.exit(130);
    });
    process.on('SIGTERM', () => {
        hapusSementara();
        process.exit(143);
    });
    // `lembaga … | head`: the reader went away. Stop quietly, as Unix tools do.
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (e) => {
            if (e.code === 'EPIPE')
                process.exit(process.exitCode ?? 0);
            throw e;
        });
    }
    const code = await run(argv);
    process.exitCode = code;
}
