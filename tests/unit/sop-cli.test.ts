import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { run } from '../../src/cli.js';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { contohLembaga, teksDocx } from './sop-baca-docx.js';

const capture = () => {
  let s = '';
  return {
    write: (x: string) => ((s += x), true),
    get text() {
      return s;
    },
  };
};

async function folder(isi: unknown = contohLembaga()): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sop-'));
  await fs.writeFile(path.join(dir, 'lembaga.yaml'), stringify(isi));
  return dir;
}

async function jalankan(args: string[], cwd: string) {
  const out = capture();
  const err = capture();
  const code = await run(args, { stdout: out, stderr: err, env: {}, cwd });
  return { code, out: out.text, err: err.text };
}

describe('lembaga sop (in-process)', () => {
  it('writes SOP-<layanan>.docx and .md for each service offered, nothing on stdout', async () => {
    const dir = await folder();
    const r = await jalankan(['sop', '.'], dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe('');
    const files = (await fs.readdir(path.join(dir, 'sop'))).sort();
    expect(files).toEqual(
      ['pemberdayaan', 'pencegahan', 'pengembangan', 'perlindungan', 'rehabilitasi'].flatMap(
        (k) => [`SOP-${k}.docx`, `SOP-${k}.md`],
      ),
    );
    const { teks } = await teksDocx(
      await fs.readFile(path.join(dir, 'sop', 'SOP-rehabilitasi.docx')),
    );
    for (const k of STANDAR.rehabilitasi.kegiatan) expect(teks).toContain(k.label);
  });

  it('never overwrites without --timpa (exit 2, file unchanged); --timpa replaces', async () => {
    const dir = await folder();
    const target = path.join(dir, 'sop', 'SOP-pencegahan.md');
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, 'milik pengguna');
    const r = await jalankan(['sop', '.', '--layanan', 'pencegahan'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--timpa');
    expect(await fs.readFile(target, 'utf8')).toBe('milik pengguna');
    await expect(fs.access(path.join(dir, 'sop', 'SOP-pencegahan.docx'))).rejects.toThrow(); // nothing half-written
    const r2 = await jalankan(['sop', '.', '--layanan', 'pencegahan', '--timpa'], dir);
    expect(r2.code, r2.err).toBe(0);
    expect(await fs.readFile(target, 'utf8')).toContain('SOP LAYANAN PENCEGAHAN');
  });

  it('--sk adds the three decree templates; -o chooses the folder; --format markdown only', async () => {
    const dir = await folder();
    const r = await jalankan(
      ['sop', '.', '--layanan', 'pemberdayaan', '--sk', '-o', 'keluar', '--format', 'markdown'],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect((await fs.readdir(path.join(dir, 'keluar'))).sort()).toEqual([
      'SK-kriteria-klien-pemberdayaan.md',
      'SK-pengaduan-pemberdayaan.md',
      'SK-tarif-pemberdayaan.md',
      'SOP-pemberdayaan.md',
    ]);
  });

  it('a lembaga without services is a usage error (exit 2) with a clear message', async () => {
    const l = contohLembaga();
    l.layanan = {};
    const dir = await folder(l);
    const r = await jalankan(['sop', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain('belum mencantumkan layanan');
  });

  it('broken lembaga.yaml: located message, exit 2, no stack', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sop-'));
    await fs.writeFile(path.join(dir, 'lembaga.yaml'), 'lembaga: [\n');
    const r = await jalankan(['sop', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/lembaga\.yaml:\d+:\d+/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('English messages with --bahasa en', async () => {
    const dir = await folder();
    const r = await jalankan(
      ['sop', '.', '--layanan', 'pencegahan', '--bahasa', 'en', '--format', 'markdown'],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    expect(r.err).toContain('Written:');
    expect(await fs.readFile(path.join(dir, 'sop', 'SOP-pencegahan.md'), 'utf8')).toContain(
      'Receive the service request',
    );
  });
});
