/**
 * Every generated document, for every service and every staff role, in both languages, and
 * the documents the commands write for both examples: no unresolved message key, no program
 * vocabulary (issue 14). SOP/SK are checked on the document model and its Markdown (the
 * .docx renders the same runs); the report on its Markdown and its Word text.
 */
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createT } from '../../src/i18n/index.js';
import { buildSop } from '../../src/outputs/sop/build-sop.js';
import { buildSk, SK_KINDS } from '../../src/outputs/sop/build-sk.js';
import { semuaTeks } from '../../src/outputs/dokumen/model.js';
import { renderMarkdown } from '../../src/outputs/dokumen/render-markdown.js';
import { STANDAR } from '../../src/standards/permensos-14-2020/katalog.js';
import { LAYANAN_KEYS } from '../../src/standards/types.js';
import { LEMBAGA_SCHEMA } from '../../src/model/lembaga-schema.js';
import type { PeranStaf } from '../../src/model/lembaga.js';
import { bacaZip, contohLembaga, teksDokumen } from './sop-baca-docx.js';
import { masalahDokumen } from '../helpers/kosakata.js';
import { EXAMPLES, TANGGAL_UJI } from '../helpers/examples.js';
import { jalankan } from '../helpers/cli.js';

const PERAN = (
  LEMBAGA_SCHEMA as unknown as {
    properties: { staf: { items: { properties: { peran: { enum: PeranStaf[] } } } } };
  }
).properties.staf.items.properties.peran.enum;

describe('SOP and SK: every service, every role, both languages', () => {
  const l = contohLembaga();
  l.staf = PERAN.map((peran, i) => ({
    id: `s-${i}`,
    nama: `Staf ${i}`,
    peran,
    layanan: [...LAYANAN_KEYS],
  }));
  for (const bahasa of ['id', 'en'] as const) {
    const o = { t: createT(bahasa), bahasa };
    for (const k of LAYANAN_KEYS) {
      it(`${bahasa} ${k}`, () => {
        const docs = [
          buildSop(l, STANDAR[k], l.layanan[k], o),
          ...SK_KINDS.map((kind) => buildSk(kind, l, STANDAR[k], l.layanan[k], o)),
        ];
        for (const d of docs) {
          expect(masalahDokumen(semuaTeks(d)), d.judul).toEqual([]);
          expect(masalahDokumen(renderMarkdown(d)), d.judul).toEqual([]);
        }
      });
    }
  }
});

/** The text of a .docx: body, headers and footers. */
async function teksWord(buf: Uint8Array): Promise<string> {
  const z = await bacaZip(buf);
  return [...z]
    .filter(([n]) => /^word\/(document|footer\d*|header\d*)\.xml$/.test(n))
    .map(([, x]) => teksDokumen(x))
    .join('\n');
}

describe('the documents the commands write, for both examples and both languages', () => {
  for (const contoh of ['lks-harapan-bunda', 'balai-rehsos-sentosa'])
    for (const bahasa of ['id', 'en'] as const)
      it(`${contoh} (${bahasa}): report and SOP/SK`, async () => {
        const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kosakata-'));
        await fs.cp(path.join(EXAMPLES, contoh), path.join(dir, contoh), { recursive: true });
        const lap = await jalankan(
          [
            'laporan',
            contoh,
            '--tahun',
            '2025',
            '--tanggal',
            TANGGAL_UJI,
            '--format',
            'semua',
            '--bahasa',
            bahasa,
            '-o',
            'lap/',
            '-q',
          ],
          dir,
        );
        expect(lap.code, lap.stderr).toBeLessThan(2);
        const sop = await jalankan(
          ['sop', contoh, '--sk', '--format', 'semua', '--bahasa', bahasa, '-o', 'sop/', '-q'],
          dir,
        );
        expect(sop.code, sop.stderr).toBe(0);
        const files = [
          ...(await fs.readdir(path.join(dir, 'lap'))).map((f) => path.join(dir, 'lap', f)),
          ...(await fs.readdir(path.join(dir, 'sop'))).map((f) => path.join(dir, 'sop', f)),
        ];
        const dibaca = files.filter((f) => /\.(md|docx)$/.test(f));
        expect(dibaca.length).toBeGreaterThan(3);
        for (const f of dibaca) {
          const teks = f.endsWith('.docx')
            ? await teksWord(await fs.readFile(f))
            : await fs.readFile(f, 'utf8');
          // Markdown image links name the chart files: not part of the text.
          const tanpaGambar = teks.replace(/!\[[^\]]*\]\([^)]*\)/g, '');
          expect(masalahDokumen(tanpaGambar), path.basename(f)).toEqual([]);
        }
      });
});

describe('the scan itself', () => {
  it('finds raw keys and program vocabulary, and passes plain prose', () => {
    expect(masalahDokumen('Pelaksana: sop.peran.terapis (1 orang)')).toHaveLength(1);
    expect(masalahDokumen('Lihat `lembaga aturan izin-praktik`.').length).toBeGreaterThan(2);
    expect(masalahDokumen('menurut lembaga.yaml; buat dengan --publik')).toHaveLength(2);
    expect(
      masalahDokumen('Email pengaduan@harapanbunda.or.id, angka 1.2.6, tanggal 3 Desember 2026.'),
    ).toEqual([]);
  });
});
