/** Help overrides for `configureHelp()`. */
export function helpId(t) {
    const titles = {
        'Usage:': t('cmd.judul.penggunaan'),
        'Options:': t('cmd.judul.opsi'),
        'Commands:': t('cmd.judul.perintah'),
        'Arguments:': t('cmd.judul.argumen'),
        'Global Options:': t('cmd.judul.opsiUmum'),
    };
    return {
        // Commander stops wrapping when fewer than 40 columns are left for descriptions; the
        // English terms ("[options]") are longer than the Indonesian ones, so English help ran
        // past 80 columns. Wrap down to 24 columns in both languages.
        minWidthToWrap: 24,
        styleTitle: (s) => titles[s] ?? s,
        subcommandTerm: (cmd) => [cmd.name(), ...cmd.aliases()].join('|') + ' ' + cmd.usage(),
        optionDescription(option) {
            const extra = [];
            if (option.argChoices)
                extra.push(t('cmd.pilihan', { daftar: option.argChoices.join(', ') }));
            if (option.defaultValue !== undefined && (option.required || option.optional))
                extra.push(t('cmd.bawaan', { nilai: String(option.defaultValue) }));
            return extra.length ? `${option.description} (${extra.join('; ')})` : option.description;
        },
    };
}
/** Commands that write one institution's documents and so take one folder. */
const FOLDER_SATU = new Set([
    'init',
    'tarif',
    'tariff',
    'register',
    'books',
    'laporan',
    'report',
    'sop',
    'angka-kredit',
    'credits',
]);
/** Rewrite one of commander's error messages in the user's language. */
export function translateCommanderError(msg, t) {
    const rules = [
        [
            /^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\.$/m,
            (m) => t('cmd.err.pilihan', { opsi: m[1], nilai: m[2], daftar: m[3] }),
        ],
        [
            /^error: unknown option '([^']+)'(?:\n\(Did you mean (.+)\?\))?/m,
            (m) => t(m[2] ? 'cmd.err.opsiMaksud' : 'cmd.err.opsi', { opsi: m[1], saran: m[2] }),
        ],
        [
            /^error: unknown command '([^']+)'(?:\n\(Did you mean (.+)\?\))?/m,
            (m) => t(m[2] ? 'cmd.err.perintahMaksud' : 'cmd.err.perintah', { perintah: m[1], saran: m[2] }),
        ],
        [
            /^error: missing required argument '([^']+)'/m,
            (m) => {
                const khusus = `cmd.err.argumen.${m[1]}`;
                const s = t(khusus);
                return s === khusus ? t('cmd.err.argumen', { argumen: m[1] }) : s;
            },
        ],
        [/^error: option '([^']+)' argument missing/m, (m) => t('cmd.err.nilaiOpsi', { opsi: m[1] })],
        [
            /^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./m,
            (m) => m[1] && FOLDER_SATU.has(m[1])
                ? t('cmd.err.terlaluBanyakFolder', { perintah: m[1], ada: m[3] })
                : t('cmd.err.terlaluBanyak', { harus: m[2], ada: m[3] }),
        ],
    ];
    for (const [re, f] of rules) {
        const m = re.exec(msg);
        if (m)
            return `${t('umum.galat')}: ${f(m)}\n`;
    }
    return msg.replace(/^error: /, `${t('umum.galat')}: `);
}
