/** Offers written straight to the log database: the background's writer (and the tests' and bench's). */
import type { LogDatabase } from './db';
import { countToday, storeOffer, systemClock, undoOffer, updateOutcome, type Clock } from './record';
import type { OfferWriter } from './recorder';

/**
 * A writer straight to the log database (the background uses it; so do tests and the bench).
 * Throws when the database fails, for the caller to retry.
 */
export function createDbWriter(db: () => LogDatabase | Promise<LogDatabase>, clock: Clock = systemClock): OfferWriter {
  return {
    async record(offer) {
      const d = await db();
      await storeOffer(d, offer);
      return { ok: true, found: true, today: await countToday(d, offer.workstation, clock) };
    },
    async setOutcome(id, outcome, workstation) {
      const d = await db();
      const next = await updateOutcome(d, id, outcome, clock);
      return { ok: true, found: next !== null, today: await countToday(d, workstation, clock) };
    },
    async undo(id, workstation) {
      const d = await db();
      const next = await undoOffer(d, id, clock);
      return { ok: true, found: next !== null, today: await countToday(d, workstation, clock) };
    },
    async countToday(workstation) {
      return countToday(await db(), workstation, clock);
    },
  };
}
