/**
 * The commands declared in src/cli/program.ts: each name names its module
 * (src/cli/commands/<name>.ts), which the program imports only when the command runs.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMANDS, muatPerintah } from '../../src/cli/program.js';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/cli/commands');

describe('COMMANDS', () => {
  it('has one module with a run function per command, and no command module without a command', async () => {
    for (const spec of COMMANDS)
      expect(typeof (await muatPerintah(spec)).run, spec.name).toBe('function');
    const modul = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
    expect(modul.sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });
});
