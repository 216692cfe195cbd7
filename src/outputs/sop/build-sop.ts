/**
 * The SOP of one service (Permensos 14/2020 Pasal 4–11 and Lampiran A–E angka 1):
 * header block, legal bases (2.1), purpose, scope, definitions (Pasal 1, 6–10), client
 * requirements (1.1), the five stages of Pasal 5 as a table with, per core activity,
 * pelaksana, mutu baku (kelengkapan, waktu, luaran) and keterangan (Pasal 11 ayat 1),
 * the ATENSI stages for rehabilitation under Permensos 7/2021, time limit (1.3), tariff
 * (1.4), products (1.5), complaints (1.6), the flow of the stages and the approval.
 *
 * Pure: data in, a document model out. What lembaga.yaml knows is filled in; what the
 * institution must decide is a visible blank, never an invented value.
 */
import type { Lembaga, LayananLembaga } from '../../model/lembaga.js';
import type { KegiatanPokok, StandarLayanan, TahapKey } from '../../standards/types.js';
import { TAHAP_KEYS } from '../../standards/types.js';
import { TAHAP_ATENSI } from './atensi.js';
import {
  blokJenisSaluranPengaduan,
  blokPersyaratanKlien,
  blokTandaTangan,
  daftarDasarHukum,
  dokumenTeks,
  isian,
  jabatanPimpinan,
  label,
  namaLayanan,
  namaLembaga,
  rujukan,
  tabelProsedurPengaduan,
  tabelTarif,
  tJika,
  type OpsiDokumen,
} from './bagian.js';
import { daftar, judul, paragraf, sel, teks, tebal } from '../dokumen/model.js';
import type { Blok, Sel, Naskah, Teks } from '../dokumen/model.js';

export type { OpsiDokumen } from './bagian.js';

/**
 * A catalogue note as a document prints it: clauses that speak of the data format (field
 * names in backticks) are for the program's users, not for the SOP's readers.
 */
function catatanDokumen(s: string): string {
  const bagian = s
    .replace(/\.$/, '')
    .split(/;\s*/)
    .filter((x) => !x.includes('`'));
  return bagian.join('; ') + '.';
}

/** Pasal 5 letters of the five stages. */
const HURUF_TAHAP: Record<TahapKey, string> = {
  pendekatanAwal: 'a',
  asesmen: 'b',
  perencanaan: 'c',
  intervensi: 'd',
  evaluasiRujukanTerminasi: 'e',
};

/** Staff serving this service, active, by role. */
function stafLayanan(l: Lembaga, s: StandarLayanan) {
  return l.staf.filter(
    (x) => x.aktif !== false && Array.isArray(x.layanan) && x.layanan.includes(s.key),
  );
}

interface Konteks {
  l: Lembaga;
  s: StandarLayanan;
  layanan: LayananLembaga | undefined;
  o: OpsiDokumen;
  /** Labels of the other personnel (2.3.3) the lembaga has for this service. */
  lain: string[];
  adaAdministrasi: boolean;
}

const PERAN_INTI = new Set(['pekerja-sosial', 'supervisor', 'administrasi']);

/** Who carries out an activity (Pasal 11 ayat 1 huruf b): the social worker, with others where the text involves them. */
function pelaksana(k: KegiatanPokok, c: Konteks): string {
  const { t } = c.o;
  // E delivers every stage after intake with the community work team (E 1.1.3–1.1.4).
  if (
    c.s.key === 'pengembangan' &&
    k.tahap !== 'pendekatanAwal' &&
    !['diskusi-terminasi', 'formulir-terminasi'].includes(k.key)
  ) {
    return t('sop.pelaksana.peksosTim');
  }
  if (k.key === 'diskusi-terminasi') return t('sop.pelaksana.peksosSupervisor');
  if (k.key === 'formulir-terminasi')
    return t(
      c.s.terminasi.disaksikanPemohon ? 'sop.pelaksana.klienPemohon' : 'sop.pelaksana.klien',
    );
  if (k.key.startsWith('penerimaan-') && c.adaAdministrasi) return t('sop.pelaksana.peksosAdmin');
  if (k.tahap === 'intervensi') {
    return c.lain.length
      ? `${t('sop.pelaksana.peksos')}; ${c.lain.join(', ')}`
      : `${t('sop.pelaksana.peksos')}; ${t('sop.pelaksana.profesiLain')}`;
  }
  return t('sop.pelaksana.peksos');
}

