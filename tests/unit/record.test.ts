import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import { countToday, recordOffer, undoOffer, updateOutcome, type NewOffer } from '@/src/log/record';

const base: NewOffer = {
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
};

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recording offers', () => {
  const clock = { now: () => new Date(2026, 10, 23, 10, 30).getTime() };

  it('stores the offer with its local day and keeps the daily count in step', async () => {
    const o = await recordOffer(db, base, clock);
    expect(o).toMatchObject({ day: '2026-11-23', deleted: 0, updated: o.time });
    expect(await db.offers.count()).toBe(1);
    const row = await db.counts.get('d|2026-11-23|ws-1|0|');
    expect(row).toMatchObject({ period: '2026-11-23', total: 1 });
    expect([...row!.cells]).toEqual([['nhs-app|receptionist|phone|offered', 1]]);
    await recordOffer(db, base, clock);
    expect((await db.counts.get('d|2026-11-23|ws-1|0|'))?.total).toBe(2);
  });

  it("counts today's offers for this workstation only, without training offers", async () => {
    await recordOffer(db, base, clock);
    await recordOffer(db, { ...base, training: 1 }, clock);
    await recordOffer(db, { ...base, workstation: 'ws-2' }, clock);
    await recordOffer(db, base, { now: () => new Date(2026, 10, 22, 10).getTime() });
    expect(await countToday(db, 'ws-1', clock)).toBe(1);
  });

  it('keeps no patient fields', async () => {
    const o = await recordOffer(db, base, clock);
    expect(Object.keys(o).sort()).toEqual(
      ['channel', 'day', 'deleted', 'id', 'item', 'language', 'outcome', 'role', 'service', 'setting', 'time', 'training', 'updated', 'via', 'workstation'].sort(),
    );
  });
});

describe('changing and undoing offers', () => {
  const clock = { now: () => new Date(2026, 10, 23, 10, 30).getTime() };
  const later = { now: () => new Date(2026, 10, 23, 10, 31).getTime() };

  it('moves the daily count from the old outcome to the new one', async () => {
    const o = await recordOffer(db, base, clock);
    const next = await updateOutcome(db, o.id, 'accepted', later);
    expect(next).toMatchObject({ outcome: 'accepted', updated: later.now() });
    const row = await db.counts.get('d|2026-11-23|ws-1|0|');
    expect([...row!.cells]).toEqual([['nhs-app|receptionist|phone|accepted', 1]]);
  });

  it('undo keeps the offer as deleted and takes it out of the counts', async () => {
    const o = await recordOffer(db, base, clock);
    const undone = await undoOffer(db, o.id, later);
    expect(undone).toMatchObject({ deleted: 1 });
    expect(await db.offers.get(o.id)).toMatchObject({ deleted: 1 });
    expect(await db.counts.count()).toBe(0);
    expect(await countToday(db, 'ws-1', clock)).toBe(0);
    // An undone offer cannot be changed or undone again.
    expect(await updateOutcome(db, o.id, 'accepted', later)).toBeNull();
    expect(await undoOffer(db, o.id, later)).toBeNull();
  });
});
