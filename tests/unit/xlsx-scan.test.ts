// The worksheet scanner (src/io/xlsx/scan.ts) that replaced saxes on the read path:
// the same events whatever the chunk boundaries, and malformed parts refused.
import { describe, expect, it } from 'vitest';
import { SheetScanner, decodeEntities } from '../../src/io/xlsx/scan.js';

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
