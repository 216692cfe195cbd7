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
import { buildLembagaYaml, daftarKekurangan } from '../../src/outputs/init/tulis.js';
import { checkSchema } from '../../src/io/schema-check.js';
import { LEMBAGA_SCHEMA } from '../../src/model/lembaga-schema.js';
import { yamlLocator } from '../../src/io/load-folder.js';
import { jalankanInit } from '../../src/cli/commands/init.js';
import type { CliIO } from '../../src/cli/io.js';

const t = createT('id');

/** Scripted answers; an entry `{ salah: x }` must be rejected by the prompt's check before the next is typed. */
type Jawab = string | boolean | string[] | { salah: string };
function skrip(jawab: Jawab[]): Asker & { ditanya: string[] } {
  const antrean = [...jawab];
  const ditanya: string[] = [];
  const ambil = (
    message: string,
    validate?: (v: string) => true | string,
    bawaan?: string,
  ): unknown => {
    ditanya.push(message);
    for (;;) {
      const a = antrean.shift();
      if (a === undefined) throw new Error(`no scripted answer for: ${message}`);
      if (typeof a === 'object' && !Array.isArray(a)) {
        const r = validate?.(a.salah);
        if (typeof r !== 'string')
          throw new Error(`"${a.salah}" should be rejected at: ${message}`);
        continue;
      }
      if (typeof a === 'string' && validate) {
        // Like inquirer: an empty answer takes the default, then is validated.
        const r = validate(a === '' && bawaan !== undefined ? bawaan : a);
        if (r !== true) throw new Error(`"${a}" rejected at ${message}: ${r}`);
      }
      return a;
    }
  };
  return {
    ditanya,
    input: async (o) => {
      const a = ambil(o.message, o.validate, o.default) as string;
      return a === '' && o.default !== undefined ? o.default : a;
    },
    select: async (o) => {
      const a = ambil(o.message) as string;
      if (!o.choices.some((c) => c.value === a))
        throw new Error(`${a} not a choice of ${o.message}`);
      return a as never;
    },
    checkbox: async (o) => {
      const a = ambil(o.message) as string[];
      const r = o.validate?.(a as never);
      if (typeof r === 'string') throw new Error(r);
      return a as never;
    },
    confirm: async (o) => ambil(o.message) as boolean,
  };
}

const JAWABAN: Jawab[] = [
  { salah: '   ' },
  'Panti Sosial Kasih Ibu',
  'panti',
  'masyarakat',
  'Surabaya',
  { salah: '35.7' },
  { salah: '00.78' },
  '35.78',
  'Jl. Kenanga 3',
  '031-555',
  { salah: 'salah@' },
  'panti@example.org',
  ['pencegahan', 'rehabilitasi'],
  true, // atensi
  true, // izin
  '188/IZIN/2023',
  { salah: '2023-02-30' },
  '2023-02-28',
  'Dinas Sosial Kota Surabaya',
  '2028-02-28',
  false, // akreditasi pencegahan
  true, // akreditasi rehabilitasi
  'A',
  'AKR-77',
  '2027-06-30',
  'Maria Ulfa',
  '', // jabatan: default
  '1', // pekerja sosial
  'Budi Santoso',
  'S1',
  '', // bidang default
  'IP-001',
  '2026-12-31',
  ['pencegahan', 'rehabilitasi'],
  true, // supervisor
  'Dewi Kartika',
  'S2',
  'pekerjaan sosial',
  '7',
  '',
  ['rehabilitasi'],
];

