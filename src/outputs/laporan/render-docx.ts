/**
 * The annual report as a .docx file: the report in the shared document model (naskah.ts),
 * drawn by the one Word renderer in the report's house style, with a footer naming the
 * report and its version and reading "Halaman X dari Y". Charts are PNG images (grafik.ts).
 */
import type { Translate } from '../../i18n/index.js';
import type { Gambar } from '../dokumen/model.js';
import { renderDocx as renderNaskahDocx } from '../dokumen/render-docx.js';
import type { Bahasa, Dokumen } from './dokumen.js';
import { naskahLaporan } from './naskah.js';

/** A chart as a PNG with its pixel size. */
export type GambarGrafik = Gambar;

export interface DocxOptions {
  bahasa: Bahasa;
  t: Translate;
  grafik?: ReadonlyMap<string, GambarGrafik>;
}

/** The report as a .docx file. */
export async function renderDocx(doc: Dokumen, o: DocxOptions): Promise<Uint8Array> {
  const versi = doc.publik ? o.t('laporan.footerPublik') : o.t('laporan.footerInternal');
  const halaman = `${doc.judul} · ${versi} · ${o.t('laporan.footer', { halaman: '{x}', jumlah: '{y}' })}`;
  return renderNaskahDocx(naskahLaporan(doc, o.bahasa, o.grafik ? { png: o.grafik } : {}), {
    halaman,
  });
}
