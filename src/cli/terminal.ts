/**
 * What reaches a terminal: text from the user's files (client names, notes, sheet names)
 * never carries control characters that move the cursor, clear the screen, ring the bell or
 * rewrite a line (ESC, BEL, CR, C1 controls, bidi overrides); and progress on long steps,
 * on a terminal only.
 */
import type { Out } from './io.js';
import { amanTerminal } from '../core/teks.js';

/** The colour codes our own `paint()` and renderers write, which may pass through. */
const WARNA_KAMI = /\u001b\[(?:0|1|2|4|31|32|33|36|90)m/g;

/**
 * A stream that makes control characters visible in every string written to it. With
 * colour on, our own SGR colour codes pass (an injected one only changes a colour);
 * with colour off, every ESC is shown as ␛.
 */
export function aliranAman<T extends Out>(out: T, warna: boolean): T {
  const tulis = out.write.bind(out) as (s: string | Uint8Array) => unknown;
  const aman = (s: string) => {
    if (!warna) return amanTerminal(s);
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
        return (s: string | Uint8Array) => tulis(typeof s === 'string' ? aman(s) : s);
      if (prop === 'tulisMentah') return tulis;
      const v = Reflect.get(target, prop, receiver) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Write to a stream past the sanitiser (progress redraws with \r and erase-line). */
function tulisMentah(out: Out, s: string): void {
  const raw = (out as { tulisMentah?: (s: string) => unknown }).tulisMentah;
  if (raw) raw(s);
  else out.write(s);
}

export interface Progres {
  /** Show the step now under way (replaces the previous one on the same line). */
  langkah(teks: string): void;
  /** Clear the line: the step is done. */
  selesai(): void;
}

const DIAM: Progres = { langkah() {}, selesai() {} };

/**
 * Progress on stderr: only when stderr is a terminal, never with `--diam` or TERM=dumb,
 * so pipes and logs stay clean. One line, redrawn; the elapsed seconds tick while the
 * event loop is free (reading a workbook), and are refreshed at each step.
 */
export function buatProgres(io: {
  stderr: Out;
  stderrIsTTY?: boolean;
  quiet: boolean;
  env: NodeJS.ProcessEnv;
}): Progres {
  if (!io.stderrIsTTY || io.quiet || io.env.TERM === 'dumb') return DIAM;
  const mulai = Date.now();
  let teks = '';
  let timer: NodeJS.Timeout | null = null;
  let tampil = false;
  const gambar = () => {
    const detik = Math.floor((Date.now() - mulai) / 1000);
    const baris = amanTerminal(`${teks}${detik >= 1 ? ` ${detik} s` : ''}`).slice(0, 78);
    tulisMentah(io.stderr, `\r\u001b[K${baris}`);
    tampil = true;
  };
  return {
    langkah(s: string) {
      teks = s;
      // Only after the first second: a quick run prints nothing at all.
      if (Date.now() - mulai >= 1000 || tampil) gambar();
      if (!timer) {
        timer = setInterval(gambar, 1000);
        timer.unref();
      }
    },
    selesai() {
      if (timer) clearInterval(timer);
      timer = null;
      if (tampil) tulisMentah(io.stderr, '\r\u001b[K');
      tampil = false;
    },
  };
}
