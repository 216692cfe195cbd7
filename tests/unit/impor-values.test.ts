import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { normalizeCell, textCell } from '../../src/io/impor/cell.js';
import { decodeCsv, detectDelimiter, csvRows } from '../../src/io/impor/csv.js';
import { matchHeader, proposeMapping } from '../../src/io/impor/fields.js';
import { detectHeader, footerKind, isColumnNumberRow } from '../../src/io/impor/table.js';
import { sniff } from '../../src/io/impor/source.js';
import { gabungKasus } from '../../src/io/impor/merge.js';
import {
  decideOrder,
  maskNik,
  matchStaf,
  parseDtks,
  parseJenisKelamin,
  parseKlaster,
  parseLayanan,
  parseNik,
  parsePpks,
  parseStatus,
  parseTanggal,
  splitTempatTanggal,
  orderEvidence,
} from '../../src/io/impor/values.js';
import type { Kasus } from '../../src/model/kasus.js';

const tgl = (s: string, urutan: 'hbt' | 'bht' = 'hbt') => parseTanggal(textCell(s), urutan, 2025);

describe('normalizeCell', () => {
  it('unwraps every exceljs value shape', () => {
    expect(normalizeCell({ formula: 'A1+1', result: 5 })).toMatchObject({
      kind: 'number',
      number: 5,
    });
    expect(normalizeCell({ formula: 'A1' })).toMatchObject({
      kind: 'empty',
      formulaWithoutResult: true,
    });
    expect(normalizeCell({ richText: [{ text: 'Nama ' }, { text: 'Klien' }] })).toMatchObject({
      kind: 'text',
      text: 'Nama Klien',
    });
    expect(normalizeCell({ text: 'Dewi', hyperlink: 'mailto:d@x.id' })).toMatchObject({
      kind: 'text',
      text: 'Dewi',
    });
    expect(normalizeCell({ error: '#N/A' })).toMatchObject({ kind: 'error', text: '#N/A' });
    expect(normalizeCell(new Date(Date.UTC(2024, 2, 12)))).toMatchObject({
      kind: 'date',
      text: '2024-03-12',
    });
    expect(normalizeCell('  \u00a0 ')).toMatchObject({ kind: 'empty' });
    expect(normalizeCell(Number('9171012345678901')).text).toBe('9171012345678900');
  });
});

describe('dates', () => {
  it('reads every form offices type', () => {
    expect(tgl('12/03/2024')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('12-03-2024')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('12.03.2024')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('12 Maret 2024')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('12 Mar 24')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('Selasa, 12 Maret 2024')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('2024-03-12')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('3 Agt 1975')).toEqual({ ok: true, value: '1975-08-03' });
    expect(tgl('12 Mar 75')).toEqual({ ok: true, value: '1975-03-12' });
    expect(tgl('03/12/2024', 'bht')).toEqual({ ok: true, value: '2024-03-12' });
    expect(tgl('45363')).toEqual({ ok: true, value: '2024-03-12' });
    expect(parseTanggal(normalizeCell(45363), 'hbt', 2025)).toEqual({
      ok: true,
      value: '2024-03-12',
    });
    // A Date read with getUTC*: no shift for UTC+7.
    expect(parseTanggal(normalizeCell(new Date(Date.UTC(2024, 0, 1))), 'hbt', 2025)).toEqual({
      ok: true,
      value: '2024-01-01',
    });
  });
  it('rejects impossible and unreadable dates with a reason', () => {
    expect(tgl('31/02/2024')).toMatchObject({
      ok: false,
      problem: { key: 'impor.alasan.tanggalTidakAda' },
    });
    expect(tgl('12/13/2024')).toMatchObject({
      ok: false,
      problem: { key: 'impor.alasan.bulanTidakAda' },
    });
    expect(tgl('kemarin')).toMatchObject({
      ok: false,
      problem: { key: 'impor.alasan.tanggalTidakTerbaca' },
    });
    expect(tgl('12 Marst 2024')).toMatchObject({
      ok: false,
      problem: { key: 'impor.alasan.bulanTidakDikenal' },
    });
    expect(tgl('2024')).toMatchObject({ ok: false });
  });
  it('decides day/month order from the whole column and says when it guessed', () => {
    expect(orderEvidence(textCell('25/03/2024'))).toBe('hbt');
    expect(orderEvidence(textCell('03/25/2024'))).toBe('bht');
    expect(orderEvidence(textCell('03/04/2024'))).toBe('ambigu');
    expect(decideOrder({ hbt: 1, bht: 0, ambigu: 9 })).toEqual({ urutan: 'hbt', alasan: 'bukti' });
    expect(decideOrder({ hbt: 0, bht: 2, ambigu: 9 })).toEqual({ urutan: 'bht', alasan: 'bukti' });
    expect(decideOrder({ hbt: 0, bht: 0, ambigu: 3 })).toEqual({ urutan: 'hbt', alasan: 'bawaan' });
    expect(decideOrder({ hbt: 1, bht: 3, ambigu: 0 })).toEqual({
      urutan: 'bht',
      alasan: 'bertentangan',
    });
    expect(decideOrder({ hbt: 5, bht: 0, ambigu: 0 }, 'bht')).toEqual({
      urutan: 'bht',
      alasan: 'pilihan',
    });
  });
  it('splits place and date of birth', () => {
    expect(splitTempatTanggal('Bandung, 12-03-2010')).toEqual({
      tempat: 'Bandung',
      tanggal: '12-03-2010',
    });
    expect(splitTempatTanggal('Garut, 5 Juli 2009')).toEqual({
      tempat: 'Garut',
      tanggal: '5 Juli 2009',
    });
    expect(splitTempatTanggal('Kab. Bandung Barat / 27/08/2011')).toEqual({
      tempat: 'Kab. Bandung Barat',
      tanggal: '27/08/2011',
    });
    expect(splitTempatTanggal('Bandung')).toEqual({ tempat: 'Bandung', tanggal: '' });
  });
});

