export const RULESET_ID = 'permenpanrb-2020-jf-peksos';
export const RULESET_JUDUL = 'PermenPANRB 2020 tentang Jabatan Fungsional Pekerja Sosial';
/** Prefix of every reference ("PermenPANRB 2020 JF Pekerja Sosial Pasal 26 ayat 1 huruf a"). */
export const REF_PREFIX = 'PermenPANRB 2020 JF Pekerja Sosial';
export function ref(section) {
    return `${REF_PREFIX} ${section}`;
}
export const JENJANG = {
    pemula: {
        key: 'pemula',
        kategori: 'keterampilan',
        urutan: 0,
        label: 'Pekerja Sosial Pemula',
        target: { nilai: 3.75, bagian: 'Pasal 26 ayat 1 huruf a' },
        targetMenungguLowongan: { nilai: 3, bagian: 'Pasal 27 ayat 1 huruf a' },
    },
    terampil: {
        key: 'terampil',
        kategori: 'keterampilan',
        urutan: 1,
        label: 'Pekerja Sosial Terampil',
        target: { nilai: 5, bagian: 'Pasal 26 ayat 1 huruf b' },
        targetMenungguLowongan: { nilai: 4, bagian: 'Pasal 27 ayat 1 huruf b' },
    },
    mahir: {
        key: 'mahir',
        kategori: 'keterampilan',
        urutan: 2,
        label: 'Pekerja Sosial Mahir',
        target: { nilai: 12.5, bagian: 'Pasal 26 ayat 1 huruf c' },
        targetMenungguLowongan: { nilai: 10, bagian: 'Pasal 27 ayat 1 huruf c' },
        pengembanganProfesiMinimal: { nilai: 4, bagian: 'Pasal 39 ayat 4 huruf a', ke: 'penyelia' },
    },
    penyelia: {
        key: 'penyelia',
        kategori: 'keterampilan',
        urutan: 3,
        label: 'Pekerja Sosial Penyelia',
        target: { nilai: 25, bagian: 'Pasal 26 ayat 1 huruf d' },
        targetPangkatTertinggi: {
            nilai: 10,
            bagian: 'Pasal 27 ayat 2',
            pengecualian: 'Pasal 26 ayat 2',
        },
    },
    'ahli-pertama': {
        key: 'ahli-pertama',
        kategori: 'keahlian',
        urutan: 0,
        label: 'Pekerja Sosial Ahli Pertama',
        target: { nilai: 12.5, bagian: 'Pasal 26 ayat 3 huruf a' },
        targetMenungguLowongan: { nilai: 10, bagian: 'Pasal 27 ayat 3 huruf a' },
        usiaPerpindahan: { nilai: 53, bagian: 'Pasal 15 ayat 2 huruf h angka 1' },
    },
    'ahli-muda': {
        key: 'ahli-muda',
        kategori: 'keahlian',
        urutan: 1,
        label: 'Pekerja Sosial Ahli Muda',
        target: { nilai: 25, bagian: 'Pasal 26 ayat 3 huruf b' },
        targetMenungguLowongan: { nilai: 20, bagian: 'Pasal 27 ayat 3 huruf b' },
        pengembanganProfesiMinimal: { nilai: 6, bagian: 'Pasal 39 ayat 4 huruf b', ke: 'ahli-madya' },
        usiaPerpindahan: { nilai: 53, bagian: 'Pasal 15 ayat 2 huruf h angka 1' },
    },
    'ahli-madya': {
        key: 'ahli-madya',
        kategori: 'keahlian',
        urutan: 2,
        label: 'Pekerja Sosial Ahli Madya',
        target: { nilai: 37.5, bagian: 'Pasal 26 ayat 3 huruf c' },
        targetMenungguLowongan: { nilai: 30, bagian: 'Pasal 27 ayat 3 huruf c' },
        pengembanganProfesiMinimal: { nilai: 12, bagian: 'Pasal 39 ayat 4 huruf c', ke: 'ahli-utama' },
        usiaPerpindahan: { nilai: 55, bagian: 'Pasal 15 ayat 2 huruf h angka 2' },
    },
    'ahli-utama': {
        key: 'ahli-utama',
        kategori: 'keahlian',
        urutan: 3,
        label: 'Pekerja Sosial Ahli Utama',
        target: { nilai: 50, bagian: 'Pasal 26 ayat 3 huruf d' },
        targetPangkatTertinggi: {
            nilai: 25,
            bagian: 'Pasal 27 ayat 4',
            pengecualian: 'Pasal 26 ayat 4',
        },
        usiaPerpindahan: { nilai: 60, bagian: 'Pasal 15 ayat 2 huruf h angka 3' },
    },
};
/** The rank one step up or down in the same category, if any. */
export function jenjangTetangga(key, arah) {
    const j = JENJANG[key];
    return (Object.values(JENJANG).find((x) => x.kategori === j.kategori && x.urutan === j.urutan + arah) ??
        null);
}
/** Credit factor for work of another rank under written assignment (Pasal 11 ayat 1 huruf a and b). */
export const FAKTOR_TINGKAT = {
    sendiri: { faktor: 1, bagian: 'Pasal 8 ayat 3' },
    'satu-tingkat-di-atas': { faktor: 0.8, bagian: 'Pasal 11 ayat 1 huruf a' },
    'satu-tingkat-di-bawah': { faktor: 1, bagian: 'Pasal 11 ayat 1 huruf b' },
};
/** Credited points are capped at this share of the yearly minimum of Pasal 26 or 27 (Pasal 29 ayat 2). */
export const BATAS_CAPAIAN = { persen: 150, bagian: 'Pasal 29 ayat 2' };
/** Supporting credits are capped at this share of the credits required for the next pangkat (Pasal 37 ayat 2). */
export const BATAS_PENUNJANG = { persen: 20, bagian: 'Pasal 37 ayat 2' };
/** Age limit for an Ahli Utama appointed from another Ahli Utama functional position (Pasal 17 ayat 1 huruf h). */
export const USIA_AHLI_UTAMA_FUNGSIONAL = { nilai: 63, bagian: 'Pasal 17 ayat 1 huruf h' };
/** Years after appointment within which the functional training must be passed (Pasal 14 ayat 5). */
export const TAHUN_PELATIHAN_FUNGSIONAL = { nilai: 3, bagian: 'Pasal 14 ayat 5' };
/** Most helper authors on a joint paper (Pasal 40 ayat 2). */
export const MAKS_PENULIS_PEMBANTU = 3;
/**
 * Share of a joint paper's credit (Pasal 40 ayat 1): 2 authors 60/40 (huruf a),
 * 3 authors 50/25 each (huruf b), 4 authors 40/20 each (huruf c); no main author
 * named → equal shares (huruf d). One author keeps 100 %. Returns null when the
 * text gives no split (more than 4 authors with roles: ayat 2 forbids it).
 */
