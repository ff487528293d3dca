/**
 * Hand-written validators for the messages a content script receives. They mirror the valibot
 * schemas in protocol.ts shape for shape (tests/unit/host-protocol.test.ts fuzzes both and checks
 * they agree) and share their limits (limits.ts), in a few hundred bytes: valibot would break the
 * content script's size budget.
 */
import type { HostRequest } from './protocol';
import { LIMITS as L } from './limits';

type Check = (x: unknown) => boolean;
type Rec = Record<string, unknown>;

const str = (max: number): Check => (x) => typeof x === 'string' && x.length <= max;
const opt = (check: Check): Check => (x) => x === undefined || check(x);
const list = (check: Check, max: number): Check => (x) => Array.isArray(x) && x.length <= max && x.every(check);
const is = (value: string): Check => (x) => x === value;
/** A plain object with exactly these keys allowed (own or inherited, as valibot counts them), each passing its check. */
const record =
  (shape: Record<string, Check>): Check =>
  (x) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
    for (const k in x) if (!Object.hasOwn(shape, k)) return false;
    return Object.keys(shape).every((k) => shape[k]!((x as Rec)[k]));
  };

const ids = opt(list(str(L.short), L.list));
const pattern = opt(str(L.pattern));
export const isGuard = record({ names: ids, nhsNumbers: ids, mobiles: ids });
export const isCue = record({ id: str(L.cueId), url: pattern, urlWord: pattern, text: pattern });
const cues = opt(list(isCue, L.cues));
export const isSiteProfile = record({ host: str(L.pattern), nameSelector: pattern, nhsNumberSelector: pattern, mobileSelector: pattern, messageBoxSelector: pattern, cues });
const read = { profile: opt(isSiteProfile), ignore: ids };
const frame = opt(list((n) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= 999, L.frames));
const requests = [
  record({ type: is('nudge/hello'), ...read, cues }),
  record({ type: is('nudge/insert'), text: str(L.text), guard: opt(isGuard), ...read, frame }),
  record({ type: is('nudge/stop') }),
];

export function isHostRequest(x: unknown): x is HostRequest {
  return requests.some((check) => check(x));
}
