/**
 * Project rules from issue 14 (items 4 and 6), checked on the source: every stored item is defined
 * in one file (src/settings/items.ts), and the panel's state lives in its factories, never at
 * module level (a second panel, or a test, would share it).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}
const rel = (p: string) => relative(ROOT, p).split('\\').join('/');

describe('project rules', () => {
  it('every item kept in browser.storage is defined in src/settings/items.ts', () => {
    const elsewhere = files(join(ROOT, 'src'))
      .filter((f) => rel(f) !== 'src/settings/items.ts')
      .filter((f) => /\bdefineItem\s*[<(]/.test(readFileSync(f, 'utf8')))
      .map(rel);
    expect(elsewhere).toEqual([]);
  });

  /** Module-level state: a top-level `let`/`var`, a signal, an effect, or a Map/Set/WeakMap someone can fill. */
  const STATE = /^(?:export\s+)?(?:(?:let|var)\s|const\s+\w+\s*(?::[^=]+)?=\s*(?:new\s+(?:Map|WeakMap|Set|WeakSet)\b|(?:signal|computed|effect)\b)|effect\()/;
  /** Known and allowed, with the reason. */
  const ALLOWED: Record<string, string> = {
    // The modules loaded on demand, by loader: code, the same in every panel (like the browser's own module map).
    'src/ui/panel/use-lazy.ts': 'loaded modules',
  };

  it('the panel, its recorder and the print page keep no state at module level', () => {
    const dirs = ['src/ui/panel', 'src/ui/print', 'src/ui/qr', 'src/log', 'src/prompts'];
    const found = dirs
      .flatMap((d) => files(join(ROOT, d)))
      .filter((f) => !(rel(f) in ALLOWED))
      .flatMap((f) => {
        const lines = readFileSync(f, 'utf8').split('\n');
        return lines.flatMap((line, i) => {
          if (!STATE.test(line)) return [];
          // A constant set of words or ids, never changed, is data, not state.
          if (/^const [A-Z_]+ = new Set(<[^>]*>)?\(/.test(line)) return [];
          return [`${rel(f)}:${i + 1}: ${line.trim()}`];
        });
      });
    expect(found).toEqual([]);
  });

  it('the rule above finds state when there is some (a control case)', () => {
    expect(STATE.test('let current = null;')).toBe(true);
    expect(STATE.test('const chosen = new WeakMap<object, string>();')).toBe(true);
    expect(STATE.test('export const picked = signal<string | null>(null);')).toBe(true);
    expect(STATE.test('effect(() => save(x.value));')).toBe(true);
    expect(STATE.test('  let inside = 1;')).toBe(false);
  });
});
