/**
 * The tariff matrix of one service (Permensos 14/2020 Lampiran A–E angka 1.4.4) as data.
 *
 * The rows are the service's own rows from the catalogue (`STANDAR[layanan].tarif.baris`),
 * already numbered cleanly there (docs/domain.md: the text's numbering is ragged — B has two
 * rows "3." — and "Asesmen 5 tahap" is one priced item). Columns are the three tariff tiers
 * of the matrix (Tingkat I/Dasar, II/Spesialis, III/Sub Spesialis), which are not C's
 * rehabilitation levels (dasar/lanjut, 1.2.5 a/b).
 *
 * A missing amount is a gap (`null`) and is listed in `celah`, never turned into zero:
 * the SK of 1.4.3 must fix every amount the lembaga charges.
 */
import { kopLembaga, } from '../../model/lembaga.js';
import { TINGKAT_KEYS } from '../../standards/types.js';
/** Amounts must be finite and not negative; anything else is a gap. */
function amount(v) {
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}
/**
 * Build the matrix of one service. `nilai` overrides the amounts of lembaga.yaml (used with
 * `--hitung`, when the amounts are computed from `dasarTarif`).
 */
export function buildTarifMatrix(lembaga, standar, layanan, nilai) {
    const cfg = lembaga.layanan?.[layanan] ?? {};
    const values = nilai ?? cfg.tarif ?? {};
    const opsionalDitawarkan = new Set(cfg.barisOpsional ?? []);
    const celah = [];
    const kelompok = [];
    for (const b of standar.tarif.baris) {
        const item = itemMatriks(b, values[b.key], opsionalDitawarkan.has(b.key));
        const gaps = celahItem(layanan, b, item);
        if (gaps.length)
            item.ket.push('belum-lengkap');
        celah.push(...gaps);
        const induk = b.nomor.split('.')[0] ?? b.nomor;
        const last = kelompok[kelompok.length - 1];
        if (last && last.nomor === induk)
            last.items.push(item);
        else
            kelompok.push({ nomor: induk, items: [item] });
    }
    return {
        layanan,
        huruf: standar.huruf,
        judul: standar.tarif.judul,
        nama: standar.nama,
        namaEn: standar.namaEn,
        bagianMatriks: `Lampiran ${standar.huruf} angka ${standar.tarif.matriks.angka}`,
        bagianSk: `Lampiran ${standar.huruf} angka ${standar.tarif.sk.angka}`,
        lembaga: kopLembaga(lembaga),
        sk: cfg.sk?.tarif ?? null,
        sumber: nilai ? 'hitung' : 'sk',
        kelompok,
        celah,
        tidakDikenal: tarifTidakDikenal(standar, layanan, values),
    };
}
/** One priced item: an amount per duration and tier; whether it is offered; its remarks. */
function itemMatriks(b, v, ditawarkan) {
    const adaNilai = v !== undefined &&
        Object.values(v).some((d) => d && Object.values(d).some((x) => amount(x) !== null));
    // 1.4.4 marks penjangkauan and rujukan "(opsional)": only offered rows need amounts.
    const diselenggarakan = !b.opsional || ditawarkan || adaNilai;
    const baris = b.durasi.map((durasi) => {
        const per = v?.[durasi] ?? {};
        const row = Object.fromEntries(TINGKAT_KEYS.map((t) => [t, amount(per[t])]));
        return { durasi, nilai: row };
    });
    const ket = [];
    if (b.opsional)
        ket.push(diselenggarakan ? 'opsional' : 'tidak-diselenggarakan');
    return {
        nomor: b.nomor,
        key: b.key,
        label: b.label,
        labelEn: b.labelEn,
        opsional: b.opsional,
        diselenggarakan,
        baris,
        ket,
    };
}
/** The missing amounts of an offered item (none for an item not offered). */
function celahItem(layanan, b, item) {
    if (!item.diselenggarakan)
        return [];
    return item.baris.flatMap((r) => TINGKAT_KEYS.filter((t) => r.nilai[t] === null).map((tingkat) => ({
        layanan,
        key: b.key,
        nomor: b.nomor,
        label: b.label,
        durasi: r.durasi,
        tingkat,
    })));
}
/** Amounts in lembaga.yaml for a row or a duration this service's matrix does not have. */
function tarifTidakDikenal(standar, layanan, values) {
    const known = new Map(standar.tarif.baris.map((b) => [b.key, b.durasi]));
    const out = [];
    for (const [key, per] of Object.entries(values)) {
        const durasi = known.get(key);
        if (!durasi) {
            out.push({ key, durasi: null, path: `/layanan/${layanan}/tarif/${key}` });
            continue;
        }
        for (const d of Object.keys(per ?? {}))
            if (!durasi.includes(d))
                out.push({ key, durasi: d, path: `/layanan/${layanan}/tarif/${key}/${d}` });
    }
    return out;
}
/** Number of rows the matrix occupies (one per duration of each item). */
export function jumlahBaris(m) {
    return m.kelompok.reduce((n, k) => n + k.items.reduce((s, i) => s + i.baris.length, 0), 0);
}