function kelengkapan(k: KegiatanPokok, c: Konteks): Teks[] {
  const { t } = c.o;
  if (k.key === 'penentuan-kriteria')
    return [
      teks(t('sop.kelengkapan.penentuan-kriteria') + ' '),
      ...dokumenTeks(c.layanan?.sk?.kriteriaKlien, c.o),
    ];
  return [teks(tJika(t, `sop.kelengkapan.${k.key}`) ?? t(`sop.kelengkapan.tahap.${k.tahap}`))];
}

/** Outputs: the products of 1.5 tied to the activity, else the activity's or stage's usual output. */
function luaran(k: KegiatanPokok, c: Konteks): Teks[] {
  let produk = c.s.produk.filter((p) => p.kegiatan === k.key);
  // E 1.5.2 d names a product of the intervention stage as a whole.
  if (!produk.length && k.tahap === 'intervensi')
    produk = c.s.produk.filter((p) => p.kegiatan === 'tahap:intervensi');
  if (produk.length) {
    const isi = produk.flatMap((p) => p.luaran);
    return [
      teks(isi.join('; ')),
      teks(` (${rujukan(c.s, produk[0]!.bagian, c.o)})`, { miring: true }),
    ];
  }
  const { t } = c.o;
  return [teks(tJika(t, `sop.luaran.${k.key}`) ?? t(`sop.luaran.tahap.${k.tahap}`))];
}

function waktu(k: KegiatanPokok, c: Konteks): Teks[] {
  const { t } = c.o;
  if (k.tahap === 'intervensi') return [teks(t('sop.waktu.sesi') + ' '), isian(c.o)];
  return [isian(c.o)];
}

function keterangan(k: KegiatanPokok, c: Konteks): Teks[] {
  const { t } = c.o;
  const out: Teks[] = [teks(rujukan(c.s, k.bagian, c.o))];
  const extra = tJika(t, `sop.ket.${k.key}`);
  if (extra) out.push(teks('. ' + extra));
  if (k.key === 'kesepakatan-layanan' && c.l.pengaturan?.mulaiJangkaWaktu !== 'pendekatan-awal')
    out.push(teks('. ' + t('sop.ket.mulaiJangka')));
  if (k.key === 'kontak-awal' && c.l.pengaturan?.mulaiJangkaWaktu === 'pendekatan-awal')
    out.push(teks('. ' + t('sop.ket.mulaiJangka')));
  if (k.catatan)
    out.push(
      teks('. ' + t('sop.catatanTeks', { catatan: catatanDokumen(k.catatan) }), { miring: true }),
    );
  return out;
}

