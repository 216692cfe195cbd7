/**
 * Issue 17 §8, the disclosure check: an attacker reads the `--publik` report (its JSON, which
 * carries exactly what the Word, Excel and Markdown versions print), writes down every linear
 * relation a reader can know — rows add up to the total column, categories to the totals row,
 * breakdowns counting the same unit share one totals row, cases closed = counted − still active,
 * the comparison's "this year" repeats the totals and its change column is the difference — and
 * computes by linear programming, for every hidden cell, its smallest and largest value given the
 * published figures (hidden counts ≥ 1, as zeros are shown; "< 5" is 1–4). No hidden cell may be
 * pinned to one value. The same attack on a report that hides only the small cells (primary
 * suppression, what --publik did before) recovers cells: the attack is real.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { summariseYear } from '../../src/outputs/laporan/summarise.js';
import { renderJson } from '../../src/outputs/laporan/render-json.js';
import { audit, type Batas, type Persamaan } from '../../src/outputs/laporan/lp.js';
import { STANDAR } from '../../src/standards/index.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Finding } from '../../src/core/finding.js';
import { arbRegister, lembagaUji, registerTetap } from '../unit/laporan-arb.js';
import { jalankan } from '../helpers/cli.js';

const t = createT('id');
const opts = { tahun: 2025, tanggal: '2026-01-15', standar: STANDAR, findings: [] as Finding[] };
const HITUNGAN = new Set(['kasus', 'kegiatan', 'pengaduan', 'rujukan', 'produk']);

interface TabelJson {
  id: string;
  jenis: 'rincian' | 'statistik';
  satuan: string;
  kolom: string[];
  baris: { key: string; satuan?: string; nilai: Record<string, number | string | null> }[];
}

/** The attacker's unknowns and relations, from the published JSON only. */
function sistemPembaca(tabel: TabelJson[], ambang: number, benar: Map<string, number>) {
  const nilai: (number | null)[] = []; // published value, null = hidden
  const batas: Batas[] = [];
  const nama: string[] = [];
  const byKey = new Map<string, number>();
  const eqs: Persamaan[] = [];
  const ineqs: Persamaan[] = [];
  const sel = (key: string, v: number | string | null, bebas = false): number => {
    const ada = byKey.get(key);
    if (ada !== undefined) {
      // The same quantity printed twice: if one copy is published, it is known.
      if (typeof v === 'number' && nilai[ada] === null) {
        nilai[ada] = v;
        batas[ada] = { lb: v, ub: v };
      }
      return ada;
    }
    const i = nilai.length;
    byKey.set(key, i);
    nama.push(key);
    if (typeof v === 'number') {
      nilai.push(v);
      batas.push({ lb: v, ub: v });
    } else {
      nilai.push(null);
      batas.push(
        bebas
          ? v === `< ${ambang}`
            ? { lb: 1, ub: ambang - 1 }
            : { lb: null, ub: null }
          : v === `< ${ambang}`
            ? { lb: 1, ub: ambang - 1 }
            : { lb: 1, ub: null },
      );
    }
    return i;
  };
  const jumlah = (xs: number[], total: number) => {
    const coef = new Map<number, number>();
    for (const x of xs) coef.set(x, (coef.get(x) ?? 0) + 1);
    coef.set(total, (coef.get(total) ?? 0) - 1);
    eqs.push({ coef, rhs: 0 });
  };
  for (const tb of tabel) {
    const akhir = tb.kolom[tb.kolom.length - 1];
    if (tb.jenis === 'rincian' && HITUNGAN.has(tb.satuan)) {
      const isi = tb.baris.filter((b) => b.key !== 'total');
      const tot = tb.baris.find((b) => b.key === 'total')!;
      // Breakdowns of one unit count the same things: one totals row.
      const T = tb.kolom.map((k) => sel(`total:${tb.satuan}|${k}`, tot.nilai[k]!));
      const R = isi.map((b) => tb.kolom.map((k) => sel(`${tb.id}|${b.key}|${k}`, b.nilai[k]!)));
      for (const r of [...R, T]) jumlah(r.slice(0, -1), r[r.length - 1]!);
      tb.kolom.forEach((_, j) =>
        jumlah(
          R.map((r) => r[j]!),
          T[j]!,
        ),
      );
    } else if (tb.id === 'perbandingan') {
      const [lalu, ini] = tb.kolom;
      const sama: Record<string, string> = {
        dilayani: 'total:kasus|total',
        baru: 'klien-asal|baru|total',
        selesai: 'klien-keadaan-akhir|selesai|total',
        dirujuk: 'klien-keadaan-akhir|dirujuk|total',
        berhenti: 'klien-keadaan-akhir|berhenti|total',
        'aktif-akhir': 'klien-keadaan-akhir|aktif|total',
        kegiatan: 'total:kegiatan|total',
        pengaduan: 'total:pengaduan|total',
      };
      for (const b of tb.baris) {
        const a = sel(`perbandingan|${b.key}|lalu`, b.nilai[lalu!]!);
        const c = sel(sama[b.key] ?? `perbandingan|${b.key}|ini`, b.nilai[ini!]!);
        const d = sel(`perbandingan|${b.key}|selisih`, b.nilai.selisih!, true);
        eqs.push({
          coef: new Map([
            [d, 1],
            [c, -1],
            [a, 1],
          ]),
          rhs: 0,
        });
      }
    } else if (tb.jenis === 'statistik' && akhir === 'total') {
      for (const b of tb.baris) {
        if (!HITUNGAN.has(b.satuan ?? tb.satuan)) continue;
        if (tb.kolom.some((k) => b.nilai[k] === null)) continue;
        const r = tb.kolom.map((k) => sel(`${tb.id}|${b.key}|${k}`, b.nilai[k]!));
        jumlah(r.slice(0, -1), r[r.length - 1]!);
        if (tb.id === 'lama-layanan' && b.key === 'jumlah-selesai')
          tb.kolom.forEach((k, j) => {
            const aktif = byKey.get(`klien-keadaan-akhir|aktif|${k}`);
            const semua = byKey.get(`total:kasus|${k}`);
            if (aktif !== undefined && semua !== undefined)
              eqs.push({
                coef: new Map([
                  [r[j]!, 1],
                  [aktif, 1],
                  [semua, -1],
                ]),
                rhs: 0,
              });
          });
      }
    }
  }
  // Inequalities a reader knows: a count of some cases (activities, complaints) is at most all of
  // them; every case served was open in some month; cases open at the end of last year are served
  // this year and are its continuing cases; a case closed by referral has a referral. Each is used
  // only where it holds on the true figures (`benar`): a relation the data break tells nothing.
  const benarDari = (coef: Map<number, number>) => {
    let s = 0;
    for (const [i, a] of coef) s += a * (benar.get(nama[i]!) ?? NaN);
    return s;
  };
  const kurang = (coef: Map<number, number>) => {
    if (benarDari(coef) <= 0) ineqs.push({ coef, rhs: 0, op: '<=' });
  };
  const le = (a: string, b: string) => {
    const i = byKey.get(a);
    const j = byKey.get(b);
    if (i === undefined || j === undefined || i === j) return;
    kurang(
      new Map([
        [i, 1],
        [j, -1],
      ]),
    );
  };
  for (const tb of tabel) {
    if (tb.jenis !== 'statistik' || tb.kolom[tb.kolom.length - 1] !== 'total') continue;
    for (const b of tb.baris) {
      const u = b.satuan ?? tb.satuan;
      if (!HITUNGAN.has(u)) continue;
      for (const k of tb.kolom) {
        if (typeof b.nilai[k] !== 'number' && typeof b.nilai[k] !== 'string') continue;
        sel(`${tb.id}|${b.key}|${k}`, b.nilai[k]!);
        le(`${tb.id}|${b.key}|${k}`, `total:${u}|${k}`);
      }
    }
    if (tb.id === 'kasus-per-bulan')
      for (const k of tb.kolom) {
        const semua = byKey.get(`total:kasus|${k}`);
        if (semua === undefined) continue;
        const coef = new Map([[semua, 1]]);
        for (const b of tb.baris) coef.set(byKey.get(`${tb.id}|${b.key}|${k}`)!, -1);
        kurang(coef);
      }
  }
  le('perbandingan|aktif-akhir|lalu', 'total:kasus|total');
  le('perbandingan|aktif-akhir|lalu', 'klien-asal|lanjutan|total');
  le('klien-asal|lanjutan|total', 'perbandingan|aktif-akhir|lalu');
  const akhir = tabel.find((tb) => tb.id === 'klien-keadaan-akhir');
  for (const k of akhir?.kolom ?? [])
    le(`klien-keadaan-akhir|dirujuk|${k}`, `rujukan-lembaga|total|${k}`);
  return { nilai, batas, nama, eqs: [...eqs, ...ineqs] };
}

