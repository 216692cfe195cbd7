/** The annual report as Markdown: the report in the shared document model, drawn by the one Markdown renderer. */
import { renderMarkdown as renderNaskahMarkdown } from '../dokumen/render-markdown.js';
import type { Bahasa, Dokumen } from './dokumen.js';
import { naskahLaporan } from './naskah.js';

/** The report as Markdown. Charts appear only when `grafik` names their image file (written beside the .md). */
export function renderMarkdown(
  doc: Dokumen,
  bahasa: Bahasa,
  grafik: ReadonlyMap<string, string> = new Map(),
): string {
  return renderNaskahMarkdown(naskahLaporan(doc, bahasa, { berkas: grafik }));
}