/** The procedure table: one group row per stage of Pasal 5, one row per core activity. */
function tabelProsedur(c: Konteks): Blok {
  const { t } = c.o;
  const kepala: Sel[][] = [
    [
      sel(tebal(t('sop.kolom.no')), { rentangBaris: 2 }),
      sel(tebal(t('sop.kolom.kegiatan')), { rentangBaris: 2 }),
      sel(tebal(t('sop.kolom.pelaksana')), { rentangBaris: 2 }),
      sel(tebal(t('sop.kolom.mutuBaku')), { rentang: 3, rata: 'tengah' }),
      sel(tebal(t('sop.kolom.keterangan')), { rentangBaris: 2 }),
    ],
    [
      sel(tebal(t('sop.kolom.kelengkapan'))),
      sel(tebal(t('sop.kolom.waktu'))),
      sel(tebal(t('sop.kolom.luaran'))),
    ],
  ];
  const baris: Sel[][] = [];
  TAHAP_KEYS.forEach((tahap, i) => {
    const kegiatan = c.s.kegiatan.filter((k) => k.tahap === tahap);
    const bagian = kegiatan[0] ? rujukan(c.s, { angka: kegiatan[0].bagian.angka }, c.o) : '';
    baris.push([
      sel(
        [
          tebal(`${i + 1}. ${t(`sop.tahap.${tahap}`)}`),
          teks(
            ` (${t('sop.pasal5', { huruf: HURUF_TAHAP[tahap] })}${bagian ? '; ' + bagian : ''})`,
            { miring: true },
          ),
        ],
        { rentang: 7, kelompok: true },
      ),
    ]);
    let tingkat: string | undefined;
    kegiatan.forEach((k, j) => {
      if (k.tingkatRehabilitasi && k.tingkatRehabilitasi !== tingkat) {
        tingkat = k.tingkatRehabilitasi;
        baris.push([
          sel(
            [
              teks(t(`sop.tingkatRehabilitasi.${tingkat}`), { tebal: true, miring: true }),
              teks(
                ` (${rujukan(c.s, { angka: k.bagian.angka, huruf: k.bagian.huruf }, c.o).replace(/ butir.*$/, '')})`,
                { miring: true },
              ),
            ],
            { rentang: 7 },
          ),
        ]);
      }
      baris.push([
        sel(`${i + 1}.${j + 1}`),
        sel(label(k, c.o)),
        sel(pelaksana(k, c)),
        sel(kelengkapan(k, c)),
        sel(waktu(k, c)),
        sel(luaran(k, c)),
        sel(keterangan(k, c)),
      ]);
    });
  });
  return { jenis: 'tabel', kolom: [6, 22, 14, 15, 12, 16, 15], kepala, baris, garis: true };
}

/** Header block of the SOP (the usual table of name, number, dates, approval). */
function kop(c: Konteks): Blok {
  const { t } = c.o;
  const l = c.l;
  const pimpinan = l.lembaga.pimpinan?.nama?.trim();
  const baris: Sel[][] = [
    [sel(tebal(t('sop.kop.nomor'))), sel([isian(c.o)])],
    [sel(tebal(t('sop.kop.tanggalPembuatan'))), sel([isian(c.o)])],
    [sel(tebal(t('sop.kop.tanggalRevisi'))), sel([isian(c.o)])],
    [sel(tebal(t('sop.kop.tanggalEfektif'))), sel([isian(c.o)])],
    [
      sel(tebal(t('sop.kop.disahkan'))),
      sel([
        [teks(jabatanPimpinan(l, c.o))],
        [pimpinan ? teks(pimpinan) : isian(c.o)],
        [teks(t('sop.kop.ttd'), { miring: true })],
      ]),
    ],
    [
      sel(tebal(t('sop.kop.nama'))),
      sel(tebal(t('sop.judulSop', { layanan: namaLayanan(c.s, c.o) }))),
    ],
  ];
  const alamat = l.lembaga.alamat?.trim();
  const kepala: Sel[][] = [
    [
      sel(
        [
          [{ ...namaLembaga(l, c.o), tebal: true }],
          ...(alamat ? [[teks(alamat)]] : []),
          [tebal(t('sop.kop.sop'))],
        ],
        { rentang: 2, rata: 'tengah' },
      ),
    ],
  ];
  return { jenis: 'tabel', kolom: [30, 70], kepala, baris, garis: true };
}

function blokPelaksana(c: Konteks): Blok[] {
  const { t } = c.o;
  const staf = stafLayanan(c.l, c.s);
  const hitung = (peran: string) => staf.filter((x) => x.peran === peran).length;
  const out: Blok[] = [
    paragraf(t('sop.pelaksana.intro', { bagian: rujukan(c.s, c.s.jumlahPelaksana, c.o) })),
  ];
  const ps = hitung('pekerja-sosial');
  const sp = hitung('supervisor');
  const butir: Teks[][] = [
    [teks(t('sop.peran.pekerja-sosial') + ': '), ps ? teks(t('sop.orang', { n: ps })) : isian(c.o)],
    [teks(t('sop.peran.supervisor') + ': '), sp ? teks(t('sop.orang', { n: sp })) : isian(c.o)],
  ];
  const lainPeran = [
    ...new Set(
      staf.map((x) => x.peran).filter((p) => !['pekerja-sosial', 'supervisor'].includes(p)),
    ),
  ];
  for (const p of lainPeran)
    butir.push([teks(`${t(`sop.peran.${p}`)}: ${t('sop.orang', { n: hitung(p) })}`)]);
  out.push(daftar('huruf', butir));
  if (c.s.kompetensi.pelaksanaLain.length) {
    out.push(
      paragraf(
        t('sop.pelaksana.lain', {
          bagian: rujukan(c.s, { angka: c.s.kompetensi.pelaksanaLain[0]!.bagian.angka }, c.o),
        }),
      ),
    );
    out.push(
      daftar(
        'butir',
        c.s.kompetensi.pelaksanaLain.map((p) => label(p, c.o)),
      ),
    );
  }
  out.push(
    paragraf(t('sop.pelaksana.supervisi', { bagian: rujukan(c.s, c.s.pengawasan.bagian, c.o) })),
  );
  return out;
}

