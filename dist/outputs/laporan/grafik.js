/**
 * Charts of the main figures, drawn by Vega (a chart grammar, not hand-drawn shapes) to
 * SVG and rasterised by resvg to PNG for Word and Excel. No network: the Vega loader
 * refuses every request. The two DejaVu Sans faces the charts use ship in assets/fonts/
 * (1.4 MB, with their licence; the npm package carried 22 faces, 12 MB), so the charts look
 * the same on a Windows laptop as here.
 */
import { fileURLToPath } from 'node:url';
import { angkaGrafik, labelTeks } from './dokumen.js';
const FONT_FAMILY = 'DejaVu Sans';
const WARNA = ['#2b6cb0', '#dd6b20', '#38a169', '#805ad5', '#d53f8c'];
/**
 * A long label wrapped onto lines of at most `n` characters at spaces, never cut: a category
 * an assessor cannot read whole is no category. Lines are joined by "\n" (drawn as separate lines).
 */
export function bungkusLabel(s, n = 34) {
    const baris = [];
    let cur = '';
    for (const w of s.split(/\s+/).filter(Boolean)) {
        if (cur && cur.length + 1 + w.length > n) {
            baris.push(cur);
            cur = w;
        }
        else
            cur = cur ? `${cur} ${w}` : w;
    }
    if (cur)
        baris.push(cur);
    return baris.join('\n');
}
/** Axis and legend labels: never truncated (labelLimit 0), multi-line when wrapped. */
const LABEL_UTUH = {
    labelLimit: 0,
    encode: { labels: { update: { text: { signal: "split(datum.label, '\\n')" } } } },
};
/** Stacked vertical bars (months × services). */
function specBulan(data, judulX, judulY, judulSeri, seri) {
    return {
        $schema: 'https://vega.github.io/schema/vega/v6.json',
        width: 640,
        height: 260,
        padding: 8,
        data: [
            { name: 'd', values: data },
            {
                name: 's',
                source: 'd',
                transform: [{ type: 'stack', groupby: ['x'], sort: { field: 'seri' }, field: 'y' }],
            },
        ],
        scales: [
            skalaKategori('x', 'width', 0.15),
            skalaAngka('y', { data: 's', field: 'y1' }, 'height'),
            { name: 'c', type: 'ordinal', domain: seri, range: WARNA },
        ],
        axes: [
            { orient: 'bottom', scale: 'x', title: judulX, labelLimit: 0 },
            { orient: 'left', scale: 'y', title: judulY, tickMinStep: 1, format: 'd', grid: true },
        ],
        legends: [{ fill: 'c', title: judulSeri, orient: 'right', labelLimit: 0 }],
        marks: [
            mark('rect', 's', {
                x: { scale: 'x', field: 'x' },
                width: { scale: 'x', band: 1 },
                y: { scale: 'y', field: 'y0' },
                y2: { scale: 'y', field: 'y1' },
                fill: { scale: 'c', field: 'seri' },
            }),
        ],
        config: fontConfig(),
    };
}
/** The categories along one axis, in the order of the data (`urut`). */
function skalaKategori(name, range, padding) {
    const domain = { data: 'd', field: 'x', sort: { field: 'urut', op: 'min' } };
    return { name, type: 'band', domain, range, padding };
}
/** A mark drawing one `type` shape for each datum of `data`, placed by its `enter` encoding. */
function mark(type, data, enter) {
    return { type, from: { data }, encode: { enter } };
}
/** Counts along one axis, from zero. */
function skalaAngka(name, domain, range) {
    return { name, type: 'linear', domain, range, nice: true, zero: true };
}
/** Horizontal bars with the value at the end of each bar; each band tall enough for its wrapped label. */
export function specBatang(data, judulX) {
    const baris = Math.max(1, ...data.map((d) => d.x.split('\n').length));
    return {
        $schema: 'https://vega.github.io/schema/vega/v6.json',
        width: 380,
        height: Math.max(60, data.length * Math.max(26, baris * 15 + 8)),
        padding: 8,
        data: [{ name: 'd', values: data }],
        scales: [
            skalaKategori('y', 'height', 0.2),
            skalaAngka('x', { data: 'd', field: 'y' }, 'width'),
        ],
        axes: [
            { orient: 'left', scale: 'y', ...LABEL_UTUH },
            { orient: 'bottom', scale: 'x', title: judulX, tickMinStep: 1, format: 'd', grid: true },
        ],
        marks: [
            mark('rect', 'd', {
                y: { scale: 'y', field: 'x' },
                height: { scale: 'y', band: 1 },
                x: { scale: 'x', value: 0 },
                x2: { scale: 'x', field: 'y' },
                fill: { value: WARNA[0] },
            }),
            mark('text', 'd', {
                y: { scale: 'y', field: 'x', band: 0.5 },
                x: { scale: 'x', field: 'y', offset: 4 },
                baseline: { value: 'middle' },
                text: { signal: "datum.y > 0 ? format(datum.y, ',d') : ''" },
                fontSize: { value: 11 },
                fill: { value: '#333333' },
            }),
        ],
        config: fontConfig(),
    };
}
function fontConfig() {
    return {
        font: FONT_FAMILY,
        text: { font: FONT_FAMILY },
        axis: { labelFont: FONT_FAMILY, titleFont: FONT_FAMILY, labelFontSize: 11, titleFontSize: 12 },
        legend: {
            labelFont: FONT_FAMILY,
            titleFont: FONT_FAMILY,
            labelFontSize: 11,
            titleFontSize: 12,
        },
        background: 'white',
    };
}
/** Render the report's charts to PNG. Charts with nothing to show are left out. */
export async function buatGrafik(lap, t, bahasa) {
    const vega = await import('vega');
    const { Resvg } = await import('@resvg/resvg-js');
    // src/outputs/laporan and dist/outputs/laporan both sit three levels below the package root.
    const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => fileURLToPath(new URL(`../../../assets/fonts/${f}`, import.meta.url)));
    const loader = vega.loader();
    const tolak = () => Promise.reject(new Error('network access is disabled'));
    loader.load = tolak;
    loader.sanitize = tolak;
    loader.http = tolak;
    loader.file = tolak;
    const render = async (spec) => {
        const view = new vega.View(vega.parse(spec), { renderer: 'none', loader });
        const svg = await view.toSVG();
        view.finalize();
        const img = new Resvg(svg, {
            font: { fontFiles, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
            fitTo: { mode: 'zoom', value: 2 },
            background: 'white',
        }).render();
        return { png: new Uint8Array(img.asPng()), lebar: img.width, tinggi: img.height };
    };
    const out = new Map();
    const tabel = (id) => lap.tabel.find((x) => x.id === id);
    const bulan = tabel('kasus-per-bulan');
    if (bulan) {
        const seri = bulan.kolom.slice(0, -1).map((k) => labelTeks(k.label, t, bahasa));
        const data = bulan.baris.flatMap((b, i) => seri.map((s, j) => ({
            x: labelTeks(b.label, t, bahasa).slice(0, 3),
            y: angkaGrafik(b.nilai[j] ?? 0, lap, b.tekan?.[j]),
            seri: s,
            urut: i,
        })));
        if (data.some((d) => d.y > 0))
            out.set('bulan', await render(specBulan(data, t('laporan.grafik.sumbuBulan'), t('laporan.grafik.sumbuKasus'), t('laporan.grafik.layanan'), seri)));
    }
    const batang = async (id, tabelId, sumbu) => {
        const tb = tabel(tabelId);
        if (!tb)
            return;
        const last = tb.kolom.length - 1;
        const data = tb.baris
            .map((b, i) => ({
            x: bungkusLabel(labelTeks(b.label, t, bahasa)),
            y: angkaGrafik(b.nilai[last] ?? 0, lap, b.tekan?.[last]),
            urut: i,
        }))
            .filter((d) => d.y > 0);
        if (data.length)
            out.set(id, await render(specBatang(data, sumbu)));
    };
    await batang('keadaan', 'klien-keadaan-akhir', t('laporan.grafik.sumbuKasus'));
    await batang('pengaduan', 'pengaduan-jenis', t('laporan.grafik.sumbuPengaduan'));
    return out;
}
