/**
 * Text from the user's files (client names, notes, sheet names) on its way to a terminal:
 * never a control character that moves the cursor, clears the screen, rings the bell or
 * rewrites a line (ESC, BEL, CR, C1 controls, bidi overrides).
 */
/** C0 (except tab and newline), DEL, C1, and the bidirectional overrides/isolates. */
const KONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
function tampak(c) {
    const n = c.charCodeAt(0);
    if (n < 0x20)
        return String.fromCharCode(0x2400 + n); // ␛ ␇ ␍ …
    if (n === 0x7f)
        return '\u2421'; // ␡
    return `<U+${n.toString(16).toUpperCase().padStart(4, '0')}>`;
}
/** Control characters made visible (␛, ␇, ␍, <U+202E>); tab and newline kept. */
export function amanTerminal(s) {
    return s.replace(KONTROL, tampak);
}