function blokAtensi(c: Konteks): Blok[] {
  const { t } = c.o;
  const en = c.o.bahasa === 'en';
  const kepala = [
    [
      sel(tebal(t('sop.atensi.kolom.tahap'))),
      sel(tebal(t('sop.atensi.kolom.rincian'))),
      sel(tebal(t('sop.atensi.kolom.pasal'))),
      sel(tebal(t('sop.atensi.kolom.sop'))),
    ],
  ];
  const baris = TAHAP_ATENSI.map((a) => [
    sel(`${a.huruf}. ${en ? a.labelEn : a.label}`),
    sel(en ? a.rincianEn : a.rincian),
    sel(a.pasal),
    sel(`${TAHAP_KEYS.indexOf(a.tahap) + 1}. ${t(`sop.tahap.${a.tahap}`)}`),
  ]);
  const basis = c.layanan?.basisLayanan ?? [];
  return [
    judul(2, t('sop.atensi.judul')),
    paragraf(t('sop.atensi.intro')),
    { jenis: 'tabel', kolom: [26, 40, 10, 24], kepala, baris, garis: true },
    paragraf(t('sop.atensi.supervisi')),
    paragraf([
      teks(t('sop.atensi.basis') + ' '),
      basis.length ? teks(basis.map((b) => t(`sop.basis.${b}`)).join(', ')) : isian(c.o),
    ]),
    paragraf(t('sop.atensi.jangka', { bulan: c.s.jangkaWaktu.bulan })),
  ];
}

function blokJangkaWaktu(c: Konteks): Blok[] {
  const { t } = c.o;
  const j = c.s.jangkaWaktu;
  const ditetapkan = c.layanan?.jangkaWaktuBulan;
  const out: Blok[] = [
    daftar('angka', [
      t(c.s.key === 'rehabilitasi' ? 'sop.jangka.palingLama' : 'sop.jangka.selama', {
        layanan: namaLayanan(c.s, c.o).toLowerCase(),
        bulan: j.bulan,
        bagian: rujukan(c.s, j.bagian, c.o),
      }),
      t('sop.jangka.lebihSingkat', { bulan: j.bulan, bagian: rujukan(c.s, j.lebihSingkat, c.o) }),
      t('sop.jangka.perpanjangan', { bagian: rujukan(c.s, j.perpanjangan, c.o) }),
      [
        teks(t('sop.jangka.lembaga') + ' '),
        ditetapkan !== undefined ? teks(t('sop.bulan', { n: ditetapkan })) : isian(c.o),
      ],
      t(
        c.l.pengaturan?.mulaiJangkaWaktu === 'pendekatan-awal'
          ? 'sop.jangka.mulaiPendekatan'
          : 'sop.jangka.mulaiKesepakatan',
      ),
    ]),
  ];
  if (ditetapkan !== undefined && ditetapkan > j.bulan) {
    out.push(
      paragraf([
        teks(t('sop.jangka.melebihi', { n: ditetapkan, bulan: j.bulan }), { tebal: true }),
      ]),
    );
  }
  return out;
}

