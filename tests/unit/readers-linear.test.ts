/**
 * Issue 13 item 3: every reader runs in time linear in its input, with a hard cap on how much page
 * text it looks at. Adversarial inputs (long runs of line breaks, spaces, digits, separators, name-like
 * words) once froze a clinical page for seconds (13.7 s at 2,500 line breaks); here no read may take
 * more than a few milliseconds. Each read is timed twice after a warm-up and the faster counts; the
 * bound (50 ms) is generous for a noisy shared machine and still far below what a backtracking
 * expression takes on these inputs (hundreds of ms to seconds).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readContext } from '@/src/page/context';
import { cleanName, namesIn } from '@/src/page/patient-name';
import { findNhsNumbers } from '@/src/page/nhs-number';
import { findMobiles } from '@/src/page/mobile';
import { pageText, TEXT_CAP } from '@/src/page/page-text';

const BOUND_MS = 50;
const piece = fc.constantFrom('\n', ' ', '  ', '\u00a0', '\t', '0', '7', '9', '|', ':', 'Name', 'name: ', 'SMITH', ', ', 'Jane', '(Mrs)', 'Born ', '07700', 'NHS ', '-', "'");
/** A long run of one piece, with a few others around it: the shapes that make expressions backtrack. */
const adversarial = fc
  .tuple(fc.array(piece, { maxLength: 6 }), piece, fc.integer({ min: 1000, max: 20_000 }), fc.array(piece, { maxLength: 6 }))
  .map(([a, run, n, b]) => `${a.join('')}${run.repeat(Math.ceil(n / run.length))}${b.join('')}`);

/** The faster of two runs of `fn`, after one to warm up (compiling expressions is not reading). */
function timed<T>(fn: () => T): number {
  fn();
  const once = () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  return Math.min(once(), once());
}

describe('readers are linear and capped', () => {
  it('pure readers: no input makes a read slow', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        for (const read of [() => cleanName(text), () => namesIn([text, text]), () => findNhsNumbers(text), () => findMobiles(text)] as (() => unknown)[]) {
          expect(timed(read)).toBeLessThan(BOUND_MS);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a whole page read: a banner-like region full of adversarial text stays fast', () => {
    fc.assert(
      fc.property(adversarial, adversarial, (a, b) => {
        const doc = new DOMParser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');
        const banner = doc.createElement('section');
        for (const t of [`Name: ${a}`, 'NHS 999 787 7896', `Born 14-Mar-1968 ${b}`, `Name:${b}SMITH, Jane`]) banner.append(Object.assign(doc.createElement('p'), { textContent: t }));
        doc.body.append(banner, Object.assign(doc.createElement('main'), { textContent: `${a}${b}` }));
        expect(timed(() => readContext(doc))).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 25 },
    );
  });

  it('the text looked at is capped, however large the page', () => {
    const doc = new DOMParser().parseFromString('<!doctype html><html><body></body></html>', 'text/html');
    for (let i = 0; i < 200; i++) doc.body.append(Object.assign(doc.createElement('p'), { textContent: `${'\n'.repeat(2000)}x${'9'.repeat(3000)}` }));
    expect(pageText(doc.body).length).toBeLessThanOrEqual(TEXT_CAP);
    expect(timed(() => readContext(doc))).toBeLessThan(BOUND_MS * 2);
  });
});
