// Synthetic canonical registers for the bench: N cases (sheet Register) and ~3
// activities per case (sheet Kegiatan), written as Excel writes them (shared strings,
// date cells with a date style, NIK as text). The layout comes from the built
// register-kolom module, so the bench always follows the canonical layout.
import { mkdir, copyFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { ZipWriter } from './zip-writer.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

const esc = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const letter = (n) => {
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const serial = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
};
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPAN = [
  'Budi',
  'Siti',
  'Agus',
  'Dewi',
  'Rudi',
  'Sri',
  'Eko',
  'Wati',
  'Andi',
  'Nur',
  'Joko',
  'Rina',
  'Dian',
  'Yanto',
  'Lestari',
  'Bayu',
];
const BELAKANG = [
  'Santoso',
  'Rahayu',
  'Wijaya',
  'Hidayat',
  'Lestari',
  'Saputra',
  'Kurniawan',
  'Pratama',
  'Utami',
  'Nugroho',
  'Setiawan',
  'Sari',
];
const JALAN = [
  'Merdeka',
  'Sudirman',
  'Diponegoro',
  'Kartini',
  'Gatot Subroto',
  'Ahmad Yani',
  'Pahlawan',
  'Melati',
  'Mawar',
  'Kenanga',
];
// [activity, stage, fee per duration, service product (1.5), ATENSI form of support (Pasal 11)]
const KEGIATAN = [
  ['motivasi-diagnosis-psikososial-dasar', 'intervensi', { '1-jam': 80000, '2-jam': 150000 }],
  [
    'perawatan-pengasuhan-dasar',
    'intervensi',
    { '1-jam': 60000, '2-jam': 110000 },
    'kebutuhan-dasar',
    'perawatan-pengasuhan',
  ],
  ['bimbingan-mental-spiritual', 'intervensi', { '1-jam': 70000, '2-jam': 130000 }],
];
const DAY = 86400000;
/** "Today" of the bench's validasi (`--tanggal`): open cases are recent, as in a kept register. */
const HARI_INI = Date.UTC(2025, 0, 15);
/** The age in whole years on a date. */
const umur = (lahir, pada) => {
  const a = new Date(lahir);
  const b = new Date(pada);
  let y = b.getUTCFullYear() - a.getUTCFullYear();
  if (
    b.getUTCMonth() < a.getUTCMonth() ||
    (b.getUTCMonth() === a.getUTCMonth() && b.getUTCDate() < a.getUTCDate())
  )
    y--;
  return y;
};

/** The generated case as cells keyed by column key (values already in Excel terms). */
function makeCase(i, r) {
  // Draws in a fixed order: the Register and Kegiatan sheets regenerate the same cases.
  const selesai = r() < 0.6;
  // Closed cases over two years; open ones started in the last ~4 months (a kept register;
  // about 2 % carry an activity dated after "today", a typo the rules report).
  const start = selesai
    ? Date.UTC(2023, 0, 1) + Math.floor(r() * 600) * DAY
    : HARI_INI - (20 + Math.floor(r() * 100)) * DAY;
  const day = DAY;
  const female = r() < 0.5;
  const born = Date.UTC(
    1950 + Math.floor(r() * 60),
    Math.floor(r() * 12),
    1 + Math.floor(r() * 28),
  );
  const bd = new Date(born);
  const dd = String(bd.getUTCDate() + (female ? 40 : 0)).padStart(2, '0');
  const usia = umur(born, start);
  const [ppks, klaster] =
    usia < 18
      ? ['anak-telantar', 'anak']
      : usia >= 60
        ? ['lanjut-usia-telantar', 'lanjut-usia']
        : ['fakir-miskin', 'ppks-lainnya'];
  const nik = `3273${String(1 + (i % 30)).padStart(2, '0')}${dd}${String(bd.getUTCMonth() + 1).padStart(2, '0')}${String(bd.getUTCFullYear() % 100).padStart(2, '0')}${String(1 + (i % 9999)).padStart(4, '0')}`;
  const c = {
    nomor: `REG-${String(i + 1).padStart(7, '0')}`,
    layanan: 'rehabilitasi',
    status: selesai ? 'selesai' : 'aktif',
    jenisKlien: 'individu',
    nama: `${DEPAN[Math.floor(r() * DEPAN.length)]} ${BELAKANG[Math.floor(r() * BELAKANG.length)]} ${i}`,
    nik,
    tanggalLahir: { d: iso(born) },
    jenisKelamin: female ? 'P' : 'L',
    alamat: `Jl. ${JALAN[Math.floor(r() * JALAN.length)]} No. ${1 + (i % 300)}, RT ${1 + (i % 12)}/RW ${1 + (i % 8)}`,
    kodeWilayah: `32.73.${String(1 + (i % 30)).padStart(2, '0')}`,
    ppks,
    klaster,
    basisLayanan: r() < 0.5 ? 'residensial' : 'keluarga',
    dtks: r() < 0.8 ? 'terdaftar' : 'diusulkan',
    jenisPemohon: 'masyarakat',
    namaPemohon: `Keluarga ${BELAKANG[Math.floor(r() * BELAKANG.length)]}`,
    pekerjaSosial: r() < 0.5 ? 'ps-01' : 'ps-02',
    supervisor: 'sup-01',
    pendekatanAwal: { d: iso(start) },
    kesepakatan: { d: iso(start + day) },
    asesmen: { d: iso(start + 3 * day) },
    perencanaan: { d: iso(start + 7 * day) },
    intervensiMulai: { d: iso(start + 10 * day) },
    kesepakatanDitandatangani: 'ya',
    prioritas: 'Pemenuhan kebutuhan dasar dan pengasuhan',
    tujuan: 'Klien mandiri dalam kegiatan sehari-hari',
    jadwalDisepakati: 'ya',
    atensiAkses: r() < 0.7 ? 'rujukan' : 'laporan-pengaduan',
    atensiAsesmen: 'fisik;psikososial;penelusuran-keluarga',
  };
  if (selesai) {
    Object.assign(c, {
      intervensiSelesai: { d: iso(start + 120 * day) },
      evaluasi: { d: iso(start + 125 * day) },
      capaianTujuan: 'tercapai',
      terminasi: { d: iso(start + 130 * day) },
      dibahasDenganSupervisor: 'ya',
      klienDiberitahu: 'ya',
      formulirDitandatangani: 'ya',
      pascalayananPerlu: 'tidak',
    });
  }
  // Supervision: each stage reached, and no gap over the example lembaga's 60 days.
  const sup = [
    [2, 'pendekatanAwal', 'administratif'],
    [4, 'asesmen', 'edukatif'],
    [8, 'perencanaan', 'edukatif;administratif'],
    [12, 'intervensi', 'suportif'],
  ];
  for (let d = 50; d < (selesai ? 120 : 1000) && start + d * day <= HARI_INI; d += 45)
    sup.push([d, 'intervensi', 'suportif']);
  if (selesai) sup.push([126, 'evaluasiRujukanTerminasi', 'administratif;suportif']);
  const sesi = sup
    .filter(([d]) => start + d * day <= HARI_INI)
    .map(([d, tahap, aspek]) => ({
      nomor: c.nomor,
      tanggal: { d: iso(start + d * day) },
      supervisor: c.supervisor,
      pelaksana: c.pekerjaSosial,
      tahap,
      aspek,
    }));
  const bentuk = new Set();
  const acts = [];
  const n = 2 + Math.floor(r() * 3); // 2..4, ~3 on average
  for (let j = 0; j < n; j++) {
    const [key, tahap, tarif, produk, dukungan] = KEGIATAN[Math.floor(r() * KEGIATAN.length)];
    if (dukungan) bentuk.add(dukungan);
    const durasi = r() < 0.7 ? '1-jam' : '2-jam';
    const proBono = r() < 0.12;
    acts.push({
      nomor: c.nomor,
      tanggal: { d: iso(start + (11 + j * 7) * day) },
      kegiatan: key,
      tahap,
      durasi,
      tingkat: 'tingkat1',
      biaya: { n: proBono ? 0 : tarif[durasi] },
      proBono: proBono ? 'ya' : 'tidak',
      pelaksana: c.pekerjaSosial,
      ...(produk ? { produk } : {}),
    });
  }
  c.atensiDukungan = bentuk.size ? [...bentuk].join(';') : 'dukungan-keluarga';
  return { c, acts, sesi };
}

class Sst {
  constructor() {
    this.map = new Map();
    this.list = [];
    this.count = 0;
  }
  idx(s) {
    this.count++;
    let i = this.map.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.map.set(s, i);
      this.list.push(s);
    }
    return i;
  }
}