describe('NIK', () => {
  it('keeps text, cleans separators only', () => {
    expect(parseNik(textCell('3273 0112.0310-0001'))).toEqual({
      status: 'ok',
      nik: '3273011203100001',
    });
    expect(parseNik(textCell("'3273011203100001"))).toEqual({
      status: 'ok',
      nik: '3273011203100001',
    });
    expect(parseNik(textCell('327301120310001'))).toMatchObject({
      status: 'tidak-valid',
      digits: 15,
    });
  });
  it('never repairs a number that lost digits', () => {
    expect(parseNik(normalizeCell(Number('9171012345678901')))).toMatchObject({
      status: 'angka-rusak',
    }); // > 2^53
    expect(parseNik(normalizeCell(3273011203100000))).toMatchObject({ status: 'angka-rusak' }); // Excel's 15 digits
    expect(parseNik(normalizeCell(327301120310001))).toMatchObject({ status: 'angka-rusak' }); // 15 digits
    expect(parseNik(textCell('3,27301E+15'))).toMatchObject({ status: 'angka-rusak' });
    expect(parseNik(normalizeCell(3273014507090003))).toEqual({
      status: 'angka-utuh',
      nik: '3273014507090003',
    });
  });
  it('masks for the terminal', () => {
    expect(maskNik('3273011203100001')).toBe('3273********0001');
  });
});

