import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LogDatabase } from '@/src/log/db';
import { addDays } from '@/src/log/counts';
import { campaignPeriods, checkCampaign, compareCampaign, daysInclusive, deleteCampaign, listCampaigns, saveCampaign, type CampaignDraft } from '@/src/log/campaigns';
import { freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('campaign periods', () => {
  it.each([
    // A 30-day campaign across a month's end.
    ['2025-11-10', '2025-12-09', 30, '2025-10-11', '2025-11-09', '2025-12-10', '2026-01-08'],
    // One day.
    ['2025-11-10', '2025-11-10', 1, '2025-11-09', '2025-11-09', '2025-11-11', '2025-11-11'],
    // February in a leap year.
    ['2024-02-01', '2024-02-29', 29, '2024-01-03', '2024-01-31', '2024-03-01', '2024-03-29'],
    // Across the change to British Summer Time (days, not hours, are counted).
    ['2025-03-24', '2025-04-06', 14, '2025-03-10', '2025-03-23', '2025-04-07', '2025-04-20'],
  ])('%s to %s: %i days each, before %s–%s, after %s–%s', (start, end, days, bFrom, bTo, aFrom, aTo) => {
    const p = campaignPeriods({ start, end }, '2030-01-01');
    expect(p.days).toBe(days);
    expect(p.before).toEqual({ from: bFrom, to: bTo });
    expect(p.during).toEqual({ from: start, to: end });
    expect(p.after).toEqual({ from: aFrom, to: aTo });
  });

  it('are always the same length, back to back, with no gap or overlap', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 365 }), (start, extra) => {
        const end = addDays(start, extra);
        const p = campaignPeriods({ start, end }, '2040-01-01');
        for (const r of [p.before, p.during, p.after]) expect(daysInclusive(r.from, r.to)).toBe(p.days);
        expect(addDays(p.before.to, 1)).toBe(p.during.from);
        expect(addDays(p.during.to, 1)).toBe(p.after.from);
      }),
    );
  });

  it('say how much of each period has happened by today', () => {
    const c = { start: '2025-11-10', end: '2025-11-19' };
    expect(campaignPeriods(c, '2025-11-05').elapsed).toEqual({ before: 6, during: 0, after: 0 });
    expect(campaignPeriods(c, '2025-11-12').elapsed).toEqual({ before: 10, during: 3, after: 0 });
    expect(campaignPeriods(c, '2025-11-22').elapsed).toEqual({ before: 10, during: 10, after: 3 });
    expect(campaignPeriods(c, '2026-01-01').elapsed).toEqual({ before: 10, during: 10, after: 10 });
  });
});

describe('comparing before, during and after', () => {
  it('counts only the campaign’s services and practice in each period', async () => {
    await store(db, [
      offer('2025-11-05', { practice: 'A81001' }), // before
      offer('2025-11-12', { practice: 'A81001', outcome: 'accepted' }), // during
      offer('2025-11-13', { practice: 'A81001', outcome: 'already-uses' }),
      offer('2025-11-14', { practice: 'A81001', service: 'test-results' }), // another service
      offer('2025-11-15', { practice: 'B82002' }), // another practice
      offer('2025-11-16'), // no practice recorded
      offer('2025-11-25', { practice: 'A81001', outcome: 'needs-support' }), // after
      offer('2025-12-15', { practice: 'A81001' }), // beyond the period after
    ]);
    const c = await saveCampaign(db, { name: 'NHS App fortnight', services: ['nhs-app'], start: '2025-11-10', end: '2025-11-19', note: 'Posters and a text to every new patient', practice: 'A81001' });
    const cmp = await compareCampaign(db, c, { today: '2025-11-26' });
    expect(cmp.before).toEqual({ offers: 1, accepted: 0, alreadyUses: 0, needsSupport: 0 });
    expect(cmp.during).toEqual({ offers: 2, accepted: 1, alreadyUses: 1, needsSupport: 0 });
    expect(cmp.after).toEqual({ offers: 1, accepted: 0, alreadyUses: 0, needsSupport: 1 });
    expect(cmp.periods.elapsed.after).toBe(7);
    const everyone = await saveCampaign(db, { name: 'Everything', services: [], start: '2025-11-10', end: '2025-11-19', note: '', practice: '' });
    expect((await compareCampaign(db, everyone, { today: '2025-11-26' })).during.offers).toBe(5);
  });
});

describe('editing campaigns', () => {
  const draft: CampaignDraft = { name: 'Test results in the app', services: ['test-results'], start: '2025-11-01', end: '2025-11-30', note: '', practice: '' };

  it.each<[string, Partial<CampaignDraft>, Partial<Record<keyof CampaignDraft, RegExp>>]>([
    ['no name', { name: '  ' }, { name: /Enter a name/ }],
    ['an end before the start', { end: '2025-10-31' }, { end: /on or after the start/ }],
    ['a date that does not exist', { start: '2025-02-30' }, { start: /in full/ }],
    ['more than a year', { end: '2026-12-01' }, { end: /at most 366 days/ }],
    ['an unknown service', { services: ['telepathy'] }, { services: /from the list/ }],
    ['a practice code that is not a practice', { practice: 'U12345' }, { practice: /from the list/ }],
    ['a long note', { note: 'x'.repeat(501) }, { note: /500 characters/ }],
  ])('refuses %s', (_, change, want) => {
    const r = checkCampaign({ ...draft, ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) for (const [k, re] of Object.entries(want)) expect(r.errors[k as keyof CampaignDraft]).toMatch(re!);
  });

  it('saves, edits with a later time even on a slow clock, and deletes by keeping a tombstone', async () => {
    const c = await saveCampaign(db, draft, undefined, 5000);
    const edited = await saveCampaign(db, { ...draft, name: 'Results online' }, c.id, 4000);
    expect(edited).toMatchObject({ id: c.id, name: 'Results online', updated: 5001 });
    expect((await listCampaigns(db)).map((x) => x.name)).toEqual(['Results online']);
    await deleteCampaign(db, c.id, 4500);
    expect(await listCampaigns(db)).toEqual([]);
    expect(await db.campaigns.get(c.id)).toMatchObject({ deleted: 1, updated: 5002 });
  });
});
