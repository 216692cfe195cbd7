/**
 * Issue 16: the rule engine over cases that stream. Every rule keeps the contract the engine
 * relies on — a case rule's findings over a list are its findings over each case, an institution
 * rule reads no case, a rule across cases says so (`lintas`) — and the engine gives the same
 * findings whatever the window the cases come in.
 */
import { describe, expect, test } from 'vitest';
import path from 'node:path';
import { kelompokkanMasukan, loadKelompok } from '../../src/io/load-folder.js';
import { mulaiValidasi, offeredServices, validate } from '../../src/engine/validate.js';
import { RULESETS, STANDAR } from '../../src/standards/index.js';
import type { DraftFinding, KasusTerdaftar, RuleContext } from '../../src/standards/rule.js';
import type { LayananKey } from '../../src/standards/types.js';
import type { Locator } from '../../src/core/finding.js';
import { createT } from '../../src/i18n/index.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';

const t = createT('id');
const CONTOH = ['lks-harapan-bunda', 'balai-rehsos-sentosa'];

async function muat(nama: string) {
  const dir = path.join(EXAMPLES, nama);
  const [g] = await kelompokkanMasukan([dir], { cwd: dir, t });
  const loaded = await loadKelompok(g!, { cwd: dir, t });
  return { loaded, kasus: loaded.registers.flatMap((r) => r.kasus) };
}

const teks = (ds: readonly DraftFinding[]) => ds.map((d) => JSON.stringify(d));

describe.each(CONTOH)('%s', (nama) => {
  test('every rule keeps the streaming contract', async () => {
    const { loaded, kasus } = await muat(nama);
    expect(kasus.length).toBeGreaterThan(3);
    const lembaga = loaded.lembaga!;
    const ctx = (ks: readonly KasusTerdaftar[]): RuleContext => ({
      lembaga,
      layanan: offeredServices(lembaga),
      standar: STANDAR,
      tanggal: TANGGAL_UJI,
      kasus: ks,
      semuaKasus: ks,
      t,
    });
    let perKasus = 0;
    for (const rule of RULESETS.flatMap((rs) => rs.rules)) {
      if (rule.lintas) continue;
      const semua = teks(rule.check(ctx(kasus)));
      if (rule.scope === 'kasus') {
        perKasus++;
        expect(rule.check(ctx([])), rule.id).toEqual([]);
        expect(semua, rule.id).toEqual(kasus.flatMap((k) => teks(rule.check(ctx([k])))));
      } else {
        expect(semua, rule.id).toEqual(teks(rule.check(ctx([]))));
      }
    }
    expect(perKasus).toBeGreaterThan(30);
  });

  test.each([undefined, 'rehabilitasi'] as const)(
    'the same findings in windows of 1, 2 and 5 (--layanan %s)',
    async (layanan?: LayananKey) => {
      const { loaded, kasus } = await muat(nama);
      const input = {
        lembaga: loaded.lembaga!,
        lembagaLocator: loaded.lembagaLocator,
        registerLocators: new Map<string, Locator>(
          loaded.registers.map((r) => [r.file, r.locator]),
        ),
        rulesets: RULESETS,
        standar: STANDAR,
        tanggal: TANGGAL_UJI,
        layanan,
        t,
        masalah: loaded.problems,
      };
      const utuh = validate({ ...input, kasus });
      expect(utuh.findings.length).toBeGreaterThan(nama === 'balai-rehsos-sentosa' ? 10 : -1);
      for (const n of [1, 2, 5]) {
        const v = mulaiValidasi(input);
        for (let i = 0; i < kasus.length; i += n) v.tambah(kasus.slice(i, i + n));
        expect(v.selesai(), `jendela ${n}`).toEqual(utuh);
      }
    },
  );
});

describe('cross-case rules (lintas)', () => {
  test('they are the rules that read several cases at once', () => {
    const lintas = RULESETS.flatMap((rs) => rs.rules)
      .filter((r) => r.lintas)
      .map((r) => r.id);
    expect(lintas.sort()).toEqual(
      ['beban-kasus', 'kasus-nomor-unik', 'kasus-pro-bono', 'nik-ganda-aktif'].sort(),
    );
  });
});
