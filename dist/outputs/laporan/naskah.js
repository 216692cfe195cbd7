import { daftar, sel, teks } from '../dokumen/model.js';
import { daftarJudul, selTeks } from './dokumen.js';
/** Text tables (identity, summaries, findings) keep their header left; number tables align it right. */
const tabelTeks = (id) => id === 'identitas' || id.startsWith('ringkasan') || id === 'temuan';
/** Relative column widths: the given ones, or a wide first column and number columns sharing the rest. */
function lebarKolom(b) {
    const n = b.kepala.length;
    if (b.lebar?.length === n)
        return b.lebar;
    const pertama = n <= 2 ? 0.3 : Math.max(0.25, 1 - (n - 1) * 0.125);
    return b.kepala.map((_, i) => (i === 0 ? pertama : (1 - pertama) / (n - 1)));
}
function tabel(b, bahasa) {
    const rataKepala = (i) => (i > 0 && !tabelTeks(b.id) ? 'kanan' : 'kiri');
    const baris = b.baris.map((r, ri) => {
        const jumlah = b.adaTotal && ri === b.baris.length - 1;
        return r.map((c, i) => {
            const s = selTeks(c, bahasa);
            const angka = 'angka' in c || (i > 0 && /^(< \d+|–)$/.test(s));
            return sel(s, { rata: angka ? 'kanan' : 'kiri', ...(jumlah ? { jumlah } : {}) });
        });
    });
    return {
        jenis: 'tabel',
        judul: b.judul,
        ...(b.keterangan ? { keterangan: b.keterangan } : {}),
        kolom: lebarKolom(b),
        rataKolom: b.kepala.map((_, i) => (i === 0 ? 'kiri' : 'kanan')),
        kepala: [b.kepala.map((h, i) => sel(h, { rata: rataKepala(i) }))],
        baris,
        garis: true,
        catatan: b.catatan,
    };
}
function blok(b, bahasa, g) {
    switch (b.jenis) {
        case 'judul':
            return { jenis: 'judul', tingkat: b.tingkat, isi: [teks(b.teks)] };
        case 'paragraf':
            return { jenis: 'paragraf', isi: [teks(b.teks)], ...(b.kecil ? { gaya: 'kecil' } : {}) };
        case 'daftar':
            return daftar('butir', b.butir);
        case 'tabel':
            return tabel(b, bahasa);
        case 'grafik': {
            const png = g.png?.get(b.id);
            const berkas = g.berkas?.get(b.id);
            return {
                jenis: 'gambar',
                id: b.id,
                judul: b.judul,
                ...(png ? { png } : {}),
                ...(berkas ? { berkas } : {}),
            };
        }
    }
}
/** Foreword with its closing, and the table of contents, each on a page of its own. */
function depan(doc) {
    const { pengantar, pengesahan: p } = doc;
    return [
        { jenis: 'judul', tingkat: 1, depan: true, isi: [teks(pengantar.judul)] },
        ...pengantar.paragraf.map((x) => ({
            jenis: 'paragraf',
            gaya: 'surat',
            isi: [teks(x)],
        })),
        { jenis: 'tandaTangan', tempatTanggal: p.tempatTanggal, jabatan: p.jabatan },
        { jenis: 'judul', tingkat: 1, depan: true, isi: [teks(doc.daftarIsi)] },
        { jenis: 'daftarIsi', entri: [...daftarJudul(doc), { tingkat: 1, teks: p.judul }] },
    ];
}
/** Approval: its heading and statement, then place and date, title, signature space and name. */
function pengesahan(doc) {
    const p = doc.pengesahan;
    return [
        { jenis: 'judul', tingkat: 1, isi: [teks(p.judul)] },
        { jenis: 'paragraf', isi: [teks(p.teks)] },
        {
            jenis: 'tandaTangan',
            tempatTanggal: p.tempatTanggal,
            jabatan: p.jabatan,
            ruang: p.ttd,
            nama: p.nama,
        },
    ];
}
/** The report as a document of the shared model, in the report's house style. */
export function naskahLaporan(doc, bahasa, grafik = {}) {
    return {
        judul: doc.judul,
        keterangan: doc.subjudul,
        gaya: 'laporan',
        blok: [
            { jenis: 'sampul', ...doc.sampul },
            ...depan(doc),
            ...doc.bab.flatMap((bab) => bab.blok.map((b) => blok(b, bahasa, grafik))),
            ...pengesahan(doc),
        ],
    };
}
