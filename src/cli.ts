/**
 * Entry point. The one place where errors become exit codes (CLI.md):
 * 0 done, 1 data has problems, 2 could not do it, 130 cancelled.
 * No stack trace for a user's mistake; `--debug` shows one.
 */
import { CommanderError } from 'commander';
import { buildProgram } from './cli/program.js';
import type { CliIO, Out } from './cli/io.js';
import { createT, detectBahasa } from './i18n/index.js';
import { VERSION } from './version.js';

export { VERSION };

export interface MainEnv {
  stdout?: Out & { isTTY?: boolean };
  stderr?: Out & { isTTY?: boolean };
  stdinIsTTY?: boolean;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

function flagValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(name + '='));
  return eq?.slice(name.length + 1);
}

/** Run the CLI and return the exit code (tests call this in-process). */
export async function run(argv: string[], menv: MainEnv = {}): Promise<number> {
  // `--version` is what users of other tools type; the Indonesian flag is `--versi`.
  argv = argv.map((a) => (a === '--version' ? '--versi' : a));
  const env = menv.env ?? process.env;
  const stdout = menv.stdout ?? process.stdout;
  const stderr = menv.stderr ?? process.stderr;
  const bahasa = detectBahasa(flagValue(argv, '--bahasa'), env);
  const t = createT(bahasa);
  const stdoutIsTTY = Boolean((stdout as { isTTY?: boolean }).isTTY);
  const stderrIsTTY = Boolean((stderr as { isTTY?: boolean }).isTTY);
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  const io: CliIO = {
    stdout,
    stderr,
    stdoutIsTTY,
    interactive: Boolean(menv.stdinIsTTY ?? process.stdin.isTTY) && stdoutIsTTY,
    color: stderrIsTTY && !noColor && env.TERM !== 'dumb',
    env,
    cwd: menv.cwd ?? process.cwd(),
    bahasa,
    t,
    quiet: argv.includes('-q') || argv.includes('--diam'),
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
  } catch (e) {
    return handleError(e, io);
  }
}

function handleError(e: unknown, io: CliIO): number {
  const { t } = io;
  if (e instanceof CommanderError) {
    if (
      e.code === 'commander.helpDisplayed' ||
      e.code === 'commander.version' ||
      e.code === 'commander.help'
    )
      return 0;
    return 2;
  }
  const err = e as Error & { exitCode?: number; name?: string };
  if (
    err &&
    (err.name === 'ExitPromptError' ||
      err.name === 'AbortPromptError' ||
      err.name === 'CancelledError')
  ) {
    io.stderr.write('\n' + t('umum.dibatalkan') + '\n');
    return 130;
  }
  if (
    err &&
    typeof err.exitCode === 'number' &&
    (err.name === 'UsageError' || err.name === 'InputError')
  ) {
    io.stderr.write(t('umum.galat') + ': ' + err.message + '\n');
    if (io.debug && err.stack) io.stderr.write(err.stack + '\n');
    return err.exitCode;
  }
  io.stderr.write(t('umum.galatInternal', { pesan: err?.message ?? String(e) }) + '\n');
  if (io.debug && err?.stack) io.stderr.write(err.stack + '\n');
  else io.stderr.write(t('umum.saranDebug') + '\n');
  return 2;
}

/** Process entry used by bin/lembaga. */
export async function main(argv: string[]): Promise<void> {
  process.on('SIGINT', () => {
    process.exit(130);
  });
  // `lembaga … | head`: the reader went away. Stop quietly, as Unix tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const code = await run(argv);
  process.exitCode = code;
}
