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
const huruf = (prefix: string, sampai: string) => {
  const out: string[] = [];
  for (let c = 'a'.charCodeAt(0); c <= sampai.charCodeAt(0); c++)
    out.push(`${prefix} huruf ${String.fromCharCode(c)}`);
  return out;
};

export const KLAUSUL_PERMENPANRB_2020: readonly { section: string }[] = [
  // Kategori, jenjang, pangkat (BAB III).
  'Pasal 5 ayat 1',
  'Pasal 5 ayat 2',
  'Pasal 5 ayat 3',
  'Pasal 5 ayat 4',
  // Butir kegiatan and Hasil Kerja per jenjang; work one rank above or below.
  'Pasal 8 ayat 1',
  'Pasal 8 ayat 2',
  'Pasal 9 ayat 1',
  'Pasal 9 ayat 2',
  'Pasal 10',
  'Pasal 11 ayat 1 huruf a',
  'Pasal 11 ayat 1 huruf b',
  // Pengangkatan (BAB VI).
  'Pasal 13',
  'Pasal 14 ayat 1',
  ...huruf('Pasal 14 ayat 2', 'e'),
  'Pasal 14 ayat 3',
  'Pasal 14 ayat 4',
  'Pasal 14 ayat 5',
  'Pasal 14 ayat 6',
  'Pasal 14 ayat 7',
  'Pasal 15 ayat 1',
  ...huruf('Pasal 15 ayat 2', 'h'),
  'Pasal 15 ayat 3',
  'Pasal 15 ayat 4',
  'Pasal 15 ayat 5',
  ...huruf('Pasal 16 ayat 1', 'e'),
  'Pasal 16 ayat 2',
  ...huruf('Pasal 17 ayat 1', 'h'),
  'Pasal 17 ayat 2',
  ...huruf('Pasal 18', 'c'),
  'Pasal 19 ayat 1',
  'Pasal 19 ayat 2',
  ...huruf('Pasal 19 ayat 3', 'e'),
  'Pasal 19 ayat 4',
  'Pasal 19 ayat 5',
  // Pelantikan (BAB VII).
  'Pasal 20 ayat 1',
  // Penilaian kinerja, SKP, target, capaian (BAB VIII).
  'Pasal 22',
  'Pasal 23 ayat 1',
  'Pasal 23 ayat 2',
  'Pasal 24 ayat 1',
  'Pasal 24 ayat 3',
  'Pasal 25 ayat 1',
  'Pasal 25 ayat 2',
  'Pasal 25 ayat 4',
  ...huruf('Pasal 26 ayat 1', 'd'),
  'Pasal 26 ayat 2',
  ...huruf('Pasal 26 ayat 3', 'd'),
  'Pasal 26 ayat 4',
  'Pasal 26 ayat 5',
  ...huruf('Pasal 27 ayat 1', 'c'),
  'Pasal 27 ayat 2',
  ...huruf('Pasal 27 ayat 3', 'c'),
  'Pasal 27 ayat 4',
  'Pasal 28',
  'Pasal 29 ayat 1',
  'Pasal 29 ayat 2',
  'Pasal 29 ayat 3',
  'Pasal 29 ayat 4',
  'Pasal 30 ayat 1',
  'Pasal 30 ayat 2',
  // Who proposes and who sets the PAK; the Tim Penilai.
  'Pasal 31',
  'Pasal 32',
  'Pasal 33 ayat 1',
  'Pasal 33 ayat 2',
  'Pasal 34 ayat 1',
  // Kenaikan pangkat and jenjang (BAB IX).
  'Pasal 36 ayat 1',
  'Pasal 36 ayat 2',
  'Pasal 37 ayat 2',
  'Pasal 37 ayat 3',
  'Pasal 38 ayat 1',
  'Pasal 38 ayat 2',
  'Pasal 38 ayat 3',
  'Pasal 38 ayat 4',
  'Pasal 38 ayat 5',
  ...huruf('Pasal 39 ayat 4', 'c'),
  ...huruf('Pasal 40 ayat 1', 'd'),
  'Pasal 40 ayat 2',
  'Pasal 42',
  'Pasal 43',
  // Kebutuhan (BAB X), kompetensi and pelatihan (BAB XI).
  'Pasal 44 ayat 1',
  'Pasal 45',
  'Pasal 46 ayat 1',
  'Pasal 47 ayat 1',
  'Pasal 47 ayat 2',
  'Pasal 47 ayat 3',
  // Pemberhentian (BAB XII), rangkap jabatan (BAB XIII).
  ...huruf('Pasal 48 ayat 1', 'f'),
  'Pasal 48 ayat 2',
  'Pasal 48 ayat 3',
  'Pasal 48 ayat 4',
  'Pasal 48 ayat 5',
  'Pasal 49',
  'Pasal 50 ayat 1',
  'Pasal 50 ayat 2',
  'Pasal 53',
  // Organisasi profesi: every worker a member.
  'Pasal 55 ayat 2',
  // Ketentuan peralihan.
  'Pasal 58',
  'Pasal 59 ayat 3',
  'Pasal 59 ayat 4',
].map((section) => ({ section }));
