/**
 * `lembaga init [FOLDER]` (CLI.md): asks for the institution's essentials and writes
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
import type { CliIO } from '../io.js';
import { info, paint } from '../io.js';
import { assertWritable, writeOutputs, type PlannedOutput } from '../../io/write-file.js';
import { displayPath } from '../../io/load-folder.js';
import { hariIni } from '../../core/tanggal.js';
import type { Lembaga } from '../../model/lembaga.js';
import {
  jawabanKerangka,
  tanyaJawaban,
  type Asker,
  type JawabanInit,
} from '../../outputs/init/jawaban.js';
import { buildFolderReadme, buildLembagaYaml, daftarKekurangan } from '../../outputs/init/tulis.js';

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

export async function run(
  args: string[],
  opts: Record<string, unknown>,
  io: CliIO,
): Promise<number> {
  return jalankanInit(args, opts, io);
}

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
  const tahun = hariIni().slice(0, 4);
  const yamlPath = path.join(folder, 'lembaga.yaml');
  const readmePath = path.join(folder, 'README.md');
  const xlsxRel = `register/register-${tahun}.xlsx`;
  await assertWritable([yamlPath, readmePath, path.join(folder, xlsxRel)], timpa, t);

  const tanya = !opts.ya && io.interactive;
  if (!opts.ya && !io.interactive) info(io, t('init.tanpaTerminal'));
  let jawaban: JawabanInit;
  if (tanya) {
    info(io, t('init.sambutan', { folder: displayPath(folder, io.cwd) || '.' }));
    jawaban = await tanyaJawaban(asker ?? (await inquirerAsker(io)), t);
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
    register,
    { path: readmePath, data: buildFolderReadme(jawaban, { t, register: registerRel }) },
  ];
  await writeOutputs(outputs, timpa, t);
  for (const o of outputs) info(io, t('umum.ditulis', { file: displayPath(o.path, io.cwd) }));

  const kurang = daftarKekurangan(jawaban, t);
  if (kurang.length) {
    info(io, '\n' + paint(io, 'bold', t('init.masihKurang')));
    for (const k of kurang) info(io, `  - ${k}`);
  }
  const shown = displayPath(folder, io.cwd) || '.';
  if (!io.quiet) {
    info(io, '\n' + paint(io, 'bold', t('init.hasilValidasi')));
    const ok = await jalankanValidasi(folder, io);
    if (!ok) info(io, t('init.jalankanValidasi', { folder: shown }));
  }
  info(io, '\n' + t('init.selesai', { folder: shown }));
  return 0;
}

/** Run `validasi --format teks` on the new folder, its report on stderr (init's stdout stays empty). */
async function jalankanValidasi(folder: string, io: CliIO): Promise<boolean> {
  if (!existsSync(path.join(folder, 'lembaga.yaml'))) return false;
  try {
    const mod = await import('./validasi.js');
    await mod.run([folder], { format: 'teks' }, { ...io, stdout: io.stderr, stdoutIsTTY: false });
    return true;
  } catch (e) {
    if (io.debug) io.stderr.write(String((e as Error).stack ?? e) + '\n');
    return false;
  }
}