/**
 * Hidden cells the attack pins to one value (`lo === hi`, the value recovered) or bounds below the
 * threshold (`hi < ambang`: the reader learns the cell is a small count); checks the truth fits.
 */
function serang(tabel: TabelJson[], ambang: number, benar: Map<string, number>) {
  const s = sistemPembaca(tabel, ambang, benar);
  // Published figures are constants; the unknowns are the hidden cells, solved group by group.
  const hidden = s.nilai.map((v, i) => (v === null ? i : -1)).filter((i) => i >= 0);
  const pos = new Map(hidden.map((i, k) => [i, k]));
  const sub: Persamaan[] = [];
  for (const e of s.eqs) {
    const coef = new Map<number, number>();
    let rhs = e.rhs;
    for (const [i, a] of e.coef) {
      const k = pos.get(i);
      if (k === undefined) rhs -= a * s.nilai[i]!;
      else coef.set(k, (coef.get(k) ?? 0) + a);
    }
    if (coef.size) sub.push({ coef, rhs, op: e.op });
    // A relation among published figures only must hold as printed.
    else if (e.op === '<=')
      expect(rhs, 'published figures keep their order').toBeGreaterThanOrEqual(0);
    else expect(rhs, 'published figures add up').toBe(0);
  }
  const induk = hidden.map((_, k) => k);
  const akar = (k: number): number => (induk[k] === k ? k : (induk[k] = akar(induk[k]!)));
  for (const e of sub) {
    const ks = [...e.coef.keys()];
    for (const k of ks.slice(1)) induk[akar(k)] = akar(ks[0]!);
  }
  const grup = new Map<number, number[]>();
  hidden.forEach((_, k) => grup.set(akar(k), [...(grup.get(akar(k)) ?? []), k]));
  const pinned: { sel: string; lo: number; hi: number }[] = [];
  for (const anggota of grup.values()) {
    const lokal = new Map(anggota.map((k, j) => [k, j]));
    const eqG = sub
      .filter((e) => lokal.has([...e.coef.keys()][0]!))
      .map((e) => ({
        coef: new Map([...e.coef].map(([k, a]) => [lokal.get(k)!, a] as [number, number])),
        rhs: e.rhs,
        op: e.op,
      }));
    const r = audit(
      anggota.length,
      eqG,
      anggota.map((k) => s.batas[hidden[k]!]!),
      anggota.map((k) => benar.get(s.nama[hidden[k]!]!) ?? NaN),
      true,
      // The upper protection level: every hidden count may be as large as the threshold (for a
      // cell at or above it this always holds, so it binds only the small ones).
      anggota.map(() => ambang),
    );
    expect(r.feasible, 'the relations the attacker uses hold on the published report').toBe(true);
    for (const j of r.terkunci) {
      const [lo, hi] = r.rentang[j]!;
      const sel = s.nama[hidden[anggota[j]!]!]!;
      const v = benar.get(sel);
      expect(v, `true value of ${sel}`).toBeTypeOf('number');
      // The attack is sound: the truth lies in the range it computed.
      expect(v).toBeGreaterThanOrEqual(Math.ceil((lo ?? -Infinity) - 1e-6));
      expect(v).toBeLessThanOrEqual(Math.floor((hi ?? Infinity) + 1e-6));
      pinned.push({
        sel,
        lo: lo === null ? -Infinity : Math.ceil(lo - 1e-6),
        hi: hi === null ? Infinity : Math.floor(hi + 1e-6),
      });
    }
  }
  return pinned;
}

