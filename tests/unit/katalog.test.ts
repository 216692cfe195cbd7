/**
 * Checks the Lampiran catalogue against the seed text itself: every section number and
 * letter must exist in that service's own part of the Lampiran, every label's key words
 * must stand in the clause it cites, and list lengths must match the text. Items marked
 * `catatan` (text broken, docs/domain.md) are checked against the parallel services instead.
 */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { Bagian, ItemKatalog, LayananKey, StandarLayanan } from '../../src/standards/types.js';
import { LAYANAN_KEYS, TAHAP_KEYS } from '../../src/standards/types.js';
import {
  JALUR_PENGEMBANGAN,
  JENIS_KLIEN_LABEL,
  PERSYARATAN_KLIEN_PERLINDUNGAN,
  SASARAN_REHABILITASI,
  STANDAR,
  formatBagian,
} from '../../src/standards/permensos-14-2020/katalog.js';

type Huruf = StandarLayanan['huruf'];

// The regulation text the catalogue encodes, kept with the tests so a fresh clone can run them
// (a copy of seeds/000_bc98080196c554a7.txt: Permensos 14/2020 with its Lampiran).
const SEED = readFileSync(
  new URL('../fixtures/seeds/000_bc98080196c554a7.txt', import.meta.url),
  'utf8',
);

/* ------------------------------------------------------------ text parsing */

/** The Lampiran, split into its five service standards A–E. */
function potongLampiran(text: string): Record<Huruf, string> {
  const mulai = text.indexOf('STANDAR LAYANAN PRAKTIK PEKERJAAN SOSIAL');
  const akhir = text.lastIndexOf('MENTERI SOSIAL REPUBLIK INDONESIA');
  if (mulai < 0 || akhir < mulai) throw new Error('seed: Lampiran not found');
  const kepala = [...text.matchAll(/^([A-E])\. STANDAR LAYANAN /gim)].filter(
    (m) => (m.index ?? 0) > mulai,
  );
  if (kepala.map((m) => m[1]).join('') !== 'ABCDE') throw new Error('seed: services A–E not found');
  const out = {} as Record<Huruf, string>;
  kepala.forEach((m, i) => {
    out[m[1] as Huruf] = text.slice(m.index, kepala[i + 1]?.index ?? akhir);
  });
  return out;
}

const BAGIAN_TEKS = potongLampiran(SEED);
const SELURUH = Object.values(BAGIAN_TEKS).join('\n');

// Headings: "1.2.5. …", "- 1.2.5. …", " - 2.1. …". Tariff rows ("\t2.2. Bimbingan …",
// "3.3 bimbingan …") start with a tab or lack the final dot, so they are not headings.
const RE_JUDUL = /^ ?(?:- )?(\d\.\d+(?:\.\d+)?)\.\s/gm;
const RE_HURUF = /^ ?(?:- )?([a-z])\.\s/gm;
const RE_BUTIR = /^ ?(?:- )?(\d+)\)\s/gm;
const RE_NOMOR = /^ ?(?:- )?(\d+)\.\s/gm;

interface Penanda {
  tanda: string;
  mulai: number;
}

function penanda(text: string, re: RegExp): Penanda[] {
  return [...text.matchAll(re)].map((m) => ({ tanda: m[1] ?? '', mulai: m.index ?? 0 }));
}

/** Pieces of `text` starting at each marker, up to the next marker. */
function potong(text: string, ps: Penanda[]): Map<string, string> {
  const out = new Map<string, string>();
  ps.forEach((p, i) => {
    if (!out.has(p.tanda)) out.set(p.tanda, text.slice(p.mulai, ps[i + 1]?.mulai ?? text.length));
  });
  return out;
}

/** The clause `angka` of one service, from its heading to the next heading (or undefined). */
function blok(h: Huruf, angka: string): string | undefined {
  return potong(BAGIAN_TEKS[h], penanda(BAGIAN_TEKS[h], RE_JUDUL)).get(angka);
}

