/**
 * The answers `lembaga init` collects, the checks applied to each answer as it is typed,
 * and the questions themselves behind an injectable `Asker` (inquirer in the terminal, a
 * scripted list in tests). All answers are collected before anything is written, so
 * Ctrl-C in the middle leaves no file behind.
 */
import type { Translate } from '../../i18n/index.js';
import type { JenisLembaga, JenjangPendidikan, Kepemilikan } from '../../model/lembaga.js';
import { LAYANAN_KEYS, type LayananKey } from '../../standards/types.js';
import { isTanggal } from '../../core/tanggal.js';

export interface StafJawaban {
  id: string;
  nama: string;
  peran: 'pekerja-sosial' | 'supervisor';
  jenjang?: JenjangPendidikan;
  bidang?: string;
  izinNomor?: string;
  izinBerlakuSampai?: string;
  pengalamanTahun?: number;
  layanan: LayananKey[];
}

export interface AkreditasiJawaban {
  bidang: LayananKey;
  peringkat?: string;
  nomor?: string;
  berlakuSampai?: string;
}

/** Everything `init` knows about the lembaga; optional fields stay out of lembaga.yaml when empty. */
export interface JawabanInit {
  nama: string;
  jenis: JenisLembaga;
  kepemilikan: Kepemilikan;
  kota?: string;
  kodeWilayah?: string;
  alamat?: string;
  telepon?: string;
  email?: string;
  layanan: LayananKey[];
  atensi: boolean;
  izin?: { nomor: string; tanggal?: string; penerbit?: string; berlakuSampai?: string };
  akreditasi: AkreditasiJawaban[];
  pimpinan: { nama?: string; jabatan?: string; nip?: string };
  staf: StafJawaban[];
}

/** The documented skeleton of `--ya`: nothing invented, every gap left for `validasi` to name. */
export function jawabanKerangka(): JawabanInit {
  return {
    nama: '',
    jenis: 'LKS',
    kepemilikan: 'masyarakat',
    layanan: [],
    atensi: false,
    akreditasi: [],
    pimpinan: {},
    staf: [],
  };
}

/* ------------------------------------------------------------------ checks */

export type Cek = (v: string) => true | string;

export const cekWajib =
  (t: Translate): Cek =>
  (v) =>
    v.trim() !== '' || t('init.cek.wajib');

/** YYYY-MM-DD and a real calendar date; empty allowed unless `wajib`. */
export const cekTanggal =
  (t: Translate, wajib = false): Cek =>
  (v) => {
    const s = v.trim();
    if (s === '') return wajib ? t('init.cek.wajib') : true;
    return isTanggal(s) || t('init.cek.tanggal', { nilai: s });
  };

/** A validity end date: a real date, and not before the start date given earlier. */
export const cekSampai =
  (t: Translate, mulai: string | undefined): Cek =>
  (v) => {
    const r = cekTanggal(t)(v);
    if (r !== true) return r;
    const s = v.trim();
    return !s || !mulai || s >= mulai || t('init.cek.sebelumMulai', { nilai: s, mulai });
  };

/**
 * Kemendagri region code as lembaga.yaml accepts it (PP.KK, PP.KK.CC or PP.KK.CC.DD): province
 * 11–94, regency 01–69 or city 71–99 (DOMAIN.md "Region codes"). Empty allowed.
 */
export const cekKodeWilayah =
  (t: Translate): Cek =>
  (v) => {
    const s = v.trim();
    if (s === '') return true;
    if (!/^\d{2}(\.\d{2}){1,3}$/.test(s)) return t('init.cek.kodeWilayah', { nilai: s });
    const [pp, kk] = s.split('.').map(Number) as [number, number];
    if (pp < 11 || pp > 94) return t('init.cek.kodeProvinsi', { nilai: s });
    if (kk === 0 || kk === 70) return t('init.cek.kodeKabupaten', { nilai: s });
    return true;
  };

export const cekEmail =
  (t: Translate): Cek =>
  (v) => {
    const s = v.trim();
    if (s === '') return true;
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) || t('init.cek.email', { nilai: s });
  };

export const cekBilangan =
  (t: Translate, min: number, max: number): Cek =>
  (v) => {
    const n = Number(v.trim());
    return (
      (v.trim() !== '' && Number.isInteger(n) && n >= min && n <= max) ||
      t('init.cek.bilangan', { min, max })
    );
  };

