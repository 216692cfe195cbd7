/** The report names the national social register as the date calls for it (issue 13 item 3). */
import { describe, expect, it } from 'vitest';
import { createT } from '../../src/i18n/index.js';
import { denganNamaDtsen } from '../../src/outputs/laporan/dtsen.js';
import { jalankan } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';

describe('DTSEN (dahulu DTKS) in the annual report', () => {
  const t = createT('id');
  it('a period ending before 2025-02-05 keeps DTKS; one reaching it says DTSEN (dahulu DTKS)', () => {
    expect(denganNamaDtsen(t, '2025-02-04', 'id')('laporan.dtks.terdaftar')).toBe(
      'Terdaftar di DTKS',
    );
    expect(denganNamaDtsen(t, '2025-02-05', 'id')('laporan.dtks.terdaftar')).toBe(
      'Terdaftar di DTSEN (dahulu DTKS)',
    );
    expect(denganNamaDtsen(createT('en'), '2025-12-31', 'en')('laporan.dtks.terdaftar')).toContain(
      'DTSEN (formerly DTKS)',
    );
    // Other labels are untouched.
    expect(denganNamaDtsen(t, '2025-12-31', 'id')('laporan.judul', { tahun: 2025 })).toBe(
      t('laporan.judul', { tahun: 2025 }),
    );
  });
  it('the 2025 report of the example says DTSEN (dahulu DTKS) in its table', async () => {
    const r = await jalankan(
      [
        'laporan',
        'lks-harapan-bunda',
        '--tahun',
        '2025',
        '--format',
        'markdown',
        '-o',
        '-',
        '--tanggal',
        '2026-11-25',
      ],
      EXAMPLES,
    );
    expect(r.code).toBeLessThan(2);
    expect(r.stdout).toContain('DTSEN (dahulu DTKS)');
    expect(r.stdout).not.toMatch(/status DTKS\b/);
  });
});
