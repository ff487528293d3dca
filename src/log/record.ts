import type { LogDatabase } from './db';
import { localDay } from './day';
import { addToDeltas, applyDeltas, countRowKey, type Deltas } from './counts';
import { makeOffer, systemClock, type Clock, type NewOffer } from './new-offer';
import type { Offer } from './types';

export { makeOffer, systemClock, type Clock, type NewOffer };

/** Add (1) or take away (-1) one offer's counts, inside the caller's transaction. */
export async function bump(db: LogDatabase, offer: Offer, delta: 1 | -1): Promise<void> {
  const deltas: Deltas = new Map();
  addToDeltas(deltas, offer, delta);
  await applyDeltas(db, deltas);
}

/**
 * Store an offer and its counts in one transaction, once: an offer whose id is already in the log
 * is left as it is (a retried or repeated message never counts twice). Returns whether it was added.
 */
export async function storeOffer(db: LogDatabase, offer: Offer): Promise<boolean> {
  return db.transaction('rw', db.offers, db.counts, async () => {
    if (await db.offers.get(offer.id)) return false;
    await db.offers.add(offer);
    await bump(db, offer, 1);
    return true;
  });
}

/** Record one new offer and its counts in one transaction. Returns the stored offer. */
export async function recordOffer(db: LogDatabase, input: NewOffer, clock: Clock = systemClock): Promise<Offer> {
  const offer = makeOffer(input, clock);
  await storeOffer(db, offer);
  return offer;
}

/** Offers recorded today at `workstation`, leaving out training and undone offers (whatever their practice). */
export async function countToday(db: LogDatabase, workstation: string, clock: Clock = systemClock): Promise<number> {
  // This workstation's day rows (one per practice, usually one) share the start of their key.
  const rows = await db.counts.where(':id').startsWith(countRowKey('d', localDay(clock.now()), workstation, 0, '')).toArray();
  return rows.reduce((n, row) => n + row.total, 0);
}

/**
 * Change an offer's outcome (one click in the panel), keeping the daily counts in step.
 * Returns the updated offer, or null when there is no such live offer.
 */
export async function updateOutcome(db: LogDatabase, id: string, outcome: Offer['outcome'], clock: Clock = systemClock): Promise<Offer | null> {
  return db.transaction('rw', db.offers, db.counts, async () => {
    const old = await db.offers.get(id);
    if (!old || old.deleted) return null;
    if (old.outcome === outcome) return old;
    const next: Offer = { ...old, outcome, updated: Math.max(clock.now(), old.updated + 1) };
    await bump(db, old, -1);
    await db.offers.put(next);
    await bump(db, next, 1);
    return next;
  });
}

/** Undo an offer: it stays in the log as deleted (so merges agree) and leaves the counts. */
export async function undoOffer(db: LogDatabase, id: string, clock: Clock = systemClock): Promise<Offer | null> {
  return db.transaction('rw', db.offers, db.counts, async () => {
    const old = await db.offers.get(id);
    if (!old || old.deleted) return null;
    const next: Offer = { ...old, deleted: 1, updated: Math.max(clock.now(), old.updated + 1) };
    await db.offers.put(next);
    await bump(db, old, -1);
    return next;
  });
}
