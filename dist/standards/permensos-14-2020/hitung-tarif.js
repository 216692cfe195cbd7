import { DURASI_KEYS, TINGKAT_KEYS } from '../types.js';
const JAM_TETAP = { '1-jam': 1, '2-jam': 2 };
/** Round half up to a multiple of `step`; the epsilon absorbs binary noise (0.5 stored as 0.4999…). */
export function bulatkan(x, step) {
    const s = step > 0 ? step : 1;
    return Math.round(x / s + 1e-9) * s;
}
/** The lembaga's own factors after tier and duration (1.4.2 g, c, b, f), in the order applied. */
const FAKTOR_LEMBAGA = [
    {
        faktor: 'indeks-ekonomi',
        bagian: '1.4.2 g',
        nilai: (d) => d.indeksEkonomiDaerah,
        terapkan: (x, n) => x * n,
    },
    {
        faktor: 'subsidi',
        bagian: '1.4.2 c',
        nilai: (d) => d.subsidiPemerintahPersen,
        terapkan: (x, n) => x * (1 - n / 100),
    },
    {
        faktor: 'pajak',
        bagian: '1.4.2 b',
        nilai: (d) => d.pajakPersen,
        terapkan: (x, n) => x * (1 + n / 100),
    },
    {
        faktor: 'transport',
        bagian: '1.4.2 f',
        nilai: (d) => d.biayaTransportAkomodasi,
        terapkan: (x, n) => x + n,
    },
];
/** One duration and tier: the base (per hour, or base × tier multiplier), hours, the lembaga's factors, rounding. */
function hitungSel(dasar, durasi, tingkat, bawaan) {
    const langkah = [];
    const celah = (alasan) => ({
        durasi,
        tingkat,
        langkah,
        hasil: null,
        alasan,
    });
    let x;
    const perJam = dasar.tarifPerJam?.[tingkat];
    if (perJam !== undefined) {
        // 1.4.1 c: the tier reflects the worker's expertise and experience.
        x = perJam;
        langkah.push({ faktor: 'tarif-per-jam', bagian: '1.4.1 c', nilai: perJam, hasil: x });
    }
    else if (dasar.tarifDasar !== undefined) {
        x = dasar.tarifDasar;
        langkah.push({ faktor: 'tarif-dasar', bagian: '1.4.1 a', nilai: x, hasil: x });
        // Tingkat I is the base itself unless the lembaga says otherwise; higher tiers need a multiplier.
        const p = dasar.pengaliTingkat?.[tingkat] ?? (tingkat === 'tingkat1' ? 1 : undefined);
        if (p === undefined)
            return celah('pengali-tingkat-kosong');
        x *= p;
        langkah.push({ faktor: 'pengali-tingkat', bagian: '1.4.1 b', nilai: p, hasil: x });
    }
    else
        return celah('tanpa-dasar');
    // 1.4.1 e: duration, counted in hours ("5 tahap" asesmen as jamAsesmen hours).
    const pd = dasar.pengaliDurasi?.[durasi];
    if (pd !== undefined) {
        x *= pd;
        langkah.push({ faktor: 'pengali-durasi', bagian: '1.4.1 e', nilai: pd, hasil: x });
    }
    else {
        const jam = JAM_TETAP[durasi] ?? (durasi === 'lebih-2-jam' ? bawaan.jamLebihDua : bawaan.jamAsesmen);
        x *= jam;
        langkah.push({ faktor: 'jam', bagian: '1.4.1 e', nilai: jam, hasil: x });
    }
    for (const f of FAKTOR_LEMBAGA) {
        const n = f.nilai(dasar);
        if (n === undefined)
            continue;
        x = f.terapkan(x, n);
        langkah.push({ faktor: f.faktor, bagian: f.bagian, nilai: n, hasil: x });
    }
    const hasil = bulatkan(x, bawaan.pembulatan);
    langkah.push({ faktor: 'pembulatan', bagian: '1.4.3', nilai: bawaan.pembulatan, hasil });
    return { durasi, tingkat, langkah, hasil, alasan: null };
}
/** Compute every cell of the service's matrix from the lembaga's basis. Pure. */
export function hitungTarif(dasar, standar) {
    const bawaan = {
        jamLebihDua: dasar.jamLebihDua ?? 3,
        jamAsesmen: dasar.jamAsesmen ?? 5,
        pembulatan: dasar.pembulatan ?? 1000,
    };
    const durasiDipakai = new Set(standar.tarif.baris.flatMap((b) => b.durasi));
    const perhitungan = DURASI_KEYS.filter((d) => durasiDipakai.has(d)).flatMap((durasi) => TINGKAT_KEYS.map((tingkat) => hitungSel(dasar, durasi, tingkat, bawaan)));
    const nilai = {};
    for (const b of standar.tarif.baris) {
        const row = {};
        for (const d of b.durasi) {
            const cells = {};
            for (const p of perhitungan)
                if (p.durasi === d && p.hasil !== null)
                    cells[p.tingkat] = p.hasil;
            row[d] = cells;
        }
        nilai[b.key] = row;
    }
    return { nilai, perhitungan, bawaan };
}
