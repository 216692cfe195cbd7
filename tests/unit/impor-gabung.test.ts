/**
 * `impor --gabung` keeps what it does not model (issue 17.2, 17.3), refuses a YAML
 * register too big to read back (17.4), and a legacy register's stage dates land in
 * their fields (14.5). In-process on temporary folders.
 */
import { describe, expect, it, beforeEach } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { jalankan } from '../helpers/cli.js';
import { loadRegisterFile } from '../../src/io/load-folder.js';
import { createT } from '../../src/i18n/index.js';
import { columnLetter, KOLOM_REGISTER } from '../../src/model/register-kolom.js';
import { matchHeader, TARGET_KEYS } from '../../src/io/impor/fields.js';
import { BATAS_YAML_IMPOR_BYTE } from '../../src/io/impor/output.js';
import { gabungYamlTeks } from '../../src/io/impor/gabung-yaml.js';
import { kunciPath, kunciRegister } from '../../src/io/impor/kunci.js';
import type { Kasus } from '../../src/model/kasus.js';
import { usulanKeluaran } from '../../src/cli/commands/impor.js';

const FIX = path.resolve(import.meta.dirname, '../fixtures/impor');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'impor-gabung-'));
  copyFileSync(path.join(FIX, 'lembaga.yaml'), path.join(dir, 'lembaga.yaml'));
});

const lembaga = (args: string[]) => jalankan(args, dir);

function csv(name: string, rows: string[][]): void {
  writeFileSync(
    path.join(dir, name),
    [['No. Reg', 'Nama Klien', 'Tgl Masuk'], ...rows].map((r) => r.join(';')).join('\n'),
  );
}

async function load(rel: string) {
  return loadRegisterFile(path.join(dir, rel), rel, { cwd: dir, t: createT('id'), schema: true });
}

const kasus = (nomor: string): Kasus =>
  ({
    nomor,
    layanan: 'rehabilitasi',
    status: 'aktif',
    klien: { jenis: 'individu', nik: '3273011203100001' },
    tahapan: { pendekatanAwal: { tanggal: '2024-02-01' } },
  }) as Kasus;

describe('impor --gabung into a YAML register keeps comments and key order (17.3)', () => {
  const LAMA = `# Data pribadi: jangan dibagikan
versi: 1
kasus:
  # Kasus dipindahkan dari buku lama
  - status: aktif # belum selesai
    nomor: 'LAMA-1'
    layanan: rehabilitasi
    klien: { jenis: individu, nama: Ani }
    tahapan: {}
# akhir register
`;

  it('through the command: comments, key order, quoting and flow style of old cases survive', async () => {
    writeFileSync(path.join(dir, 'r.yaml'), LAMA);
    csv('baru.csv', [['B-1', 'Budi', '01/02/2024']]);
    const r = await lembaga(['impor', 'baru.csv', '-o', 'r.yaml', '--gabung', '--ya', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path.join(dir, 'r.yaml'), 'utf8');
    expect(text.startsWith('# Data pribadi: jangan dibagikan\nversi: 1\n')).toBe(true);
    expect(text).toMatch(/# Kasus dipindahkan dari buku lama/);
    expect(text).toMatch(/- status: aktif # belum selesai\n\s+nomor: 'LAMA-1'/);
    expect(text).toMatch(/klien: \{ jenis: individu, nama: Ani \}/);
    expect(text).toMatch(/# akhir register/);
    expect(text.indexOf('LAMA-1')).toBeLessThan(text.indexOf('B-1'));
    const reg = await load('r.yaml');
    expect(reg.problems.filter((p) => p.rule === 'schema' || p.rule === 'parse-error')).toEqual([]);
    expect(reg.kasus.map((k) => k.kasus.nomor)).toEqual(['LAMA-1', 'B-1']);
  });

  it('appends to an empty or missing kasus list, NIK quoted', () => {
    for (const lama of ['versi: 1\nkasus: []\n', 'versi: 1\nkasus:\n', '# catatan\nversi: 1\n']) {
      const out = gabungYamlTeks(lama, [kasus('X-1')]);
      expect(out).toMatch(/nik: "3273011203100001"/);
      expect(out).toMatch(/^(# catatan\n)?versi: 1\nkasus:\n- nomor: "X-1"/);
    }
  });
});

describe('impor --gabung into an xlsx register names what it does not carry (17.2)', () => {
  it('extra columns, unreadable cells, orphan Kegiatan rows and own sheets: listed row by row, exit 1', async () => {
    csv('a.csv', [
      ['A-1', 'Ani', '01/02/2024'],
      ['A-2', 'Adi', '02/02/2024'],
    ]);
    expect((await lembaga(['impor', 'a.csv', '-o', 'r.xlsx', '--ya', '-q'])).code).toBe(0);
    // What a lembaga does to its workbook in Excel.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'r.xlsx'));
    const reg = wb.getWorksheet('Register')!;
    const headers = (reg.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const extra = headers.length; // first column after the last header (values are 1-based)
    reg.getRow(1).getCell(extra).value = 'No HP Wali';
    reg.getRow(2).getCell(extra).value = '081234567890';
    const asesmen = headers.indexOf('Tgl Asesmen');
    expect(asesmen).toBeGreaterThan(0);
    reg.getRow(3).getCell(asesmen).value = 'minggu lalu';
    const keg = wb.getWorksheet('Kegiatan')!;
    const kh = (keg.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const kegRow = keg.getRow(2);
    kegRow.getCell(kh.indexOf('No. Register')).value = 'TIDAK-ADA';
    kegRow.getCell(kh.indexOf('Tanggal')).value = new Date(Date.UTC(2024, 1, 3));
    kegRow.getCell(kh.indexOf('Kegiatan')).value = 'asesmen';
    wb.addWorksheet('Catatan Saya').addRow(['Rapat', 'bahas A-1']);
    await wb.xlsx.writeFile(path.join(dir, 'r.xlsx'));

    csv('b.csv', [['B-1', 'Budi', '03/02/2024']]);
    const r = await lembaga([
      'impor',
      'b.csv',
      '-o',
      'r.xlsx',
      '--gabung',
      '--ya',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      added: 1,
      alreadyPresent: 0,
      notCarried: 4,
      notCarriedOutput: 'r.tidak-terbawa.xlsx',
    });

    // The merge itself landed: old and new cases.
    const merged = await load('r.xlsx');
    expect(merged.kasus.map((k) => k.kasus.nomor)).toEqual(['A-1', 'A-2', 'B-1']);

    // The workbook of what was not carried, read back cell by cell.
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'r.tidak-terbawa.xlsx'));
    const ws = out.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1, 6).map((v) => String(v ?? '')));
    });
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Register', '2', `${columnLetter(extra)}2`, 'No HP Wali', '081234567890'],
        ['Register', '3', `${columnLetter(asesmen)}3`, 'Tgl Asesmen', 'minggu lalu'],
        ['Kegiatan', '2', '', '', expect.stringContaining('TIDAK-ADA')],
        ['Catatan Saya', '1', '', '', 'Rapat | bahas A-1'],
      ]),
    );
    expect(rows).toHaveLength(4);
  });

  it('a merge that adds nothing rewrites nothing and names nothing (exit 0)', async () => {
    csv('a.csv', [['A-1', 'Ani', '01/02/2024']]);
    await lembaga(['impor', 'a.csv', '-o', 'r.xlsx', '--ya', '-q']);
    const before = readFileSync(path.join(dir, 'r.xlsx'));
    const r = await lembaga(['impor', 'a.csv', '-o', 'r.xlsx', '--gabung', '--ya', '-q']);
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(dir, 'r.xlsx')).equals(before)).toBe(true);
    expect(existsSync(path.join(dir, 'r.tidak-terbawa.xlsx'))).toBe(false);
  });
});

