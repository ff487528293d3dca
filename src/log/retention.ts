/** Retention: offers older than the practice's retention period are deleted, counts adjusted. */
import { throwIfAborted, type LongTask } from './abort';
import { addToDeltas, applyDeltas, type Deltas } from './counts';
import type { LogDatabase } from './db';
import { localDay } from './day';

export const DEFAULT_RETENTION_MONTHS = 24;
const PURGE_CHUNK = 5000;

/** The first day kept ("YYYY-MM-DD"): the same date `months` months before `now` (clamped to the month's end). */
export function retentionCutoff(now: number, months: number = DEFAULT_RETENTION_MONTHS): string {
  const d = new Date(now);
  const target = new Date(d.getFullYear(), d.getMonth() - months, 1);
  const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
  target.setDate(Math.min(d.getDate(), lastDay));
  return localDay(target);
}

/**
 * Delete every offer (undone ones too) whose day is before `cutoff` ("YYYY-MM-DD"), adjusting the
 * counts in the same transaction, a chunk at a time. Returns how many offers were deleted.
 */
export async function purgeOlderThan(db: LogDatabase, cutoff: string, task: LongTask = {}): Promise<number> {
  let purged = 0;
  for (;;) {
    throwIfAborted(task.signal);
    const n = await db.transaction('rw', db.offers, db.counts, async () => {
      const old = await db.offers.where('day').below(cutoff).limit(PURGE_CHUNK).toArray();
      const deltas: Deltas = new Map();
      for (const o of old) if (!o.deleted) addToDeltas(deltas, o, -1);
      await db.offers.bulkDelete(old.map((o) => o.id));
      await applyDeltas(db, deltas);
      return old.length;
    });
    purged += n;
    task.onProgress?.({ done: purged, total: purged });
    if (n < PURGE_CHUNK) return purged;
  }
}

/** Apply the retention period to the log as of `now`. */
export function applyRetention(db: LogDatabase, months: number = DEFAULT_RETENTION_MONTHS, now = Date.now()): Promise<number> {
  const m = Number.isInteger(months) && months >= 1 && months <= 1200 ? months : DEFAULT_RETENTION_MONTHS;
  return purgeOlderThan(db, retentionCutoff(now, m));
}
