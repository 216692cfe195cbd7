/**
 * Supervision actually taking place (issue 12, item 1): the sessions recorded on each
 * case (`kasus[].supervisi`, sheet Supervisi of the Excel register) read against
 * Lampiran A–E 2.3.2 ("wajib disupervisi"), 2.4.3 b (periodic worker–supervisor
 * meetings), 2.4.4 c (the supervisor supervises the workers), 2.4.5 (its three
 * aspects) and 2.6.2 e ("layanan tersupervisi"). The institution-wide settings of
 * 2.4 (guideline, declared frequency, aspects) stay with `pengawasan-internal`.
 */
import type { DraftFinding, Rule } from '../rule.js';
import type { SesiSupervisi } from '../../model/kasus.js';
import { layananRule } from './define.js';
import { periodeLayanan } from './periode.js';
import { selisihHari } from '../../core/tanggal.js';
import {
  cariStaf,
  diKasusLayanan,
  dirujukKeluar,
  perKasus,
  tanggalSah,
} from './kasus-terdaftar.js';
import { pesanDi, setel, ubahSerta } from '../contoh.js';

/** Sessions with a valid date, in date order, with their index in the case. */
function sesiBertanggal(sesi: readonly SesiSupervisi[] | undefined): [SesiSupervisi, number][] {
  return (sesi ?? [])
    .map((s, i) => [s, i] as [SesiSupervisi, number])
    .filter(([s]) => tanggalSah(s.tanggal))
    .sort(([a], [b]) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0));
}

const tercatat = layananRule('kasus-supervisi-tercatat', 'warning', {
  scope: 'kasus',
  bagian: () => [
    { angka: '2.3.2' },
    { angka: '2.4.3', huruf: 'b' },
    { angka: '2.6.2', huruf: 'e' },
  ],
  summary: {
    id: 'Kasus yang sudah masuk intervensi mencatat sesi supervisinya, dan sesi itu tidak lebih jarang dari selang yang ditetapkan lembaga.',
    en: 'A case past the start of intervention records its supervision sessions, no further apart than the interval the institution set.',
  },
  doc: {
    id: 'Angka 2.3.2: pekerja sosial "wajib disupervisi"; 2.4.3 b: pertemuan berkala pekerja sosial dan supervisor; 2.6.2 e: layanan tersupervisi. Kasus yang sudah memulai intervensi (`tahapan.intervensi.mulai`) atau berstatus `selesai` harus mencatat paling sedikit satu sesi di `supervisi` (Excel: lembar Supervisi). Bila lembaga menetapkan `pengawasan.selangSupervisiHari`, jarak dari awal layanan (kesepakatan) ke sesi pertama, antara dua sesi, dan dari sesi terakhir ke akhir layanan (atau --tanggal bila masih aktif) tidak boleh lebih dari selang itu; satu temuan per kasus, pada jarak pertama yang melebihi. Kasus yang dirujuk keluar saat pendekatan awal dikecualikan.',
    en: 'A case that started intervention or is closed must record at least one session in `supervisi` (sheet Supervisi). With `pengawasan.selangSupervisiHari`, no gap from the service start to the first session, between sessions, or from the last session to the end (or --tanggal while active) may exceed it; one finding per case, at the first such gap.',
  },
  contoh: {
    batas: {
      gagal: [
        ubahSerta(
          'Selang 53 hari; sesi 2026-01-21 dan 2026-03-16 kasus pertama berjarak 54 hari.',
          [],
          [['/pengawasan/selangSupervisiHari', 53]],
          pesanDi(
            'Kasus HB-2026-001: 54 hari tanpa supervisi (2026-01-21 s.d. 2026-03-16), lebih lama dari selang 53 hari yang ditetapkan lembaga.',
            'register-2026.yaml:49',
          ),
        ),
        setel(
          'Kasus aktif yang sudah mulai intervensi tanpa sesi supervisi.',
          '/kasus/1/supervisi',
          undefined,
          pesanDi(
            'Kasus HB-2026-002: belum ada sesi supervisi yang dicatat, padahal pekerja sosial wajib disupervisi.',
            'register-2026.yaml:57',
          ),
        ),
      ],
      lulus: [
        ubahSerta(
          'Selang 54 hari: jarak terpanjang tepat sama dengan selang.',
          [],
          [['/pengawasan/selangSupervisiHari', 54]],
        ),
        setel(
          'Kasus berhenti sebelum intervensi tanpa sesi supervisi (belum wajib).',
          '/kasus/4/supervisi',
          undefined,
        ),
      ],
    },
    gagal: setel('Kasus selesai tanpa sesi supervisi.', '/kasus/0/supervisi', undefined),
  },
  check: (ctx) =>
    perKasus(ctx, (k): DraftFinding[] => {
      const c = k.kasus;
      if (dirujukKeluar(c)) return [];
      const mulaiIntervensi = tanggalSah(c.tahapan?.intervensi?.mulai);
      if (!mulaiIntervensi && c.status !== 'selesai') return [];
      const sesi = sesiBertanggal(c.supervisi);
      if (sesi.length === 0)
        return [
          {
            message: 'r.supervisi.belumAda',
            params: { nomor: c.nomor },
            ...diKasusLayanan(k, c.supervisi ? '/supervisi' : ''),
            hint: 'r.supervisi.saranCatat',
          },
        ];
      const selang = ctx.lembaga.pengawasan?.selangSupervisiHari;
      if (typeof selang !== 'number' || selang <= 0) return [];
      const p = periodeLayanan(c, ctx.lembaga.pengaturan?.mulaiJangkaWaktu ?? 'kesepakatan');
      if (!p) return [];
      const akhir = p.akhir ?? ctx.tanggal;
      const titik: [string, number | null][] = [
        [p.mulai, null],
        ...sesi.map(([s, i]) => [s.tanggal, i] as [string, number]),
      ];
      for (let j = 1; j <= titik.length; j++) {
        const dari = titik[j - 1]![0];
        const [sampai, idx] = j < titik.length ? titik[j]! : [akhir, null];
        if (sampai <= dari) continue;
        const hari = selisihHari(dari, sampai);
        if (hari > selang)
          return [
            {
              message: 'r.supervisi.terlaluJarang',
              params: { nomor: c.nomor, dari, sampai, hari, selang },
              ...diKasusLayanan(k, idx === null ? '/supervisi' : `/supervisi/${idx}/tanggal`),
              bagian: '2.4.3 b',
              value: hari,
              expected: selang,
            },
          ];
      }
      return [];
    }),
});

