import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/lembaga');
const lembaga = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
  });

describe('lembaga init → validasi → sop (built binary)', () => {
  it('a new user starts a folder without a terminal, validasi names what is missing, sop writes the documents', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-e2e-'));
    const init = lembaga(['init', 'panti'], dir); // stdin is not a TTY: implies --ya
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toBe('');
    expect(init.stderr).toContain('Tidak ada terminal interaktif');
    expect(init.stderr).toContain('Ditulis: panti/lembaga.yaml');
    expect(init.stderr).not.toMatch(/\n\s+at /);

    const again = lembaga(['init', 'panti'], dir);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--timpa');

    // The user picks a service, as the skeleton's comments say, and validasi runs.
    const file = path.join(dir, 'panti', 'lembaga.yaml');
    const yaml = (await fs.readFile(file, 'utf8'))
      .replace('layanan: {}', 'layanan:\n  pencegahan:\n    sk: {}')
      .replace('nama: ""', 'nama: "Panti Uji"');
    await fs.writeFile(file, yaml);
    const v = lembaga(['validasi', 'panti', '--format', 'json'], dir);
    expect(v.status).toBe(1);
    const report = JSON.parse(v.stdout) as {
      findings: { rule: string; file: string; message: string }[];
    };
    expect(report.findings.length).toBeGreaterThan(0);
    // The skeleton keeps no inspection and no internal-supervision record: each is named.
    for (const [rule, pesan] of [
      ['sarana-pemeriksaan', /Pemeriksaan ruang dan peralatan .* tidak dicatat/],
      ['pengawasan-kegiatan', /Catatan pengawasan internal .* tidak ada/],
    ] as const)
      expect(
        report.findings.filter((f) => f.rule === rule && pesan.test(f.message)),
        rule,
      ).toHaveLength(1);
    expect(report.findings.every((f) => f.rule !== 'parse-error')).toBe(true);

    const sop = lembaga(['sop', 'panti', '--sk'], dir);
    expect(sop.status, sop.stderr).toBe(0);
    expect((await fs.readdir(path.join(dir, 'panti', 'sop'))).sort()).toContain(
      'SOP-pencegahan.docx',
    );
  });
});

describe('lembaga init --ya --timpa over a filled register (issue 14 item 3)', () => {
  it('keeps the register with its cases, says so, and still rewrites lembaga.yaml', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-timpa-'));
    const lks = path.join(dir, 'lks');
    await fs.cp(path.resolve('examples/lks-harapan-bunda'), lks, { recursive: true });
    // The workbook init would write this year, already holding the cases.
    const tahun = String(new Date(Date.now() + 7 * 3600 * 1000).getUTCFullYear());
    const target = path.join(lks, 'register', `register-${tahun}.xlsx`);
    await fs.rm(path.join(lks, 'register'), { recursive: true });
    await fs.mkdir(path.join(lks, 'register'));
    await fs.copyFile(
      path.resolve('examples/lks-harapan-bunda/register/register-2025.xlsx'),
      target,
    );
    const before = await fs.readFile(target);
    const r = lembaga(['init', 'lks', '--ya', '--timpa'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(Buffer.compare(await fs.readFile(target), before)).toBe(0);
    expect(r.stderr).toMatch(
      /Register lks\/register\/register-\d{4}\.xlsx berisi \d+ kasus dan tidak ditimpa/,
    );
    expect(r.stderr).toContain('Ditulis: lks/lembaga.yaml');
    expect(r.stderr).not.toMatch(/Ditulis: lks\/register/);
  });
});
