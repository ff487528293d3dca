import { LogDatabase } from '@/src/log/db';
import { addToDeltas, applyDeltas, type Deltas } from '@/src/log/counts';
import { localDay } from '@/src/log/day';
import type { Offer } from '@/src/log/types';

export function freshDb(): LogDatabase {
  return new LogDatabase(`test-${crypto.randomUUID()}`);
}

let seq = 0;
/** An offer at local noon of `day`, with anything overridden. */
export function offer(day: string, over: Partial<Offer> = {}): Offer {
  const time = new Date(`${day}T12:00:00`).getTime();
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    time,
    day: localDay(time),
    service: 'nhs-app',
    item: 'nhs-app-signup-short',
    via: 'template',
    channel: 'inserted',
    role: 'receptionist',
    setting: 'phone',
    outcome: 'offered',
    workstation: 'ws-1',
    language: 'en',
    training: 0,
    updated: time,
    deleted: 0,
    ...over,
  };
}

/** Store offers with their counts, as recordOffer would. */
export async function store(db: LogDatabase, offers: Offer[]): Promise<void> {
  await db.transaction('rw', db.offers, db.counts, async () => {
    await db.offers.bulkPut(offers);
    const deltas: Deltas = new Map();
    for (const o of offers) if (!o.deleted) addToDeltas(deltas, o, 1);
    await applyDeltas(db, deltas);
  });
}

/** Every count row as plain comparable data, sorted. */
export async function countSnapshot(db: LogDatabase): Promise<unknown[]> {
  const rows = await db.counts.toArray();
  return rows
    .map((r) => ({ ...r, cells: [...r.cells].sort(), items: [...r.items].sort(), channels: [...r.channels].sort() }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}
