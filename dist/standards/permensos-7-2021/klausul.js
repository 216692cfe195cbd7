/**
 * The clauses of Permensos 7/2021 (ATENSI) an assessor checks at an institution that
 * delivers ATENSI, for measuring coverage (permensos-14-2020/klausul.ts). Left out:
 * definitions and purposes (Pasal 1, 2, 4, 5, 12–18 describing each form of support,
 * 26 ayat 2 and 4), and what binds the Ministry's own balai only (Pasal 7, 29–41, 44–55).
 */
export const KLAUSUL_ATENSI = [
    'Pasal 3 ayat 2',
    'Pasal 3 ayat 3',
    'Pasal 6 ayat 4',
    'Pasal 8',
    'Pasal 9',
    'Pasal 10',
    'Pasal 11 ayat 1',
    'Pasal 11 ayat 2',
    'Pasal 11 ayat 4',
    'Pasal 11 ayat 5',
    'Pasal 19 ayat 1',
    'Pasal 19 ayat 2',
    'Pasal 19 ayat 3',
    'Pasal 20',
    'Pasal 21',
    'Pasal 22',
    'Pasal 23',
    'Pasal 24',
    'Pasal 25 ayat 1',
    'Pasal 25 ayat 2',
    'Pasal 25 ayat 3',
    'Pasal 26 ayat 1',
    'Pasal 26 ayat 3',
    'Pasal 27 ayat 1',
    'Pasal 27 ayat 2',
    'Pasal 42 ayat 1',
    'Pasal 42 ayat 2',
    'Pasal 42 ayat 3',
    'Pasal 43 ayat 1',
    'Pasal 43 ayat 2',
].map((section) => ({ section }));
