function inline(runs) {
    return runs
        .map((r) => {
        if (r.penanda)
            return r.teks + ' ';
        const s = r.teks.replace(/([*_`\\])/g, '\\$1');
        if (!s.trim())
            return s;
        const lead = s.match(/^\s*/)[0];
        const trail = s.match(/\s*$/)[0];
        const core = s.trim();
        if (r.tebal && !r.isian)
            return `${lead}**${core}**${trail}`;
        if (r.miring)
            return `${lead}*${core}*${trail}`;
        return s;
    })
        .join('');
}
function selTeks(c) {
    const s = c.paragraf
        .map((p) => inline(p))
        .filter((x) => x.trim() !== '')
        .join('<br>')
        .replace(/\|/g, '\\|')
        .replace(/\n/g, '<br>');
    return /^[=+\-@]/.test(s) ? '\\' + s : s;
}
/** Multi-row headers flattened per column: a spanned header prefixes the columns under it ("Mutu baku: Waktu"). */
function kopDatar(rows, ncol) {
    const cols = Array.from({ length: ncol }, () => []);
    const tertutup = rows.map(() => new Set());
    rows.forEach((row, r) => {
        let col = 0;
        for (const c of row) {
            while (tertutup[r].has(col))
                col++;
            const span = c.rentang ?? 1;
            const rspan = c.rentangBaris ?? 1;
            for (let dr = 0; dr < rspan && r + dr < rows.length; dr++)
                for (let k = 0; k < span; k++)
                    tertutup[r + dr].add(col + k);
            const s = selTeks({ paragraf: c.paragraf.map((p) => p.map((x) => ({ teks: x.teks }))) });
            for (let k = 0; k < span && col + k < ncol; k++)
                if (s && !cols[col + k].includes(s))
                    cols[col + k].push(s);
            col += span;
        }
    });
    return cols.map((c) => c.join(': '));
}
/** Lay the rows out on a grid honouring column and row spans; covered cells are empty. */
function grid(rows, ncol) {
    const out = rows.map(() => Array.from({ length: ncol }, () => ''));
    const tertutup = rows.map(() => new Set());
    rows.forEach((row, r) => {
        let col = 0;
        for (const c of row) {
            while (tertutup[r].has(col))
                col++;
            const span = c.rentang ?? 1;
            const rspan = c.rentangBaris ?? 1;
            for (let dr = 0; dr < rspan && r + dr < rows.length; dr++)
                for (let k = 0; k < span; k++)
                    tertutup[r + dr].add(col + k);
            if (col < ncol)
                out[r][col] = selTeks(c);
            col += span;
        }
    });
    return out;
}
function tabel(b) {
    const ncol = b.kolom.length;
    if (!b.garis) {
        // Layout tables (decree preamble, signature): label and content as plain lines.
        const lines = [];
        for (const row of b.baris) {
            const cells = row.map((c) => c.paragraf.map((p) => inline(p)).filter((x) => x.trim() !== ''));
            if (cells.length >= 3 && cells[1].join('') === ':') {
                lines.push(`**${cells[0].join(' ').replace(/\*\*/g, '')}:**`, '');
                for (const c of cells.slice(2))
                    for (const p of c)
                        lines.push(p + '  ');
                lines.push('');
            }
            else {
                const all = cells.flat();
                if (all.length)
                    lines.push(...all.map((p) => p + '  '), '');
            }
        }
        return lines.join('\n');
    }
    // A title row spanning the whole table (the SOP header block) becomes a paragraph above it.
    const judulBaris = b.kepala.filter((r) => r.length === 1 && (r[0].rentang ?? 1) >= ncol);
    const kepalaBiasa = b.kepala.filter((r) => !judulBaris.includes(r));
    const judulTeks = judulBaris
        .flatMap((r) => r[0].paragraf.map((p) => inline(p)))
        .filter((x) => x.trim());
    const header = kopDatar(kepalaBiasa, ncol);
    const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
    for (const row of grid(b.baris, ncol))
        lines.push(`| ${row.join(' | ')} |`);
    const atas = judulTeks.length ? judulTeks.map((x) => x + '  ').join('\n') + '\n\n' : '';
    return atas + lines.join('\n') + '\n';
}
/** Render a document to Markdown text. */
export function renderMarkdown(doc) {
    const out = [];
    for (const b of doc.blok) {
        switch (b.jenis) {
            case 'judul':
                out.push(`${'#'.repeat(b.tingkat)} ${inline(b.isi).replace(/\*\*/g, '')}`, '');
                break;
            case 'paragraf': {
                const s = inline(b.isi);
                if (s.trim())
                    out.push(s, '');
                break;
            }
            case 'daftar':
                b.butir.forEach((item, i) => {
                    const mark = b.gaya === 'angka'
                        ? `${i + 1}.`
                        : b.gaya === 'huruf'
                            ? `- ${String.fromCharCode(97 + (i % 26))}.`
                            : '-';
                    out.push(`${mark} ${inline(item)}`);
                });
                out.push('');
                break;
            case 'tabel':
                out.push(tabel(b));
                break;
            case 'alur':
                b.langkah.forEach((l, i) => {
                    out.push(`> **${l.judul}** — ${l.rincian}`);
                    if (l.cabang)
                        out.push('>', `> *${l.cabang}*`);
                    if (i < b.langkah.length - 1)
                        out.push('>', '> ↓', '>');
                });
                out.push('');
                break;
            case 'halamanBaru':
                out.push('---', '');
                break;
            case 'orientasi':
                break;
        }
    }
    return (out
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n');
}
