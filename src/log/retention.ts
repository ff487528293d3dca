/** Retention: offers older than the practice's retention period are deleted, counts adjusted. */
import { throwIfAborted, type LongTask } from './abort';
import { addToDeltas, applyDeltas, type Deltas } from './counts';
import type { LogDatabase } from './db';
import { localDay } from './day';
import type { Offer } from './types';

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
 * counts in the same transaction, a page at a time. Offers have no day index (it would slow every
 * write), so this reads them in primary-key pages; when the counts show no live offer before the
 * cutoff it returns at once (old undone offers then go on the next run that finds old offers, or
 * with `full`). Returns how many offers were deleted.
 */
export async function purgeOlderThan(db: LogDatabase, cutoff: string, task: LongTask & { full?: boolean } = {}): Promise<number> {
  if (!task.full) {
    const old = await db.counts.where('[kind+period]').between(['d', ''], ['d', cutoff], true, false).first();
    if (!old) return 0;
  }
  let purged = 0;
  let last: string | null = null;
  for (;;) {
    throwIfAborted(task.signal);
    const after: string | null = last;
    const page = await db.transaction('rw', db.offers, db.counts, async () => {
      const rows: Offer[] = await (after === null ? db.offers.orderBy(':id') : db.offers.where(':id').above(after)).limit(PURGE_CHUNK).toArray();
      const old = rows.filter((o) => o.day < cutoff);
      if (old.length) {
        const deltas: Deltas = new Map();
        for (const o of old) if (!o.deleted) addToDeltas(deltas, o, -1);
        await db.offers.bulkDelete(old.map((o) => o.id));
        await applyDeltas(db, deltas);
      }
      return { size: rows.length, last: rows[rows.length - 1]?.id ?? null, deleted: old.length };
    });
    purged += page.deleted;
    task.onProgress?.({ done: purged, total: purged });
    if (page.size < PURGE_CHUNK || page.last === null) return purged;
    last = page.last;
  }
}

/** Apply the retention period to the log as of `now`. */
export function applyRetention(db: LogDatabase, months: number = DEFAULT_RETENTION_MONTHS, now = Date.now()): Promise<number> {
  const m = Number.isInteger(months) && months >= 1 && months <= 1200 ? months : DEFAULT_RETENTION_MONTHS;
  return purgeOlderThan(db, retentionCutoff(now, m));
}