describe('codes', () => {
  it('sex', () => {
    for (const s of ['L', 'Lk', 'Laki-laki', 'laki laki', 'Pria'])
      expect(parseJenisKelamin(s)).toBe('L');
    for (const s of ['P', 'Pr', 'Perempuan', 'Wanita']) expect(parseJenisKelamin(s)).toBe('P');
    expect(parseJenisKelamin('X')).toBeNull();
  });
  it('services', () => {
    expect(parseLayanan('Rehsos')).toBe('rehabilitasi');
    expect(parseLayanan('Rehabilitasi Sosial')).toBe('rehabilitasi');
    expect(parseLayanan('Perlindungan')).toBe('perlindungan');
    expect(parseLayanan('Pemberdayaan Sosial')).toBe('pemberdayaan');
    expect(parseLayanan('pencegahan disfungsi sosial')).toBe('pencegahan');
    expect(parseLayanan('Pengembangan')).toBe('pengembangan');
    expect(parseLayanan('Rehabiltasi')).toBe('rehabilitasi');
    expect(parseLayanan('Konseling')).toBeNull();
  });
  it('status, cluster, DTKS, PPKS', () => {
    expect(parseStatus('Terminasi')).toBe('selesai');
    expect(parseStatus('Dirujuk ke RSJ')).toBe('dirujuk');
    expect(parseStatus('Meninggal dunia')).toBe('berhenti');
    expect(parseStatus('Dalam layanan')).toBe('aktif');
    expect(parseStatus('???')).toBeNull();
    expect(parseKlaster('Lansia')).toBe('lanjut-usia');
    expect(parseKlaster('Penyandang Disabilitas')).toBe('penyandang-disabilitas');
    expect(parseDtks('Ya')).toBe('terdaftar');
    expect(parseDtks('Belum')).toBe('belum-terdaftar');
    expect(parseDtks('Diusulkan')).toBe('diusulkan');
    expect(parsePpks('Anak Terlantar')).toBe('anak-telantar');
    expect(parsePpks('ABH')).toBe('anak-berhadapan-dengan-hukum');
    expect(parsePpks('xyz')).toBeNull();
  });
  it('staff names to ids', () => {
    const staf = [
      { id: 'dewi', nama: 'Dewi Lestari, S.Sos' },
      { id: 'rahmat', nama: 'Rahmat Hidayat, S.Tr.Sos' },
    ];
    expect(matchStaf('Dewi Lestari', staf)).toEqual({ id: 'dewi', how: 'nama' });
    expect(matchStaf('dewi', staf)).toEqual({ id: 'dewi', how: 'id' });
    expect(matchStaf('Rahmat Hidayah', staf)).toEqual({ id: 'rahmat', how: 'mirip' });
    expect(matchStaf('Bu Wati', staf)).toBeNull();
  });
});

describe('CSV', () => {
  it('decodes Windows-1252, UTF-8 with BOM and UTF-16', () => {
    expect(decodeCsv(iconv.encode('Nama;José', 'win1252'))).toEqual({
      text: 'Nama;José',
      encoding: 'windows-1252',
    });
    expect(decodeCsv(Buffer.from('\ufeffNama,Ñoño', 'utf8'))).toEqual({
      text: 'Nama,Ñoño',
      encoding: 'utf-8-bom',
    });
    expect(
      decodeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nama\tA', 'utf16le')])).text,
    ).toBe('Nama\tA');
  });
  it('detects the delimiter and respects quotes', () => {
    expect(detectDelimiter('REGISTER\r\nNo;Nama;NIK\r\n1;"A; B";x\r\n')).toBe(';');
    expect(detectDelimiter('No,Nama,NIK\n1,"A, B",x\n')).toBe(',');
    const rows = [...csvRows('a;"b ""c"";d"\r\n\r\n1;2\r\n', ';')];
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['a', 'b "c";d'],
      [''],
      ['1', '2'],
    ]);
  });
});

