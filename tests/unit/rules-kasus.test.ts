import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validate } from '../../src/engine/validate.js';
import { RULESETS } from '../../src/standards/index.js';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import type { Rule, Ruleset, KasusTerdaftar } from '../../src/standards/rule.js';
import { createT } from '../../src/i18n/index.js';
import { NO_LOCATION } from '../../src/core/finding.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { normaliseKasus } from '../../src/io/load-folder.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { applySet } from '../helpers/patch.js';
import { EXAMPLES, loadExampleLembaga, TANGGAL_UJI } from '../helpers/examples.js';

const lembaga = loadExampleLembaga();
const regFile = path.join(EXAMPLES, 'lks-harapan-bunda/register/register-2026.yaml');
const register = parseYamlSource(readFileSync(regFile), regFile).data as { kasus: Kasus[] };
const locator = { locate: () => ({ ...NO_LOCATION, file: 'x' }) };
const caseRules = RULESETS.flatMap((rs) => rs.rules).filter((r) => r.scope === 'kasus');

function run(reg: { kasus: Kasus[] }, l: Lembaga, rule?: Rule, bahasa: 'id' | 'en' = 'id') {
  const kasus: KasusTerdaftar[] = reg.kasus.map((k, i) => ({
    kasus: normaliseKasus(k),
    file: 'register.yaml',
    pointer: `/kasus/${i}`,
  }));
  const rulesets: Ruleset[] = rule
    ? [{ id: rule.ruleset, judul: 'x', rules: [rule] }]
    : [...RULESETS];
  return validate({
    lembaga: l,
    lembagaLocator: locator,
    kasus,
    registerLocators: new Map([['register.yaml', locator]]),
    rulesets,
    standar: STANDAR,
    tanggal: TANGGAL_UJI,
    t: createT(bahasa),
  }).findings;
}

describe('case rules: each rule fails its failing example and passes its passing one', () => {
  it('the example register and institution have no findings at all', () => {
    expect(run(register, lembaga)).toEqual([]);
  });
  for (const rule of caseRules) {
    it(`${rule.id}: gagal — ${rule.contoh.gagal.judul}`, () => {
      const l = applySet(lembaga, rule.contoh.gagal.lembaga ?? []);
      const f = run(applySet(register, rule.contoh.gagal.set), l, rule);
      expect(f.length).toBeGreaterThan(0);
      for (const x of f) {
        expect(x.rule).toBe(rule.id);
        expect(x.message).not.toMatch(/^r\./);
      }
      for (const x of run(applySet(register, rule.contoh.gagal.set), l, rule, 'en'))
        expect(x.message).not.toMatch(/^r\./);
    });
    it(`${rule.id}: lulus — ${rule.contoh.lulus.judul}`, () => {
      const l = applySet(lembaga, rule.contoh.lulus.lembaga ?? []);
      expect(run(applySet(register, rule.contoh.lulus.set), l, rule)).toEqual([]);
    });
  }
});

