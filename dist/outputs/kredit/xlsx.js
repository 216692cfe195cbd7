import { JENJANG } from '../../standards/permenpanrb-2020/data.js';
import { KOLOM_AMBANG, KOLOM_KEGIATAN, KOLOM_PEGAWAI, KOLOM_PERIODE, LEMBAR, LEMBAR_PERIODE, } from '../../standards/permenpanrb-2020/kolom.js';
const BOLD = { bold: true };
const NUM = '0.000';
const HEAD_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
async function workbook() {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.creator = 'lembaga';
    // A fixed date keeps the file reproducible between runs.
    wb.created = new Date(Date.UTC(2020, 0, 1));
    wb.modified = wb.created;
    return wb;
}
function header(ws, row, titles) {
    const r = ws.getRow(row);
    titles.forEach((h, i) => {
        const c = r.getCell(i + 1);
        c.value = h;
        c.font = BOLD;
        c.fill = HEAD_FILL;
        c.alignment = { wrapText: true, vertical: 'top' };
    });
}
/** Excel sheet names: at most 31 characters, none of []:*?/\, unique. */
export function namaLembar(base, used) {
    const clean = base.replace(/[[\]:*?/\\]/g, '-').slice(0, 31) || 'Pegawai';
    let name = clean;
    for (let i = 2; used.has(name.toLowerCase()); i++)
        name = `${clean.slice(0, 28)}~${i}`;
    used.add(name.toLowerCase());
    return name;
}
/** The report workbook. */
export async function renderKreditXlsx(l, o) {
    const { t } = o;
    const wb = await workbook();
    const used = new Set();
    const sum = wb.addWorksheet(namaLembar(t('kredit.xlsx.ringkasan'), used), {
        pageSetup: {
            paperSize: 9,
            orientation: 'landscape',
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
        },
    });
    const temuanName = namaLembar(t('kredit.xlsx.temuan'), used);
    sum.getCell('A1').value = t('kredit.teks.judul', { tahun: l.tahun, ruleset: l.ruleset.judul });
    sum.getCell('A1').font = { bold: true, size: 13 };
    const heads = [
        'no',
        'staf',
        'nip',
        'kategori',
        'jenjang',
        'golongan',
        'target',
        'dasarTarget',
        'klaimUtama',
        'diakuiUtama',
        'penunjangDiakui',
        'ppDiakui',
        'totalDiakui',
        'selisih',
        'status',
        'galat',
    ];
    header(sum, 3, heads.map((h) => t(`kredit.xlsx.kol.${h}`)));
    sum.columns = [6, 12, 22, 13, 24, 10, 9, 24, 10, 10, 10, 12, 10, 10, 14, 8].map((width) => ({
        width,
    }));
    sum.views = [{ state: 'frozen', ySplit: 3 }];
    l.pegawai.forEach((p, i) => {
        const r = sum.getRow(4 + i);
        const errors = p.findings.filter((f) => f.severity === 'error').length;
        r.values = [
            i + 1,
            p.staf,
            p.nip ?? '',
            p.kategori,
            JENJANG[p.jenjang].label,
            p.golongan ?? '',
            p.target?.nilai ?? null,
            p.target?.bagian ?? '',
            p.klaim.utama,
            p.diakui.utama,
            p.diakui.penunjang,
            p.diakui['pengembangan-profesi'],
            p.diakui.total,
            p.selisihTarget,
            p.keadaan === 'kurang'
                ? t('kredit.status.kurang')
                : errors
                    ? t('kredit.status.temuan')
                    : p.keadaan === 'belum-diisi'
                        ? t('kredit.status.belumDiisi')
                        : p.keadaan === 'berjalan'
                            ? t('kredit.status.berjalan')
                            : t('kredit.status.memenuhi'),
            errors,
        ];
        r.getCell(3).numFmt = '@';
        for (const c of [7, 9, 10, 11, 12, 13, 14])
            r.getCell(c).numFmt = NUM;
    });
    for (const p of l.pegawai) {
        const ws = wb.addWorksheet(namaLembar(p.staf, used), {
            pageSetup: {
                paperSize: 9,
                orientation: 'landscape',
                fitToPage: true,
                fitToWidth: 1,
                fitToHeight: 0,
            },
        });
        ws.columns = [28, 44, 20, 10, 22, 10, 10, 24, 10].map((width) => ({ width }));
        ws.getCell('A1').value = t('kredit.xlsx.judulPegawai', { tahun: l.tahun, staf: p.staf });
        ws.getCell('A1').font = { bold: true, size: 13 };
        const info = [
            [t('kredit.xlsx.info.staf'), p.staf],
            [t('kredit.xlsx.info.nip'), p.nip ?? ''],
            [t('kredit.xlsx.info.jenjang'), JENJANG[p.jenjang].label],
            [t('kredit.xlsx.info.golongan'), [p.pangkat, p.golongan].filter(Boolean).join(' ')],
            [t('kredit.xlsx.info.pendidikan'), p.pendidikan ?? ''],
            [t('kredit.xlsx.info.target'), p.target?.nilai ?? null, p.target?.bagian],
            [t('kredit.xlsx.info.batas'), p.batasCapaian, 'Pasal 29 ayat 2'],
            [t('kredit.xlsx.info.diakuiUtama'), p.diakui.utama],
            [t('kredit.xlsx.info.selisih'), p.selisihTarget],
            [t('kredit.xlsx.info.total'), p.diakui.total],
            [
                t('kredit.xlsx.info.kumulatif'),
                p.kumulatif.ambangPangkat !== null ? p.kumulatif.total : null,
                p.kumulatif.ambangPangkat !== null ? `/ ${p.kumulatif.ambangPangkat}` : undefined,
            ],
        ];
        info.forEach(([label, value, note], i) => {
            const r = ws.getRow(3 + i);
            r.getCell(1).value = label;
            r.getCell(1).font = BOLD;
            r.getCell(2).value = value;
            if (typeof value === 'number')
                r.getCell(2).numFmt = NUM;
            if (i === 1)
                r.getCell(2).numFmt = '@';
            if (note)
                r.getCell(3).value = note;
        });
        let row = 3 + info.length + 1;
        ws.getCell(`A${row}`).value = t('kredit.xlsx.langkah');
        ws.getCell(`A${row}`).font = BOLD;
        row++;
        header(ws, row, ['langkah', 'dasar', 'utama', 'penunjang', 'pp', 'total', 'perubahan'].map((h) => t(`kredit.xlsx.kolLangkah.${h}`)));
        for (const s of p.langkah) {
            row++;
            const r = ws.getRow(row);
            r.values = [
                t(`kredit.langkah.${s.kunci}`),
                s.bagian ?? '',
                s.nilai.utama,
                s.nilai.penunjang,
                s.nilai['pengembangan-profesi'],
                s.total,
                s.kunci === 'klaim' ? null : s.selisih,
            ];
            for (const c of [3, 4, 5, 6, 7])
                r.getCell(c).numFmt = NUM;
        }
        row += 2;
        ws.getCell(`A${row}`).value = t('kredit.xlsx.kegiatan');
        ws.getCell(`A${row}`).font = BOLD;
        row++;
        header(ws, row, [
            'no',
            'uraian',
            'unsur',
            'klaim',
            'tingkat',
            'faktorTingkat',
            'faktorPenulis',
            'dasar',
            'diakui',
        ].map((h) => t(`kredit.xlsx.kolKegiatan.${h}`)));
        for (const k of p.kegiatan) {
            row++;
            const r = ws.getRow(row);
            r.values = [
                k.index + 1,
                k.uraian,
                k.unsur,
                k.klaim,
                k.tingkat,
                k.faktorTingkat,
                k.faktorPenulis,
                [k.bagianTingkat, k.bagianPenulis].filter(Boolean).join('; '),
                k.diakui,
            ];
            r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
            for (const c of [4, 6, 7, 9])
                r.getCell(c).numFmt = NUM;
        }
        if (p.findings.length) {
            row += 2;
            ws.getCell(`A${row}`).value = t('kredit.xlsx.temuan');
            ws.getCell(`A${row}`).font = BOLD;
            row++;
            header(ws, row, ['tingkat', 'aturan', 'pesan', 'rujukan'].map((h) => t(`kredit.xlsx.kolTemuan.${h}`)));
            for (const f of p.findings) {
                row++;
                const r = ws.getRow(row);
                r.values = [f.severity, f.rule, f.message, f.ref ?? ''];
                r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
            }
        }
    }
    const tem = wb.addWorksheet(temuanName);
    tem.columns = [10, 26, 70, 36, 30].map((width) => ({ width }));
    header(tem, 1, ['tingkat', 'aturan', 'pesan', 'rujukan', 'lokasi'].map((h) => t(`kredit.xlsx.kolTemuan.${h}`)));
    const all = [...l.pegawai.flatMap((p) => p.findings), ...l.temuanUmum];
    all.forEach((f, i) => {
        const r = tem.getRow(2 + i);
        const lok = f.sheet
            ? `${f.file ?? ''} ${f.sheet}!${f.cell ?? ''}`
            : f.line !== null
                ? `${f.file ?? ''}:${f.line}:${f.column ?? 1}`
                : (f.file ?? '');
        r.values = [f.severity, f.rule, f.message, f.ref ?? '', lok];
        r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
    });
    tem.views = [{ state: 'frozen', ySplit: 1 }];
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
function lembarData(wb, name, kolom, baris = 500) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = kolom.map((k) => ({ width: k.lebar }));
    header(ws, 1, kolom.map((k) => k.judul));
    kolom.forEach((k, i) => {
        const col = ws.getColumn(i + 1);
        if (k.path === '/nip' || k.jenis === 'teks' || k.jenis === 'tanggal')
            col.numFmt = '@';
        if (k.pilihan) {
            for (let r = 2; r <= baris; r++) {
                ws.getCell(r, i + 1).dataValidation = {
                    type: 'list',
                    allowBlank: true,
                    formulae: [`"${k.pilihan.join(',')}"`],
                    showErrorMessage: true,
                };
            }
        }
    });
    return ws;
}
/** The empty credit-log template (`lembaga angka-kredit --kosong`), pre-filled with the lembaga's civil-service workers. */
export async function buildKreditTemplate(o) {
    const { t } = o;
    const wb = await workbook();
    const pet = wb.addWorksheet(LEMBAR.petunjuk);
    pet.columns = [{ width: 16 }, { width: 100 }];
    pet.getCell('A1').value = t('kredit.templat.judul');
    pet.getCell('A1').font = { bold: true, size: 13 };
    pet.getCell('A2').value = 'Tahun';
    pet.getCell('A2').font = BOLD;
    pet.getCell('B2').value = o.tahun;
    const lines = t('kredit.templat.petunjuk').split('\n');
    lines.forEach((s, i) => {
        pet.getCell(`B${4 + i}`).value = s;
        pet.getCell(`B${4 + i}`).alignment = { wrapText: true };
    });
    const peg = lembarData(wb, LEMBAR.pegawai, KOLOM_PEGAWAI);
    // Pre-fill the workers the lembaga marks as civil servants in the functional position (asn).
    o.staf
        .filter((s) => s.asn && (s.aktif ?? true))
        .forEach((s, i) => {
        const r = peg.getRow(2 + i);
        const val = {
            '/staf': s.id,
            '/nip': s.asn?.nip,
            '/kategori': s.asn?.kategori,
            '/jenjang': s.asn?.jenjang,
            '/pangkat': s.asn?.pangkat,
            '/golongan': s.asn?.golongan,
        };
        KOLOM_PEGAWAI.forEach((k, c) => {
            const v = val[k.path];
            if (v !== undefined && v !== null)
                r.getCell(c + 1).value = String(v);
        });
    });
    lembarData(wb, LEMBAR.kegiatan, KOLOM_KEGIATAN, 2000);
    lembarData(wb, LEMBAR.ambang, KOLOM_AMBANG, 100);
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
/** The empty conversion-form template (2023 onward): the Periode sheet pre-filled with one full-year row per civil servant. */
export async function buildKonversiTemplate(o) {
    const { t } = o;
    const wb = await workbook();
    const pet = wb.addWorksheet(LEMBAR.petunjuk);
    pet.columns = [{ width: 16 }, { width: 100 }];
    pet.getCell('A1').value = t('kredit.konversi.judulKonversi');
    pet.getCell('A1').font = { bold: true, size: 13 };
    pet.getCell('A2').value = 'Tahun';
    pet.getCell('A2').font = BOLD;
    pet.getCell('B2').value = o.tahun;
    t('kredit.konversi.petunjuk')
        .split('\n')
        .forEach((s, i) => {
        pet.getCell(`B${4 + i}`).value = s;
        pet.getCell(`B${4 + i}`).alignment = { wrapText: true };
    });
    const ws = lembarData(wb, LEMBAR_PERIODE, KOLOM_PERIODE);
    o.staf
        .filter((s) => s.asn && (s.aktif ?? true))
        .forEach((s, i) => {
        const val = {
            '/staf': s.id,
            '/nip': s.asn?.nip === undefined ? undefined : String(s.asn.nip),
            '/jenjang': s.asn?.jenjang,
            '/golongan': s.asn?.golongan,
            '/dari': `${o.tahun}-01`,
            '/sampai': `${o.tahun}-12`,
        };
        KOLOM_PERIODE.forEach((k, c) => {
            const v = val[k.path];
            if (v !== undefined && v !== null)
                ws.getRow(2 + i).getCell(c + 1).value = v;
        });
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
}
