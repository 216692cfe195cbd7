/**
 * `lembaga init [FOLDER]` (docs/kontrak-cli.md): asks for the institution's essentials and writes
 * lembaga.yaml (with the schema line for editors), an empty canonical register workbook
 * and a README for the folder, then runs `validasi` to say what is still missing.
 * `--ya`, or no terminal, writes a documented skeleton without asking. Targets are checked
 * before the first question (no answering twenty questions only to be refused) and again
 * at the end; every answer is collected before anything is written, so Ctrl-C (exit 130,
 * mapped in src/cli.ts) leaves nothing behind.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { existsSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { CliIO, CommandRun } from '../io.js';
import { info, paint } from '../io.js';
import { assertWritable, writeOutputs, type PlannedOutput } from '../../io/write-file.js';
import { displayPath } from '../../io/load-folder.js';
import type { Lembaga } from '../../model/lembaga.js';
import {
  jawabanKerangka,
  tanyaJawaban,
  type Asker,
  type JawabanInit,
} from '../../outputs/init/jawaban.js';
import { buildFolderReadme, buildLembagaYaml } from '../../outputs/init/tulis.js';
import type { Finding } from '../../core/finding.js';

/** The terminal Asker over @inquirer/prompts 7, with Indonesian/English help lines. */
async function inquirerAsker(io: CliIO): Promise<Asker> {
  const p = await import('@inquirer/prompts');
  const { t } = io;
  return {
    input: (o) =>
      p.input({
        message: o.message,
        ...(o.default !== undefined ? { default: o.default } : {}),
        ...(o.validate ? { validate: o.validate } : {}),
      }),
    select: (o) =>
      p.select({
        message: o.message,
        choices: o.choices,
        ...(o.default !== undefined ? { default: o.default } : {}),
        instructions: {
          navigation: t('init.bantuan.pilih'),
          pager: t('init.bantuan.pilihHalaman'),
        },
      }),
    checkbox: (o) =>
      p.checkbox({
        message: o.message,
        choices: o.choices.map((c) => ({
          name: c.name,
          value: c.value,
          checked: c.checked ?? false,
        })),
        instructions: t('init.bantuan.centang'),
        ...(o.validate
          ? {
              validate: (items: readonly { value: (typeof o.choices)[number]['value'] }[]) =>
                o.validate!(items.map((i) => i.value)),
            }
          : {}),
      }),
    confirm: (o) =>
      p.confirm({
        message: o.message,
        ...(o.default !== undefined ? { default: o.default } : {}),
        transformer: (v: boolean) => t(v ? 'init.ya' : 'init.tidak'),
      }),
    catat: (pesan) => info(io, pesan),
  };
}

/** Where editors find the schema: relative to the folder when possible, else a file URL (another drive on Windows). */
export function schemaRef(folder: string): string {
  const pkgRoot = fileURLToPath(new URL('../../../', import.meta.url));
  const schema = path.join(pkgRoot, 'schemas', 'lembaga.schema.json');
  const rel = path.relative(folder, schema);
  if (!rel || path.isAbsolute(rel)) return pathToFileURL(schema).href;
  return rel.split(path.sep).join('/');
}

export const run: CommandRun = (args, opts, io) => jalankanInit(args, opts, io);

/** The command with an injectable Asker (tests script the answers). */
export async function jalankanInit(
  args: string[],
  opts: Record<string, unknown>,
  io: CliIO,
  asker?: Asker,
): Promise<number> {
  const { t } = io;
  const folder = path.resolve(io.cwd, (args[0] ?? '.').replace(/\\/g, path.sep));
  const timpa = Boolean(opts.timpa);
  const tanggal = typeof opts.tanggal === 'string' ? opts.tanggal : io.hariIni;
  const tahun = tanggal.slice(0, 4);
  const yamlPath = path.join(folder, 'lembaga.yaml');
  const readmePath = path.join(folder, 'README.md');
  const xlsxRel = `register/register-${tahun}.xlsx`;
  await assertWritable([yamlPath, readmePath, path.join(folder, xlsxRel)], timpa, t);

  const tanya = !opts.ya && io.interactive;
  if (!opts.ya && !io.interactive) info(io, t('init.tanpaTerminal'));
  let jawaban: JawabanInit;
  if (tanya) {
    info(io, t('init.sambutan', { folder: displayPath(folder, io.cwd) || '.' }));
    jawaban = await tanyaJawaban(asker ?? (await inquirerAsker(io)), t, {
      tanggal,
      bahasa: io.bahasa,
    });
  } else {
    jawaban = jawabanKerangka();
  }

  const yaml = buildLembagaYaml(jawaban, { t, schema: schemaRef(folder) });
  const lembaga = parseYaml(yaml) as Lembaga;
  // The canonical register workbook (issue 3); if its writer is unavailable, an empty YAML register does the same job.
  let register: PlannedOutput;
  try {
    const { buildRegisterXlsx } = await import('../../io/register-xlsx.js');
    register = {
      path: path.join(folder, xlsxRel),
      data: await buildRegisterXlsx([], lembaga, { kosong: true }, t),
    };
  } catch {
    register = {
      path: path.join(folder, 'register', 'register.yaml'),
      data: 'versi: 1\nkasus: []\n',
    };
  }
  const registerRel = path.relative(folder, register.path).split(path.sep).join('/');
  const outputs: PlannedOutput[] = [
    { path: yamlPath, data: yaml },
    { path: readmePath, data: buildFolderReadme(jawaban, { t, register: registerRel }) },
  ];
  // --timpa replaces lembaga.yaml and README, never case data: a register that holds cases
  // (or cannot be read, so might) is kept as it is, and the output says so (issue 14 item 3).
  const isi = existsSync(register.path) ? await isiRegister(register.path, io) : 0;
  if (isi === 0) outputs.splice(1, 0, register);
  await writeOutputs(outputs, timpa, t);
  for (const o of outputs) info(io, t('umum.ditulis', { file: displayPath(o.path, io.cwd) }));
  if (isi !== 0)
    info(
      io,
      t(isi > 0 ? 'init.registerDipertahankan' : 'init.registerTakTerbaca', {
        file: displayPath(register.path, io.cwd),
        n: isi,
      }),
    );

  const shown = displayPath(folder, io.cwd) || '.';
  const galat = io.quiet ? null : await ringkasKekurangan(folder, tanggal, io);
  info(io, '\n' + t(galat === 0 ? 'init.selesaiLengkap' : 'init.selesai', { folder: shown }));
  return 0;
}

