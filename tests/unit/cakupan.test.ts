/**
 * Coverage of the regulations by the sections the rules cite (issue 12): the share of
 * the Lampiran's institution-level and case-level clauses (klausul.ts) and of ATENSI's
 * clauses that a rule cites, a cited section covering its clauses one level below.
 * Clauses listed as "tidak diperiksa" are reported apart and never counted as covered.
 */
import { describe, it, expect } from 'vitest';
import { SEMUA_RULESETS } from '../../src/standards/index.js';
import {
  induk,
  klausulPermensos14,
  ukurCakupan,
} from '../../src/standards/permensos-14-2020/klausul.js';
import { KLAUSUL_ATENSI } from '../../src/standards/permensos-7-2021/klausul.js';
import { KLAUSUL_PERMENPANRB_2020 } from '../../src/standards/permenpanrb-2020/klausul.js';
import { TIDAK_DIPERIKSA } from '../../src/standards/permensos-14-2020/tidak-diperiksa.js';
import { renderTidakDiperiksa } from '../../src/outputs/aturan/render.js';
import { createT } from '../../src/i18n/index.js';

const rules = SEMUA_RULESETS.flatMap((r) => r.rules);
const dikutip = (ruleset: string) =>
  rules.filter((r) => r.ruleset === ruleset).flatMap((r) => r.sections);
const td = (ruleset: string) =>
  TIDAK_DIPERIKSA.filter((x) => x.ruleset === ruleset).flatMap((x) => x.sections);
const persen = (a: number, b: number) => Math.round((1000 * a) / b) / 10;

describe('coverage of the regulations by the sections rules cite', () => {
  const k14 = klausulPermensos14();
  for (const tingkat of ['lembaga', 'kasus'] as const) {
    it(`Permensos 14/2020, ${tingkat}-level clauses of the catalogue: ≥ 95 % covered or listed as not checked`, () => {
      const c = ukurCakupan(
        k14.filter((k) => k.tingkat === tingkat && !k.tambahan),
        dikutip('permensos-14-2020'),
        td('permensos-14-2020'),
      );
      console.log(
        `Permensos 14/2020 ${tingkat} (katalog): ${c.tercakup}/${c.total} = ${persen(c.tercakup, c.total)} % oleh aturan; ` +
          `+${c.tidakDiperiksa} tidak diperiksa; belum: ${c.belum.join(', ') || '-'}`,
      );
      expect(c.belum).toEqual([]);
      expect(persen(c.tercakup, c.total - c.tidakDiperiksa)).toBeGreaterThanOrEqual(95);
    });
  }
  it('Permensos 14/2020 with the clauses the catalogue does not carry (2.2.2, 2.4.2–2.4.4, 2.5.1, 2.8.3–2.8.4, 1.4.1)', () => {
    const c = ukurCakupan(k14, dikutip('permensos-14-2020'), td('permensos-14-2020'));
    console.log(
      `Permensos 14/2020 (katalog + tambahan): ${c.tercakup}/${c.total} = ${persen(c.tercakup, c.total)} % oleh aturan; +${c.tidakDiperiksa} tidak diperiksa`,
    );
    expect(c.belum).toEqual([]);
    // 2.2.2, 2.4.2, 2.4.3 a, c–j and 2.4.4 a–b are read from the institution's records (issue 12).
    expect(persen(c.tercakup, c.total)).toBeGreaterThanOrEqual(94);
  });
  it('ATENSI: ≥ 80 % of its clauses covered by rules, the rest listed as not checked', () => {
    const c = ukurCakupan(
      KLAUSUL_ATENSI,
      dikutip('permensos-7-2021-atensi'),
      td('permensos-7-2021-atensi'),
    );
    console.log(
      `ATENSI: ${c.tercakup}/${c.total} = ${persen(c.tercakup, c.total)} % oleh aturan; +${c.tidakDiperiksa} tidak diperiksa; belum: ${c.belum.join(', ') || '-'}`,
    );
    expect(persen(c.tercakup, c.total)).toBeGreaterThanOrEqual(80);
    expect(c.belum).toEqual([]);
  });
  it("PermenPANRB 2020 (JF Pekerja Sosial): ≥ 70 % of the assessor's clauses covered by rules, the rest listed as not checked", () => {
    const c = ukurCakupan(
      KLAUSUL_PERMENPANRB_2020,
      dikutip('permenpanrb-2020-jf-peksos'),
      td('permenpanrb-2020-jf-peksos'),
    );
    console.log(
      `PermenPANRB 2020: ${c.tercakup}/${c.total} = ${persen(c.tercakup, c.total)} % oleh aturan; +${c.tidakDiperiksa} tidak diperiksa; belum: ${c.belum.join(', ') || '-'}`,
    );
    expect(persen(c.tercakup, c.total)).toBeGreaterThanOrEqual(70);
    expect(c.belum).toEqual([]);
    // Every clause on the list appears once.
    expect(new Set(KLAUSUL_PERMENPANRB_2020.map((k) => k.section)).size).toBe(c.total);
  });
  it('a cited section covers its clauses one level below, not two', () => {
    expect(induk('Lampiran C 2.3.2 a')).toBe('Lampiran C 2.3.2');
    expect(induk('Lampiran C 2.3.2')).toBe('Lampiran C 2.3');
    expect(induk('Pasal 19 ayat 1')).toBe('Pasal 19');
    const c = ukurCakupan(
      [
        { section: 'Lampiran C 2.3.2 a' },
        { section: 'Lampiran C 2.3.2' },
        { section: 'Lampiran C 1.2.5 a 3' },
      ],
      ['Lampiran C 2.3', 'Lampiran C 1.2.5'],
    );
    expect(c.belum).toEqual(['Lampiran C 2.3.2 a', 'Lampiran C 1.2.5 a 3']);
  });
  it('no clause listed as not checked is cited by a rule (a clause is either checked or said not to be)', () => {
    for (const rs of [
      'permensos-14-2020',
      'permensos-7-2021-atensi',
      'permenpanrb-2020-jf-peksos',
    ]) {
      const kutip = new Set(dikutip(rs));
      expect(td(rs).filter((s) => kutip.has(s))).toEqual([]);
    }
  });
  it('`lembaga aturan` lists the clauses not checked with their reason, in both languages', () => {
    const id = renderTidakDiperiksa(TIDAK_DIPERIKSA, createT('id'), 'id');
    expect(id).toMatch(/^\nTidak diperiksa \(tidak dapat dinilai dari data; alasannya\):\n/);
    expect(id).toContain('  - [permensos-14-2020] A–E 2.5.1 c: Kemampuan anggaran tahunan');
    expect(id).toContain('Data keuangan lembaga tidak dibaca');
    expect(id).toContain('  - [permensos-7-2021-atensi] Pasal 10: Kriteria sasaran');
    const en = renderTidakDiperiksa(TIDAK_DIPERIKSA, createT('en'), 'en');
    expect(en).toContain('  - [permensos-14-2020] A–E 2.5.1 c: Annual budget capacity');
    expect(id).toContain('  - [permenpanrb-2020-jf-peksos] Pasal 28: Perilaku kerja');
    expect(en).toContain('  - [permenpanrb-2020-jf-peksos] Pasal 28: Work behaviour');
    expect(renderTidakDiperiksa([], createT('id'), 'id')).toBe('');
  });
});
