/**
 * Hand-written validators for the messages a content script receives. They mirror the valibot
 * schemas in protocol.ts exactly (tests/unit/host-protocol.test.ts fuzzes both and checks they
 * agree) but weigh a few hundred bytes, which keeps the content script under its 5 KB budget.
 */
import type { HostRequest } from './protocol';

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown, max: number): x is string => typeof x === 'string' && x.length <= max;
const opt = (x: unknown, max: number) => x === undefined || isStr(x, max);
const isList = (x: unknown, test: (s: unknown) => boolean, max: number) => Array.isArray(x) && x.length <= max && x.every(test);
const optList = (x: unknown) => x === undefined || isList(x, (s) => isStr(s, 200), 20);

/** Every enumerable key (own or inherited, as valibot counts them) is one of `allowed`. */
function onlyKeys(o: Rec, allowed: readonly string[]): boolean {
  for (const k in o) if (!allowed.includes(k)) return false;
  return true;
}

export function isGuard(x: unknown): boolean {
  return isRec(x) && onlyKeys(x, ['names', 'nhsNumbers', 'mobiles']) && optList(x.names) && optList(x.nhsNumbers) && optList(x.mobiles);
}

export function isCue(x: unknown): boolean {
  return isRec(x) && onlyKeys(x, ['id', 'url', 'urlWord', 'text']) && isStr(x.id, 40) && opt(x.url, 300) && opt(x.urlWord, 300) && opt(x.text, 300);
}
const optCues = (x: unknown) => x === undefined || isList(x, isCue, 300);

export function isSiteProfile(x: unknown): boolean {
  return (
    isRec(x) &&
    onlyKeys(x, ['host', 'nameSelector', 'nhsNumberSelector', 'mobileSelector', 'messageBoxSelector', 'cues']) &&
    isStr(x.host, 300) &&
    [x.nameSelector, x.nhsNumberSelector, x.mobileSelector, x.messageBoxSelector].every((s) => opt(s, 300)) &&
    optCues(x.cues)
  );
}

const readOk = (m: Rec) => (m.profile === undefined || isSiteProfile(m.profile)) && optList(m.ignore);

export function isHostRequest(x: unknown): x is HostRequest {
  if (!isRec(x)) return false;
  if (x.type === 'nudge/hello') return onlyKeys(x, ['type', 'profile', 'ignore', 'cues']) && readOk(x) && optCues(x.cues);
  if (x.type === 'nudge/insert')
    return onlyKeys(x, ['type', 'text', 'guard', 'profile', 'ignore']) && isStr(x.text, 5000) && (x.guard === undefined || isGuard(x.guard)) && readOk(x);
  if (x.type === 'nudge/stop') return onlyKeys(x, ['type']);
  return false;
}
