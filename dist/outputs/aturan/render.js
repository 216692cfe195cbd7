import { LAYANAN_KEYS } from '../../standards/types.js';
import { mdCell } from '../findings/render.js';
export function regulasiJson(r, tanggal) {
    return {
        id: r.id,
        singkat: r.singkat,
        area: r.area,
        berlaku: r.berlaku,
        dicabut: r.dicabut ?? null,
        status: r.berlaku > tanggal
            ? 'belum-berlaku'
            : r.dicabut && r.dicabut.sejak <= tanggal
                ? 'dicabut'
                : 'berlaku',
        digantikan: (r.digantikan ?? []).map((d) => ({
            bagian: d.bagian,
            oleh: d.oleh,
            sejak: d.sejak,
            berlakuPadaTanggal: d.sejak <= tanggal,
        })),
    };
}
/** The regulation section of `lembaga aturan` (teks): in force, replaced parts, not yet in force. */
export function renderRegulasiTeks(k, tanggal, t, bahasa) {
    const nama = (id) => [...k.berlaku, ...k.belumBerlaku, ...k.dicabut].find((r) => r.id === id)?.singkat ?? id;
    const lines = [t('aturan.regulasiJudul', { tanggal }), `  ${t('aturan.regulasiBerlaku')}:`];
    for (const r of k.berlaku)
        lines.push(`    - ${r.singkat} (${t('aturan.regulasiSejak', { tanggal: r.berlaku })}): ${r.catatan[bahasa]}`);
    if (k.digantikan.length) {
        lines.push(`  ${t('aturan.regulasiDiganti')}:`);
        for (const d of k.digantikan)
            lines.push(`    - ${d.dari.singkat} ${d.bagian}: ${t('aturan.regulasiOleh', { oleh: nama(d.oleh), tanggal: d.sejak })}`);
    }
    if (k.dicabut.length) {
        lines.push(`  ${t('aturan.regulasiDicabut')}:`);
        for (const r of k.dicabut)
            lines.push(`    - ${r.singkat}: ${t('aturan.regulasiOleh', { oleh: nama(r.dicabut.oleh), tanggal: r.dicabut.sejak })}`);
    }
    if (k.belumBerlaku.length) {
        lines.push(`  ${t('aturan.regulasiBelum')}:`);
        for (const r of k.belumBerlaku)
            lines.push(`    - ${r.singkat} (${t('aturan.regulasiSejak', { tanggal: r.berlaku })})`);
    }
    return lines.join('\n') + '\n';
}
export function aturanJson(rules, bahasa, regulasi) {
    return rules.map((r) => {
        const reg = regulasi?.linimasa.find((x) => x.id === r.ruleset);
        return {
            id: r.id,
            severity: r.severity,
            ruleset: r.ruleset,
            ref: r.ref(),
            sections: r.sections,
            summary: r.summary[bahasa],
            ...(regulasi ? { regulasi: reg ? regulasiJson(reg, regulasi.tanggal) : null } : {}),
        };
    });
}
/** Rows for a table: id, severity, ruleset, sections (shortened), summary. */
export function ringkasSections(sections) {
    // "Lampiran A 2.3.2 a; Lampiran B 2.3.2 a; …" → "A–E 2.3.2 a" when every service shares the numbering.
    const byRest = new Map();
    const other = [];
    for (const s of sections) {
        const m = /^Lampiran ([A-E]) (.+)$/.exec(s);
        if (!m) {
            other.push(s);
            continue;
        }
        const list = byRest.get(m[2]) ?? [];
        list.push(m[1]);
        byRest.set(m[2], list);
    }
    const parts = [...byRest].map(([rest, letters]) => `${letters.join('') === 'ABCDE' ? 'A–E' : letters.join(',')} ${rest}`);
    return [...parts, ...other].join('; ');
}
/** Clauses no rule checks, with the reason (issue 12): shown under the rule table so the coverage is visible. */
export function renderTidakDiperiksa(list, t, bahasa) {
    if (list.length === 0)
        return '';
    const lines = ['', `${t('aturan.tidakDiperiksa')}:`];
    for (const x of list)
        lines.push(`  - [${x.ruleset}] ${ringkasSections(x.sections)}: ${x.judul[bahasa]}`, `      ${x.alasan[bahasa]}`);
    return lines.join('\n') + '\n';
}
/** The README's rule table (generated; a test fails when the README is stale). */
export function renderRuleTableMarkdown(rules) {
    const lines = ['| Aturan | Tingkat | Bagian yang ditegakkan | Ringkasan |', '|---|---|---|---|'];
    for (const r of rules)
        lines.push(`| \`${r.id}\` | ${r.severity} | ${mdCell(ringkasSections(r.sections))} | ${mdCell(r.summary.id)} |`);
    return lines.join('\n') + '\n';
}
/** Every catalogue item of a service with its section, to quote the regulation's own words. */
function itemsOf(s) {
    return [
        ...(s.pemohon?.keys ?? []),
        ...s.sk,
        ...s.kegiatan,
        ...s.terminasi.syarat,
        ...s.faktorTarif,
        ...s.produk,
        ...s.pengaduan.jenis,
        ...s.pengaduan.saluran,
        ...s.pengaduan.prosedur,
        ...s.dasarHukum,
        ...s.fasilitas,
        ...s.peralatan,
        ...s.kompetensi.pekerjaSosial,
        ...s.kompetensi.supervisor,
        ...s.kompetensi.pelaksanaLain,
        ...s.pengawasan.aspek,
        ...s.jaminan.pekerja,
        ...s.jaminan.lembaga,
        ...s.keselamatan.gedung,
        ...s.keselamatan.pelaksana,
        ...s.evaluasiKinerja,
    ];
}
const same = (a, b) => a.angka === b.angka && (a.huruf ?? '') === (b.huruf ?? '') && (a.butir ?? '') === (b.butir ?? '');
/** The text of the clauses a rule enforces, as the catalogue quotes them (first service that has each). */
export function teksRegulasi(rule, standar, bahasa) {
    const out = [];
    for (const sec of rule.sections) {
        const m = /^Lampiran ([A-E]) (\S+)(?: (\S+))?(?: (\S+))?$/.exec(sec);
        if (!m)
            continue;
        const k = LAYANAN_KEYS.find((x) => standar[x].huruf === m[1]);
        const b = {
            angka: m[2],
            ...(m[3] ? { huruf: m[3] } : {}),
            ...(m[4] ? { butir: m[4] } : {}),
        };
        const item = itemsOf(standar[k]).find((i) => same(i.bagian, b));
        if (item) {
            const line = `${sec}: ${bahasa === 'en' ? item.labelEn : item.label}${item.catatan ? ` [${item.catatan}]` : ''}`;
            if (!out.some((x) => x.endsWith(line.slice(sec.length))))
                out.push(line);
        }
    }
    return out;
}
function contohBaris(set) {
    if (set.length === 0)
        return ['  (tanpa perubahan)'];
    return set.map(([ptr, v]) => {
        const p = ptr
            .slice(1)
            .split('/')
            .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
            .join('')
            .replace(/^\./, '');
        return `  ${p}: ${v === undefined ? '(dihapus)' : JSON.stringify(v)}`;
    });
}
export function renderAturanDetail(rule, standar, t, bahasa) {
    const lines = [
        `${rule.id}  (${rule.severity}, ${rule.ruleset})`,
        '',
        rule.summary[bahasa],
        '',
        `${t('aturan.bagian')}:`,
        ...rule.sections.map((s) => `  - ${s}`),
        '',
    ];
    const teks = teksRegulasi(rule, standar, bahasa);
    if (teks.length)
        lines.push(`${t('aturan.teks')}:`, ...teks.map((x) => `  ${x}`), '');
    lines.push(`${t('aturan.cara')}:`, `  ${rule.doc[bahasa]}`, '');
    lines.push(`${t('aturan.contohGagal')}: ${rule.contoh.gagal.judul}`, ...contohBaris(rule.contoh.gagal.set), '');
    lines.push(`${t('aturan.contohLulus')}: ${rule.contoh.lulus.judul}`, ...contohBaris(rule.contoh.lulus.set), '');
    // Boundary examples: each failing one with the findings (message, place) it must give.
    for (const ex of rule.contoh.batas?.gagal ?? [])
        lines.push(`${t('aturan.contohBatasGagal')}: ${ex.judul}`, ...contohBaris([...(ex.lembaga ?? []), ...ex.set]), ...(ex.temuan ?? []).map((f) => `  → ${f.lokasi}  ${f.pesan}`), '');
    for (const ex of rule.contoh.batas?.lulus ?? [])
        lines.push(`${t('aturan.contohBatasLulus')}: ${ex.judul}`, ...contohBaris([...(ex.lembaga ?? []), ...ex.set]), '');
    lines.push(t(rule.scope === 'kasus' ? 'aturan.dasarContohKasus' : 'aturan.dasarContoh'));
    return lines.join('\n') + '\n';
}
