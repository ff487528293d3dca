import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LogDatabase } from '@/src/log/db';
import { rebuildCounts } from '@/src/log/counts';
import { mergeFolder, workstationsNotSeen, type FolderFile } from '@/src/log/folder';
import { computeTallies } from '@/src/log/tallies';
import { PRACTICE_NOT_RECORDED } from '@/src/log/practice';
import { parseExchangeFile, parseExchangeFileInSlices } from '@/src/log/exchange';
import type { Campaign, Offer } from '@/src/log/types';
import { mergeChecklists, mergeSummary, EMPTY_CHECKLISTS, type Checklists } from '@/src/checklist/model';
import { countSnapshot, freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

interface FileSpec {
  workstation: string;
  name?: string;
  practice?: { odsCode: string; name: string };
  exported?: string;
  offers: Offer[];
  campaigns?: Campaign[];
  checklists?: Checklists;
  version?: number;
}

/** A backup file as a workstation saves it into the shared folder. */
function backup(path: string, spec: FileSpec): FolderFile {
  const text = JSON.stringify({
    format: 'nudge-offers',
    version: spec.version ?? 2,
    exported: spec.exported ?? '2025-11-07T18:00:00.000Z',
    workstation: spec.workstation,
    ...(spec.version === 1 ? {} : { workstationName: spec.name ?? '', ...(spec.practice ? { practice: spec.practice } : {}), campaigns: spec.campaigns ?? [], ...(spec.checklists ? { checklists: spec.checklists } : {}) }),
    offers: spec.offers,
  });
  return raw(path, text);
}

function raw(path: string, text: string): FolderFile {
  const name = path.split('/').pop()!;
  return { name, path, size: text.length, text: async () => text };
}

const RIVERSIDE = { odsCode: 'A81001', name: 'Riverside Surgery' };
const HILLTOP = { odsCode: 'B82002', name: 'Hilltop Medical Practice' };
const FOLDER = 'Nudge backups';

describe('merging a folder of backup files', () => {
  it('merges many workstations and days in one go, counting an offer found in several files once', async () => {
    const a1 = offer('2025-11-03', { workstation: 'ws-a', practice: 'A81001', outcome: 'accepted' });
    const a2 = offer('2025-11-04', { workstation: 'ws-a', practice: 'A81001' });
    const b1 = offer('2025-11-05', { workstation: 'ws-b', practice: 'A81001', outcome: 'already-uses' });
    const files = [
      backup(`${FOLDER}/reception-1-ws-a-2025-11-03.json`, { workstation: 'ws-a', name: 'Reception 1', practice: RIVERSIDE, exported: '2025-11-03T18:00:00.000Z', offers: [a1] }),
      // The next day's file holds what changed since, and (harmlessly) a1 again.
      backup(`${FOLDER}/reception-1-ws-a-2025-11-04.json`, { workstation: 'ws-a', name: 'Reception 1', practice: RIVERSIDE, exported: '2025-11-04T18:00:00.000Z', offers: [a1, a2] }),
      backup(`${FOLDER}/nurse-room-ws-b-2025-11-05.json`, { workstation: 'ws-b', name: 'Nurse room', practice: RIVERSIDE, exported: '2025-11-05T18:00:00.000Z', offers: [b1] }),
      raw(`${FOLDER}/desktop.ini`, '[.ShellClassInfo]'),
    ];
    const seen: number[] = [];
    const r = await mergeFolder(db, files, { today: '2025-11-07', onProgress: (p) => seen.push(p.filesDone) });
    expect(r).toMatchObject({ files: 3, merged: 3, ignored: 1, bad: [], added: 3, cancelled: false, stopped: null });
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(r.workstations).toEqual([
      { id: 'ws-b', name: 'Nurse room', practice: 'A81001', practiceName: 'Riverside Surgery', files: 1, added: 1, updated: 0, newestDay: '2025-11-05' },
      { id: 'ws-a', name: 'Reception 1', practice: 'A81001', practiceName: 'Riverside Surgery', files: 2, added: 2, updated: 0, newestDay: '2025-11-04' },
    ]);
    const t = await computeTallies(db, { from: '2025-11-01', to: '2025-11-30' });
    expect(t).toMatchObject({ total: 3, accepted: 1 });

    // The same folder again adds nothing, and the counts stay exactly as a rebuild makes them.
    const counts = await countSnapshot(db);
    const again = await mergeFolder(db, files, { today: '2025-11-07' });
    expect(again).toMatchObject({ merged: 3, added: 0, updated: 0, unchanged: 4 });
    expect(await countSnapshot(db)).toEqual(counts);
    await rebuildCounts(db);
    expect(await countSnapshot(db)).toEqual(counts);
  });

  it('lists a bad file with its reason and still merges the rest, each file all or nothing', async () => {
    const good = offer('2025-11-03', { workstation: 'ws-a' });
    const inBad = offer('2025-11-03', { workstation: 'ws-c' });
    const hostile = { ...offer('2025-11-03', { workstation: 'ws-c' }), patientName: 'Jane Smith' };
    const files = [
      backup('f/a.json', { workstation: 'ws-a', offers: [good] }),
      // One bad offer spoils its whole file: the good offer beside it is not merged either.
      backup('f/c.json', { workstation: 'ws-c', offers: [inBad, hostile as unknown as Offer] }),
      raw('f/half-written.json', '{"format":"nudge-offers","version":2,"offers":[{"id":'),
      raw('f/notes.json', '{"shopping":["milk"]}'),
      backup('f/future.json', { workstation: 'ws-d', offers: [], version: 9 }),
    ];
    const r = await mergeFolder(db, files, { today: '2025-11-07' });
    expect(r.merged).toBe(1);
    expect(r.added).toBe(1);
    expect(r.bad.map((b) => b.name)).toEqual(['f/c.json', 'f/future.json', 'f/half-written.json', 'f/notes.json']);
    expect(r.bad[0]!.reason).toMatch(/f\/c\.json could not be imported: offers\.1/);
    expect(r.bad[1]!.reason).toMatch(/newer version of Nudge/);
    expect(r.bad[2]!.reason).toMatch(/not valid JSON/);
    expect(r.bad[3]!.reason).toMatch(/not a Nudge backup/);
    expect((await db.offers.toArray()).map((o) => o.id)).toEqual([good.id]);
  });

  it('merges files from several practices, keeping each offer under its own practice', async () => {
    const files = [
      backup('n/riverside-ws-a-2025-11-06.json', { workstation: 'ws-a', practice: RIVERSIDE, offers: [offer('2025-11-06', { workstation: 'ws-a', practice: 'A81001', outcome: 'accepted' }), offer('2025-11-06', { workstation: 'ws-a', practice: 'A81001' })] }),
      backup('n/hilltop-ws-h-2025-11-06.json', { workstation: 'ws-h', practice: HILLTOP, offers: [offer('2025-11-06', { workstation: 'ws-h', practice: 'B82002', outcome: 'needs-support' })] }),
      // An older workstation's file (version 1): its offers have no practice, and none is guessed.
      backup('n/old-ws-o-2025-11-06.json', { workstation: 'ws-o', version: 1, offers: [offer('2025-11-06', { workstation: 'ws-o' })] }),
    ];
    const r = await mergeFolder(db, files, { today: '2025-11-07' });
    expect(r).toMatchObject({ merged: 3, added: 4, bad: [] });
    const range = { from: '2025-11-01', to: '2025-11-30' };
    const t = await computeTallies(db, range);
    expect(t.byPractice).toEqual([
      { key: 'A81001', count: 2 },
      { key: '', count: 1 },
      { key: 'B82002', count: 1 },
    ]);
    expect((await computeTallies(db, { ...range, practice: 'B82002' })).total).toBe(1);
    expect((await computeTallies(db, { ...range, practice: PRACTICE_NOT_RECORDED })).total).toBe(1);
    expect((await db.offers.toArray()).find((o) => o.workstation === 'ws-o')).not.toHaveProperty('practice');
    expect(r.workstations.find((w) => w.id === 'ws-h')).toMatchObject({ practice: 'B82002', practiceName: 'Hilltop Medical Practice' });
    expect(r.workstations.find((w) => w.id === 'ws-o')).toMatchObject({ practice: '', practiceName: '' });
  });

  it('lists the workstations not seen for 7 days, whether known from files or only from offers', async () => {
    await store(db, [offer('2025-10-20', { workstation: 'ws-quiet' }), offer('2025-11-06', { workstation: 'ws-own' })]);
    const files = [
      backup('f/ws-a-2025-11-06.json', { workstation: 'ws-a', name: 'Reception 1', exported: '2025-11-06T18:00:00.000Z', offers: [] }),
      backup('f/ws-b-2025-10-30.json', { workstation: 'ws-b', name: 'Back office', exported: '2025-10-30T18:00:00.000Z', offers: [offer('2025-10-29', { workstation: 'ws-b' })] }),
      backup('f/ws-c-2025-10-31.json', { workstation: 'ws-c', name: 'Nurse room', exported: '2025-10-31T18:00:00.000Z', offers: [] }),
    ];
    const r = await mergeFolder(db, files, { today: '2025-11-07', ownWorkstation: 'ws-own' });
    // Seen on 6 November (an empty daily file still says the workstation is working): not listed.
    expect(r.workstations.find((w) => w.id === 'ws-a')).toMatchObject({ added: 0, files: 1, newestDay: '2025-11-06' });
    expect(r.notSeen.map((w) => [w.id, w.name, w.lastSeen])).toEqual([
      ['ws-quiet', '', '2025-10-20'],
      ['ws-b', 'Back office', '2025-10-30'],
      ['ws-c', 'Nurse room', '2025-10-31'],
    ]);
    // Seen exactly 7 days ago is not seen for 7 days; 6 days ago is fine.
    expect((await workstationsNotSeen(db, '2025-11-06', 'ws-own')).map((w) => w.id)).toEqual(['ws-quiet', 'ws-b']);
  });

  it('carries campaigns: the newest edit wins and a deletion reaches every copy', async () => {
    const T = Date.UTC(2025, 10, 1);
    const base: Campaign = { id: 'c-1', name: 'NHS App month', services: ['nhs-app'], start: '2025-11-01', end: '2025-11-30', note: '', practice: 'A81001', updated: T + 1000, deleted: 0 };
    const files = [
      backup('f/a.json', { workstation: 'ws-a', offers: [], campaigns: [base] }),
      backup('f/b.json', { workstation: 'ws-b', offers: [], campaigns: [{ ...base, name: 'NHS App month (renamed)', updated: T + 2000 }] }),
      backup('f/c.json', { workstation: 'ws-c', offers: [], campaigns: [{ ...base, updated: T + 1500, deleted: 1 }] }),
    ];
    await mergeFolder(db, files, { today: '2025-11-07' });
    expect(await db.campaigns.get('c-1')).toMatchObject({ name: 'NHS App month (renamed)', deleted: 0 });
    await mergeFolder(db, [backup('f/d.json', { workstation: 'ws-d', offers: [], campaigns: [{ ...base, updated: T + 3000, deleted: 1 }] })], { today: '2025-11-07' });
    expect(await db.campaigns.get('c-1')).toMatchObject({ deleted: 1 });
    // Merged again in any order, the older copies change nothing.
    await mergeFolder(db, [...files].reverse(), { today: '2025-11-07' });
    expect(await db.campaigns.get('c-1')).toMatchObject({ deleted: 1, updated: T + 3000 });
  });

  it('cancelled part way: the files merged stay merged, the rest are not touched, and merging again finishes', async () => {
    const files = Array.from({ length: 5 }, (_, i) => backup(`f/${i}.json`, { workstation: `ws-${i}`, offers: Array.from({ length: 3 }, () => offer('2025-11-03', { workstation: `ws-${i}` })) }));
    const ctl = new AbortController();
    const r = await mergeFolder(db, files, { today: '2025-11-07', signal: ctl.signal, onProgress: (p) => p.filesDone === 2 && ctl.abort() });
    expect(r).toMatchObject({ cancelled: true, merged: 2, added: 6 });
    expect(await db.offers.count()).toBe(6);
    const rest = await mergeFolder(db, files, { today: '2025-11-07' });
    expect(rest).toMatchObject({ merged: 5, added: 9, unchanged: 6 });
    expect((await computeTallies(db, { from: '2025-11-01', to: '2025-11-30' })).total).toBe(15);
  });

  it('merged again, files merged before and unchanged are not read again; a changed file is', async () => {
    const a = offer('2025-11-03', { workstation: 'ws-a' });
    const read: string[] = [];
    const stamp = (f: FolderFile, lastModified: number): FolderFile => ({ ...f, lastModified, text: () => (read.push(f.name), f.text()) });
    const day1 = stamp(backup('f/ws-a-2025-11-03.json', { workstation: 'ws-a', exported: '2025-11-03T18:00:00.000Z', offers: [a] }), 1000);
    const first = await mergeFolder(db, [day1], { today: '2025-11-07' });
    expect(first).toMatchObject({ merged: 1, skipped: 0, added: 1 });
    const b = offer('2025-11-04', { workstation: 'ws-a' });
    const day2 = stamp(backup('f/ws-a-2025-11-04.json', { workstation: 'ws-a', exported: '2025-11-04T18:00:00.000Z', offers: [b] }), 2000);
    read.length = 0;
    const second = await mergeFolder(db, [day1, day2], { today: '2025-11-07' });
    expect(read).toEqual(['ws-a-2025-11-04.json']);
    expect(second).toMatchObject({ files: 2, merged: 1, skipped: 1, added: 1 });
    expect(second.workstations).toEqual([expect.objectContaining({ id: 'ws-a', files: 2, newestDay: '2025-11-04' })]);
    // The same day's file saved again later (a new time): read again.
    const day2again = stamp(backup('f/ws-a-2025-11-04.json', { workstation: 'ws-a', exported: '2025-11-04T20:00:00.000Z', offers: [b, { ...b, id: `${b.id.slice(0, -1)}9` }] }), 3000);
    read.length = 0;
    expect(await mergeFolder(db, [day1, day2again], { today: '2025-11-07' })).toMatchObject({ merged: 1, skipped: 1, added: 1 });
    expect(read).toEqual(['ws-a-2025-11-04.json']);
    expect(await db.offers.count()).toBe(3);
  });

  it('merges the pathway checklists the files carry, newest answer winning, once however often the folder is merged', async () => {
    const older: Checklists = { services: { 'nhs-app': { answers: { 'clear-how': { answer: 'no', note: 'Website unclear', date: '2025-11-01', updated: Date.UTC(2025, 10, 1) } } } } };
    const newer: Checklists = { services: { 'nhs-app': { answers: { 'clear-how': { answer: 'yes', note: 'Banner added', date: '2025-11-05', updated: Date.UTC(2025, 10, 5) } } } } };
    const files = [
      backup(`${FOLDER}/a-2025-11-05.json`, { workstation: 'ws-a', offers: [], checklists: newer }),
      backup(`${FOLDER}/b-2025-11-01.json`, { workstation: 'ws-b', offers: [], checklists: older }),
      backup(`${FOLDER}/c-2025-11-02.json`, { workstation: 'ws-c', offers: [] }),
    ];
    let stored: Checklists = EMPTY_CHECKLISTS;
    const mergeStored = async (incoming: Checklists[]) => {
      const before = stored;
      stored = incoming.reduce(mergeChecklists, stored);
      return mergeSummary(before, stored);
    };
    const first = await mergeFolder(db, files, { mergeChecklists: mergeStored });
    expect(first.checklists).toEqual({ added: 1, updated: 0 });
    expect(stored.services['nhs-app']?.answers['clear-how']).toMatchObject({ answer: 'yes', note: 'Banner added' });
    const again = await mergeFolder(db, files.map((f) => ({ ...f, lastModified: undefined })), { mergeChecklists: mergeStored });
    expect(again.checklists).toEqual({ added: 0, updated: 0 });
    // A failure to save them is said in plain words; the offers stay merged.
    const failed = await mergeFolder(db, files, { mergeChecklists: async () => Promise.reject(new Error('disk full')) });
    expect(failed.checklistsProblem).toMatch(/checklists in these files could not be saved \(disk full\)/);
  });

  it('a folder with no backup files says so', async () => {
    await expect(mergeFolder(db, [raw('f/readme.txt', 'hello')])).rejects.toThrow(/no backup files/);
  });
});

describe('checking a large file a slice at a time', () => {
  const good = Array.from({ length: 10 }, (_, i) => offer('2025-11-03', { outcome: i % 2 ? 'accepted' : 'offered' }));
  const head = { format: 'nudge-offers', version: 2, exported: '2025-11-07T18:00:00.000Z', workstation: 'ws-a' };
  it.each<[string, unknown]>([
    ['a good file', { ...head, offers: good }],
    ['a bad offer in the first slice', { ...head, offers: [{ ...good[0], outcome: 'maybe' }, ...good] }],
    ['a bad offer in a later slice', { ...head, offers: [...good, { ...good[1], patientName: 'Jane' }] }],
    ['a bad header', { ...head, workstation: 7, offers: good }],
    ['offers that are not a list', { ...head, offers: 'none' }],
    ['a newer version', { ...head, version: 3, offers: [] }],
  ])('%s: the same verdict as checking it whole', async (_, data) => {
    const text = JSON.stringify(data);
    const whole = (() => {
      try {
        return parseExchangeFile(text, 'f.json');
      } catch (e) {
        return (e as Error).message;
      }
    })();
    const sliced = await parseExchangeFileInSlices(text, 'f.json', { slice: 3 }).catch((e: Error) => e.message);
    expect(sliced).toEqual(whole);
  });

  it('a cancel is seen between slices', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(parseExchangeFileInSlices(JSON.stringify({ ...head, offers: good }), 'f.json', { slice: 3, signal: ctl.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
