import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogDatabase } from '@/src/log/db';
import { rebuildCounts, weekOf, periodBounds } from '@/src/log/counts';
import { recordOffer, undoOffer, updateOutcome } from '@/src/log/record';
import { computeTallies, knownWorkstations, periodsBetween, type TallyFilter } from '@/src/log/tallies';
import type { Offer } from '@/src/log/types';
import { countSnapshot, freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** Count the same thing the slow way, straight from the offers. */
function naive(offers: Offer[], f: TallyFilter) {
  const live = offers.filter((o) => !o.deleted && o.day >= f.from && o.day <= f.to && (f.includeTraining || !o.training) && (!f.workstation || o.workstation === f.workstation));
  const by = (k: (o: Offer) => string) => {
    const m = new Map<string, number>();
    for (const o of live) m.set(k(o), (m.get(k(o)) ?? 0) + 1);
    return Object.fromEntries(m);
  };
  return { total: live.length, accepted: live.filter((o) => o.outcome === 'accepted').length, service: by((o) => o.service), role: by((o) => o.role), setting: by((o) => o.setting), item: by((o) => o.item) };
}
const asObj = (c: { key: string; count: number }[]) => Object.fromEntries(c.map((x) => [x.key, x.count]));

describe('periods', () => {
  it.each([
    ['2025-11-03', '2025-11-03'], // a Monday
    ['2025-11-09', '2025-11-03'], // the Sunday after
    ['2026-01-01', '2025-12-29'], // a week across the new year
    ['2024-03-01', '2024-02-26'], // across a leap day
  ])('the week of %s starts on Monday %s', (day, monday) => {
    expect(weekOf(day)).toBe(monday);
  });
  it.each([
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2025-12', '2025-12-01', '2025-12-31'],
  ])('month %s runs from %s to %s', (m, start, end) => {
    expect(periodBounds('m', m)).toEqual({ start, end });
  });
  it('lists every week in a range, including empty ones', () => {
    expect(periodsBetween('week', '2025-11-05', '2025-11-20')).toEqual(['2025-11-03', '2025-11-10', '2025-11-17']);
    expect(periodsBetween('month', '2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});

describe('tallies from the kept counts', () => {
  const days = ['2025-10-30', '2025-10-31', '2025-11-01', '2025-11-03', '2025-11-15', '2025-11-30', '2025-12-01', '2025-12-31', '2026-01-01', '2026-02-14'];
  const services = ['nhs-app', 'test-results', 'online-requests'] as const;
  const outcomes = ['offered', 'accepted', 'declined', 'accepted'] as const;
  const roles = ['receptionist', 'clinician'] as const;
  const settings = ['phone', 'consultation', 'front-desk'] as const;
  function sample(): Offer[] {
    const out: Offer[] = [];
    let i = 0;
    for (const day of days)
      for (let k = 0; k < 7; k++, i++)
        out.push(
          offer(day, {
            service: services[i % 3],
            outcome: outcomes[i % 4],
            role: roles[i % 2],
            setting: settings[i % 3],
            item: i % 5 === 0 ? '' : `item-${i % 4}`,
            workstation: i % 3 === 0 ? 'ws-2' : 'ws-1',
            training: i % 11 === 0 ? 1 : 0,
            deleted: i % 13 === 0 ? 1 : 0,
          }),
        );
    return out;
  }

  it.each<TallyFilter>([
    { from: '2025-10-01', to: '2026-02-28', groupBy: 'month' },
    { from: '2025-10-31', to: '2026-01-01', groupBy: 'month' },
    { from: '2025-10-31', to: '2026-01-01', groupBy: 'week' },
    { from: '2025-11-01', to: '2025-11-30', groupBy: 'month' },
    { from: '2025-11-03', to: '2025-11-09', groupBy: 'week' },
    { from: '2025-11-02', to: '2025-11-16', groupBy: 'week' },
    { from: '2025-11-15', to: '2025-11-15', groupBy: 'month' },
    { from: '2025-11-01', to: '2025-12-31', groupBy: 'month', workstation: 'ws-2' },
    { from: '2025-10-01', to: '2026-02-28', groupBy: 'week', includeTraining: true },
    { from: '2026-03-01', to: '2026-03-31', groupBy: 'month' },
  ])('agree with counting the offers one by one: %o', async (f) => {
    const offers = sample();
    await store(db, offers);
    const t = await computeTallies(db, f);
    const n = naive(offers, f);
    expect(t.total).toBe(n.total);
    expect(t.accepted).toBe(n.accepted);
    expect(t.shareAccepted).toBeCloseTo(n.total ? n.accepted / n.total : 0);
    expect(asObj(t.byService)).toEqual(n.service);
    expect(asObj(t.byRole)).toEqual(n.role);
    expect(asObj(t.bySetting)).toEqual(n.setting);
    const items = { ...n.item };
    delete items[''];
    expect(asObj(t.topItems)).toEqual(items);
    expect(t.rows.reduce((s, r) => s + r.count, 0)).toBe(n.total);
    expect(t.byPeriod.reduce((s, p) => s + p.total, 0)).toBe(n.total);
  });

  it('puts each offer in its week or month in the tidy rows', async () => {
    await store(db, [offer('2025-11-02', { outcome: 'accepted' }), offer('2025-11-03'), offer('2025-11-03')]);
    const weeks = await computeTallies(db, { from: '2025-10-27', to: '2025-11-09', groupBy: 'week' });
    expect(weeks.rows).toEqual([
      { period: '2025-10-27', service: 'nhs-app', role: 'receptionist', setting: 'phone', outcome: 'accepted', count: 1, practice: '' },
      { period: '2025-11-03', service: 'nhs-app', role: 'receptionist', setting: 'phone', outcome: 'offered', count: 2, practice: '' },
    ]);
    expect(weeks.byPeriod).toEqual([
      { period: '2025-10-27', total: 1, accepted: 1 },
      { period: '2025-11-03', total: 2, accepted: 0 },
    ]);
    const months = await computeTallies(db, { from: '2025-11-01', to: '2025-11-30', groupBy: 'month' });
    expect(months.rows.map((r) => [r.period, r.outcome, r.count])).toEqual([
      ['2025-11', 'accepted', 1],
      ['2025-11', 'offered', 2],
    ]);
  });

  it('follows recording, changing and undoing offers', async () => {
    const clock = { now: () => new Date(2025, 10, 5, 9).getTime() };
    const input = { service: 'nhs-app', item: 'x', via: 'template', channel: 'copied', role: 'receptionist', setting: 'phone', outcome: 'offered', workstation: 'ws-1', language: 'en', training: 0 } as const;
    const a = await recordOffer(db, input, clock);
    const b = await recordOffer(db, input, clock);
    await updateOutcome(db, a.id, 'accepted', { now: () => clock.now() + 1000 });
    await undoOffer(db, b.id, { now: () => clock.now() + 2000 });
    const t = await computeTallies(db, { from: '2025-11-01', to: '2025-11-30' });
    expect(t).toMatchObject({ total: 1, accepted: 1, shareAccepted: 1 });
    expect(asObj(t.byChannel)).toEqual({ copied: 1 });
  });

  it('rebuilds the same counts from the offers', async () => {
    await store(db, sample());
    const kept = await countSnapshot(db);
    await db.counts.clear();
    expect(await computeTallies(db, { from: '2025-01-01', to: '2026-12-31' })).toMatchObject({ total: 0 });
    await rebuildCounts(db);
    expect(await countSnapshot(db)).toEqual(kept);
  });

  it('lists the workstations that have offers', async () => {
    await store(db, sample());
    expect(await knownWorkstations(db)).toEqual(['ws-1', 'ws-2']);
  });
});