function blokTarif(c: Konteks): Blok[] {
  const { t } = c.o;
  const probono = c.l.pengaturan?.proBono;
  const out: Blok[] = [
    paragraf(
      t('sop.tarif.faktor', {
        bagian: rujukan(c.s, { angka: c.s.faktorTarif[0]?.bagian.angka ?? '1.4.2' }, c.o),
      }),
    ),
    daftar(
      'huruf',
      c.s.faktorTarif.map((f) => label(f, c.o)),
    ),
    paragraf(
      t('sop.tarif.probono', {
        persen: probono?.persen ?? 10,
        dasar: t(`sop.probonoDasar.${probono?.dasar ?? 'kegiatan-per-pekerja-per-tahun'}`),
      }),
    ),
    paragraf([
      teks(t('sop.tarif.sk', { bagian: rujukan(c.s, c.s.tarif.sk, c.o) }) + ' '),
      ...dokumenTeks(c.layanan?.sk?.tarif, c.o),
    ]),
    paragraf([
      tebal(`${c.s.tarif.judul} `),
      teks(`(${rujukan(c.s, c.s.tarif.matriks, c.o)})`, { miring: true }),
    ]),
    tabelTarif(c.s, c.layanan, c.o),
    paragraf([teks(t('sop.tarif.catatanIsian'), { miring: true })]),
  ];
  return out;
}

function blokProduk(c: Konteks): Blok[] {
  const { t } = c.o;
  const kepala = [
    [
      sel(tebal(t('sop.produk.kolom.layanan'))),
      sel(tebal(t('sop.produk.kolom.luaran'))),
      sel(tebal(t('sop.produk.kolom.bagian'))),
    ],
  ];
  const baris = c.s.produk.map((p) => [
    sel(label(p, c.o)),
    sel(p.luaran.map((x) => [teks('• ' + x)])),
    sel(
      rujukan(c.s, p.bagian, c.o) +
        (p.catatan ? '. ' + t('sop.catatanTeks', { catatan: catatanDokumen(p.catatan) }) : ''),
    ),
  ]);
  return [
    paragraf(t('sop.produk.intro')),
    { jenis: 'tabel', kolom: [30, 45, 25], kepala, baris, garis: true },
  ];
}

function blokAlur(c: Konteks): Blok {
  const { t } = c.o;
  const ada = (key: string) => c.s.kegiatan.some((k) => k.key === key);
  return {
    jenis: 'alur',
    langkah: TAHAP_KEYS.map((tahap, i) => {
      const kegiatan = c.s.kegiatan.filter((k) => k.tahap === tahap);
      const cabangKey =
        tahap === 'pendekatanAwal' && ada('rujukan-keluar')
          ? 'sop.alur.cabang.pendekatanAwal'
          : tahap === 'evaluasiRujukanTerminasi'
            ? 'sop.alur.cabang.evaluasi'
            : undefined;
      const langkah = {
        judul: `${i + 1}. ${t(`sop.tahap.${tahap}`)}`,
        rincian: `${kegiatan.map((k) => label(k, c.o)).join('; ')} (${kegiatan[0] ? rujukan(c.s, { angka: kegiatan[0].bagian.angka }, c.o) : ''})`,
      };
      return cabangKey ? { ...langkah, cabang: t(cabangKey) } : langkah;
    }),
  };
}

function blokPengesahan(c: Konteks): Blok {
  const penerbit = `${jabatanPimpinan(c.l, c.o)} ${c.l.lembaga.nama ?? ''}`.trim();
  return blokTandaTangan(c.l, isian(c.o), penerbit, c.o);
}

/** Header, title, legal bases, purpose, scope and definitions. */
function bagianPembuka(c: Konteks): Blok[] {
  const { t } = c.o;
  const nama = namaLayanan(c.s, c.o);
  return [
    kop(c),
    judul(1, t('sop.judulSop', { layanan: nama }).toUpperCase(), 'tengah'),
    paragraf([teks(t('sop.subjudul', { huruf: c.s.huruf }), { miring: true })], 'tengah'),

    judul(2, t('sop.bab.dasarHukum')),
    daftar('angka', daftarDasarHukum(c.s, c.layanan)),

    judul(2, t('sop.bab.tujuan')),
    paragraf(t('sop.tujuan', { layanan: nama.toLowerCase() }), 'penuh'),

    judul(2, t('sop.bab.ruangLingkup')),
    paragraf(
      t('sop.ruangLingkup', {
        layanan: nama.toLowerCase(),
        klien: c.s.jenisKlien.keys.map((k) => t(`sop.jenisKlien.${k}`).toLowerCase()).join(', '),
      }),
      'penuh',
    ),

    judul(2, t('sop.bab.definisi')),
    daftar(
      'angka',
      ['pekerjaSosial', 'klien', 'supervisor', ...TAHAP_KEYS, 'rujukan', 'terminasi'].map((k) => [
        tebal(t(`sop.definisi.${k}.istilah`)),
        teks(' ' + t(`sop.definisi.${k}`)),
      ]),
    ),
  ];
}

