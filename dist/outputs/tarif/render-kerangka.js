import { TINGKAT_KEYS } from '../../standards/types.js';
/** A comment line safe for YAML (no line breaks from names). */
function komentar(s) {
    return s.replace(/[\r\n]+/g, ' ');
}
export function renderTarifKerangka(matriks, o) {
    const { t } = o;
    const out = [];
    for (const line of t('tarif.kerangka.kepala', { lembaga: komentar(o.namaLembaga) }).split('\n'))
        out.push(`# ${line}`.trimEnd());
    out.push('layanan:');
    for (const m of matriks) {
        out.push(`  ${m.layanan}:`);
        out.push(`    # ${komentar(`${o.bahasa === 'en' ? m.namaEn : m.nama} — ${m.bagianMatriks}`)}`);
        out.push('    tarif:');
        for (const k of m.kelompok)
            for (const item of k.items) {
                const label = komentar(`${item.nomor} ${o.bahasa === 'en' ? item.labelEn : item.label}`);
                const c = item.diselenggarakan ? '' : '# ';
                out.push(`      # ${label}${item.opsional ? ` (${t(item.diselenggarakan ? 'tarif.kerangka.opsional' : 'tarif.kerangka.opsionalTidak')})` : ''}`);
                out.push(`      ${c}${item.key}:`);
                for (const b of item.baris) {
                    const sel = TINGKAT_KEYS.map((tk) => {
                        const v = b.nilai[tk];
                        return `${tk}: ${v === null ? '' : String(v)}`;
                    }).join(', ');
                    out.push(`      ${c}  ${b.durasi}: { ${sel} }`);
                }
            }
    }
    return out.join('\n') + '\n';
}