function laporanJson(reg: Kasus[], publik: boolean): TabelJson[] {
  const lap = summariseYear(lembagaUji(), reg, { ...opts, publik });
  return (
    JSON.parse(renderJson(lap, t, 'id', { name: 'lembaga', version: '0' })) as {
      tabel: TabelJson[];
    }
  ).tabel;
}

/** True values, keyed the way the attacker names cells (from the internal report). */
function nilaiBenar(reg: Kasus[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const tb of laporanJson(reg, false))
    for (const b of tb.baris)
      for (const k of tb.kolom) {
        const v = b.nilai[k];
        if (typeof v !== 'number') continue;
        if (tb.jenis === 'rincian' && HITUNGAN.has(tb.satuan) && b.key === 'total')
          out.set(`total:${tb.satuan}|${k}`, v);
        else if (tb.id === 'perbandingan')
          out.set(
            `perbandingan|${b.key}|${k === tb.kolom[0] ? 'lalu' : k === 'selisih' ? 'selisih' : 'ini'}`,
            v,
          );
        else {
          out.set(`${tb.id}|${b.key}|${k}`, v);
          // The public version counts clients by province (the first two digits) only.
          const prov = tb.id === 'klien-wilayah' ? /^(\d\d)\./.exec(b.key)?.[1] : undefined;
          if (prov) {
            const key = `${tb.id}|${prov}|${k}`;
            out.set(key, (out.get(key) ?? 0) + v);
          }
        }
      }
  return out;
}

