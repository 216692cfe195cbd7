const CODES = { red: 31, yellow: 33, green: 32, cyan: 36, gray: 90, bold: 1, dim: 2 };
/** Wrap text in an ANSI colour when colour is on. */
export function paint(io, colour, s) {
    if (!io.color)
        return s;
    return `\u001b[${CODES[colour]}m${s}\u001b[0m`;
}
/** Messages and progress go to stderr; `--diam` silences all but errors. */
export function info(io, s) {
    io.progres?.selesai();
    if (!io.quiet)
        io.stderr.write(s.endsWith('\n') ? s : s + '\n');
}