describe('the register lock (17.1)', () => {
  it('a lock held by a live process makes a merge wait and then refuse (exit 2), nothing written', async () => {
    csv('a.csv', [['A-1', 'Ani', '01/02/2024']]);
    const k = await kunciRegister(path.join(dir, 'r.yaml'));
    const r = await jalankan(['impor', 'a.csv', '-o', 'r.yaml', '--gabung', '--ya'], dir, {
      LANG: 'id_ID.UTF-8',
      LEMBAGA_TUNGGU_KUNCI_DETIK: '0.3',
    });
    await k.release();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sedang digabung oleh proses lain \(pid \d+/);
    expect(existsSync(path.join(dir, 'r.yaml'))).toBe(false);
  });

  it('a lock left by a dead process is broken', async () => {
    csv('a.csv', [['A-1', 'Ani', '01/02/2024']]);
    writeFileSync(
      kunciPath(path.join(dir, 'r.yaml')),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), mulai: '2020-01-01' }),
    );
    const r = await lembaga(['impor', 'a.csv', '-o', 'r.yaml', '--gabung', '--ya', '-q']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes('kunci'))).toEqual([]);
  });
});

describe('a YAML register too big to read back is refused, naming the xlsx (17.4)', () => {
  it(`over ${BATAS_YAML_IMPOR_BYTE / 1024 / 1024} MB: exit 2, nothing written; the dry run suggests .xlsx`, async () => {
    // Few rows, long notes: over the limit without a slow test.
    const note = 'x'.repeat(30_000);
    const rows = Math.ceil(BATAS_YAML_IMPOR_BYTE / note.length) + 5;
    writeFileSync(
      path.join(dir, 'besar.csv'),
      ['No. Reg;Nama Klien;Tgl Masuk;Keterangan']
        .concat(Array.from({ length: rows }, (_, i) => `N-${i};Klien ${i};01/02/2024;${note}`))
        .join('\n'),
    );
    const r = await lembaga(['impor', 'besar.csv', '-o', 'register/2024.yaml', '--ya']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/-o register\/2024\.xlsx/);
    expect(existsSync(path.join(dir, 'register'))).toBe(false);
    // The dry run's suggested -o follows the same size.
    const hasil = { session: { tahunMasuk: new Map([[2024, rows]]) } } as never;
    expect(
      usulanKeluaran(
        { ...(hasil as object), ukuranYaml: BATAS_YAML_IMPOR_BYTE + 1 } as never,
        'besar.csv',
        dir,
        dir,
      ),
    ).toBe('register/2024.xlsx');
    expect(
      usulanKeluaran({ ...(hasil as object), ukuranYaml: 1000 } as never, 'besar.csv', dir, dir),
    ).toBe('register/2024.yaml');
  }, 60_000);

  it('--gabung into a YAML register too large to read whole names its size, not "fix it first"', async () => {
    writeFileSync(
      path.join(dir, 'kecil.csv'),
      'No. Reg;Nama Klien;Tgl Masuk\nN-1;Klien Satu;01/02/2024\n',
    );
    const besar = path.join(dir, 'besar.yaml');
    const isi = `# ${'x'.repeat(BATAS_YAML_IMPOR_BYTE)}\nkasus: []\n`;
    writeFileSync(besar, isi);
    const r = await lembaga(['impor', 'kecil.csv', '-o', 'besar.yaml', '--gabung', '--ya']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('besar.yaml');
    expect(r.stderr).toMatch(/melebihi batas 16 MB untuk berkas YAML/);
    expect(r.stderr).not.toMatch(/perbaiki dulu/);
    expect(readFileSync(besar, 'utf8') === isi).toBe(true);
  }, 60_000);
});

describe('stage dates of a legacy register land in their fields (14.5)', () => {
  it('"Tanggal Rencana Intervensi" and "Tanggal Evaluasi" under a merged TANGGAL header', async () => {
    copyFileSync(path.join(FIX, 'tahapan-2023.xlsx'), path.join(dir, 'tahapan-2023.xlsx'));
    const r = await lembaga([
      'impor',
      'tahapan-2023.xlsx',
      '-o',
      'r.yaml',
      '--ya',
      '--layanan-bawaan',
      'rehabilitasi',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({ rowsRead: 3, imported: 3, rejected: 0 });
    const targets = Object.values(j.mapping);
    expect(targets).toEqual(
      expect.arrayContaining([
        'tahapan.pendekatanAwal.tanggal',
        'tahapan.perencanaan.tanggal',
        'tahapan.evaluasi.tanggal',
        'tahapan.terminasi.tanggal',
        'tahapan.asesmen.catatan',
      ]),
    );
    const reg = await load('r.yaml');
    expect(reg.problems.filter((p) => p.rule === 'schema' || p.rule === 'parse-error')).toEqual([]);
    const [a, b, c] = reg.kasus.map((k) => k.kasus);
    expect(a!.tahapan.perencanaan?.tanggal).toBe('2024-02-14');
    expect(a!.tahapan.evaluasi?.tanggal).toBe('2024-04-18');
    expect(a!.tahapan.asesmen?.catatan).toBe('Butuh pendampingan psikososial');
    expect(b!.tahapan.perencanaan?.tanggal).toBe('2024-03-20');
    expect(b!.tahapan.evaluasi?.tanggal).toBe('2024-07-02');
    expect(b!.tahapan.terminasi?.tanggal).toBe('2024-09-30');
    // Only the columns without a field go to the notes.
    expect(a!.catatan).toBe('Kolom Nama Orang Tua: Karto; Kolom Umur: 71');
    expect(c!.catatan).toBe('Kolom Umur: 75');
    for (const k of [a, b, c])
      expect(k!.catatan ?? '').not.toMatch(/Rencana|Evaluasi|Asesmen|2024/);
  });

  it('to the canonical xlsx, which has no column for a stage note: the note moves to the case notes', async () => {
    copyFileSync(path.join(FIX, 'tahapan-2023.xlsx'), path.join(dir, 'tahapan-2023.xlsx'));
    const r = await lembaga([
      'impor',
      'tahapan-2023.xlsx',
      '-o',
      'r.xlsx',
      '--ya',
      '--layanan-bawaan',
      'rehabilitasi',
      '-q',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const a = (await load('r.xlsx')).kasus[0]!.kasus;
    expect(a.tahapan.perencanaan?.tanggal).toBe('2024-02-14');
    expect(a.tahapan.evaluasi?.tanggal).toBe('2024-04-18');
    expect(a.catatan).toBe(
      'Catatan asesmen: Butuh pendampingan psikososial; Kolom Nama Orang Tua: Karto; Kolom Umur: 71',
    );
  });

  it('every column of the canonical register maps to its field by its header and its aliases', () => {
    for (const k of KOLOM_REGISTER) {
      const key = k.path
        .replace(/\/\*\//g, '/')
        .split('/')
        .join('.');
      expect(TARGET_KEYS, k.path).toContain(key);
      for (const h of [k.header, ...(k.aliases ?? [])].filter(
        (h) => h !== 'Nomor' && h !== 'Pemohon',
      ))
        expect(matchHeader(h)?.key, `${h} → ${key}`).toBe(key);
    }
  });
});
