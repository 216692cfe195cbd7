import { PERMENSOS_14_2020, IDENTITAS_KLIEN } from './permensos-14-2020/index.js';
import { PERMENSOS_7_2021 } from './permensos-7-2021/index.js';
export const RULESETS = [PERMENSOS_14_2020, PERMENSOS_7_2021, IDENTITAS_KLIEN];
export { STANDAR } from './permensos-14-2020/katalog.js';
import { kreditRuleset } from './permenpanrb-2020/index.js';
import { REGULASI_PERMENPANRB_2020 } from './permenpanrb-2020/regulasi.js';
import { konversiRuleset, REGULASI_PERMENPANRB_2023 } from './permenpanrb-2023/index.js';
import { BERKAS } from './berkas.js';
import { DTSEN_SEJAK } from './dtsen.js';
/**
 * Every ruleset for listing (`lembaga aturan`, README): the case and institution
 * rulesets plus the credit-point rulesets, whose rules run over credit logs
 * (kredit/*.yaml) rather than over lembaga.yaml and registers.
 */
export const SEMUA_RULESETS = [
    BERKAS,
    ...RULESETS,
    kreditRuleset([]),
    konversiRuleset(),
];
/**
 * The regulation timeline, oldest first. Entries without rules (accreditation,
 * the national social register) are here so that findings, reports and
 * documents can name the regulation in force on a date.
 */
export const LINIMASA = [
    {
        id: 'permensos-17-2012',
        singkat: 'Permensos 17/2012',
        judul: 'Permensos 17/2012 tentang Akreditasi Lembaga Kesejahteraan Sosial',
        berlaku: '2012-01-01',
        dicabut: { sejak: '2025-01-01', oleh: 'permensos-8-2025' },
        area: ['akreditasi'],
        catatan: {
            id: 'Akreditasi lembaga kesejahteraan sosial sampai diganti Permensos 8/2025 (tanggal persis tidak dimuat di sini; dipakai awal tahun).',
            en: 'Accreditation of social-welfare institutions until replaced by Permensos 8/2025 (exact dates not held here; the start of the year is used).',
        },
        adaAturan: false,
    },
    REGULASI_PERMENPANRB_2020,
    {
        id: PERMENSOS_14_2020.id,
        singkat: 'Permensos 14/2020',
        judul: PERMENSOS_14_2020.judul,
        // Diundangkan 4 Desember 2020 and in force that day (seed 001).
        berlaku: '2020-12-04',
        area: ['standar'],
        catatan: {
            id: 'Standar praktik pekerjaan sosial (Lampiran A–E): masih berlaku.',
            en: 'Social work practice standard (Lampiran A–E): still in force.',
        },
        adaAturan: true,
    },
    {
        id: PERMENSOS_7_2021.id,
        singkat: 'Permensos 7/2021 (ATENSI)',
        judul: PERMENSOS_7_2021.judul,
        // Diundangkan 6 September 2021 (seed 004).
        berlaku: '2021-09-06',
        digantikan: [
            {
                bagian: 'Pasal 43: DTKS sebagai data rujukan',
                oleh: 'inpres-4-2025-dtsen',
                sejak: DTSEN_SEJAK,
                area: 'data-sosial',
                pesan: {
                    id: 'Data sosial {tahun} dibaca sebagai DTSEN (dahulu DTKS), Inpres 4/2025.',
                    en: 'Social data in {tahun} is read as DTSEN (formerly DTKS), Inpres 4/2025.',
                },
            },
        ],
        area: ['atensi'],
        catatan: {
            id: 'ATENSI; telah diubah, teks seed tetap menjadi dasar sampai teks perubahannya tersedia.',
            en: 'ATENSI; since amended, the seed text stays the baseline until the amendment text is at hand.',
        },
        adaAturan: true,
    },
    REGULASI_PERMENPANRB_2023,
    {
        id: 'permensos-8-2025',
        singkat: 'Permensos 8/2025',
        judul: 'Permensos 8/2025 tentang Akreditasi Lembaga di Bidang Kesejahteraan Sosial',
        berlaku: '2025-01-01',
        area: ['akreditasi'],
        catatan: {
            id: 'Akreditasi menilai lima komponen: program, SDM, manajemen dan organisasi, sarana prasarana, hasil pelayanan (tanggal berlaku persis tidak dimuat; dipakai 1 Januari 2025).',
            en: 'Accreditation assesses five components: programme, human resources, management and organisation, facilities, service results.',
        },
        adaAturan: false,
    },
    {
        id: 'inpres-4-2025-dtsen',
        singkat: 'Inpres 4/2025 (DTSEN)',
        judul: 'Inpres 4/2025 tentang Data Tunggal Sosial dan Ekonomi Nasional',
        berlaku: DTSEN_SEJAK,
        area: ['data-sosial'],
        catatan: {
            id: 'DTSEN menggantikan DTKS sebagai data tunggal nasional; register boleh menulis dtsen atau dtks.',
            en: 'DTSEN succeeds DTKS as the single national register; registers may write dtsen or dtks.',
        },
        adaAturan: false,
    },
];
/** Which regulations and parts are in force on `tanggal` (YYYY-MM-DD). */
export function regulasiPada(tanggal, linimasa = LINIMASA) {
    const out = { berlaku: [], belumBerlaku: [], dicabut: [], digantikan: [] };
    for (const r of linimasa) {
        if (r.berlaku > tanggal)
            out.belumBerlaku.push(r);
        else if (r.dicabut && r.dicabut.sejak <= tanggal)
            out.dicabut.push(r);
        else {
            out.berlaku.push(r);
            for (const d of r.digantikan ?? [])
                if (d.sejak <= tanggal)
                    out.digantikan.push({ ...d, dari: r });
        }
    }
    return out;
}
/** The regulation in force on a date for one area (the latest that took effect), if any. */
export function regulasiBerlaku(area, tanggal) {
    const k = regulasiPada(tanggal);
    const list = k.berlaku.filter((r) => r.area.includes(area));
    return list.sort((a, b) => a.berlaku.localeCompare(b.berlaku)).at(-1) ?? null;
}
/** The one-line notes for the parts replaced on `tanggal`, for the given areas (issue 13 item 5). */
export function catatanPengganti(tanggal, bahasa, area) {
    return regulasiPada(tanggal)
        .digantikan.filter((d) => !area || area.includes(d.area))
        .map((d) => d.pesan[bahasa].replace('{tahun}', tanggal.slice(0, 4)));
}
/** README block "Regulasi yang dipakai", generated from the timeline. */
export function renderRegulasiMarkdown(linimasa = LINIMASA) {
    const lines = ['| Regulasi | Berlaku | Bagian yang diganti | Catatan |', '|---|---|---|---|'];
    const nama = (id) => linimasa.find((r) => r.id === id)?.singkat ?? id;
    for (const r of linimasa) {
        const ganti = [
            ...(r.dicabut ? [`seluruhnya, sejak ${r.dicabut.sejak}, oleh ${nama(r.dicabut.oleh)}`] : []),
            ...(r.digantikan ?? []).map((d) => `${d.bagian}: sejak ${d.sejak}, oleh ${nama(d.oleh)}`),
        ];
        lines.push(`| ${r.singkat}${r.adaAturan ? ` (\`${r.id}\`)` : ''} | ${r.berlaku} | ${ganti.join('; ') || '–'} | ${r.catatan.id} |`);
    }
    return lines.join('\n') + '\n';
}
