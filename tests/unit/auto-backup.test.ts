import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LogDatabase } from '@/src/log/db';
import { backupFileName, buildDailyBackup, NO_AUTO_BACKUP, OVERLAP_MS, parseBackupFileName, workstationPart, type AutoBackupState } from '@/src/log/auto-backup';
import { parseExchangeFile } from '@/src/log/exchange';
import { mergeFolder } from '@/src/log/folder';
import { autoBackupStateItem, settingsItem, workstationIdItem } from '@/src/settings/items';
import { DEFAULT_SETTINGS } from '@/src/settings/model';
import { PERMISSION_MISSING, saveBackupToFolder, startAutoBackup } from '@/src/ext/auto-backup';
import { freshDb, offer, store } from './log-helpers';

describe('backup file names say the workstation and the day', () => {
  const ID = '3f2a9c1b-77aa-4c1e-9d2b-0c5e8f1a2b3c';
  it.each([
    ['Reception desk 1', '2026-12-01', 'Nudge backups/reception-desk-1-3f2a9c1b-2026-12-01.json'],
    ['', '2026-12-01', 'Nudge backups/3f2a9c1b-2026-12-01.json'],
    ['Ystafell Nyrsys – Llŷn', '2027-01-31', 'Nudge backups/ystafell-nyrsys-llyn-3f2a9c1b-2027-01-31.json'],
    ['../../etc/passwd', '2026-12-01', 'Nudge backups/etc-passwd-3f2a9c1b-2026-12-01.json'],
    ['🩺🩺', '2026-12-01', 'Nudge backups/3f2a9c1b-2026-12-01.json'],
  ])('%j on %s', (name, day, want) => {
    expect(backupFileName(name, ID, day)).toBe(want);
  });

  it('are always one plain file in the backups folder, and read back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.uuid(), fc.integer({ min: 0, max: 20_000 }), (name, id, n) => {
        const day = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
        const path = backupFileName(name, id, day);
        expect(path).toMatch(/^Nudge backups\/[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.json$/);
        expect(path.length).toBeLessThan(90);
        expect(parseBackupFileName(path)).toEqual({ workstation: workstationPart(name, id), day });
        // A copy the file system renamed still reads.
        expect(parseBackupFileName(path.replace(/\.json$/, ' (1).json'))?.day).toBe(day);
      }),
    );
  });
});

