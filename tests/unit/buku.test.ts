import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli.js';
import {
  buildBuku,
  catatanKasus,
  inisial,
  kasusDalamTahun,
  maskNik,
} from '../../src/outputs/buku/buku.js';
import { renderBukuXlsx } from '../../src/outputs/buku/render-xlsx.js';
import { readRegisterXlsx } from '../../src/io/register-xlsx.js';
import { createT } from '../../src/i18n/index.js';
import type { Kasus } from '../../src/model/kasus.js';
import type { Lembaga } from '../../src/model/lembaga.js';

const t = createT('id');
const FIXTURE = path.resolve('tests/fixtures/tarif-buku');

const lembaga: Lembaga = {
  lembaga: {
    nama: 'LKS Uji',
    jenis: 'LKS',
    kepemilikan: 'masyarakat',
    kota: 'Bandung',
    pimpinan: { nama: 'Ibu Ketua', jabatan: 'Ketua' },
  },
  layanan: { rehabilitasi: {} },
  staf: [],
  fasilitas: {
    kantor: true,
    komputer: 3,
    'media-kie': false,
    shelter: 'kapasitas 12',
    'ruang-musik': true,
  },
};

const kasus = (over: Partial<Kasus> = {}): Kasus => ({
  nomor: 'R-1',
  layanan: 'rehabilitasi',
  status: 'aktif',
  klien: {
    jenis: 'individu',
    nama: 'Rina Wulandari',
    nik: '3273014507950001',
    jenisKelamin: 'P',
    alamat: 'Jl. X',
  },
  tahapan: { pendekatanAwal: { tanggal: '2025-01-10' }, asesmen: { tanggal: '2025-01-15' } },
  kegiatan: [
    { tanggal: '2025-01-15', kegiatan: 'bimbingan-mental-spiritual', sesi: 'S1', proBono: true },
    { tanggal: '2025-01-12', kegiatan: 'perawatan-pengasuhan-dasar' },
  ],
  ...over,
});
const reg = (ks: Kasus[]) =>
  ks.map((k, i) => ({ kasus: k, file: 'r.yaml', pointer: `/kasus/${i}` }));

describe('personal data in the books', () => {
  it('masks NIK as 3273********0001 and reduces ABH to initials', () => {
    expect(maskNik('3273014507950001')).toBe('3273********0001');
    expect(inisial('Dimas  Saputra')).toBe('D.S.');
    const d = buildBuku(
      lembaga,
      reg([
        kasus(),
        kasus({
          nomor: 'R-2',
          klien: {
            jenis: 'individu',
            nama: 'Dimas Saputra',
            nik: '3273011203100002',
            alamat: 'Jl. Y',
            abh: true,
          },
        }),
      ]),
      { tahun: 2025, tampilkanNik: true, kosong: false },
    );
    expect(d.kasus[0]?.klien.nik).toBe('3273014507950001');
    expect(d.kasus[1]?.klien).toMatchObject({ nama: 'D.S.', nik: '3273********0002' });
    expect(d.kasus[1]?.klien.alamat).toBeUndefined();
    const masked = buildBuku(lembaga, reg([kasus()]), {
      tahun: 2025,
      tampilkanNik: false,
      kosong: false,
    });
    expect(masked.kasus[0]?.klien.nik).toBe('3273********0001');
  });
});

