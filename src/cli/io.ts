/**
 * The terminal edge: streams, TTY and colour decisions, and the translator.
 * Commands receive a CliIO so tests can run them in-process.
 */
import type { Bahasa, Translate } from '../i18n/index.js';
import type { Progres } from './terminal.js';

export interface Out {
  write(s: string | Uint8Array): unknown;
}

export interface CliIO {
  /**
   * Today (YYYY-MM-DD, Asia/Jakarta), read once from the one clock of the run: the `sekarang`
   * given to run(), else LEMBAGA_HARI_INI (for reproducible runs and tests), else the system clock.
   * Commands never read the clock themselves.
   */
  hariIni: string;
  stdout: Out;
  stderr: Out;
  /** stdout is a terminal (tables, colour, progress allowed). */
  stdoutIsTTY: boolean;
  /** stderr is a terminal (progress allowed). */
  stderrIsTTY?: boolean;
  /** Progress line on stderr (a no-op off a terminal and with `--diam`). */
  progres?: Progres;
  /** stdin and stdout are both terminals: prompts allowed. */
  interactive: boolean;
  /** Colour on stderr/stdout: only on a TTY and never with NO_COLOR. */
  color: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  bahasa: Bahasa;
  t: Translate;
  /** `--diam`: only errors on stderr. */
  quiet: boolean;
  debug: boolean;
}

/** Options every command understands (docs/kontrak-cli.md "Common options"). */
export interface CommonOptions {
  format?: string;
  keluaran?: string;
  tahun?: string;
  tanggal?: string;
  layanan?: string;
  timpa?: boolean;
  ya?: boolean;
  bahasa?: string;
  diam?: boolean;
  debug?: boolean;
}

const CODES = { red: 31, yellow: 33, green: 32, cyan: 36, gray: 90, bold: 1, dim: 2 } as const;
export type Colour = keyof typeof CODES;

/** Wrap text in an ANSI colour when colour is on. */
export function paint(io: Pick<CliIO, 'color'>, colour: Colour, s: string): string {
  if (!io.color) return s;
  return `\u001b[${CODES[colour]}m${s}\u001b[0m`;
}

/** Messages and progress go to stderr; `--diam` silences all but errors. */
export function info(io: CliIO, s: string): void {
  io.progres?.selesai();
  if (!io.quiet) io.stderr.write(s.endsWith('\n') ? s : s + '\n');
}

/** Signature of a command module's entry: returns the exit code. */
export type CommandRun = (
  args: string[],
  opts: Record<string, unknown>,
  io: CliIO,
) => Promise<number>;
