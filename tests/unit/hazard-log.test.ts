/**
 * The hazard log names, for each hazard, the tests that show its controls work. This keeps the log
 * honest: a named test that is renamed or deleted fails the build until the log is brought up to date.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const LOG = readFileSync(join(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');

interface Hazard {
  id: string;
  title: string;
  body: string;
  tests: { file: string; title: string }[];
  pending: string[];
}

function hazards(): Hazard[] {
  return LOG.split(/^### /m)
    .slice(1)
    .map((section) => {
      const [heading = '', ...rest] = section.split('\n');
      const body = rest.join('\n');
      const [, id = '', title = ''] = heading.match(/^(H\d+)\s+(.*)$/) ?? [];
      const tests = [...body.matchAll(/^\s*- test: (\S+) › (.+)$/gm)].map((m) => ({ file: m[1]!, title: m[2]!.trim() }));
      const pending = [...body.matchAll(/^\s*- pending: (.+)$/gm)].map((m) => m[1]!);
      return { id, title, body, tests, pending };
    });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/** Every test, describe and it title written in tests/, as it appears in the source. */
const TITLES = new Map<string, Set<string>>();
for (const file of files(join(ROOT, 'tests')).filter((f) => /\.(test|spec)\.tsx?$/.test(f))) {
  const source = readFileSync(file, 'utf8');
  const titles = new Set<string>();
  for (const m of source.matchAll(/\b(?:it|test|describe)(?:\.each\([\s\S]*?\))?\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g)) {
    titles.add(m[2]!.replace(/\\(['"`\\])/g, '$1'));
  }
  TITLES.set(file.slice(ROOT.length + 1), titles);
}

const REQUIRED = [
  'Wrong patient',
  'Stale context after navigation',
  'A wrong or truncated mobile number',
  'Insertion into the wrong field',
  'An insertion that silently fails',
  'A broken or outdated link',
  'A text too long or garbled by its encoding',
  'Prompt fatigue',
  'Loss of the log',
];

describe('the hazard log', () => {
  const all = hazards();

  it('has every hazard the clinical safety case relies on', () => {
    expect(all.map((h) => h.title)).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(all.map((h) => [`${h.id} ${h.title}`, h] as const))('%s has a cause, an effect, risks before and after controls, and evidence', (_name, h) => {
    for (const field of ['**Cause**', '**Effect**', '**Initial risk**', '**Controls**', '**Residual risk**', '**Evidence**']) {
      expect(h.body, `${h.id} lacks ${field}`).toContain(field);
    }
    expect(h.tests.length, `${h.id} names no test`).toBeGreaterThan(0);
    // Risk scores follow the matrix: a number from 1 to 5 after each rating.
    expect(h.body).toMatch(/\*\*Initial risk\*\*: .+ = \*\*[1-5]\*\*/);
    expect(h.body).toMatch(/\*\*Residual risk\*\*: .+ = \*\*[1-5]\*\*/);
  });

  it('names only tests that exist, in the files it says', () => {
    const missing = all.flatMap((h) =>
      h.tests.filter((t) => !TITLES.get(t.file)?.has(t.title)).map((t) => `${h.id}: ${t.file} › ${t.title}`),
    );
    expect(missing).toEqual([]);
  });

  it('leaves no residual risk above 2 (acceptable) without saying so', () => {
    const high = all.filter((h) => Number(h.body.match(/\*\*Residual risk\*\*: .+ = \*\*(\d)\*\*/)?.[1]) > 2);
    expect(high.map((h) => h.id)).toEqual([]);
  });
});
