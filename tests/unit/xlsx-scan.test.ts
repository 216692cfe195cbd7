// The worksheet scanner (src/io/xlsx/scan.ts) that replaced saxes on the read path:
// the same events whatever the chunk boundaries, and malformed parts refused.
import { describe, expect, it } from 'vitest';
import { SheetScanner, decodeEntities, parseAttrs } from '../../src/io/xlsx/scan.js';

const XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="urn:x"><!-- komentar <c> --><x:sheetData><x:row r="2" spans="1:3"><x:c r="A2" t="s"><x:v>0</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t xml:space="preserve"> a &amp; &lt;b&gt; &#65;&#x42; </x:t></x:is></x:c><x:c r="C2" s='1' t="str"><x:f>A2&amp;"&gt;"</x:f><x:v><![CDATA[x<y]]></x:v></x:c><x:c r="D2"/></x:row><x:row r="3"/></x:sheetData></x:worksheet>`;

function events(chunks: string[]): string[] {
  const out: string[] = [];
  const sc = new SheetScanner({
    open: (n, a, self) => out.push(`<${n}${JSON.stringify(a())}${self ? '/' : ''}`),
    close: (n) => out.push(`</${n}`),
    wantText: () => true,
    text: (s) => {
      if (s.trim()) out.push(`"${s}`);
    },
  });
  for (const c of chunks) sc.write(c);
  sc.end();
  // Adjacent text pieces (split by a chunk boundary) are one text.
  return out.reduce<string[]>((acc, e) => {
    const last = acc[acc.length - 1];
    if (e.startsWith('"') && last?.startsWith('"')) acc[acc.length - 1] = last + e.slice(1);
    else acc.push(e);
    return acc;
  }, []);
}

describe('SheetScanner', () => {
  it('gives the same events for every split of the part into two chunks', () => {
    const whole = events([XML]);
    expect(whole).toContain('"x<y');
    expect(whole).toContain('" a & <b> AB ');
    expect(whole).toContain('<c{"r":"C2","s":"1","t":"str"}');
    expect(whole).toContain('<c{"r":"D2"}/');
    for (let i = 1; i < XML.length; i++)
      expect(events([XML.slice(0, i), XML.slice(i)]), `split at ${i}`).toEqual(whole);
  });

  it('finds the end of a tag past quoted ">" and quotes of the other kind, however split', () => {
    const Q = `<a><b x="1>2" y='say "hi" > there' z="it's"/><c p='>' q=">'"></c>"teks" 'lagi'<d r="D1"/></a>`;
    const whole = events([Q]);
    expect(whole).toEqual([
      '<a{}',
      `<b{"x":"1>2","y":"say \\"hi\\" > there","z":"it's"}/`,
      `<c{"p":">","q":">'"}`,
      '</c',
      `""teks" 'lagi'`,
      '<d{"r":"D1"}/',
      '</a',
    ]);
    for (let i = 1; i < Q.length; i++)
      for (let j = i + 1; j < Q.length; j += 3)
        expect(events([Q.slice(0, i), Q.slice(i, j), Q.slice(j)]), `split at ${i}, ${j}`).toEqual(
          whole,
        );
  });

  it('refuses malformed parts', () => {
    for (const bad of [
      '<a><b></a>',
      '<a><b>',
      '<a>&bogus;</a>',
      '<a>&amp</a>',
      '<a></a><b></b>',
      'teks<a/>',
      '<a x="1>',
      '',
    ])
      expect(() => events([bad]), bad).toThrow();
  });

  it('decodes the XML entities and character references only', () => {
    expect(decodeEntities('a &amp; b &#39;&#x1F600;')).toBe("a & b '😀");
    expect(() => decodeEntities('&nbsp;')).toThrow();
  });
});

describe('attributes read without a regex agree with the lenient regex', () => {
  const re = (s: string) => {
    const out: Record<string, string> = {};
    const r = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    let m: RegExpExecArray | null;
    while ((m = r.exec(s))) out[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
    return out;
  };
  const contoh = [
    '',
    ' r="A7" s="1" t="s"',
    ' r="A7"',
    ' r=\'B2\' t="inlineStr"',
    ' x:r="C3"  s="2"\n\tt="n"',
    ' r="A1" ',
    ' r = "A1" s= "2"',
    ' val="a &amp; b &#x41;"',
    ' r="A1" hidden',
    ' r="A1" s=2',
    ' ="x" r="A1"',
    ' r="A1/B2"',
    ' r="unclosed',
    ' a="1"b="2"',
    ' a="" b=\'\'',
  ];
  it.each(contoh)('%j', (s) => {
    expect(parseAttrs(s)).toEqual(re(s));
  });
  it('random attribute soup', () => {
    const bits = [' ', 'r', '=', '"', "'", 'A1', '/', '\t', 's', '&amp;', 'x:'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(rnd() * 14);
      for (let i = 0; i < len; i++) s += bits[Math.floor(rnd() * bits.length)];
      let a: unknown, b: unknown;
      try {
        a = parseAttrs(s);
      } catch (e) {
        a = (e as Error).message;
      }
      try {
        b = re(s);
      } catch (e) {
        b = (e as Error).message;
      }
      expect(a, JSON.stringify(s)).toEqual(b);
    }
  });
});