describe('init checks (each answer as it is typed)', () => {
  it('dates: YYYY-MM-DD and a real calendar date', () => {
    expect(cekTanggal(t)('2024-02-29')).toBe(true);
    expect(cekTanggal(t)('2023-02-29')).toMatch(/bukan tanggal/);
    expect(cekTanggal(t)('31/12/2024')).toMatch(/YYYY-MM-DD/);
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
    const ask = skrip(JAWABAN);
    const j = await tanyaJawaban(ask, t);
    expect(ask.ditanya[0]).toBe('Nama lembaga:');
    const yaml = buildLembagaYaml(j, { t, schema: '../schemas/lembaga.schema.json' });
    expect(yaml.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../schemas/lembaga.schema.json',
    );
    expect(cekSkema(yaml)).toEqual([]);
    const l = parse(yaml);
    expect(l.lembaga).toMatchObject({
      nama: 'Panti Sosial Kasih Ibu',
      jenis: 'panti',
      kodeWilayah: '35.78',
      kota: 'Surabaya',
    });
    expect(l.lembaga.pimpinan).toEqual({ nama: 'Maria Ulfa', jabatan: 'Ketua' });
    expect(l.izin).toEqual({
      nomor: '188/IZIN/2023',
      tanggal: '2023-02-28',
      penerbit: 'Dinas Sosial Kota Surabaya',
      berlakuSampai: '2028-02-28',
    });
    expect(l.akreditasi).toEqual([
      { bidang: 'rehabilitasi', peringkat: 'A', nomor: 'AKR-77', berlakuSampai: '2027-06-30' },
    ]);
    expect(Object.keys(l.layanan)).toEqual(['pencegahan', 'rehabilitasi']);
    expect(l.layanan.rehabilitasi.atensi).toBe(true);
    expect(l.staf).toHaveLength(2);
    expect(l.staf[0]).toMatchObject({
      id: 'ps-01',
      peran: 'pekerja-sosial',
      pendidikan: { jenjang: 'S1', bidang: 'pekerjaan sosial' },
      izinPraktik: { nomor: 'IP-001', berlakuSampai: '2026-12-31' },
    });
    expect(l.staf[1]).toMatchObject({
      id: 'spv-01',
      peran: 'supervisor',
      pengalamanTahun: 7,
      layanan: ['rehabilitasi'],
    });
    expect(typeof l.lembaga.telepon).toBe('string');
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
    const kurang = daftarKekurangan(j, t).join('\n');
    for (const s of ['nama lembaga', 'izin operasional', 'pekerja sosial', 'supervisor'])
      expect(kurang).toContain(s);
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
    expect(await jalankanInit(['baru'], {}, c.io, skrip(JAWABAN))).toBe(0);
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
    expect(c.err.text).toContain('Yang masih perlu dilengkapi');
    expect(c.err.text).toContain('Hasil pemeriksaan awal');
    expect(c.err.text).toMatch(/baru\/lembaga\.yaml\n\s+\d+:\d+/); // validasi's located findings
    const readme = await fs.readFile(path.join(dir, 'baru', 'README.md'), 'utf8');
    expect(readme).toContain('# Panti Sosial Kasih Ibu');
    expect(readme).toContain('lembaga validasi .');
  });

  it('no terminal implies --ya; never overwrites without --timpa, before asking anything', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-'));
    const c = io(dir, false);
    expect(await jalankanInit([], {}, c.io)).toBe(0);
    expect(c.err.text).toContain('Tidak ada terminal interaktif');
    const before = await fs.readFile(path.join(dir, 'lembaga.yaml'), 'utf8');
    await fs.writeFile(path.join(dir, 'lembaga.yaml'), before + '# milik pengguna\n');
    const ask = skrip([]);
    await expect(jalankanInit([], {}, io(dir, true).io, ask)).rejects.toThrow(/--timpa/);
    expect(ask.ditanya).toEqual([]);
    expect(await fs.readFile(path.join(dir, 'lembaga.yaml'), 'utf8')).toContain('# milik pengguna');
    expect(await jalankanInit([], { ya: true, timpa: true }, io(dir, true).io)).toBe(0);
    expect(await fs.readFile(path.join(dir, 'lembaga.yaml'), 'utf8')).not.toContain(
      '# milik pengguna',
    );
  });

  it('cancelling mid-way (Ctrl-C) writes nothing', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'init-'));
    const ask = skrip(['Panti', 'LKS', 'masyarakat']);
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
    expect(cek('2022-01-01')).toMatch(/lebih awal dari tanggal terbit 2023-02-28/);
    expect(cek('2023-02-28')).toBe(true);
    expect(cek('')).toBe(true);
    expect(cek('2023-02-30')).not.toBe(true);
  });
});
