import { JENJANG_KEYS } from '../../model/kredit.js';
import { bulat } from '../permenpanrb-2020/data.js';
import { GOLONGAN, JENJANG_BERIKUT, PENGEMBANGAN_WAJIB_KE, normalGolongan, normalPredikat, } from './tabel.js';
/** Month index (1–12) and year of a YYYY-MM or YYYY-MM-DD value. */
export function bulanDari(s) {
    if (typeof s !== 'string')
        return null;
    const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(s.trim());
    if (!m)
        return null;
    const bulan = Number(m[2]);
    if (bulan < 1 || bulan > 12)
        return null;
    return { tahun: Number(m[1]), bulan };
}
function bulanPeriode(dari, sampai, tahun) {
    const a = bulanDari(dari);
    const b = bulanDari(sampai);
    if (!a || !b || a.tahun !== tahun || b.tahun !== tahun || b.bulan < a.bulan)
        return 0;
    return b.bulan - a.bulan + 1;
}
const isJenjang = (x) => typeof x === 'string' && JENJANG_KEYS.includes(x);
/** Compute one year, chaining cumulative AK from the earlier conversion logs of the same workers. */
export function hitungKonversi(logs, tahun, tabel) {
    const years = [...new Set(logs.map((l) => l.log.tahun))].filter((y) => y <= tahun).sort();
    const state = new Map();
    const out = [];
    for (const y of years) {
        const res = { tahun: y, pegawai: [] };
        for (const l of logs.filter((x) => x.log.tahun === y)) {
            (Array.isArray(l.log.pegawai) ? l.log.pegawai : []).forEach((p, index) => {
                if (!p || typeof p !== 'object')
                    return;
                const staf = String(p.staf ?? '');
                const st = state.get(staf) ?? {
                    pangkat: 0,
                    jenjang: 0,
                    j: null,
                    g: null,
                    integrasi: false,
                };
                const { integrasi, awal } = mulaiTahun(p, st);
                const periode = hitungPeriode(Array.isArray(p.periode) ? p.periode : [], st, y, tabel);
                state.set(staf, st);
                res.pegawai.push({
                    file: l.file,
                    index,
                    staf,
                    nip: typeof p.nip === 'string' ? p.nip : null,
                    periode: periode.sort((a, b) => a.index - b.index),
                    bulan: periode.reduce((s, x) => s + x.bulan, 0),
                    akTahun: bulat(periode.reduce((s, x) => s + (x.ak ?? 0), 0)),
                    jenjang: st.j,
                    golongan: st.g,
                    akumulasi: akumulasiAkhir(st, tabel, integrasi, awal),
                });
            });
        }
        out.push(res);
    }
    return out;
}
/** The start of a worker's year: the last PAK restarts the chain; the integrasi counts once. */
function mulaiTahun(p, st) {
    let integrasi = 0;
    if (p.akumulasiAwal && typeof p.akumulasiAwal === 'object') {
        st.pangkat = Number(p.akumulasiAwal.pangkat ?? p.akumulasiAwal.jenjang ?? 0) || 0;
        st.jenjang = Number(p.akumulasiAwal.jenjang ?? p.akumulasiAwal.pangkat ?? 0) || 0;
    }
    else if (typeof p.integrasi === 'number' && !st.integrasi) {
        integrasi = p.integrasi;
        st.pangkat += integrasi;
        st.jenjang += integrasi;
    }
    if (typeof p.integrasi === 'number')
        st.integrasi = true;
    return { integrasi, awal: { pangkat: bulat(st.pangkat), jenjang: bulat(st.jenjang) } };
}
/** The periods of a year in date order: promotions spend thresholds, each period adds its AK. */
function hitungPeriode(list, st, y, tabel) {
    const periode = [];
    const urut = list
        .map((x, i) => ({ x, i }))
        .sort((a, b) => String(a.x?.dari ?? '').localeCompare(String(b.x?.dari ?? '')));
    for (const { x, i } of urut) {
        const jenjang = isJenjang(x?.jenjang) ? x.jenjang : null;
        const golongan = normalGolongan(x?.golongan);
        const predikat = normalPredikat(x?.predikat);
        const bulan = bulanPeriode(x?.dari, x?.sampai, y);
        let kenaikan = null;
        if (jenjang && st.j && jenjang !== st.j) {
            kenaikan = 'jenjang';
            const a = tabel.ambang[st.j].jenjang ?? 0;
            st.jenjang = Math.max(0, st.jenjang - a);
            st.pangkat = st.jenjang;
        }
        else if (golongan && st.g && golongan !== st.g) {
            kenaikan = 'pangkat';
            const a = tabel.ambang[jenjang ?? st.j]?.pangkat ?? 0;
            st.pangkat = Math.max(0, st.pangkat - a);
        }
        if (jenjang)
            st.j = jenjang;
        if (golongan)
            st.g = golongan;
        const persen = predikat ? tabel.persentase[predikat] : null;
        const koefisien = jenjang ? tabel.koefisien[jenjang] : null;
        const ak = persen !== null && koefisien !== null && bulan > 0
            ? bulat(((persen / 100) * koefisien * bulan) / 12)
            : null;
        if (ak !== null) {
            st.pangkat += ak;
            st.jenjang += ak;
        }
        periode.push({
            index: i,
            jenjang,
            golongan,
            dari: String(x?.dari ?? ''),
            sampai: String(x?.sampai ?? ''),
            bulan,
            predikat,
            persen,
            koefisien,
            ak,
            kenaikan,
        });
    }
    return periode;
}
/** The cumulative AK at the end of the year against the next pangkat and jenjang. */
function akumulasiAkhir(st, tabel, integrasi, awal) {
    const j = st.j;
    const g = st.g;
    const range = j ? GOLONGAN[j] : [];
    const puncak = !g || range.indexOf(g) === range.length - 1;
    const amb = j ? tabel.ambang[j] : { pangkat: null, jenjang: null };
    const ambangJenjang = amb.jenjang;
    // At the top golongan of a jenjang the next pangkat is the next jenjang.
    const ambangPangkat = puncak ? ambangJenjang : amb.pangkat;
    const cumPangkat = puncak ? st.jenjang : st.pangkat;
    const berikut = j ? JENJANG_BERIKUT[j] : null;
    return {
        pangkat: bulat(cumPangkat),
        jenjang: bulat(st.jenjang),
        ambangPangkat,
        ambangJenjang,
        kurangPangkat: ambangPangkat === null ? null : bulat(Math.max(0, ambangPangkat - cumPangkat)),
        kurangJenjang: ambangJenjang === null ? null : bulat(Math.max(0, ambangJenjang - st.jenjang)),
        jenjangBerikut: berikut,
        pengembanganWajib: berikut !== null && PENGEMBANGAN_WAJIB_KE.includes(berikut),
        integrasi,
        awal,
    };
}
