import { daftarJudul, selTeks } from './dokumen.js';
/** Escape a table cell: pipes, newlines, and a leading = + - @ that a spreadsheet would run (docs/pustaka.md). */
function sel(s) {
    let out = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
    if (/^[=+\-@\t\r]/.test(out) && !/^[-–]$/.test(out))
        out = "'" + out;
    return out;
}
/** A line of user text (names, city) outside a table: the same neutralising as a cell. */
const baris = (s) => sel(s);
function blok(b, bahasa, grafik) {
    switch (b.jenis) {
        case 'judul':
            return `${'#'.repeat(b.tingkat + 1)} ${b.teks}\n`;
        case 'paragraf':
            return `${b.teks}\n`;
        case 'daftar':
            return b.butir.map((x) => `- ${x}`).join('\n') + '\n';
        case 'grafik':
            return grafik.has(b.id) ? `![${b.judul}](${grafik.get(b.id)})\n\n_${b.judul}_\n` : '';
        case 'tabel': {
            const lines = [`**${b.judul}**`, ''];
            if (b.keterangan)
                lines.push(`_${b.keterangan}_`, '');
            lines.push(`| ${b.kepala.map(sel).join(' | ')} |`);
            lines.push(`| ${b.kepala.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
            b.baris.forEach((r, i) => {
                const cells = r.map((c) => sel(selTeks(c, bahasa)));
                if (b.adaTotal && i === b.baris.length - 1)
                    lines.push(`| ${cells.map((c) => `**${c}**`).join(' | ')} |`);
                else
                    lines.push(`| ${cells.join(' | ')} |`);
            });
            for (const c of b.catatan)
                lines.push('', `> ${c}`);
            return lines.join('\n') + '\n';
        }
    }
}
/** The report as Markdown. Charts appear only when `grafik` names their image file (written beside the .md). */
export function renderMarkdown(doc, bahasa, grafik = new Map()) {
    const parts = [`# ${doc.judul}\n`, `${doc.subjudul}\n`];
    const sp = doc.sampul;
    if (sp)
        parts.push([
            `_${sp.logo}_`,
            '',
            sp.tahun,
            ...(sp.disusun ? ['', baris(sp.disusun)] : []),
            '',
            sp.tanggal,
            '',
        ].join('\n'));
    if (doc.pengantar) {
        parts.push(`## ${doc.pengantar.judul}\n`, ...doc.pengantar.paragraf.map((x) => `${x}\n`));
        if (doc.pengesahan)
            parts.push(`${baris(doc.pengesahan.tempatTanggal)}  \n${baris(doc.pengesahan.jabatan)}\n`);
    }
    if (doc.daftarIsi) {
        const isi = daftarJudul(doc).map((h) => `${h.tingkat === 1 ? '' : '  '}- ${h.teks}`);
        if (doc.pengesahan)
            isi.push(`- ${doc.pengesahan.judul}`);
        parts.push(`## ${doc.daftarIsi}\n`, isi.join('\n') + '\n');
    }
    for (const bab of doc.bab)
        for (const b of bab.blok)
            parts.push(blok(b, bahasa, grafik));
    const p = doc.pengesahan;
    if (p)
        parts.push(`## ${p.judul}\n`, `${p.teks}\n`, [
            baris(p.tempatTanggal),
            baris(p.jabatan),
            '',
            '',
            `_${p.ttd}_`,
            '',
            `**${baris(p.nama)}**`,
        ].join('  \n') + '\n');
    return parts.join('\n');
}