/** NIP: 18 digits; empty allowed. */
export const cekNip =
  (t: Translate): Cek =>
  (v) => {
    const s = v.replace(/\s/g, '');
    return s === '' || /^\d{18}$/.test(s) || t('init.cek.nip');
  };

/* ------------------------------------------------------------------ questions */

export interface Pilihan<T extends string> {
  name: string;
  value: T;
  checked?: boolean;
}

/** The four prompt kinds init needs. The terminal adapter wraps @inquirer/prompts; tests script it. */
export interface Asker {
  input(o: { message: string; default?: string; validate?: Cek }): Promise<string>;
  select<T extends string>(o: { message: string; choices: Pilihan<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(o: {
    message: string;
    choices: Pilihan<T>[];
    validate?: (v: readonly T[]) => true | string;
  }): Promise<T[]>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
}

const JENIS: JenisLembaga[] = ['LKS', 'panti', 'UPT', 'balai', 'praktik-mandiri'];
const KEPEMILIKAN: Kepemilikan[] = [
  'masyarakat',
  'pemerintah-pusat',
  'pemerintah-provinsi',
  'pemerintah-kabupaten-kota',
];
const JENJANG: JenjangPendidikan[] = ['SMA', 'D3', 'D4', 'S1', 'S2', 'Sp1', 'S3', 'Sp2'];

const kosongKeUndefined = (s: string): string | undefined =>
  s.trim() === '' ? undefined : s.trim();

async function tanyaStaf(
  ask: Asker,
  t: Translate,
  peran: 'pekerja-sosial' | 'supervisor',
  id: string,
  urutan: number,
  layanan: LayananKey[],
): Promise<StafJawaban> {
  const p = { n: urutan, peran: t(`init.peran.${peran}`) };
  const nama = (
    await ask.input({ message: t('init.tanya.stafNama', p), validate: cekWajib(t) })
  ).trim();
  const jenjang = await ask.select<JenjangPendidikan>({
    message: t('init.tanya.stafJenjang', { nama }),
    choices: JENJANG.map((j) => ({ name: j, value: j })),
    default: peran === 'supervisor' ? 'S2' : 'S1',
  });
  // 2.3.1 a / 2.3.2 a: the field matters as much as the level.
  const bidang = kosongKeUndefined(
    await ask.input({
      message: t('init.tanya.stafBidang', { nama }),
      default: t('init.bidangBawaan'),
    }),
  );
  let pengalamanTahun: number | undefined;
  if (peran === 'supervisor') {
    pengalamanTahun = Number(
      await ask.input({
        message: t('init.tanya.pengalaman', { nama }),
        default: '5',
        validate: cekBilangan(t, 0, 60),
      }),
    );
  }
  const izinNomor = kosongKeUndefined(
    await ask.input({ message: t('init.tanya.izinPraktik', { nama }) }),
  );
  const izinBerlakuSampai = izinNomor
    ? kosongKeUndefined(
        await ask.input({ message: t('init.tanya.izinPraktikSampai'), validate: cekTanggal(t) }),
      )
    : undefined;
  const dipilih =
    layanan.length <= 1
      ? [...layanan]
      : await ask.checkbox<LayananKey>({
          message: t('init.tanya.stafLayanan', { nama }),
          choices: layanan.map((l) => ({ name: t(`init.layanan.${l}`), value: l, checked: true })),
          validate: (v) => v.length > 0 || t('init.cek.pilihSatu'),
        });
  const s: StafJawaban = { id, nama, peran, jenjang, layanan: dipilih };
  if (bidang) s.bidang = bidang;
  if (pengalamanTahun !== undefined) s.pengalamanTahun = pengalamanTahun;
  if (izinNomor) s.izinNomor = izinNomor;
  if (izinBerlakuSampai) s.izinBerlakuSampai = izinBerlakuSampai;
  return s;
}

/** Ask every question, in order, validating each answer as it is typed. */
export async function tanyaJawaban(ask: Asker, t: Translate): Promise<JawabanInit> {
  const j = jawabanKerangka();
  j.nama = (await ask.input({ message: t('init.tanya.nama'), validate: cekWajib(t) })).trim();
  j.jenis = await ask.select<JenisLembaga>({
    message: t('init.tanya.jenis'),
    choices: JENIS.map((v) => ({ name: t(`init.jenis.${v}`), value: v })),
  });
  j.kepemilikan = await ask.select<Kepemilikan>({
    message: t('init.tanya.kepemilikan'),
    choices: KEPEMILIKAN.map((v) => ({ name: t(`init.kepemilikan.${v}`), value: v })),
    default:
      j.jenis === 'balai'
        ? 'pemerintah-pusat'
        : j.jenis === 'UPT'
          ? 'pemerintah-provinsi'
          : 'masyarakat',
  });
  j.kota = (await ask.input({ message: t('init.tanya.kota'), validate: cekWajib(t) })).trim();
  j.kodeWilayah = kosongKeUndefined(
    await ask.input({ message: t('init.tanya.kodeWilayah'), validate: cekKodeWilayah(t) }),
  );
  j.alamat = kosongKeUndefined(await ask.input({ message: t('init.tanya.alamat') }));
  j.telepon = kosongKeUndefined(await ask.input({ message: t('init.tanya.telepon') }));
  j.email = kosongKeUndefined(
    await ask.input({ message: t('init.tanya.email'), validate: cekEmail(t) }),
  );

  j.layanan = await ask.checkbox<LayananKey>({
    message: t('init.tanya.layanan'),
    choices: LAYANAN_KEYS.map((l) => ({ name: t(`init.layanan.${l}`), value: l })),
    validate: (v) => v.length > 0 || t('init.cek.pilihSatu'),
  });
  if (j.layanan.includes('rehabilitasi'))
    j.atensi = await ask.confirm({ message: t('init.tanya.atensi'), default: true });

  if (await ask.confirm({ message: t('init.tanya.adaIzin'), default: true })) {
    const nomor = (
      await ask.input({ message: t('init.tanya.izinNomor'), validate: cekWajib(t) })
    ).trim();
    const tanggal = kosongKeUndefined(
      await ask.input({ message: t('init.tanya.izinTanggal'), validate: cekTanggal(t) }),
    );
    const penerbit = kosongKeUndefined(await ask.input({ message: t('init.tanya.izinPenerbit') }));
    const berlakuSampai = kosongKeUndefined(
      await ask.input({ message: t('init.tanya.izinSampai'), validate: cekSampai(t, tanggal) }),
    );
    j.izin = {
      nomor,
      ...(tanggal ? { tanggal } : {}),
      ...(penerbit ? { penerbit } : {}),
      ...(berlakuSampai ? { berlakuSampai } : {}),
    };
  }
  for (const bidang of j.layanan) {
    if (
      !(await ask.confirm({
        message: t('init.tanya.akreditasi', { layanan: t(`init.layanan.${bidang}`) }),
        default: false,
      }))
    )
      continue;
    const a: AkreditasiJawaban = { bidang };
    a.peringkat = await ask.select<string>({
      message: t('init.tanya.peringkat'),
      choices: ['A', 'B', 'C'].map((p) => ({ name: p, value: p })),
    });
    const nomor = kosongKeUndefined(await ask.input({ message: t('init.tanya.akreditasiNomor') }));
    if (nomor) a.nomor = nomor;
    const sampai = kosongKeUndefined(
      await ask.input({ message: t('init.tanya.akreditasiSampai'), validate: cekTanggal(t) }),
    );
    if (sampai) a.berlakuSampai = sampai;
    j.akreditasi.push(a);
  }

  const pemerintah = j.kepemilikan !== 'masyarakat';
  j.pimpinan.nama = (
    await ask.input({ message: t('init.tanya.pimpinanNama'), validate: cekWajib(t) })
  ).trim();
  j.pimpinan.jabatan = (
    await ask.input({
      message: t('init.tanya.pimpinanJabatan'),
      default: t(pemerintah ? 'init.jabatan.kepala' : 'init.jabatan.ketua'),
      validate: cekWajib(t),
    })
  ).trim();
  if (pemerintah) {
    const nip = (
      await ask.input({ message: t('init.tanya.pimpinanNip'), validate: cekNip(t) })
    ).replace(/\s/g, '');
    if (nip) j.pimpinan.nip = nip;
  }

  const jumlah = Number(
    await ask.input({
      message: t('init.tanya.jumlahPeksos'),
      default: '1',
      validate: cekBilangan(t, 0, 100),
    }),
  );
  for (let i = 1; i <= jumlah; i++) {
    j.staf.push(
      await tanyaStaf(ask, t, 'pekerja-sosial', `ps-${String(i).padStart(2, '0')}`, i, j.layanan),
    );
  }
  if (await ask.confirm({ message: t('init.tanya.adaSupervisor'), default: true })) {
    j.staf.push(await tanyaStaf(ask, t, 'supervisor', 'spv-01', 1, j.layanan));
  }
  return j;
}
