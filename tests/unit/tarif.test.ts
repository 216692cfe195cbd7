import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { buildTarifMatrix } from '../../src/outputs/tarif/matrix.js';
import { bulatkan, hitungTarif } from '../../src/standards/permensos-14-2020/hitung-tarif.js';
import { hitungProBono, kuota } from '../../src/standards/permensos-14-2020/probono.js';
import { renderTarifTeks } from '../../src/outputs/tarif/render-teks.js';
import {
  csvCell,
  peringatanTarif,
  renderTarifCsv,
  renderTarifJson,
  renderTarifMarkdown,
} from '../../src/outputs/tarif/render-lain.js';
import { renderTarifXlsx } from '../../src/outputs/tarif/render-xlsx.js';
import type { HasilTarif } from '../../src/outputs/tarif/format.js';
import type { Lembaga } from '../../src/model/lembaga.js';
import type { KasusTerdaftar } from '../../src/standards/rule.js';
import { createT, catalogueKeys } from '../../src/i18n/index.js';
import { tarif as idTarif } from '../../src/i18n/id/tarif.js';
import { tarif as enTarif } from '../../src/i18n/en/tarif.js';

const t = createT('id');
const o = { t, bahasa: 'id' as const };

function lembaga(extra: Partial<Lembaga> = {}): Lembaga {
  return {
    lembaga: {
      nama: 'LKS Uji',
      jenis: 'LKS',
      kepemilikan: 'masyarakat',
      kota: 'Bandung',
      pimpinan: { nama: 'Ibu Ketua', jabatan: 'Ketua' },
    },
    layanan: {
      pencegahan: {
        sk: { tarif: { nomor: '01/SK/2025', tanggal: '2025-01-02' } },
        tarif: {
          asesmen: { '5-tahap': { tingkat1: 250000, tingkat2: 400000, tingkat3: 600000 } },
          'penyuluhan-sosial': { '1-jam': { tingkat1: 50000, tingkat2: 0 } },
        },
      },
    },
    staf: [],
    ...extra,
  };
}

describe('buildTarifMatrix: each service keeps its own rows of 1.4.4', () => {
  const rows = (k: keyof typeof STANDAR) =>
    buildTarifMatrix(lembaga(), STANDAR[k], k).kelompok.flatMap((g) =>
      g.items.map(
        (i) => `${g.nomor}|${i.nomor}|${i.key}|${i.baris.map((b) => b.durasi).join(',')}`,
      ),
    );

  it('A: asesmen first, five interventions, no penjangkauan or rujukan', () => {
    expect(rows('pencegahan')).toEqual([
      '1|1|asesmen|5-tahap',
      '2|2.1|penyuluhan-sosial|1-jam,2-jam,lebih-2-jam',
      '2|2.2|bimbingan-sosial|1-jam,2-jam,lebih-2-jam',
      '2|2.3|pendampingan-sosial|1-jam,2-jam,lebih-2-jam',
      '2|2.4|peningkatan-kapasitas|1-jam,2-jam,lebih-2-jam',
      '2|2.5|lainnya|1-jam,2-jam,lebih-2-jam',
    ]);
  });
  it('B: the text numbers two rows "3."; renumbered 1–4', () => {
    expect(rows('perlindungan').map((r) => r.split('|').slice(0, 3).join('|'))).toEqual([
      '1|1|penjangkauan',
      '2|2|asesmen',
      '3|3.1|akses-program-bansos',
      '3|3.2|advokasi-sosial',
      '3|3.3|akses-bantuan-hukum',
      '4|4|rujukan',
    ]);
  });
  it('C: basic (3.x) and advanced (4.x) groups, rujukan 5', () => {
    const r = rows('rehabilitasi');
    expect(r).toHaveLength(11);
    expect(r[2]).toMatch(/^3\|3\.1\|motivasi-diagnosis-psikososial-dasar/);
    expect(r[6]).toMatch(/^4\|4\.1\|motivasi-diagnosis-psikososial-lanjut/);
    expect(r[10]).toMatch(/^5\|5\|rujukan/);
  });
  it('E: asesmen first, rujukan last, no penjangkauan', () => {
    const r = rows('pengembangan');
    expect(r[0]).toBe('1|1|asesmen|5-tahap');
    expect(r[r.length - 1]).toMatch(/^3\|3\|rujukan/);
    expect(r.some((x) => x.includes('penjangkauan'))).toBe(false);
  });
});

