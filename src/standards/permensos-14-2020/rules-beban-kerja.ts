/**
 * Caseload (issue 12, item 6): active cases per social worker per service against the
 * ceiling the lembaga declares for that service (`layanan.<layanan>.bebanKasusMaks`),
 * Lampiran A–E 2.5.1: the number of workers follows the kind of service, the number of
 * target clients and the workers available. The text sets no number; the lembaga does.
 */
import type { DraftFinding, Lintas, Rule, RuleContext } from '../rule.js';
import { periksaLintas } from '../rule.js';
import { diLembaga, layananRule, perLayanan } from './define.js';
import { pesanDi, ubahSerta } from '../contoh.js';

/** Active cases per service and worker, counted as the cases go by; compared at the end. */
function bebanLintas(ctx: RuleContext): Lintas {
  const hitung = new Map<string, Map<string, number>>();
  return {
    tambah(x, dipilih) {
      const c = x.kasus;
      if (!dipilih || !(ctx.layanan as readonly string[]).includes(c.layanan)) return [];
      if (c.status !== 'aktif' || typeof c.pekerjaSosial !== 'string') return [];
      let per = hitung.get(c.layanan);
      if (!per) hitung.set(c.layanan, (per = new Map()));
      per.set(c.pekerjaSosial, (per.get(c.pekerjaSosial) ?? 0) + 1);
      return [];
    },
    selesai: () =>
      perLayanan(ctx, (k, _s, lay): DraftFinding[] => {
        const maks = lay.bebanKasusMaks;
        if (typeof maks !== 'number' || maks <= 0) return [];
        return [...(hitung.get(k) ?? [])]
          .filter(([, n]) => n > maks)
          .map(([id, n]) => {
            const i = ctx.lembaga.staf.findIndex((s) => s.id === id);
            return {
              message: 'r.bebanKasus.lebih',
              params: { nama: i >= 0 ? ctx.lembaga.staf[i]!.nama : id, n, maks },
              ...diLembaga(k, i >= 0 ? `/staf/${i}` : `/layanan/${k}/bebanKasusMaks`),
              value: n,
              expected: `<= ${maks}`,
            };
          });
      }),
  };
}

const bebanKasus = layananRule('beban-kasus', 'warning', {
  scope: 'kasus',
  bagian: () => [
    { angka: '2.5.1', huruf: 'a' },
    { angka: '2.5.1', huruf: 'b' },
    { angka: '2.5.1', huruf: 'd' },
  ],
  summary: {
    id: 'Kasus aktif setiap pekerja sosial di satu layanan tidak melebihi batas beban kasus yang ditetapkan lembaga.',
    en: "Active cases per social worker in a service stay within the institution's declared caseload ceiling.",
  },
  doc: {
    id: 'Angka 2.5.1: jumlah pelaksana ditentukan menurut jenis layanan (a), jumlah target klien (b), dan ketersediaan pelaksana (d). Standar tidak menetapkan angka; bila lembaga menetapkan `layanan.<layanan>.bebanKasusMaks`, kasus berstatus `aktif` di layanan itu dihitung per `pekerjaSosial`, dan jumlah di atas batas menjadi peringatan di staf itu (tambah pekerja sosial atau alihkan kasus). Tanpa batas, aturan ini tidak menilai. Kemampuan anggaran (c) tidak dapat diperiksa dari data.',
    en: '2.5.1: with `layanan.<layanan>.bebanKasusMaks` set, active cases of that service are counted per social worker; above the ceiling is a warning at that worker. Without a ceiling the rule does not judge.',
  },
  contoh: {
    batas: {
      gagal: [
        ubahSerta(
          'Batas 1; ps-02 menangani 2 kasus aktif rehabilitasi.',
          [['/kasus/4/status', 'aktif']],
          [['/layanan/rehabilitasi/bebanKasusMaks', 1]],
          pesanDi(
            'Budi Santoso, S.Sos. menangani 2 kasus aktif, di atas batas 1 yang ditetapkan lembaga.',
            'lembaga.yaml:217',
          ),
        ),
      ],
      lulus: [
        ubahSerta(
          'Batas 2; ps-02 tepat 2 kasus aktif rehabilitasi.',
          [['/kasus/4/status', 'aktif']],
          [['/layanan/rehabilitasi/bebanKasusMaks', 2]],
        ),
        ubahSerta(
          'Batas 1; kasus kedua ps-02 berstatus berhenti (tidak dihitung).',
          [],
          [['/layanan/rehabilitasi/bebanKasusMaks', 1]],
        ),
      ],
    },
    gagal: ubahSerta(
      'Batas 1 kasus aktif rehabilitasi; kasus ps-02 yang berhenti diaktifkan lagi, ps-02 menjadi 2.',
      [['/kasus/4/status', 'aktif']],
      [['/layanan/rehabilitasi/bebanKasusMaks', 1]],
    ),
    lulus: ubahSerta(
      'Batas 1 kasus aktif rehabilitasi; ps-02 tepat 1.',
      [],
      [['/layanan/rehabilitasi/bebanKasusMaks', 1]],
    ),
  },
  check: periksaLintas(bebanLintas),
  lintas: bebanLintas,
});

export const BEBAN_KERJA_RULES: readonly Rule[] = [bebanKasus];
