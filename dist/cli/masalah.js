import { maskNikDalamTeks } from '../core/nik.js';
/** "file:line:col" or "file (Sheet!Cell)" or "file". */
export function tempat(f) {
    const file = f.file ?? '';
    if (f.line)
        return `${file}:${f.line}:${f.column ?? 1}`;
    if (f.sheet && f.cell)
        return `${file} (${f.sheet}!${f.cell})`;
    if (f.sheet)
        return `${file} (${f.sheet})`;
    return file;
}
/**
 * Write the error-severity problems to stderr (errors are shown even with
 * `--diam`) and return how many there were.
 */
export function tulisMasalah(io, problems, maks = 10) {
    const errors = problems.filter((p) => p.severity === 'error');
    for (const p of errors.slice(0, maks)) {
        const pesan = maskNikDalamTeks(p.message);
        io.stderr.write(`${tempat(p)}: ${pesan}\n`);
    }
    if (errors.length > maks)
        io.stderr.write(io.t('keamanan.masalahLain', { jumlah: errors.length - maks }) + '\n');
    return errors.length;
}