describe('gaps are explicit, never zero', () => {
  it('a missing amount is null and listed; an explicit 0 stays 0', () => {
    const m = buildTarifMatrix(lembaga(), STANDAR.pencegahan, 'pencegahan');
    const peny = m.kelompok[1]?.items[0];
    expect(peny?.baris[0]?.nilai).toEqual({ tingkat1: 50000, tingkat2: 0, tingkat3: null });
    expect(
      m.celah.some(
        (c) => c.key === 'penyuluhan-sosial' && c.durasi === '1-jam' && c.tingkat === 'tingkat3',
      ),
    ).toBe(true);
    expect(m.celah.some((c) => c.key === 'asesmen')).toBe(false);
    expect(peny?.ket).toContain('belum-lengkap');
  });
  it('a complete matrix has no gap', () => {
    const h = hitungTarif(
      { tarifPerJam: { tingkat1: 1, tingkat2: 2, tingkat3: 3 }, pembulatan: 1 },
      STANDAR.pencegahan,
    );
    expect(buildTarifMatrix(lembaga(), STANDAR.pencegahan, 'pencegahan', h.nilai).celah).toEqual(
      [],
    );
  });
  it('optional rows not offered are not gaps; offered ones are', () => {
    const l = lembaga({ layanan: { perlindungan: { barisOpsional: ['rujukan'] } } });
    const m = buildTarifMatrix(l, STANDAR.perlindungan, 'perlindungan');
    expect(m.celah.some((c) => c.key === 'penjangkauan')).toBe(false);
    expect(m.celah.some((c) => c.key === 'rujukan')).toBe(true);
    expect(m.kelompok[0]?.items[0]?.ket).toEqual(['tidak-diselenggarakan']);
  });
  it('unknown rows and durations are reported, not silently dropped', () => {
    const l = lembaga({
      layanan: {
        pencegahan: {
          tarif: { konseling: { '1-jam': { tingkat1: 1 } }, asesmen: { '1-jam': { tingkat1: 1 } } },
        },
      },
    });
    const m = buildTarifMatrix(l, STANDAR.pencegahan, 'pencegahan');
    expect(m.tidakDikenal).toEqual([
      { key: 'konseling', durasi: null, path: '/layanan/pencegahan/tarif/konseling' },
      { key: 'asesmen', durasi: '1-jam', path: '/layanan/pencegahan/tarif/asesmen/1-jam' },
    ]);
  });
});

describe('hitungTarif (1.4.1–1.4.2)', () => {
  it('hourly rate × hours × index × (1 − subsidy) × (1 + tax) + transport, rounded', () => {
    const h = hitungTarif(
      {
        tarifPerJam: { tingkat1: 100000, tingkat2: 150000, tingkat3: 225000 },
        indeksEkonomiDaerah: 1.1,
        subsidiPemerintahPersen: 20,
        pajakPersen: 11,
        biayaTransportAkomodasi: 25000,
        pembulatan: 5000,
      },
      STANDAR.rehabilitasi,
    );
    // 100000 × 1 × 1.1 × 0.8 × 1.11 + 25000 = 122680 → 125000
    expect(h.nilai['asesmen']).toEqual({
      '5-tahap': { tingkat1: 515000, tingkat2: 760000, tingkat3: 1125000 },
    });
    expect(h.nilai['rujukan']?.['1-jam']?.tingkat1).toBe(125000);
    expect(h.nilai['rujukan']?.['lebih-2-jam']?.tingkat3).toBe(685000);
    const cell = h.perhitungan.find((p) => p.durasi === '1-jam' && p.tingkat === 'tingkat1');
    expect(cell?.langkah.map((l) => [l.faktor, l.bagian])).toEqual([
      ['tarif-per-jam', '1.4.1 c'],
      ['jam', '1.4.1 e'],
      ['indeks-ekonomi', '1.4.2 g'],
      ['subsidi', '1.4.2 c'],
      ['pajak', '1.4.2 b'],
      ['transport', '1.4.2 f'],
      ['pembulatan', '1.4.3'],
    ]);
  });
  it('base × tier multiplier × duration multiplier; a tier without multiplier is a gap', () => {
    const h = hitungTarif(
      { tarifDasar: 80000, pengaliTingkat: { tingkat2: 1.5 }, pengaliDurasi: { '2-jam': 1.8 } },
      STANDAR.pencegahan,
    );
    expect(h.nilai['bimbingan-sosial']?.['2-jam']).toEqual({ tingkat1: 144000, tingkat2: 216000 });
    expect(h.nilai['bimbingan-sosial']?.['lebih-2-jam']).toEqual({
      tingkat1: 240000,
      tingkat2: 360000,
    });
    expect(h.perhitungan.find((p) => p.tingkat === 'tingkat3')?.alasan).toBe(
      'pengali-tingkat-kosong',
    );
    expect(
      buildTarifMatrix(lembaga(), STANDAR.pencegahan, 'pencegahan', h.nilai).celah.every(
        (c) => c.tingkat === 'tingkat3',
      ),
    ).toBe(true);
  });
  it('no basis at all: every cell is a gap with its reason', () => {
    const h = hitungTarif({}, STANDAR.pencegahan);
    expect(h.perhitungan.every((p) => p.hasil === null && p.alasan === 'tanpa-dasar')).toBe(true);
  });
  it('rounds half up to the multiple', () => {
    expect(bulatkan(122500, 5000)).toBe(125000);
    expect(bulatkan(122499, 5000)).toBe(120000);
    expect(bulatkan(0.5 * 3, 1)).toBe(2);
  });
});

