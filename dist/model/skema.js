/**
 * The building blocks of the JSON Schemas of lembaga.yaml and the register: a date, a text,
 * a yes/no and a choice from a list, each with its Indonesian description (editors show it).
 */
export const tanggal = (description) => ({ type: 'string', format: 'date', description });
export const teks = (description) => ({ type: 'string', description });
export const ya = (description) => ({ type: 'boolean', description });
/** One value of a list (the list's own const array, so the schema and the type never differ). */
export const pilihan = (values, description) => ({
    enum: [...values],
    description,
});
