/**
 * The text files `lembaga init` writes: lembaga.yaml (with the editor schema line and
 * comments that show where each missing piece goes) and a short README for the folder.
 * Pure: answers in, text out. Strings are written as JSON-quoted YAML scalars so that
 * numbers of decrees, phone numbers and NIP always stay text (LIBRARIES.md "NIK").
 */
import type { Translate } from '../../i18n/index.js';
import { LAYANAN_KEYS } from '../../standards/types.js';
import type { JawabanInit } from './jawaban.js';

const q = (s: string): string => JSON.stringify(s);

export interface OpsiYaml {
  t: Translate;
  /** Relative path or URL of schemas/lembaga.schema.json for the `yaml-language-server` line. */
  schema: string;
}

/** lembaga.yaml as text; empty answers become commented examples, never invented values. */
export function buildLembagaYaml(j: JawabanInit, { t, schema }: OpsiYaml): string {
  const L: string[] = [];
  const c = (key: string, params?: Record<string, string | number>) => `# ${t(key, params)}`;
  L.push(`# yaml-language-server: $schema=${schema}`);
  L.push(c('init.yaml.kepala1'), c('init.yaml.kepala2'), c('init.yaml.kepala3'));
  L.push('versi: 1', '');

  L.push(c('init.yaml.identitas'));
  L.push('lembaga:');
  L.push(j.nama ? `  nama: ${q(j.nama)}` : `  nama: ""  ${c('init.yaml.isiNama')}`);
  L.push(`  jenis: ${j.jenis}  ${c('init.yaml.jenis')}`);
  L.push(`  kepemilikan: ${j.kepemilikan}  ${c('init.yaml.kepemilikan')}`);
  L.push(
    j.kodeWilayah
      ? `  kodeWilayah: ${q(j.kodeWilayah)}  ${c('init.yaml.kodeWilayah')}`
      : `  # kodeWilayah: "32.73"  ${c('init.yaml.kodeWilayah')}`,
  );
  L.push(
    j.kota
      ? `  kota: ${q(j.kota)}  ${c('init.yaml.kota')}`
      : `  # kota: "Bandung"  ${c('init.yaml.kota')}`,
  );
  L.push(j.alamat ? `  alamat: ${q(j.alamat)}` : `  # alamat: "Jl. ..."`);
  L.push(j.telepon ? `  telepon: ${q(j.telepon)}` : `  # telepon: "022-..."`);
  L.push(j.email ? `  email: ${q(j.email)}` : `  # email: "lembaga@example.org"`);
  if (j.pimpinan.nama || j.pimpinan.jabatan) {
    L.push('  pimpinan:');
    if (j.pimpinan.nama) L.push(`    nama: ${q(j.pimpinan.nama)}`);
    if (j.pimpinan.jabatan) L.push(`    jabatan: ${q(j.pimpinan.jabatan)}`);
    if (j.pimpinan.nip) L.push(`    nip: ${q(j.pimpinan.nip)}`);
  } else {
    // An empty mapping, not a key with only comments under it (that would be null).
    L.push(
      `  pimpinan: {}  ${c('init.yaml.pimpinan')}`,
      '  #   nama: "..."',
      '  #   jabatan: "Ketua"',
    );
  }
  L.push('');

  L.push(c('init.yaml.izin'));
  if (j.izin) {
    L.push('izin:', `  nomor: ${q(j.izin.nomor)}`);
    if (j.izin.tanggal) L.push(`  tanggal: ${j.izin.tanggal}`);
    if (j.izin.penerbit) L.push(`  penerbit: ${q(j.izin.penerbit)}`);
    L.push(
      j.izin.berlakuSampai
        ? `  berlakuSampai: ${j.izin.berlakuSampai}`
        : `  # berlakuSampai: 2029-12-31`,
    );
  } else {
    L.push(
      '# izin:',
      '#   nomor: "460/123/Dinsos"',
      '#   tanggal: 2024-01-10',
      '#   penerbit: "Dinas Sosial ..."',
      '#   berlakuSampai: 2029-01-10',
    );
  }
  L.push('');

  L.push(c('init.yaml.akreditasi'));
  if (j.akreditasi.length) {
    L.push('akreditasi:');
    for (const a of j.akreditasi) {
      L.push(`  - bidang: ${a.bidang}`);
      if (a.peringkat) L.push(`    peringkat: ${q(a.peringkat)}`);
      if (a.nomor) L.push(`    nomor: ${q(a.nomor)}`);
      if (a.berlakuSampai) L.push(`    berlakuSampai: ${a.berlakuSampai}`);
    }
  } else {
    L.push(
      'akreditasi: []',
      '#   - bidang: rehabilitasi',
      '#     peringkat: "A"',
      '#     nomor: "..."',
      '#     berlakuSampai: 2029-12-31',
    );
  }
  L.push('');

  L.push(c('init.yaml.layanan', { kunci: LAYANAN_KEYS.join(', ') }));
  L.push(c('init.yaml.layananSk'));
  if (j.layanan.length) {
    L.push('layanan:');
    for (const l of j.layanan) {
      L.push(`  ${l}:`);
      L.push(`    sk: {}  ${c('init.yaml.sk')}`);
      if (l === 'rehabilitasi')
        L.push(`    atensi: ${j.atensi ? 'true' : 'false'}  ${c('init.yaml.atensi')}`);
      if (l === 'pengembangan')
        L.push(`    # timKerjaMasyarakat: ["..."]  ${c('init.yaml.timKerja')}`);
    }
  } else {
    L.push(
      'layanan: {}',
      '#   pencegahan:',
      '#     sk: {}',
      '#   rehabilitasi:',
      '#     sk: {}',
      '#     atensi: true',
    );
  }
  L.push('');

  L.push(c('init.yaml.pengaduan'));
  L.push(
    '# pengaduan:',
    '#   saluran: { telepon: "...", whatsapp: "...", kotakPengaduan: "...", email: "...", alamatSurat: "..." }',
    '#   prosedur:',
    '#     petugas: [spv-01]',
    '#     batasWaktuHari: { penerimaan: 1, penanganan: 14, penyampaianHasil: 3 }',
    '#     laporanBerkala: triwulanan',
    '',
  );

  L.push(c('init.yaml.staf'));
  if (j.staf.length) {
    L.push('staf:');
    for (const s of j.staf) {
      L.push(
        `  - id: ${q(s.id)}`,
        `    nama: ${q(s.nama)}`,
        `    peran: ${s.peran}`,
        `    layanan: [${s.layanan.join(', ')}]`,
      );
      if (s.jenjang && s.bidang)
        L.push(`    pendidikan: { jenjang: ${s.jenjang}, bidang: ${q(s.bidang)} }`);
      else if (s.jenjang)
        L.push(`    pendidikan: { jenjang: ${s.jenjang} }  ${c('init.yaml.pendidikan')}`);
      if (s.pengalamanTahun !== undefined) L.push(`    pengalamanTahun: ${s.pengalamanTahun}`);
      if (s.izinNomor) {
        L.push('    izinPraktik:', `      nomor: ${q(s.izinNomor)}`);
        L.push(
          s.izinBerlakuSampai
            ? `      berlakuSampai: ${s.izinBerlakuSampai}`
            : `      # berlakuSampai: 2027-12-31`,
        );
      } else {
        L.push(`    # izinPraktik: { nomor: "...", berlakuSampai: 2027-12-31 }`);
      }
      L.push(`    # sertifikat: { nomor: "..." }  ${c('init.yaml.sertifikat')}`);
    }
  } else {
    L.push(
      'staf: []',
      '#   - id: "ps-01"',
      '#     nama: "..."',
      '#     peran: pekerja-sosial',
      '#     layanan: [pencegahan]',
      '#     pendidikan: { jenjang: S1, bidang: "pekerjaan sosial" }',
      '#     sertifikat: { nomor: "..." }',
      '#     izinPraktik: { nomor: "...", berlakuSampai: 2027-12-31 }',
      '#   - id: "spv-01"',
      '#     nama: "..."',
      '#     peran: supervisor',
      '#     layanan: [pencegahan]',
      '#     pendidikan: { jenjang: S2 }',
      '#     pengalamanTahun: 5',
    );
  }
  L.push('');
  L.push(c('init.yaml.pengaturan'));
  L.push(
    '# pengaturan:',
    '#   proBono: { persen: 10, dasar: kegiatan-per-pekerja-per-tahun }',
    '#   mulaiJangkaWaktu: kesepakatan',
    '#   intervalLatihanBulan: 12',
  );
  return L.join('\n') + '\n';
}