/**
 * Entries (cases, activities, complaints) in an existing register; -1 when it cannot be read,
 * in which case it is kept too: a file we cannot read may still hold someone's work.
 */
async function isiRegister(file: string, io: CliIO): Promise<number> {
  try {
    const { loadRegisterFile } = await import('../../io/load-folder.js');
    const r = await loadRegisterFile(file, displayPath(file, io.cwd), {
      cwd: io.cwd,
      t: io.t,
      schema: false,
    });
    if (r.kasus.length) return r.kasus.length;
    // Unreadable, or rows on other sheets (activities, complaints) without a case: not provably empty.
    return r.problems.length ? -1 : 0;
  } catch {
    return -1;
  }
}

/** Sections of lembaga.yaml, in the order the file has them, for the closing summary. */
const BAGIAN_YAML = [
  'lembaga',
  'izin',
  'akreditasi',
  'layanan',
  'fasilitas',
  'peralatan',
  'sarana',
  'keselamatan',
  'pengaduan',
  'pengawasan',
  'pengawasanInternal',
  'jaminan',
  'evaluasiKinerja',
  'staf',
  'pengaturan',
] as const;

/** Section of a finding: the first key of its path in lembaga.yaml, else the file it is in. */
export function bagianTemuan(f: Finding): string {
  const k = /^\/([^/]+)/.exec(f.path ?? '')?.[1];
  return k && (BAGIAN_YAML as readonly string[]).includes(k) ? k : 'lainnya';
}

/**
 * What is still missing, grouped by section of lembaga.yaml: the real validator's findings on
 * the files just written (the same list, date and counts as `lembaga validasi`), not a second list.
 */
async function ringkasKekurangan(
  folder: string,
  tanggal: string,
  io: CliIO,
): Promise<number | null> {
  const { t } = io;
  let findings: Finding[];
  try {
    const { loadInputs } = await import('../../io/load-folder.js');
    const { periksaSemua } = await import('../periksa.js');
    const loaded = await loadInputs([folder], { cwd: io.cwd, t, schema: true });
    findings = (await periksaSemua(loaded, { tanggal, t, cwd: io.cwd })).findings;
  } catch (e) {
    if (io.debug) io.stderr.write(String((e as Error).stack ?? e) + '\n');
    info(io, t('init.jalankanValidasi', { folder: displayPath(folder, io.cwd) || '.' }));
    return null;
  }
  const galat = findings.filter((f) => f.severity === 'error').length;
  const peringatan = findings.filter((f) => f.severity === 'warning').length;
  info(io, '\n' + paint(io, 'bold', t('init.hasilValidasi', { galat, peringatan })));
  const urut = [...BAGIAN_YAML, 'lainnya'];
  const kelompok = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const b = bagianTemuan(f);
    kelompok.set(b, [...(kelompok.get(b) ?? []), f]);
  }
  for (const b of urut) {
    const fs = kelompok.get(b);
    if (!fs) continue;
    info(io, `\n  ${paint(io, 'bold', t(`init.bagianYaml.${b}`))}`);
    for (const f of fs) {
      const letak = f.file
        ? `${f.file}${f.line ? `:${f.line}` : ''}${f.cell ? `!${f.cell}` : ''}  `
        : '';
      const tingkat = f.severity === 'warning' ? ` (${t('init.peringatan')})` : '';
      info(io, `    - ${letak}${f.message}${tingkat}`);
    }
  }
  if (galat === 0) info(io, '\n' + t('init.tanpaGalat'));
  return galat;
}
