/**
 * Pieces shared by the SOP and the SK templates: labels in the chosen language, the
 * blank marker, the institution's head, the legal bases (Lampiran angka 2.1), client
 * requirements (1.1), the tariff matrix (1.4.4) and the complaint procedure (1.6.5).
 * Each SK restates what the SOP says on its subject, so both read it from here.
 */
import { tanggalPanjang } from '../../core/tanggal.js';
import { TINGKAT_KEYS } from '../../standards/types.js';
import { formatBagian, JALUR_PENGEMBANGAN, PERSYARATAN_KLIEN_PERLINDUNGAN, SASARAN_REHABILITASI, } from '../../standards/permensos-14-2020/katalog.js';
import { daftar, paragraf, sel, teks, tebal } from '../dokumen/model.js';
/** Permensos 14/2020 itself, cited in every Mengingat and Dasar Hukum (Berita Negara 2020 Nomor 1439). */
export const PERMENSOS_14_2020 = 'Peraturan Menteri Sosial Nomor 14 Tahun 2020 tentang Standar Praktik Pekerjaan Sosial (Berita Negara Republik Indonesia Tahun 2020 Nomor 1439)';
/** ATENSI, cited for rehabilitation delivered as ATENSI (Berita Negara 2021 Nomor 1007). */
export const PERMENSOS_7_2021 = 'Peraturan Menteri Sosial Nomor 7 Tahun 2021 tentang Asistensi Rehabilitasi Sosial (Berita Negara Republik Indonesia Tahun 2021 Nomor 1007)';
export const label = (item, o) => o.bahasa === 'en' ? item.labelEn : item.label;
export const namaLayanan = (s, o) => o.bahasa === 'en' ? s.namaEn : s.nama;
/** The blank the institution must fill, highlighted in Word. */
export const isian = (o) => ({ teks: o.t('sop.isian'), isian: true });
/** A short blank for narrow table cells. */
export const isianSingkat = (o) => ({
    teks: o.t('sop.isianSingkat'),
    isian: true,
});
/** A value when known, else a blank. */
export const atauIsian = (v, o) => v === undefined || v === null || v === '' ? isian(o) : teks(String(v));
/** A translation when the key exists, else undefined (per-activity texts fall back to per-stage ones). */
export function tJika(t, key, params) {
    const s = t(key, params);
    return s === key ? undefined : s;
}
/** Reference text "Lampiran C angka 1.2.5 huruf a" in the document's language. */
export function rujukan(s, b, o) {
    const id = formatBagian(s.huruf, b);
    if (o.bahasa === 'id')
        return id;
    return id
        .replace('Lampiran', 'Annex')
        .replace(' angka ', ' section ')
        .replace(' huruf ', ' letter ')
        .replace(' butir ', ' item ');
}
/** "Ketua" / "Kepala": the head's title as the lembaga writes it, else by kind of institution. */
export function jabatanPimpinan(l, o) {
    const j = l.lembaga.pimpinan?.jabatan?.trim();
    if (j)
        return j;
    const pemerintah = l.lembaga.kepemilikan !== undefined && l.lembaga.kepemilikan !== 'masyarakat';
    return o.t(pemerintah ? 'sop.jabatan.kepala' : 'sop.jabatan.ketua');
}
export const namaLembaga = (l, o) => atauIsian(l.lembaga.nama?.trim(), o);
/** "Nomor 12/SK/2024 tanggal 2024-01-05", or a blank. */
export function dokumenTeks(d, o) {
    if (!d?.nomor)
        return [isian(o)];
    const out = [teks(o.t('sop.nomorDokumen', { nomor: d.nomor }))];
    if (d.tanggal)
        out.push(teks(' ' + o.t('sop.tanggalDokumen', { tanggal: formatTanggal(d.tanggal, o) })));
    return out;
}
/** "5 Januari 2025": the way a decree writes its date. ISO input only. */
export function formatTanggal(iso, o) {
    return tanggalPanjang(iso, o.bahasa === 'en' ? 'en' : 'id');
}
/** "Rp 150.000" (Indonesian grouping in both languages: the currency is Rupiah). */
export function rupiah(n) {
    return 'Rp ' + new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(n);
}
/* ------------------------------------------------------------ 2.1 dasar hukum */
/** Legal bases: the service's 2.1 list, then Permensos 14/2020 (and ATENSI for rehabilitation under it). */
export function daftarDasarHukum(s, layanan) {
    const out = s.dasarHukum.map((d) => d.label);
    out.push(PERMENSOS_14_2020);
    if (s.key === 'rehabilitasi' && layanan?.atensi)
        out.push(PERMENSOS_7_2021);
    return out;
}
/* ------------------------------------------------------- 1.1 persyaratan klien */
/** Client requirements of 1.1 as blocks: kinds of client, requesters, the service's own clauses, the SK. */
export function blokPersyaratanKlien(s, layanan, o, pilihan = {}) {
    const { t } = o;
    const out = [];
    out.push(paragraf(t('sop.klien.jenis', { bagian: rujukan(s, s.jenisKlien.bagian, o) })));
    out.push(daftar('huruf', s.jenisKlien.keys.map((k) => t(`sop.jenisKlien.${k}`))));
    if (s.pemohon) {
        out.push(paragraf(t('sop.klien.pemohon', { bagian: rujukan(s, s.pemohon.bagian, o) })));
        out.push(daftar('huruf', s.pemohon.keys.map((p) => label(p, o))));
    }
    // Clauses only some services have (B 1.1.3, C 1.1.2, E 1.2.1), kept beside the catalogue.
    const khusus = s.key === 'perlindungan'
        ? { judul: 'sop.klien.perlindungan', items: PERSYARATAN_KLIEN_PERLINDUNGAN }
        : s.key === 'rehabilitasi'
            ? { judul: 'sop.klien.rehabilitasi', items: SASARAN_REHABILITASI }
            : s.key === 'pengembangan'
                ? { judul: 'sop.klien.pengembangan', items: JALUR_PENGEMBANGAN }
                : null;
    if (khusus && khusus.items.length > 0) {
        out.push(paragraf(t(khusus.judul, { bagian: rujukan(s, { angka: khusus.items[0].bagian.angka }, o) })));
        out.push(daftar('huruf', khusus.items.map((i) => label(i, o))));
    }
    if (s.key === 'pengembangan') {
        const tim = layanan?.timKerjaMasyarakat ?? [];
        out.push(paragraf([teks(t('sop.klien.timKerja') + ' '), tim.length ? teks(tim.join(', ')) : isian(o)]));
    }
    const sk = s.sk.find((x) => x.key === 'kriteria-klien');
    if (sk && !pilihan.tanpaSk) {
        out.push(paragraf([
            teks(t('sop.klien.sk', { bagian: rujukan(s, sk.bagian, o) }) + ' '),
            ...dokumenTeks(layanan?.sk?.kriteriaKlien, o),
        ]));
    }
    out.push(paragraf(t('sop.klien.khusus')));
    out.push(daftar('huruf', ['usia', 'domisili', 'kondisi', 'dokumen'].map((k) => [
        teks(t(`sop.klien.khusus.${k}`) + ': '),
        isian(o),
    ])));
    return out;
}
/* -------------------------------------------------------- 1.4.4 matriks tarif */
export function labelDurasi(d, o) {
    return o.t(`sop.durasi.${d}`);
}
/** The tariff matrix of 1.4.4 with the institution's amounts (blank where none is set: never zero). */
export function tabelTarif(s, layanan, o) {
    const { t } = o;
    const kepala = [
        [
            sel(tebal(t('sop.tarif.no'))),
            sel(tebal(t('sop.tarif.jenis'))),
            sel(tebal(t('sop.tarif.durasi'))),
            ...TINGKAT_KEYS.map((k) => sel(tebal(t(`sop.tarif.${k}`)), { rata: 'tengah' })),
            sel(tebal(t('sop.tarif.ket'))),
        ],
    ];
    const baris = [];
    const opsionalDipilih = layanan?.barisOpsional;
    for (const b of s.tarif.baris) {
        const nilai = layanan?.tarif?.[b.key];
        const ket = [];
        if (b.opsional) {
            ket.push(t('sop.tarif.opsional'));
            if (opsionalDipilih && !opsionalDipilih.includes(b.key))
                ket.push(t('sop.tarif.tidakDiselenggarakan'));
        }
        if (b.kegiatan.length > 1 && b.key !== 'asesmen') {
            const nama = b.kegiatan
                .map((k) => s.kegiatan.find((x) => x.key === k))
                .filter((x) => x !== undefined);
            ket.push(t('sop.tarif.meliputi', { kegiatan: nama.map((x) => label(x, o)).join('; ') }));
        }
        b.durasi.forEach((d, i) => {
            baris.push([
                sel(i === 0 ? b.nomor : ''),
                sel(i === 0 ? label(b, o) : ''),
                sel(labelDurasi(d, o)),
                ...TINGKAT_KEYS.map((k) => {
                    const v = nilai?.[d]?.[k];
                    return sel(typeof v === 'number' ? teks(rupiah(v)) : isianSingkat(o), { rata: 'kanan' });
                }),
                sel(i === 0 ? ket.join('. ') : ''),
            ]);
        });
    }
    return { jenis: 'tabel', kolom: [5, 26, 9, 12, 12, 12, 24], kepala, baris, garis: true };
}
/* ------------------------------------------------------- 1.6 pengaduan */
const SALURAN_FIELD = {
    telepon: 'telepon',
    whatsapp: 'whatsapp',
    'kotak-pengaduan': 'kotakPengaduan',
    email: 'email',
    'alamat-surat': 'alamatSurat',
};
/** The channel's value: the complaint channel the lembaga set, else its office contact for phone, email and post. */
export function nilaiSaluran(l, key) {
    const f = SALURAN_FIELD[key];
    const v = f ? l.pengaduan?.saluran?.[f] : undefined;
    if (v)
        return v;
    if (key === 'telepon')
        return l.lembaga.telepon;
    if (key === 'email')
        return l.lembaga.email;
    if (key === 'alamat-surat')
        return l.lembaga.alamat;
    return undefined;
}
/** Complaint types (1.6.3) and channels (1.6.4). */
export function blokJenisSaluranPengaduan(l, s, o) {
    const { t } = o;
    const p = s.pengaduan;
    const out = [];
    if (p.jenis.length) {
        out.push(paragraf(t('sop.pengaduan.jenis', { bagian: rujukan(s, { angka: p.jenis[0].bagian.angka }, o) })));
        out.push(daftar('huruf', p.jenis.map((j) => label(j, o))));
    }
    if (p.saluran.length) {
        out.push(paragraf(t('sop.pengaduan.saluran', {
            bagian: rujukan(s, { angka: p.saluran[0].bagian.angka }, o),
        })));
        out.push(daftar('huruf', p.saluran.map((c) => [teks(label(c, o) + ': '), atauIsian(nilaiSaluran(l, c.key), o)])));
    }
    const catatan = [...p.jenis, ...p.saluran].find((x) => x.catatan)?.catatan;
    if (catatan)
        out.push(paragraf([teks(t('sop.catatanTeks', { catatan }), { miring: true })]));
    return out;
}
/** The procedure contents of 1.6.5 a–e, filled from lembaga.yaml, as a two-column table. */
export function tabelProsedurPengaduan(l, s, o) {
    const { t } = o;
    const pr = l.pengaduan?.prosedur;
    const staf = new Map(l.staf.map((x) => [x.id, x]));
    const isi = (key) => {
        switch (key) {
            case 'petugas': {
                const ids = pr?.petugas ?? [];
                if (!ids.length)
                    return [isian(o), teks(' ' + t('sop.pengaduan.usulan.petugas'), { miring: true })];
                // Roles and staff codes, not names: the document is shown to clients.
                return [
                    teks(ids
                        .map((id) => {
                        const st = staf.get(id);
                        return st ? `${t(`sop.peran.${st.peran}`)} (${id})` : id;
                    })
                        .join('; ')),
                ];
            }
            case 'alur':
                return pr?.alur ? [teks(pr.alur)] : [teks(t('sop.pengaduan.usulan.alur'))];
            case 'batas-waktu': {
                const b = pr?.batasWaktuHari;
                const total = l.pengaturan?.batasWaktuPengaduanHari;
                const hari = (v) => v === undefined ? isianSingkat(o) : teks(t('sop.hari', { n: v }));
                const out = [
                    teks(t('sop.pengaduan.batas.penerimaan') + ': '),
                    hari(b?.penerimaan),
                    teks('; ' + t('sop.pengaduan.batas.penanganan') + ': '),
                    hari(b?.penanganan),
                    teks('; ' + t('sop.pengaduan.batas.penyampaian') + ': '),
                    hari(b?.penyampaianHasil),
                ];
                if (total !== undefined)
                    out.push(teks('; ' + t('sop.pengaduan.batas.total', { n: total })));
                return out;
            }
            case 'perlindungan-klien':
                return pr?.perlindunganKlien
                    ? [teks(pr.perlindunganKlien)]
                    : [isian(o), teks(' ' + t('sop.pengaduan.usulan.perlindungan'), { miring: true })];
            case 'laporan-berkala':
                return pr?.laporanBerkala ? [teks(t(`sop.berkala.${pr.laporanBerkala}`))] : [isian(o)];
            default:
                return [isian(o)];
        }
    };
    const kepala = [[sel(tebal(t('sop.pengaduan.unsur'))), sel(tebal(t('sop.pengaduan.ketentuan')))]];
    const baris = s.pengaduan.prosedur.map((p) => [
        sel([
            teks(`${p.bagian.huruf ?? ''}. ${label(p, o)}`),
            teks(` (${rujukan(s, p.bagian, o)})`, { miring: true }),
        ]),
        sel(isi(p.key)),
    ]);
    return { jenis: 'tabel', kolom: [40, 60], kepala, baris, garis: true };
}
/**
 * The signature block of an SOP or decree on the right half of the page: place and date of
 * enactment, the issuing office, space to sign, the head's name (and NIP when known).
 */
export function blokTandaTangan(l, tanggal, penerbit, o) {
    const { t } = o;
    const p = l.lembaga.pimpinan;
    const kanan = [
        [teks(t('sop.ditetapkanDi') + ' '), atauIsian(l.lembaga.kota?.trim(), o)],
        [teks(t('sop.padaTanggal') + ' '), tanggal],
        [tebal(penerbit + ',')],
        [teks('')],
        [teks('')],
        [teks('')],
        [p?.nama ? tebal(p.nama) : isian(o)],
    ];
    if (p?.nip)
        kanan.push([teks(`NIP ${p.nip}`)]);
    return {
        jenis: 'tabel',
        kolom: [50, 50],
        kepala: [],
        baris: [[sel(''), sel(kanan)]],
        garis: false,
    };
}
