/**
 * A neutral document model for the generated SOP and SK documents: headings,
 * paragraphs, numbered lists, tables with header rows, and blanks the institution
 * must fill. Builders return it; the docx and Markdown renderers draw it. Keeping the
 * model free of `docx` types lets the builders stay pure and cheap to test.
 */
/* ------------------------------------------------------------- helpers */
export const teks = (s, gaya = {}) => ({ teks: s, ...gaya });
export const tebal = (s) => ({ teks: s, tebal: true });
/** A cell with one plain paragraph (or several when given an array). */
export function sel(isi, lain = {}) {
    let paragraf;
    if (typeof isi === 'string')
        paragraf = [[teks(isi)]];
    else if (!Array.isArray(isi))
        paragraf = [[isi]];
    else if (isi.length > 0 && Array.isArray(isi[0]))
        paragraf = isi;
    else
        paragraf = [isi];
    return { paragraf, ...lain };
}
export const judul = (tingkat, s, rata) => rata
    ? { jenis: 'judul', tingkat, isi: [teks(s)], rata }
    : { jenis: 'judul', tingkat, isi: [teks(s)] };
export const paragraf = (isi, rata) => {
    const runs = typeof isi === 'string' ? [teks(isi)] : isi;
    return rata ? { jenis: 'paragraf', isi: runs, rata } : { jenis: 'paragraf', isi: runs };
};
export const daftar = (gaya, butir) => ({
    jenis: 'daftar',
    gaya,
    butir: butir.map((b) => (typeof b === 'string' ? [teks(b)] : b)),
});
/** Plain text of a run list (tests, Markdown, search). */
export function teksPolos(runs) {
    return runs.map((r) => r.teks).join('');
}
/** Every piece of text of a document, in order (tests assert on it). */
export function semuaTeks(doc) {
    const out = [];
    for (const b of doc.blok) {
        switch (b.jenis) {
            case 'judul':
            case 'paragraf':
                out.push(teksPolos(b.isi));
                break;
            case 'daftar':
                for (const i of b.butir)
                    out.push(teksPolos(i));
                break;
            case 'tabel':
                for (const row of [...b.kepala, ...b.baris])
                    for (const c of row)
                        for (const p of c.paragraf)
                            out.push(teksPolos(p));
                break;
            case 'alur':
                for (const l of b.langkah)
                    out.push(l.judul, l.rincian, l.cabang ?? '');
                break;
            case 'halamanBaru':
            case 'orientasi':
                break;
        }
    }
    return out.join('\n');
}