describe('book contents', () => {
  it('selects the cases whose period overlaps the year', () => {
    expect(kasusDalamTahun(kasus(), 2025)).toBe(true);
    expect(kasusDalamTahun(kasus(), 2024)).toBe(false);
    expect(
      kasusDalamTahun(
        kasus({
          status: 'selesai',
          tahapan: {
            pendekatanAwal: { tanggal: '2024-03-01' },
            terminasi: { tanggal: '2024-09-01' },
          },
          kegiatan: [],
        }),
        2025,
      ),
    ).toBe(false);
    expect(
      kasusDalamTahun(
        kasus({ tahapan: { pendekatanAwal: { tanggal: '2024-03-01' } }, kegiatan: [] }),
        2025,
      ),
    ).toBe(true);
  });
  it('catatan kasus: stages and activities in date order', () => {
    const e = catatanKasus(kasus());
    expect(e.map((x) => `${x.tanggal} ${x.jenis} ${x.kode}`)).toEqual([
      '2025-01-10 tahap pendekatanAwal',
      '2025-01-12 kegiatan perawatan-pengasuhan-dasar',
      '2025-01-15 tahap asesmen',
      '2025-01-15 kegiatan bimbingan-mental-spiritual',
    ]);
  });
  it('daftar hadir groups the sesi; aset lists the catalogue facilities and extras; laporan counts per month', () => {
    const d = buildBuku(lembaga, reg([kasus(), kasus({ nomor: 'R-2' })]), {
      tahun: 2025,
      tampilkanNik: false,
      kosong: false,
    });
    expect(d.sesi).toHaveLength(1);
    expect(d.sesi[0]?.peserta.map((p) => p.nomor)).toEqual(['R-1', 'R-2']);
    const aset = Object.fromEntries(d.aset.map((a) => [a.key, [a.ada, a.jumlah, a.keterangan]]));
    expect(aset['kantor']).toEqual([true, null, null]);
    expect(aset['komputer']).toEqual([true, 3, null]);
    expect(aset['media-kie']).toEqual([false, null, null]);
    expect(aset['shelter']).toEqual([true, null, 'kapasitas 12']);
    expect(aset['ruang-terapi']).toEqual([null, null, null]);
    expect(aset['ruang-musik']).toEqual([true, null, null]);
    expect(d.aset.find((a) => a.key === 'shelter')?.bagian).toMatch(
      /^Lampiran C angka 2\.2\.1 huruf /,
    );
    expect(d.laporan.bulan[0]).toEqual({
      bulan: 1,
      kasusBaru: 2,
      kegiatan: 4,
      proBono: 2,
      terminasi: 0,
      dirujuk: 0,
    });
  });
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

describe('workbook, read back cell by cell', () => {
  it('register book: identity block, header, masked NIK, print setup, signature; canonical sheets', async () => {
    const d = buildBuku(lembaga, reg([kasus()]), {
      tahun: 2025,
      tampilkanNik: false,
      kosong: false,
    });
    const wb = await load(
      await renderBukuXlsx(d, {
        t,
        buku: ['register', 'catatan', 'ringkasan', 'hadir', 'aset', 'laporan'],
      }),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Buku Register Klien',
      'Catatan Kasus',
      'Ringkasan Kasus',
      'Daftar Hadir',
      'Aset Inventaris',
      'Buku Laporan',
      'Register',
      'Kegiatan',
      'Pengaduan',
      'Supervisi',
      'Daftar',
    ]);
    const ws = wb.getWorksheet('Buku Register Klien')!;
    expect(ws.getCell('A1').value).toBe('BUKU REGISTER KLIEN');
    expect(ws.getCell('A2').value).toBe('LKS Uji');
    expect(ws.getCell('A4').value).toBe('Periode: 1 Januari 2025 s.d. 31 Desember 2025');
    expect(ws.getCell('B6').value).toBe('No. Register');
    expect(ws.getRow(7).values).toEqual([
      undefined,
      1,
      'R-1',
      new Date(Date.UTC(2025, 0, 10)),
      'Rina Wulandari',
      '3273********0001',
      'P',
      undefined,
      'Individu',
      undefined,
      STANDAR.rehabilitasi.nama,
      undefined,
      'Aktif',
    ]);
    expect(ws.getCell('C7').numFmt).toBe('dd/mm/yyyy');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 6 });
    expect(ws.autoFilter).toBeDefined();
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
    expect(ws.headerFooter.oddFooter).toBe('&LBuku Register Klien&RHalaman &P dari &N');
    const texts: string[] = [];
    ws.eachRow((r) => r.eachCell((c) => texts.push(String(c.value))));
    expect(texts).toContain('Mengetahui,');
    expect(texts).toContain('( Ibu Ketua )');
    const canon = wb.getWorksheet('Register')!;
    expect(canon.getCell('A1').value).toBe('No. Register');
    expect(canon.getCell('A2').value).toBe('R-1');
    // a masked NIK is left blank in the canonical sheet
    expect(canon.getCell('F1').value).toBe('NIK');
    expect(canon.getCell('F2').value).toBeNull();
    const keg = wb.getWorksheet('Kegiatan')!;
    expect([keg.getCell('A2').value, keg.getCell('C2').value]).toEqual([
      'R-1',
      'bimbingan-mental-spiritual',
    ]);
    const hadir = wb.getWorksheet('Daftar Hadir')!;
    const ht: string[] = [];
    hadir.eachRow((r) => r.eachCell((c) => ht.push(String(c.value))));
    expect(ht).toContain('S1');
    expect(ht).toContain('Tanda Tangan');
    expect(hadir.pageSetup.orientation).toBe('portrait');
  });
  it('--kosong: no case rows, dropdowns, NIK column as text', async () => {
    const d = buildBuku(lembaga, reg([kasus()]), {
      tahun: 2025,
      tampilkanNik: false,
      kosong: true,
    });
    const wb = await load(await renderBukuXlsx(d, { t, buku: ['register'] }));
    expect(wb.getWorksheet('Buku Register Klien')!.getCell('B7').value).toBeNull();
    const canon = wb.getWorksheet('Register')!;
    expect(canon.getCell('A2').value).toBeNull();
    expect(canon.getColumn(6).numFmt).toBe('@');
    expect(canon.getCell('B2').dataValidation?.type).toBe('list');
    expect(canon.getCell('B2').dataValidation?.formulae?.[0]).toBe(
      '"pencegahan,perlindungan,rehabilitasi,pemberdayaan,pengembangan"',
    );
  });
});

describe('lembaga register (in-process)', () => {
  const capture = () => {
    let s = '';
    return {
      write: (x: string) => ((s += x), true),
      get text() {
        return s;
      },
    };
  };
  it('writes buku-register-<tahun>.xlsx that reads back as the same cases; refuses to overwrite', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'buku-'));
    await fs.cp(FIXTURE, dir, { recursive: true });
    const stderr = capture();
    const code = await run(['register', dir, '--tampilkan-nik'], {
      stdout: capture(),
      stderr,
      env: {},
      cwd: dir,
    });
    expect(code, stderr.text).toBe(0);
    const file = path.join(dir, 'buku-register-2025.xlsx');
    const back = await readRegisterXlsx(file, 'buku-register-2025.xlsx', t);
    expect(back.problems).toEqual([]);
    expect(back.kasus.map((k) => k.kasus.nomor)).toEqual([
      'REG-2025-001',
      'REG-2025-002',
      'REG-2025-003',
    ]);
    expect(back.kasus[0]?.kasus.klien.nik).toBe('3273014507950001');
    expect(back.kasus[1]?.kasus.klien.nama).toBe('D.S.');
    expect(back.kasus[0]?.kasus.kegiatan).toHaveLength(3);
    const again = capture();
    expect(
      await run(['register', dir], { stdout: capture(), stderr: again, env: {}, cwd: dir }),
    ).toBe(2);
    const bad = capture();
    expect(
      await run(['register', dir, '--buku', 'x', '--timpa'], {
        stdout: capture(),
        stderr: bad,
        env: {},
        cwd: dir,
      }),
    ).toBe(2);
    expect(bad.text).toContain('Buku "x" tidak dikenal');
  });
});
