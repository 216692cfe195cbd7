const HURUF = {
    pencegahan: 'A',
    perlindungan: 'B',
    rehabilitasi: 'C',
    pemberdayaan: 'D',
    pengembangan: 'E',
};
/** Which services a finding concerns, read from its reference ("Lampiran C …"); none = all offered. */
function layananOf(ref, offered) {
    const m = ref ? /Lampiran ([A-E]) /.exec(ref) : null;
    if (!m)
        return [...offered];
    const k = Object.keys(HURUF).find((x) => HURUF[x] === m[1]);
    return k ? [k] : [...offered];
}
/**
 * Status of each rule for each service. A rule applies to a service the lembaga offers when it
 * cites that service's Lampiran (or no Lampiran at all); a case rule needs cases of the service,
 * a credit rule needs credit logs. Findings of rules checked once for the whole institution
 * (`lingkup: 'lembaga'`: licence, safety, complaint procedure…) fail every service.
 */
export function complianceMatrix(report, rules, offered, konteks) {
    return rules.map((rule) => {
        const row = {};
        for (const k of Object.keys(HURUF)) {
            let applies = offered.includes(k) &&
                (rule.sections.some((s) => s.startsWith(`Lampiran ${HURUF[k]} `)) ||
                    !rule.sections.some((s) => s.startsWith('Lampiran')));
            if (rule.scope === 'kasus' && !konteks.kasusPerLayanan[k])
                applies = false;
            if (rule.ruleset.startsWith('permenpanrb') && !konteks.adaKredit)
                applies = false;
            const own = report.findings.filter((f) => f.rule === rule.id);
            const n = rule.lingkup === 'lembaga'
                ? own.length
                : own.filter((f) => layananOf(f.ref, offered).includes(k)).length;
            row[k] = { status: !applies ? 'tidak-berlaku' : n > 0 ? 'gagal' : 'lulus', n };
        }
        return { rule, row };
    });
}
/** One institution's sheet in a workbook: the matrix of every rule against every service. */
function tambahMatriks(wb, namaLembar, report, rules, offered, lembagaNama, t, konteks) {
    const ws = wb.addWorksheet(namaLembar, {
        views: [{ state: 'frozen', ySplit: 4, xSplit: 2 }],
    });
    ws.pageSetup = {
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
    };
    ws.getCell('A1').value = t('validasi.xlsxJudul', { lembaga: lembagaNama });
    ws.getCell('A1').font = { bold: true, size: 14 };
    ws.getCell('A2').value = t('validasi.xlsxTanggal', { tanggal: report.date });
    const layanan = Object.keys(HURUF);
    const header = [
        t('validasi.xlsxAturan'),
        t('validasi.xlsxRingkasan'),
        ...layanan.map((k) => `${HURUF[k]} · ${k}`),
        t('validasi.acuan'),
    ];
    const hr = ws.getRow(4);
    hr.values = header;
    hr.font = { bold: true };
    hr.alignment = { wrapText: true, vertical: 'middle' };
    ws.columns = [{ width: 30 }, { width: 60 }, ...layanan.map(() => ({ width: 14 })), { width: 50 }];
    const fills = { lulus: 'FFC6EFCE', gagal: 'FFFFC7CE', 'tidak-berlaku': 'FFEDEDED' };
    let r = 5;
    for (const { rule, row } of complianceMatrix(report, rules, offered, konteks)) {
        const x = ws.getRow(r++);
        x.values = [
            rule.id,
            rule.summary.id,
            ...layanan.map((k) => row[k].status === 'gagal'
                ? `${t('validasi.xlsxGagal')} (${row[k].n})`
                : t(`validasi.xlsx.${row[k].status}`)),
            rule.sections.join('; '),
        ];
        x.alignment = { wrapText: true, vertical: 'top' };
        layanan.forEach((k, i) => {
            x.getCell(3 + i).fill = {
                type: 'pattern',
                pattern: 'solid',
                fgColor: { argb: fills[row[k].status] },
            };
        });
    }
    ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: header.length } };
}
/** The findings behind every failure, one row each; `lembagaDari` adds an institution column. */
function tambahTemuan(wb, baris, t, denganLembaga) {
    const wf = wb.addWorksheet(t('validasi.xlsxTemuan'), { views: [{ state: 'frozen', ySplit: 1 }] });
    wf.columns = [
        ...(denganLembaga ? [{ header: t('multi.kolomNama'), width: 30 }] : []),
        { header: t('validasi.mdAturan'), width: 28 },
        { header: t('validasi.mdTingkat'), width: 11 },
        { header: t('validasi.mdPesan'), width: 70 },
        { header: t('validasi.mdBerkas'), width: 30 },
        { header: t('validasi.mdPosisi'), width: 14 },
        { header: 'Path', width: 30 },
        { header: t('validasi.acuan'), width: 45 },
        { header: t('validasi.saran'), width: 50 },
    ];
    wf.getRow(1).font = { bold: true };
    for (const { lembaga, f } of baris) {
        const row = wf.addRow([
            ...(denganLembaga ? [lembaga ?? ''] : []),
            f.rule,
            f.severity,
            f.message,
            f.file ?? '',
            f.sheet ? `${f.sheet}!${f.cell ?? ''}` : f.line ? `${f.line}:${f.column ?? 1}` : '',
            f.path ?? '',
            f.ref ?? '',
            f.hint ?? '',
        ]);
        row.alignment = { wrapText: true, vertical: 'top' };
    }
    const kolom = denganLembaga ? 9 : 8;
    wf.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: kolom } };
}
export async function renderXlsx(report, rules, offered, lembagaNama, t, konteks = { kasusPerLayanan: {}, adaKredit: false }) {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga';
    tambahMatriks(wb, t('validasi.xlsxMatriks'), report, rules, offered, lembagaNama, t, konteks);
    tambahTemuan(wb, (function* () {
        for (const f of report.findings)
            yield { f };
    })(), t, false);
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique. */
function namaLembar(s, dipakai) {
    const dasar = s
        .replace(/[[\]:*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || 'Lembaga';
    let nama = dasar;
    for (let i = 2; dipakai.has(nama.toLowerCase()); i++)
        nama = `${dasar.slice(0, 31 - String(i).length - 1)}~${i}`;
    dipakai.add(nama.toLowerCase());
    return nama;
}
/**
 * Several institutions in one workbook (a Dinas Sosial checking all its LKS): a first sheet
 * listing every institution with its counts and the name of its matrix sheet, one matrix
 * sheet per institution, and one findings sheet with the institution in the first column.
 */
export async function renderXlsxGabungan(daftar, t) {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga';
    const dipakai = new Set([
        t('multi.lembar').toLowerCase(),
        t('validasi.xlsxTemuan').toLowerCase(),
    ]);
    const ws = wb.addWorksheet(t('multi.lembar'), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [
        { header: t('multi.kolomNama'), width: 40 },
        { header: t('multi.kolomFolder'), width: 30 },
        { header: t('multi.kolomKasus'), width: 10 },
        { header: t('multi.kolomGalat'), width: 10 },
        { header: t('multi.kolomPeringatan'), width: 12 },
        { header: t('multi.kolomInfo'), width: 10 },
        { header: t('multi.kolomLembar'), width: 32 },
    ];
    ws.getRow(1).font = { bold: true };
    const lembar = daftar.map((d, i) => namaLembar(`${i + 1}. ${d.nama}`, dipakai));
    daftar.forEach((d, i) => {
        const s = d.report.summary;
        const row = ws.addRow([d.nama, d.folder, s.cases, s.errors, s.warnings, s.infos, lembar[i]]);
        row.getCell(7).value = {
            text: lembar[i],
            hyperlink: `#'${lembar[i].replace(/'/g, "''")}'!A1`,
        };
    });
    daftar.forEach((d, i) => tambahMatriks(wb, lembar[i], d.report, d.rules, d.offered, d.nama, t, d.konteks));
    tambahTemuan(wb, (function* () {
        for (const d of daftar)
            for (const f of d.report.findings)
                yield { lembaga: d.nama, f };
    })(), t, true);
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
