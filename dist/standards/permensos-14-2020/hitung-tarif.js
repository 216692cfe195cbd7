import { DURASI_KEYS, TINGKAT_KEYS } from '../types.js';
const JAM_TETAP = { '1-jam': 1, '2-jam': 2 };
/** Round half up to a multiple of `step`; the epsilon absorbs binary noise (0.5 stored as 0.4999…). */
export function bulatkan(x, step) {
    const s = step > 0 ? step : 1;
    return Math.round(x / s + 1e-9) * s;
}
/** Compute every cell of the service's matrix from the lembaga's basis. Pure. */
export function hitungTarif(dasar, standar) {
    const jamLebihDua = dasar.jamLebihDua ?? 3;
    const jamAsesmen = dasar.jamAsesmen ?? 5;
    const pembulatan = dasar.pembulatan ?? 1000;
    const durasiDipakai = new Set(standar.tarif.baris.flatMap((b) => b.durasi));
    const perhitungan = [];
    for (const durasi of DURASI_KEYS) {
        if (!durasiDipakai.has(durasi))
            continue;
        for (const tingkat of TINGKAT_KEYS) {
            const langkah = [];
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
                if (p === undefined) {
                    perhitungan.push({
                        durasi,
                        tingkat,
                        langkah,
                        hasil: null,
                        alasan: 'pengali-tingkat-kosong',
                    });
                    continue;
                }
                x *= p;
                langkah.push({ faktor: 'pengali-tingkat', bagian: '1.4.1 b', nilai: p, hasil: x });
            }
            else {
                perhitungan.push({ durasi, tingkat, langkah, hasil: null, alasan: 'tanpa-dasar' });
                continue;
            }
            // 1.4.1 e: duration, counted in hours ("5 tahap" asesmen as jamAsesmen hours).
            const pd = dasar.pengaliDurasi?.[durasi];
            if (pd !== undefined) {
                x *= pd;
                langkah.push({ faktor: 'pengali-durasi', bagian: '1.4.1 e', nilai: pd, hasil: x });
            }
            else {
                const jam = JAM_TETAP[durasi] ?? (durasi === 'lebih-2-jam' ? jamLebihDua : jamAsesmen);
                x *= jam;
                langkah.push({ faktor: 'jam', bagian: '1.4.1 e', nilai: jam, hasil: x });
            }
            if (dasar.indeksEkonomiDaerah !== undefined) {
                x *= dasar.indeksEkonomiDaerah;
                langkah.push({
                    faktor: 'indeks-ekonomi',
                    bagian: '1.4.2 g',
                    nilai: dasar.indeksEkonomiDaerah,
                    hasil: x,
                });
            }
            if (dasar.subsidiPemerintahPersen !== undefined) {
                x *= 1 - dasar.subsidiPemerintahPersen / 100;
                langkah.push({
                    faktor: 'subsidi',
                    bagian: '1.4.2 c',
                    nilai: dasar.subsidiPemerintahPersen,
                    hasil: x,
                });
            }
            if (dasar.pajakPersen !== undefined) {
                x *= 1 + dasar.pajakPersen / 100;
                langkah.push({ faktor: 'pajak', bagian: '1.4.2 b', nilai: dasar.pajakPersen, hasil: x });
            }
            if (dasar.biayaTransportAkomodasi !== undefined) {
                x += dasar.biayaTransportAkomodasi;
                langkah.push({
                    faktor: 'transport',
                    bagian: '1.4.2 f',
                    nilai: dasar.biayaTransportAkomodasi,
                    hasil: x,
                });
            }
            const hasil = bulatkan(x, pembulatan);
            langkah.push({ faktor: 'pembulatan', bagian: '1.4.3', nilai: pembulatan, hasil });
            perhitungan.push({ durasi, tingkat, langkah, hasil, alasan: null });
        }
    }
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
    return { nilai, perhitungan, bawaan: { jamLebihDua, jamAsesmen, pembulatan } };
}
