import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { createT } from '../../src/i18n/index.js';
import { jalankanInit } from '../../src/cli/commands/init.js';
import type { CliIO } from '../../src/cli/io.js';
import { askerSkrip, lksTertib, type Jawab } from '../helpers/wizard.js';
import { jalankan } from '../helpers/cli.js';
import { TANGGAL_UJI } from '../helpers/examples.js';

const t = createT('id');

const capture = () => {
  let s = '';
  return {
    write: (x: string) => ((s += x), true),
    get text() {
      return s;
    },
  };
};
function io(cwd: string): { io: CliIO; err: ReturnType<typeof capture> } {
  const err = capture();
  return {
    err,
    io: {
      hariIni: TANGGAL_UJI,
      stdout: capture(),
      stderr: err,
      stdoutIsTTY: true,
      interactive: true,
      color: false,
      env: {},
      cwd,
      bahasa: 'id',
      t,
      quiet: false,
      debug: false,
    },
  };
}

async function jalankanWizard(skrip: [RegExp, Jawab][]) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-wizard-'));
  const ask = askerSkrip(skrip);
  const c = io(dir);
  expect(await jalankanInit(['lks'], { tanggal: TANGGAL_UJI }, c.io, ask)).toBe(0);
  expect(ask.sisa()).toEqual([]);
  const v = await jalankan(['validasi', 'lks', '--tanggal', TANGGAL_UJI, '--format', 'json'], dir);
  const report = JSON.parse(v.stdout) as {
    findings: { rule: string; severity: string; message: string }[];
  };
  return { dir, ask, stderr: c.err.text, v, findings: report.findings };
}

describe('lembaga init wizard → validasi (issue 14 done-when)', () => {
  it('a small LKS with everything in order ends with 0 errors and 0 warnings', async () => {
    const r = await jalankanWizard(lksTertib());
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.v.code).toBe(0);
    expect(r.stderr).toContain('0 galat, 0 peringatan');
    expect(r.stderr).toContain('Tidak ada galat');
    expect(r.ask.dicatat.join('\n')).not.toContain('sudah berakhir');
    const l = parse(await fs.readFile(path.join(r.dir, 'lks', 'lembaga.yaml'), 'utf8'));
    // dd/mm/yyyy answers are written as ISO dates.
    expect(l.izin.berlakuSampai).toBe('2029-01-31');
    expect(l.staf.map((s: { id: string }) => s.id)).toEqual(['ps-01', 'spv-01']);
    // The fields of tarif-faktor, keselamatan-per-pelaksana, pengaduan-laporan-berkala and
    // evaluasi-kinerja-prosedur, as answered.
    expect(l.layanan.pencegahan.faktorTarif).toEqual([
      'peraturan-perundangan',
      'subsidi-pemerintah',
      'tingkat-ekonomi-daerah',
    ]);
    for (const k of ['pesertaInformasi', 'pesertaLatihanBencana', 'pesertaLatihanDrill'])
      expect(l.keselamatan[k], k).toEqual(['ps-01', 'spv-01']);
    expect(l.pengaduan.laporanTerakhir).toBe('2026-10-05');
    expect(l.staf[1].evaluasi).toEqual({
      isianDiri: true,
      masukan: ['teman-sejawat', 'klien', 'staf-lebih-tinggi'],
      pertemuan: true,
      rencanaBerikutnya: true,
      diukur: ['tujuan-kinerja', 'pelaksanaan-tugas', 'pengetahuan', 'keterampilan', 'nilai-etik'],
    });
  });

  it('the same run with one expired licence: said at once, and exactly that finding', async () => {
    const r = await jalankanWizard(lksTertib('31/10/2026'));
    expect(r.ask.dicatat.join('\n')).toContain('izin praktik Sari sudah berakhir pada 31/10/2026');
    const nyata = r.findings.filter((f) => f.severity !== 'info');
    expect(nyata.map((f) => f.rule)).toEqual(['izin-praktik']);
    expect(r.v.code).toBe(1);
    expect(r.stderr).toContain('1 galat, 0 peringatan');
    expect(r.stderr).toContain(nyata[0]!.message);
  });

  it('no inspection date given: the record is not kept, and exactly that finding, at its parent', async () => {
    const skrip = lksTertib().filter(([re]) => !/pemeriksaan (ruang|14)/.test(String(re)));
    skrip.splice(skrip.findIndex(([re]) => String(re).includes('Peralatan kerja')) + 1, 0, [
      /^Tanggal pemeriksaan ruang dan peralatan terakhir/,
      '',
    ]);
    const r = await jalankanWizard(skrip);
    const nyata = r.findings.filter((f) => f.severity !== 'info');
    expect(nyata.map((f) => [f.rule, f.severity])).toEqual([['sarana-pemeriksaan', 'warning']]);
    expect(nyata[0]!.message).toBe(
      'Pemeriksaan ruang dan peralatan (angka 2.2.2 a–f) tidak dicatat: tambahkan sarana.pemeriksaan dengan tanggal dan hasil per butir (lembaga init menanyakannya).',
    );
    // No `sarana` section: the finding points at the top of lembaga.yaml (versi: 1).
    const yaml = await fs.readFile(path.join(r.dir, 'lks', 'lembaga.yaml'), 'utf8');
    expect(yaml).toMatch(/^# sarana:$/m);
    expect((nyata[0] as { line?: number }).line).toBe(
      yaml.split('\n').findIndex((x) => x === 'versi: 1') + 1,
    );
    expect(r.stderr).toContain('0 galat, 1 peringatan');
  });
});
