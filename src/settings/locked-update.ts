/**
 * Read-modify-write of one stored item, one writer at a time across every extension page (the
 * dashboard open in two tabs, say): the Web Locks API (navigator.locks) holds a named lock around
 * the read and the write, so a change made in one tab is never overwritten by another tab's older
 * copy. Where the API is missing (unit tests in Node), writers in this page queue behind each other.
 */
export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

const queues = new Map<string, Promise<unknown>>();

function inPage<R>(name: string, work: () => Promise<R>): Promise<R> {
  const before = queues.get(name) ?? Promise.resolve();
  const run = before.then(work, work);
  queues.set(
    name,
    run.catch(() => undefined),
  );
  return run;
}

/** Run `work` holding the exclusive lock `name`. */
export function withLock<R>(name: string, work: () => Promise<R>): Promise<R> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks?.request) return locks.request(name, { mode: 'exclusive' }, work) as Promise<R>;
  return inPage(name, work);
}

/**
 * Change a stored item atomically: `change` gets the value as stored now (not a copy read earlier)
 * and returns the new value, which is written before the lock is let go. Returns the value written.
 * When `change` returns the same object it was given, nothing is written.
 */
export function updateLocked<T>(item: StoredItem<T>, lockName: string, change: (current: T) => T | Promise<T>): Promise<T> {
  return withLock(lockName, async () => {
    const current = await item.getValue();
    const next = await change(current);
    if (next !== current) await item.setValue(next);
    return next;
  });
}