const sesi = layananRule('kasus-supervisi-sesi', 'error', {
  scope: 'kasus',
  bagian: () => [{ angka: '2.4.4', huruf: 'c' }, { angka: '2.4.5' }],
  summary: {
    id: 'Setiap sesi supervisi dipimpin staf berperan supervisor, menyupervisi orang lain, bertanggal dalam masa layanan dan tidak sesudah hari ini, dan mencatat aspeknya.',
    en: 'Each supervision session is led by a staff member in the supervisor role, supervises someone else, is dated within the service and not after today, and records its aspects.',
  },
  doc: {
    id: 'Angka 2.4.4 c: pengawasan internal dilakukan oleh supervisor kepada pelaksana. Untuk setiap `supervisi[]`: `supervisor` (bawaan: supervisor kasus) harus kode staf di lembaga.yaml berperan `supervisor`; `pelaksana` (bawaan: pekerja sosial kasus) harus kode staf yang ada dan bukan supervisor itu sendiri; `tanggal` tidak sesudah --tanggal dan tidak sebelum pendekatan awal kasus. Angka 2.4.5: supervisi berupa bimbingan edukatif, suportif, dan/atau administratif, maka `aspek` harus diisi paling sedikit satu. Kasus tanpa supervisor dan sesi tanpa supervisor dilaporkan aturan kasus-pelaksana, bukan di sini.',
    en: '2.4.4 c: the supervisor supervises the workers. For each session: the supervisor (default: the case supervisor) must be a staff member in the supervisor role; the worker supervised (default: the case worker) must exist and not be the supervisor; the date not after --tanggal nor before intake. 2.4.5: at least one aspect (educative, supportive, administrative).',
  },
  contoh: {
    batas: {
      gagal: [
        setel(
          'Sesi bertanggal besok (2026-11-26).',
          '/kasus/3/supervisi/2/tanggal',
          '2026-11-26',
          pesanDi(
            'Kasus HB-2026-004: sesi supervisi bertanggal 2026-11-26, sesudah hari ini (2026-11-25) — salah ketik?',
            'register-2026.yaml:174',
          ),
        ),
        setel(
          'Sesi sehari sebelum pendekatan awal (2026-01-04).',
          '/kasus/0/supervisi/0/tanggal',
          '2026-01-04',
          pesanDi(
            'Kasus HB-2026-001: sesi supervisi 2026-01-04 lebih awal dari pendekatan awal kasus (2026-01-05).',
            'register-2026.yaml:46',
          ),
        ),
      ],
      lulus: [
        setel(
          'Sesi bertanggal hari ini (2026-11-25).',
          '/kasus/3/supervisi/2/tanggal',
          '2026-11-25',
        ),
        setel(
          'Sesi pada hari pendekatan awal (2026-01-05).',
          '/kasus/0/supervisi/0/tanggal',
          '2026-01-05',
        ),
      ],
    },
    gagal: setel(
      'Sesi supervisi dipimpin pekerja sosial, bukan supervisor.',
      '/kasus/0/supervisi/0/supervisor',
      'ps-02',
    ),
  },
  check: (ctx) =>
    perKasus(ctx, (k): DraftFinding[] => {
      const c = k.kasus;
      const out: DraftFinding[] = [];
      const awal = tanggalSah(c.tahapan?.pendekatanAwal?.tanggal);
      (c.supervisi ?? []).forEach((s, i) => {
        const at = (sub: string) => diKasusLayanan(k, `/supervisi/${i}${sub}`);
        const tgl = tanggalSah(s.tanggal);
        if (tgl && tgl > ctx.tanggal)
          out.push({
            ...at('/tanggal'),
            message: 'r.supervisi.masaDepan',
            params: { nomor: c.nomor, tanggal: tgl, hariIni: ctx.tanggal },
            value: tgl,
          });
        else if (tgl && awal && tgl < awal)
          out.push({
            ...at('/tanggal'),
            message: 'r.supervisi.sebelumLayanan',
            params: { nomor: c.nomor, tanggal: tgl, awal },
            value: tgl,
          });
        const supId = s.supervisor ?? c.supervisor;
        const sup = cariStaf(ctx, supId);
        if (supId !== undefined && !sup)
          out.push({
            ...at(s.supervisor !== undefined ? '/supervisor' : ''),
            message: 'r.supervisi.stafTakDikenal',
            params: { nomor: c.nomor, id: String(supId) },
            value: supId,
          });
        else if (sup && sup.peran !== 'supervisor')
          out.push({
            ...at(s.supervisor !== undefined ? '/supervisor' : ''),
            message: 'r.supervisi.bukanSupervisor',
            params: { nomor: c.nomor, nama: sup.nama, peran: sup.peran },
            value: sup.peran,
            expected: 'supervisor',
          });
        const pelId = s.pelaksana ?? c.pekerjaSosial;
        if (s.pelaksana !== undefined && !cariStaf(ctx, s.pelaksana))
          out.push({
            ...at('/pelaksana'),
            message: 'r.supervisi.stafTakDikenal',
            params: { nomor: c.nomor, id: String(s.pelaksana) },
            value: s.pelaksana,
          });
        else if (sup && pelId !== undefined && pelId === sup.id)
          out.push({
            ...at(s.pelaksana !== undefined ? '/pelaksana' : ''),
            message: 'r.supervisi.diriSendiri',
            params: { nomor: c.nomor, nama: sup.nama },
            value: pelId,
          });
        if (!s.aspek || s.aspek.length === 0)
          out.push({
            ...at(s.aspek ? '/aspek' : ''),
            message: 'r.supervisi.aspekKosong',
            params: { nomor: c.nomor, tanggal: String(s.tanggal) },
            bagian: '2.4.5',
          });
      });
      return out;
    }),
});

export const SUPERVISI_RULES: readonly Rule[] = [tercatat, sesi];
