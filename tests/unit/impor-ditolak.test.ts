/**
 * The rejected rows of `impor` past the rows kept in memory go to a temporary file
 * (src/io/impor/ditolak.ts) and come back, in order, exactly as they went in: every kind
 * of cell, dates, and text longer than one read of the file, cut mid-character.
 */
import { describe, expect, it } from 'vitest';
import { KumpulanDitolak } from '../../src/io/impor/ditolak.js';
import { DitolakDiMemori, type BarisDitolak } from '../../src/io/impor/core.js';
import { EMPTY_CELL, type Cell } from '../../src/io/impor/cell.js';

function baris(n: number, panjang = 0): BarisDitolak {
  const cells: Cell[] = [
    { kind: 'text', text: `LKS/${n}`, original: `LKS/${n}` },
    EMPTY_CELL,
    { kind: 'number', text: String(n * 1.5), number: n * 1.5, original: n * 1.5 },
    {
      kind: 'date',
      text: '2024-02-29',
      date: new Date(Date.UTC(2024, 1, 29)),
      original: new Date(Date.UTC(2024, 1, 29)),
    },
    { kind: 'boolean', text: 'TRUE', original: true },
    { kind: 'text', text: 'é€😀'.repeat(panjang), original: 'é€😀'.repeat(panjang) },
    { kind: 'number', text: '', original: null, formulaWithoutResult: true },
  ];
  return {
    n,
    cells: cells.slice(0, 3 + (n % 5)),
    alasan: [
      { col: 2, message: `Tanggal "31/02" baris ${n}\nbaris kedua` },
      { col: null, message: 'Baris jumlah' },
    ],
  };
}

describe('KumpulanDitolak', () => {
  it('keeps a few rows in memory, as an array would', () => {
    const k = new KumpulanDitolak(5);
    const m = new DitolakDiMemori();
    for (let n = 1; n <= 5; n++) {
      k.push(baris(n));
      m.push(baris(n));
    }
    expect(k.diBerkas).toBe(false);
    expect([...k]).toEqual([...m]);
    expect([k.length, k.lebar]).toEqual([m.length, m.lebar]);
    k.buang();
  });

  it('past them, every row through the temporary file and back, in order', () => {
    const k = new KumpulanDitolak(3);
    const rows: BarisDitolak[] = [];
    for (let n = 1; n <= 40; n++) {
      // Rows 14 and 28 carry 1 MB of multi-byte text each: the file is read in several
      // pieces (1 MB each), cut inside characters.
      const b = baris(n, n % 14 === 0 ? 120_000 : 0);
      rows.push(b);
      k.push(b);
    }
    expect(k.diBerkas).toBe(true);
    expect(k.length).toBe(40);
    expect(k.lebar).toBe(7);
    expect(k.contoh(2)).toEqual(rows.slice(0, 2));
    const back = [...k];
    expect(back).toEqual(rows);
    expect(back[3]!.cells[3]!.original).toBeInstanceOf(Date);
    // Read twice, the same.
    expect([...k]).toEqual(rows);
    k.buang();
  });
});
