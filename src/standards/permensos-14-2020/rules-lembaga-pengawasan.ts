/**
 * Institution-level rules read from the institution's own records (issue 12): what internal
 * supervision covers, how and by whom (2.4.2–2.4.4) and the date its guideline was decided
 * (2.4.1), and the inspection of rooms and equipment (2.2.2). An assessor checks these from
 * the records; the rules read them. A record not kept at all is a finding of its own:
 * `lembaga init` asks for each of them.
 */
import type { DraftFinding } from '../rule.js';
import { kesegaran, tambahBulan } from '../../core/tanggal.js';
import {
  BUTIR_SARANA,
  GARIS_PENGAWASAN,
  KEGIATAN_PENGAWASAN,
  OBJEK_PENGAWASAN,
} from '../../model/lembaga.js';
import { diLembaga, layananRule, untukLembaga } from './define.js';
import { masaDepan, temuan } from './rules-lembaga-bantu.js';
import { LEMBAGA_APA_ADANYA, pesanDi, ubah } from '../contoh.js';

/** The letters of 2.4.2 a–g, 2.4.3 a, c–j, 2.4.4 a–b and 2.2.2 a–f, in the order of the lists. */
const HURUF_OBJEK = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;
const HURUF_KEGIATAN = ['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
const HURUF_OLEH = ['a', 'b'] as const;
const HURUF_SARANA = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
/** Activities held when the occasion arises (complaints, a claim against a worker): named, not dated. */
const BILA_ADA = new Set<string>(['penanganan-keluhan', 'perlindungan']);
/** How old the last record of a periodic activity or of the inspection may be. */
const BULAN = 12;

export const pengawasanKegiatan = layananRule('pengawasan-kegiatan', 'warning', {
  lingkup: 'lembaga',
  bagian: () => [
    { angka: '2.4.2' },
    ...HURUF_KEGIATAN.map((huruf) => ({ angka: '2.4.3', huruf })),
    ...HURUF_OLEH.map((huruf) => ({ angka: '2.4.4', huruf })),
    { angka: '2.4.1' },
  ],
  summary: {
    id: 'Lembaga menyimpan catatan pengawasan internal yang menyebut objeknya, kegiatan pengawasan kinerja yang dijalankan (terakhir dalam 12 bulan), dan garis pengawasannya.',
    en: 'The institution keeps an internal-supervision record naming its objects, the performance-supervision activities held (last within 12 months) and its lines of oversight.',
  },
  doc: {
    id: 'Membaca `pengawasanInternal`. Bila bagian itu tidak ada sama sekali, catatan pengawasan internal tidak disimpan: satu temuan di induk terdekatnya (awal lembaga.yaml). Bila ada: `objek` harus menyebut ketujuh objek 2.4.2 a–g (kegiatan, tahap, tugas, mutu-masukan, ketepatan-waktu, mutu-keluaran, hambatan); `kegiatan[]` harus memuat setiap cara 2.4.3 a, c–j (penjelasan-tugas, pertemuan-pimpinan, pertemuan-tim, pemeriksaan-catatan, pengamatan, laporan-tugas, laporan-kinerja, penanganan-keluhan, perlindungan), dan yang berkala (a, c–h) dengan `terakhir` tidak lebih dari 12 bulan sebelum --tanggal (tepat 12 bulan masih memenuhi; tanggal sesudah --tanggal adalah temuan "salah ketik?"); penanganan-keluhan dan perlindungan hanya dilakukan bila ada keluhan atau tuntutan, jadi cukup disebut; `oleh` harus menyebut kepala-ke-supervisor dan kepala-unit-ke-pelaksana (2.4.4 a–b). Huruf b 2.4.3 dan c 2.4.4 diperiksa dari sesi supervisi (pengawasan-internal, kasus-supervisi-sesi). `pedoman { nomor, tanggal }` mencatat keputusan pedoman 2.4.1 ("Pengawasan internal dilakukan berdasarkan suatu pedoman yang diputuskan oleh lembaga pelayanan dan unit yang lebih tinggi"): tanggal sesudah --tanggal adalah temuan (pedoman yang belum diputuskan belum dapat menjadi dasar; salah ketik?); tanggal yang tidak diisi atau sudah lama bukan temuan, karena 2.4.1 tidak menetapkan tanggal atau masa berlaku (ada-tidaknya pedoman dibaca aturan pengawasan-internal dari `pengawasan.pedoman`). Peringatan, bukan galat: daftar 2.4.2 dan 2.4.3 diakhiri "dan/atau", sehingga susunan persisnya adalah penilaian asesor.',
    en: 'Reads `pengawasanInternal`; with no such section at all the record is not kept: one finding at its nearest parent (the top of lembaga.yaml). Otherwise `objek` names all seven objects of 2.4.2 a–g; `kegiatan[]` holds every way of 2.4.3 a, c–j, the periodic ones (a, c–h) with `terakhir` no older than 12 months before --tanggal (exactly 12 months passes; a date after --tanggal is a "typo?" finding); complaint handling and protection happen only when the occasion arises, so naming them suffices; `oleh` names both lines of 2.4.4 a–b. 2.4.3 b and 2.4.4 c are read from the supervision sessions. `pedoman { nomor, tanggal }` records the decision of the 2.4.1 guideline ("internal supervision is based on a guideline decided by the service institution and the higher unit"): a date after --tanggal is a finding (a guideline not yet decided cannot be the basis; typo?); a missing or old date is not, as 2.4.1 sets no date or validity (whether a guideline exists is read by pengawasan-internal from `pengawasan.pedoman`). A warning, not an error: the lists of 2.4.2 and 2.4.3 end in "and/or", so the exact set is the assessor\'s judgement.',
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Laporan kinerja terakhir 12 bulan dan sehari lalu.',
          [['/pengawasanInternal/kegiatan/6/terakhir', '2025-11-24']],
          pesanDi(
            'Kegiatan pengawasan laporan-kinerja (2.4.3 huruf h) terakhir 2025-11-24, lebih dari 12 bulan lalu.',
            'lembaga.yaml:304',
          ),
        ),
        ubah(
          'Pengamatan besok: salah ketik, bukan "terlalu lama".',
          [['/pengawasanInternal/kegiatan/4/terakhir', '2026-11-26']],
          pesanDi(
            'pengawasanInternal.kegiatan[pengamatan].terakhir: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
            'lembaga.yaml:302',
          ),
        ),
        ubah(
          'Tanpa bagian pengawasanInternal: catatan tidak disimpan.',
          [['/pengawasanInternal', undefined]],
          pesanDi(
            'Catatan pengawasan internal (angka 2.4.2–2.4.4) tidak ada: tambahkan bagian pengawasanInternal dengan objek, kegiatan beserta tanggal terakhirnya, dan garis pengawasan (lembaga init menanyakannya).',
            'lembaga.yaml:3',
          ),
        ),
        ubah(
          'Pedoman diputuskan besok.',
          [['/pengawasanInternal/pedoman', { nomor: '07/SK/2026', tanggal: '2026-11-26' }]],
          pesanDi(
            'pengawasanInternal.pedoman.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
            'lembaga.yaml:308',
          ),
        ),
        ubah(
          'Objek hambatan tidak disebut.',
          [
            [
              '/pengawasanInternal/objek',
              ['kegiatan', 'tahap', 'tugas', 'mutu-masukan', 'ketepatan-waktu', 'mutu-keluaran'],
            ],
          ],
          pesanDi(
            'Objek pengawasan internal hambatan (2.4.2 huruf g) belum disebut di pengawasanInternal.objek.',
            'lembaga.yaml:296',
          ),
        ),
      ],
      lulus: [
        ubah('Laporan kinerja tepat 12 bulan lalu.', [
          ['/pengawasanInternal/kegiatan/6/terakhir', '2025-11-25'],
        ]),
        ubah('Pedoman diputuskan hari ini.', [
          ['/pengawasanInternal/pedoman', { nomor: '07/SK/2026', tanggal: '2026-11-25' }],
        ]),
        ubah('Pedoman tanpa tanggal: 2.4.1 tidak menetapkan tanggal.', [
          ['/pengawasanInternal/pedoman', { nomor: '07/SK/2026' }],
        ]),
        ubah('Perlindungan tanpa tanggal: dilakukan bila ada tuntutan.', [
          ['/pengawasanInternal/kegiatan/8', { jenis: 'perlindungan' }],
        ]),
      ],
    },
    gagal: ubah('Tanpa garis pengawasan.', [['/pengawasanInternal/oleh', []]]),
    lulus: LEMBAGA_APA_ADANYA,
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const p = ctx.lembaga.pengawasanInternal;
      // The record is not kept: one finding at its nearest parent, the top of lembaga.yaml.
      if (!p) return [temuan(k, 'r.pengawasanKegiatan.tidakDicatat', '', '2.4.2')];
      const at = (f: 'objek' | 'kegiatan' | 'oleh') =>
        p[f] === undefined ? '/pengawasanInternal' : `/pengawasanInternal/${f}`;
      const out: DraftFinding[] = [];
      // 2.4.2 and 2.4.4: each item of the list that the record does not name, at its letter.
      const tidakDisebut = (
        f: 'objek' | 'oleh',
        daftar: readonly string[],
        huruf: readonly string[],
        angka: string,
        param: 'objek' | 'garis',
      ): void =>
        daftar.forEach((v, i) => {
          if (((p[f] ?? []) as readonly string[]).includes(v)) return;
          out.push({
            ...temuan(k, `r.pengawasanKegiatan.${f}`, at(f), `${angka} ${huruf[i]!}`),
            params: { [param]: v, huruf: huruf[i]! },
          });
        });
      // 2.4.1: a guideline "diputuskan" (decided) after today cannot be the basis yet.
      const tglPedoman = p.pedoman?.tanggal;
      if (kesegaran(tglPedoman, ctx.tanggal, BULAN) === 'masa-depan')
        out.push(
          masaDepan(
            ctx,
            k,
            '/pengawasanInternal/pedoman/tanggal',
            'pengawasanInternal.pedoman.tanggal',
            tglPedoman!,
            '2.4.1',
          ),
        );
      tidakDisebut('objek', OBJEK_PENGAWASAN, HURUF_OBJEK, '2.4.2', 'objek');
      const kegiatan = p.kegiatan ?? [];
      KEGIATAN_PENGAWASAN.forEach((jenis, i) => {
        const huruf = HURUF_KEGIATAN[i]!;
        const bagian = `2.4.3 ${huruf}`;
        const idx = kegiatan.map((g, j) => (g.jenis === jenis ? j : -1)).filter((j) => j >= 0);
        if (idx.length === 0) {
          out.push({
            ...temuan(k, 'r.pengawasanKegiatan.belumPernah', at('kegiatan'), bagian),
            params: { jenis, huruf },
          });
          return;
        }
        // A date after today is a typo, reported on its own wherever it appears.
        const masaDepanIdx = idx.filter(
          (j) => kesegaran(kegiatan[j]!.terakhir, ctx.tanggal, BULAN) === 'masa-depan',
        );
        for (const j of masaDepanIdx)
          out.push(
            masaDepan(
              ctx,
              k,
              `/pengawasanInternal/kegiatan/${j}/terakhir`,
              `pengawasanInternal.kegiatan[${jenis}].terakhir`,
              kegiatan[j]!.terakhir!,
              bagian,
            ),
          );
        if (BILA_ADA.has(jenis) || masaDepanIdx.length > 0) return;
        // The latest record of that activity counts.
        const terbaru = idx
          .filter((j) => typeof kegiatan[j]!.terakhir === 'string')
          .sort((a, b) => (kegiatan[b]!.terakhir! < kegiatan[a]!.terakhir! ? -1 : 1))[0];
        const tgl = terbaru === undefined ? undefined : kegiatan[terbaru]!.terakhir;
        if (kesegaran(tgl, ctx.tanggal, BULAN) === 'baru') return;
        out.push({
          message: tgl ? 'r.pengawasanKegiatan.lama' : 'r.pengawasanKegiatan.belumPernah',
          params: { jenis, huruf, tanggal: tgl ?? '-' },
          ...diLembaga(
            k,
            terbaru === undefined
              ? `/pengawasanInternal/kegiatan/${idx[0]}`
              : `/pengawasanInternal/kegiatan/${terbaru}/terakhir`,
          ),
          bagian,
          value: tgl ?? null,
          expected: `>= ${tambahBulan(ctx.tanggal, -BULAN)}`,
        });
      });
      tidakDisebut('oleh', GARIS_PENGAWASAN, HURUF_OLEH, '2.4.4', 'garis');
      return out;
    }),
});

