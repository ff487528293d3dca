/**
 * One critical section per name across every extension page (dashboard tabs and windows, the
 * panel, the options page): read-modify-write of a stored item inside it never loses another
 * page's change (issue 13, item 5). Uses the Web Locks API, which extension pages of one profile
 * share; where it is missing (unit tests), an in-page queue keeps the same promise.
 */
const queues = new Map<string, Promise<unknown>>();

function inPage<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const before = queues.get(name) ?? Promise.resolve();
  const run = before.then(fn, fn);
  const settled = run.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return run;
}

/** Run `fn` while holding the lock `name`; others wait their turn. */
export function withLock<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as (Navigator & { locks?: LockManager }) | undefined)?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(name, { mode: 'exclusive' }, fn) as Promise<T>;
  return inPage(name, fn);
}
