import { describe, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  buildRegisterXlsx,
  readRegisterXlsx,
  readRegisterXlsxBuffer,
  parseRupiah,
} from '../../src/io/register-xlsx.js';
import {
  KOLOM_REGISTER,
  KOLOM_KEGIATAN,
  normaliseEnum,
  headerKey,
} from '../../src/model/register-kolom.js';
import { createT, catalogueKeys } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';
import { handXlsx, is, textRow } from './xlsx-reader-zip.js';

const t = createT('id');
const tEn = createT('en');

function kasusContoh(): Kasus[] {
  return [
    {
      nomor: 'REG-2025-001',
      layanan: 'rehabilitasi',
      status: 'selesai',
      klien: {
        jenis: 'individu',
        nama: 'Budi Santoso',
        nik: '9171012345678901', // Papua: above 2^53, would change as a number
        tanggalLahir: '2010-03-04',
        jenisKelamin: 'L',
        alamat: 'Jl. Merdeka No. 1',
        kodeWilayah: '91.71.01',
        ppks: 'anak-telantar',
        klaster: 'anak',
        basisLayanan: 'residensial',
        dtks: 'belum-terdaftar',
        abh: false,
      },
      pemohon: { jenis: 'masyarakat', nama: 'Ibu Sri' },
      pekerjaSosial: 'ps-01',
      supervisor: 'sup-01',
      timKerjaMasyarakat: ['Pak RT', 'Bu Kader'],
      tahapan: {
        pendekatanAwal: { tanggal: '2025-01-05', kesepakatan: '2025-01-06' },
        asesmen: { tanggal: '2025-01-10' },
        perencanaan: { tanggal: '2025-01-15' },
        intervensi: { mulai: '2025-01-20', selesai: '2025-05-30' },
        evaluasi: { tanggal: '2025-06-02' },
        rujukan: { tanggal: '2025-06-03', lembagaPenerima: 'Panti Sosial X' },
        terminasi: {
          tanggal: '2025-06-05',
          dibahasDenganSupervisor: true,
          klienDiberitahu: true,
          formulirDitandatangani: false,
          disaksikanPemohon: false,
        },
      },
      perpanjangan: [
        { tanggal: '2025-05-01', sampai: '2025-08-01', dasar: 'SK 5/2025' },
        { tanggal: '2025-07-25', sampai: '2025-10-01', dasar: 'SK 9/2025' },
      ],
      kegiatan: [
        {
          tanggal: '2025-01-10',
          kegiatan: 'pengumpulan-data',
          tahap: 'asesmen',
          durasi: '5-tahap',
          tingkat: 'tingkat1',
          biaya: 250000,
          proBono: false,
          pelaksana: 'ps-01',
        },
        {
          tanggal: '2025-02-01',
          kegiatan: 'bimbingan-mental-spiritual',
          tahap: 'intervensi',
          durasi: '1-jam',
          tingkat: 'tingkat2',
          biaya: 0,
          proBono: true,
          sesi: 'S-01',
          catatan: 'kelompok',
        },
      ],
      pengaduan: [
        {
          tanggal: '2025-03-01',
          jenis: 'pembayaran-di-luar-tarif',
          saluran: 'whatsapp',
          ditanganiOleh: 'sup-01',
          selesai: '2025-03-05',
          catatan: 'selesai',
        },
      ],
      catatan: '=SUM(A1) bukan rumus',
    },
    {
      nomor: 'REG-2025-002',
      layanan: 'pencegahan',
      status: 'aktif',
      klien: { jenis: 'keluarga', nik: '3273014501900002', jenisKelamin: 'P' },
      tahapan: { pendekatanAwal: { tanggal: '2025-02-01' } },
      perpanjangan: [{ tanggal: '2025-09-01' }],
      kegiatan: [],
      pengaduan: [],
    },
  ];
}

