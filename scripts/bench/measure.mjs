// Runs a command in a child process and measures wall time and peak RSS of that
// process alone (GNU time -v when present; otherwise a node wrapper reading
// process.resourceUsage().maxRSS at exit). Exported for later bench rows (impor, laporan).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const GNU_TIME = '/usr/bin/time';

/**
 * measure(cmd, args, {cwd, env}) → { ok, code, signal, wallS, peakMB, stdout, stderr }.
 * `ok` is false for an exit status other than 0 or 1 (findings) and for any signal.
 * `cmd` is an executable (node is process.execPath).
 */
export function measure(cmd, args = [], opts = {}) {
  const useTime = existsSync(GNU_TIME) && process.platform === 'linux';
  const [c, a] = useTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  return new Promise((resolve) => {
    const child = spawn(c, a, {
      cwd: opts.cwd,
      env: { ...process.env, ...(opts.env ?? {}) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      if (stdout.length < (opts.stdoutMaks ?? 1e6)) stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
      if (stderr.length > 2e6) stderr = stderr.slice(-1e6);
    });
    child.on('close', (code, signal) => {
      const wallS = Number(process.hrtime.bigint() - start) / 1e9;
      let peakMB = null;
      const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      if (m) peakMB = Number(m[1]) / 1024;
      const r = /BENCH_MAXRSS_KB=(\d+)/.exec(stderr);
      if (!m && r) peakMB = Number(r[1]) / 1024;
      const code2 = /Exit status: (\d+)/.exec(stderr);
      // A child killed by a signal (out of memory, SIGKILL by the OOM killer, SIGSEGV) failed,
      // whatever exit status GNU time reports for it.
      const sig = /Command terminated by signal (\d+)/.exec(stderr)?.[1] ?? signal ?? null;
      const realCode = code2 ? Number(code2[1]) : code;
      if (useTime) stderr = stderr.replace(/\tCommand being timed:[\s\S]*$/, '');
      resolve({
        ok: sig === null && (realCode === 0 || realCode === 1),
        code: sig === null ? realCode : `sinyal ${sig}`,
        signal: sig,
        wallS,
        peakMB,
        stdout,
        stderr,
      });
    });
  });
}