describe('pro bono quota (1.4.2 e)', () => {
  const kasus = (pelaksana: string, n: number, pb: number, tahun = 2025): KasusTerdaftar => ({
    file: 'r.yaml',
    pointer: '/kasus/0',
    kasus: {
      nomor: 'X',
      layanan: 'pencegahan',
      status: 'aktif',
      klien: { jenis: 'individu' },
      tahapan: {},
      pekerjaSosial: pelaksana,
      kegiatan: Array.from({ length: n }, (_, i) => ({
        tanggal: `${tahun}-02-01`,
        kegiatan: 'penyuluhan-sosial',
        proBono: i < pb,
      })),
    },
  });
  it('rounds up per worker with integer arithmetic', () => {
    expect(kuota(10, 30)).toBe(3);
    expect(kuota(10, 5)).toBe(1);
    expect(kuota(10, 0)).toBe(0);
    const p = hitungProBono(
      lembaga(),
      [kasus('ps-01', 30, 2), kasus('ps-02', 5, 1), kasus('ps-03', 9, 0, 2024)],
      2025,
    );
    expect(p.perPekerja).toEqual([
      { pelaksana: 'ps-01', kegiatan: 30, proBono: 2, kuota: 3, kurang: 1 },
      { pelaksana: 'ps-02', kegiatan: 5, proBono: 1, kuota: 1, kurang: 0 },
    ]);
    expect(p.total).toEqual({ kegiatan: 35, proBono: 3, kuota: 4, kurang: 1 });
  });
  it('institution basis and percentage from pengaturan', () => {
    const l = lembaga({
      pengaturan: { proBono: { persen: 20, dasar: 'kegiatan-lembaga-per-tahun' } },
    });
    const p = hitungProBono(l, [kasus('ps-01', 6, 0), kasus('ps-02', 6, 3)], 2025);
    expect(p.perPekerja).toEqual([]);
    expect(p.total).toEqual({ kegiatan: 12, proBono: 3, kuota: 3, kurang: 0 });
  });
});

function hasil(): HasilTarif {
  const l = lembaga();
  return {
    matriks: [buildTarifMatrix(l, STANDAR.pencegahan, 'pencegahan')],
    perhitungan: {},
    proBono: null,
    jelaskan: false,
  };
}

