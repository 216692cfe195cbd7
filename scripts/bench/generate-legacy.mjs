// A synthetic *legacy* register for the `impor` bench row: the shape of
// examples/impor/Register 2024.xlsx (title block, a two-row header with a merged
// "Tanggal" over "Masuk"/"Keluar", "Tempat/Tgl Lahir" in one cell, dates typed as text
// in several styles or as Excel dates, service and worker written as people write
// them), N data rows, shared strings. Regenerated from a seed, never held in memory.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { ZipWriter } from './zip-writer.mjs';

const esc = (s) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const COLS = 'ABCDEFGHIJKL';
const BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const KOTA = ['Bandung', 'Garut', 'Cimahi', 'Sumedang', 'Tasikmalaya', 'Bogor'];
const NAMA = [
  'Andi Saputra',
  'Siti Aminah',
  'Budi Santoso',
  'Rina Marlina',
  'Dedi Kurniawan',
  'Nur Halimah',
  'Fajar Nugraha',
  'Yohana Wenda',
];
const LAYANAN = ['Rehsos', 'Rehabilitasi Sosial', 'rehabilitasi', 'Perlindungan'];
const PEKSOS = ['Dewi Lestari, S.Sos', 'Rahmat Hidayat', 'Dewi Lestari'];
const serial = (y, m, d) => Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
const p2 = (n) => String(n).padStart(2, '0');

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

function* sheet(n, sst, seed, rusak = false, layanan = LAYANAN) {
  const r = rng(seed);
  const pick = (a) => a[Math.floor(r() * a.length)];
  const s = (ref, v) => `<c r="${ref}" t="s"><v>${sst.idx(v)}</v></c>`;
  yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
  // As Excel writes it: the used range first (the importer takes its row count from it).
  yield `<dimension ref="A1:L${6 + n}"/><sheetData>`;
  yield `<row r="1">${s('A1', 'REGISTER KLIEN / PENERIMA MANFAAT')}</row><row r="2">${s('A2', 'LKS ANAK "BINA HARAPAN" KOTA BANDUNG')}</row><row r="3">${s('A3', 'TAHUN 2024')}</row>`;
  const h1 = [
    'No',
    'No. Reg',
    'Nama Klien',
    'NIK',
    'Tempat/Tgl Lahir',
    'L/P',
    'Alamat',
    'Tanggal',
    null,
    'Layanan',
    'Peksos',
    'Keterangan',
  ];
  yield `<row r="5">${h1.map((h, i) => (h ? s(`${COLS[i]}5`, h) : '')).join('')}</row><row r="6">${s('H6', 'Masuk')}${s('I6', 'Keluar')}</row>`;
  let buf = [];
  for (let i = 0; i < n; i++) {
    const row = 7 + i;
    const y = 2005 + Math.floor(r() * 10);
    const m = 1 + Math.floor(r() * 12);
    const d = 1 + Math.floor(r() * 28);
    const lahir =
      r() < 0.5
        ? `${pick(KOTA)}, ${p2(d)}-${p2(m)}-${y}`
        : `${pick(KOTA)}, ${d} ${BULAN[m - 1]} ${y}`;
    const mm = 1 + Math.floor(r() * 12);
    const md = 1 + Math.floor(r() * 28);
    const masuk =
      r() < 0.5
        ? `<c r="H${row}" s="1"><v>${serial(2024, mm, md)}</v></c>`
        : s(`H${row}`, r() < 0.5 ? `${p2(md)}/${p2(mm)}/2024` : `${md} ${BULAN[mm - 1]} 2024`);
    const keluar = r() < 0.4 ? `<c r="I${row}" s="1"><v>${serial(2024, mm, md) + 90}</v></c>` : '';
    const nik = `3273${p2(1 + (i % 30))}${p2(d + (r() < 0.5 ? 40 : 0))}${p2(m)}${p2(y % 100)}${String(1 + (i % 9999)).padStart(4, '0')}`;
    buf.push(
      `<row r="${row}"><c r="A${row}"><v>${i + 1}</v></c>${s(`B${row}`, `LKS/2024/${String(i + 1).padStart(6, '0')}`)}${s(`C${row}`, `${pick(NAMA)} ${i}`)}${s(`D${row}`, nik)}${s(`E${row}`, lahir)}${s(`F${row}`, r() < 0.5 ? 'L' : 'P')}${s(`G${row}`, `Jl. Cibaduyut No. ${1 + (i % 300)}`)}${masuk}${keluar}${s(`J${row}`, pick(layanan))}${s(`K${row}`, pick(PEKSOS))}</row>`,
    );
    if (buf.length >= 2000) {
      yield buf.join('');
      buf = [];
    }
  }
  yield buf.join('');
  // `rusak`: a part broken after its last row (the tests' failure met mid-stream).
  yield `</sheetData${rusak ? 'x' : ''}><mergeCells count="2"><mergeCell ref="A1:L1"/><mergeCell ref="H5:I5"/></mergeCells></worksheet>`;
}

/**
 * Write `file` (a legacy register of n rows; `rusak`: its sheet XML broken after the rows;
 * `layanan`: the services written, e.g. ones no synonym knows, so that every row is rejected).
 */
export async function generateLegacy(file, n, seed = 7, rusak = false, layanan = LAYANAN) {
  await mkdir(path.dirname(file), { recursive: true });
  const zip = new ZipWriter(file);
  const sst = new Sst();
  await zip.add('xl/worksheets/sheet1.xml', sheet(n, sst, seed, rusak, layanan));
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
  await zip.add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  await zip.add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  await zip.add(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register 2024" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  await zip.add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  await zip.add(
    'xl/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  await zip.close();
  return { file, rows: n };
}
