/**
 * Hand-written validators for the messages a content script receives. They mirror the valibot
 * schemas in protocol.ts exactly (a test checks they agree) but weigh a few hundred bytes, which
 * keeps the content script under its 5 KB budget.
 */
import type { HostRequest } from './protocol';

const isShortList = (x: unknown): x is string[] =>
  Array.isArray(x) && x.length <= 20 && x.every((s) => typeof s === 'string' && s.length <= 200);

function onlyKeys(o: object, allowed: readonly string[]): boolean {
  return Object.keys(o).every((k) => allowed.includes(k));
}

export function isGuard(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const g = x as Record<string, unknown>;
  return (
    onlyKeys(g, ['names', 'nhsNumbers', 'mobiles']) &&
    (g.names === undefined || isShortList(g.names)) &&
    (g.nhsNumbers === undefined || isShortList(g.nhsNumbers)) &&
    (g.mobiles === undefined || isShortList(g.mobiles))
  );
}

export function isHostRequest(x: unknown): x is HostRequest {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const m = x as Record<string, unknown>;
  if (m.type === 'nudge/hello') return onlyKeys(m, ['type']);
  if (m.type === 'nudge/insert')
    return (
      onlyKeys(m, ['type', 'text', 'guard']) &&
      typeof m.text === 'string' &&
      m.text.length <= 5000 &&
      (m.guard === undefined || isGuard(m.guard))
    );
  return false;
}
