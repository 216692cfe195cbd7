import { renderDocx as renderNaskahDocx } from '../dokumen/render-docx.js';
import { naskahLaporan } from './naskah.js';
/** The report as a .docx file. */
export async function renderDocx(doc, o) {
    const versi = doc.publik ? o.t('laporan.footerPublik') : o.t('laporan.footerInternal');
    const halaman = `${doc.judul} · ${versi} · ${o.t('laporan.footer', { halaman: '{x}', jumlah: '{y}' })}`;
    return renderNaskahDocx(naskahLaporan(doc, o.bahasa, o.grafik ? { png: o.grafik } : {}), {
        halaman,
    });
}
