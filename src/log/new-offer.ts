/** A new offer, made where the user acts (its id and time are final from then on). No database code: pages load this at once. */
import { localDay } from './day';
import type { Offer } from './types';

export type NewOffer = Omit<Offer, 'id' | 'time' | 'day' | 'updated' | 'deleted'>;

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/** A new offer made now: its id, time and local day. */
export function makeOffer(input: NewOffer, clock: Clock = systemClock, id: string = crypto.randomUUID()): Offer {
  const time = clock.now();
  return { ...input, id, time, day: localDay(time), updated: time, deleted: 0 };
}
