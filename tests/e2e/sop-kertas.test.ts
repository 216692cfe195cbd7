import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bacaZip } from '../unit/sop-baca-docx.js';

const BIN = path.resolve('bin/lembaga');
const CONTOH = path.resolve('examples/lks-harapan-bunda');

function lembaga(args: string[], cwd: string) {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
  });
}

/** Every w:pgSz of the document (one per section): width and height in twips, orientation. */
async function ukuranHalaman(file: string): Promise<string[]> {
  const xml = (await bacaZip(await fs.readFile(file))).get('word/document.xml') ?? '';
  return [...xml.matchAll(/<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="(\w+)"/g)].map(
    (m) => `${m[1]}×${m[2]} ${m[3]}`,
  );
}

describe('lembaga sop --kertas (built binary)', () => {
  it('A4 by default, F4 (any case, or "folio") 215 × 330 mm in every section of the .docx', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sop-kertas-'));
    const kasus: [string[], string][] = [
      [[], '11906×16838'], // A4 = 210 × 297 mm
      [['--kertas', 'f4'], '12188×18708'], // F4 = 215 × 330 mm
      [['--kertas', 'folio'], '12188×18708'],
    ];
    for (const [i, [opsi, ukuran]] of kasus.entries()) {
      const out = path.join(dir, `k${i}`);
      const r = lembaga(
        ['sop', CONTOH, '--layanan', 'rehabilitasi', '--format', 'docx', '-o', out, ...opsi],
        dir,
      );
      expect(r.status, r.stderr).toBe(0);
      const pgSz = await ukuranHalaman(path.join(out, 'SOP-rehabilitasi.docx'));
      // Portrait sections, and the landscape ones (wide tables) with the sides swapped.
      const [w, h] = ukuran.split('×');
      expect(pgSz, opsi.join(' ')).toContain(`${w}×${h} portrait`);
      for (const s of pgSz) expect([`${w}×${h} portrait`, `${h}×${w} landscape`]).toContain(s);
    }
  });

  it('refuses an unknown size with exit 2, in Indonesian, before writing anything', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sop-kertas-'));
    const out = path.join(dir, 'sop');
    const b5 = lembaga(['sop', CONTOH, '--kertas', 'B5', '-o', out], dir);
    expect(b5.status).toBe(2);
    expect(b5.stderr).toContain('Ukuran kertas "B5" tidak dikenal. Pilih A4 atau F4');
    expect(b5.stderr).not.toMatch(/opsi .* tidak dikenal|\bat .*\.js:\d+/);
    // One edit away from a supported size: did you mean.
    const a5 = lembaga(['sop', CONTOH, '--kertas', 'A5', '-o', out], dir);
    expect(a5.status).toBe(2);
    expect(a5.stderr).toContain('Maksud Anda A4?');
    expect(b5.stdout + a5.stdout).toBe('');
    await expect(fs.access(out)).rejects.toThrow();
  });

  it('lists --kertas and an example in sop --help', () => {
    const r = lembaga(['sop', '--help'], os.tmpdir());
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /--kertas <ukuran>\s+ukuran kertas dokumen Word: A4 \(bawaan\) atau F4/,
    );
    expect(r.stdout).toContain('lembaga sop --kertas F4');
  });
});