/** What is still missing from the answers, in plain words (validasi gives the full list). */
export function daftarKekurangan(j: JawabanInit, t: Translate): string[] {
  const out: string[] = [];
  if (!j.nama) out.push(t('init.kurang.nama'));
  if (!j.kota) out.push(t('init.kurang.kota'));
  if (!j.layanan.length) out.push(t('init.kurang.layanan'));
  if (!j.izin) out.push(t('init.kurang.izin'));
  for (const l of j.layanan)
    if (!j.akreditasi.some((a) => a.bidang === l))
      out.push(t('init.kurang.akreditasi', { layanan: t(`init.layanan.${l}`) }));
  if (!j.pimpinan.nama) out.push(t('init.kurang.pimpinan'));
  if (!j.staf.some((s) => s.peran === 'pekerja-sosial')) out.push(t('init.kurang.peksos'));
  if (!j.staf.some((s) => s.peran === 'supervisor')) out.push(t('init.kurang.supervisor'));
  if (j.staf.some((s) => !s.izinNomor)) out.push(t('init.kurang.izinPraktik'));
  if (j.layanan.length) out.push(t('init.kurang.sk'));
  return out;
}

/** README.md of the folder: what each file is and what to run next. */
export function buildFolderReadme(j: JawabanInit, o: { t: Translate; register: string }): string {
  const { t } = o;
  const judul = j.nama || t('init.readme.tanpaNama');
  return [
    `# ${judul}`,
    '',
    t('init.readme.intro'),
    '',
    `## ${t('init.readme.isi')}`,
    '',
    `- \`lembaga.yaml\` — ${t('init.readme.lembaga')}`,
    `- \`${o.register}\` — ${t('init.readme.register')}`,
    `- \`README.md\` — ${t('init.readme.readme')}`,
    '',
    `## ${t('init.readme.langkah')}`,
    '',
    `1. ${t('init.readme.langkah1')}`,
    `2. ${t('init.readme.langkah2')}`,
    '',
    '   ```',
    '   lembaga validasi .',
    '   ```',
    '',
    `3. ${t('init.readme.langkah3')}`,
    '',
    '   ```',
    '   lembaga sop . --sk',
    '   lembaga tarif .',
    '   lembaga register .',
    '   lembaga laporan . --tahun 2025',
    '   ```',
    '',
    `## ${t('init.readme.privasi')}`,
    '',
    t('init.readme.privasiIsi'),
    '',
  ].join('\n');
}
