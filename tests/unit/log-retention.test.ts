import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogDatabase } from '@/src/log/db';
import { rebuildCounts } from '@/src/log/counts';
import { applyRetention, purgeOlderThan, retentionCutoff } from '@/src/log/retention';
import { computeTallies } from '@/src/log/tallies';
import { describeWriteError, writeErrorName } from '@/src/log/errors';
import { countSnapshot, freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('retention', () => {
  it.each([
    [new Date(2026, 10, 23, 9), 24, '2024-11-23'],
    [new Date(2026, 2, 31, 9), 1, '2026-02-28'],
    [new Date(2024, 1, 29, 9), 12, '2023-02-28'],
    [new Date(2026, 0, 15, 9), 3, '2025-10-15'],
  ])('on %s with %i months, offers before %s go', (now, months, cutoff) => {
    expect(retentionCutoff(now.getTime(), months)).toBe(cutoff);
  });

  it('deletes older offers, undone ones too, keeps the rest, and adjusts the counts', async () => {
    const old = [offer('2023-12-31'), offer('2024-11-22', { outcome: 'accepted' }), offer('2024-01-10', { deleted: 1 })];
    const kept = [offer('2024-11-23'), offer('2024-11-30'), offer('2026-11-01', { deleted: 1 })];
    await store(db, [...old, ...kept]);
    const purged = await applyRetention(db, 24, new Date(2026, 10, 23, 9).getTime());
    expect(purged).toBe(3);
    expect((await db.offers.toArray()).map((o) => o.id).sort()).toEqual(kept.map((o) => o.id).sort());
    // The month of the cutoff keeps only its kept offers.
    expect(await computeTallies(db, { from: '2024-11-01', to: '2024-11-30' })).toMatchObject({ total: 2, accepted: 0 });
    expect(await computeTallies(db, { from: '2020-01-01', to: '2024-11-22', groupBy: 'week' })).toMatchObject({ total: 0 });
    const counts = await countSnapshot(db);
    await rebuildCounts(db);
    expect(await countSnapshot(db)).toEqual(counts);
  });

  it('purges in chunks until none is left', async () => {
    await store(db, Array.from({ length: 12_345 }, () => offer('2020-05-05')));
    expect(await purgeOlderThan(db, '2021-01-01')).toBe(12_345);
    expect(await db.offers.count()).toBe(0);
    expect(await db.counts.count()).toBe(0);
  });

  it('with only old undone offers left, a quick run skips the scan and a full run deletes them', async () => {
    await store(db, [offer('2020-01-01', { deleted: 1 }), offer('2026-01-01')]);
    expect(await purgeOlderThan(db, '2021-01-01')).toBe(0);
    expect(await purgeOlderThan(db, '2021-01-01', { full: true })).toBe(1);
    expect(await db.offers.count()).toBe(1);
  });

  it('ignores a nonsense retention period and uses 24 months', async () => {
    await store(db, [offer('2024-11-22'), offer('2024-11-24')]);
    expect(await applyRetention(db, -3, new Date(2026, 10, 23, 9).getTime())).toBe(1);
  });
});

describe('failed writes are named', () => {
  const quota = new DOMException('full', 'QuotaExceededError');
  it.each<[string, unknown, string, RegExp]>([
    ['a full disk', quota, 'QuotaExceededError', /disk is full/],
    ['a full disk wrapped by Dexie', Object.assign(new Error('aborted'), { name: 'AbortError', inner: quota }), 'QuotaExceededError', /disk is full/],
    ['a closed database', Object.assign(new Error('x'), { name: 'DatabaseClosedError' }), 'DatabaseClosedError', /Reload/],
    ['anything else', new TypeError('x'), 'TypeError', /could not be saved \(TypeError\)/],
    ['not an error at all', 'oops', 'Error', /could not be saved/],
  ])('%s', (_, e, name, text) => {
    expect(writeErrorName(e)).toBe(name);
    expect(describeWriteError(e)).toMatch(text);
  });
});
