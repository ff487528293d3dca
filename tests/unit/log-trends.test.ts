import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LogDatabase } from '@/src/log/db';
import { addDays, periodOf } from '@/src/log/counts';
import { computeTrends, share, trendsCsv, TREND_COLUMNS, type Figures, type TrendFilter } from '@/src/log/trends';
import { PRACTICE_NOT_RECORDED } from '@/src/log/practice';
import type { Offer } from '@/src/log/types';
import { freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** The same figures, the slow way: straight from the offers. */
function naive(offers: Offer[], f: TrendFilter & { groupBy: 'week' | 'month' }) {
  const kind = f.groupBy === 'week' ? 'w' : 'm';
  const practice = f.practice === PRACTICE_NOT_RECORDED ? '' : f.practice;
  const live = offers.filter(
    (o) =>
      !o.deleted && o.day >= f.from && o.day <= f.to && (f.includeTraining || !o.training) && (!f.workstation || o.workstation === f.workstation) &&
      (!f.practice || (o.practice ?? '') === practice) && (!f.services?.length || f.services.includes(o.service)) && (!f.role || o.role === f.role) && (!f.setting || o.setting === f.setting),
  );
  const fig = (xs: Offer[]): Figures => ({
    offers: xs.length,
    accepted: xs.filter((o) => o.outcome === 'accepted').length,
    alreadyUses: xs.filter((o) => o.outcome === 'already-uses').length,
    needsSupport: xs.filter((o) => o.outcome === 'needs-support').length,
  });
  const byKey = (k: (o: Offer) => string) => {
    const m = new Map<string, Offer[]>();
    for (const o of live) m.set(k(o), [...(m.get(k(o)) ?? []), o]);
    return Object.fromEntries([...m].map(([key, xs]) => [key, fig(xs)]));
  };
  const perPeriod = new Map<string, Offer[]>();
  for (const o of live) perPeriod.set(periodOf(kind, o.day), [...(perPeriod.get(periodOf(kind, o.day)) ?? []), o]);
  return {
    total: fig(live),
    byPeriod: Object.fromEntries([...perPeriod].map(([p, xs]) => [p, fig(xs)])),
    service: byKey((o) => o.service),
    role: byKey((o) => o.role),
    setting: byKey((o) => o.setting),
    practice: byKey((o) => o.practice ?? ''),
  };
}

const asObj = (xs: { key: string; total: Figures }[]) => Object.fromEntries(xs.map((s) => [s.key, s.total]));

describe('adoption trends', () => {
  it('gives offers and the shares accepted, already using and needing support, per period, service, role, setting and practice', async () => {
    await store(db, [
      offer('2025-10-06', { outcome: 'accepted', practice: 'A81001' }),
      offer('2025-10-07', { outcome: 'already-uses', practice: 'A81001' }),
      offer('2025-10-08', { outcome: 'needs-support', service: 'test-results', role: 'clinician', setting: 'consultation', practice: 'A81001' }),
      offer('2025-11-03', { outcome: 'already-uses', practice: 'B82002' }),
      offer('2025-11-04', { outcome: 'already-uses' }),
      offer('2025-11-05', { outcome: 'declined' }),
      offer('2025-11-05', { outcome: 'accepted', deleted: 1 }),
      offer('2025-11-06', { outcome: 'accepted', training: 1 }),
    ]);
    const t = await computeTrends(db, { from: '2025-09-01', to: '2025-11-30', groupBy: 'month' });
    expect(t.periods).toEqual(['2025-09', '2025-10', '2025-11']);
    expect(t.byPeriod).toEqual([
      { offers: 0, accepted: 0, alreadyUses: 0, needsSupport: 0 },
      { offers: 3, accepted: 1, alreadyUses: 1, needsSupport: 1 },
      { offers: 3, accepted: 0, alreadyUses: 2, needsSupport: 0 },
    ]);
    // Rising "already uses it": the sign that patients have moved online.
    expect(t.byPeriod.map((f) => share(f, 'alreadyUses'))).toEqual([null, 1 / 3, 2 / 3]);
    expect(t.byService.map((s) => [s.key, s.total.offers])).toEqual([['nhs-app', 5], ['test-results', 1]]);
    expect(t.byRole.map((s) => s.key)).toEqual(['receptionist', 'clinician']);
    expect(t.bySetting.find((s) => s.key === 'consultation')?.byPeriod.map((f) => f.needsSupport)).toEqual([0, 1, 0]);
    expect(t.byPractice.map((s) => [s.key, s.total.offers])).toEqual([['A81001', 3], ['', 2], ['B82002', 1]]);
    const only = await computeTrends(db, { from: '2025-09-01', to: '2025-11-30', services: ['test-results'] });
    expect(only.total).toEqual({ offers: 1, accepted: 0, alreadyUses: 0, needsSupport: 1 });
  });

  it('agrees with counting the offers one by one, for any offers and filter', async () => {
    const days = Array.from({ length: 70 }, (_, i) => addDays('2025-09-20', i));
    const arbOffer = fc.record({
      day: fc.constantFrom(...days),
      outcome: fc.constantFrom('offered', 'accepted', 'declined', 'already-uses', 'needs-support', 'shown'),
      service: fc.constantFrom('nhs-app', 'test-results', 'repeat-prescriptions'),
      role: fc.constantFrom('receptionist', 'clinician'),
      setting: fc.constantFrom('phone', 'consultation', 'front-desk'),
      workstation: fc.constantFrom('ws-1', 'ws-2'),
      practice: fc.constantFrom(undefined, 'A81001', 'B82002'),
      training: fc.constantFrom(0, 0, 0, 1),
      deleted: fc.constantFrom(0, 0, 0, 1),
    });
    const arbFilter = fc.record({
      from: fc.constantFrom('2025-09-20', '2025-10-01', '2025-10-15'),
      to: fc.constantFrom('2025-10-31', '2025-11-12', '2025-11-28'),
      groupBy: fc.constantFrom('week' as const, 'month' as const),
      practice: fc.constantFrom('', 'A81001', PRACTICE_NOT_RECORDED),
      services: fc.constantFrom([], ['nhs-app'], ['nhs-app', 'test-results']),
      role: fc.constantFrom('', 'clinician'),
      setting: fc.constantFrom('', 'phone'),
      workstation: fc.constantFrom('', 'ws-2'),
      includeTraining: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(arbOffer, { maxLength: 40 }), arbFilter, async (specs, f) => {
        await db.offers.clear();
        await db.counts.clear();
        const offers = specs.map(({ day, practice, ...rest }) => offer(day, { ...(rest as Partial<Offer>), ...(practice ? { practice } : {}) }));
        await store(db, offers);
        const t = await computeTrends(db, f);
        const want = naive(offers, f);
        expect(t.total).toEqual(want.total);
        expect(Object.fromEntries(t.periods.map((p, i) => [p, t.byPeriod[i]!]).filter(([, x]) => (x as Figures).offers))).toEqual(want.byPeriod);
        expect(asObj(t.byService)).toEqual(want.service);
        expect(asObj(t.byRole)).toEqual(want.role);
        expect(asObj(t.bySetting)).toEqual(want.setting);
        expect(asObj(t.byPractice)).toEqual(want.practice);
      }),
      { numRuns: 40 },
    );
  });

  it('weeks start on Monday and partial weeks at the ends count only the days in range', async () => {
    await store(db, [offer('2025-11-02'), offer('2025-11-03'), offer('2025-11-09'), offer('2025-11-10')]);
    const t = await computeTrends(db, { from: '2025-11-03', to: '2025-11-09', groupBy: 'week' });
    expect(t.periods).toEqual(['2025-11-03']);
    expect(t.total.offers).toBe(2);
  });

  it('writes tidy CSV with counts and shares', async () => {
    await store(db, [offer('2025-11-03', { outcome: 'accepted', practice: 'A81001' }), offer('2025-11-04', { outcome: 'needs-support', practice: 'A81001' }), offer('2025-11-05')]);
    const csv = trendsCsv(await computeTrends(db, { from: '2025-11-01', to: '2025-11-30' }));
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(TREND_COLUMNS.join(','));
    expect(lines).toContain('2025-11,all,,3,1,0,1,0.333,0,0.333');
    expect(lines).toContain('2025-11,practice,A81001,2,1,0,1,0.5,0,0.5');
    expect(lines).toContain('2025-11,practice,,1,0,0,0,0,0,0');
    expect(lines).toContain('2025-11,service,nhs-app,3,1,0,1,0.333,0,0.333');
  });
});