function rowXml(r, kolom, rec, sst) {
  let x = `<row r="${r}">`;
  kolom.forEach((k, ci) => {
    const v = rec[k.key];
    if (v === undefined) return;
    const ref = `${letter(ci + 1)}${r}`;
    if (typeof v === 'object' && 'd' in v) x += `<c r="${ref}" s="1"><v>${serial(v.d)}</v></c>`;
    else if (typeof v === 'object' && 'n' in v) x += `<c r="${ref}" s="3"><v>${v.n}</v></c>`;
    else x += `<c r="${ref}" t="s"${k.kind === 'id' ? ' s="2"' : ''}><v>${sst.idx(v)}</v></c>`;
  });
  return x + '</row>';
}

function* sheetXml(kolom, records, sst) {
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
  yield `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${kolom.map((k, i) => `<col min="${i + 1}" max="${i + 1}" width="${k.width}" customWidth="1"${k.kind === 'id' ? ' style="2"' : k.kind === 'date' ? ' style="1"' : ''}/>`).join('')}</cols><sheetData>`;
  let head = '<row r="1">';
  kolom.forEach((k, i) => {
    head += `<c r="${letter(i + 1)}1" t="s"><v>${sst.idx(k.header)}</v></c>`;
  });
  yield head + '</row>';
  let r = 2;
  let buf = [];
  for (const rec of records()) {
    buf.push(rowXml(r++, kolom, rec, sst));
    if (buf.length >= 2000) {
      yield buf.join('');
      buf = [];
    }
  }
  if (buf.length) yield buf.join('');
  yield `</sheetData><autoFilter ref="A1:${letter(kolom.length)}${r - 1}"/></worksheet>`;
}

