import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { createT } from '../../src/i18n/index.js';
import {
  cekEmail,
  cekKodeWilayah,
  cekTanggal,
  cekWajib,
  jawabanKerangka,
  tanyaJawaban,
  type Asker,
} from '../../src/outputs/init/jawaban.js';
import { buildLembagaYaml } from '../../src/outputs/init/tulis.js';
import { askerSkrip, lksTertib } from '../helpers/wizard.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';
import { checkSchema } from '../../src/io/schema-check.js';
import { LEMBAGA_SCHEMA } from '../../src/model/lembaga-schema.js';
import { yamlLocator } from '../../src/io/load-folder.js';
import { jalankanInit } from '../../src/cli/commands/init.js';
import type { CliIO } from '../../src/cli/io.js';

const t = createT('id');

describe('init checks (each answer as it is typed)', () => {
  it('dates: dd/mm/yyyy (or YYYY-MM-DD) and a real calendar date', () => {
    expect(cekTanggal(t)('2024-02-29')).toBe(true);
    expect(cekTanggal(t)('29/02/2024')).toBe(true);
    expect(cekTanggal(t)('1/2/2024')).toBe(true);
    expect(cekTanggal(t)('2023-02-29')).toMatch(/bukan tanggal/);
    expect(cekTanggal(t)('29/02/2023')).toMatch(/dd\/mm\/yyyy/);
    expect(cekTanggal(t)('12/31/2024')).toMatch(/bukan tanggal/);
    expect(cekTanggal(t)('')).toBe(true);
    expect(cekTanggal(t, true)('')).toBe('Wajib diisi.');
  });
  it('region codes: pattern, province 11–94, regency/city part', () => {
    for (const ok of ['32.73', '32.73.01', '91.71.01.01', ''])
      expect(cekKodeWilayah(t)(ok), ok).toBe(true);
    for (const bad of ['3273', '32.7', '10.01', '95.01', '32.00', '32.70', '32.73.1'])
      expect(cekKodeWilayah(t)(bad), bad).toEqual(expect.any(String));
  });
  it('non-empty and email', () => {
    expect(cekWajib(t)(' ')).toBe('Wajib diisi.');
    expect(cekWajib(t)('x')).toBe(true);
    expect(cekEmail(t)('a@b.id')).toBe(true);
    expect(cekEmail(t)('a@b')).toEqual(expect.any(String));
  });
});

function cekSkema(yaml: string) {
  const data = parse(yaml);
  return checkSchema('lembaga', LEMBAGA_SCHEMA, data, yamlLocator(null, 'lembaga.yaml'), t);
}

