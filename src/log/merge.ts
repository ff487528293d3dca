/**
 * Merging offers from other workstations' backups. The rule is a join: the same inputs in any
 * order, any number of times, give the same log.
 * - An undone offer stays undone (a tombstone always wins over a live copy).
 * - Otherwise the newest `updated` wins.
 * - A tie between different copies is settled the same way everywhere (by their content).
 */
import { throwIfAborted, type LongTask } from './abort';
import { addToDeltas, applyDeltas, type Deltas } from './counts';
import type { LogDatabase } from './db';
import { ImportError, LIMITS, parseExchangeFile } from './exchange';
import type { Offer } from './types';

/** Offers written per bulkGet/bulkPut inside the import transaction. */
export const MERGE_CHUNK = 10_000;

function canonical(o: Offer): string {
  return [o.id, o.time, o.day, o.service, o.item, o.via, o.channel, o.role, o.setting, o.outcome, o.workstation, o.language, o.training, o.updated, o.deleted].join('\u0001');
}

/** The copy of an offer that wins between `a` and `b` (same id). Returns `a` itself when it wins or they are equal. */
export function mergeOffer(a: Offer, b: Offer): Offer {
  if (a.deleted !== b.deleted) return a.deleted ? a : b;
  if (a.updated !== b.updated) return a.updated > b.updated ? a : b;
  const ka = canonical(a);
  const kb = canonical(b);
  return ka >= kb ? a : b;
}

export function sameOffer(a: Offer, b: Offer): boolean {
  return canonical(a) === canonical(b);
}

export interface MergeSummary {
  /** Offers read from the files (after merging copies within them). */
  read: number;
  added: number;
  updated: number;
  unchanged: number;
}

/**
 * Merge `incoming` into the log in one transaction, with the counts adjusted in it too. A cancel
 * (the signal) or any failure aborts the transaction: nothing is changed.
 */
export async function mergeOffers(db: LogDatabase, incoming: Iterable<Offer>, task: LongTask = {}): Promise<MergeSummary> {
  // Merge the copies within the input first, so each id is written once.
  const byId = new Map<string, Offer>();
  for (const o of incoming) {
    const had = byId.get(o.id);
    byId.set(o.id, had ? mergeOffer(had, o) : o);
  }
  const all = [...byId.values()];
  const summary: MergeSummary = { read: all.length, added: 0, updated: 0, unchanged: 0 };
  const total = all.length;
  task.onProgress?.({ done: 0, total });
  await db.transaction('rw', db.offers, db.counts, async () => {
    // An empty log has nothing to compare with: skip the reads.
    const empty = (await db.offers.count()) === 0;
    const deltas: Deltas = new Map();
    if (empty) {
      // Nothing to compare with: every offer is new. Queue all the writes at once (IndexedDB
      // runs them in order), reporting progress as each chunk lands.
      const writes: Promise<unknown>[] = [];
      for (let start = 0; start < total; start += MERGE_CHUNK) {
        throwIfAborted(task.signal);
        const chunk = all.slice(start, start + MERGE_CHUNK);
        for (const o of chunk) if (!o.deleted) addToDeltas(deltas, o, 1);
        const done = Math.min(start + MERGE_CHUNK, total);
        writes.push(
          db.offers.bulkPut(chunk).then(() => {
            task.onProgress?.({ done, total });
            throwIfAborted(task.signal);
          }),
        );
      }
      await Promise.all(writes);
      summary.added = total;
    }
    for (let start = 0; !empty && start < total; start += MERGE_CHUNK) {
      throwIfAborted(task.signal);
      const chunk = all.slice(start, start + MERGE_CHUNK);
      const existing: (Offer | undefined)[] = empty ? [] : await db.offers.bulkGet(chunk.map((o) => o.id));
      const puts: Offer[] = [];
      chunk.forEach((o, i) => {
        const old = existing[i];
        if (!old) {
          summary.added++;
          puts.push(o);
          if (!o.deleted) addToDeltas(deltas, o, 1);
          return;
        }
        const win = mergeOffer(old, o);
        if (win === old || sameOffer(win, old)) {
          summary.unchanged++;
          return;
        }
        summary.updated++;
        puts.push(win);
        if (!old.deleted) addToDeltas(deltas, old, -1);
        if (!win.deleted) addToDeltas(deltas, win, 1);
      });
      if (puts.length) await db.offers.bulkPut(puts);
      task.onProgress?.({ done: Math.min(start + MERGE_CHUNK, total), total });
    }
    throwIfAborted(task.signal);
    await applyDeltas(db, deltas);
  });
  return summary;
}

/** A file to import: a File from an <input type=file>, or anything with a name and text. */
export interface ImportSource {
  name: string;
  size?: number;
  text(): Promise<string>;
}

export interface ImportSummary extends MergeSummary {
  files: number;
}

/**
 * Import one or many backup files. Every file is read and checked first; if any is malformed,
 * hostile, too big or from a newer version, an ImportError is thrown and nothing is changed.
 * Then all their offers merge in one all-or-nothing transaction.
 */
export async function importBackup(db: LogDatabase, files: readonly ImportSource[], task: LongTask = {}): Promise<ImportSummary> {
  if (files.length === 0) throw new ImportError('Choose at least one backup file to import.');
  if (files.length > LIMITS.files) throw new ImportError(`Import at most ${LIMITS.files} files at a time.`);
  const offers: Offer[] = [];
  for (const f of files) {
    throwIfAborted(task.signal);
    if (f.size !== undefined && f.size > LIMITS.fileBytes) throw new ImportError(`${f.name} is too large to import (the limit is ${LIMITS.fileBytes / 1024 / 1024} MB). Nothing was changed.`);
    const parsed = parseExchangeFile(await f.text(), f.name);
    for (const o of parsed.offers) offers.push(o);
  }
  throwIfAborted(task.signal);
  const summary = await mergeOffers(db, offers, task);
  return { ...summary, files: files.length };
}