/** Markers inside a clause: its letters; else its numbered items "1." … */
function tandaDalam(teks: string): { jenis: 'huruf' | 'nomor' | 'butir'; daftar: string[] } {
  const huruf = penanda(teks, RE_HURUF);
  if (huruf.length > 0) return { jenis: 'huruf', daftar: huruf.map((p) => p.tanda) };
  return { jenis: 'nomor', daftar: penanda(teks, RE_NOMOR).map((p) => p.tanda) };
}

/**
 * The text a section reference points to. Lampiran B lost the heading 1.6.4 and its
 * letters a–b, so B's 1.6.4 c–e stand inside the remains of 1.5.3 (see the test below).
 */
function teksBagian(h: Huruf, b: Bagian): string | undefined {
  let induk = blok(h, b.angka);
  if (induk === undefined && h === 'B' && b.angka === '1.6.4') induk = blok('B', '1.5.3');
  if (induk === undefined) return undefined;
  if (b.huruf === undefined) {
    if (b.butir === undefined) return induk;
    return potong(induk, penanda(induk, RE_NOMOR)).get(b.butir);
  }
  const teksHuruf = potong(induk, penanda(induk, RE_HURUF)).get(b.huruf);
  if (teksHuruf === undefined || b.butir === undefined) return teksHuruf;
  const butir = potong(teksHuruf, penanda(teksHuruf, RE_BUTIR)).get(b.butir);
  // The letter's own line ("memberikan layanan rehabilitasi sosial tingkat dasar") frames its butir.
  return butir === undefined ? undefined : `${teksHuruf.split('\n')[0] ?? ''}\n${butir}`;
}

const KATA_SAMBUNG = new Set([
  'yang',
  'untuk',
  'dengan',
  'atau',
  'dari',
  'pada',
  'oleh',
  'kepada',
  'dalam',
  'serta',
  'terhadap',
  'sebagai',
  'mengenai',
]);

const kata = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4 && !KATA_SAMBUNG.has(w));

/** Key words of `label` missing from `teks`. */
function kataHilang(label: string, teks: string): string[] {
  const ada = new Set(kata(teks));
  return kata(label).filter((w) => !ada.has(w));
}

/* ------------------------------------------------------ catalogue walking */

interface Butir {
  daftar: string;
  item: ItemKatalog;
}

/** Every ItemKatalog-shaped entry of one service, with the list it sits in. */
function semuaItem(s: StandarLayanan): Butir[] {
  const d = (daftar: string, items: readonly ItemKatalog[]): Butir[] =>
    items.map((item) => ({ daftar, item }));
  return [
    ...d('kegiatan', s.kegiatan),
    ...d('pemohon', s.pemohon?.keys ?? []),
    ...d('sk', s.sk),
    ...d('terminasi.syarat', s.terminasi.syarat),
    ...d('faktorTarif', s.faktorTarif),
    ...d('pengaduan.jenis', s.pengaduan.jenis),
    ...d('pengaduan.saluran', s.pengaduan.saluran),
    ...d('pengaduan.prosedur', s.pengaduan.prosedur),
    ...d('dasarHukum', s.dasarHukum),
    ...d('fasilitas', s.fasilitas),
    ...d('peralatan', s.peralatan),
    ...d('kompetensi.pekerjaSosial', s.kompetensi.pekerjaSosial),
    ...d('kompetensi.supervisor', s.kompetensi.supervisor),
    ...d('kompetensi.pelaksanaLain', s.kompetensi.pelaksanaLain),
    ...d('pengawasan.aspek', s.pengawasan.aspek),
    ...d('jaminan.pekerja', s.jaminan.pekerja),
    ...d('jaminan.lembaga', s.jaminan.lembaga),
    ...d('keselamatan.gedung', s.keselamatan.gedung),
    ...d('keselamatan.pelaksana', s.keselamatan.pelaksana),
    ...d('evaluasiKinerja', s.evaluasiKinerja),
  ];
}

