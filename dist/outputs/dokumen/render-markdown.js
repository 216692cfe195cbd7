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
/** Text made safe for a table cell or a line of its own: pipes, line breaks, a leading formula sign. */
function aman(s) {
    const x = s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
    return /^[=+\-@]/.test(x) ? '\\' + x : x;
}
/** A line of plain text (names, places) outside a table. */
const baris = (s) => aman(inline([{ teks: s }]));
function selTeks(c) {
    return aman(c.paragraf
        .map((p) => inline(p))
        .filter((x) => x.trim() !== '')
        .join('<br>'));
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
/** Layout tables (decree preamble, signature): label and content as plain lines. */
function tabelTata(b) {
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
const GARIS_RATA = {
    kiri: '---',
    tengah: ':---:',
    kanan: '---:',
    penuh: '---',
};
function tabel(b) {
    if (!b.garis)
        return tabelTata(b);
    const ncol = b.kolom.length;
    // A title row spanning the whole table (the SOP header block) becomes a paragraph above it.
    const judulBaris = b.kepala.filter((r) => r.length === 1 && (r[0].rentang ?? 1) >= ncol);
    const kepalaBiasa = b.kepala.filter((r) => !judulBaris.includes(r));
    const judulTeks = judulBaris
        .flatMap((r) => r[0].paragraf.map((p) => inline(p)))
        .filter((x) => x.trim());
    const header = kopDatar(kepalaBiasa, ncol);
    const rata = header.map((_, i) => GARIS_RATA[b.rataKolom?.[i] ?? 'kiri']);
    const lines = [`| ${header.join(' | ')} |`, `| ${rata.join(' | ')} |`];
    grid(b.baris, ncol).forEach((row, i) => {
        const jumlah = b.baris[i][0]?.jumlah;
        lines.push(`| ${(jumlah ? row.map((c) => `**${c}**`) : row).join(' | ')} |`);
    });
    const atas = [
        ...(b.judul ? [`**${b.judul}**`, ''] : []),
        ...(b.keterangan ? [`_${b.keterangan}_`, ''] : []),
        ...(judulTeks.length ? [judulTeks.map((x) => x + '  ').join('\n'), ''] : []),
    ];
    const bawah = (b.catatan ?? []).flatMap((c) => ['', `> ${c}`]);
    return [...atas, ...lines, ...bawah].join('\n') + '\n';
}
/** The cover as Markdown: the title heading, the subtitle, the logo slot, year, author and date. */
function sampul(b) {
    return [
        `# ${b.judul}${b.lembaga ? ` — ${b.lembaga}` : ''}`,
        '',
        b.subjudul,
        '',
        `_${b.logo}_`,
        '',
        b.tahun,
        '',
        ...(b.disusun ? [baris(b.disusun), ''] : []),
        b.tanggal,
        '',
    ];
}
function tandaTangan(b) {
    if (b.nama === undefined)
        return [`${baris(b.tempatTanggal)}  \n${baris(b.jabatan)}`, ''];
    const lines = [baris(b.tempatTanggal), baris(b.jabatan), '', '', `_${b.ruang ?? ''}_`, ''];
    return [[...lines, `**${baris(b.nama)}**`].join('  \n'), ''];
}
function alur(b) {
    const out = [];
    b.langkah.forEach((l, i) => {
        out.push(`> **${l.judul}** — ${l.rincian}`);
        if (l.cabang)
            out.push('>', `> *${l.cabang}*`);
        if (i < b.langkah.length - 1)
            out.push('>', '> ↓', '>');
    });
    return [...out, ''];
}
function daftar(b) {
    const out = b.butir.map((item, i) => {
        const mark = b.gaya === 'angka'
            ? `${i + 1}.`
            : b.gaya === 'huruf'
                ? `- ${String.fromCharCode(97 + (i % 26))}.`
                : '-';
        return `${mark} ${inline(item)}`;
    });
    return [...out, ''];
}
/** The lines of one block; `geser` moves headings one level down under a cover's title. */
function blokMarkdown(b, geser) {
    switch (b.jenis) {
        case 'judul':
            return [`${'#'.repeat(b.tingkat + geser)} ${inline(b.isi).replace(/\*\*/g, '')}`, ''];
        case 'paragraf': {
            const s = inline(b.isi);
            return s.trim() ? [s, ''] : [];
        }
        case 'daftar':
            return daftar(b);
        case 'tabel':
            return [tabel(b)];
        case 'alur':
            return alur(b);
        case 'gambar':
            return b.berkas ? [`![${b.judul}](${b.berkas})`, '', `_${b.judul}_`, ''] : [];
        case 'sampul':
            return sampul(b);
        case 'daftarIsi':
            return [...b.entri.map((e) => `${e.tingkat === 1 ? '' : '  '}- ${baris(e.teks)}`), ''];
        case 'tandaTangan':
            return tandaTangan(b);
        case 'halamanBaru':
            return ['---', ''];
        case 'orientasi':
            return [];
    }
}
/** Render a document to Markdown text. */
export function renderMarkdown(doc) {
    const geser = doc.blok.some((b) => b.jenis === 'sampul') ? 1 : 0;
    return (doc.blok
        .flatMap((b) => blokMarkdown(b, geser))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trimEnd() + '\n');
}
