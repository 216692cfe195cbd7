/**
 * Issue 17 §10, the type fuzzer: every field of lembaga.yaml, of a register and of a credit log
 * (every key's value and every list item, at any depth) given a value of another type — null,
 * empty, numbers (negative, fractional, huge), booleans, lists, maps, a huge string, Unicode,
 * control characters, impossible dates — then every command run in-process over the folder:
 * validasi, laporan, register, tarif, sop, angka-kredit. Each must answer with a located finding
 * or an output, never "Galat internal", a stack or an exit code outside 0–2.
 *
 * Default: a fixed seed and TIPE_RUNS cases (60 by default, 120 in `npm run test:kampanye`; one
 * command each, in turn);
 * `npm run fuzz` runs a long campaign, every command on every case (scripts/fuzz.mjs sets
 * FUZZ_SEED, TIPE_RUNS and TIPE_SEMUA).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document } from 'yaml';
import { parseDocument, isMap, isSeq, isPair, Scalar, type Node } from 'yaml';
import { run } from '../../src/cli.js';
import { ROOT } from '../corpus/make-corpus.js';
import { STACK, TANGGAL } from './harness.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
/** 60 in the default suite; the campaign (LEMBAGA_UJI=kampanye, vitest.config.ts) runs 120. */
const RUNS = Number(process.env.TIPE_RUNS ?? 60);
/** First case index: a long campaign runs in shards (TIPE_DARI=5000 TIPE_RUNS=5000 …). */
const DARI = Number(process.env.TIPE_DARI ?? 0);
/** Every reading command on every case (campaign); by default one command per case, in turn. */
const SEMUA = process.env.TIPE_SEMUA === '1';

const baca = (p: string) => readFileSync(path.join(ROOT, 'examples', p), 'utf8');
const DOKUMEN = {
  lembaga: baca('lks-harapan-bunda/lembaga.yaml'),
  register: baca('lks-harapan-bunda/register/register-2026.yaml'),
  kredit: baca('balai-rehsos-sentosa/kredit/2022.yaml'),
} as const;
type Jenis = keyof typeof DOKUMEN;

/** Which commands read which document (others would only repeat the run). */
const PERINTAH: Record<Jenis, readonly string[]> = {
  lembaga: ['validasi', 'laporan', 'register', 'tarif', 'sop', 'angka-kredit'],
  register: ['validasi', 'laporan', 'register'],
  kredit: ['validasi', 'laporan', 'angka-kredit'],
};

function argsUntuk(cmd: string, dir: string): string[] {
  const out = path.join(dir, 'keluaran');
  switch (cmd) {
    case 'validasi':
      return ['validasi', dir, '--tanggal', TANGGAL, '--format', 'json'];
    case 'laporan':
      return ['laporan', dir, '--tahun', '2026', '--tanggal', TANGGAL, '--format', 'json'];
    case 'register':
      return ['register', dir, '--tahun', '2026', '--buku', 'register', '-o', out, '--timpa'];
    case 'tarif':
      return ['tarif', dir, '--tahun', '2026'];
    case 'sop':
      return ['sop', dir, '--format', 'markdown', '-o', out, '--timpa'];
    default:
      return ['angka-kredit', dir, '--tahun', '2024'];
  }
}

