/** `lembaga aturan`'s table fits an 80-column terminal, and a wider one when COLUMNS says so. */
import { describe, expect, it } from 'vitest';
import { jalankan } from '../helpers/cli.js';

const lebarTabel = (s: string) =>
  Math.max(
    ...s
      .split('\n')
      .filter((l) => /^[┌│├└]/.test(l))
      .map((l) => [...l].length),
  );

describe('lembaga aturan: the table width', () => {
  it('80 columns by default, COLUMNS when given', async () => {
    const r = await jalankan(['aturan'], process.cwd(), { LANG: 'id_ID.UTF-8' });
    expect(r.code).toBe(0);
    expect(lebarTabel(r.stdout)).toBe(80);
    const lebar = await jalankan(['aturan'], process.cwd(), {
      LANG: 'id_ID.UTF-8',
      COLUMNS: '120',
    });
    expect(lebarTabel(lebar.stdout)).toBe(120);
  });
});
