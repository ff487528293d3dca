import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { LogDatabase, SCHEMAS } from '@/src/log/db';
import { computeTallies } from '@/src/log/tallies';
import { countToday } from '@/src/log/record';
import { PRACTICE_NOT_RECORDED } from '@/src/log/practice';
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

/** Version 2's count rows, written out as version 2 wrote them (key without the practice, no practice field). */
function v2CountRows(offers: Offer[]): unknown[] {
  const monday = (day: string) => {
    const d = new Date(`${day}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
    return d.toISOString().slice(0, 10);
  };
  const rows = new Map<string, { key: string; kind: string; period: string; workstation: string; training: 0 | 1; total: number; cells: Map<string, number>; items: Map<string, number>; channels: Map<string, number> }>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const o of offers) {
    if (o.deleted) continue;
    for (const [kind, period] of [['d', o.day], ['w', monday(o.day)], ['m', o.day.slice(0, 7)]] as const) {
      const key = `${kind}|${period}|${o.workstation}|${o.training}`;
      let r = rows.get(key);
      if (!r) rows.set(key, (r = { key, kind, period, workstation: o.workstation, training: o.training, total: 0, cells: new Map(), items: new Map(), channels: new Map() }));
      r.total++;
      bump(r.cells, `${o.service}|${o.role}|${o.setting}|${o.outcome}`);
      bump(r.items, o.item);
      bump(r.channels, o.channel);
    }
  }
  return [...rows.values()];
}

/** A database exactly as version 2 of Nudge made it. */
async function makeV2(name: string, offers: Offer[]): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMAS[1]);
  v2.version(2).stores(SCHEMAS[2]);
  await v2.table('offers').bulkAdd(offers);
  await v2.table('counts').bulkAdd(v2CountRows(offers));
  v2.close();
}

function sampleOffers(): { offers: Offer[]; now: number } {
  const todayDay = new Date().toISOString().slice(0, 10);
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
  const now = new Date(`${todayDay}T12:00:00`).getTime();
  offers.push({ ...offer(todayDay), time: now, updated: now });
  return { offers, now };
}

const byId = (xs: Offer[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : 1));

async function expectUpgraded(name: string, offers: Offer[], now: number): Promise<void> {
  const db = new LogDatabase(name);
  try {
    await db.open();
    expect(db.verno).toBe(3);
    // Every offer exactly as it was: none is given a practice it was not recorded with.
    const after = byId(await db.offers.toArray());
    expect(after).toEqual(byId(offers));
    expect(after.filter((o) => 'practice' in o)).toEqual([]);
    const live = offers.filter((o) => !o.deleted && !o.training && o.day < '2025-08-01');
    const t = await computeTallies(db, { from: '2025-06-01', to: '2025-07-31' });
    expect(t.total).toBe(live.length);
    expect(t.accepted).toBe(live.filter((o) => o.outcome === 'accepted').length);
    expect(t.byPractice).toEqual([{ key: '', count: live.length }]);
    expect((await computeTallies(db, { from: '2025-06-01', to: '2025-07-31', practice: PRACTICE_NOT_RECORDED })).total).toBe(live.length);
    expect((await computeTallies(db, { from: '2025-06-01', to: '2025-07-31', practice: 'A81001' })).total).toBe(0);
    expect(await countToday(db, 'ws-1', { now: () => now })).toBe(1);
    // Count rows in the new shape only (the key ends with the practice).
    const rows = await db.counts.toArray();
    expect(rows.filter((r) => r.key.split('|').length !== 5 || r.practice !== '')).toEqual([]);
    expect(db.tables.map((x) => x.name).sort()).toEqual(['campaigns', 'counts', 'files', 'offers', 'workstations']);
  } finally {
    await db.delete();
  }
}

describe('schema upgrades keep every row', () => {
  it('from version 1: every offer kept as it was, counts built from them', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const { offers, now } = sampleOffers();
    await makeV1(name, offers);
    await expectUpgraded(name, offers, now);
  });

  it('from version 2: every offer kept without a practice, counts rebuilt per practice', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const { offers, now } = sampleOffers();
    await makeV2(name, offers);
    await expectUpgraded(name, offers, now);
  });

  it.each([
    ['1', makeV1],
    ['2', makeV2],
  ])('an empty version %s database opens', async (_, make) => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await make(name, []);
    const db = new LogDatabase(name);
    try {
      expect(await db.offers.count()).toBe(0);
      expect(await db.counts.count()).toBe(0);
      expect(await db.campaigns.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
