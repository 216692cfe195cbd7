/**
 * The credit report of a year from 2023 on (conversion of the performance
 * rating, PermenPANRB 1/2023 and PerBKN 3/2023): per worker the periods with
 * their AK ("Konversi Predikat Kinerja ke Angka Kredit") and the cumulative AK
 * toward the next pangkat and jenjang ("Akumulasi Angka Kredit"). Data, then
 * the three renderers (teks, JSON, xlsx). The NIP is masked unless asked.
 */
import Table from 'cli-table3';
import { SEVERITY_ORDER, findingKontrak } from '../../core/finding.js';
import { hitungKonversi } from '../../standards/permenpanrb-2023/hitung.js';
import { LABEL_PREDIKAT } from '../../standards/permenpanrb-2023/tabel.js';
import { RULESET_ID_2023, RULESET_JUDUL_2023 } from '../../standards/permenpanrb-2023/rules.js';
import { JENJANG, formatAngka } from '../../standards/permenpanrb-2020/data.js';
import { samarkanNip, temuan } from './teks.js';
const milik = (f, file, index) => f.file === file &&
    typeof f.path === 'string' &&
    (f.path === `/pegawai/${index}` || f.path.startsWith(`/pegawai/${index}/`));
export function buildLaporanKonversi(logs, findings, opts) {
    const hasil = hitungKonversi(logs, opts.tahun, opts.tabel).find((h) => h.tahun === opts.tahun);
    const files = logs.filter((l) => l.log.tahun === opts.tahun).map((l) => l.file);
    const used = new Set();
    const pegawai = [];
    for (const p of hasil?.pegawai ?? []) {
        const file = p.file;
        const mine = findings.filter((f) => milik(f, file, p.index));
        mine.forEach((f) => used.add(f));
        pegawai.push({
            ...p,
            findings: [...mine].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
        });
    }
    const loaded = new Set(logs.map((l) => l.file));
    const temuanUmum = findings.filter((f) => !used.has(f) && (f.file === null || files.includes(f.file) || !loaded.has(f.file)));
    const all = [...pegawai.flatMap((p) => p.findings), ...temuanUmum];
    return {
        tahun: opts.tahun,
        tanggal: opts.tanggal,
        ruleset: { id: RULESET_ID_2023, judul: RULESET_JUDUL_2023 },
        tabel: opts.tabel,
        pegawai,
        temuanUmum,
        ringkasan: {
            pegawai: pegawai.length,
            ak: Math.round(pegawai.reduce((s, p) => s + p.akTahun, 0) * 10000) / 10000,
            errors: all.filter((f) => f.severity === 'error').length,
            warnings: all.filter((f) => f.severity === 'warning').length,
            infos: all.filter((f) => f.severity === 'info').length,
        },
    };
}
const nipOf = (nip, tampilkan) => tampilkan ? (nip ?? '–') : samarkanNip(nip);
const label = (j) => (j ? (JENJANG[j]?.label ?? j) : '–');
/** "Ahli Pertama" rather than "Pekerja Sosial Ahli Pertama", for narrow tables. */
const pendek = (j) => label(j).replace(/^Pekerja Sosial /, '');
const periodeTeks = (dari, sampai) => `${dari.slice(0, 7)} – ${sampai.slice(0, 7)}`;
export function ringkasKonversi(l, t, bahasa) {
    const r = l.ringkasan;
    return t('kredit.konversi.ringkasan', {
        pegawai: r.pegawai,
        ak: formatAngka(r.ak, bahasa),
        tahun: l.tahun,
        errors: r.errors,
        warnings: r.warnings,
        infos: r.infos,
    });
}
function sumberBaris(l, t) {
    const s = l.tabel.sumber;
    const out = s.persentase === s.koefisien && s.koefisien === s.ambang
        ? [t('kredit.konversi.sumberSatu', { sumber: s.ambang })]
        : [t('kredit.konversi.sumberTabel', s)];
    if (l.tabel.override)
        out.push(t('kredit.konversi.override', {
            file: l.tabel.override.file,
            bagian: l.tabel.override.bagian.join(', '),
        }));
    return out;
}
export function renderKonversiTeks(l, o) {
    const { t, bahasa } = o;
    const n = (x) => formatAngka(x, bahasa);
    const parts = [
        t('kredit.teks.judul', { tahun: l.tahun, ruleset: l.ruleset.judul }),
        sumberBaris(l, t).join('\n'),
    ];
    if (l.pegawai.length) {
        const a = new Table({
            head: [
                'kolStaf',
                'kolJenjang',
                'kolGolongan',
                'kolPeriode',
                'kolBulan',
                'kolPredikat',
                'kolPersen',
                'kolKoefisien',
                'kolAk',
            ].map((k) => t(`kredit.konversi.${k}`)),
            style: { head: [], border: [] },
        });
        for (const p of l.pegawai)
            for (const x of p.periode)
                a.push([
                    p.staf,
                    pendek(x.jenjang),
                    x.golongan ?? '–',
                    periodeTeks(x.dari, x.sampai),
                    String(x.bulan),
                    x.predikat ? LABEL_PREDIKAT[x.predikat] : '–',
                    n(x.persen),
                    n(x.koefisien),
                    n(x.ak),
                ]);
        parts.push(`${t('kredit.konversi.judulKonversi')}\n${a.toString()}`);
        const b = new Table({
            head: [
                'kolStaf',
                'kolNip',
                'kolTahunIni',
                'kolKumPangkat',
                'kolAmbangPangkat',
                'kolKurangPangkat',
                'kolKumJenjang',
                'kolAmbangJenjang',
                'kolKurangJenjang',
            ].map((k) => t(`kredit.konversi.${k}`)),
            style: { head: [], border: [] },
        });
        for (const p of l.pegawai) {
            const k = p.akumulasi;
            b.push([
                p.staf,
                nipOf(p.nip, Boolean(o.tampilkanNip)),
                n(p.akTahun),
                n(k.pangkat),
                n(k.ambangPangkat),
                n(k.kurangPangkat),
                n(k.jenjang),
                n(k.ambangJenjang),
                n(k.kurangJenjang),
            ]);
        }
        parts.push(`${t('kredit.konversi.judulAkumulasi')}\n${b.toString()}`);
        for (const p of l.pegawai) {
            const k = p.akumulasi;
            const lines = [
                `${p.staf} · ${label(p.jenjang)} · ${p.golongan ?? '–'}: ${t('kredit.konversi.kolAwal')} ${n(k.awal.pangkat)}${k.integrasi ? ` (${t('kredit.konversi.kolIntegrasi')} ${n(k.integrasi)})` : ''}; ${t('kredit.konversi.kolPengembangan')}: ${k.pengembanganWajib ? t('kredit.konversi.ppWajib', { ke: label(k.jenjangBerikut) }) : t('kredit.konversi.ppTidak')}`,
                ...p.findings.map((f) => temuan(f, o)),
            ];
            parts.push(lines.join('\n'));
        }
    }
    if (l.temuanUmum.length)
        parts.push([t('kredit.teks.temuanUmum'), ...l.temuanUmum.map((f) => temuan(f, o))].join('\n'));
    parts.push(ringkasKonversi(l, t, bahasa));
    return parts.join('\n\n') + '\n';
}
/** The docs/kontrak-cli.md finding fields only (drops internal helpers such as `staf`). */
const bersih = findingKontrak;
export function renderKonversiJson(l, opts) {
    const doc = {
        tool: { name: 'lembaga', version: opts.version },
        date: l.tanggal,
        tahun: l.tahun,
        metode: 'konversi-predikat-kinerja',
        ruleset: l.ruleset,
        tabel: { sumber: l.tabel.sumber, override: l.tabel.override },
        summary: l.ringkasan,
        pegawai: l.pegawai.map((p) => ({
            staf: p.staf,
            nip: opts.tampilkanNip ? p.nip : p.nip ? samarkanNip(p.nip) : null,
            file: p.file,
            jenjang: p.jenjang,
            golongan: p.golongan,
            periode: p.periode.map((x) => ({
                dari: x.dari,
                sampai: x.sampai,
                bulan: x.bulan,
                jenjang: x.jenjang,
                golongan: x.golongan,
                predikat: x.predikat,
                persen: x.persen,
                koefisien: x.koefisien,
                ak: x.ak,
                kenaikan: x.kenaikan,
            })),
            akTahun: p.akTahun,
            akumulasi: p.akumulasi,
            findings: p.findings.map(bersih),
        })),
        findings: l.temuanUmum.map(bersih),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** The two sheets a kepegawaian officer recognises, plus the findings. */
export async function renderKonversiXlsx(l, o) {
    const { t } = o;
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga';
    wb.created = new Date(Date.UTC(2020, 0, 1));
    wb.modified = wb.created;
    const bold = { bold: true };
    const head = (ws, row, keys) => {
        keys.forEach((k, i) => {
            const c = ws.getRow(row).getCell(i + 1);
            c.value = t(`kredit.konversi.${k}`);
            c.font = bold;
            c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
        });
    };
    const intro = (ws, judul) => {
        ws.getCell('A1').value = `${judul.toUpperCase()} — ${l.tahun}`;
        ws.getCell('A1').font = { bold: true, size: 13 };
        ws.getCell('A2').value = sumberBaris(l, t).join(' ');
    };
    const k1 = wb.addWorksheet('Konversi');
    intro(k1, t('kredit.konversi.judulKonversi'));
    const kol1 = [
        'kolStaf',
        'kolNip',
        'kolJenjang',
        'kolGolongan',
        'kolPeriode',
        'kolBulan',
        'kolPredikat',
        'kolPersen',
        'kolKoefisien',
        'kolAk',
    ];
    head(k1, 4, kol1);
    k1.columns = kol1.map((_, i) => ({ width: [10, 22, 26, 8, 20, 8, 16, 8, 11, 10][i] }));
    let r = 5;
    for (const p of l.pegawai)
        for (const x of p.periode) {
            k1.getRow(r).values = [
                p.staf,
                nipOf(p.nip, Boolean(o.tampilkanNip)),
                label(x.jenjang),
                x.golongan ?? '',
                periodeTeks(x.dari, x.sampai),
                x.bulan,
                x.predikat ? LABEL_PREDIKAT[x.predikat] : String(''),
                x.persen ?? '',
                x.koefisien ?? '',
                x.ak ?? '',
            ];
            k1.getRow(r).getCell(10).numFmt = '0.000';
            r++;
        }
    const k2 = wb.addWorksheet('Akumulasi');
    intro(k2, t('kredit.konversi.judulAkumulasi'));
    const kol2 = [
        'kolStaf',
        'kolNip',
        'kolJenjang',
        'kolGolongan',
        'kolAwal',
        'kolIntegrasi',
        'kolTahunIni',
        'kolKumPangkat',
        'kolAmbangPangkat',
        'kolKurangPangkat',
        'kolKumJenjang',
        'kolAmbangJenjang',
        'kolKurangJenjang',
        'kolPengembangan',
    ];
    head(k2, 4, kol2);
    k2.columns = kol2.map((_, i) => ({ width: i === 2 ? 26 : i === 1 ? 22 : i === 13 ? 30 : 12 }));
    r = 5;
    for (const p of l.pegawai) {
        const k = p.akumulasi;
        k2.getRow(r).values = [
            p.staf,
            nipOf(p.nip, Boolean(o.tampilkanNip)),
            label(p.jenjang),
            p.golongan ?? '',
            k.awal.pangkat,
            k.integrasi,
            p.akTahun,
            k.pangkat,
            k.ambangPangkat ?? '–',
            k.kurangPangkat ?? '–',
            k.jenjang,
            k.ambangJenjang ?? '–',
            k.kurangJenjang ?? '–',
            k.pengembanganWajib
                ? t('kredit.konversi.ppWajib', { ke: label(k.jenjangBerikut) })
                : t('kredit.konversi.ppTidak'),
        ];
        r++;
    }
    const k3 = wb.addWorksheet('Temuan');
    const all = [...l.pegawai.flatMap((p) => p.findings), ...l.temuanUmum];
    k3.getRow(1).values = ['Aturan', 'Tingkat', 'Pesan', 'Lokasi', 'Acuan'];
    k3.getRow(1).font = bold;
    all.forEach((f, i) => {
        k3.getRow(i + 2).values = [
            f.rule,
            f.severity,
            f.message,
            f.sheet
                ? `${f.sheet}!${f.cell ?? ''}`
                : f.line !== null
                    ? `${f.file}:${f.line}`
                    : (f.file ?? ''),
            f.ref ?? '',
        ];
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
