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
    const report = JSON.parse(v.stdout) as { findings: { rule: string; file: string }[] };
    expect(report.findings.length).toBeGreaterThan(0);
    expect(report.findings.every((f) => f.rule !== 'parse-error')).toBe(true);

    const sop = lembaga(['sop', 'panti', '--sk'], dir);
    expect(sop.status, sop.stderr).toBe(0);
    expect((await fs.readdir(path.join(dir, 'panti', 'sop'))).sort()).toContain(
      'SOP-pencegahan.docx',
    );
  });
});