/** Client requirements, who carries the service out, and the procedure (with ATENSI when it applies). */
function bagianProsedur(c: Konteks): Blok[] {
  const { t } = c.o;
  const atensi = c.s.key === 'rehabilitasi' && c.layanan?.atensi === true;
  return [
    judul(2, t('sop.bab.persyaratan')),
    ...blokPersyaratanKlien(c.s, c.layanan, c.o),

    judul(2, t('sop.bab.pelaksana')),
    ...blokPelaksana(c),

    // The seven-column procedure table needs the width of a landscape page.
    { jenis: 'orientasi', lanskap: true },
    judul(2, t('sop.bab.prosedur')),
    paragraf(t('sop.prosedur.intro'), 'penuh'),
    tabelProsedur(c),
    paragraf([teks(t('sop.prosedur.catatan'), { miring: true })]),

    ...(atensi ? blokAtensi(c) : []),
    { jenis: 'orientasi', lanskap: false },
  ];
}

/** Time limit, tariff, products and complaints. */
function bagianKetentuan(c: Konteks): Blok[] {
  const { t } = c.o;
  const { l, s, o } = c;
  return [
    judul(2, t('sop.bab.jangkaWaktu')),
    ...blokJangkaWaktu(c),

    judul(2, t('sop.bab.tarif')),
    ...blokTarif(c),

    judul(2, t('sop.bab.produk')),
    ...blokProduk(c),

    judul(2, t('sop.bab.pengaduan')),
    ...blokJenisSaluranPengaduan(l, s, o),
    paragraf(
      t('sop.pengaduan.prosedur', {
        bagian: rujukan(s, { angka: s.pengaduan.prosedur[0]?.bagian.angka ?? '1.6.5' }, o),
      }),
    ),
    tabelProsedurPengaduan(l, s, o),
    paragraf([teks(t('sop.pengaduan.sk') + ' '), ...dokumenTeks(c.layanan?.sk?.pengaduan, o)]),
  ];
}

/** Build the SOP of one service for a lembaga. `layanan` is the lembaga's own settings for it (may be absent). */
export function buildSop(
  lembaga: Lembaga,
  standar: StandarLayanan,
  layanan: LayananLembaga | undefined,
  o: OpsiDokumen,
): Naskah {
  const { t } = o;
  const staf = stafLayanan(lembaga, standar);
  const c: Konteks = {
    l: lembaga,
    s: standar,
    layanan,
    o,
    lain: [
      ...new Set(
        staf.filter((x) => !PERAN_INTI.has(x.peran)).map((x) => t(`sop.peran.${x.peran}`)),
      ),
    ],
    adaAdministrasi: staf.some((x) => x.peran === 'administrasi'),
  };
  const blok: Blok[] = [
    ...bagianPembuka(c),
    ...bagianProsedur(c),
    ...bagianKetentuan(c),
    // The flow is a one-page diagram: it starts on a page of its own, the approval under it.
    { jenis: 'halamanBaru' },
    judul(2, t('sop.bab.alur')),
    blokAlur(c),
    paragraf(''),
    blokPengesahan(c),
  ];
  // Number the chapters once, in order, so inserting ATENSI does not break the numbering.
  let bab = 0;
  for (const b of blok)
    if (b.jenis === 'judul' && b.tingkat === 2)
      b.isi = [teks(`${++bab}. ${b.isi.map((x) => x.teks).join('')}`)];
  return { judul: t('sop.judulSop', { layanan: namaLayanan(standar, o) }), blok };
}
