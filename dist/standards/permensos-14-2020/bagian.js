/** The section of the catalogue item `key` of a list (an SOP activity, a guarantee, a complaint step…). */
export const itemBagian = (list, key) => list.find((i) => i.key === key)?.bagian;
/** The section of one competence (`key`) of social workers (2.3.1) or supervisors (2.3.2). */
export const huruf = (s, list, key) => s.kompetensi[list].find((q) => q.key === key).bagian;
/** The sections of one competence for social workers and for supervisors (2.3.1, 2.3.2). */
export const hurufPekerjaSupervisor = (s, key) => [
    huruf(s, 'pekerjaSosial', key),
    huruf(s, 'supervisor', key),
];