/** Bare section references of a service (no item attached). */
function semuaBagian(s: StandarLayanan): Bagian[] {
  return [
    s.jenisKlien.bagian,
    ...(s.pemohon ? [s.pemohon.bagian] : []),
    s.rujukan,
    s.terminasi.bagian,
    s.jangkaWaktu.bagian,
    s.jangkaWaktu.lebihSingkat,
    s.jangkaWaktu.perpanjangan,
    s.tarif.sk,
    s.tarif.matriks,
    s.pengaduan.sk,
    s.pengawasan.bagian,
    s.jumlahPelaksana,
    s.keselamatan.kontak,
    s.keselamatan.penjelasanKlien,
  ];
}

const LAYANAN = LAYANAN_KEYS.map((k) => [k, STANDAR[k]] as const);
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/* ------------------------------------------------------------------ tests */

describe('Lampiran seed', () => {
  it('Lampiran B is broken between 1.5.3 a and 1.6.4 c, as docs/domain.md says', () => {
    expect(blok('B', '1.5.3')).toBeDefined();
    for (const hilang of ['1.5.4', '1.6.1', '1.6.2', '1.6.3', '1.6.4']) {
      expect(blok('B', hilang), hilang).toBeUndefined();
    }
    expect(tandaDalam(blok('B', '1.5.3') ?? '').daftar).toEqual(['a', 'c', 'd', 'e']);
    expect(blok('B', '1.6.5')).toBeDefined();
  });

  it('C 2.3.2 d says "paling lama", the others "paling sedikit"', () => {
    for (const h of ['A', 'B', 'C', 'D', 'E'] as const) {
      const d = teksBagian(h, { angka: '2.3.2', huruf: 'd' }) ?? '';
      expect(d, h).toMatch(h === 'C' ? /paling lama 5/ : /paling sedikit 5/);
    }
  });
});

