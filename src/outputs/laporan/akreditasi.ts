/**
 * The annual report's evidence index for accreditation under Permensos 8/2025
 * (issue 13 item 4): for each of the five components — program; SDM;
 * manajemen dan organisasi; sarana prasarana; hasil pelayanan — which parts,
 * tables and open findings of the report speak to it. Built from the finished
 * document (so table numbers match) and the report data. Pure.
 */
import type { Translate } from '../../i18n/index.js';
import type { Bab, Blok } from './dokumen.js';
import type { LaporanTahunan } from './types.js';
import { regulasiBerlaku, LINIMASA } from '../../standards/index.js';

export const KOMPONEN_AKREDITASI = ['program', 'sdm', 'manajemen', 'sarana', 'hasil'] as const;
export type KomponenAkreditasi = (typeof KOMPONEN_AKREDITASI)[number];

/**
 * Which component a Lampiran section speaks to: services and SOP → program;
 * evaluation, referral, termination and products → hasil pelayanan; tariff,
 * complaints, legal basis and institutional guarantees → manajemen; facilities
 * and building safety → sarana; staff, supervision, staffing, worker
 * guarantees, staff safety and evaluation → SDM.
 */
export function komponenBagian(bagian: string): KomponenAkreditasi {
  const b = bagian.trim();
  const awal = (...p: string[]) =>
    p.some((x) => b === x || b.startsWith(`${x}.`) || b.startsWith(`${x} `));
  if (awal('1.2.6', '1.2.7', '1.2.8', '1.5')) return 'hasil';
  if (awal('1.4', '1.6', '2.1', '2.6.2')) return 'manajemen';
  if (awal('2.2', '2.7.1')) return 'sarana';
  if (awal('2.3', '2.4', '2.5', '2.6', '2.7', '2.8')) return 'sdm';
  return 'program';
}

/** The component of a finding, from its reference ("… angka 2.3.2 huruf a", "PermenPANRB …"). */
export function komponenRef(ref: string | null): KomponenAkreditasi {
  if (!ref) return 'manajemen';
  if (/PermenPANRB|PerBKN/.test(ref)) return 'sdm';
  const m = /angka (\d+(?:\.\d+)*)/.exec(ref);
  if (m) return komponenBagian(m[1]!);
  return 'program';
}

/** The component of a group of findings: its section field, else read from its reference. */
export function komponenTemuan(f: {
  ref: string | null;
  bagian?: string | null;
}): KomponenAkreditasi {
  return f.bagian ? komponenBagian(f.bagian) : komponenRef(f.ref);
}

export interface Baris {
  komponen: KomponenAkreditasi;
  bagian: string[];
  tabel: string[];
  temuan: string[];
}

/** The index rows, from the built chapters and the report data. */
export function indeksAkreditasi(lap: LaporanTahunan, bab: readonly Bab[]): Baris[] {
  const rows = new Map<KomponenAkreditasi, Baris>(
    KOMPONEN_AKREDITASI.map((k) => [k, { komponen: k, bagian: [], tabel: [], temuan: [] }]),
  );
  const judulTabel = new Map<string, string>();
  for (const b of bab)
    for (const x of b.blok) if (x.jenis === 'tabel') judulTabel.set(x.id, x.judul);
  const dipakai = new Set<string>();
  for (const a of [...lap.pengelolaan, ...lap.penyampaian]) {
    const k = a.bagian.length ? komponenBagian(a.bagian[0]!) : 'program';
    const r = rows.get(k)!;
    r.bagian.push(`${a.huruf} (${a.bagian.join(', ')})`);
    for (const id of a.tabel) {
      const j = judulTabel.get(id);
      if (j && !dipakai.has(id)) {
        dipakai.add(id);
        // Tables of outcomes (how cases ended, comparisons) speak to service results as well.
        rows
          .get(/selesai|terminasi|perbandingan|hasil|rujukan/.test(id) ? 'hasil' : k)!
          .tabel.push(j);
      }
    }
  }
  const identitas = judulTabel.get('identitas');
  if (identitas) rows.get('manajemen')!.tabel.unshift(identitas);
  for (const [id, j] of judulTabel)
    if (!dipakai.has(id) && id !== 'identitas' && id !== 'temuan' && !id.startsWith('ringkasan'))
      rows.get('hasil')!.tabel.push(j);
  for (const f of lap.temuan) rows.get(komponenTemuan(f))!.temuan.push(f.rule);
  return [...rows.values()];
}

/** The index as report blocks: a heading, the regulation applied, the table, each accreditation's basis. */
export function blokAkreditasi(lap: LaporanTahunan, bab: readonly Bab[], t: Translate): Blok[] {
  const reg = regulasiBerlaku('akreditasi', lap.tanggal);
  const rows = indeksAkreditasi(lap, bab);
  const nama = (id: string | undefined) =>
    LINIMASA.find((r) => r.id === id)?.singkat ?? t('aturan.akreditasi.dasarTidakDicatat');
  const out: Blok[] = [
    { jenis: 'judul', tingkat: 1, teks: t('aturan.akreditasi.judul') },
    {
      jenis: 'paragraf',
      teks: t('aturan.akreditasi.pengantar', {
        regulasi: reg?.judul ?? '–',
        tanggal: lap.tanggal,
      }),
    },
    {
      jenis: 'tabel',
      id: 'indeks-akreditasi',
      judul: t('aturan.akreditasi.tabel'),
      keterangan: null,
      kepala: [
        t('aturan.akreditasi.kolKomponen'),
        t('aturan.akreditasi.kolBagian'),
        t('aturan.akreditasi.kolTabel'),
        t('aturan.akreditasi.kolTemuan'),
      ],
      baris: rows.map((r) => [
        { teks: t(`aturan.akreditasi.k.${r.komponen}`) },
        { teks: r.bagian.join('; ') || '–' },
        { teks: r.tabel.join('; ') || '–' },
        { teks: r.temuan.length ? String(new Set(r.temuan).size) : '–' },
      ]),
      adaTotal: false,
      lebar: [0.2, 0.22, 0.4, 0.18],
      catatan: [],
    },
  ];
  if (lap.identitas.akreditasi.length)
    out.push({
      jenis: 'daftar',
      butir: lap.identitas.akreditasi.map((a) =>
        t('aturan.akreditasi.dasar', {
          bidang: a.bidang,
          dasar: nama(a.dasar ?? undefined),
        }),
      ),
    });
  return out;
}
