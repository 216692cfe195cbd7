/**
 * `lembaga sop [FOLDER]`: for each service the lembaga offers (or `--layanan`), an SOP
 * document (Permensos 14/2020 Pasal 4–11, Lampiran A–E) in Word and Markdown; with `--sk`
 * also the three SK templates the standard requires (1.1, 1.4.3, 1.6.6). Files go to
 * `<folder>/sop/` or the `-o` folder, all checked before any is written (never overwritten
 * without --timpa).
 */
import path from 'node:path';
import type { CliIO, CommandRun } from '../io.js';
import { UsageError } from '../../core/errors.js';
import { displayPath } from '../../io/load-folder.js';
import { tulisMasalah } from '../masalah.js';
import { siapkanFolder, type PlannedOutput } from '../../io/write-file.js';
import type { Lembaga } from '../../model/lembaga.js';
import type { LayananKey } from '../../standards/types.js';
import type { Naskah } from '../../outputs/dokumen/model.js';
import { bacaKertas, type Kertas } from '../../outputs/kertas.js';
import { layananDipilih, muatLembaga, tulisBerkas } from '../perintah.js';
import { info } from '../io.js';

export const run: CommandRun = async (args, opts, io) => {
  const { t } = io;
  const format = typeof opts.format === 'string' ? opts.format : 'semua';
  const kertas = opsiKertas(opts.kertas, io);

  // Several documents go to a folder: `-o -` (the screen) cannot hold them.
  if (opts.keluaran === '-') throw new UsageError(t('umum.keluaranBanyak'));
  const loaded = await muatLembaga(args.length ? [args[0]!] : ['.'], io, {
    schema: true,
    withoutRegisters: true,
  });
  const lembaga = loaded.lembaga;
  if (!lembaga) {
    for (const p of loaded.problems) {
      const loc = p.line ? `${p.file}:${p.line}:${p.column ?? 1}` : (p.file ?? '');
      io.stderr.write(`${loc}: ${p.message}\n`);
    }
    io.stderr.write(t('sop.lembagaBermasalah', { jumlah: loaded.problems.length }) + '\n');
    return 2;
  }
  // A lembaga.yaml that parses but breaks the schema: SOPs are still scaffolded, but exit 1 (docs/kontrak-cli.md).
  const galatMasukan = tulisMasalah(io, loaded.problems);
  const { layanan } = layananDipilih(lembaga, opts.layanan, io, 'sop.layananTidakDiselenggarakan');
  if (!layanan.length) throw new UsageError(t('sop.tidakAdaLayanan'));

  const folder =
    typeof opts.keluaran === 'string'
      ? path.resolve(io.cwd, opts.keluaran)
      : path.join(loaded.root, 'sop');
  // The folder is made (or refused) before the documents are built.
  await siapkanFolder(folder, t);
  const dokumen = await susunDokumen(lembaga, layanan, Boolean(opts.sk), io);
  const outputs = await renderSemua(dokumen, folder, format, kertas, io);
  await tulisBerkas(io, outputs, opts.timpa);
  info(io, t('sop.ringkasan', { jumlah: outputs.length, folder: displayPath(folder, io.cwd) }));
  return galatMasukan ? 1 : 0;
};

/** `--kertas`: A4 (the default) or F4, any case; anything else refused before any work (exit 2). */
function opsiKertas(nilai: unknown, io: CliIO): Kertas {
  if (nilai === undefined) return 'A4';
  const hasil = bacaKertas(String(nilai));
  if ('kertas' in hasil) return hasil.kertas;
  throw new UsageError(
    hasil.saran
      ? io.t('sop.kertasMaksud', { nilai: String(nilai), saran: hasil.saran })
      : io.t('sop.kertasTidakDikenal', { nilai: String(nilai) }),
  );
}

/** One SOP per service, and with `--sk` the SK templates after each. */
async function susunDokumen(
  lembaga: Lembaga,
  layanan: readonly LayananKey[],
  sk: boolean,
  io: CliIO,
): Promise<{ nama: string; doc: Naskah }[]> {
  const { STANDAR } = await import('../../standards/permensos-14-2020/katalog.js');
  const { buildSop } = await import('../../outputs/sop/build-sop.js');
  const { buildSk, SK_KINDS } = await import('../../outputs/sop/build-sk.js');
  const o = { t: io.t, bahasa: io.bahasa };
  const dokumen: { nama: string; doc: Naskah }[] = [];
  for (const k of layanan) {
    const s = STANDAR[k];
    dokumen.push({ nama: `SOP-${k}`, doc: buildSop(lembaga, s, lembaga.layanan[k], o) });
    if (sk)
      for (const kind of SK_KINDS)
        dokumen.push({
          nama: `SK-${kind}-${k}`,
          doc: buildSk(kind, lembaga, s, lembaga.layanan[k], o),
        });
  }
  return dokumen;
}

/** Each document in Word and/or Markdown, in the folder. */
async function renderSemua(
  dokumen: readonly { nama: string; doc: Naskah }[],
  folder: string,
  format: string,
  kertas: Kertas,
  io: CliIO,
): Promise<PlannedOutput[]> {
  const { renderMarkdown } = await import('../../outputs/dokumen/render-markdown.js');
  const { renderDocx } = await import('../../outputs/dokumen/render-docx.js');
  const outputs: PlannedOutput[] = [];
  for (const d of dokumen) {
    if (format === 'docx' || format === 'semua') {
      outputs.push({
        path: path.join(folder, `${d.nama}.docx`),
        data: await renderDocx(d.doc, { kertas, halaman: io.t('sop.halaman') }),
      });
    }
    if (format === 'markdown' || format === 'semua') {
      outputs.push({ path: path.join(folder, `${d.nama}.md`), data: renderMarkdown(d.doc) });
    }
  }
  return outputs;
}
