import { describe, it, expect } from 'vitest';
import { parseYamlSource } from '../../src/io/yaml-source.js';

const parse = (s: string | Uint8Array) =>
  parseYamlSource(typeof s === 'string' ? Buffer.from(s) : s, 'x.yaml');

describe('YAML with positions', () => {
  it('keeps an unquoted 16-digit NIK exactly (never through a JS number) and warns', () => {
    const src = parse('kasus:\n  - klien:\n      nik: 9171012345678901\n      nip: 0012\n');
    const data = src.data as { kasus: { klien: { nik: string; nip: string } }[] };
    expect(data.kasus[0]!.klien.nik).toBe('9171012345678901');
    expect(data.kasus[0]!.klien.nip).toBe('0012');
    const w = src.problems.filter((p) => p.code === 'identifier-number');
    expect(w.map((p) => [p.line, p.column, p.path])).toEqual([
      [3, 12, '/kasus/0/klien/nik'],
      [4, 12, '/kasus/0/klien/nip'],
    ]);
  });
  it('a %YAML 1.1 file is still read as 1.2: yes and dates stay text', () => {
    const src = parse('%YAML 1.1\n---\na: yes\nb: 2024-01-05\n');
    expect(src.data).toEqual({ a: 'yes', b: '2024-01-05' });
    expect(src.problems.map((p) => p.code)).toContain('yaml-1.1');
  });
  it('duplicate keys, syntax errors, empty and binary files are problems, not exceptions', () => {
    expect(parse('a: 1\na: 2\n').problems[0]).toMatchObject({ key: 'yaml.kunciGanda', line: 2 });
    expect(parse('a: [1, 2\n').problems[0]!.key).toBe('yaml.sintaks');
    expect(parse('# only a comment\n').problems[0]!.key).toBe('yaml.kosong');
    expect(parse(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])).problems[0]!.key).toBe('yaml.biner');
  });
  it('an alias bomb is refused quickly', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      lines.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill('*' + String.fromCharCode(97 + i))
          .join(', ')}]`,
      );
    const t0 = Date.now();
    const src = parse(lines.join('\n') + '\n');
    expect(src.problems[0]!.key).toBe('keamanan.yamlAlias');
    expect(Date.now() - t0).toBeLessThan(5000);
  });
  it('locates pointers: values at the value, sections at their key, missing members at the nearest key', () => {
    const src = parse('lembaga:\n  nama: A\nstaf:\n  - id: s1\n    izin:\n      nomor: "1"\n');
    expect(src.locate('/lembaga/nama')).toEqual({ line: 2, column: 9 });
    expect(src.locate('/staf/0/izin')).toEqual({ line: 5, column: 5 });
    expect(src.locate('/staf/0/izin/berlakuSampai')).toEqual({ line: 5, column: 5 });
    expect(src.locateKey('/lembaga/nama')).toEqual({ line: 2, column: 3 });
  });
  it('a UTF-8 BOM and a UTF-16 file are read', () => {
    expect(
      parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a: 1\n')])).data,
    ).toEqual({ a: 1 });
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: b\n', 'utf16le')]);
    expect(parse(u16).data).toEqual({ a: 'b' });
  });
});

describe('size limit measured to fit in memory (issue 17 §4)', () => {
  it('refuses a YAML file above 16 MB up front, naming the Excel register as the way out', async () => {
    const { createT } = await import('../../src/i18n/index.js');
    const big = Buffer.alloc(16 * 1024 * 1024 + 1, 0x23); // "#": a comment, never parsed
    const src = parseYamlSource(big, 'register/besar.yaml');
    expect(src.data).toBeUndefined();
    expect(src.problems).toHaveLength(1);
    const p = src.problems[0]!;
    expect(p.code).toBe('too-large');
    expect(p.params).toMatchObject({ batas: 16, ukuran: 17 });
    const msg = createT('id')(p.key, { file: 'register/besar.yaml', ...p.params });
    expect(msg).toContain('.xlsx');
    expect(msg).toContain('LEMBAGA_MAKS_YAML_MB');
  });
});