describe('case rules: readings of the text', () => {
  const rule = (id: string) => caseRules.find((r) => r.id === id)!;
  it('rehabilitation is capped at 6 months from the agreement date; 12 months elsewhere', () => {
    // Case 0 (rehabilitasi) agreed 2026-01-07: 2026-07-07 is still within, 2026-07-08 is not.
    const within = applySet(register, [['/kasus/0/tahapan/terminasi/tanggal', '2026-07-07']]);
    expect(run(within, lembaga, rule('kasus-jangka-waktu'))).toEqual([]);
    const over = applySet(register, [['/kasus/0/tahapan/terminasi/tanggal', '2026-07-08']]);
    const f = run(over, lembaga, rule('kasus-jangka-waktu'));
    expect(f).toHaveLength(1);
    expect(f[0]!.ref).toBe('Permensos 14/2020 Lampiran C angka 1.3.1');
    // The same dates in perlindungan (12 months) pass.
    expect(
      run(
        applySet(over, [['/kasus/0/layanan', 'perlindungan']]),
        lembaga,
        rule('kasus-jangka-waktu'),
      ),
    ).toEqual([]);
  });
  it('an active case is measured to --tanggal; an extension without an end date does not clear it', () => {
    const old = applySet(register, [
      ['/kasus/1/tahapan/pendekatanAwal', { tanggal: '2026-01-02', kesepakatan: '2026-01-05' }],
    ]);
    expect(run(old, lembaga, rule('kasus-jangka-waktu'))).toHaveLength(1);
    expect(
      run(
        applySet(old, [
          ['/kasus/1/perpanjangan', [{ tanggal: '2026-07-01', dasar: 'Konferensi kasus' }]],
        ]),
        lembaga,
        rule('kasus-jangka-waktu'),
      )
        .map((f) => f.path)
        .sort(),
    ).toEqual(['/kasus/1/perpanjangan/0', '/kasus/1/status']);
  });
  it('a fee above the tariff cites 1.6.3 e, a fee below cites the tariff decree', () => {
    const above = run(
      applySet(register, [['/kasus/0/kegiatan/1/biaya', 500000]]),
      lembaga,
      rule('kasus-tarif-sesuai'),
    );
    expect(above[0]!.ref).toBe('Permensos 14/2020 Lampiran C angka 1.6.3 huruf e');
    const below = run(
      applySet(register, [['/kasus/0/kegiatan/1/biaya', 1000]]),
      lembaga,
      rule('kasus-tarif-sesuai'),
    );
    expect(below[0]!.ref).toBe('Permensos 14/2020 Lampiran C angka 1.4.3');
  });
  it('prevention termination must be witnessed by the requester (A 1.2.8 c), others need not', () => {
    const prev = applySet(register, [['/kasus/0/layanan', 'pencegahan']]);
    const f = run(prev, applySet(lembaga, [['/layanan/pencegahan', {}]]), rule('kasus-terminasi'));
    expect(f.map((x) => x.ref)).toEqual(['Permensos 14/2020 Lampiran A angka 1.2.8 huruf c']);
  });
  it("NIK: a woman's day has 40 added; a mismatch with the record is a warning, a broken NIK an error", () => {
    expect(run(register, lembaga, rule('nik-cocok'))).toEqual([]);
    const f = run(
      applySet(register, [['/kasus/0/klien/tanggalLahir', '2012-05-10']]),
      lembaga,
      rule('nik-cocok'),
    );
    expect(f.map((x) => x.severity)).toEqual(['warning']);
    for (const bad of [
      '3273064905120000',
      '0073064905120002',
      '3200064905120002',
      '3273064913120002',
    ])
      expect(
        run(applySet(register, [['/kasus/0/klien/nik', bad]]), lembaga, rule('nik-format')),
        bad,
      ).toHaveLength(1);
  });
});

describe('kasus-tarif-sesuai with a tariff basis instead of amounts', () => {
  it('compares fees with the matrix computed from dasarTarif (1.4.1–1.4.2)', async () => {
    const { hitungTarif } = await import('../../src/standards/permensos-14-2020/hitung-tarif.js');
    const dasar = { tarifPerJam: { tingkat1: 50000, tingkat2: 80000, tingkat3: 120000 } };
    const l = applySet(lembaga, [
      ['/layanan/rehabilitasi/tarif', undefined],
      ['/layanan/rehabilitasi/dasarTarif', dasar],
    ]);
    const rule = caseRules.find((r) => r.id === 'kasus-tarif-sesuai')!;
    const computed = hitungTarif(dasar, STANDAR.rehabilitasi).nilai[
      'motivasi-diagnosis-psikososial-dasar'
    ]!['2-jam']!.tingkat1!;
    const exact = applySet(register, [['/kasus/0/kegiatan/1/biaya', computed]]);
    // Only case 0's activity 1 is checked against the computed amount here; others keep the written fees.
    const f1 = run(exact, l, rule).filter((f) => f.path === '/kasus/0/kegiatan/1/biaya');
    expect(f1).toEqual([]);
    const f2 = run(
      applySet(register, [['/kasus/0/kegiatan/1/biaya', computed + 1000]]),
      l,
      rule,
    ).filter((f) => f.path === '/kasus/0/kegiatan/1/biaya');
    expect(f2).toHaveLength(1);
    expect(f2[0]!.expected).toBe(computed);
  });
  it('an invalid tier is left to the schema finding, not reported again', () => {
    const rule = caseRules.find((r) => r.id === 'kasus-tarif-sesuai')!;
    expect(
      run(applySet(register, [['/kasus/0/kegiatan/1/tingkat', 'tingkat4']]), lembaga, rule),
    ).toEqual([]);
  });
});
