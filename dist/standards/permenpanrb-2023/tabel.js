export const SUMBER_BAWAAN = 'PermenPANRB 1/2023; PerBKN 3/2023 (Lampiran)';
/** Percentage of the yearly coefficient earned per rating. */
export const PERSENTASE = {
    'sangat-baik': 150,
    baik: 100,
    'butuh-perbaikan': 75,
    kurang: 50,
    'sangat-kurang': 25,
};
/** Labels of the ratings as the e-Kinerja forms write them. */
export const LABEL_PREDIKAT = {
    'sangat-baik': 'Sangat Baik',
    baik: 'Baik',
    'butuh-perbaikan': 'Butuh Perbaikan',
    kurang: 'Kurang',
    'sangat-kurang': 'Sangat Kurang',
};
/** Yearly coefficient per jenjang (the same figures as the 2020 yearly targets). */
export const KOEFISIEN = {
    pemula: 3.75,
    terampil: 5,
    mahir: 12.5,
    penyelia: 25,
    'ahli-pertama': 12.5,
    'ahli-muda': 25,
    'ahli-madya': 37.5,
    'ahli-utama': 50,
};
/** Golongan range of each jenjang, lowest first. */
export const GOLONGAN = {
    pemula: ['II/a'],
    terampil: ['II/b', 'II/c', 'II/d'],
    mahir: ['III/a', 'III/b'],
    penyelia: ['III/c', 'III/d'],
    'ahli-pertama': ['III/a', 'III/b'],
    'ahli-muda': ['III/c', 'III/d'],
    'ahli-madya': ['IV/a', 'IV/b', 'IV/c'],
    'ahli-utama': ['IV/d', 'IV/e'],
};
/** Cumulative AK needed for the next pangkat inside the jenjang / for the next jenjang (null: none). */
export const AMBANG = {
    pemula: { pangkat: 15, jenjang: 15 },
    terampil: { pangkat: 20, jenjang: 60 },
    mahir: { pangkat: 50, jenjang: 100 },
    penyelia: { pangkat: 100, jenjang: null },
    'ahli-pertama': { pangkat: 50, jenjang: 100 },
    'ahli-muda': { pangkat: 100, jenjang: 200 },
    'ahli-madya': { pangkat: 150, jenjang: 450 },
    'ahli-utama': { pangkat: 200, jenjang: null },
};
/** Jenjang promotions that require professional development (Penyelia, Ahli Madya, Ahli Utama). */
export const PENGEMBANGAN_WAJIB_KE = [
    'penyelia',
    'ahli-madya',
    'ahli-utama',
];
/** The next jenjang of the same category, if any. */
export const JENJANG_BERIKUT = {
    pemula: 'terampil',
    terampil: 'mahir',
    mahir: 'penyelia',
    penyelia: null,
    'ahli-pertama': 'ahli-muda',
    'ahli-muda': 'ahli-madya',
    'ahli-madya': 'ahli-utama',
    'ahli-utama': null,
};
export function tabelKonversi(o) {
    const t = {
        persentase: { ...PERSENTASE },
        koefisien: { ...KOEFISIEN },
        ambang: Object.fromEntries(Object.entries(AMBANG).map(([k, v]) => [k, { ...v }])),
        sumber: { persentase: SUMBER_BAWAAN, koefisien: SUMBER_BAWAAN, ambang: SUMBER_BAWAAN },
        override: null,
    };
    if (!o)
        return t;
    const label = o.sumber ? `${o.file} (${o.sumber})` : o.file;
    const bagian = [];
    if (o.persentase && Object.keys(o.persentase).length) {
        Object.assign(t.persentase, o.persentase);
        t.sumber.persentase = label;
        bagian.push('persentase');
    }
    if (o.koefisien && Object.keys(o.koefisien).length) {
        Object.assign(t.koefisien, o.koefisien);
        t.sumber.koefisien = label;
        bagian.push('koefisien');
    }
    if (o.ambang && Object.keys(o.ambang).length) {
        for (const [k, v] of Object.entries(o.ambang))
            t.ambang[k] = { ...t.ambang[k], ...v };
        t.sumber.ambang = label;
        bagian.push('ambang');
    }
    if (bagian.length)
        t.override = { file: o.file, sumber: o.sumber ?? null, bagian };
    return t;
}
/** Normalise a rating as users write it ("Sangat Baik", "BAIK", "Butuh Perbaikan (Cukup)", "cukup"). */
export function normalPredikat(s) {
    if (typeof s !== 'string')
        return null;
    const k = s
        .toLowerCase()
        .replace(/\(.*?\)/g, ' ')
        .trim()
        .replace(/[\s_]+/g, '-');
    if (k === 'cukup')
        return 'butuh-perbaikan';
    return Object.keys(PERSENTASE).includes(k)
        ? k
        : null;
}
/** Normalise a golongan ("iii/a", "III-a", "III a" → "III/a"). */
export function normalGolongan(s) {
    if (typeof s !== 'string')
        return null;
    const m = /^\s*(I{1,3}|IV)\s*[/\-. ]?\s*([a-eA-E])\s*$/i.exec(s);
    return m ? `${m[1].toUpperCase()}/${m[2].toLowerCase()}` : null;
}
