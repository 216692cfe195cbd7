/** Run the CLI in-process, as a user would in `cwd`, capturing stdout, stderr and the exit code. */
import { run } from '../../src/cli.js';
import { capture } from './patch.js';

export async function jalankan(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = { LANG: 'id_ID.UTF-8' },
) {
  const stdout = capture();
  const stderr = capture();
  const code = await run(args, { stdout, stderr, env, cwd, stdinIsTTY: false });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