/**
 * Write bench-data/<name>/ with lembaga.yaml and register/register.xlsx holding n cases.
 * `opsi.kegiatanPerKasus` caps the activities (and supervision sessions) of each case (1: a Kegiatan sheet as long as the
 * Register); `opsi.tambahan(zip)` adds parts before the zip is closed (scripts/limits.mjs).
 */
export async function generate(dir, n, seed = 42, opsi = {}) {
  const kegiatanPerKasus = opsi.kegiatanPerKasus ?? Infinity;
  const cols = await import(path.join(root, 'dist/model/register-kolom.js'));
  await mkdir(path.join(dir, 'register'), { recursive: true });
  const example = path.join(root, 'examples/lks-harapan-bunda/lembaga.yaml');
  try {
    await access(example);
    await copyFile(example, path.join(dir, 'lembaga.yaml'));
  } catch {
    await writeFile(path.join(dir, 'lembaga.yaml'), MINIMAL_LEMBAGA);
  }
  const file = path.join(dir, 'register', 'register.xlsx');
  const zip = new ZipWriter(file);
  const sst = new Sst();
  let r = rng(seed);
  // Register then Kegiatan, from the same seeded sequence (regenerated, never held in memory).
  await zip.add(
    'xl/worksheets/sheet1.xml',
    sheetXml(
      cols.KOLOM_REGISTER,
      function* () {
        for (let i = 0; i < n; i++) yield makeCase(i, r).c;
      },
      sst,
    ),
  );
  r = rng(seed);
  let acts = 0;
  await zip.add(
    'xl/worksheets/sheet2.xml',
    sheetXml(
      cols.KOLOM_KEGIATAN,
      function* () {
        for (let i = 0; i < n; i++)
          for (const a of makeCase(i, r).acts.slice(0, kegiatanPerKasus)) {
            acts++;
            yield a;
          }
      },
      sst,
    ),
  );
  await zip.add(
    'xl/worksheets/sheet3.xml',
    sheetXml(cols.KOLOM_PENGADUAN, function* () {}, sst),
  );
  r = rng(seed);
  await zip.add(
    'xl/worksheets/sheet4.xml',
    sheetXml(
      cols.KOLOM_SUPERVISI,
      function* () {
        for (let i = 0; i < n; i++) yield* makeCase(i, r).sesi.slice(0, kegiatanPerKasus);
      },
      sst,
    ),
  );
  await zip.add(
    'xl/sharedStrings.xml',
    (function* () {
      yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${sst.count}" uniqueCount="${sst.list.length}">`;
      let buf = [];
      for (const s of sst.list) {
        buf.push(`<si><t>${esc(s)}</t></si>`);
        if (buf.length > 5000) {
          yield buf.join('');
          buf = [];
        }
      }
      yield buf.join('') + '</sst>';
    })(),
  );
  const sheets = ['Register', 'Kegiatan', 'Pengaduan', 'Supervisi'];
  await zip.add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  await zip.add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  await zip.add(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  await zip.add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId10" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId11" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  await zip.add(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  if (opsi.tambahan) await opsi.tambahan(zip);
  await zip.close();
  return { file, cases: n, activities: acts };
}

const MINIMAL_LEMBAGA = `lembaga:
  nama: LKS Bench
layanan:
  rehabilitasi: {}
staf:
  - id: ps-01
    nama: Pekerja Satu
    peran: pekerja-sosial
    layanan: [rehabilitasi]
  - id: ps-02
    nama: Pekerja Dua
    peran: pekerja-sosial
    layanan: [rehabilitasi]
  - id: sup-01
    nama: Supervisor Satu
    peran: supervisor
    layanan: [rehabilitasi]
`;
