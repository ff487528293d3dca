/**
 * A reproducible install (issue 15, item 4): `npm ci` accepts package-lock.json on Linux, macOS and
 * Windows, and a fresh clone's `npm install` leaves it as it is. npm has a long-standing bug
 * (npm/cli#4828) where a lockfile rewritten on one machine loses other platforms' optional native
 * packages (rollup's and esbuild's binaries), and `npm ci` then fails or installs a build tool that
 * cannot run elsewhere; these checks catch that before CI on another platform does.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
interface Entry {
  version?: string;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optional?: boolean;
  resolved?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, Entry> };
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Entry;

/** Where Node would find `name` from the package at `from` (its node_modules, then each parent's). */
function locate(from: string, name: string): string | null {
  let at = from;
  for (;;) {
    const candidate = `${at ? `${at}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!at) return null;
    const i = at.lastIndexOf('/node_modules/');
    at = i < 0 ? '' : at.slice(0, i);
  }
}

const PLATFORMS = [
  { os: 'linux', cpu: 'x64', libc: 'glibc' },
  { os: 'linux', cpu: 'arm64', libc: 'glibc' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
] as const;

function fits(e: Entry, p: (typeof PLATFORMS)[number]): boolean {
  return (!e.os || e.os.includes(p.os)) && (!e.cpu || e.cpu.includes(p.cpu)) && (!e.libc || !('libc' in p) || e.libc.includes(p.libc));
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile whose root matches package.json (what npm ci checks first)', () => {
    expect(lock.lockfileVersion).toBe(3);
    const root = lock.packages['']!;
    expect(root.dependencies ?? {}).toEqual(pkg.dependencies ?? {});
    expect(root.devDependencies ?? {}).toEqual(pkg.devDependencies ?? {});
  });

  it('has every dependency of every locked package, optional native ones for other platforms included', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) {
        if (!locate(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(PLATFORMS)('has the native build tools for $os $cpu', (platform) => {
    for (const [path, entry] of Object.entries(lock.packages)) {
      const natives = Object.keys(entry.optionalDependencies ?? {}).filter((n) => /^@(rollup|esbuild)\//.test(n));
      if (!natives.length) continue;
      const usable = natives.map((n) => locate(path, n)).filter((p) => p && fits(lock.packages[p]!, platform));
      expect(usable.length, `${path} has no native package for ${platform.os} ${platform.cpu}`).toBeGreaterThan(0);
    }
  });

  it('names no registry, as the project .npmrc pins, so every machine writes it the same way', () => {
    expect(Object.entries(lock.packages).filter(([, e]) => e.resolved && /^https?:/.test(e.resolved)).map(([p]) => p)).toEqual([]);
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^omit-lockfile-registry-resolved=true$/m);
  });

  it('is what CI installs from, with npm ci', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).not.toMatch(/^npm install\b/m);
  });
});
