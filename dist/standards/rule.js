/** "Today" on which rule examples are read (the date the tests pin, TANGGAL_UJI). */
export const CONTOH_TANGGAL = '2026-11-25';
/** The `check` of a cross-case rule: every case of the context through its `lintas`. */
export function periksaLintas(lintas) {
    return (ctx) => {
        const acc = lintas({ ...ctx, kasus: [], semuaKasus: [] });
        const dipilih = new Set(ctx.kasus);
        const out = [];
        for (const k of ctx.semuaKasus ?? ctx.kasus)
            out.push(...acc.tambah(k, dipilih.has(k)));
        out.push(...acc.selesai());
        return out;
    };
}