export function bagianPenulis(peran, jumlah) {
    if (!Number.isInteger(jumlah) || jumlah < 1)
        return null;
    if (jumlah === 1)
        return { faktor: 1, bagian: 'Pasal 40 ayat 1' };
    if (peran === 'setara')
        return { faktor: 1 / jumlah, bagian: 'Pasal 40 ayat 1 huruf d' };
    const tabel = {
        2: { utama: 0.6, pembantu: 0.4, huruf: 'a' },
        3: { utama: 0.5, pembantu: 0.25, huruf: 'b' },
        4: { utama: 0.4, pembantu: 0.2, huruf: 'c' },
    };
    const row = tabel[jumlah];
    if (!row)
        return null;
    return {
        faktor: peran === 'utama' ? row.utama : row.pembantu,
        bagian: `Pasal 40 ayat 1 huruf ${row.huruf}`,
    };
}
/** Round for comparison and output: credits are stated to three decimals in a PAK; keep four to avoid float noise. */
export function bulat(x) {
    return Math.round((x + Number.EPSILON) * 10000) / 10000;
}
/** A credit number for people: up to three decimals, Indonesian decimal comma unless English. */
export function formatAngka(x, bahasa = 'id', tanda = false) {
    if (x === null || x === undefined || !Number.isFinite(x))
        return '–';
    const r = Math.round(x * 1000) / 1000;
    let s = String(Math.abs(r));
    if (bahasa === 'id')
        s = s.replace('.', ',');
    const sign = r < 0 ? '-' : tanda && r > 0 ? '+' : '';
    return sign + s;
}