describe('renderers', () => {
  it('teks fits an 80-column terminal and shows gaps as (kosong)', () => {
    const s = renderTarifTeks(hasil(), o);
    for (const line of s.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(s).toContain('Matriks Tarif Jasa Pencegahan Disfungsi Sosial');
    expect(s).toContain('250.000');
    expect(s).toContain('(kosong)');
    expect(s).not.toMatch(/\u001b\[/);
  });
  it('csv neutralises formula starts and keeps gaps empty', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('+62')).toBe("'+62");
    expect(csvCell('-x')).toBe("'-x");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell(null)).toBe('');
    const csv = renderTarifCsv(hasil(), o);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[1]).toBe('pencegahan,1,asesmen,Asesmen,5 tahap,250000,400000,600000,');
    expect(lines[2]).toBe(
      'pencegahan,2.1,penyuluhan-sosial,2.1 Penyuluhan sosial,1 jam,50000,0,,Tarif belum ditetapkan',
    );
  });
  it('markdown escapes a cell starting with =', () => {
    const h = hasil();
    const m0 = h.matriks[0]!;
    h.matriks[0] = { ...m0, lembaga: { ...m0.lembaga, nama: '=HYPERLINK("x")' } };
    expect(renderTarifMarkdown(h, o)).toContain('**\\=HYPERLINK("x")**');
  });
  it('json carries nulls, the gaps and the warnings', () => {
    const j = JSON.parse(renderTarifJson(hasil(), { ...o, version: '0.1.0', tahun: null })) as {
      matriks: {
        baris: { kunci: string; durasi: string; tingkat3: number | null }[];
        celah: unknown[];
      }[];
      peringatan: string[];
    };
    expect(j.matriks[0]?.baris[1]).toMatchObject({
      kunci: 'penyuluhan-sosial',
      durasi: '1-jam',
      tingkat3: null,
    });
    expect(j.matriks[0]?.celah.length).toBeGreaterThan(0);
    expect(j.peringatan[0]).toMatch(/tarif pencegahan belum lengkap/);
    expect(peringatanTarif(hasil(), t)).toEqual(j.peringatan);
  });
  it('xlsx: read back cell by cell — title, merges, Rupiah format, blank gaps, print setup', async () => {
    const bytes = await renderTarifXlsx(hasil(), o);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tarif Pencegahan')!;
    expect(ws).toBeDefined();
    expect(ws.getCell('A1').value).toBe('Matriks Tarif Jasa Pencegahan Disfungsi Sosial');
    expect(ws.getCell('A2').value).toBe('LKS Uji');
    expect(ws.getCell('A3').value).toBe(
      'Lampiran SK Pimpinan Lembaga Nomor 01/SK/2025 tanggal 2025-01-02',
    );
    expect(ws.getCell('A5').value).toBe('NO');
    expect(ws.getCell('D5').value).toBe('TARIF LAYANAN');
    expect(ws.getCell('E5').isMerged).toBe(true);
    expect(ws.getCell('D6').value).toBe('TINGKAT I/ DASAR');
    expect(ws.getCell('F6').value).toBe('TINGKAT III/ SUB SPESIALIS');
    // row 7: asesmen
    expect([
      ws.getCell('A7').value,
      ws.getCell('B7').value,
      ws.getCell('C7').value,
      ws.getCell('D7').value,
      ws.getCell('E7').value,
      ws.getCell('F7').value,
    ]).toEqual(['1', 'Asesmen', '5 tahap', 250000, 400000, 600000]);
    expect(ws.getCell('D7').numFmt).toContain('#,##0');
    // rows 8–10: 2.1 with NO "2" spanning the whole intervention group (15 rows) and the item spanning 3
    expect(ws.getCell('A8').value).toBe('2');
    expect(ws.getCell('A22').isMerged).toBe(true);
    expect(ws.getCell('B8').value).toBe('2.1 Penyuluhan sosial');
    expect(ws.getCell('B10').isMerged).toBe(true);
    expect([
      ws.getCell('C8').value,
      ws.getCell('D8').value,
      ws.getCell('E8').value,
      ws.getCell('F8').value,
    ]).toEqual(['1 jam', 50000, 0, null]);
    expect(ws.getCell('C10').value).toBe('> 2 jam');
    expect(ws.getCell('G8').value).toBe('Tarif belum ditetapkan');
    expect(ws.getCell('B23').value).toBeNull();
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe('5:6');
    expect(ws.headerFooter.oddFooter).toContain('Halaman &P dari &N');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('( Ibu Ketua )');
    expect(texts.some((x) => x.startsWith('Bandung, '))).toBe(true);
  });
});

it('i18n: tarif and buku areas have the same keys in both languages', async () => {
  expect(Object.keys(enTarif).sort()).toEqual(Object.keys(idTarif).sort());
  const { buku: idBuku } = await import('../../src/i18n/id/buku.js');
  const { buku: enBuku } = await import('../../src/i18n/en/buku.js');
  expect(Object.keys(enBuku).sort()).toEqual(Object.keys(idBuku).sort());
  expect(catalogueKeys('id')).toContain('tarif.celah');
});
