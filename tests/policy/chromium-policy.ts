/**
 * A Chromium machine policy file for one test, in /etc/chromium/policies/managed/. Such a file applies
 * to every Chromium on the computer, so it exists only while the policy test runs: a unique name, and
 * removed in `finally`, on process exit and on SIGINT/SIGTERM/SIGHUP; if the test process is killed
 * outright (SIGKILL), a small watchdog process it started removes the file as soon as it sees the test
 * process gone, and the next run removes any file whose process no longer exists.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';

/** Where Debian's Chromium (and Chromium builds generally) read mandatory machine policy on Linux. */
export const POLICY_DIR = '/etc/chromium/policies/managed';
const PREFIX = 'nudge-test-';

/** Why this machine cannot run the policy test, or null when it can. */
export function whyPolicyCannotBeWritten(): string | null {
  if (process.platform !== 'linux') {
    return `Chromium reads policy files from ${POLICY_DIR} only on Linux; on ${process.platform} policy comes from the registry or a configuration profile, which this test does not write.`;
  }
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    return `${POLICY_DIR} is writable only by root (CI runs as root): run the policy test as root to prove force-installation.`;
  }
  let dir = POLICY_DIR;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    return `${dir} is not writable here (a read-only /etc?), so no Chromium policy can be written.`;
  }
  return null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class PolicyFile {
  readonly path: string;
  private created: string[] = [];
  private readonly cleanup = () => this.remove();
  private readonly onSignal = (signal: NodeJS.Signals) => {
    this.remove();
    process.kill(process.pid, signal);
  };

  constructor() {
    this.path = join(POLICY_DIR, `${PREFIX}${process.pid}-${randomBytes(4).toString('hex')}.json`);
  }

  /** Write (or rewrite) the policy. The file appears whole: written beside it, then renamed. */
  write(policy: unknown): void {
    if (!existsSync(POLICY_DIR)) {
      for (let d = POLICY_DIR; !existsSync(d); d = dirname(d)) this.created.unshift(d);
      mkdirSync(POLICY_DIR, { recursive: true, mode: 0o755 });
    }
    this.removeLeftovers();
    if (!this.watchdog) this.startWatchdog();
    process.once('exit', this.cleanup);
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.removeListener(s, this.onSignal);
      process.once(s, this.onSignal);
    }
    const temp = `${this.path}.tmp`;
    writeFileSync(temp, JSON.stringify(policy, null, 2), { mode: 0o644 });
    renameSync(temp, this.path);
  }

  /** Remove the file (and the folders this test made, if empty). Safe to call more than once. */
  remove(): void {
    rmSync(this.path, { force: true });
    rmSync(`${this.path}.tmp`, { force: true });
    for (const d of [...this.created].reverse()) {
      try {
        rmdirSync(d);
      } catch {
        break; // not empty: something else uses it
      }
    }
    this.created = [];
    process.removeListener('exit', this.cleanup);
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeListener(s, this.onSignal);
  }

  private watchdog = false;

  /** A detached process that removes the file once this process has gone (whatever way it went). */
  private startWatchdog(): void {
    const code = `
      const fs = require('node:fs');
      const [pid, file, ...dirs] = process.argv.slice(1);
      const clean = () => { fs.rmSync(file, { force: true }); fs.rmSync(file + '.tmp', { force: true }); for (const d of dirs.reverse()) { try { fs.rmdirSync(d); } catch { break; } } };
      const gone = () => { try { process.kill(Number(pid), 0); return false; } catch (e) { return e.code !== 'EPERM'; } };
      const timer = setInterval(() => {
        if (!fs.existsSync(file) && !fs.existsSync(file + '.tmp')) { clearInterval(timer); return; }
        if (gone()) { clean(); clearInterval(timer); }
      }, 200);`;
    spawn(process.execPath, ['-e', code, String(process.pid), this.path, ...this.created], { detached: true, stdio: 'ignore' }).unref();
    this.watchdog = true;
  }

  /** Policy files of earlier runs whose process no longer exists. */
  private removeLeftovers(): void {
    for (const f of readdirSync(POLICY_DIR)) {
      const pid = Number(f.slice(PREFIX.length).split('-')[0]);
      if (f.startsWith(PREFIX) && Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(POLICY_DIR, f), { force: true });
    }
  }
}
