/**
 * A small, fast XML tokenizer for worksheet parts: the rows of a sheet are most of the
 * bytes of a register, and a general SAX parser spent most of the read time on them
 * (issue 16: saxes was a third of `validasi` on 100 000 cases). It knows only what a
 * sheet needs — elements, attributes, text, entities, CDATA, comments, processing
 * instructions — and checks that elements nest (a broken part is an error, as before).
 * Chunks may split anything: an incomplete tail is kept for the next chunk.
 */

export interface ScanHandlers {
  /** An element opened; `attrs` parses its attributes on demand, during this call only. `selfClosing` is followed by no close call. */
  open(name: string, attrs: () => Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  /** Text (entities decoded); called only when `wantText()` is true. */
  text(s: string): void;
  wantText(): boolean;
}

const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decode the five XML entities and character references; throws on anything else. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&([^;&]*);?/g, (m, name: string) => {
    if (!m.endsWith(';')) throw new Error(`entitas tidak lengkap: ${m}`);
    const e = ENT[name];
    if (e !== undefined) return e;
    const code =
      name[0] === '#'
        ? name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10)
        : NaN;
    if (!Number.isInteger(code) || code < 0 || code > 0x10ffff)
      throw new Error(`entitas tidak dikenal: ${m}`);
    return String.fromCodePoint(code);
  });
}

const localName = (n: string) => {
  const i = n.indexOf(':');
  return i < 0 ? n : n.slice(i + 1);
};

function parseAttrsRe(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return out;
}

const spasi = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Attributes as the writers write them, `name="value"` apart by spaces, read without a
 * regex (every cell's `r`, `s`, `t`: a hot spot); anything else goes to the lenient regex.
 */
export function parseAttrs(s: string): Record<string, string> {
  return attrsIn(s, 0, s.length);
}

/** `parseAttrs` over `s[from, to)`, without cutting it out first. */
function attrsIn(s: string, from: number, n: number): Record<string, string> {
  const out: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (i < n && spasi(s.charCodeAt(i))) i++;
    if (i >= n) return out;
    const k = i;
    let c = s.charCodeAt(i);
    while (i < n && c !== 61 /* = */ && c !== 47 /* / */ && !spasi(c)) c = s.charCodeAt(++i);
    if (c !== 61 || i === k) return parseAttrsRe(s.slice(from, n));
    const q = s.charCodeAt(i + 1);
    if (q !== 34 && q !== 39) return parseAttrsRe(s.slice(from, n));
    const e = s.indexOf(q === 34 ? '"' : "'", i + 2);
    if (e < 0 || e >= n) return parseAttrsRe(s.slice(from, n));
    out[s.slice(k, i)] = decodeEntities(s.slice(i + 2, e));
    i = e + 1;
  }
}

export class SheetScanner {
  private carry = '';
  private readonly stack: string[] = [];
  private started = false;
  /** Set by the handlers to stop scanning (the rest of the part is not needed). */
  stopped = false;

  constructor(private readonly h: ScanHandlers) {}

  /** Feed the next piece of text. Throws an Error for malformed XML. */
  write(chunk: string): void {
    let s = this.carry ? this.carry + chunk : chunk;
    this.carry = '';
    const n = s.length;
    let i = 0;
    let dq = -1; // the next '"' and "'" at or after the last search, as unsigned
    let sq = -1;
    while (i < n && !this.stopped) {
      const lt = s.indexOf('<', i);
      if (lt < 0) break; // text up to the next tag (an entity may be split): kept for the next chunk
      if (lt > i) this.textRun(s, i, lt);
      i = lt;
      const c1 = s.charCodeAt(i + 1);
      if (Number.isNaN(c1)) break; // "<" at the end: wait for more
      if (c1 === 63 /* ? */) {
        const e = s.indexOf('?>', i + 2);
        if (e < 0) break;
        i = e + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (s.startsWith('<!--', i)) {
          const e = s.indexOf('-->', i + 4);
          if (e < 0) break;
          i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', i)) {
          const e = s.indexOf(']]>', i + 9);
          if (e < 0) break;
          if (this.h.wantText()) this.h.text(s.slice(i + 9, e));
          i = e + 3;
          continue;
        }
        if (n - i < 9) break; // maybe an incomplete "<![CDATA[" or "<!--"
        const e = s.indexOf('>', i + 2);
        if (e < 0) break;
        i = e + 1; // <!DOCTYPE …>: not in a worksheet, skipped
        continue;
      }
      // An element tag: find its end outside quoted attribute values (`>` may stand in one).
      // The next quote of each kind is remembered across tags, so a chunk is searched for
      // quotes once, not once per tag.
      let e = s.indexOf('>', i + 1);
      let k = i + 1;
      while (e >= 0) {
        if (dq < k) dq = s.indexOf('"', k) >>> 0; // not found: 2^32 - 1, past any tag
        if (sq < k) sq = s.indexOf("'", k) >>> 0;
        const q = dq < sq ? dq : sq;
        if (q > e) break; // no quote before the '>': it ends the tag
        const close = s.indexOf(q === dq ? '"' : "'", q + 1);
        if (close < 0) {
          e = -1; // the value goes on in the next chunk
          break;
        }
        k = close + 1;
        if (k > e) e = s.indexOf('>', k);
      }
      if (e < 0) break;
      this.tag(s, i + 1, e);
      i = e + 1;
    }
    if (i < n && !this.stopped) {
      this.carry = s.slice(i);
      if (this.carry.length > 16 * 1024 * 1024) throw new Error('tag tidak ditutup');
    }
    s = '';
  }

  /** End of the part: everything opened must be closed. */
  end(): void {
    if (this.stopped) return;
    if (this.carry.trim() !== '') throw new Error('bagian terpotong');
    if (this.stack.length)
      throw new Error(`elemen ${this.stack[this.stack.length - 1]} tidak ditutup`);
    if (!this.started) throw new Error('tidak ada elemen');
  }

  private textRun(s: string, from: number, to: number): void {
    if (this.stack.length === 0 && s.slice(from, to).trim() !== '')
      throw new Error('teks di luar elemen');
    if (this.h.wantText()) this.h.text(decodeEntities(s.slice(from, to)));
  }

  private tag(s: string, from: number, to: number): void {
    if (s.charCodeAt(from) === 47 /* / */) {
      const name = localName(s.slice(from + 1, to).trim());
      const top = this.stack.pop();
      if (top !== name) throw new Error(`</${name}> tidak cocok dengan <${top ?? ''}>`);
      this.h.close(name);
      return;
    }
    const self = s.charCodeAt(to - 1) === 47;
    const end = self ? to - 1 : to;
    let k = from;
    while (k < end) {
      const c = s.charCodeAt(k);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      k++;
    }
    const raw = s.slice(from, k);
    if (!raw) throw new Error('nama elemen kosong');
    if (this.started && this.stack.length === 0) throw new Error('lebih dari satu elemen akar');
    const name = localName(raw);
    this.started = true;
    if (!self) this.stack.push(name);
    this.cur = s;
    this.curFrom = k;
    this.curTo = end;
    this.h.open(name, this.attrs, self);
    this.cur = '';
  }

  // The tag being opened, for `attrs` (valid only during the `open` call).
  private cur = '';
  private curFrom = 0;
  private curTo = 0;
  private readonly attrs = (): Record<string, string> =>
    this.curFrom < this.curTo ? attrsIn(this.cur, this.curFrom, this.curTo) : {};
}