/** What --publik did before: only cells 1–4 hidden. */
function hanyaPrimer(tabel: TabelJson[]): TabelJson[] {
  return tabel.map((tb) => ({
    ...tb,
    baris: tb.baris.map((b) => ({
      ...b,
      nilai: Object.fromEntries(
        Object.entries(b.nilai).map(([k, v]) => [
          k,
          HITUNGAN.has(b.satuan ?? tb.satuan) && typeof v === 'number' && v >= 1 && v < 5
            ? 'disembunyikan'
            : v,
        ]),
      ),
    })),
  }));
}

const REGISTERS: [string, Kasus[]][] = [
  ['3 kasus', registerTetap(3, 3)],
  ['7 kasus', registerTetap(7, 7)],
  ['13 kasus', registerTetap(13, 17)],
  // Three of the five services without a case: all-zero columns (and many all-zero rows).
  [
    'kolom nol',
    registerTetap(30, 30).filter(
      (k) => k.layanan === 'rehabilitasi' || k.layanan === 'perlindungan',
    ),
  ],
  ['40 kasus', registerTetap(40, 20250101)],
  ...fc
    .sample(arbRegister(60), { seed: 17, numRuns: 4 })
    .map((r, i) => [`acak ${i}`, r] as [string, Kasus[]]),
];

describe('--publik cannot be undone by arithmetic (issue 17 §8)', () => {
  it.each(REGISTERS)(
    '%s: an LP attack over all tables, with inequalities, neither pins a hidden count nor shows it below 5',
    (_, reg) => {
      const benar = nilaiBenar(reg);
      const tabel = laporanJson(reg, true);
      // A hidden difference (the comparison's change column) worked out from two published
      // figures reveals nothing they do not: only counts are checked.
      const bocor = serang(tabel, 5, benar).filter((p) => !p.sel.endsWith('|selisih'));
      expect(bocor).toEqual([]);
    },
  );

  it('the same attack recovers cells when only the small ones are hidden', () => {
    let pulih = 0;
    for (const [, reg] of REGISTERS) {
      const benar = nilaiBenar(reg);
      const hasil = serang(hanyaPrimer(laporanJson(reg, false)), 5, benar).filter(
        (h) => h.lo === h.hi,
      );
      for (const h of hasil) expect(h.lo).toBe(benar.get(h.sel));
      pulih += hasil.length;
    }
    expect(pulih).toBeGreaterThan(10);
    // And --publik did hide cells in these registers.
    const tersembunyi = REGISTERS.flatMap(([, reg]) => laporanJson(reg, true))
      .flatMap((tb) => tb.baris.flatMap((b) => Object.values(b.nilai)))
      .filter((v) => v === 'disembunyikan').length;
    expect(tersembunyi).toBeGreaterThan(50);
  });
});

/**
 * Issue 17 §8, the findings: counts of findings per rule, per aspect (errors / warnings) and in
 * total (the terminal's status line) are counts about clients too. The attacker reads the JSON
 * and the status line of `laporan --publik` on the example institution, takes the unknowns to be
 * the true count of each rule, and writes what the figures say of them; the LP then bounds each.
 * The format --publik had before (small rows "< 5", totals exact) is attacked the same way, from
 * the internal report's counts: it gives counts back.
 */
interface TemuanJson {
  rule: string;
  severity: 'error' | 'warning';
  ref: string | null;
  jumlah: number | string;
}
interface AspekJson {
  bagian: string[];
  temuan: Record<'error' | 'warning' | 'info', number | string>;
}
const bagianDari = (f: TemuanJson) =>
  /(?:angka\s+|Lampiran\s+[A-E]\s+)(\d+\.\d+)/.exec(f.ref ?? '')?.[1] ??
  (f.rule.startsWith('kredit-') ? '2.3' : null);