describe('table', () => {
  const row = (n: number, vals: (string | number | null)[]) => ({
    n,
    cells: vals.map((v) => normalizeCell(v)),
  });
  it('finds a two-row header below a title block, plus a column-number row', () => {
    const layout = detectHeader([
      row(1, ['REGISTER KLIEN', 'REGISTER KLIEN', 'REGISTER KLIEN']),
      row(2, ['TAHUN 2024']),
      row(4, ['No', 'Nama Klien', 'Tanggal', null, 'NIK']),
      row(5, [null, null, 'Masuk', 'Keluar', null]),
      row(6, ['(1)', '(2)', '(3)', '(4)', '(5)']),
      row(7, [1, 'Andi', '12/03/2024', null, '3273011203100001']),
    ]);
    expect(layout?.headerRows).toEqual([4, 5, 6]);
    expect(layout?.columns.map((c) => c.header)).toEqual([
      'No',
      'Nama Klien',
      'Tanggal Masuk',
      'Tanggal Keluar',
      'NIK',
    ]);
  });
  it('returns null when nothing looks like a header', () => {
    expect(detectHeader([row(1, ['Rekap', 'x']), row(2, [1, 2])])).toBeNull();
  });
  it('recognises totals and signature rows but not data rows', () => {
    expect(footerKind(row(1, ['Jumlah', null, '10 orang']).cells)).toBe('jumlah');
    expect(footerKind(row(1, [null, 'Bandung, 31 Desember 2024']).cells)).toBe('tanda-tangan');
    expect(footerKind(row(1, [null, 'Mengetahui,']).cells)).toBe('tanda-tangan');
    expect(footerKind(row(1, ['NIP. 19650101 199003 1 001']).cells)).toBe('tanda-tangan');
    expect(
      footerKind(row(1, [1, 'REG-1', 'Kepala Desa Sukamaju', 'L', '12/03/2024']).cells),
    ).toBeNull();
    expect(isColumnNumberRow(row(1, [1, 2, 3, 4]).cells)).toBe(true);
  });
  it('maps headers by synonym, abbreviation and close spelling', () => {
    expect(matchHeader('No. Reg')?.key).toBe('nomor');
    expect(matchHeader('Tempat/Tgl Lahir')?.key).toBe('klien.tempatTanggalLahir');
    expect(matchHeader('TTL')?.key).toBe('klien.tempatTanggalLahir');
    expect(matchHeader('No. KTP')?.key).toBe('klien.nik');
    expect(matchHeader('Jenis Klamin')?.key).toBe('klien.jenisKelamin');
    expect(matchHeader('Alamat Lengkap Sesuai KK')?.key).toBe('klien.alamat');
    expect(matchHeader('Tanggal Masuk (dd/mm/yyyy)')?.key).toBe('tahapan.pendekatanAwal.tanggal');
    expect(matchHeader('Hobi')).toBeNull();
    const m = proposeMapping([
      { index: 0, header: 'Nama' },
      { index: 1, header: 'Nama Klien' },
      { index: 2, header: 'Hobi' },
    ]);
    expect(m.map((c) => c.target)).toEqual([
      'klien.nama',
      'simpan-di-catatan',
      'simpan-di-catatan',
    ]);
  });
  it('sniffs .xls, .ods and CSV by content', () => {
    expect(sniff(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '.xlsx')).toBe(
      'xls',
    );
    const ods = Buffer.concat([
      Buffer.from([0x50, 0x4b, 3, 4]),
      Buffer.alloc(26),
      Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
    ]);
    expect(sniff(ods, '.xlsx')).toBe('ods');
    expect(sniff(Buffer.from('No;Nama\r\n'), '.txt')).toBe('csv');
    expect(sniff(Buffer.from('<html><table>'), '.xls')).toBe('html');
  });
});

describe('gabung', () => {
  const k = (nomor: string, nik?: string, tanggal?: string): Kasus => ({
    nomor,
    layanan: 'rehabilitasi',
    status: 'aktif',
    klien: { jenis: 'individu', nik },
    tahapan: { pendekatanAwal: { tanggal } },
  });
  it('never duplicates and never drops a case already there', () => {
    const existing = [k('A'), k('B', '3273011203100001', '2024-01-02')];
    const g = gabungKasus(existing, [k('A'), k('X', '3273011203100001', '2024-01-02'), k('C')]);
    expect(g.kasus.map((x) => x.nomor)).toEqual(['A', 'B', 'C']);
    expect(g).toMatchObject({ ditambahkan: 1, sudahAda: 2 });
    expect(gabungKasus(g.kasus, [k('A'), k('C')]).kasus).toEqual(g.kasus);
  });
});

describe('register YAML', () => {
  it('round-trips any strings, quotes identifiers, keeps nested lists', async () => {
    const fc = await import('fast-check');
    const { parse } = await import('yaml');
    const { registerYaml } = await import('../../src/io/impor/output.js');
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.stringMatching(/^\d{16}$/), (nama, catatan, nik) => {
        const k = {
          nomor: '007',
          layanan: 'rehabilitasi',
          status: 'aktif',
          klien: { jenis: 'individu', nama, nik },
          tahapan: { pendekatanAwal: { tanggal: '2024-01-02' } },
          kegiatan: [{ tanggal: '2024-01-03', kegiatan: 'asesmen', biaya: 0, proBono: true }],
          timKerjaMasyarakat: ['a', 'yes'],
          catatan,
        } as unknown as Kasus;
        const text = registerYaml([k], 'versi: 1\n');
        expect(parse(text, { schema: 'core' })).toEqual({ versi: 1, kasus: [k] });
        expect(text).toContain(`nik: "${nik}"`);
      }),
      { numRuns: 300 },
    );
  });
});
