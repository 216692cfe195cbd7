/** `lembaga impor` in-process on the committed legacy fixtures. */
import { describe, expect, it, beforeEach } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { jalankan } from '../helpers/cli.js';
import { loadRegisterFile } from '../../src/io/load-folder.js';
import { createT } from '../../src/i18n/index.js';
import { catalogueKeys } from '../../src/i18n/index.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures/impor');
let dir: string;

async function lembaga(args: string[]) {
  return jalankan(args, dir);
}

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'impor-'));
  copyFileSync(path.join(FIX, 'lks-2024.xlsx'), path.join(dir, 'Register 2024.xlsx'));
  copyFileSync(path.join(FIX, 'windows-1252.csv'), path.join(dir, 'register-2024.csv'));
  copyFileSync(path.join(FIX, 'lembaga.yaml'), path.join(dir, 'lembaga.yaml'));
});

async function loadOut(rel: string) {
  return loadRegisterFile(path.join(dir, rel), rel, { cwd: dir, t: createT('id'), schema: true });
}

describe('impor: LKS workbook', () => {
  it('accounts for every row, writes a valid register and the rejected workbook', async () => {
    const r = await lembaga([
      'impor',
      'Register 2024.xlsx',
      '-o',
      'register/2024.yaml',
      '--ya',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      sheet: 'Register 2024',
      headerRow: 5,
      rowsRead: 15,
      imported: 7,
      rejected: 8,
      output: 'register/2024.yaml',
      rejectedOutput: 'register/2024.ditolak.xlsx',
    });
    expect(j.rowsRead).toBe(j.imported + j.rejected);
    expect(j.mapping['Tanggal Masuk']).toBe('tahapan.pendekatanAwal.tanggal');
    expect(j.mapping['Tempat/Tgl Lahir']).toBe('klien.tempatTanggalLahir');
    expect(r.stderr).toBe('');

    const reg = await loadOut('register/2024.yaml');
    expect(reg.problems.filter((p) => p.rule === 'schema' || p.rule === 'parse-error')).toEqual([]);
    const byNomor = new Map(reg.kasus.map((k) => [k.kasus.nomor, k.kasus]));
    const andi = byNomor.get('LKS/2024/001')!;
    expect(andi).toMatchObject({
      layanan: 'rehabilitasi',
      status: 'selesai',
      pekerjaSosial: 'dewi',
    });
    expect(andi.klien).toMatchObject({
      nik: '3273011203100001',
      tanggalLahir: '2010-03-12',
      jenisKelamin: 'L',
    });
    expect(andi.tahapan.pendekatanAwal).toEqual({
      tanggal: '2024-01-08',
      kesepakatan: '2024-01-08',
    });
    expect(andi.tahapan.terminasi?.tanggal).toBe('2024-06-28');
    expect(byNomor.get('LKS/2024/002')!.klien.nik).toBe('3273014507090003');
    // Lost digits: never "repaired", flagged in the notes.
    expect(byNomor.get('LKS/2024/003')!.klien.nik).toBeUndefined();
    expect(byNomor.get('LKS/2024/003')!.catatan).toMatch(/kehilangan digit/);
    expect(byNomor.get('LKS/2024/004')!.klien.nik).toBeUndefined();
    expect(byNomor.get('LKS/2024/005')!.klien.nik).toBe('3273016106120004');
    expect(byNomor.get('LKS/2024/005')!.tahapan.pendekatanAwal?.tanggal).toBe('2024-04-01');
    expect(byNomor.get('LKS/2024/004')!.tahapan.pendekatanAwal?.tanggal).toBe('2024-03-12');
    expect(byNomor.get('LKS/2024/010')!.tahapan.pendekatanAwal?.tanggal).toBe('2024-01-03');
    expect(byNomor.get('LKS/2024/006')!.catatan).toMatch(/Bu Wati/);
    // The YAML quotes the NIK.
    expect(readFileSync(path.join(dir, 'register/2024.yaml'), 'utf8')).toMatch(
      /nik: "3273011203100001"/,
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'register/2024.ditolak.xlsx'));
    const ws = wb.getWorksheet('Ditolak')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      'No',
      'No. Reg',
      'Nama Klien',
      'NIK',
      'Tempat/Tgl Lahir',
      'L/P',
      'Alamat',
      'Tanggal Masuk',
      'Tanggal Keluar',
      'Layanan',
      'Peksos',
      'Keterangan',
      'Baris asal',
      'Alasan',
    ]);
    expect(ws.actualRowCount - 1).toBe(8);
    const rows = new Map<number, ExcelJS.Row>();
    ws.eachRow((row, n) => n > 1 && rows.set(Number(row.getCell(13).value), row));
    const impossible = rows.get(16)!;
    expect(impossible.getCell(8).value).toBe('31/02/2024');
    expect(impossible.getCell(8).note).toMatch(/tidak ada di kalender/);
    expect((impossible.getCell(8).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect(impossible.getCell(14).value).toMatch(/^Tanggal Masuk: /);
    expect(rows.get(17)!.getCell(2).note).toMatch(/sudah dipakai di baris 14/);
    expect(rows.get(15)!.getCell(14).value).toMatch(/tanpa nomor register dan tanpa nama/);
    expect(rows.get(19)!.getCell(1).value).toBe('Jumlah');
    expect(rows.get(19)!.getCell(14).value).toMatch(/jumlah/i);
    expect(rows.get(21)!.getCell(10).value).toBe('Bandung, 31 Desember 2024');
    expect(rows.get(26)!.getCell(14).value).toMatch(/tanda tangan|sesudah/);
  });

  it('is a dry run without -o, and shows mapping, masked preview and summary on stderr', async () => {
    const r = await lembaga(['impor', 'Register 2024.xlsx']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/Pemetaan kolom/);
    expect(r.stderr).toMatch(/3273\*{8}0001/);
    expect(r.stderr).not.toMatch(/3273011203100001/);
    expect(r.stderr).toMatch(/Dibaca 15 baris · diimpor 7 · ditolak 8/);
    expect(existsSync(path.join(dir, 'register'))).toBe(false);
  });

  it('previews what the import does, and suggests -o from the data year', async () => {
    writeFileSync(
      path.join(dir, 'semi.csv'),
      [
        'No;No Reg;Nama;NIK;Tgl Masuk;Layanan;Peksos',
        '1;S-01;Rudi;3273011203100001;05/01/2025;Rehsos;Sari Dewi',
        '2;S-02;Susi;;1/13/2025;Rehsos;Sari',
        '3;S-03;Tini;;12/01/2025;Pencegahan;',
        ';;Total: 3;;;;',
      ].join('\r\n'),
    );
    const r = await lembaga(['impor', 'semi.csv']);
    expect(r.stderr).toMatch(/baris 3: S-02 · Susi · rehabilitasi · aktif · 2025-01-13/);
    expect(r.stderr).toMatch(/baris 5: akan ditolak: Baris jumlah\/total/);
    expect(r.stderr).not.toMatch(/IMP-/);
    expect(r.stderr).toMatch(/Dibaca 4 baris · diimpor 3 · ditolak 1/);
    expect(r.stderr).toMatch(/Tambahkan -o register\/2025\.yaml untuk/);
    const hbt = await lembaga(['impor', 'semi.csv', '--urutan-tanggal', 'hbt']);
    expect(hbt.stderr).toMatch(/baris 3: akan ditolak: Bulan pada "1\/13\/2025"/);
    expect(hbt.stderr).toMatch(/diimpor 2 · ditolak 2/);
  });

  it('refuses to overwrite without --timpa, and --gabung twice gives the same register', async () => {
    expect((await lembaga(['impor', 'Register 2024.xlsx', '-o', 'r.yaml', '-q'])).code).toBe(1);
    const first = readFileSync(path.join(dir, 'r.yaml'), 'utf8');
    const again = await lembaga(['impor', 'Register 2024.xlsx', '-o', 'r.yaml']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--timpa/);
    const g = await lembaga([
      'impor',
      'Register 2024.xlsx',
      '-o',
      'r.yaml',
      '--gabung',
      '--format',
      'json',
    ]);
    expect(JSON.parse(g.stdout)).toMatchObject({ added: 0, alreadyPresent: 7 });
    expect(readFileSync(path.join(dir, 'r.yaml'), 'utf8')).toBe(first);
    // A case added by hand survives a merge.
    writeFileSync(
      path.join(dir, 'r.yaml'),
      first.replace(
        'kasus:\n',
        'kasus:\n- nomor: "MANUAL-1"\n  layanan: rehabilitasi\n  status: aktif\n  klien:\n    jenis: individu\n  tahapan: {}\n',
      ),
    );
    await lembaga(['impor', 'Register 2024.xlsx', '-o', 'r.yaml', '--gabung', '-q']);
    const reg = await loadOut('r.yaml');
    expect(reg.kasus.map((k) => k.kasus.nomor)).toContain('MANUAL-1');
    expect(reg.kasus).toHaveLength(8);
  });

  it('saves the mapping and imports next year with it in one command', async () => {
    await lembaga(['impor', 'Register 2024.xlsx', '--simpan-pemetaan', 'pemetaan.yaml', '-q']);
    const saved = readFileSync(path.join(dir, 'pemetaan.yaml'), 'utf8');
    expect(saved).toMatch(/"?No\. Reg"?: nomor/);
    expect(saved).toMatch(/urutanTanggal: hbt/);
    const r = await lembaga([
      'impor',
      'Register 2024.xlsx',
      '--pemetaan',
      'pemetaan.yaml',
      '-o',
      'r.yaml',
      '--format',
      'json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 7, rejected: 8 });
  });
});

describe('impor: Windows CSV', () => {
  it('reads semicolons, CRLF and Windows-1252', async () => {
    const r = await lembaga([
      'impor',
      'register-2024.csv',
      '-o',
      'register/pkh.yaml',
      '--format',
      'json',
    ]);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ rowsRead: 5, imported: 4, rejected: 1, sheet: null, headerRow: 1 });
    expect(j.notes.join(' ')).toMatch(/Tgl Lahir/);
    const reg = await loadOut('register/pkh.yaml');
    expect(reg.problems.filter((p) => p.rule === 'schema')).toEqual([]);
    const names = reg.kasus.map((k) => k.kasus.klien.nama);
    expect(names).toEqual([
      'José da Costa',
      'Antónia Guterres',
      'Maria Ñoñez Pereira',
      'Yosef Béré',
    ]);
    const k3 = reg.kasus[2]!.kasus;
    expect(k3.catatan).toMatch(/Catatan; dengan titik koma/);
    expect(reg.kasus[0]!.kasus).toMatchObject({
      layanan: 'pemberdayaan',
      status: 'aktif',
      pekerjaSosial: 'rahmat',
    });
    expect(reg.kasus[1]!.kasus).toMatchObject({ status: 'selesai' });
    expect(reg.kasus[1]!.kasus.klien.nik).toBeUndefined();
    expect(reg.kasus[3]!.kasus.tahapan.pendekatanAwal?.tanggal).toBe('2024-03-05');
  });

  it('--urutan-tanggal bht overrides and then impossible dates are rejected', async () => {
    const r = await lembaga([
      'impor',
      'register-2024.csv',
      '--urutan-tanggal',
      'bht',
      '--format',
      'json',
    ]);
    const j = JSON.parse(r.stdout);
    expect(j.rowsRead).toBe(j.imported + j.rejected);
    expect(j.rejected).toBeGreaterThan(1);
  });
});

