import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LogDatabase, SCHEMAS } from '@/src/log/db';
import { computeTallies } from '@/src/log/tallies';
import { countToday } from '@/src/log/record';
import type { DailyCount, Offer } from '@/src/log/types';
import { offer } from './log-helpers';

/** A database exactly as version 1 of Nudge made it. */
async function makeV1(name: string, offers: Offer[]): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMAS[1]);
  const daily = new Map<string, DailyCount>();
  for (const o of offers) {
    if (o.deleted) continue;
    const key = [o.day, o.workstation, o.training, o.service, o.item, o.channel, o.role, o.setting, o.outcome].join('|');
    const row = daily.get(key) ?? { key, day: o.day, service: o.service, item: o.item, channel: o.channel, role: o.role, setting: o.setting, outcome: o.outcome, workstation: o.workstation, training: o.training, count: 0 };
    row.count++;
    daily.set(key, row);
  }
  await v1.table('offers').bulkAdd(offers);
  await v1.table('daily').bulkAdd([...daily.values()]);
  v1.close();
}

describe('schema upgrades keep every row', () => {
  it('from version 1: every offer kept as it was, counts built from them', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const today = new Date();
    const todayDay = today.toISOString().slice(0, 10);
    const offers: Offer[] = [];
    for (let i = 0; i < 3000; i++) {
      offers.push(
        offer(i % 2 ? '2025-06-15' : '2025-07-01', {
          outcome: i % 3 ? 'offered' : 'accepted',
          deleted: i % 10 === 0 ? 1 : 0,
          training: i % 7 === 0 ? 1 : 0,
          workstation: i % 4 ? 'ws-1' : 'ws-2',
        }),
      );
    }
    const mine = offer(todayDay);
    const now = new Date(`${todayDay}T12:00:00`).getTime();
    offers.push({ ...mine, time: now, updated: now });
    await makeV1(name, offers);

    const db = new LogDatabase(name);
    try {
      await db.open();
      expect(db.verno).toBe(2);
      const after = (await db.offers.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(after).toEqual([...offers].sort((a, b) => (a.id < b.id ? -1 : 1)));
      const live = offers.filter((o) => !o.deleted && !o.training && o.day < '2025-08-01');
      const t = await computeTallies(db, { from: '2025-06-01', to: '2025-07-31' });
      expect(t.total).toBe(live.length);
      expect(t.accepted).toBe(live.filter((o) => o.outcome === 'accepted').length);
      expect(await countToday(db, 'ws-1', { now: () => now })).toBe(1);
      expect(db.tables.map((x) => x.name).sort()).toEqual(['counts', 'offers']);
    } finally {
      await db.delete();
    }
  });

  it('an empty version 1 database opens', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await makeV1(name, []);
    const db = new LogDatabase(name);
    try {
      expect(await db.offers.count()).toBe(0);
      expect(await db.counts.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
