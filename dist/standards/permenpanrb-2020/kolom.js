/**
 * The Excel layout of a credit log (template written by `lembaga angka-kredit
 * --kosong`, read back as kredit/<tahun>.xlsx): one sheet of workers, one of
 * activities (one row per activity, tied to the worker by `staf`), one of
 * thresholds. Declared once so the writer and the reader cannot drift apart.
 *
 * The columns of the three sheets whose rows follow the credit schema are data, in kolom.json
 * beside this file (one row `[builder, header, path, width, required?]` per column, in sheet
 * order; the build copies it into dist/, tsconfig.build.json; tests/unit/data-json.test.ts
 * checks its shape); the choices of a choice column come from the schema.
 */
import { createRequire } from 'node:module';
import { KREDIT_SCHEMA } from '../../model/kredit-schema.js';
import { JENJANG_KEYS } from '../../model/kredit.js';
export const LEMBAR = {
    petunjuk: 'Petunjuk',
    pegawai: 'Pegawai',
    kegiatan: 'Kegiatan',
    ambang: 'Ambang',
};
export const YA_TIDAK = ['ya', 'tidak'];
/** The values a schema allows at a row-relative pointer (`/pengangkatan/jenis`; a number steps into an array). */
function pilihanSkema(skema, path) {
    let node = skema;
    for (const seg of path.split('/').slice(1))
        node = /^\d+$/.test(seg) ? node?.items : node?.properties?.[seg];
    if (!node?.enum)
        throw new Error(`Skema tidak memuat pilihan di ${path}`);
    return node.enum;
}
/**
 * The column builders of one sheet, whose rows are objects of `skema`: a choice column offers
 * exactly the values the schema allows at its path, so the template and the YAML form agree.
 */
function kolomBaris(skema) {
    const kolom = (jenis) => (judul, path, lebar, wajib = false, pilihan) => ({
        judul,
        path,
        jenis,
        ...(pilihan ? { pilihan } : {}),
        lebar,
        ...(wajib ? { wajib } : {}),
    });
    return {
        teks: kolom('teks'),
        angka: kolom('angka'),
        tanggal: kolom('tanggal'),
        ya: (judul, path, lebar) => kolom('ya')(judul, path, lebar, false, YA_TIDAK),
        pilih: (judul, path, lebar, wajib = false, pilihan) => kolom('pilihan')(judul, path, lebar, wajib, pilihan ?? pilihanSkema(skema, path)),
    };
}
const DATA = createRequire(import.meta.url)('./kolom.json');
/** The columns of one sheet whose rows are objects of `skema`, built from their rows in kolom.json. */
function kolomDari(skema, baris) {
    const b = kolomBaris(skema);
    return baris.map(([jenis, judul, path, lebar, wajib]) => jenis === 'ya' ? b.ya(judul, path, lebar) : b[jenis](judul, path, lebar, wajib));
}
const PEGAWAI = KREDIT_SCHEMA.properties.pegawai.items;
/** The worker sheet (rows: a worker of the log). */
export const KOLOM_PEGAWAI = kolomDari(PEGAWAI, DATA.pegawai);
/** The activity sheet (rows: one activity). */
export const KOLOM_KEGIATAN = kolomDari(PEGAWAI.properties.kegiatan.items, DATA.kegiatan);
/** The threshold sheet (rows: one threshold row). */
export const KOLOM_AMBANG = kolomDari(KREDIT_SCHEMA.properties.ambang.items, DATA.ambang);
/** Column letter of a 1-based index (the spreadsheet primitive). */
export { hurufKolom } from '../../core/excel.js';
/** Sheet of the conversion form (2023 onward): one row per rating period of a worker. */
export const LEMBAR_PERIODE = 'Periode';
/** Builders of the period sheet (the conversion form checks its values by rule, not schema). */
const R = kolomBaris();
export const KOLOM_PERIODE = [
    R.teks('Id staf', '/staf', 12, true),
    R.teks('NIP', '/nip', 22),
    R.pilih('Jenjang', '/jenjang', 14, true, JENJANG_KEYS),
    R.teks('Golongan', '/golongan', 10, true),
    R.teks('Dari (YYYY-MM)', '/dari', 14, true),
    R.teks('Sampai (YYYY-MM)', '/sampai', 14, true),
    R.pilih('Predikat', '/predikat', 16, true, [
        'Sangat Baik',
        'Baik',
        'Butuh Perbaikan',
        'Kurang',
        'Sangat Kurang',
    ]),
    R.angka('AK integrasi', '/integrasi', 12),
];
/** The data sheets: workers, activities and thresholds (item by item), periods (conversion form). */
export const LEMBAR_DATA = {
    pegawai: { nama: LEMBAR.pegawai, kolom: KOLOM_PEGAWAI },
    kegiatan: { nama: LEMBAR.kegiatan, kolom: KOLOM_KEGIATAN },
    ambang: { nama: LEMBAR.ambang, kolom: KOLOM_AMBANG },
    periode: { nama: LEMBAR_PERIODE, kolom: KOLOM_PERIODE },
};
