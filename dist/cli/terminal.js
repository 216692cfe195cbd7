import { amanTerminal } from '../core/teks.js';
/** The colour codes our own `paint()` and renderers write, which may pass through. */
const WARNA_KAMI = /\u001b\[(?:0|1|2|4|31|32|33|36|90)m/g;
/**
 * A stream that makes control characters visible in every string written to it. With
 * colour on, our own SGR colour codes pass (an injected one only changes a colour);
 * with colour off, every ESC is shown as ␛.
 */
export function aliranAman(out, warna) {
    const tulis = out.write.bind(out);
    const aman = (s) => {
        if (!warna)
            return amanTerminal(s);
        let hasil = '';
        let dari = 0;
        for (const m of s.matchAll(WARNA_KAMI)) {
            hasil += amanTerminal(s.slice(dari, m.index)) + m[0];
            dari = m.index + m[0].length;
        }
        return hasil + amanTerminal(s.slice(dari));
    };
    return new Proxy(out, {
        get(target, prop, receiver) {
            if (prop === 'write')
                return (s) => tulis(typeof s === 'string' ? aman(s) : s);
            if (prop === 'tulisMentah')
                return tulis;
            const v = Reflect.get(target, prop, receiver);
            return typeof v === 'function' ? v.bind(target) : v;
        },
    });
}
/** Write to a stream past the sanitiser (progress redraws with \r and erase-line). */
function tulisMentah(out, s) {
    const raw = out.tulisMentah;
    if (raw)
        raw(s);
    else
        out.write(s);
}
const DIAM = { langkah() { }, selesai() { } };
/**
 * Progress on stderr: only when stderr is a terminal, never with `--diam` or TERM=dumb,
 * so pipes and logs stay clean. One line, redrawn; the elapsed seconds tick while the
 * event loop is free (reading a workbook), and are refreshed at each step.
 */
export function buatProgres(io) {
    if (!io.stderrIsTTY || io.quiet || io.env.TERM === 'dumb')
        return DIAM;
    const mulai = Date.now();
    let teks = '';
    let timer = null;
    let tampil = false;
    const gambar = () => {
        const detik = Math.floor((Date.now() - mulai) / 1000);
        const baris = amanTerminal(`${teks}${detik >= 1 ? ` ${detik} s` : ''}`).slice(0, 78);
        tulisMentah(io.stderr, `\r\u001b[K${baris}`);
        tampil = true;
    };
    return {
        langkah(s) {
            teks = s;
            // Only after the first second: a quick run prints nothing at all.
            if (Date.now() - mulai >= 1000 || tampil)
                gambar();
            if (!timer) {
                timer = setInterval(gambar, 1000);
                timer.unref();
            }
        },
        selesai() {
            if (timer)
                clearInterval(timer);
            timer = null;
            if (tampil)
                tulisMentah(io.stderr, '\r\u001b[K');
            tampil = false;
        },
    };
}
