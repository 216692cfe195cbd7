import { atauIsian, blokPersyaratanKlien, blokTandaTangan, daftarDasarHukum, formatTanggal, isian, jabatanPimpinan, label, namaLayanan, nilaiSaluran, rujukan, tabelProsedurPengaduan, tabelTarif, } from './bagian.js';
import { judul, paragraf, sel, teks, tebal } from '../dokumen/model.js';
export const SK_KINDS = ['kriteria-klien', 'tarif', 'pengaduan'];
const FIELD = {
    'kriteria-klien': 'kriteriaKlien',
    tarif: 'tarif',
    pengaduan: 'pengaduan',
};
/** One row of a borderless layout table: label, colon, content paragraphs. */
const barisTata = (kiri, isi) => [sel(tebal(kiri)), sel(':'), sel(isi)];
/** a., b., … prefixed paragraphs (decree style lists inside a table cell). */
function berhuruf(items) {
    return items.map((runs, i) => [
        { teks: `${String.fromCharCode(97 + i)}.`, penanda: true },
        ...runs,
    ]);
}
function bernomor(items) {
    return items.map((runs, i) => [{ teks: `${i + 1}.`, penanda: true }, ...runs]);
}
/** Items of an enumeration end with ";", the last with "." (decree punctuation). */
function rincian(labels) {
    return labels.map((l, i) => [
        teks(l.replace(/[.;]$/, '') + (i === labels.length - 1 ? '.' : ';')),
    ]);
}
function menimbang(c) {
    const { t } = c.o;
    const skItem = c.s.sk.find((x) => x.key === c.kind);
    const lembaga = c.l.lembaga.nama?.trim() || t('sop.sk.lembagaIni');
    return berhuruf([
        [teks(t('sop.sk.menimbang.a', { lembaga, layanan: namaLayanan(c.s, c.o).toLowerCase() }))],
        [
            teks(t(`sop.sk.menimbang.b.${c.kind}`, {
                bagian: skItem ? rujukan(c.s, skItem.bagian, c.o) : '',
            })),
        ],
        [teks(t('sop.sk.menimbang.c', { penerbit: c.penerbit, tentang: c.tentang }))],
    ]);
}
function mengingat(c) {
    const { t } = c.o;
    const items = daftarDasarHukum(c.s, c.layanan).map((d) => [teks(d + ';')]);
    const bh = c.l.lembaga.badanHukum;
    // The institution's own founding document is the head's authority to decree.
    items.push(bh?.nomor
        ? [
            teks(t('sop.sk.mengingat.badanHukum', {
                nama: bh.nama ?? c.l.lembaga.nama ?? '',
                nomor: bh.nomor,
            }) + '.'),
        ]
        : [teks(t('sop.sk.mengingat.pendirian') + ' '), isian(c.o), teks('.')]);
    return bernomor(items);
}
/** Diktum contents after KESATU and before the closing "berlaku" diktum. */
function diktumIsi(c) {
    const { t } = c.o;
    const s = c.s;
    const o = c.o;
    switch (c.kind) {
        case 'kriteria-klien': {
            const rujuk = s.kegiatan.find((k) => k.key === 'rujukan-keluar');
            return [
                [
                    [
                        teks(rujuk
                            ? t('sop.sk.kriteria.kedua', { bagian: rujukan(s, rujuk.bagian, o) })
                            : t('sop.sk.kriteria.keduaTanpaRujukan')),
                    ],
                ],
                [[teks(t('sop.sk.kriteria.ketiga', { penerbit: c.penerbit }))]],
            ];
        }
        case 'tarif': {
            const probono = c.l.pengaturan?.proBono;
            const pembayaran = s.pengaduan.jenis.find((j) => j.key === 'pembayaran-di-luar-tarif');
            return [
                [
                    [
                        teks(t('sop.sk.tarif.kedua', {
                            bagian: rujukan(s, { angka: s.faktorTarif[0]?.bagian.angka ?? '1.4.2' }, o),
                        })),
                    ],
                    ...berhuruf(rincian(s.faktorTarif.map((f) => label(f, o)))),
                ],
                [
                    [
                        teks(t('sop.sk.tarif.ketiga', {
                            persen: probono?.persen ?? 10,
                            dasar: t(`sop.probonoDasar.${probono?.dasar ?? 'kegiatan-per-pekerja-per-tahun'}`),
                        })),
                    ],
                ],
                [
                    [
                        teks(t('sop.sk.tarif.keempat', {
                            bagian: pembayaran ? rujukan(s, pembayaran.bagian, o) : '',
                        })),
                    ],
                ],
            ];
        }
        case 'pengaduan': {
            const saluran = s.pengaduan.saluran;
            return [
                [
                    [teks(t('sop.sk.pengaduan.kedua'))],
                    ...berhuruf(rincian(s.pengaduan.jenis.map((j) => label(j, o)))),
                ],
                [
                    [teks(t('sop.sk.pengaduan.ketiga'))],
                    ...berhuruf(saluran.map((x, i) => [
                        teks(label(x, o) + ': '),
                        atauIsian(nilaiSaluran(c.l, x.key), o),
                        teks(i === saluran.length - 1 ? '.' : ';'),
                    ])),
                ],
                [[teks(t('sop.sk.pengaduan.keempat', { bagian: rujukan(s, { angka: '1.6.5' }, o) }))]],
            ];
        }
    }
}
function tandaTangan(c) {
    const tanggal = c.sk?.tanggal ? teks(formatTanggal(c.sk.tanggal, c.o)) : isian(c.o);
    return blokTandaTangan(c.l, tanggal, c.penerbit, c.o);
}
function lampiran(c) {
    const { t } = c.o;
    const nomor = c.sk?.nomor ? teks(c.sk.nomor) : isian(c.o);
    const tanggal = c.sk?.tanggal ? teks(formatTanggal(c.sk.tanggal, c.o)) : isian(c.o);
    const kop = {
        jenis: 'tabel',
        kolom: [40, 18, 3, 39],
        kepala: [],
        baris: [
            [sel(''), sel([tebal(t('sop.sk.lampiran'))], { rentang: 3 })],
            [sel(''), sel([tebal(`${t('sop.sk.keputusan')} ${c.penerbit}`)], { rentang: 3 })],
            [sel(''), sel(t('sop.sk.nomor')), sel(':'), sel([nomor])],
            [sel(''), sel(t('sop.sk.tanggal')), sel(':'), sel([tanggal])],
            [sel(''), sel(t('sop.sk.tentang')), sel(':'), sel(c.tentang)],
        ],
        garis: false,
    };
    const isi = [];
    switch (c.kind) {
        case 'kriteria-klien':
            // The decree is itself the SK the criteria clause asks for: no self-reference.
            isi.push(...blokPersyaratanKlien(c.s, c.layanan, c.o, { tanpaSk: true }));
            break;
        case 'tarif':
            isi.push(paragraf([
                tebal(c.s.tarif.judul + ' '),
                teks(`(${rujukan(c.s, c.s.tarif.matriks, c.o)})`, { miring: true }),
            ]), tabelTarif(c.s, c.layanan, c.o), paragraf([teks(t('sop.tarif.catatanIsian'), { miring: true })]));
            break;
        case 'pengaduan':
            isi.push(paragraf(t('sop.pengaduan.prosedur', { bagian: rujukan(c.s, c.s.pengaduan.sk, c.o) })), tabelProsedurPengaduan(c.l, c.s, c.o));
            break;
    }
    return [{ jenis: 'halamanBaru' }, kop, judul(2, c.tentang, 'tengah'), ...isi, tandaTangan(c)];
}
/** Build one SK template for one service of a lembaga. */
export function buildSk(kind, lembaga, standar, layanan, o) {
    const { t } = o;
    const namaL = lembaga.lembaga.nama?.trim();
    const penerbit = `${jabatanPimpinan(lembaga, o)} ${namaL ?? t('sop.sk.lembagaIni')}`.toUpperCase();
    const tentang = t(`sop.sk.tentang.${kind}`, { layanan: namaLayanan(standar, o) }).toUpperCase();
    const c = {
        kind,
        l: lembaga,
        s: standar,
        layanan,
        o,
        sk: layanan?.sk?.[FIELD[kind]],
        penerbit,
        tentang,
    };
    const diktum = [
        [
            [
                teks(t(`sop.sk.${kind === 'kriteria-klien' ? 'kriteria' : kind}.kesatu`, {
                    layanan: namaLayanan(standar, o).toLowerCase(),
                    lembaga: namaL ?? t('sop.sk.lembagaIni'),
                })),
            ],
        ],
        ...diktumIsi(c),
        [[teks(t('sop.sk.berlaku'))]],
    ];
    const blok = [
        paragraf([tebal(`${t('sop.sk.keputusan')} ${penerbit}`)], 'tengah'),
        paragraf([teks(t('sop.sk.nomorJudul') + ' '), c.sk?.nomor ? teks(c.sk.nomor) : isian(o)], 'tengah'),
        paragraf([teks(t('sop.sk.tentangJudul'))], 'tengah'),
        paragraf([tebal(tentang)], 'tengah'),
        paragraf([teks('')]),
        paragraf([tebal(t('sop.sk.rahmat'))], 'tengah'),
        paragraf([tebal(penerbit + ',')], 'tengah'),
        {
            jenis: 'tabel',
            kolom: [17, 3, 80],
            kepala: [],
            baris: [
                barisTata(t('sop.sk.menimbang'), menimbang(c)),
                barisTata(t('sop.sk.mengingat'), mengingat(c)),
            ],
            garis: false,
        },
        paragraf([tebal(t('sop.sk.memutuskan'))], 'tengah'),
        {
            jenis: 'tabel',
            kolom: [17, 3, 80],
            kepala: [],
            baris: [
                barisTata(t('sop.sk.menetapkan'), [
                    [tebal(`${t('sop.sk.keputusan')} ${penerbit} ${t('sop.sk.tentangJudul')} ${tentang}.`)],
                ]),
                ...diktum.map((d, i) => barisTata(t(`sop.sk.diktum.${i + 1}`), d)),
            ],
            garis: false,
        },
        tandaTangan(c),
        ...lampiran(c),
    ];
    return {
        judul: `${t('sop.sk.keputusan')} ${penerbit} ${t('sop.sk.tentangJudul')} ${tentang}`,
        blok,
    };
}