describe('round trip', () => {
  test('build then read gives the same cases, no problems', async () => {
    const cases = kasusContoh();
    const bytes = await buildRegisterXlsx(cases, null, {}, t);
    const r = await readRegisterXlsxBuffer(bytes, 'register/r.xlsx', t);
    expect(r.problems).toEqual([]);
    expect(r.kasus.map((k) => k.kasus)).toEqual(cases);
    expect(r.kasus.map((k) => k.pointer)).toEqual(['/kasus/0', '/kasus/1']);
  });
  test('locator: cells, headers, activity rows, unknown fields', async () => {
    const r = await readRegisterXlsxBuffer(
      await buildRegisterXlsx(kasusContoh(), null, {}, t),
      'r.xlsx',
      t,
    );
    expect(r.locator.locate('/kasus/1/klien/nik')).toMatchObject({
      file: 'r.xlsx',
      sheet: 'Register',
      cell: 'F3',
      row: 3,
      header: 'NIK',
    });
    expect(r.locator.locate('/kasus/0/kegiatan/1/biaya')).toMatchObject({
      sheet: 'Kegiatan',
      cell: 'G3',
      row: 3,
      header: 'Biaya (Rp)',
    });
    expect(r.locator.locate('/kasus/0/pengaduan/0/selesai')).toMatchObject({
      sheet: 'Pengaduan',
      cell: 'F2',
      row: 2,
    });
    expect(r.locator.locate('/kasus/0/perpanjangan/1/dasar')).toMatchObject({
      cell: 'AL2',
      header: 'Dasar Perpanjangan',
    });
    expect(r.locator.locate('/kasus/0/tahapan/intervensi')).toMatchObject({
      header: 'Tgl Mulai Intervensi',
    });
    expect(r.locator.locate('/kasus/0/tidak/ada')).toMatchObject({
      cell: 'A2',
      row: 2,
      header: null,
    });
    expect(r.locator.locate('/kasus/0/kegiatan/0')).toMatchObject({
      sheet: 'Kegiatan',
      cell: 'A2',
    });
    expect(r.locator.locate('/kasus/9/klien')).toMatchObject({ sheet: 'Register', cell: null });
  });
  test('the empty template reads back as an empty register', async () => {
    const r = await readRegisterXlsxBuffer(
      await buildRegisterXlsx([], null, { kosong: true }, t),
      'k.xlsx',
      t,
    );
    expect(r.kasus).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('the written workbook, read back with exceljs', () => {
  test('template: text NIK, date formats, frozen header, filter, dropdowns, hidden Daftar, Petunjuk', async () => {
    const bytes = await buildRegisterXlsx(
      kasusContoh(),
      { staf: [{ id: 'ps-01' }, { id: 'sup-01' }] } as never,
      {},
      t,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Register',
      'Kegiatan',
      'Pengaduan',
      'Supervisi',
      'Petunjuk',
      'Daftar',
    ]);
    const reg = wb.getWorksheet('Register')!;
    const col = (h: string) => KOLOM_REGISTER.findIndex((k) => k.header === h) + 1;
    expect(reg.getRow(1).values).toEqual([undefined, ...KOLOM_REGISTER.map((k) => k.header)]);
    expect(reg.getColumn(col('NIK')).numFmt).toBe('@');
    expect(reg.getCell(2, col('NIK')).value).toBe('9171012345678901');
    expect(reg.getCell(2, col('Tgl Asesmen')).numFmt).toBe('dd/mm/yyyy');
    expect((reg.getCell(2, col('Tgl Asesmen')).value as Date).toISOString()).toBe(
      '2025-01-10T00:00:00.000Z',
    );
    expect(reg.getCell(2, col('Dibahas dg Supervisor')).value).toBe('ya');
    expect(reg.getCell(2, col('Formulir Ditandatangani')).value).toBe('tidak');
    expect(reg.getCell(2, col('Perpanjangan (Tanggal)')).value).toBe('01/05/2025; 25/07/2025');
    expect(reg.getCell(2, col('Catatan')).type).toBe(ExcelJS.ValueType.String);
    expect(reg.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(reg.autoFilter).toBeTruthy();
    const dv = (ws: ExcelJS.Worksheet, c: number) =>
      (
        ws as unknown as {
          dataValidations: { find(a: string): { formulae: string[]; type: string } | undefined };
        }
      ).dataValidations.find(`${ws.getColumn(c).letter}5`);
    expect(dv(reg, col('Layanan'))?.formulae[0]).toBe(
      '"pencegahan,perlindungan,rehabilitasi,pemberdayaan,pengembangan"',
    );
    expect(dv(reg, col('Dibahas dg Supervisor'))?.formulae[0]).toBe('"ya,tidak"');
    expect(dv(reg, col('Pekerja Sosial'))?.formulae[0]).toBe('"ps-01,sup-01"');
    const keg = wb.getWorksheet('Kegiatan')!;
    const kcol = (h: string) => KOLOM_KEGIATAN.findIndex((k) => k.header === h) + 1;
    expect(dv(keg, kcol('Tingkat'))?.formulae[0]).toBe('"tingkat1,tingkat2,tingkat3"');
    expect(dv(keg, kcol('Durasi'))?.formulae[0]).toBe('"1-jam,2-jam,lebih-2-jam,5-tahap"');
    const kegRange = dv(keg, kcol('Kegiatan'))?.formulae[0] ?? '';
    expect(kegRange).toMatch(/^Daftar!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/);
    const daftar = wb.getWorksheet('Daftar')!;
    expect(daftar.state).toBe('hidden');
    const [, range] = kegRange.split('!');
    const [from, to] = range!.replace(/\$/g, '').split(':');
    const listed: string[] = [];
    const c0 = Number(daftar.getCell(from!).col);
    for (let r = Number(daftar.getCell(from!).row); r <= Number(daftar.getCell(to!).row); r++)
      listed.push(String(daftar.getCell(r, c0).value));
    expect(listed).toContain('bimbingan-mental-spiritual');
    expect(listed.join(',').length).toBeGreaterThan(255);
    const pet = wb.getWorksheet('Petunjuk')!;
    const text: string[] = [];
    pet.eachRow((row) => text.push(row.values ? (row.values as unknown[]).join(' | ') : ''));
    for (const k of [...KOLOM_REGISTER, ...KOLOM_KEGIATAN])
      expect(text.some((l) => l.includes(` ${k.header} |`))).toBe(true);
    expect(keg.getCell('A2').value).toBe('REG-2025-001');
    expect(keg.getCell(3, kcol('Pro Bono')).value).toBe('ya');
  });
});

describe('workbooks as users save them', () => {
  test('NIK saved as a number: nik-angka at that cell, with the message of the brief', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.addRow(['No. Register', 'Layanan', 'Status', 'Jenis Klien', 'Nama Klien', 'NIK']);
    ws.addRow(['R1', 'rehabilitasi', 'aktif', 'individu', 'A', '3273010101900001']);
    // What Excel keeps of a NIK typed into a General cell: a double.
    ws.addRow(['R2', 'rehabilitasi', 'aktif', 'individu', 'B', Number('9171012345678901')]);
    const r = await readRegisterXlsxBuffer(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      'n.xlsx',
      t,
    );
    const nik = r.problems.filter((p) => p.rule === 'nik-angka');
    expect(nik).toHaveLength(1);
    expect(nik[0]).toMatchObject({
      severity: 'error',
      sheet: 'Register',
      cell: 'F3',
      row: 3,
      header: 'NIK',
      path: '/kasus/1/klien/nik',
      kasus: 'R2',
      value: null,
    });
    expect(nik[0]!.message).toBe(
      'NIK di Register!F3 tersimpan sebagai angka; digit terakhirnya mungkin sudah hilang. Ketik ulang sebagai teks.',
    );
    expect(r.problems.filter((p) => p.rule !== 'nik-angka')).toEqual([]);
    expect(r.kasus[0]!.kasus.klien.nik).toBe('3273010101900001');
  });
  test('formulas without cached values, error cells, rich text, hyperlinks, merged cells, hidden sheets', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Catatan Rahasia', { state: 'hidden' }).addRow(['abaikan']);
    const ws = wb.addWorksheet('Register');
    ws.addRow([
      'No. Register',
      'Layanan',
      'Status',
      'Jenis Klien',
      'Nama Klien',
      'Tgl Asesmen',
      'Catatan',
      'Alamat',
    ]);
    ws.addRow([
      'R1',
      { richText: [{ text: 'rehabi', font: { bold: true } }, { text: 'litasi' }] },
      'aktif',
      'individu',
      { text: 'Budi', hyperlink: 'https://contoh.id' },
      { formula: 'DATE(2025,1,10)' },
      { error: '#N/A' },
      'Jl. A',
    ]);
    ws.addRow([
      'R2',
      'rehabilitasi',
      'aktif',
      'individu',
      'C',
      new Date(Date.UTC(2025, 0, 11)),
      'x',
      'Jl. B',
    ]);
    ws.mergeCells('G3:H3');
    const r = await readRegisterXlsxBuffer(
      new Uint8Array(await wb.xlsx.writeBuffer()),
      'f.xlsx',
      t,
    );
    expect(r.kasus.map((k) => k.kasus.nomor)).toEqual(['R1', 'R2']);
    expect(r.kasus[0]!.kasus.layanan).toBe('rehabilitasi');
    expect(r.kasus[0]!.kasus.klien.nama).toBe('Budi');
    expect(r.kasus[1]!.kasus.tahapan.asesmen?.tanggal).toBe('2025-01-11');
    expect(r.kasus[1]!.kasus.klien.alamat).toBeUndefined();
    const byCell = Object.fromEntries(r.problems.map((p) => [p.cell, p]));
    expect(byCell.F2).toMatchObject({
      rule: 'sel-tidak-terbaca',
      header: 'Tgl Asesmen',
      path: '/kasus/0/tahapan/asesmen/tanggal',
    });
    expect(byCell.G2).toMatchObject({ rule: 'sel-tidak-terbaca', value: '#N/A' });
    expect(r.problems).toHaveLength(2);
  });
  test('headers in another order, other case and spacing, extra columns, a title block above', async () => {
    const rows = [
      textRow(1, ['BUKU REGISTER KLIEN']),
      textRow(3, [
        'Kolom Tambahan',
        'nik',
        'STATUS',
        'jenis  klien',
        'no register',
        'layanan',
        'Tgl Asesment',
        'l/p',
      ]),
      textRow(4, [
        'apa saja',
        '3273010101900001',
        'Aktif',
        'Individu',
        'R1',
        'Rehabilitasi',
        '05/01/2025',
        'Perempuan',
      ]),
    ].join('');
    const kegiatan = [
      textRow(1, [
        'No. Register',
        'Tanggal',
        'Kegiatan',
        'Tingkat',
        'Durasi',
        'Biaya (Rp)',
        'Pro Bono',
      ]),
      textRow(2, [
        'R1',
        '5 Januari 2025',
        'bimbingan-fisik',
        'Tingkat II',
        '> 2 jam',
        'Rp 150.000',
        'Ya',
      ]),
      textRow(3, ['R9', '06/01/2025', 'bimbingan-fisik', null, null, '1O0', 'mungkin']),
      textRow(4, [null, '06/01/2025', 'bimbingan-fisik']),
    ].join('');
    const r = await readRegisterXlsxBuffer(
      handXlsx([
        { name: 'register', rows },
        { name: 'Kegiatan', rows: kegiatan },
      ]),
      'h.xlsx',
      t,
    );
    const k = r.kasus[0]!.kasus;
    expect(k).toMatchObject({
      nomor: 'R1',
      layanan: 'rehabilitasi',
      status: 'aktif',
      klien: { jenis: 'individu', nik: '3273010101900001', jenisKelamin: 'P' },
    });
    expect(k.kegiatan).toEqual([
      {
        tanggal: '2025-01-05',
        kegiatan: 'bimbingan-fisik',
        tingkat: 'tingkat2',
        durasi: 'lebih-2-jam',
        biaya: 150000,
        proBono: true,
      },
    ]);
    expect(r.locator.locate('/kasus/0/klien/nik')).toMatchObject({ cell: 'B4', header: 'nik' });
    const rules = r.problems.map((p) => `${p.rule}@${p.sheet}!${p.cell}`).sort();
    expect(rules).toEqual(
      [
        'kolom-register@register!G3', // "Tgl Asesment" → did you mean "Tgl Asesmen"?
        'nomor-tidak-dikenal@Kegiatan!A3',
        'sel-tidak-terbaca@Kegiatan!F3',
        'sel-tidak-terbaca@Kegiatan!G3',
        'nomor-tidak-dikenal@Kegiatan!A4',
      ].sort(),
    );
    expect(r.problems.find((p) => p.cell === 'G3')!.message).toContain('Tgl Asesmen');
  });
  test('values the schema refuses are located at their cell, once', async () => {
    const rows = [
      textRow(1, ['No. Register', 'Layanan', 'Status', 'Jenis Klien', 'NIK', 'Tgl Asesmen']),
      // "rehab" is a common spelling (src/model/nilai.ts) and is accepted; "olahraga" is not.
      textRow(2, ['R1', 'olahraga', 'aktif', 'individu', '3273', 'kemarin']),
      textRow(3, ['R2', 'rehabilitasi', 'aktif', null, null, null]),
    ].join('');
    const r = await readRegisterXlsxBuffer(handXlsx([{ name: 'Register', rows }]), 's.xlsx', t);
    const got = r.problems.map((p) => `${p.rule} ${p.cell} ${p.path}`).sort();
    expect(got).toEqual(
      [
        'schema B2 /kasus/0/layanan',
        'schema E2 /kasus/0/klien/nik',
        'sel-tidak-terbaca F2 /kasus/0/tahapan/asesmen/tanggal',
        'schema D3 /kasus/1/klien/jenis',
      ].sort(),
    );
    expect(r.problems.every((p) => p.kasus === 'R1' || p.kasus === 'R2')).toBe(true);
  });
  test('a missing required column is one finding, not one per case', async () => {
    const rows = [
      textRow(1, ['No. Register', 'Layanan', 'Jenis Klien']),
      textRow(2, ['R1', 'rehabilitasi', 'individu']),
      textRow(3, ['R2', 'rehabilitasi', 'individu']),
    ].join('');
    const r = await readRegisterXlsxBuffer(handXlsx([{ name: 'Register', rows }]), 'm.xlsx', t);
    expect(r.problems.map((p) => [p.rule, p.severity, p.cell])).toEqual([
      ['kolom-register', 'error', 'A1'],
    ]);
  });
  test('inline strings and shared formulas with cached values', async () => {
    const rows = `${textRow(1, ['No. Register', 'Layanan', 'Status', 'Jenis Klien', 'Catatan'])}
      <row r="2">${is('A2', 'R1')}${is('B2', 'rehabilitasi')}${is('C2', 'aktif')}${is('D2', 'individu')}<c r="E2" t="str"><f t="shared" ref="E2:E3" si="0">A2&amp;"-x"</f><v>R1-x</v></c></row>
      <row r="3">${is('A3', 'R2')}${is('B3', 'rehabilitasi')}${is('C3', 'aktif')}${is('D3', 'individu')}<c r="E3" t="str"><f t="shared" si="0"/><v>R2-x</v></c></row>`;
    const r = await readRegisterXlsxBuffer(handXlsx([{ name: 'Register', rows }]), 'i.xlsx', t);
    expect(r.problems).toEqual([]);
    expect(r.kasus.map((k) => k.kasus.catatan)).toEqual(['R1-x', 'R2-x']);
  });
});

describe('garbage in the register folder: one located finding, never a throw', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'register-xlsx-'));
  const put = (name: string, data: string | Uint8Array) => {
    const p = path.join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const cases: [string, () => string, RegExp][] = [
    ['missing file', () => path.join(dir, 'tidak-ada.xlsx'), /tidak ditemukan/],
    [
      '.xls',
      () => put('lama.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2])),
      /\.xls/,
    ],
    ['text named .xlsx', () => put('teks.xlsx', 'nomor,nama\n1,Budi\n'), /teks/],
    ['empty file', () => put('nol.xlsx', ''), /kosong/],
    [
      'workbook without Register',
      () => put('lain.xlsx', handXlsx([{ name: 'Sheet1', rows: '' }])),
      /tidak punya lembar "Register"/,
    ],
    [
      'Register without header',
      () => put('tanpa-judul.xlsx', handXlsx([{ name: 'Register', rows: textRow(1, ['a', 'b']) }])),
      /baris judul/,
    ],
  ];
  for (const [label, make, re] of cases) {
    test(label, async () => {
      const file = make();
      const r = await readRegisterXlsx(file, 'register/x.xlsx', t);
      expect(r.kasus).toEqual([]);
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0]).toMatchObject({
        rule: 'parse-error',
        severity: 'error',
        file: 'register/x.xlsx',
      });
      expect(r.problems[0]!.message).toMatch(re);
      const en = await readRegisterXlsx(file, 'register/x.xlsx', tEn);
      expect(en.problems[0]!.message).not.toBe(r.problems[0]!.message);
    });
  }
  test('an .ods is named as such', async () => {
    const { zip } = await import('./xlsx-reader-zip.js');
    const r = await readRegisterXlsx(
      put(
        'lo.ods',
        zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }]),
      ),
      'lo.ods',
      t,
    );
    expect(r.problems[0]!.message).toMatch(/OpenDocument/);
  });
});

describe('columns and values', () => {
  test('header keys and enum spellings', () => {
    expect(headerKey(' No.  Register ')).toBe(headerKey('NO REGISTER'));
    const tingkat = KOLOM_KEGIATAN.find((k) => k.key === 'tingkat')!;
    expect(
      ['Tingkat I', 'I', '1', 'dasar', 'TINGKAT1'].map((s) => normaliseEnum(tingkat, s)),
    ).toEqual(Array(5).fill('tingkat1'));
    expect(normaliseEnum(tingkat, 'tingkat 9')).toBe('tingkat 9');
    expect(parseRupiah('Rp 1.500.000,00')).toBe(1500000);
    expect(parseRupiah('150,000')).toBe(150000);
    expect(parseRupiah('12,5')).toBe(12.5);
    expect(parseRupiah('seratus')).toBeNull();
  });
  test('every register message exists in both languages', () => {
    const id = catalogueKeys('id').filter((k) => k.startsWith('register.'));
    const en = catalogueKeys('en').filter((k) => k.startsWith('register.'));
    expect(id.length).toBeGreaterThan(20);
    expect(en.sort()).toEqual(id.sort());
  });
});
