/**
 * The helpers every command shares (src/cli/perintah.ts) and the translator the entry point
 * loads for one language only (src/i18n/muat.ts).
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import {
  keluarkan,
  layananDipilih,
  opsiLayanan,
  opsiTahun,
  opsiTanggal,
  registerTakTerbaca,
  tulisBerkas,
} from '../../src/cli/perintah.js';
import { catalogueKeys, createT, muatT } from '../../src/i18n/index.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { emptyFinding } from '../../src/core/finding.js';
import { TANGGAL_UJI } from '../helpers/examples.js';

function ioUji(cwd = tmpdir()) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    hariIni: TANGGAL_UJI,
    stdout: { write: (s) => out.push(String(s)) },
    stderr: { write: (s) => err.push(String(s)) },
    stdoutIsTTY: false,
    interactive: false,
    color: false,
    env: {},
    cwd,
    bahasa: 'id',
    t: createT('id'),
    quiet: false,
    debug: false,
  };
  return { io, out, err };
}

describe('options shared by the commands', () => {
  it('--tanggal: today by default, a date as given, anything else refused with the command’s wording', () => {
    const { io } = ioUji();
    expect(opsiTanggal(undefined, io)).toBe(TANGGAL_UJI);
    expect(opsiTanggal('2025-02-28', io)).toBe('2025-02-28');
    expect(() => opsiTanggal('2025-02-30', io)).toThrow(/2025-02-30/);
    expect(() => opsiTanggal('kemarin', io, 'laporan.tanggalSalah')).toThrow(
      createT('id')('laporan.tanggalSalah', { nilai: 'kemarin' }),
    );
  });

  it('--tahun: four digits or nothing', () => {
    const { io } = ioUji();
    expect(opsiTahun(undefined, io)).toBeUndefined();
    expect(opsiTahun('2024', io)).toBe(2024);
    expect(() => opsiTahun('24', io)).toThrow(/24/);
    expect(() => opsiTahun('2024x', io, 'tarif.tahunTidakSah')).toThrow(
      createT('id')('tarif.tahunTidakSah', { nilai: '2024x' }),
    );
  });

  it('--layanan: one of the five services; the services offered when not given', () => {
    const { io, err } = ioUji();
    expect(opsiLayanan('rehabilitasi')).toBe('rehabilitasi');
    expect(opsiLayanan('konseling')).toBeUndefined();
    const lembaga = { layanan: { rehabilitasi: {} } } as unknown as Lembaga;
    const pesan = 'sop.layananTidakDiselenggarakan';
    expect(layananDipilih(lembaga, undefined, io, pesan).layanan).toEqual(['rehabilitasi']);
    expect(err).toEqual([]);
    expect(layananDipilih(lembaga, 'pencegahan', io, pesan).layanan).toEqual(['pencegahan']);
    expect(err.join('')).toContain('pencegahan');
  });

  it('counts the registers that could not be read at all', () => {
    const rusak = { kasus: [], problems: [emptyFinding('parse-error', 'error')] };
    const kosong = { kasus: [], problems: [] };
    expect(registerTakTerbaca({ registers: [rusak, kosong, rusak] as never })).toBe(2);
  });
});

describe('writing a command’s output', () => {
  it('names each file written; refuses to overwrite without --timpa', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perintah-'));
    const { io, err } = ioUji(dir);
    const file = path.join(dir, 'hasil.txt');
    await tulisBerkas(io, [{ path: file, data: 'satu' }], false);
    expect(readFileSync(file, 'utf8')).toBe('satu');
    expect(err.join('')).toBe('Ditulis: hasil.txt\n');
    await expect(tulisBerkas(io, [{ path: file, data: 'dua' }], false)).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('satu');
  });

  it('to the screen without a target, to the file with one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'perintah-'));
    const { io, out } = ioUji(dir);
    await keluarkan(io, 'ke layar\n', null, false, 'umum.ditulis');
    expect(out).toEqual(['ke layar\n']);
    const file = path.join(dir, 'ada.txt');
    writeFileSync(file, 'lama');
    await keluarkan(io, 'baru', file, true, 'umum.ditulis');
    expect(readFileSync(file, 'utf8')).toBe('baru');
  });
});

describe('the translator of one language', () => {
  it('muatT translates as createT does, in both languages', async () => {
    for (const lang of ['id', 'en'] as const) {
      const t = await muatT(lang);
      const t0 = createT(lang);
      for (const key of catalogueKeys(lang).slice(0, 50))
        expect(t(key, { n: 3, file: 'a.xlsx' })).toBe(t0(key, { n: 3, file: 'a.xlsx' }));
      expect(t('tidak.ada.kunci')).toBe('tidak.ada.kunci');
    }
    expect((await muatT('en'))('umum.ditulis', { file: 'x' })).toBe('Written: x');
  });
});
