import { describe, it, expect } from 'vitest';
import { validate } from '../../src/engine/validate.js';
import { LEMBAGA_RULES } from '../../src/standards/permensos-14-2020/rules-lembaga.js';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import type { Ruleset } from '../../src/standards/rule.js';
import { createT } from '../../src/i18n/index.js';
import { NO_LOCATION } from '../../src/core/finding.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { applySet } from '../helpers/patch.js';
import { loadExampleLembaga, TANGGAL_UJI } from '../helpers/examples.js';

const base = loadExampleLembaga();
const locator = { locate: () => ({ ...NO_LOCATION, file: 'lembaga.yaml' }) };

function run(lembaga: Lembaga, only?: string, bahasa: 'id' | 'en' = 'id') {
  const rules = only ? LEMBAGA_RULES.filter((r) => r.id === only) : LEMBAGA_RULES;
  const rs: Ruleset = { id: 'permensos-14-2020', judul: 'x', rules };
  return validate({
    lembaga,
    lembagaLocator: locator,
    kasus: [],
    registerLocators: new Map(),
    rulesets: [rs],
    standar: STANDAR,
    tanggal: TANGGAL_UJI,
    t: createT(bahasa),
  }).findings;
}

describe('institution rules: each rule fails its failing example and passes its passing one', () => {
  it('the passing example has no findings at all', () => {
    expect(run(base)).toEqual([]);
  });
  for (const rule of LEMBAGA_RULES) {
    it(`${rule.id}: gagal — ${rule.contoh.gagal.judul}`, () => {
      const f = run(applySet(base, rule.contoh.gagal.set), rule.id);
      expect(f.length).toBeGreaterThan(0);
      for (const x of f) {
        expect(x.rule).toBe(rule.id);
        expect(x.ref).toMatch(/^Permensos 14\/2020 Lampiran [A-E] angka /);
        expect(x.message).not.toMatch(/^r\./);
      }
      // English messages exist too.
      for (const x of run(applySet(base, rule.contoh.gagal.set), rule.id, 'en'))
        expect(x.message).not.toMatch(/^r\./);
    });
    it(`${rule.id}: lulus — ${rule.contoh.lulus.judul}`, () => {
      expect(run(applySet(base, rule.contoh.lulus.set), rule.id)).toEqual([]);
    });
  }
});

describe('rule registry', () => {
  it('ids are unique and kebab-case, every rule cites all the sections it enforces', () => {
    const ids = LEMBAGA_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of LEMBAGA_RULES) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.sections.length).toBeGreaterThan(0);
      for (const s of r.sections)
        expect(s).toMatch(/^Lampiran [A-E] \d+(\.\d+)* ?([a-z]( \d+)?)?$/);
    }
  });
  it('a rule that applies to all five services lists a section for each of them', () => {
    const r = LEMBAGA_RULES.find((x) => x.id === 'izin-praktik')!;
    for (const h of 'ABCDE')
      expect(r.sections.some((s) => s.startsWith(`Lampiran ${h} `))).toBe(true);
  });
  it('C 2.2.1 b and c (therapy room, shelter) are cited only for C', () => {
    const r = LEMBAGA_RULES.find((x) => x.id === 'fasilitas-minimum')!;
    expect(r.sections).toContain('Lampiran C 2.2.1 b');
    expect(r.sections).toContain('Lampiran C 2.2.1 c');
    expect(r.sections).toContain('Lampiran A 2.2.1 g');
    expect(r.sections).not.toContain('Lampiran A 2.2.1 h');
  });
});