describe.each(LAYANAN)('%s', (key: LayananKey, s: StandarLayanan) => {
  const h = s.huruf;

  it('is the service of its own Lampiran letter', () => {
    expect(s.key).toBe(key);
    expect(BAGIAN_TEKS[h].split('\n')[0]?.toLowerCase()).toContain(s.nama.toLowerCase());
  });

  it('every cited section exists in this service text (parallel text where noted)', () => {
    const salah: string[] = [];
    for (const { daftar, item } of semuaItem(s)) {
      const t = teksBagian(h, item.bagian);
      if (t !== undefined) continue;
      const paralel = (['A', 'C', 'D', 'E'] as const).some((p) => teksBagian(p, item.bagian));
      if (item.catatan === undefined || !paralel) {
        salah.push(`${daftar}:${item.key} ${formatBagian(h, item.bagian)}`);
      }
    }
    for (const b of [...semuaBagian(s), ...s.produk.map((p) => p.bagian)]) {
      const ada = teksBagian(h, b) !== undefined;
      const catatan = s.produk.find((p) => p.bagian === b)?.catatan;
      if (!ada && catatan === undefined) salah.push(formatBagian(h, b));
    }
    expect(salah).toEqual([]);
  });

  it("every label's key words stand in the clause it cites", () => {
    const salah: string[] = [];
    for (const { daftar, item } of semuaItem(s)) {
      // A catatan means the wording comes from the parallel services.
      const teks = item.catatan ? SELURUH : (teksBagian(h, item.bagian) ?? '');
      const hilang = kataHilang(item.label, teks);
      if (hilang.length) salah.push(`${daftar}:${item.key} [${hilang.join(', ')}]`);
    }
    expect(salah).toEqual([]);
  });

  it('product labels and outputs stand in their clause', () => {
    const salah: string[] = [];
    for (const p of s.produk) {
      const kegiatan = s.kegiatan.find((k) => k.key === p.kegiatan);
      const teks = p.catatan?.startsWith('Teks Lampiran B terpotong')
        ? SELURUH
        : (teksBagian(h, p.bagian) ?? '');
      // A product is named after its activity; the clause may word it as a noun.
      const teksLabel = `${teks}\n${kegiatan ? (teksBagian(h, kegiatan.bagian) ?? '') : ''}`;
      const hilang = kataHilang(p.label, teksLabel);
      if (hilang.length) salah.push(`${p.key} label [${hilang.join(', ')}]`);
      for (const l of p.luaran) {
        const hl = kataHilang(l, teks);
        if (hl.length) salah.push(`${p.key} luaran "${l}" [${hl.join(', ')}]`);
      }
      expect(p.luaran.length, p.key).toBeGreaterThan(0);
      if (!p.catatan?.startsWith('Teks Lampiran B') && p.bagian.huruf === undefined) {
        expect(p.luaran.length, p.key).toBe(tandaDalam(teks).daftar.length);
      }
      // `kegiatan` is an activity key, or a whole stage where the text ties it to one (E 1.5.2 d).
      const tahap = p.kegiatan.startsWith('tahap:') ? p.kegiatan.slice(6) : null;
      if (tahap !== null) {
        expect(TAHAP_KEYS as readonly string[]).toContain(tahap);
        expect(p.catatan, p.key).toBeDefined();
      } else {
        expect(kegiatan, `${p.key} → ${p.kegiatan}`).toBeDefined();
      }
    }
    expect(salah).toEqual([]);
  });

  it('every list has exactly the letters (or numbers) of the text', () => {
    const kelompok = new Map<string, Butir[]>();
    for (const b of semuaItem(s)) {
      const { angka, huruf, butir } = b.item.bagian;
      if (huruf === undefined && butir === undefined) continue;
      const k = `${b.daftar}|${angka}|${butir !== undefined ? (huruf ?? '') : ''}`;
      kelompok.set(k, [...(kelompok.get(k) ?? []), b]);
    }
    for (const [k, bs] of kelompok) {
      const [, angka = '', hurufInduk = ''] = k.split('|');
      const punyaButir = bs[0]?.item.bagian.butir !== undefined;
      const katalog = bs.map((b) => (punyaButir ? b.item.bagian.butir : b.item.bagian.huruf));
      const tanpaCatatan = bs.filter((b) => b.item.catatan === undefined);
      if (tanpaCatatan.length === 0) continue; // wholly lost in the text (B 1.6.3)
      let teks: string[];
      if (punyaButir && hurufInduk) {
        const t = teksBagian(h, { angka, huruf: hurufInduk }) ?? '';
        teks = penanda(t, RE_BUTIR).map((p) => p.tanda);
      } else {
        teks = tandaDalam(teksBagian(h, { angka }) ?? blok('B', '1.5.3') ?? '').daftar;
      }
      if (h === 'B' && angka === '1.6.4') {
        // Only c–e survive (inside 1.5.3's remains); a–b carry the catatan.
        teks = teks.filter((t) => t >= 'c');
        expect(
          tanpaCatatan.map((b) => b.item.bagian.huruf),
          k,
        ).toEqual(teks);
        continue;
      }
      expect(katalog, `${h} ${k}`).toEqual(teks);
    }
  });

  it('keys are unique per list and kebab-case; English labels are present', () => {
    const perDaftar = new Map<string, string[]>();
    for (const { daftar, item } of semuaItem(s)) {
      expect(item.key, `${daftar}:${item.key}`).toMatch(KEBAB);
      expect(item.labelEn.trim(), item.key).not.toBe('');
      perDaftar.set(daftar, [...(perDaftar.get(daftar) ?? []), item.key]);
    }
    for (const [daftar, keys] of perDaftar) {
      if (daftar.startsWith('kompetensi.')) continue; // the same clause keys recur per role
      expect(new Set(keys).size, daftar).toBe(keys.length);
    }
    for (const keys of [
      s.produk.map((p) => p.key),
      s.tarif.baris.map((b) => b.key),
      s.kompetensi.pekerjaSosial.map((q) => q.key),
      s.kompetensi.supervisor.map((q) => q.key),
    ]) {
      expect(new Set(keys).size).toBe(keys.length);
      for (const k of keys) expect(k).toMatch(KEBAB);
    }
    for (const k of s.jenisKlien.keys) expect(JENIS_KLIEN_LABEL[k], k).toBeDefined();
  });

  it('has the SOP stages of its text, each with the number of core activities the text lists', () => {
    const kata: Record<string, RegExp> = {
      pendekatanAwal: /^pendekatan awal/i,
      asesmen: /^asesmen/i,
      perencanaan: /^perencanaan/i,
      intervensi: /^intervensi/i,
      evaluasiRujukanTerminasi: /^(evaluasi|rujukan|terminasi)/i,
    };
    // The stage clauses of the text: 1.2.x headings opening with a stage word.
    const judulTahap = potong(BAGIAN_TEKS[h], penanda(BAGIAN_TEKS[h], RE_JUDUL));
    const angkaTeks = [...judulTahap]
      .filter(
        ([a, t]) => a.startsWith('1.2.') && Object.values(kata).some((re) => re.test(isiJudul(t))),
      )
      .map(([a]) => a);
    const angkaKatalog = [...new Set(s.kegiatan.map((k) => k.bagian.angka))];
    expect(angkaKatalog).toEqual(angkaTeks);

    for (const angka of angkaKatalog) {
      const ks = s.kegiatan.filter((k) => k.bagian.angka === angka);
      const t = blok(h, angka) ?? '';
      for (const k of ks) expect(isiJudul(t), `${angka} ${k.key}`).toMatch(kata[k.tahap] ?? /$^/);
      const huruf = potong(t, penanda(t, RE_HURUF));
      const jumlahTeks =
        huruf.size === 0
          ? 1
          : [...huruf.values()].reduce((n, th) => n + Math.max(1, penanda(th, RE_BUTIR).length), 0);
      expect(ks.length, `${h} ${angka}`).toBe(jumlahTeks);
    }
    for (const t of TAHAP_KEYS) {
      expect(
        s.kegiatan.some((k) => k.tahap === t),
        t,
      ).toBe(true);
    }
  });

  it('has a clean tariff matrix matching the text rows', () => {
    const t = blok(h, '1.4.4') ?? '';
    const rows = s.tarif.baris;
    // One "1 jam" per row priced by the hour, one "5 tahap" for asesmen.
    const perJam = rows.filter((r) => r.durasi.includes('1-jam'));
    expect(perJam.length).toBe((t.match(/(^|\s)1 jam/gi) ?? []).length);
    expect(rows.filter((r) => r.durasi.includes('5-tahap')).length).toBe(
      (t.match(/5 tahap/gi) ?? []).length,
    );
    expect(rows.filter((r) => r.opsional).length).toBe((t.match(/\(opsional\)/gi) ?? []).length);
    expect(t.toLowerCase()).toContain(s.tarif.judul.toLowerCase());

    const kegiatanKeys = new Set(s.kegiatan.map((k) => k.key));
    let berikut = 1; // next top-level number
    let induk = 0;
    let anak = 0;
    for (const r of rows) {
      // Clean numbering: 1, 2, 3.1, 3.2, …, 4.
      const [a = NaN, b] = r.nomor.split('.').map(Number);
      if (b === undefined) {
        expect(a, r.nomor).toBe(berikut++);
      } else if (b === 1) {
        expect(a, r.nomor).toBe(berikut++);
        [induk, anak] = [a, 1];
      } else {
        expect([a, b], r.nomor).toEqual([induk, anak + 1]);
        anak = b;
      }
      expect(r.durasi, r.key).toEqual(
        r.key === 'asesmen' ? ['5-tahap'] : ['1-jam', '2-jam', 'lebih-2-jam'],
      );
      expect(r.kegiatan.length, r.key).toBeGreaterThan(0);
      for (const k of r.kegiatan) expect(kegiatanKeys.has(k), `${r.key} → ${k}`).toBe(true);
      if (r.key === 'lainnya' && /Dsb\./.test(t)) continue; // A's row reads "Dsb."
      expect(kataHilang(r.label, t), r.key).toEqual([]);
    }
    const asesmen = rows.find((r) => r.key === 'asesmen');
    expect([...(asesmen?.kegiatan ?? [])].sort()).toEqual(
      s.kegiatan
        .filter((k) => k.tahap === 'asesmen')
        .map((k) => k.key)
        .sort(),
    );
    // Every intervention is priced on exactly one row.
    for (const k of s.kegiatan.filter((x) => x.tahap === 'intervensi')) {
      expect(rows.filter((r) => r.kegiatan.includes(k.key)).length, k.key).toBe(1);
    }
  });

  it('has the time limit and supervisor experience of its text', () => {
    const bulan = /(\d+) \(/.exec(teksBagian(h, s.jangkaWaktu.bagian) ?? '')?.[1];
    expect(s.jangkaWaktu.bulan).toBe(Number(bulan));
    const d = s.kompetensi.supervisor.find((q) => q.key === 'pengalaman-tahun');
    const tahun = /(\d+) \(lima\) tahun/.exec(teksBagian(h, d?.bagian ?? { angka: '' }) ?? '')?.[1];
    expect(s.kompetensi.supervisorMinTahun).toBe(Number(tahun));
  });
});

describe('expectations from docs/domain.md and the brief', () => {
  const perTahap = (k: LayananKey, tahap: string, huruf?: string): number =>
    STANDAR[k].kegiatan.filter(
      (x) => x.tahap === tahap && (huruf === undefined || x.bagian.huruf === huruf),
    ).length;

  it('counts interventions per service', () => {
    expect(perTahap('pencegahan', 'intervensi')).toBe(7);
    expect(
      STANDAR.pencegahan.kegiatan
        .filter((x) => x.tahap === 'intervensi')
        .map((x) => x.bagian.huruf),
    ).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(perTahap('perlindungan', 'intervensi')).toBe(3);
    expect(perTahap('rehabilitasi', 'intervensi', 'a')).toBe(8);
    expect(perTahap('rehabilitasi', 'intervensi', 'b')).toBe(15);
    expect(perTahap('pemberdayaan', 'intervensi')).toBe(5);
    expect(perTahap('pengembangan', 'intervensi')).toBe(10);
    for (const k of STANDAR.rehabilitasi.kegiatan.filter((x) => x.tahap === 'intervensi')) {
      expect(k.tingkatRehabilitasi).toBe(k.bagian.huruf === 'a' ? 'dasar' : 'lanjut');
    }
  });

  it('counts tariff rows per service', () => {
    const n = Object.fromEntries(LAYANAN_KEYS.map((k) => [k, STANDAR[k].tarif.baris.length]));
    expect(n).toEqual({
      pencegahan: 6,
      perlindungan: 6,
      rehabilitasi: 11,
      pemberdayaan: 7,
      pengembangan: 6,
    });
    expect(STANDAR.pencegahan.tarif.baris.some((b) => b.opsional)).toBe(false);
    expect(STANDAR.perlindungan.tarif.baris.map((b) => b.nomor)).toEqual([
      '1',
      '2',
      '3.1',
      '3.2',
      '3.3',
      '4',
    ]);
    expect(STANDAR.rehabilitasi.tarif.baris.map((b) => b.key)).toContain('lainnya-lanjut');
    expect(STANDAR.pencegahan.tarif.baris.at(-1)?.key).toBe('lainnya');
  });

  it('time limits: rehabilitasi 6 months, the rest 12; supervisors 5 years everywhere', () => {
    for (const k of LAYANAN_KEYS) {
      expect(STANDAR[k].jangkaWaktu.bulan, k).toBe(k === 'rehabilitasi' ? 6 : 12);
      expect(STANDAR[k].kompetensi.supervisorMinTahun, k).toBe(5);
    }
  });

  it('notes every broken place', () => {
    const b = STANDAR.perlindungan;
    expect(b.pengaduan.jenis.every((j) => j.catatan?.startsWith('Teks Lampiran B terpotong'))).toBe(
      true,
    );
    expect(b.pengaduan.saluran.map((x) => x.catatan !== undefined)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(b.produk.filter((p) => p.catatan).map((p) => p.key)).toEqual([
      'advokasi-sosial',
      'akses-bantuan-hukum',
    ]);
    const f = b.kompetensi.supervisor.find((q) => q.key === 'pengalaman-praktik');
    expect(f?.catatan).toMatch(/advokasi sosial/);
    const d = STANDAR.rehabilitasi.kompetensi.supervisor.find((q) => q.key === 'pengalaman-tahun');
    expect(d?.catatan).toMatch(/paling lama/);
    for (const k of ['pencegahan', 'pemberdayaan', 'pengembangan'] as const) {
      expect(
        STANDAR[k].pengaduan.jenis.some((j) => j.catatan),
        k,
      ).toBe(false);
    }
  });

  it('keeps C facilities a–i with therapy room at b and shelter at c', () => {
    const c = STANDAR.rehabilitasi.fasilitas.map((f) => `${f.bagian.huruf}:${f.key}`);
    expect(c.slice(0, 3)).toEqual(['a:kantor', 'b:ruang-terapi', 'c:shelter']);
    expect(c).toHaveLength(9);
    expect(STANDAR.pencegahan.fasilitas.map((f) => f.key)).not.toContain('shelter');
  });

  it('shifts E SOP clauses by one number (1.2.1 is the delivery routes)', () => {
    const e = STANDAR.pengembangan;
    expect(e.kegiatan.find((k) => k.tahap === 'intervensi')?.bagian.angka).toBe('1.2.6');
    expect(e.rujukan.angka).toBe('1.2.8');
    expect(e.terminasi.bagian.angka).toBe('1.2.9');
    expect(STANDAR.pencegahan.terminasi.disaksikanPemohon).toBe(true);
    expect(STANDAR.perlindungan.terminasi.disaksikanPemohon).toBe(false);
  });

  it('extra client clauses cite existing sections', () => {
    for (const [h, items] of [
      ['B', PERSYARATAN_KLIEN_PERLINDUNGAN],
      ['C', SASARAN_REHABILITASI],
      ['E', JALUR_PENGEMBANGAN],
    ] as const) {
      for (const i of items) {
        const t = teksBagian(h, i.bagian);
        expect(t, i.key).toBeDefined();
        expect(kataHilang(i.label, t ?? ''), i.key).toEqual([]);
      }
    }
  });

  it('formats section references', () => {
    expect(formatBagian('C', { angka: '2.3.2', huruf: 'a' })).toBe(
      'Lampiran C angka 2.3.2 huruf a',
    );
    expect(formatBagian('C', { angka: '1.2.5', huruf: 'a', butir: '3' })).toBe(
      'Lampiran C angka 1.2.5 huruf a butir 3)',
    );
    expect(formatBagian('A', { angka: '1.3.1' })).toBe('Lampiran A angka 1.3.1');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(STANDAR.pencegahan.kegiatan)).toBe(true);
    expect(Object.isFrozen(STANDAR)).toBe(true);
  });
});

/** The words of a heading after its number: "1.2.5. Intervensi pada …" → "Intervensi pada …". */
function isiJudul(t: string): string {
  return t.replace(/^ ?(?:- )?\d\.\d+(?:\.\d+)?\.\s*/, '');
}
