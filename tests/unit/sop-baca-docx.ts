/** Test helpers for the SOP/SK tests: a lembaga factory and a .docx reader (yauzl). */
import yauzl from 'yauzl';
import type { Lembaga } from '../../src/model/lembaga.js';

/** Every part of a .docx (zip) as text, by entry name. */
export function bacaZip(buf: Uint8Array): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(buf), { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('zip'));
      const out = new Map<string, string>();
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, stream) => {
          if (err2 || !stream) return reject(err2 ?? new Error('stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(e.fileName, Buffer.concat(chunks).toString('utf8'));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of word/document.xml, one line per paragraph (runs of a paragraph joined). */
export function teksDokumen(xml: string): string {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [])
    .map((p) =>
      (p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
        .map((t) => unescape(t.replace(/<[^>]+>/g, '')))
        .join(''),
    )
    .join('\n');
}

export async function teksDocx(
  buf: Uint8Array,
): Promise<{ teks: string; xml: Map<string, string> }> {
  const xml = await bacaZip(buf);
  return { teks: teksDokumen(xml.get('word/document.xml') ?? ''), xml };
}

/** A lembaga offering all five services, partly filled in. */
export function contohLembaga(): Lembaga {
  return {
    versi: 1,
    lembaga: {
      nama: 'LKS Harapan Bangsa',
      jenis: 'LKS',
      kepemilikan: 'masyarakat',
      kota: 'Bandung',
      telepon: '022-123456',
      pimpinan: { nama: 'Siti Aminah', jabatan: 'Ketua' },
    },
    layanan: {
      pencegahan: {
        sk: { tarif: { nomor: '05/SK/LKS-HB/2024', tanggal: '2024-02-01' } },
        tarif: { asesmen: { '5-tahap': { tingkat1: 250000 } } },
      },
      perlindungan: {},
      rehabilitasi: { atensi: true, basisLayanan: ['keluarga'] },
      pemberdayaan: {},
      pengembangan: { timKerjaMasyarakat: ['Karang Taruna'] },
    },
    pengaduan: {
      prosedur: { batasWaktuHari: { penerimaan: 1, penanganan: 14 }, laporanBerkala: 'triwulanan' },
    },
    staf: [
      {
        id: 'ps-01',
        nama: 'Budi',
        peran: 'pekerja-sosial',
        layanan: ['pencegahan', 'rehabilitasi'],
      },
      { id: 'spv-01', nama: 'Dewi', peran: 'supervisor', layanan: ['pencegahan', 'rehabilitasi'] },
      { id: 'psi-01', nama: 'Rina', peran: 'psikolog', layanan: ['rehabilitasi'] },
    ],
  };
}
