/**
 * The building blocks of the JSON Schemas of lembaga.yaml and the register: a date, a text,
 * a yes/no and a choice from a list, each with its Indonesian description (editors show it).
 */
export const tanggal = (description) => ({ type: 'string', format: 'date', description });
export const teks = (description) => ({ type: 'string', description });
export const ya = (description) => ({ type: 'boolean', description });
/** A text that may not be empty (the credit logs' ids, NIPs, golongan). */
export const teksIsi = (description) => ({ type: 'string', minLength: 1, description });
/** An amount of zero or more (credit points). */
export const angka = (description) => ({ type: 'number', minimum: 0, description });
/** `versi`: the file format's version. */
export const versi = (nomor, description) => ({
    type: 'integer',
    const: nomor,
    description,
});
/** One value of a list (the list's own const array, so the schema and the type never differ). */
export const pilihan = (values, description) => ({
    enum: [...values],
    description,
});
/**
 * A closed object (no keys but its properties): the keys it requires, the description editors
 * show, its properties. Every object of every schema is one.
 */
export function objek(sifat, properties) {
    return {
        type: 'object',
        additionalProperties: false,
        ...(sifat.required ? { required: [...sifat.required] } : {}),
        ...(sifat.description !== undefined ? { description: sifat.description } : {}),
        properties,
    };
}
/**
 * The schema of one kind of file (schemas/<nama>.schema.json): its id, title and description,
 * then a closed object of the keys it requires.
 */
export function skemaBerkas(nama, title, description, required, properties) {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://lembaga.local/schemas/${nama}.schema.json`,
        title,
        description,
        ...objek({ required }, properties),
    };
}
