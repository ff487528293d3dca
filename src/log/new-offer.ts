/** A new offer, made where the user acts (its id and time are final from then on). No database code: pages load this at once. */
import { localDay } from './day';
import type { Offer } from './types';

export type NewOffer = Omit<Offer, 'id' | 'time' | 'day' | 'updated' | 'deleted'>;

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

/**
 * A new offer made now: its id, time and local day. `practice` is the practice's ODS code in force
 * on this workstation (settings.practiceOdsCode); left out or '' when none is set, the offer is
 * stored without one ("not recorded"), never a guessed one.
 */
export function makeOffer(input: NewOffer, clock: Clock = systemClock, id: string = crypto.randomUUID()): Offer {
  const time = clock.now();
  const { practice, ...rest } = input;
  return { ...rest, ...(practice ? { practice } : {}), id, time, day: localDay(time), updated: time, deleted: 0 };
}
