/**
 * The clauses of PermenPANRB 2020 (JF Pekerja Sosial, seed 002) an assessor of a worker's
 * file and credit-point dossier checks, clause by clause, for measuring coverage
 * (`ukurCakupan` in permensos-14-2020/klausul.ts; scripts/cakupan.mjs). A clause counts as
 * covered when a rule cites it or the section one level above it.
 *
 * Article numbers: the seed labels only some articles ("Article N") and repeats passages;
 * unlabelled articles are numbered by their order between labelled ones (Pasal 2 kedudukan,
 * 5 kategori/jenjang, 6–7 tugas and unsur, 12–13 pejabat and jenis pengangkatan, 15
 * perpindahan, 20 pelantikan, 21 tujuan penilaian, 23–24 SKP and target, 29 capaian, 34 Tim
 * Penilai, 36 kenaikan pangkat, 44 kebutuhan, 46 Standar Kompetensi, 48 pemberhentian, 52–53
 * pemindahan and rangkap jabatan, 54–55 pembinaan and organisasi profesi, 58–59 peralihan).
 *
 * The list is data, in klausul.json beside this file (grouped by chapter; the build copies it into
 * dist/, tsconfig.build.json; tests/unit/data-json.test.ts checks its shape).
 *
 * Left out, with the reason:
 * - Pasal 1 (definitions), Pasal 2–4 (kedudukan, jabatan karier, rumpun), Pasal 6–7 (what the
 *   duties and their sub-elements are): they describe, they oblige no one a file can show.
 * - Pasal 12, 19 ayat 6, 20 ayat 2, 21 ayat 3, 23 ayat 3 (first half), 25 ayat 3, 26 ayat 6, 35,
 *   41, 47 ayat 6, 51, 52, 57, 60–63: "sesuai ketentuan peraturan perundang-undangan" /
 *   "diatur oleh Instansi Pembina" and closing provisions (enabling, no content to check).
 * - Pasal 11 ayat 2, 24 ayat 2 (second half), 36 ayat 3, 37 ayat 2 (first half), 39 ayat 3:
 *   pointers to Lampiran I–VIII, which the seed does not contain (the log carries the values).
 * - Pasal 59 ayat 1–2 (keterampilan workers appointed before 2020 keep their duties).
 * - Pasal 21 ayat 1–2, 39 ayat 1–2, 37 ayat 1, 47 ayat 4–5: purposes and permissions ("dapat"),
 *   not obligations.
 * - Pasal 54, 55 ayat 1 and 3–6, 56: duties of the Instansi Pembina and of the professional
 *   organisation itself, not of the worker, the institution or the Tim Penilai.
 */
import { createRequire } from 'node:module';
const KELOMPOK = createRequire(import.meta.url)('./klausul.json');
/** "Pasal 14 ayat 2 huruf a–e" → one clause per letter, a to e; any other clause as it is. */
function rinci(pasal) {
    const m = /^(.*) huruf a–([a-z])$/.exec(pasal);
    if (!m)
        return [pasal];
    const out = [];
    for (let c = 'a'.charCodeAt(0); c <= m[2].charCodeAt(0); c++)
        out.push(`${m[1]} huruf ${String.fromCharCode(c)}`);
    return out;
}
export const KLAUSUL_PERMENPANRB_2020 = KELOMPOK.flatMap((k) => k.pasal.flatMap(rinci)).map((section) => ({ section }));
