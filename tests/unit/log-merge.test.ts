import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { LogDatabase } from '@/src/log/db';
import { rebuildCounts } from '@/src/log/counts';
import { importBackup, mergeOffer, mergeOffers } from '@/src/log/merge';
import { exportBackup } from '@/src/log/export';
import { computeTallies } from '@/src/log/tallies';
import type { Offer } from '@/src/log/types';
import { countSnapshot, freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const file = (name: string, offers: Offer[], extra: Record<string, unknown> = {}) => ({
  name,
  text: async () => JSON.stringify({ format: 'nudge-offers', version: 1, exported: '2025-11-07T10:00:00.000Z', workstation: 'ws-9', offers, ...extra }),
});

const sorted = async (d: LogDatabase) => (await d.offers.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));

describe('which copy of an offer wins', () => {
  const base = offer('2025-11-05', { updated: 1000 });
  it.each<[string, Partial<Offer>, Partial<Offer>, 'a' | 'b']>([
    ['the newer update', { outcome: 'offered', updated: 1000 }, { outcome: 'accepted', updated: 2000 }, 'b'],
    ['the newer update, whichever comes first', { outcome: 'accepted', updated: 2000 }, { outcome: 'offered', updated: 1000 }, 'a'],
    ['an undone copy over a newer live one', { deleted: 1, updated: 1000 }, { outcome: 'accepted', updated: 5000 }, 'a'],
    ['an undone copy on a tie', { updated: 3000 }, { deleted: 1, updated: 3000 }, 'b'],
  ])('%s', (_, a, b, want) => {
    const A = { ...base, ...a };
    const B = { ...base, ...b };
    expect(mergeOffer(A, B)).toBe(want === 'a' ? A : B);
  });

  const arbOffer = fc.record({
    outcome: fc.constantFrom('offered', 'accepted', 'declined'),
    updated: fc.integer({ min: 1000, max: 1003 }),
    deleted: fc.constantFrom(0, 1),
    setting: fc.constantFrom('phone', 'consultation'),
  }).map((p) => ({ ...base, ...p }) as Offer);

  it('is the same in any order and any number of times (commutative, associative, idempotent)', () => {
    fc.assert(
      fc.property(arbOffer, arbOffer, arbOffer, (a, b, c) => {
        expect(mergeOffer(a, b)).toEqual(mergeOffer(b, a));
        expect(mergeOffer(mergeOffer(a, b), c)).toEqual(mergeOffer(a, mergeOffer(b, c)));
        expect(mergeOffer(a, a)).toBe(a);
      }),
    );
  });
});

describe('importing backups', () => {
  it('adds new offers and the same file twice counts once', async () => {
    const offers = [offer('2025-11-05'), offer('2025-11-06', { outcome: 'accepted' }), offer('2025-11-07', { deleted: 1 })];
    const first = await importBackup(db, [file('a.json', offers)]);
    expect(first).toMatchObject({ files: 1, read: 3, added: 3, updated: 0, unchanged: 0 });
    const counts = await countSnapshot(db);
    const second = await importBackup(db, [file('a.json', offers), file('copy.json', offers)]);
    expect(second).toMatchObject({ files: 2, read: 3, added: 0, updated: 0, unchanged: 3 });
    expect(await countSnapshot(db)).toEqual(counts);
    expect((await computeTallies(db, { from: '2025-11-01', to: '2025-11-30' })).total).toBe(2);
  });

  it('takes the newest update and keeps undone offers undone, with counts to match', async () => {
    const t = new Date('2025-11-05T12:00:00').getTime();
    const a = offer('2025-11-05', { updated: t + 1 });
    const b = offer('2025-11-05', { updated: t + 1 });
    const c = offer('2025-11-05', { updated: t + 5, deleted: 1 });
    await store(db, [a, b, c]);
    const result = await importBackup(db, [
      file('x.json', [
        { ...a, outcome: 'accepted', updated: t + 9 }, // newer: wins
        { ...b, outcome: 'declined', updated: t }, // older: ignored
        { ...c, deleted: 0, outcome: 'accepted', updated: t + 99 }, // undone stays undone
      ]),
    ]);
    expect(result).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
    expect(await db.offers.get(a.id)).toMatchObject({ outcome: 'accepted', updated: t + 9 });
    expect(await db.offers.get(b.id)).toMatchObject({ outcome: 'offered' });
    expect(await db.offers.get(c.id)).toMatchObject({ deleted: 1 });
    const kept = await countSnapshot(db);
    await rebuildCounts(db);
    expect(await countSnapshot(db)).toEqual(kept);
    expect(await computeTallies(db, { from: '2025-11-01', to: '2025-11-30' })).toMatchObject({ total: 2, accepted: 1 });
  });

  it('an undo arriving later takes the offer out of the counts', async () => {
    const a = offer('2025-11-05');
    await store(db, [a]);
    await importBackup(db, [file('x.json', [{ ...a, deleted: 1, updated: a.updated + 1 }])]);
    expect(await db.counts.count()).toBe(0);
  });

  it('two workstations exchanging backups end with the same log, whatever the order', async () => {
    const other = freshDb();
    try {
      const shared = offer('2025-11-05');
      await store(db, [offer('2025-11-03'), shared]);
      await store(other, [offer('2025-11-04', { workstation: 'ws-2' }), { ...shared, outcome: 'accepted', updated: shared.updated + 5 }]);
      const fromDb = await (await exportBackup(db, { workstation: 'ws-1' })).text();
      const fromOther = await (await exportBackup(other, { workstation: 'ws-2' })).text();
      await importBackup(db, [{ name: 'o.json', text: async () => fromOther }]);
      await importBackup(other, [{ name: 'd.json', text: async () => fromDb }]);
      expect(await sorted(db)).toEqual(await sorted(other));
      expect(await countSnapshot(db)).toEqual(await countSnapshot(other));
    } finally {
      await other.delete();
    }
  });

  it('a cancelled import into an empty log leaves it empty', async () => {
    const ctl = new AbortController();
    const many = Array.from({ length: 25_000 }, () => offer('2025-11-05'));
    const p = mergeOffers(db, many, { signal: ctl.signal, onProgress: (x) => x.done >= 10_000 && ctl.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect([await db.offers.count(), await db.counts.count()]).toEqual([0, 0]);
  }, 20_000); // 25,000 offers in fake IndexedDB: seconds on a busy shared machine

  it('a cancelled import changes nothing', async () => {
    await store(db, [offer('2025-11-01')]);
    const before = [await sorted(db), await countSnapshot(db)];
    const ctl = new AbortController();
    const many = Array.from({ length: 25_000 }, () => offer('2025-11-05'));
    const p = mergeOffers(db, many, { signal: ctl.signal, onProgress: (x) => x.done >= 10_000 && ctl.abort() });
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect([await sorted(db), await countSnapshot(db)]).toEqual(before);
  }, 20_000); // 25,000 offers in fake IndexedDB: seconds on a busy shared machine
});