/** mulberry32: a small seeded generator, so a case reproduces from (seed, index). */
function acak(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of every other type. */
const NILAI: readonly (() => unknown)[] = [
  () => null,
  () => '',
  () => ' ',
  () => 0,
  () => -1,
  () => 1.5,
  () => 1e308,
  () => -1e308,
  () => Number.MAX_SAFE_INTEGER + 2,

  () => 3273014507950001,
  () => true,
  () => false,
  () => [],
  () => ({}),
  () => ['x', 1, null],
  () => ({ a: { b: [1, 'dua'] } }),
  // Huge: 200 000 characters in the campaign, 20 000 by default (the did-you-mean matcher is
  // quadratic in the length of a mistyped word, so a long one takes a second).
  () => 'x'.repeat(SEMUA ? 200_000 : 20_000),
  () => '\u202e\u0301ß漢字😀\u200b٣٢٧٣',
  () => '\u0000\u0007\u001b[2J\r',
  () => '2026-02-30',
  () => '0000-00-00',
  () => '9999-12-31',
  () => '31/12/2026',
  () => '.nan',
  () => '-',
  () => 'ps-01',
  () => 'individu',
];

type Slot = { set: (n: Node) => void };

/** Every place a value sits: each key's value and each list item, at any depth. */
function slots(doc: Document): Slot[] {
  const out: Slot[] = [];
  const walk = (n: unknown): void => {
    if (isMap(n))
      for (const p of n.items) {
        if (!isPair(p)) continue;
        out.push({ set: (v) => (p.value = v) });
        walk(p.value);
      }
    else if (isSeq(n))
      n.items.forEach((item, i) => {
        out.push({ set: (v) => (n.items[i] = v) });
        walk(item);
      });
  };
  walk(doc.contents);
  return out;
}

function mutasi(teks: string, r: () => number): string {
  const doc = parseDocument(teks);
  const n = 1 + Math.floor(r() * 3);
  for (let k = 0; k < n; k++) {
    const s = slots(doc);
    if (s.length === 0) break;
    const slot = s[Math.floor(r() * s.length)]!;
    const v = NILAI[Math.floor(r() * NILAI.length)]!();
    slot.set(v === null ? new Scalar(null) : (doc.createNode(v) as Node));
  }
  return doc.toString({ lineWidth: 0 });
}

const WAKTU = new Map<string, number>();

class Capture {
  text = '';
  write(s: string | Uint8Array) {
    this.text += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
    return true;
  }
}

export async function satuKasus(base: string, i: number) {
  const r = acak(SEED * 7919 + i);
  const jenis = (['lembaga', 'register', 'kredit'] as const)[i % 3]!;
  const dir = path.join(base, `kasus ${i}`);
  mkdirSync(path.join(dir, 'register'), { recursive: true });
  mkdirSync(path.join(dir, 'kredit'), { recursive: true });
  const isi = (j: Jenis) => (j === jenis ? mutasi(DOKUMEN[j], r) : DOKUMEN[j]);
  writeFileSync(path.join(dir, 'lembaga.yaml'), isi('lembaga'));
  writeFileSync(path.join(dir, 'register', 'register-2026.yaml'), isi('register'));
  writeFileSync(path.join(dir, 'kredit', '2022.yaml'), isi('kredit'));
  const gagal: string[] = [];
  const cmds = PERINTAH[jenis];
  for (const cmd of SEMUA ? cmds : [cmds[Math.floor(i / 3) % cmds.length]!]) {
    const stdout = new Capture();
    const stderr = new Capture();
    let code: number;
    const t0 = Date.now();
    try {
      code = await run(argsUntuk(cmd, dir), {
        stdout,
        stderr,
        env: { NO_COLOR: '1', LANG: 'id_ID.UTF-8' },
        cwd: base,
        stdinIsTTY: false,
      });
    } catch (e) {
      gagal.push(`${cmd} (kasus ${i}, ${jenis}): threw ${(e as Error).stack}`);
      continue;
    }
    WAKTU.set(cmd, (WAKTU.get(cmd) ?? 0) + Date.now() - t0);
    const err = stderr.text;
    if (/galat internal|internal error/i.test(err) || STACK.test(err) || ![0, 1, 2].includes(code))
      gagal.push(`${cmd} (kasus ${i}, ${jenis}, exit ${code}): ${err.slice(0, 1200)}`);
  }
  rmSync(dir, { recursive: true, force: true });
  return gagal;
}

describe(`type fuzzer (seed ${SEED}, cases ${DARI}–${DARI + RUNS - 1})`, () => {
  it(
    'no command ends in an internal error on any value of any type in any field',
    async () => {
      const base = mkdtempSync(path.join(os.tmpdir(), 'tipe-'));
      const gagal: string[] = [];
      for (let i = DARI; i < DARI + RUNS; i++) {
        gagal.push(...(await satuKasus(base, i)));
        // A long run says where it is (stderr), so a stalled shard shows.
        if (SEMUA && (i + 1 - DARI) % 250 === 0)
          console.error(`tipe: ${i + 1 - DARI}/${RUNS} kasus, ${gagal.length} gagal`);
      }
      rmSync(base, { recursive: true, force: true });
      if (process.env.TIPE_RINGKAS) console.log([...WAKTU]);
      if (process.env.TIPE_RINGKAS)
        console.log(
          [
            ...new Set(
              gagal.map(
                (g) => /Galat internal: [^\n]*|threw [^\n]*/.exec(g)?.[0] ?? g.slice(0, 200),
              ),
            ),
          ].join('\n'),
        );
      expect(gagal.slice(0, 5).join('\n\n')).toBe('');
      expect(gagal).toHaveLength(0);
      // Every command on every case takes up to about a second each on a loaded 2-core machine.
    },
    Math.max(1_800_000, RUNS * (SEMUA ? 6_000 : 2_000)),
  );
});
