import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogDatabase } from '@/src/log/db';
import { importBackup } from '@/src/log/merge';
import { ImportError, LIMITS } from '@/src/log/exchange';
import { countSnapshot, freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const good = offer('2025-11-05');
const head = { format: 'nudge-offers', version: 1, exported: '2025-11-07T10:00:00.000Z', workstation: 'ws-9' };
const json = (o: unknown) => ({ name: 'bad.json', text: async () => (typeof o === 'string' ? o : JSON.stringify(o)) });
const withOffer = (patch: Record<string, unknown>) => json({ ...head, offers: [offer('2025-11-06'), { ...good, ...patch }] });

describe('a bad or hostile file is refused whole and changes nothing', () => {
  it.each<[string, ReturnType<typeof json>, RegExp]>([
    ['not JSON', json('{"format": "nudge-offers", '), /not valid JSON/],
    ['an empty file', json(''), /not valid JSON/],
    ['some other JSON', json({ hello: 'world' }), /not a Nudge backup file/],
    ['an array', json([good]), /not a Nudge backup file/],
    ['a newer version', json({ ...head, version: 3, offers: [] }), /newer version of Nudge/],
    ['a version that is text', json({ ...head, version: '1', offers: [] }), /version/],
    ['offers that are not a list', json({ ...head, offers: {} }), /offers/],
    ['an unknown field in the file', json({ ...head, offers: [], extra: 1 }), /extra/],
    ['an unknown field in an offer (a patient name)', withOffer({ patientName: 'Jane' }), /patientName/],
    ['__proto__ in an offer', json(`{"format":"nudge-offers","version":1,"exported":"2025-11-07T10:00:00.000Z","workstation":"w","offers":[{"__proto__":{"admin":true}}]}`), /not allowed/],
    ['constructor at the top', json(`{"constructor":{"prototype":{}},"format":"nudge-offers"}`), /not allowed/],
    ['a wrong type', withOffer({ time: '2025-11-05' }), /offers\.1\.time/],
    ['an unknown service', withOffer({ service: 'crypto' }), /service/],
    ['an unknown outcome', withOffer({ outcome: 'sold' }), /outcome/],
    ['a huge string', withOffer({ workstation: 'w'.repeat(100_000) }), /workstation/],
    ['free text as an item', withOffer({ item: 'Jane Smith 07700 900123' }), /item/],
    ['a malformed day', withOffer({ day: '2025-13-45' }), /day/],
    ['a training flag of 2', withOffer({ training: 2 }), /training/],
    ['a missing field', withOffer({ deleted: undefined }), /deleted/],
    ['a time far in the future', withOffer({ updated: 1e15 }), /updated/],
  ])('%s', async (_, f, message) => {
    await store(db, [good]);
    const before = [await db.offers.toArray(), await countSnapshot(db)];
    const p = importBackup(db, [{ name: 'good.json', text: async () => JSON.stringify({ ...head, offers: [offer('2025-11-08')] }) }, f]);
    await expect(p).rejects.toBeInstanceOf(ImportError);
    await expect(p).rejects.toThrow(message);
    expect([await db.offers.toArray(), await countSnapshot(db)]).toEqual(before);
  });

  it('names the file in the message', async () => {
    await expect(importBackup(db, [{ name: 'reception-2.json', text: async () => 'nope' }])).rejects.toThrow(/^reception-2\.json/);
  });

  it('refuses a file over the size limit before reading it', async () => {
    let read = false;
    const big = { name: 'big.json', size: LIMITS.fileBytes + 1, text: async () => ((read = true), '') };
    await expect(importBackup(db, [big])).rejects.toThrow(/too large/);
    expect(read).toBe(false);
  });

  it('refuses too many offers in one file', async () => {
    const text = `{"format":"nudge-offers","version":1,"exported":"2025-11-07T10:00:00.000Z","workstation":"w","offers":[${'0,'.repeat(LIMITS.offersPerFile)}0]}`;
    await expect(importBackup(db, [{ name: 'many.json', text: async () => text }])).rejects.toThrow(/more offers than one file may hold/);
  });

  it('refuses no files', async () => {
    await expect(importBackup(db, [])).rejects.toThrow(/at least one/);
  });

  it('accepts a file with a byte order mark', async () => {
    const r = await importBackup(db, [{ name: 'bom.json', text: async () => '\uFEFF' + JSON.stringify({ ...head, offers: [good] }) }]);
    expect(r).toMatchObject({ added: 1 });
  });
});