describe('specific readings of the text', () => {
  it('the supervisor needs at least 5 years in every service, C included ("paling lama" read as "paling sedikit")', () => {
    const l = applySet(base, [
      ['/staf/2/pengalamanTahun', 4],
      ['/staf/2/layanan', ['rehabilitasi']],
    ]);
    const f = run(l, 'supervisor-pengalaman');
    expect(f).toHaveLength(1);
    expect(f[0]!.ref).toBe('Permensos 14/2020 Lampiran C angka 2.3.2 huruf d');
  });
  it('an expired practice licence is reported once per person, citing 2.6.1 e', () => {
    const f = run(
      applySet(base, [['/staf/0/izinPraktik/berlakuSampai', '2026-11-24']]),
      'izin-praktik',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.ref).toMatch(/angka 2\.6\.1 huruf e$/);
    expect(
      run(applySet(base, [['/staf/0/izinPraktik/berlakuSampai', TANGGAL_UJI]]), 'izin-praktik'),
    ).toHaveLength(0);
  });
  it('a missing tariff row is one finding naming every empty cell; 0 is a valid amount', () => {
    const f = run(
      applySet(base, [['/layanan/perlindungan/tarif/advokasi-sosial', undefined]]),
      'tarif-matriks-lengkap',
    );
    expect(f).toHaveLength(1);
    expect(f[0]!.expected).toHaveLength(9);
    expect(
      run(
        applySet(base, [['/layanan/perlindungan/tarif/asesmen/5-tahap/tingkat1', 0]]),
        'tarif-matriks-lengkap',
      ),
    ).toHaveLength(0);
  });
  it('optional rows are required only when offered', () => {
    expect(
      run(
        applySet(base, [['/layanan/perlindungan/barisOpsional', ['penjangkauan']]]),
        'tarif-matriks-lengkap',
      ),
    ).toHaveLength(1);
    expect(
      run(
        applySet(base, [
          ['/layanan/perlindungan/barisOpsional', []],
          ['/layanan/perlindungan/tarif/rujukan', undefined],
        ]),
        'tarif-matriks-lengkap',
      ),
    ).toHaveLength(0);
  });
  it('shelter and therapy room are required only when rehabilitation is offered', () => {
    const noRehab = applySet(base, [
      ['/layanan/rehabilitasi', undefined],
      ['/fasilitas/shelter', false],
      ['/fasilitas/ruang-terapi', false],
      ['/akreditasi/0', undefined],
    ]);
    expect(run(noRehab, 'fasilitas-minimum')).toHaveLength(0);
    expect(run(applySet(base, [['/fasilitas/shelter', false]]), 'fasilitas-minimum')[0]!.ref).toBe(
      'Permensos 14/2020 Lampiran C angka 2.2.1 huruf c',
    );
  });
  it('the drill interval comes from the lembaga', () => {
    const l = applySet(base, [['/keselamatan/latihanDrillTerakhir', '2026-01-10']]);
    expect(run(l, 'latihan-drill')).toHaveLength(0);
    expect(
      run(applySet(l, [['/pengaturan/intervalLatihanBulan', 6]]), 'latihan-drill'),
    ).toHaveLength(1);
  });
  it('severity overrides and ignores come from the lembaga, ignores keep their reason', () => {
    const l = applySet(base, [
      ['/keselamatan/penjelasanKlien', false],
      ['/staf/0/kodeEtik', false],
      [
        '/aturan',
        {
          tingkat: { 'penjelasan-keselamatan-klien': 'error' },
          abaikan: [{ aturan: 'kode-etik', alasan: 'Pernyataan sedang diperbarui IPSPI' }],
        },
      ],
    ]);
    const rs: Ruleset = { id: 'permensos-14-2020', judul: 'x', rules: LEMBAGA_RULES };
    const res = validate({
      lembaga: l,
      lembagaLocator: locator,
      kasus: [],
      registerLocators: new Map(),
      rulesets: [rs],
      standar: STANDAR,
      tanggal: TANGGAL_UJI,
      t: createT('id'),
    });
    expect(res.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['penjelasan-keselamatan-klien', 'error'],
    ]);
    expect(res.suppressed.map((f) => [f.rule, f.reason])).toEqual([
      ['kode-etik', 'Pernyataan sedang diperbarui IPSPI'],
    ]);
  });
  it('a ruleset switched off runs no rule', () => {
    const l = applySet(base, [
      ['/staf/0/kodeEtik', false],
      ['/aturan', { rulesetNonaktif: ['permensos-14-2020'] }],
    ]);
    expect(run(l)).toEqual([]);
  });
});
