/**
 * Issue 17 item 5: a write interrupted by SIGINT or SIGTERM leaves no hidden `.tmp` beside
 * the output. The child runs the built CLI's `main` with the temporary file's write held
 * open (so the signal arrives mid-write, deterministically), then is signalled.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXAMPLES, ROOT, TANGGAL_UJI } from '../helpers/examples.js';

const ANAK = `
import { promises as fs } from 'node:fs';
const open = fs.open;
fs.open = async (...a) => {
  const fh = await open(...a);
  if (String(a[0]).endsWith('.tmp')) {
    fh.writeFile = async (d) => {
      await fh.write(String(d).slice(0, 100));
      process.stdout.write('MENULIS\\n');
      setInterval(() => {}, 1000);
      await new Promise(() => {});
    };
  }
  return fh;
};
const { main } = await import(process.env.CLI_URL);
await main(process.argv.slice(2));
`;

function jalankanLaluHentikan(sinyal: NodeJS.Signals) {
  const dir = mkdtempSync(path.join(tmpdir(), 'lembaga-sinyal-'));
  cpSync(path.join(EXAMPLES, 'lks-harapan-bunda'), dir, { recursive: true });
  const anak = path.join(dir, 'anak.mjs');
  writeFileSync(anak, ANAK);
  return new Promise<{ code: number | null; sisa: string[] }>((resolve, reject) => {
    const p = spawn(
      process.execPath,
      [anak, 'validasi', '.', '-o', 'keluar/v.json', '--tanggal', TANGGAL_UJI],
      {
        cwd: dir,
        env: { ...process.env, CLI_URL: pathToFileURL(path.join(ROOT, 'dist/cli.js')).href },
      },
    );
    const timer = setTimeout(() => {
      p.kill('SIGKILL');
      reject(new Error('no write started'));
    }, 90_000);
    p.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('MENULIS')) {
        // The temporary file exists now: the signal arrives in the middle of the write.
        expect(readdirSync(path.join(dir, 'keluar')).some((n) => n.endsWith('.tmp'))).toBe(true);
        p.kill(sinyal);
      }
    });
    p.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, sisa: readdirSync(path.join(dir, 'keluar')) });
    });
  });
}

describe('an interrupted write leaves no temporary file', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    '%s',
    async (sinyal) => {
      const r = await jalankanLaluHentikan(sinyal);
      expect(r.code).toBe(sinyal === 'SIGINT' ? 130 : 143);
      expect(r.sisa).toEqual([]);
    },
    120_000,
  );
});
