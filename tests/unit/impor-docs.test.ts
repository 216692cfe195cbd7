/**
 * docs/impor.md's examples run as written against examples/impor/ as shipped
 * (issue 14: "the docs' examples are reproducible from the repository"): the usage
 * block's commands in order, and each shown output compared line by line.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jalankan } from '../helpers/cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOC = readFileSync(path.join(ROOT, 'docs/impor.md'), 'utf8');

function salinContoh(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'impor-docs-'));
  cpSync(path.join(ROOT, 'examples/impor'), dir, { recursive: true });
  return dir;
}

/** The fenced blocks of one language, in order. */
function blocks(lang: string): string[] {
  const re = new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g');
  return [...DOC.matchAll(re)].map((m) => m[1]!);
}

/** Split a command line as a shell would (double quotes only), without the trailing comment. */
function argv(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of line.replace(/\s+#.*$/, '').matchAll(re)) out.push(m[1] ?? m[2]!);
  expect(out[0]).toBe('lembaga');
  return out.slice(1);
}

const run = (args: string[], dir: string) =>
  jalankan(args, dir, { LANG: 'id_ID.UTF-8', NO_COLOR: '1' });

/** A shown output: "$ command", the lines, and "[exit N]" (a line "…" stands for any lines). */
async function cekContoh(block: string, dir: string): Promise<void> {
  const lines = block.trimEnd().split('\n');
  const cmd = lines[0]!.replace(/^\$ /, '');
  const exit = /^\[exit (\d+)\]$/.exec(lines[lines.length - 1]!);
  const shown = lines.slice(1, exit ? -1 : undefined);
  const r = await run(argv(cmd), dir);
  if (exit) expect(r.code, cmd).toBe(Number(exit[1]));
  const actual = r.stderr.trimEnd().split('\n');
  const gap = shown.indexOf('…');
  if (gap === -1) expect(actual, cmd).toEqual(shown);
  else {
    expect(actual.slice(0, gap), cmd).toEqual(shown.slice(0, gap));
    const tail = shown.slice(gap + 1);
    expect(actual.slice(actual.length - tail.length), cmd).toEqual(tail);
  }
}

describe('docs/impor.md examples run as written in examples/impor/', () => {
  it('the usage commands in order, the register and mapping shown, the dry-run output', async () => {
    const dir = salinContoh();
    const usage = blocks('sh')[0]!
      .split('\n')
      .filter((l) => l.startsWith('lembaga '));
    expect(usage.length).toBeGreaterThanOrEqual(5);
    const [yamlRegister, yamlPemetaan] = blocks('yaml');
    const shown = blocks('text');
    for (const line of usage) {
      const args = argv(line);
      if (args.length === 2) {
        // The dry run: its output is the first shown example.
        await cekContoh(shown[0]!, dir);
        continue;
      }
      const r = await run(args, dir);
      expect([0, 1], `${line}\n${r.stderr}`).toContain(r.code);
      if (args.includes('--simpan-pemetaan')) {
        // The register as shown (after the $schema line, which depends on the install path).
        const written = readFileSync(path.join(dir, 'register/2024.yaml'), 'utf8').split('\n');
        const doc = yamlRegister!.trimEnd().split('\n');
        expect(written[0]).toMatch(/^# yaml-language-server: \$schema=/);
        expect(written.slice(1, doc.length)).toEqual(doc.slice(1));
        expect(readFileSync(path.join(dir, 'pemetaan-register.yaml'), 'utf8')).toBe(yamlPemetaan);
      }
      if (args.includes('--format')) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    }
  }, 60_000);

  it('the CSV example and the JSON summary', async () => {
    const dir = salinContoh();
    const csv = blocks('text').find((b) => b.startsWith('$ lembaga impor register-2024.csv'))!;
    await cekContoh(csv, dir);
    const json = blocks('json')[0]!;
    const r = await run(
      ['impor', 'Register 2024.xlsx', '--ya', '-o', 'register/2024.yaml', '--format', 'json'],
      dir,
    );
    const j = JSON.parse(r.stdout) as Record<string, unknown>;
    // Every plain field the page shows has the value shown.
    const fields = [
      ...json.replace(/^.*"warnings".*$/m, '').matchAll(/"(\w+)": ("[^"…]*"|\d+|null)(?=[,\n ])/g),
    ];
    expect(fields.length).toBeGreaterThanOrEqual(10);
    expect(j.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ count: 1, rows: [9] })]),
    );
    const nested = { ...(j.mapping as object), ...(j.dateOrder as object) } as Record<
      string,
      unknown
    >;
    for (const [, key, value] of fields)
      expect(key! in j ? j[key!] : nested[key!], key).toEqual(JSON.parse(value!));
  }, 60_000);
});
