/**
 * Every regulation rule at its boundary, in the style of ESLint's RuleTester: each rule of
 * Permensos 14/2020, ATENSI and the NIK ruleset has at least one failing and one passing example
 * at its boundary (`contoh.batas`), and each failing one states every finding it gives — rule,
 * exact message and the line (or Sheet!Cell) it points at. `lembaga aturan RULE` shows them.
 */
import { describe, it, expect } from 'vitest';
import { RULESETS } from '../../src/standards/index.js';
import { CONTOH_TANGGAL } from '../../src/standards/rule.js';
import { TANGGAL_UJI } from '../helpers/examples.js';
import { lokasi, masukanContoh, periksa } from '../helpers/rule-tester.js';

const rules = RULESETS.flatMap((rs) => rs.rules);

describe('boundary examples (RuleTester)', () => {
  it('examples are read on the date the tests pin', () => expect(CONTOH_TANGGAL).toBe(TANGGAL_UJI));
  for (const rule of rules) {
    describe(rule.id, () => {
      const batas = rule.contoh.batas;
      it('has a failing and a passing example at its boundary', () => {
        expect(batas?.gagal.length ?? 0).toBeGreaterThan(0);
        expect(batas?.lulus.length ?? 0).toBeGreaterThan(0);
      });
      for (const ex of batas?.gagal ?? [])
        it(`gagal — ${ex.judul}`, () => {
          expect(ex.temuan?.length ?? 0).toBeGreaterThan(0);
          const f = periksa(masukanContoh(rule, ex), [rule], { tanggal: CONTOH_TANGGAL });
          expect(f.map((x) => ({ aturan: x.rule, pesan: x.message, lokasi: lokasi(x) }))).toEqual(
            ex.temuan!.map((t) => ({ aturan: rule.id, ...t })),
          );
          // Every message exists in English too.
          for (const x of periksa(masukanContoh(rule, ex), [rule], { bahasa: 'en' }))
            expect(x.message).not.toMatch(/^r\./);
        });
      for (const ex of batas?.lulus ?? [])
        it(`lulus — ${ex.judul}`, () => {
          expect(periksa(masukanContoh(rule, ex), [rule], { tanggal: CONTOH_TANGGAL })).toEqual([]);
        });
    });
  }
});

describe('lembaga aturan RULE shows the boundary examples with their findings', () => {
  it('text and JSON', async () => {
    const { jalankan } = await import('../helpers/cli.js');
    const r = await jalankan(['aturan', 'latihan-drill'], process.cwd());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Contoh batas, gagal: Drill 12 bulan dan sehari lalu.');
    expect(r.stdout).toContain(
      '  → lembaga.yaml:153  Latihan drill terakhir 2025-11-24, lebih dari 12 bulan lalu.',
    );
    expect(r.stdout).toContain('Contoh batas, lulus: Drill tepat 12 bulan lalu.');
    const j = JSON.parse(
      (await jalankan(['aturan', 'kasus-jangka-waktu', '--format', 'json'], process.cwd())).stdout,
    );
    expect(j.contoh.batas.gagal[0].temuan[0].lokasi).toBe('register-2026.yaml:23');
  });
});
