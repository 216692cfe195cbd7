/**
 * `lembaga laporan` in-process on a copy of the example balai: the report's open findings are
 * exactly validasi's (credit logs included), a year without cases is named with the years the
 * registers hold, and `-o file.md` writes that file only.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { jalankan } from '../helpers/cli.js';
import { tahunBerkasus } from '../../src/outputs/laporan/tahun.js';

const BALAI = fileURLToPath(new URL('../../examples/balai-rehsos-sentosa', import.meta.url));
const TANGGAL = ['--tanggal', '2026-01-15'];
let dir: string;

async function lembaga(args: string[]) {
  return jalankan(args, dir);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'laporan-cli-'));
  cpSync(BALAI, dir, { recursive: true });
});

describe('lembaga laporan uses the findings of lembaga validasi', () => {
  it('same errors and warnings, credit-log findings included and quoted, counted under 2.3', async () => {
    const v = JSON.parse(
      (await lembaga(['validasi', '--tahun', '2025', ...TANGGAL, '--format', 'json'])).stdout,
    ) as { summary: { errors: number; warnings: number }; findings: { rule: string }[] };
    const r = await lembaga(['laporan', '--tahun', '2025', ...TANGGAL, '--format', 'json']);
    const lap = JSON.parse(r.stdout) as {
      temuan: { rule: string; severity: string; jumlah: number; pesan: string[] }[];
      pengelolaan: { huruf: string; temuan: { error: number; warning: number } }[];
    };
    const jumlah = (sev: string) =>
      lap.temuan.filter((x) => x.severity === sev).reduce((a, x) => a + x.jumlah, 0);
    expect(jumlah('error')).toBe(v.summary.errors);
    expect(jumlah('warning')).toBe(v.summary.warnings);
    expect(v.findings.some((f) => f.rule.startsWith('kredit-'))).toBe(true);
    const penunjang = lap.temuan.find((x) => x.rule === 'kredit-batas-penunjang')!;
    expect(penunjang.pesan[0]).toContain('melebihi sisa batas 5');
    // 2.3/2.5 (aspect d) counts the credit findings too.
    const kredit = v.findings.filter((f) => f.rule.startsWith('kredit-')).length;
    expect(kredit).toBeGreaterThan(0);
    const d = lap.pengelolaan.find((a) => a.huruf === 'd')!;
    expect(d.temuan.error).toBeGreaterThanOrEqual(
      lap.temuan.filter((x) => x.rule.startsWith('kredit-') && x.severity === 'error').length,
    );
    expect(r.stderr).toContain(
      `${jumlah('error') + jumlah('warning')} temuan terbuka (${jumlah('error')} galat, ${jumlah('warning')} peringatan`,
    );
  });
});

describe('a year without cases', () => {
  it('is still reported, with the years the registers hold on stderr', async () => {
    const r = await lembaga(['laporan', '--tahun', '2025', ...TANGGAL, '--format', 'json']);
    expect(JSON.parse(r.stdout).tahun).toBe(2025);
    expect(r.stderr).toContain(
      'Register tidak memuat kasus tahun 2025; tahun yang ada: 2026. Pakai --tahun 2026.',
    );
    const ada = await lembaga(['laporan', '--tahun', '2026', ...TANGGAL, '--format', 'json']);
    expect(ada.stderr).not.toContain('Register tidak memuat');
  });

  it('tahunBerkasus: years overlapped by service periods, open cases up to the report date', () => {
    const k = (mulai: string, akhir?: string) => ({
      nomor: mulai,
      layanan: 'rehabilitasi' as const,
      status: akhir ? ('selesai' as const) : ('aktif' as const),
      klien: { jenis: 'individu' as const },
      tahapan: {
        pendekatanAwal: { tanggal: mulai },
        ...(akhir ? { terminasi: { tanggal: akhir } } : {}),
      },
    });
    expect(
      tahunBerkasus([k('2022-05-01', '2023-02-01'), k('2025-03-01'), k('2062-01-01')], {
        tanggal: '2026-01-15',
      }),
    ).toEqual([2022, 2023, 2025, 2026]);
  });
});

describe('-o names one file', () => {
  it('writes only the format its extension names', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'laporan-o-'));
    const r = await lembaga([
      'laporan',
      '--tahun',
      '2026',
      ...TANGGAL,
      '-o',
      path.join(out, 'l.md'),
    ]);
    expect(r.stderr).toContain('l.md');
    expect(readdirSync(out).filter((f) => !f.endsWith('.png'))).toEqual(['l.md']);
  });
});
