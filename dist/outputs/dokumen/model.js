/**
 * The one document model of the generated documents (the SOP, the SK templates and the
 * annual report): headings, paragraphs of runs, numbered lists, tables with header rows,
 * column widths and alignments, captions and notes, images, a cover, a table of contents,
 * signatures, page breaks and blanks the institution must fill. Builders return it; the one
 * docx renderer and the one Markdown renderer (this folder) draw it. Keeping the model free
 * of `docx` types lets the builders stay pure and cheap to test.
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
/**
 * The column each cell of `rows` starts at: a cell covered by a row span from a row above is
 * absent from its row, so the next cell moves right past it. Both renderers lay tables out by it.
 */
export function posisiSel(rows) {
    const tertutup = rows.map(() => new Set());
    return rows.map((row, r) => {
        let col = 0;
        return row.map((c) => {
            while (tertutup[r].has(col))
                col++;
            const span = c.rentang ?? 1;
            for (let dr = 0; dr < (c.rentangBaris ?? 1) && r + dr < rows.length; dr++)
                for (let k = 0; k < span; k++)
                    tertutup[r + dr].add(col + k);
            const pos = { sel: c, kolom: col };
            col += span;
            return pos;
        });
    });
}
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
                if (b.judul)
                    out.push(b.judul);
                if (b.keterangan)
                    out.push(b.keterangan);
                for (const row of [...b.kepala, ...b.baris])
                    for (const c of row)
                        for (const p of c.paragraf)
                            out.push(teksPolos(p));
                out.push(...(b.catatan ?? []));
                break;
            case 'alur':
                for (const l of b.langkah)
                    out.push(l.judul, l.rincian, l.cabang ?? '');
                break;
            case 'gambar':
                out.push(b.judul);
                break;
            case 'sampul':
                out.push(b.judul, b.lembaga ?? '', b.tahun, b.subjudul, b.logo, b.disusun, b.tanggal);
                break;
            case 'daftarIsi':
                for (const e of b.entri)
                    out.push(e.teks);
                break;
            case 'tandaTangan':
                out.push(b.tempatTanggal, b.jabatan, b.ruang ?? '', b.nama ?? '');
                break;
            case 'halamanBaru':
            case 'orientasi':
                break;
        }
    }
    return out.join('\n');
}
