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
    const known = new Map();
    for (const b of standar.tarif.baris) {
        known.set(b.key, b.durasi);
        const v = values[b.key];
        const adaNilai = v !== undefined &&
            Object.values(v).some((d) => d && Object.values(d).some((x) => amount(x) !== null));
        // 1.4.4 marks penjangkauan and rujukan "(opsional)": only offered rows need amounts.
        const diselenggarakan = !b.opsional || opsionalDitawarkan.has(b.key) || adaNilai;
        const baris = b.durasi.map((durasi) => {
            const per = v?.[durasi] ?? {};
            const row = Object.fromEntries(TINGKAT_KEYS.map((t) => [t, amount(per[t])]));
            return { durasi, nilai: row };
        });
        const ket = [];
        if (b.opsional)
            ket.push(diselenggarakan ? 'opsional' : 'tidak-diselenggarakan');
        if (diselenggarakan) {
            let gap = false;
            for (const r of baris)
                for (const t of TINGKAT_KEYS)
                    if (r.nilai[t] === null) {
                        gap = true;
                        celah.push({
                            layanan,
                            key: b.key,
                            nomor: b.nomor,
                            label: b.label,
                            durasi: r.durasi,
                            tingkat: t,
                        });
                    }
            if (gap)
                ket.push('belum-lengkap');
        }
        const induk = b.nomor.split('.')[0] ?? b.nomor;
        const item = {
            nomor: b.nomor,
            key: b.key,
            label: b.label,
            labelEn: b.labelEn,
            opsional: b.opsional,
            diselenggarakan,
            baris,
            ket,
        };
        const last = kelompok[kelompok.length - 1];
        if (last && last.nomor === induk)
            last.items.push(item);
        else
            kelompok.push({ nomor: induk, items: [item] });
    }
    const tidakDikenal = [];
    for (const [key, per] of Object.entries(values)) {
        const durasi = known.get(key);
        if (!durasi) {
            tidakDikenal.push({ key, durasi: null, path: `/layanan/${layanan}/tarif/${key}` });
            continue;
        }
        for (const d of Object.keys(per ?? {}))
            if (!durasi.includes(d))
                tidakDikenal.push({ key, durasi: d, path: `/layanan/${layanan}/tarif/${key}/${d}` });
    }
    const id = lembaga.lembaga ?? {};
    return {
        layanan,
        huruf: standar.huruf,
        judul: standar.tarif.judul,
        nama: standar.nama,
        namaEn: standar.namaEn,
        bagianMatriks: `Lampiran ${standar.huruf} angka ${standar.tarif.matriks.angka}`,
        bagianSk: `Lampiran ${standar.huruf} angka ${standar.tarif.sk.angka}`,
        lembaga: {
            nama: id.nama ?? '',
            kota: id.kota ?? null,
            alamat: id.alamat ?? null,
            pimpinan: {
                nama: id.pimpinan?.nama ?? null,
                jabatan: id.pimpinan?.jabatan ?? null,
                nip: id.pimpinan?.nip ?? null,
            },
        },
        sk: cfg.sk?.tarif ?? null,
        sumber: nilai ? 'hitung' : 'sk',
        kelompok,
        celah,
        tidakDikenal,
    };
}
/** Number of rows the matrix occupies (one per duration of each item). */
export function jumlahBaris(m) {
    return m.kelompok.reduce((n, k) => n + k.items.reduce((s, i) => s + i.baris.length, 0), 0);
}
