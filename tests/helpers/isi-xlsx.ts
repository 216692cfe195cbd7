/**
 * A workbook as text, read back with exceljs: per sheet its state, frozen panes, print setup,
 * footer, filter, merges, column widths and formats, dropdowns and page breaks, then every
 * row (height, hidden) and every cell that has a value or a format — value, number format,
 * font, fill, border, alignment. Two workbooks with the same text look and print the same;
 * used to compare the books of the streaming writer with those the exceljs writer made
 * (tests/fixtures/buku-lama/, issue 16).
 */
import ExcelJS from 'exceljs';

type Obj = Record<string, unknown>;

/** Keys sorted, false/undefined/empty dropped: formats compared by what they mean. */
function norm(o: unknown): unknown {
  if (!o || typeof o !== 'object') return o;
  const r: Obj = {};
  for (const k of Object.keys(o).sort()) {
    const v = (o as Obj)[k];
    if (v === undefined || v === false) continue;
    if (typeof v === 'object' && v !== null) {
      const n = norm(v);
      if (n && typeof n === 'object' && Object.keys(n).length) r[k] = n;
    } else r[k] = v;
  }
  return r;
}

export async function isiXlsx(data: Uint8Array | string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  if (typeof data === 'string') await wb.xlsx.readFile(data);
  else await wb.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const out: string[] = [];
  wb.eachSheet((ws) => {
    const views = (ws.views ?? [])
      .filter((v) => v.state === 'frozen')
      .map((v) => ({
        x: (v as { xSplit?: number }).xSplit ?? 0,
        y: (v as { ySplit?: number }).ySplit ?? 0,
      }));
    out.push(`[${ws.name}] ${ws.state} beku=${JSON.stringify(views)}`);
    const p = ws.pageSetup;
    if (p.fitToPage)
      out.push(
        `  cetak ${JSON.stringify({ kertas: p.paperSize, arah: p.orientation, lebar: p.fitToWidth, tinggi: p.fitToHeight, tengah: p.horizontalCentered, judul: p.printTitlesRow, margin: p.margins })}`,
      );
    out.push(
      `  footer ${JSON.stringify(ws.headerFooter?.oddFooter)} ${JSON.stringify(ws.headerFooter?.evenFooter)}`,
    );
    out.push(`  filter ${JSON.stringify(ws.autoFilter)}`);
    const merges = Object.keys((ws as unknown as { _merges: Obj })._merges).sort();
    out.push(`  gabung ${JSON.stringify(merges)}`);
    for (let c = 1; c <= ws.columnCount; c++) {
      const col = ws.getColumn(c);
      out.push(`  kolom ${c} lebar=${String(col.width)} format=${col.numFmt ?? ''}`);
    }
    const dv =
      (ws as unknown as { dataValidations?: { model?: Obj } }).dataValidations?.model ?? {};
    const dvs = new Map<string, string[]>();
    for (const [k, v] of Object.entries(dv)) {
      const key = JSON.stringify(norm(v));
      dvs.set(key, [...(dvs.get(key) ?? []), k]);
    }
    for (const [k, cells] of [...dvs.entries()].sort((a, b) => a[0].localeCompare(b[0])))
      out.push(`  daftar ${k} ${cells.length} sel ${cells.sort()[0]}…`);
    const brk = (ws as unknown as { rowBreaks?: { id: number }[] }).rowBreaks ?? [];
    out.push(`  pemisah ${JSON.stringify(brk.map((b) => b.id))}`);
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      out.push(`  baris ${r} tinggi=${row.height ?? ''}${row.hidden ? ' tersembunyi' : ''}`);
      row.eachCell({ includeEmpty: true }, (c) => {
        let v: unknown = c.value;
        if (v instanceof Date) v = `tanggal:${v.toISOString().slice(0, 10)}`;
        if (c.isMerged && c.master !== c) v = `(gabung ${c.master.address})`;
        const st = norm({
          numFmt: c.numFmt,
          font: c.font,
          fill: c.fill,
          border: c.border,
          alignment: c.alignment,
        }) as Obj;
        if ((st.font as Obj | undefined)?.name === 'Calibri') delete st.font;
        if ((st.fill as Obj | undefined)?.pattern === 'none') delete st.fill;
        if (v === null || v === undefined || v === '') {
          if (!Object.keys(st).length) return;
          v = '';
        }
        out.push(`    ${c.address} ${JSON.stringify(v)} ${JSON.stringify(st)}`);
      });
    });
  });
  return out.join('\n') + '\n';
}

/**
 * Lines of `baru` that differ from `lama`, ignoring a column width the old writer left out
 * (exceljs's streaming writer dropped some `<col>` widths; the new one writes them all).
 */
export function bedaIsi(lama: string, baru: string): string[] {
  const a = lama.split('\n');
  const b = baru.split('\n');
  const beda: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x === y) continue;
    if (x.startsWith('  kolom ') && x.includes('lebar=undefined')) {
      const ganti = y.replace(/lebar=[^ ]+/, 'lebar=undefined');
      if (ganti === x) continue;
    }
    beda.push(`baris ${i + 1}:\n  lama: ${x}\n  baru: ${y}`);
    if (beda.length >= 20) break;
  }
  return beda;
}
