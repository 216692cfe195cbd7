/**
 * Each credit rule fails on its `gagal` example and passes on its `lulus`
 * example; the registry metadata, the JSON Schema file and the two message
 * catalogues stay in step.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LogKredit } from '../../src/model/kredit.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import { kreditSchemaJson, KREDIT_SCHEMA } from '../../src/model/kredit-schema.js';
import {
  KREDIT_CONTOH_DASAR,
  KREDIT_RULE_DEFS,
  KREDIT_RULES_META,
  kreditRules,
  kreditRuleset,
} from '../../src/standards/permenpanrb-2020/rules.js';
import { kreditFindings } from '../../src/engine/kredit.js';
import { loadKreditLogs, pilihTahun } from '../../src/io/kredit.js';
import { buildLaporanKredit } from '../../src/outputs/kredit/laporan.js';
import { RULESET_ID } from '../../src/standards/permenpanrb-2020/data.js';
import { createT } from '../../src/i18n/index.js';
import { kredit as idKredit } from '../../src/i18n/id/kredit.js';
import { kredit as enKredit } from '../../src/i18n/en/kredit.js';
import { checkSchema } from '../../src/io/schema-check.js';
import { NO_LOCATION } from '../../src/core/finding.js';

const t = createT('id');

const LEMBAGA = {
  lembaga: { nama: 'Balai Uji', jenis: 'balai', kepemilikan: 'pemerintah-pusat' },
  layanan: { rehabilitasi: {} },
  staf: [
    {
      id: 'ps-01',
      nama: 'X',
      peran: 'pekerja-sosial',
      layanan: ['rehabilitasi'],
      asn: { nip: '199001152015032001' },
      organisasiProfesi: { nama: 'IPSPI' },
    },
  ],
} as unknown as Lembaga;

function apply(base: LogKredit, set: readonly (readonly [string, unknown])[]): LogKredit {
  const log = structuredClone(base) as unknown as Record<string, unknown>;
  for (const [pointer, value] of set) {
    const segs = pointer.slice(1).split('/');
    let o = log as Record<string, unknown>;
    for (const s of segs.slice(0, -1)) o = o[s] as Record<string, unknown>;
    const last = segs.at(-1)!;
    if (value === undefined) delete o[last];
    else o[last] = structuredClone(value);
  }
  return log as unknown as LogKredit;
}

const run = (
  log: LogKredit,
  opts: { lembaga?: readonly (readonly [string, unknown])[]; tanggal?: string } = {},
) =>
  kreditFindings(
    [{ file: 'kredit/2022.yaml', log }],
    apply(LEMBAGA as unknown as LogKredit, opts.lembaga ?? []) as unknown as Lembaga,
    { t, tanggal: opts.tanggal ?? '2022-12-31' },
  );
const opsi = (
  def: (typeof KREDIT_RULE_DEFS)[number],
  ex: { lembaga?: readonly (readonly [string, unknown])[] },
) => ({
  lembaga: ex.lembaga,
  tanggal: def.contoh.tanggal,
});

describe('rule examples', () => {
  it('the base example passes every rule', () => {
    expect(run(KREDIT_CONTOH_DASAR)).toEqual([]);
  });

  for (const def of KREDIT_RULE_DEFS) {
    it(`${def.id}: gagal — ${def.contoh.gagal.judul}`, () => {
      const found = run(
        apply(KREDIT_CONTOH_DASAR, def.contoh.gagal.set),
        opsi(def, def.contoh.gagal),
      ).filter((f) => f.rule === def.id);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe(def.severity);
        expect(f.ref).toMatch(/^PermenPANRB 2020 JF Pekerja Sosial Pasal \d+/);
        expect(f.message).not.toMatch(/kredit\./);
      }
    });
    it(`${def.id}: lulus — ${def.contoh.lulus.judul}`, () => {
      const found = run(
        apply(KREDIT_CONTOH_DASAR, def.contoh.lulus.set),
        opsi(def, def.contoh.lulus),
      ).filter((f) => f.rule === def.id);
      expect(found).toEqual([]);
    });
    it(`${def.id}: the examples are valid logs`, () => {
      for (const ex of [def.contoh.gagal, def.contoh.lulus]) {
        const data = apply(KREDIT_CONTOH_DASAR, ex.set);
        expect(
          checkSchema('kredit', KREDIT_SCHEMA, data, { locate: () => NO_LOCATION }, t),
        ).toEqual([]);
      }
    });
  }
});

describe('registry wiring', () => {
  it('kreditRules returns registry Rules that see the logs through a closure', () => {
    const log = apply(KREDIT_CONTOH_DASAR, [['/pegawai/0/kegiatan/0/volume', 20]]);
    const rules = kreditRules([{ file: 'kredit/2022.yaml', log }]);
    const rule = rules.find((r) => r.id === 'kredit-target-tahunan')!;
    const drafts = rule.check({
      lembaga: LEMBAGA,
      layanan: [],
      standar: {} as never,
      tanggal: '2022-12-31',
      kasus: [],
      t,
    });
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.target).toEqual({
      source: 'register',
      file: 'kredit/2022.yaml',
      pointer: '/pegawai/0/kegiatan',
    });
    expect(drafts[0]!.params?.kurang).toBe('2,5');
    expect(rule.ref(undefined, drafts[0]!.bagian)).toBe(
      'PermenPANRB 2020 JF Pekerja Sosial Pasal 26 ayat 3 huruf a',
    );
    expect(rule.scope).toBe('lembaga');
    expect(kreditRuleset([]).id).toBe('permenpanrb-2020-jf-peksos');
  });

  it('severity overrides, switched-off rules and a switched-off ruleset are honoured', () => {
    const log = apply(KREDIT_CONTOH_DASAR, [['/pegawai/0/kegiatan/0/volume', 20]]);
    const logs = [{ file: 'kredit/2022.yaml', log }];
    const withLevels = (aturan: Lembaga['aturan']) =>
      kreditFindings(logs, { ...LEMBAGA, aturan }, { t, tanggal: '2022-12-31' });
    expect(withLevels({ tingkat: { 'kredit-target-tahunan': 'warning' } })[0]!.severity).toBe(
      'warning',
    );
    expect(withLevels({ tingkat: { 'kredit-target-tahunan': 'off' } })).toEqual([]);
    expect(withLevels({ rulesetNonaktif: [RULESET_ID] })).toEqual([]);
  });

  it('every rule has metadata for `lembaga aturan`', () => {
    expect(KREDIT_RULES_META.map((m) => m.id)).toEqual(KREDIT_RULE_DEFS.map((d) => d.id));
    for (const m of KREDIT_RULES_META) {
      expect(m.ruleset).toBe(RULESET_ID);
      expect(m.sections.length).toBeGreaterThan(0);
      for (const s of m.sections)
        expect(s).toMatch(
          /^Pasal \d+( ayat \d+)?( huruf [a-h])?( angka \d+)?( jo\. .*)?$|^Pasal 1 angka 9$/,
        );
      expect(m.ref).toBe(`PermenPANRB 2020 JF Pekerja Sosial ${m.sections[0]}`);
      expect(m.summary.id && m.summary.en && m.doc.id && m.doc.en).toBeTruthy();
    }
  });

  it('English messages carry English decimals', () => {
    const log = apply(KREDIT_CONTOH_DASAR, [['/pegawai/0/kegiatan/0/volume', 20]]);
    const [f] = kreditFindings([{ file: 'k.yaml', log }], LEMBAGA, {
      t: createT('en'),
      tanggal: '2022-12-31',
    });
    expect(f!.message).toContain('2.5 short');
  });
});

describe('catalogues and schema', () => {
  it('id and en have the same keys, all prefixed kredit.', () => {
    expect(Object.keys(enKredit).sort()).toEqual(Object.keys(idKredit).sort());
    for (const k of Object.keys(idKredit)) expect(k.startsWith('kredit.')).toBe(true);
  });

  it('every message key a rule uses exists', () => {
    const src = readFileSync(
      new URL('../../src/standards/permenpanrb-2020/rules.ts', import.meta.url),
      'utf8',
    );
    for (const m of src.matchAll(/'(kredit\.(?:temuan|saran)\.[A-Za-z]+)'/g))
      expect(idKredit[m[1]!], m[1]).toBeDefined();
  });

  it('schemas/kredit.schema.json is in sync with src/model/kredit-schema.ts', () => {
    // Compared as data: the file may be reformatted by Prettier.
    const onDisk: unknown = JSON.parse(
      readFileSync(new URL('../../schemas/kredit.schema.json', import.meta.url), 'utf8'),
    );
    expect(onDisk).toEqual(JSON.parse(kreditSchemaJson()));
  });
});

describe('review fixes', () => {
  const BALAI = new URL('../../examples/balai-rehsos-sentosa', import.meta.url).pathname;

  it('kredit-batas-penunjang names the remaining allowance; value is the claim, expected the remainder', async () => {
    const { logs } = await loadKreditLogs(BALAI, t);
    for (const [bahasa, teks] of [
      [
        'id',
        'ps-02: penunjang 12 melebihi sisa batas 5 (batas 20 = 20 % dari 100, sudah terpakai 15); 7 tidak dihitung.',
      ],
      [
        'en',
        'ps-02: supporting 12 exceeds the remaining allowance 5 (cap 20 = 20 % of 100, already used 15); 7 not counted.',
      ],
    ] as const) {
      const f = kreditFindings(logs, null, { t: createT(bahasa), tanggal: '2025-01-15' }).find(
        (x) => x.rule === 'kredit-batas-penunjang',
      )!;
      expect(f.message).toBe(teks);
      expect(f.value).toBe(12);
      expect(f.expected).toBe('<= 5');
    }
  });

  const kosong = apply(KREDIT_CONTOH_DASAR, [['/pegawai/0/kegiatan', []]]);
  const kurang = apply(KREDIT_CONTOH_DASAR, [['/pegawai/0/kegiatan/0/volume', 20]]);
  const target = (log: LogKredit, tanggal: string) =>
    kreditFindings([{ file: 'kredit/2022.yaml', log }], LEMBAGA, { t, tanggal }).filter(
      (f) => f.rule === 'kredit-target-tahunan',
    );

  it('a worker with no activity is "belum diisi" (info), not a shortfall', () => {
    const f = target(kosong, '2025-06-01');
    expect(f.map((x) => x.severity)).toEqual(['info']);
    expect(f[0]!.message).toContain('belum diisi');
    const lap = buildLaporanKredit([{ file: 'kredit/2022.yaml', log: kosong }], f, {
      tahun: 2022,
      tanggal: '2025-06-01',
    });
    expect(lap.pegawai[0]!.keadaan).toBe('belum-diisi');
    expect(lap.ringkasan).toMatchObject({ kurang: 0, belumDiisi: 1 });
  });

  it('a shortfall before the year is over is an info; on 31 December it is an error', () => {
    expect(target(kurang, '2022-06-30').map((x) => x.severity)).toEqual(['info']);
    expect(target(kurang, '2022-06-30')[0]!.message).toContain('tahun 2022 masih berjalan');
    expect(target(kurang, '2022-12-31').map((x) => x.severity)).toEqual(['error']);
    const lap = (tanggal: string) =>
      buildLaporanKredit([{ file: 'kredit/2022.yaml', log: kurang }], [], { tahun: 2022, tanggal });
    expect(lap('2022-06-30').pegawai[0]!.keadaan).toBe('berjalan');
    expect(lap('2022-06-30').ringkasan.kurang).toBe(0);
    expect(lap('2025-01-02').pegawai[0]!.keadaan).toBe('kurang');
  });

  it('a lowered severity never raises a level the lembaga lowered further', () => {
    const f = kreditFindings(
      [{ file: 'kredit/2022.yaml', log: kurang }],
      { ...LEMBAGA, aturan: { tingkat: { 'kredit-target-tahunan': 'warning' } } },
      { t, tanggal: '2022-06-30' },
    );
    expect(f.find((x) => x.rule === 'kredit-target-tahunan')!.severity).toBe('info');
  });

  it('the default year is the latest year with entries', () => {
    const log2025 = { ...kosong, tahun: 2025 };
    const l24 = { file: 'kredit/2022.yaml', log: KREDIT_CONTOH_DASAR };
    const l25 = { file: 'kredit/2025.xlsx', log: log2025 };
    expect(pilihTahun([l24, l25])).toBe(2022);
    expect(pilihTahun([l25])).toBe(2025);
    expect(pilihTahun([l24, l25], 2025)).toBe(2025);
  });
});
