import { describe, expect, it } from 'vitest';
import { isTanggal } from '../../src/core/tanggal.js';
import { emptyFinding } from '../../src/core/finding.js';
import { dropShadowed } from '../../src/engine/validate.js';
import type { Finding } from '../../src/core/finding.js';

describe('isTanggal (arithmetic)', () => {
  it('accepts real calendar dates and refuses the rest', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2026-12-31', '1999-01-01', '2025-04-30'])
      expect(isTanggal(d), d).toBe(true);
    for (const d of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '2025-1-01',
      '2025/01/01',
      '2025-01-01T00',
      '２０２５-01-01',
      '',
      20250101,
      null,
    ])
      expect(isTanggal(d), String(d)).toBe(false);
  });
});

describe('dropShadowed', () => {
  const f = (file: string, path: string, severity: Finding['severity'] = 'error'): Finding => ({
    ...emptyFinding('x', severity),
    file,
    path,
  });
  it('drops a finding at an invalid value or at a deep section holding one, nothing else', () => {
    const masalah = [f('a.xlsx', '/kasus/3/klien/nik'), f('a.xlsx', '/kasus/9/x', 'warning')];
    const findings = [
      f('a.xlsx', '/kasus/3/klien/nik'), // same value: dropped
      f('a.xlsx', '/kasus/3/klien'), // deep section holding it: dropped
      f('a.xlsx', '/kasus/3'), // a whole case: kept
      f('a.xlsx', '/kasus/3/klien/nama'), // a sibling: kept
      f('b.xlsx', '/kasus/3/klien/nik'), // another file: kept
      f('a.xlsx', '/kasus/9/x'), // shadowed only by a warning: kept
      f('a.xlsx', '/kasus/31/klien'), // prefix but not an ancestor: kept
    ];
    expect(dropShadowed(findings, masalah).map((x) => `${x.file}${x.path}`)).toEqual([
      'a.xlsx/kasus/3',
      'a.xlsx/kasus/3/klien/nama',
      'b.xlsx/kasus/3/klien/nik',
      'a.xlsx/kasus/9/x',
      'a.xlsx/kasus/31/klien',
    ]);
  });
});