describe('impor: bad input', () => {
  it('gives a clear message for .xls, .ods and missing files (exit 2)', async () => {
    writeFileSync(
      path.join(dir, 'lama.xls'),
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]),
    );
    const xls = await lembaga(['impor', 'lama.xls']);
    expect(xls.code).toBe(2);
    expect(xls.stderr).toMatch(/Simpan Sebagai/);
    writeFileSync(
      path.join(dir, 'a.ods'),
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 3, 4]),
        Buffer.alloc(26),
        Buffer.from('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'),
      ]),
    );
    expect((await lembaga(['impor', 'a.ods'])).stderr).toMatch(/OpenDocument/);
    const missing = await lembaga(['impor', 'tidak-ada.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/tidak ada/);
    expect(missing.stderr).not.toMatch(/at .*\.js/);
  });

  it('never reports success when nothing was imported', async () => {
    writeFileSync(
      path.join(dir, 'kosong.csv'),
      'No;No Register;Nama;Tgl Masuk\r\n1;;;\r\nJumlah;0\r\n',
    );
    const r = await lembaga(['impor', 'kosong.csv', '-o', 'x.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Tidak ada yang diimpor/);
    expect(existsSync(path.join(dir, 'x.yaml'))).toBe(false);
    expect(existsSync(path.join(dir, 'x.ditolak.xlsx'))).toBe(true);
  });

  it('exits 0 when every row is imported', async () => {
    writeFileSync(
      path.join(dir, 'ok.csv'),
      '\ufeffNo Register,Nama,Tgl Masuk,Layanan\n1,Ani,2024-01-02,Rehsos\n2,Budi,2024-02-03,Perlindungan\n',
    );
    const r = await lembaga(['impor', 'ok.csv', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rowsRead: 2, imported: 2, rejected: 0 });
  });
});

describe('impor messages', () => {
  it('exist in both languages', () => {
    const id = catalogueKeys('id')
      .filter((k) => k.startsWith('impor.'))
      .sort();
    const en = catalogueKeys('en')
      .filter((k) => k.startsWith('impor.'))
      .sort();
    expect(en).toEqual(id);
  });
});
