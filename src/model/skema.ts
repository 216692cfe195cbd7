/**
 * The building blocks of the JSON Schemas of lembaga.yaml and the register: a date, a text,
 * a yes/no and a choice from a list, each with its Indonesian description (editors show it).
 */
export const tanggal = (description: string) => ({ type: 'string', format: 'date', description });
export const teks = (description: string) => ({ type: 'string', description });
export const ya = (description: string) => ({ type: 'boolean', description });
/** One value of a list (the list's own const array, so the schema and the type never differ). */
export const pilihan = (values: readonly string[], description: string) => ({
  enum: [...values],
  description,
});
