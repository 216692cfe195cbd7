/**
 * The building blocks of the JSON Schemas of lembaga.yaml and the register: a date, a text,
 * a yes/no and a choice from a list, each with its Indonesian description (editors show it).
 */
export const tanggal = (description: string) => ({ type: 'string', format: 'date', description });
export const teks = (description: string) => ({ type: 'string', description });
export const ya = (description: string) => ({ type: 'boolean', description });
/** A text that may not be empty (the credit logs' ids, NIPs, golongan). */
export const teksIsi = (description: string) => ({ type: 'string', minLength: 1, description });
/** An amount of zero or more (credit points). */
export const angka = (description: string) => ({ type: 'number', minimum: 0, description });
/** `versi`: the file format's version. */
export const versi = (nomor: number, description: string) => ({
  type: 'integer',
  const: nomor,
  description,
});
/** One value of a list (the list's own const array, so the schema and the type never differ). */
export const pilihan = (values: readonly string[], description: string) => ({
  enum: [...values],
  description,
});

/**
 * A closed object (no keys but its properties): the keys it requires, the description editors
 * show, its properties. Every object of every schema is one.
 */
export function objek<P extends Record<string, unknown>>(
  sifat: { required?: readonly string[]; description?: string },
  properties: P,
) {
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
export function skemaBerkas<P extends Record<string, unknown>>(
  nama: string,
  title: string,
  description: string,
  required: readonly string[],
  properties: P,
) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://lembaga.local/schemas/${nama}.schema.json`,
    title,
    description,
    ...objek({ required }, properties),
  };
}