describe('a day’s backup file', () => {
  let db: LogDatabase;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  const input = (state: AutoBackupState, today: string, now: number) => ({
    workstation: 'ws-me', workstationName: 'Reception 1', practice: { odsCode: 'A81001', name: 'Riverside Surgery' }, today, now, state,
  });
  const read = (chunks: string[]) => parseExchangeFile(chunks.join(''), 'x.json');
  const at = (day: string, h = 12) => new Date(`${day}T${String(h).padStart(2, '0')}:00:00`).getTime();

  it('carries the pathway checklists too, when there are any', async () => {
    const checklists = { services: { 'nhs-app': { answers: { 'clear-how': { answer: 'partly' as const, note: '', date: '2025-11-03', updated: Date.UTC(2025, 10, 3) } } } } };
    const file = await buildDailyBackup(db, { ...input(NO_AUTO_BACKUP, '2025-11-03', at('2025-11-03', 18)), checklists });
    expect(read(file.chunks).checklists).toEqual(checklists);
    expect(read((await buildDailyBackup(db, input(NO_AUTO_BACKUP, '2025-11-03', at('2025-11-03', 18)))).chunks).checklists).toBeUndefined();
  });

  it('holds this workstation’s offers changed since the day before; the same day saved again keeps them all', async () => {
    const mon = offer('2025-11-03', { workstation: 'ws-me', practice: 'A81001' });
    const other = offer('2025-11-03', { workstation: 'ws-other' });
    await store(db, [mon, other]);

    const first = await buildDailyBackup(db, input(NO_AUTO_BACKUP, '2025-11-03', at('2025-11-03', 18)));
    expect(first.fileName).toBe('Nudge backups/reception-1-wsme-2025-11-03.json');
    const f1 = read(first.chunks);
    expect(f1).toMatchObject({ version: 2, workstation: 'ws-me', workstationName: 'Reception 1', practice: { odsCode: 'A81001', name: 'Riverside Surgery' } });
    expect(f1.offers.map((o) => o.id)).toEqual([mon.id]);

    // Tuesday: an offer, and Monday's offer changed (its outcome recorded later).
    const tue = { ...offer('2025-11-04', { workstation: 'ws-me' }), time: at('2025-11-04', 10), updated: at('2025-11-04', 10) };
    await store(db, [tue, { ...mon, outcome: 'accepted', updated: at('2025-11-04', 11) }]);
    const second = await buildDailyBackup(db, input(first.next, '2025-11-04', at('2025-11-04', 13)));
    expect(read(second.chunks).offers.map((o) => o.id).sort()).toEqual([mon.id, tue.id].sort());
    // Saved again later the same day (the file is rewritten): still everything since Monday's file.
    const late = { ...offer('2025-11-04', { workstation: 'ws-me' }), time: at('2025-11-04', 17), updated: at('2025-11-04', 17) };
    await store(db, [late]);
    const again = await buildDailyBackup(db, input(second.next, '2025-11-04', at('2025-11-04', 18)));
    expect(again.fileName).toBe(second.fileName);
    expect(read(again.chunks).offers.map((o) => o.id).sort()).toEqual([mon.id, tue.id, late.id].sort());
    expect(again.next.since).toBe(at('2025-11-04', 18) - OVERLAP_MS);

    // A quiet day still gets a file (so the manager sees the workstation is working).
    const quiet = await buildDailyBackup(db, input(again.next, '2025-11-06', at('2025-11-06', 18)));
    expect(read(quiet.chunks).offers).toEqual([]);
    expect(quiet.offers).toBe(0);
  });

  it('every day’s file, merged, gives back this workstation’s whole log', async () => {
    const days = ['2025-11-03', '2025-11-04', '2025-11-05', '2025-11-06'];
    let state = NO_AUTO_BACKUP;
    const files: { name: string; text: () => Promise<string>; size: number }[] = [];
    const mine = [];
    for (const day of days) {
      const made = [0, 1, 2].map((h) => ({ ...offer(day, { workstation: 'ws-me' }), time: at(day, 9 + h), updated: at(day, 9 + h) }));
      mine.push(...made);
      await store(db, made);
      const f = await buildDailyBackup(db, input(state, day, at(day, 18)));
      const text = f.chunks.join('');
      files.push({ name: f.fileName.split('/')[1]!, text: async () => text, size: text.length });
      state = f.next;
    }
    const manager = freshDb();
    try {
      const r = await mergeFolder(manager, files, { today: '2025-11-07' });
      expect(r).toMatchObject({ merged: 4, added: 12, bad: [] });
      const got = (await manager.offers.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
      expect(got).toEqual(mine.sort((a, b) => (a.id < b.id ? -1 : 1)));
    } finally {
      await manager.delete();
    }
  });
});

describe('saving the backup through the browser’s downloads', () => {
  let downloads: { download: ReturnType<typeof vi.fn>; search: ReturnType<typeof vi.fn>; onChanged: { addListener: ReturnType<typeof vi.fn>; removeListener: ReturnType<typeof vi.fn> } };
  let saved: string[];
  let contains: boolean;
  const NOW = new Date(2025, 10, 7, 9, 0).getTime();

  beforeEach(async () => {
    saved = [];
    contains = true;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => contains);
    downloads = {
      download: vi.fn(async (o: { url: string; filename: string }) => {
        saved.push(o.filename);
        return saved.length;
      }),
      search: vi.fn(async () => [{ state: 'complete' }]),
      onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
    };
    Object.defineProperty(fakeBrowser, 'downloads', { value: downloads, configurable: true });
    await workstationIdItem.setValue('3f2a9c1b-0000-4000-8000-000000000000');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoBackup: true, workstationName: 'Reception 1', practiceOdsCode: 'A81001', surgeryName: 'Riverside Surgery' });
    const db = new LogDatabase();
    await store(db, [offer('2025-11-06', { workstation: '3f2a9c1b-0000-4000-8000-000000000000' })]);
    db.close();
  });
  afterEach(async () => {
    await new LogDatabase().delete();
  });

  it('saves once a day into the backups folder, and again only when asked', async () => {
    const s = await saveBackupToFolder({ now: () => NOW });
    expect(saved).toEqual(['Nudge backups/reception-1-3f2a9c1b-2025-11-07.json']);
    expect(downloads.download.mock.calls[0]![0]).toMatchObject({ conflictAction: 'overwrite', saveAs: false });
    expect(s).toMatchObject({ lastDay: '2025-11-07', lastOffers: 1, problem: null });
    expect(await autoBackupStateItem.getValue()).toEqual(s);
    await saveBackupToFolder({ now: () => NOW + 3_600_000 });
    expect(saved).toHaveLength(1);
    await saveBackupToFolder({ now: () => NOW + 3_600_000, force: true });
    expect(saved).toHaveLength(2);
    await saveBackupToFolder({ now: () => NOW + 24 * 3_600_000 });
    expect(saved.at(-1)).toBe('Nudge backups/reception-1-3f2a9c1b-2025-11-08.json');
  });

  it('saves nothing while automatic backups are off', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoBackup: false });
    await saveBackupToFolder({ now: () => NOW });
    expect(saved).toEqual([]);
  });

  it('when the policy turns them on but the browser has not allowed downloads, saves nothing and says so', async () => {
    contains = false;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, autoBackup: false });
    await fakeBrowser.storage.managed.set({ autoBackup: true });
    const s = await saveBackupToFolder({ now: () => NOW });
    expect(saved).toEqual([]);
    expect(s.problem).toBe(PERMISSION_MISSING);
    expect(s.lastDay).toBe('');
  });

  it('when the browser starts after a missed day, the background saves the day’s file at once', async () => {
    vi.spyOn(fakeBrowser.permissions.onAdded, 'addListener').mockImplementation(() => {});
    await autoBackupStateItem.setValue({ ...NO_AUTO_BACKUP, lastDay: '2000-01-01', since: 1 });
    startAutoBackup();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatch(/^Nudge backups\/reception-1-3f2a9c1b-\d{4}-\d{2}-\d{2}\.json$/);
    expect(await fakeBrowser.alarms.get('nudge-auto-backup')).toMatchObject({ periodInMinutes: 60 });
  });

  it('a download that fails is reported in plain words and tried again next time', async () => {
    downloads.search.mockResolvedValue([{ state: 'interrupted', error: 'FILE_NO_SPACE' }]);
    const s = await saveBackupToFolder({ now: () => NOW });
    expect(s).toMatchObject({ lastDay: '', problem: expect.stringMatching(/disk or shared drive is full/) });
    downloads.search.mockResolvedValue([{ state: 'complete' }]);
    expect(await saveBackupToFolder({ now: () => NOW + 3_600_000 })).toMatchObject({ lastDay: '2025-11-07', problem: null });
    expect(saved).toHaveLength(2);
  });
});