function serangTemuan(
  temuan: TemuanJson[],
  aspek: AspekJson[],
  status: { galat: number | string; peringatan: number | string },
  bentuk: 'lama' | 'bulat',
  ambang: number,
): { lo: number; hi: number }[] {
  // What a row tells: exact, "< 5" (1–4), or rounded up to a multiple of 5 (R−4 … R).
  const batas: Batas[] = temuan.map((f) =>
    typeof f.jumlah === 'string'
      ? { lb: 1, ub: ambang - 1 }
      : bentuk === 'bulat'
        ? { lb: Math.max(1, f.jumlah - ambang + 1), ub: f.jumlah }
        : { lb: f.jumlah, ub: f.jumlah },
  );
  const eqs: Persamaan[] = [];
  const total = (idx: number[], v: number | string) => {
    if (typeof v !== 'number' || idx.length === 0) return;
    if (bentuk === 'bulat') {
      // Documented: a total is the sum of the published (rounded) counts under it — check it.
      expect(idx.reduce((s, i) => s + (temuan[i]!.jumlah as number), 0)).toBe(v);
      return;
    }
    eqs.push({ coef: new Map(idx.map((i) => [i, 1])), rhs: v });
  };
  const per = (sev: 'error' | 'warning') =>
    temuan.map((f, i) => (f.severity === sev ? i : -1)).filter((i) => i >= 0);
  total(per('error'), status.galat);
  total(per('warning'), status.peringatan);
  for (const a of aspek)
    for (const sev of ['error', 'warning'] as const)
      total(
        per(sev).filter((i) => a.bagian.includes(bagianDari(temuan[i]!) ?? '')),
        a.temuan[sev],
      );
  const r = audit(
    temuan.length,
    eqs,
    batas,
    temuan.map(() => NaN),
    true,
    temuan.map(() => ambang),
  );
  expect(r.feasible).toBe(true);
  return r.terkunci
    .filter((i) => typeof temuan[i]!.jumlah === 'string' || bentuk === 'bulat')
    .map((i) => ({
      lo: Math.ceil(r.rentang[i]![0]! - 1e-6),
      hi: Math.floor(r.rentang[i]![1]! + 1e-6),
    }));
}

describe('--publik findings counts cannot be worked back (issue 17 §8)', () => {
  const contoh = path.resolve('examples/lks-harapan-bunda');
  const baca = async (publik: boolean) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lembaga-temuan-'));
    try {
      const r = await jalankan(
        [
          'laporan',
          contoh,
          '--tahun',
          '2025',
          '--tanggal',
          '2026-01-15',
          '--format',
          'json',
          '-o',
          dir,
          ...(publik ? ['--publik'] : []),
        ],
        dir,
      );
      expect(r.code).toBe(0);
      const file = readdirSync(dir).find((f) => f.endsWith('.json'))!;
      const j = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as {
        temuan: TemuanJson[];
        pengelolaan: AspekJson[];
        penyampaian: AspekJson[];
        catatanData: { jumlah: number | string }[];
      };
      const m = /temuan terbuka \(([^ ]+) galat, ([^ ]+) peringatan/.exec(r.stderr)!;
      const angka = (s: string) => (/^\d+$/.test(s) ? Number(s) : s);
      return { j, status: { galat: angka(m[1]!), peringatan: angka(m[2]!) } };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('rounded counts: every figure a multiple of 5, totals the sums of the rows, nothing bounded below 5', async () => {
    const internal = await baca(false);
    const { j, status } = await baca(true);
    const semua = [
      ...j.temuan.map((f) => f.jumlah),
      ...[...j.pengelolaan, ...j.penyampaian].flatMap((a) => Object.values(a.temuan)),
      ...j.catatanData.map((c) => c.jumlah),
      status.galat,
      status.peringatan,
    ];
    for (const v of semua) expect(typeof v === 'number' && v % 5 === 0, String(v)).toBe(true);
    // The rows are the true counts rounded up (so the reader's intervals hold the truth).
    j.temuan.forEach((f, i) => {
      const benar = internal.j.temuan[i]!.jumlah as number;
      expect(internal.j.temuan[i]!.rule).toBe(f.rule);
      expect(f.jumlah).toBe(Math.ceil(benar / 5) * 5);
    });
    expect(
      serangTemuan(j.temuan, [...j.pengelolaan, ...j.penyampaian], status, 'bulat', 5),
    ).toEqual([]);
  });

  it('the previous format (small rows "< 5", totals exact) gives counts back', async () => {
    const { j, status } = await baca(false);
    const kecil = (v: number | string) => (typeof v === 'number' && v > 0 && v < 5 ? '< 5' : v);
    const temuan = j.temuan.map((f) => ({ ...f, jumlah: kecil(f.jumlah) }));
    const aspek = [...j.pengelolaan, ...j.penyampaian].map((a) => ({
      ...a,
      temuan: { error: kecil(a.temuan.error), warning: kecil(a.temuan.warning), info: 0 },
    }));
    const bocor = serangTemuan(
      temuan,
      aspek,
      { galat: kecil(status.galat), peringatan: kecil(status.peringatan) },
      'lama',
      5,
    );
    expect(bocor.filter((b) => b.lo === b.hi).length).toBeGreaterThanOrEqual(2);
  });
});