describe('tanyaJawaban + buildLembagaYaml', () => {
  it('the answers become a lembaga.yaml that passes the schema, with the editor schema line', async () => {
    const ask = askerSkrip(lksTertib());
    const j = await tanyaJawaban(ask, t, { tanggal: TANGGAL_UJI });
    expect(ask.ditanya[0]).toBe('Nama lembaga:');
    const yaml = buildLembagaYaml(j, { t, schema: '../schemas/lembaga.schema.json' });
    expect(yaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/lembaga.schema.json',
    );
    expect(cekSkema(yaml)).toEqual([]);
    const l = parse(yaml);
    expect(l.lembaga).toMatchObject({
      nama: 'LKS Tunas Harapan',
      kodeWilayah: '32.77',
      kota: 'Cimahi',
    });
    expect(l.lembaga.pimpinan).toEqual({ nama: 'Ibu Ratna', jabatan: 'Ketua' });
    expect(l.izin).toEqual({
      nomor: '460/77/Dinsos/2024',
      tanggal: '2024-02-01',
      penerbit: 'Dinas Sosial Kota Cimahi',
      berlakuSampai: '2029-01-31',
    });
    expect(l.layanan.pencegahan.sk.tarif).toEqual({
      nomor: '02/SK/TH/2025',
      tanggal: '2025-01-02',
      dasar: ['jenis-jasa', 'tingkat-layanan', 'keahlian', 'frekuensi', 'durasi'],
    });
    // The records of sarana-pemeriksaan (2.2.2) and pengawasan-kegiatan (2.4.1–2.4.4), as answered.
    expect(l.sarana).toEqual({
      pemeriksaan: {
        tanggal: '2026-07-14',
        hasil: {
          ukuran: 'sesuai',
          jumlahRuang: 'sesuai',
          peralatan: 'sesuai',
          keselamatan: 'sesuai',
          cahayaUdara: 'sesuai',
          kebersihanHarian: 'sesuai',
        },
      },
    });
    expect(l.pengawasanInternal.pedoman).toEqual({ nomor: '04/SK/TH/2025', tanggal: '2025-01-02' });
    expect(l.pengawasanInternal.objek).toHaveLength(7);
    expect(l.pengawasanInternal.oleh).toEqual(['kepala-ke-supervisor', 'kepala-unit-ke-pelaksana']);
    expect(l.pengawasanInternal.kegiatan).toEqual([
      { jenis: 'penjelasan-tugas', terakhir: '2026-01-12' },
      { jenis: 'pertemuan-pimpinan', terakhir: '2026-10-06' },
      { jenis: 'pertemuan-tim', terakhir: '2026-11-03' },
      { jenis: 'pemeriksaan-catatan', terakhir: '2026-09-15' },
      { jenis: 'pengamatan', terakhir: '2026-08-20' },
      { jenis: 'laporan-tugas', terakhir: '2026-10-31' },
      { jenis: 'laporan-kinerja', terakhir: '2026-06-30' },
      { jenis: 'penanganan-keluhan' },
      { jenis: 'perlindungan' },
    ]);
    expect(l.layanan.pencegahan.tarif.asesmen['5-tahap']).toEqual({
      tingkat1: 0,
      tingkat2: 0,
      tingkat3: 0,
    });
    expect(l.staf[1]).toMatchObject({
      id: 'spv-01',
      peran: 'supervisor',
      pengalamanTahun: 9,
      izinPraktik: { nomor: 'IPPS-Dewi', berlakuSampai: '2028-12-31' },
    });
    expect(typeof l.lembaga.telepon).toBe('string');
  });

  it('no default at a legal threshold: supervisor experience, education, yes/no claims', async () => {
    const seen: Record<string, unknown> = {};
    const ask = askerSkrip(lksTertib());
    const spy = {
      ...ask,
      input: (o: Parameters<typeof ask.input>[0]) => ((seen[o.message] = o.default), ask.input(o)),
      select: <T extends string>(o: Parameters<typeof ask.select<T>>[0]) => (
        (seen[o.message] = o.default),
        ask.select<T>(o)
      ),
      confirm: (o: Parameters<typeof ask.confirm>[0]) => (
        (seen[o.message] = o.default),
        ask.confirm(o)
      ),
      checkbox: <T extends string>(o: Parameters<typeof ask.checkbox<T>>[0]) => (
        (seen[o.message] = o.choices.filter((c) => c.checked).map((c) => c.value)),
        ask.checkbox<T>(o)
      ),
    };
    await tanyaJawaban(spy, t, { tanggal: TANGGAL_UJI });
    expect(seen['Lama pengalaman praktik pekerjaan sosial Dewi (tahun):']).toBeUndefined();
    expect(seen['Pendidikan terakhir Dewi:']).toBeUndefined();
    expect(
      seen['Bidang pendidikan Sari, misalnya pekerjaan sosial atau kesejahteraan sosial:'],
    ).toBeUndefined();
    expect(
      seen['Apakah Sari terikat Kode Etik Profesi Pekerjaan Sosial (menandatangani pernyataan)?'],
    ).toBe(false);
    // Tariff factors and bases, safety attendees, review procedure, inspection items,
    // supervision objects, occasional activities and lines: nothing ticked, "no" by default.
    const pertanyaan = Object.keys(seen);
    const baru = pertanyaan.filter((m) =>
      /^(Faktor yang menjadi dasar|Dasar penentuan tarif|Staf yang (sudah memperoleh|mengikuti)|Evaluasi (Sari|Dewi)|Butir yang sesuai|Yang diawasi|Apakah lembaga menyediakan|Garis pengawasan)/.test(
        m,
      ),
    );
    expect(baru).toHaveLength(2 + 3 + 2 * 5 + 1 + 1 + 2 + 1);
    // Dates of inspections, guideline and activities: no default either.
    const tanggal = pertanyaan.filter((m) =>
      /^Tanggal (pemeriksaan ruang|keputusan pedoman|terakhir )/.test(m),
    );
    expect(tanggal).toHaveLength(1 + 1 + 7);
    for (const m of tanggal) expect(seen[m], m).toBeUndefined();
    for (const m of baru)
      expect(seen[m], m).toSatisfy((v) => v === false || (Array.isArray(v) && v.length === 0));
  });

  it('more than one supervisor; the review screen goes back to a section and keeps other answers', async () => {
    const skrip = lksTertib(undefined, ['Dewi', 'Rina']);
    const review = skrip.findIndex((e) => String(e[0]) === String(/^Periksa jawaban/));
    const tetap = ['Jenis', 'Kepemilikan', 'Kota', 'Kode', 'Alamat kantor', 'Telepon kantor'];
    skrip.splice(
      review,
      1,
      [/^Periksa jawaban/, 'identitas'],
      [/^Nama lembaga/, 'LKS Tunas Harapan Baru'],
      ...[...tetap, 'Email kantor', 'Nama pimpinan', 'Jabatan'].map(
        (k) => [new RegExp(`^${k}`), ''] as [RegExp, string],
      ),
      [/^Periksa jawaban/, 'tulis'],
    );
    const ask = askerSkrip(skrip);
    const j = await tanyaJawaban(ask, t, { tanggal: TANGGAL_UJI });
    expect(ask.sisa()).toEqual([]);
    expect(j.nama).toBe('LKS Tunas Harapan Baru');
    expect(j.kota).toBe('Cimahi'); // Enter kept the previous answer
    expect(j.staf.map((s) => `${s.id} ${s.nama}`)).toEqual([
      'ps-01 Sari',
      'spv-01 Dewi',
      'spv-02 Rina',
    ]);
    expect(ask.dicatat.some((x) => x.includes('Ringkasan jawaban') && x.includes('Rina'))).toBe(
      true,
    );
  });

  it('the review screen offers the inspection and supervision-record sections; Enter keeps every answer', async () => {
    const skrip = lksTertib();
    const review = skrip.findIndex((e) => String(e[0]) === String(/^Periksa jawaban/));
    skrip.splice(
      review,
      1,
      [/^Periksa jawaban/, 'pemeriksaan'],
      [/^Tanggal pemeriksaan ruang/, ''],
      [/^Butir yang sesuai pada pemeriksaan 14\/07\/2026/, ['ukuran', 'jumlahRuang']],
      [/^Periksa jawaban/, 'pengawasanInternal'],
      [/^Nomor keputusan pedoman/, ''],
      [/^Tanggal keputusan pedoman/, ''],
      [/^Yang diawasi/, '*'],
      ...Array.from({ length: 7 }, () => [/^Tanggal terakhir /, ''] as [RegExp, string]),
      [/menyediakan penanganan pengaduan/, ''],
      [/menyediakan perlindungan/, false],
      [/^Garis pengawasan/, ['kepala-ke-supervisor']],
      [/^Periksa jawaban/, 'tulis'],
    );
    const ask = askerSkrip(skrip);
    const pilihan: string[][] = [];
    const dicentang: Record<string, string[][]> = {};
    const spy: Asker = {
      ...ask,
      select: (o) => {
        if (o.message.startsWith('Periksa jawaban')) pilihan.push(o.choices.map((c) => c.name));
        return ask.select(o);
      },
      checkbox: (o) => {
        (dicentang[o.message.split(' ').slice(0, 2).join(' ')] ??= []).push(
          o.choices.filter((c) => c.checked).map((c) => c.value),
        );
        return ask.checkbox(o);
      },
    };
    const j = await tanyaJawaban(spy, t, { tanggal: TANGGAL_UJI });
    expect(ask.sisa()).toEqual([]);
    expect(pilihan[0]).toEqual(
      expect.arrayContaining([
        'Ubah: Pemeriksaan ruang dan peralatan',
        'Ubah: Catatan pengawasan internal',
      ]),
    );
    // The second time, the items ticked before are offered ticked.
    expect(dicentang['Butir yang']).toEqual([
      [],
      expect.arrayContaining(['ukuran', 'cahayaUdara']),
    ]);
    expect(dicentang['Garis pengawasan']).toEqual([
      [],
      ['kepala-ke-supervisor', 'kepala-unit-ke-pelaksana'],
    ]);
    expect(j.pemeriksaanSarana).toEqual({
      tanggal: '2026-07-14',
      hasil: {
        ukuran: 'sesuai',
        jumlahRuang: 'sesuai',
        peralatan: 'belum',
        keselamatan: 'belum',
        cahayaUdara: 'belum',
        kebersihanHarian: 'belum',
      },
    });
    expect(j.pengawasanInternal?.pedoman).toEqual({
      nomor: '04/SK/TH/2025',
      tanggal: '2025-01-02',
    });
    expect(j.pengawasanInternal?.kegiatan?.map((g) => g.terakhir ?? g.jenis)).toEqual([
      '2026-01-12',
      '2026-10-06',
      '2026-11-03',
      '2026-09-15',
      '2026-08-20',
      '2026-10-31',
      '2026-06-30',
      'penanganan-keluhan',
    ]);
    expect(j.pengawasanInternal?.oleh).toEqual(['kepala-ke-supervisor']);
    const ringkas = ask.dicatat.filter((x) => x.includes('Ringkasan jawaban')).at(-1)!;
    expect(ringkas).toContain('Pemeriksaan terakhir: 14/07/2026; sesuai 2/6');
    expect(ringkas).toContain('Keputusan pedoman: 04/SK/TH/2025 (02/01/2025)');
    expect(ringkas).toContain('Cara pengawasan yang tercatat: 8/9');
    expect(ringkas).toContain('Garis pengawasan: 1/2');
  });

  it('dates of the inspection, guideline and activities: dd/mm/yyyy, never after today', async () => {
    const { cekSudahTerjadi } = await import('../../src/outputs/init/jawaban.js');
    const cek = cekSudahTerjadi(t, TANGGAL_UJI, 'init.cek.belumTerjadi');
    expect(cek('25/11/2026')).toBe(true);
    expect(cek('2026-11-25')).toBe(true);
    expect(cek('26/11/2026')).toBe(
      '26/11/2026 sesudah hari ini (25/11/2026). Tulis tanggal yang sudah terjadi (kosongkan bila belum ada).',
    );
    expect(cek('31/02/2026')).toMatch(/bukan tanggal yang sah/);
    expect(cek('')).toBe(true);
    // In the wizard: tomorrow's inspection is refused as typed.
    const skrip = lksTertib();
    const i = skrip.findIndex((e) => String(e[0]).includes('Tanggal pemeriksaan ruang'));
    skrip[i] = [skrip[i]![0], '26/11/2026'];
    await expect(tanyaJawaban(askerSkrip(skrip), t, { tanggal: TANGGAL_UJI })).rejects.toThrow(
      /sesudah hari ini/,
    );
  });

  it('re-asking the safety section offers the attendees ticked before and keeps the new answer', async () => {
    const skrip = lksTertib();
    const review = skrip.findIndex((e) => String(e[0]) === String(/^Periksa jawaban/));
    skrip.splice(
      review,
      1,
      [/^Periksa jawaban/, 'keselamatan'],
      [/^Keamanan dan keselamatan/, '*'],
      [/^Staf yang sudah memperoleh informasi/, '*'],
      [/^Jumlah alat pemadam/, ''],
      [/^Isi APAR kedaluwarsa/, ''],
      [/latihan pengenalan dan penanganan bencana/, ''],
      [/^Staf yang mengikuti latihan bencana/, '*'],
      [/drill/, ''],
      [/^Staf yang mengikuti latihan drill/, ['ps-01']],
      [/^Staf kontak utama/, ''],
      [/pelatihan keselamatan terakhir/, ''],
      [/^Periksa jawaban/, 'tulis'],
    );
    const ask = askerSkrip(skrip);
    const dicentang: string[][] = [];
    const spy: Asker = {
      ...ask,
      checkbox: (o) => {
        if (o.message.startsWith('Staf yang mengikuti latihan drill'))
          dicentang.push(o.choices.filter((c) => c.checked).map((c) => c.value));
        return ask.checkbox(o);
      },
    };
    const j = await tanyaJawaban(spy, t, { tanggal: TANGGAL_UJI });
    expect(ask.sisa()).toEqual([]);
    expect(dicentang).toEqual([[], ['ps-01', 'spv-01']]);
    expect(j.keselamatan?.pesertaLatihanDrill).toEqual(['ps-01']);
    expect(j.keselamatan?.latihanDrillTerakhir).toBe('2026-08-20');
    expect(j.keselamatan?.pesertaInformasi).toEqual(['ps-01', 'spv-01']);
  });

  it('the --ya skeleton parses, invents nothing, and says what is missing', () => {
    const j = jawabanKerangka();
    const yaml = buildLembagaYaml(j, { t, schema: 'x' });
    const l = parse(yaml);
    expect(l.staf).toEqual([]);
    expect(l.layanan).toEqual({});
    expect(l.lembaga.pimpinan).toEqual({});
    // The only schema complaint is the one the user must resolve: choose the services.
    expect(cekSkema(yaml).map((f) => f.path)).toEqual(['/layanan']);
    // Every section the validator reads is there as a commented example.
    for (const k of [
      'fasilitas',
      'peralatan',
      'keselamatan',
      'pengaduan',
      'pengawasan',
      'pengawasanInternal',
      'sarana',
      'jaminan',
      'evaluasiKinerja',
    ])
      expect(yaml, k).toMatch(new RegExp(`^# ${k}:`, 'm'));
    // Uncommented, the examples of the two new records pass the schema.
    let blok = false;
    const hapusPagar = yaml
      .split('\n')
      .map((x) => {
        if (/^# (sarana|pengawasanInternal):/.test(x)) blok = true;
        else if (!x.startsWith('#')) blok = false;
        return blok ? x.slice(2).replace(/ {2}#.*$/, '') : x;
      })
      .join('\n');
    expect(hapusPagar).toMatch(/^pengawasanInternal:$/m);
    expect(hapusPagar).toMatch(/^sarana:$/m);
    expect(cekSkema(hapusPagar).map((f) => f.path)).toEqual(['/layanan']);
    expect(yaml).toMatch(
      /^#\s+tarif: \{.*dasar: \[jenis-jasa, tingkat-layanan, keahlian, frekuensi, durasi\] \}/m,
    );
    for (const k of [
      'sertifikat',
      'izinPraktik',
      'organisasiProfesi',
      'kodeEtik',
      'pelatihan',
      'pernyataan',
      'riwayatBersih',
      'rencanaTahunan',
      'evaluasiTerakhir',
      'evaluasi',
      'faktorTarif',
      'pesertaInformasi',
      'pesertaLatihanBencana',
      'pesertaLatihanDrill',
      'laporanTerakhir',
      'pemeriksaan',
      'pedoman',
      'objek',
      'kegiatan',
      'oleh',
    ])
      expect(yaml, k).toMatch(new RegExp(`^#\\s+${k}:`, 'm'));
  });

  it('quotes make identifiers text even when they look like numbers', () => {
    const j = {
      ...jawabanKerangka(),
      nama: 'X',
      telepon: '0812345678901234',
      layanan: ['pencegahan' as const],
    };
    const l = parse(buildLembagaYaml(j, { t, schema: 'x' }));
    expect(l.lembaga.telepon).toBe('0812345678901234');
  });
});

const capture = () => {
  let s = '';
  return {
    write: (x: string) => ((s += x), true),
    get text() {
      return s;
    },
  };
};
function io(cwd: string, interactive: boolean) {
  const out = capture();
  const err = capture();
  const v: CliIO = {
    hariIni: TANGGAL_UJI,
    stdout: out,
    stderr: err,
    stdoutIsTTY: interactive,
    interactive,
    color: false,
    env: {},
    cwd,
    bahasa: 'id',
    t,
    quiet: false,
    debug: false,
  };
  return { io: v, out, err };
}

describe('lembaga init (in-process)', () => {
  it('asks, then writes lembaga.yaml, an empty register workbook and README, and runs validasi', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-'));
    const c = io(dir, true);
    const ask = askerSkrip(lksTertib('31/10/2026'));
    expect(await jalankanInit(['baru'], { tanggal: TANGGAL_UJI }, c.io, ask)).toBe(0);
    const files = (await fs.readdir(path.join(dir, 'baru'), { recursive: true }))
      .map(String)
      .sort();
    expect(files).toEqual([
      'README.md',
      'lembaga.yaml',
      'register',
      expect.stringMatching(/^register[/\\]register-\d{4}\.xlsx$/),
    ]);
    const xlsx = await fs.readFile(path.join(dir, 'baru', files[3]!));
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');
    expect(c.out.text).toBe('');
    expect(c.err.text).toContain('Ditulis: baru/lembaga.yaml');
    // The closing summary is the validator's own list, grouped by section, with its location.
    expect(c.err.text).toContain('(sama dengan lembaga validasi): 1 galat, 0 peringatan');
    expect(c.err.text).toMatch(
      /\n {2}Staf\n {4}- baru\/lembaga\.yaml:\d+ {2}Izin praktik Sari berakhir/,
    );
    const readme = await fs.readFile(path.join(dir, 'baru', 'README.md'), 'utf8');
    expect(readme).toContain('# LKS Tunas Harapan');
    expect(readme).toContain('lembaga validasi .');
  });

  it('no terminal implies --ya; never overwrites without --timpa, before asking anything', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-'));
    const c = io(dir, false);
    expect(await jalankanInit([], {}, c.io)).toBe(0);
    expect(c.err.text).toContain('Tidak ada terminal interaktif');
    const before = await fs.readFile(path.join(dir, 'lembaga.yaml'), 'utf8');
    await fs.writeFile(path.join(dir, 'lembaga.yaml'), before + '# milik pengguna\n');
    const ask = askerSkrip([]);
    await expect(jalankanInit([], {}, io(dir, true).io, ask)).rejects.toThrow(/--timpa/);
    expect(ask.ditanya).toEqual([]);
    expect(await fs.readFile(path.join(dir, 'lembaga.yaml'), 'utf8')).toContain('# milik pengguna');
    const lagi = io(dir, true);
    expect(await jalankanInit([], { ya: true, timpa: true }, lagi.io)).toBe(0);
    expect(await fs.readFile(path.join(dir, 'lembaga.yaml'), 'utf8')).not.toContain(
      '# milik pengguna',
    );
    // An empty register is only a template: --timpa may replace it.
    expect(lagi.err.text).toMatch(/Ditulis: register\/register-\d{4}\.xlsx/);
    // A file at that path that is not a readable register is never replaced.
    const reg = (await fs.readdir(path.join(dir, 'register')))[0]!;
    await fs.writeFile(path.join(dir, 'register', reg), 'bukan xlsx');
    const ketiga = io(dir, true);
    expect(await jalankanInit([], { ya: true, timpa: true }, ketiga.io)).toBe(0);
    expect(await fs.readFile(path.join(dir, 'register', reg), 'utf8')).toBe('bukan xlsx');
    expect(ketiga.err.text).toContain('tidak dapat dipastikan kosong');
  });

  it('--ya --timpa over a register that holds cases keeps it, and says so (issue 14 item 3)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-'));
    const src = path.join(EXAMPLES, 'lks-harapan-bunda');
    await fs.cp(src, path.join(dir, 'lks'), { recursive: true });
    const reg = (await fs.readdir(path.join(dir, 'lks', 'register'))).find((f) =>
      f.endsWith('.xlsx'),
    )!;
    const tahun = reg.match(/(\d{4})\.xlsx$/)?.[1] ?? '';
    const target = path.join(dir, 'lks', 'register', reg);
    const before = await fs.readFile(target);
    const c = io(dir, false);
    expect(
      await jalankanInit(['lks'], { ya: true, timpa: true, tanggal: `${tahun}-06-01` }, c.io),
    ).toBe(0);
    expect(Buffer.compare(await fs.readFile(target), before)).toBe(0);
    expect(c.err.text).toMatch(
      new RegExp(`Register lks/register/${reg} berisi \\d+ kasus dan tidak ditimpa`),
    );
    expect(c.err.text).not.toContain(`Ditulis: lks/register/${reg}`);
  });

  it('cancelling mid-way (Ctrl-C) writes nothing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-'));
    const ask = askerSkrip([
      [/^Nama lembaga/, 'Panti'],
      [/^Jenis/, 'LKS'],
      [/^Kepemilikan/, 'masyarakat'],
    ]);
    const batal: Asker = {
      ...ask,
      input: async (o) => {
        if (o.message.startsWith('Kota'))
          throw Object.assign(new Error('User force closed the prompt'), {
            name: 'ExitPromptError',
          });
        return ask.input(o);
      },
    };
    await expect(jalankanInit(['x'], {}, io(dir, true).io, batal)).rejects.toMatchObject({
      name: 'ExitPromptError',
    });
    await expect(fs.access(path.join(dir, 'x'))).rejects.toThrow();
  });
});

describe('licence end date as typed', () => {
  it('is refused before the issue date, accepted on or after it', async () => {
    const { cekSampai } = await import('../../src/outputs/init/jawaban.js');
    const { createT } = await import('../../src/i18n/index.js');
    const cek = cekSampai(createT('id'), '2023-02-28');
    expect(cek('01/01/2022')).toMatch(/lebih awal dari tanggal terbit 28\/02\/2023/);
    expect(cek('2023-02-28')).toBe(true);
    expect(cek('28/02/2023')).toBe(true);
    expect(cek('')).toBe(true);
    expect(cek('2023-02-30')).not.toBe(true);
  });
});
