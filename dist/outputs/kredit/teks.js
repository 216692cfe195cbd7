/**
 * Terminal rendering of the credit report: a summary table, then per worker
 * the trace of each rule's effect and the findings. Fits 80 columns; no
 * colour from cli-table3 (it ignores NO_COLOR), colour only through `paint`.
 * No names: workers are shown by staff id; the NIP is masked.
 */
import Table from 'cli-table3';
import { JENJANG } from '../../standards/permenpanrb-2020/data.js';
import { angka } from './laporan.js';
const TABLE_STYLE = { head: [], border: [] };
/** NIP shown as its first four and last three digits. */
export function samarkanNip(nip) {
    if (!nip)
        return '–';
    if (nip.length <= 7)
        return '*'.repeat(nip.length);
    return nip.slice(0, 4) + '*'.repeat(nip.length - 7) + nip.slice(-3);
}
function lokasi(f) {
    if (f.sheet)
        return `${f.file ?? ''} ${f.sheet}!${f.cell ?? ''}`.trim();
    if (f.line !== null)
        return `${f.file ?? ''}:${f.line}:${f.column ?? 1}`;
    return f.file ?? '';
}
export function temuan(f, o) {
    const w = o.warna ?? ((_c, s) => s);
    const sev = f.severity === 'error'
        ? w('red', o.t('kredit.teks.error'))
        : f.severity === 'warning'
            ? w('yellow', o.t('kredit.teks.warning'))
            : w('cyan', o.t('kredit.teks.info'));
    const lines = [
        `  ${sev}  ${f.message}`,
        `         ${w('gray', `${f.rule} · ${f.ref ?? ''} · ${lokasi(f)}`)}`,
    ];
    if (f.hint)
        lines.push(`         ${w('gray', f.hint)}`);
    return lines.join('\n');
}
function status(p, o) {
    const w = o.warna ?? ((_c, s) => s);
    const err = p.findings.some((f) => f.severity === 'error');
    if (p.keadaan === 'kurang')
        return w('red', o.t('kredit.status.kurang'));
    if (err)
        return w('red', o.t('kredit.status.temuan'));
    if (p.keadaan === 'belum-diisi')
        return w('gray', o.t('kredit.status.belumDiisi'));
    if (p.keadaan === 'berjalan')
        return w('cyan', o.t('kredit.status.berjalan'));
    return w('green', o.t('kredit.status.memenuhi'));
}
function ringkasan(l, o) {
    const { t, bahasa } = o;
    const table = new Table({
        head: [
            t('kredit.kol.staf'),
            t('kredit.kol.jenjang'),
            t('kredit.kol.target'),
            t('kredit.kol.klaim'),
            t('kredit.kol.diakui'),
            t('kredit.kol.selisih'),
            t('kredit.kol.status'),
        ],
        colWidths: [11, 14, 8, 8, 8, 9, 13],
        wordWrap: true,
        style: TABLE_STYLE,
    });
    for (const p of l.pegawai) {
        table.push([
            p.staf,
            JENJANG[p.jenjang].label.replace('Pekerja Sosial ', ''),
            angka(p.target?.nilai, bahasa),
            angka(p.klaim.utama, bahasa),
            angka(p.diakui.utama, bahasa),
            // An unfilled row has no shortfall yet: no margin to show.
            p.keadaan === 'belum-diisi' ? '–' : angka(p.selisihTarget, bahasa, true),
            status(p, o),
        ]);
    }
    return table.toString();
}
function rincian(p, o) {
    const { t, bahasa } = o;
    const w = o.warna ?? ((_c, s) => s);
    const out = [];
    out.push(w('bold', t('kredit.teks.judulPegawai', {
        staf: p.staf,
        jenjang: JENJANG[p.jenjang].label,
        golongan: p.golongan ?? '–',
        nip: samarkanNip(p.nip),
    })));
    const table = new Table({
        head: [
            t('kredit.kol.langkah'),
            t('kredit.kol.utama'),
            t('kredit.kol.penunjang'),
            t('kredit.kol.pp'),
            t('kredit.kol.total'),
            t('kredit.kol.perubahan'),
        ],
        colWidths: [27, 9, 9, 10, 9, 9],
        wordWrap: true,
        style: TABLE_STYLE,
    });
    for (const s of p.langkah) {
        table.push([
            t(`kredit.langkah.${s.kunci}`) + (s.bagian ? ` (${s.bagian})` : ''),
            angka(s.nilai.utama, bahasa),
            angka(s.nilai.penunjang, bahasa),
            angka(s.nilai['pengembangan-profesi'], bahasa),
            angka(s.total, bahasa),
            s.kunci === 'klaim' ? '' : angka(s.selisih, bahasa, true),
        ]);
    }
    out.push(table.toString());
    if (p.target) {
        out.push(t('kredit.teks.target', {
            target: angka(p.target.nilai, bahasa),
            bagian: p.target.bagian,
            batas: angka(p.batasCapaian, bahasa),
            diakui: angka(p.diakui.utama, bahasa),
            selisih: angka(p.selisihTarget, bahasa, true),
        }));
    }
    out.push(t('kredit.teks.total', { total: angka(p.diakui.total, bahasa) }));
    if (p.penunjang.batas !== null) {
        out.push(t('kredit.teks.penunjang', {
            batas: angka(p.penunjang.batas, bahasa),
            sebelumnya: angka(p.penunjang.sebelumnya, bahasa),
            sisa: angka(p.penunjang.sisa, bahasa),
        }));
    }
    if (p.kumulatif.ambangPangkat !== null) {
        out.push(t('kredit.teks.kumulatif', {
            total: angka(p.kumulatif.total, bahasa),
            ambang: angka(p.kumulatif.ambangPangkat, bahasa),
            sumber: p.ambang.sumber ? ` (${p.ambang.sumber})` : '',
        }));
    }
    if (p.kumulatif.ambangJenjang !== null) {
        out.push(t('kredit.teks.kumulatifJenjang', {
            total: angka(p.kumulatif.total, bahasa),
            ambang: angka(p.kumulatif.ambangJenjang, bahasa),
        }));
    }
    if (p.pengembanganProfesi) {
        out.push(t('kredit.teks.pengembanganProfesi', {
            total: angka(p.pengembanganProfesi.total, bahasa),
            minimal: angka(p.pengembanganProfesi.minimal, bahasa),
            bagian: p.pengembanganProfesi.bagian,
        }));
    }
    if (p.findings.length)
        out.push(...p.findings.map((f) => temuan(f, o)));
    return out.join('\n');
}
/** The whole report as terminal text. */
export function renderKreditTeks(l, o) {
    const { t } = o;
    const parts = [t('kredit.teks.judul', { tahun: l.tahun, ruleset: l.ruleset.judul })];
    if (l.pegawai.length)
        parts.push(ringkasan(l, o));
    for (const p of l.pegawai)
        parts.push(rincian(p, o));
    if (l.temuanUmum.length)
        parts.push([t('kredit.teks.temuanUmum'), ...l.temuanUmum.map((f) => temuan(f, o))].join('\n'));
    parts.push(teksRingkasan(l, t));
    return parts.join('\n\n') + '\n';
}
/** The closing count line (also printed on stderr by the command when the report goes elsewhere). */
export function teksRingkasan(l, t) {
    const r = l.ringkasan;
    const lainnya = (r.belumDiisi ? t('kredit.teks.ringkasanBelumDiisi', { n: r.belumDiisi }) : '') +
        (r.berjalan ? t('kredit.teks.ringkasanBerjalan', { n: r.berjalan }) : '');
    return t('kredit.teks.ringkasan', {
        pegawai: r.pegawai,
        memenuhi: r.memenuhi,
        kurang: r.kurang,
        lainnya,
        errors: r.errors,
        warnings: r.warnings,
        infos: r.infos,
    });
}