export const saranaPemeriksaan = layananRule('sarana-pemeriksaan', 'warning', {
  lingkup: 'lembaga',
  bagian: () => HURUF_SARANA.map((huruf) => ({ angka: '2.2.2', huruf })),
  summary: {
    id: 'Lembaga mencatat pemeriksaan ruang dan peralatannya menurut angka 2.2.2 a–f, paling lama 12 bulan lalu, dan setiap butir sesuai.',
    en: 'The institution records an inspection of its rooms and equipment against 2.2.2 a–f within the last 12 months, and every item complies.',
  },
  doc: {
    id: 'Membaca catatan pemeriksaan lembaga sendiri, `sarana.pemeriksaan`: `tanggal` tidak lebih dari 12 bulan sebelum --tanggal (tepat 12 bulan masih memenuhi; sesudah --tanggal adalah temuan "salah ketik?"), dan `hasil.<butir>` = `sesuai` untuk ukuran (a), jumlahRuang (b), peralatan (c), keselamatan (d), cahayaUdara (e), kebersihanHarian (f). Satu temuan per butir `belum` atau tidak dinilai. Bila `sarana.pemeriksaan` tidak ada sama sekali, catatan pemeriksaan tidak disimpan: satu temuan di induk terdekatnya (`sarana`, atau awal lembaga.yaml). Aturan membaca catatan pemeriksaan, bukan ruangnya: ukuran, cahaya, dan kebersihan tetap dinilai asesor di tempat. Peringatan: standar tidak menetapkan ukuran atau selang pemeriksaan.',
    en: 'Reads the institution\'s own inspection record, `sarana.pemeriksaan`: `tanggal` no older than 12 months before --tanggal (exactly 12 months passes; after --tanggal is a "typo?" finding) and `hasil.<item>` = `sesuai` for each of 2.2.2 a–f. One finding per item marked `belum` or not assessed. With no `sarana.pemeriksaan` at all the record is not kept: one finding at its nearest parent (`sarana`, or the top of lembaga.yaml). The rule reads the inspection record, not the rooms: the assessor still judges them on site. A warning: the standard sets no sizes or inspection interval.',
  },
  contoh: {
    batas: {
      gagal: [
        ubah(
          'Pemeriksaan 12 bulan dan sehari lalu.',
          [['/sarana/pemeriksaan/tanggal', '2025-11-24']],
          pesanDi(
            'Pemeriksaan ruang dan peralatan terakhir 2025-11-24, lebih dari 12 bulan lalu.',
            'lembaga.yaml:312',
          ),
        ),
        ubah(
          'Pemeriksaan besok: salah ketik, bukan "terlalu lama".',
          [['/sarana/pemeriksaan/tanggal', '2026-11-26']],
          pesanDi(
            'sarana.pemeriksaan.tanggal: tanggal 2026-11-26 sesudah hari ini (2026-11-25) — salah ketik?',
            'lembaga.yaml:312',
          ),
        ),
        ubah(
          'Tanpa bagian sarana: pemeriksaan tidak dicatat.',
          [['/sarana', undefined]],
          pesanDi(
            'Pemeriksaan ruang dan peralatan (angka 2.2.2 a–f) tidak dicatat: tambahkan sarana.pemeriksaan dengan tanggal dan hasil per butir (lembaga init menanyakannya).',
            'lembaga.yaml:3',
          ),
        ),
        ubah(
          'Bagian sarana tanpa pemeriksaan.',
          [['/sarana/pemeriksaan', undefined]],
          pesanDi(
            'Pemeriksaan ruang dan peralatan (angka 2.2.2 a–f) tidak dicatat: tambahkan sarana.pemeriksaan dengan tanggal dan hasil per butir (lembaga init menanyakannya).',
            'lembaga.yaml:310',
          ),
        ),
        ubah(
          'Cahaya dan udara belum sesuai.',
          [['/sarana/pemeriksaan/hasil/cahayaUdara', 'belum']],
          pesanDi(
            'Pemeriksaan sarana: butir cahayaUdara (2.2.2 huruf e) belum sesuai.',
            'lembaga.yaml:318',
          ),
        ),
      ],
      lulus: [
        ubah('Pemeriksaan tepat 12 bulan lalu.', [['/sarana/pemeriksaan/tanggal', '2025-11-25']]),
        ubah('Pemeriksaan hari ini, setiap butir sesuai.', [
          ['/sarana/pemeriksaan/tanggal', '2026-11-25'],
        ]),
      ],
    },
    gagal: ubah('Pemeriksaan tanpa tanggal.', [['/sarana/pemeriksaan/tanggal', undefined]]),
    lulus: LEMBAGA_APA_ADANYA,
  },
  check: (ctx) =>
    untukLembaga(ctx, (k) => {
      const p = ctx.lembaga.sarana?.pemeriksaan;
      // The record is not kept: one finding at its nearest parent.
      if (!p)
        return [temuan(k, 'r.sarana.tidakDicatat', ctx.lembaga.sarana ? '/sarana' : '', '2.2.2')];
      const out: DraftFinding[] = [];
      const keadaan = kesegaran(p.tanggal, ctx.tanggal, BULAN);
      if (keadaan === 'masa-depan')
        out.push(
          masaDepan(
            ctx,
            k,
            '/sarana/pemeriksaan/tanggal',
            'sarana.pemeriksaan.tanggal',
            p.tanggal!,
            '2.2.2',
          ),
        );
      else if (keadaan !== 'baru')
        out.push({
          message: p.tanggal ? 'r.sarana.lama' : 'r.sarana.tidakAda',
          params: { tanggal: p.tanggal ?? '-', bulan: BULAN },
          ...diLembaga(
            k,
            p.tanggal !== undefined ? '/sarana/pemeriksaan/tanggal' : '/sarana/pemeriksaan',
          ),
          bagian: '2.2.2',
          value: p.tanggal ?? null,
          expected: `>= ${tambahBulan(ctx.tanggal, -BULAN)}`,
        });
      const hasil = p.hasil ?? {};
      BUTIR_SARANA.forEach((butir, i) => {
        if (hasil[butir] === 'sesuai') return;
        const huruf = HURUF_SARANA[i]!;
        out.push({
          message: hasil[butir] === 'belum' ? 'r.sarana.belum' : 'r.sarana.tidakDinilai',
          params: { butir, huruf },
          ...diLembaga(
            k,
            hasil[butir] !== undefined
              ? `/sarana/pemeriksaan/hasil/${butir}`
              : p.hasil
                ? '/sarana/pemeriksaan/hasil'
                : '/sarana/pemeriksaan',
          ),
          bagian: `2.2.2 ${huruf}`,
          value: hasil[butir] ?? null,
          expected: 'sesuai',
        });
      });
      return out;
    }),
});
