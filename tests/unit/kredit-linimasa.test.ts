/**
 * The regulation timeline (issue 13 item 1): dates decide what is in force;
 * the README block and the conversion schema are generated from it (run
 * `npm run docs` when this fails).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples.js';
import {
  LINIMASA,
  SEMUA_RULESETS,
  catatanPengganti,
  regulasiBerlaku,
  regulasiPada,
} from '../../src/standards/index.js';

describe('regulation timeline', () => {
  it('every ruleset with rules has a timeline entry with its dates (file checks aside)', () => {
    const ids = new Set(LINIMASA.map((r) => r.id));
    const tanpa = SEMUA_RULESETS.map((r) => r.id).filter((id) => !ids.has(id));
    expect(tanpa).toEqual(['berkas', 'identitas-klien'].filter((x) => tanpa.includes(x)));
    for (const r of LINIMASA) expect(r.berlaku).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('the credit method switches on 1 January 2023, not a day before', () => {
    expect(regulasiBerlaku('kredit', '2022-12-31')!.id).toBe('permenpanrb-2020-jf-peksos');
    expect(regulasiBerlaku('kredit', '2023-01-01')!.id).toBe('permenpanrb-1-2023-konversi');
    expect(catatanPengganti('2022-12-31', 'id', ['kredit'])).toEqual([]);
    expect(catatanPengganti('2024-06-30', 'id', ['kredit'])).toEqual([
      'Angka kredit 2024 dihitung dengan konversi predikat kinerja (PermenPANRB 1/2023), bukan butir kegiatan 2020.',
    ]);
  });
  it('accreditation: Permensos 17/2012 until 2024, Permensos 8/2025 after', () => {
    expect(regulasiBerlaku('akreditasi', '2024-12-31')!.id).toBe('permensos-17-2012');
    expect(regulasiBerlaku('akreditasi', '2026-01-01')!.id).toBe('permensos-8-2025');
    expect(regulasiPada('2026-01-01').dicabut.map((r) => r.id)).toEqual(['permensos-17-2012']);
  });
  it('DTKS read as DTSEN from Inpres 4/2025', () => {
    expect(catatanPengganti('2025-01-31', 'id', ['data-sosial'])).toEqual([]);
    expect(catatanPengganti('2025-06-01', 'id', ['data-sosial'])[0]).toContain(
      'DTSEN (dahulu DTKS)',
    );
  });
});

describe('generated from the timeline (run `npm run docs` when this fails)', () => {
  // Freshness of the generated block and schemas is checked once, in tests/unit/generated.test.ts.
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  it('the README names both credit methods with their dates', () => {
    expect(readme).toMatch(
      /\| PermenPANRB 1\/2023; PerBKN 3\/2023 \(`permenpanrb-1-2023-konversi`\) \| 2023-01-01 \|/,
    );
  });
});
