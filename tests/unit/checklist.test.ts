/**
 * The pathway checklist (issue 17, item 3): answers merge idempotently (newest answer wins per
 * question), save atomically, travel in the backup file (version 2) and a version 1 file still imports.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKLIST_QUESTIONS, CHECKLIST_QUESTION_IDS, INCLUSIVE_ACCESS } from '@/src/catalogue/checklist';
import { SERVICE_IDS } from '@/src/catalogue/services';
import { applyEdits, mergeChecklists, mergeSummary, parseChecklists, EMPTY_CHECKLISTS, type Answer, type Checklists } from '@/src/checklist/model';
import { loadChecklists, mergeStoredChecklists, saveServiceChecklist } from '@/src/checklist/store';
import { checklistsItem } from '@/src/settings/items';
import { monthsBefore, serviceFigures, share } from '@/src/checklist/figures';
import type { LogDatabase } from '@/src/log/db';
import { ImportError, parseExchangeFile } from '@/src/log/exchange';
import { exportBackup } from '@/src/log/export';
import { importBackup } from '@/src/log/merge';
import { freshDb, offer, store } from './log-helpers';

const T = Date.UTC(2026, 11, 1, 10);
const ans = (answer: Answer['answer'], updated: number, note = ''): Answer => ({ answer, note, date: '2026-12-01', updated });

describe('the checklist’s questions', () => {
  it('has the guidance’s seven questions, each with a hint, a source and a review date, and the inclusive access toolkit', () => {
    expect(CHECKLIST_QUESTIONS.map((q) => q.id)).toEqual([...CHECKLIST_QUESTION_IDS]);
    expect(CHECKLIST_QUESTIONS).toHaveLength(7);
    for (const q of CHECKLIST_QUESTIONS) {
      expect(q.question).toMatch(/\?$/);
      expect(q.hint.length).toBeGreaterThan(30);
      expect(q.source).toMatch(/A joined-up approach/);
      expect(q.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(INCLUSIVE_ACCESS.url).toMatch(/^https:\/\/www\.england\.nhs\.uk\//);
  });
});

describe('merging checklists', () => {
  const a: Checklists = { services: { 'nhs-app': { answers: { 'clear-how': ans('no', T, 'banner hidden on phones') }, nextReview: { date: '2027-06-01', updated: T } } } };
  const b: Checklists = { services: { 'nhs-app': { answers: { 'clear-how': ans('yes', T + 1000, 'fixed') , timely: ans('partly', T) } }, 'fit-notes': { answers: { 'no-bias': ans('yes', T) } } } };

  it('keeps the newest answer for each question, whichever file comes first', () => {
    const m = mergeChecklists(a, b);
    expect(m.services['nhs-app']?.answers['clear-how']?.answer).toBe('yes');
    expect(m.services['nhs-app']?.answers.timely?.answer).toBe('partly');
    expect(m.services['nhs-app']?.nextReview?.date).toBe('2027-06-01');
    expect(m.services['fit-notes']?.answers['no-bias']?.answer).toBe('yes');
    expect(mergeChecklists(b, a)).toEqual(m);
  });

  it('changes nothing the second time the same file is merged', () => {
    const once = mergeChecklists(a, b);
    expect(mergeChecklists(once, b)).toEqual(once);
    expect(mergeSummary(once, mergeChecklists(once, b))).toEqual({ added: 0, updated: 0 });
    expect(mergeSummary(a, once)).toEqual({ added: 2, updated: 1 });
  });

  const arbAnswer = fc.record({
    answer: fc.constantFrom('yes' as const, 'partly' as const, 'no' as const),
    note: fc.constantFrom('', 'a', 'b'),
    date: fc.constantFrom('2026-11-01', '2026-12-01'),
    updated: fc.integer({ min: T, max: T + 3 }),
  });
  const arbChecklists: fc.Arbitrary<Checklists> = fc
    .array(fc.tuple(fc.constantFrom('nhs-app' as const, 'fit-notes' as const), fc.constantFrom(...CHECKLIST_QUESTION_IDS), arbAnswer), { maxLength: 6 })
    .map((rows) => {
      const c: Checklists = { services: {} };
      for (const [s, q, x] of rows) (c.services[s] ??= { answers: {} }).answers[q] = x;
      return c;
    });

  it('is the same in any order and any number of times (commutative, associative, idempotent)', () => {
    fc.assert(
      fc.property(arbChecklists, arbChecklists, arbChecklists, (x, y, z) => {
        expect(mergeChecklists(x, y)).toEqual(mergeChecklists(y, x));
        expect(mergeChecklists(mergeChecklists(x, y), z)).toEqual(mergeChecklists(x, mergeChecklists(y, z)));
        const xx = mergeChecklists(x, x);
        expect(mergeChecklists(xx, x)).toEqual(xx);
      }),
    );
  });

  it('gives a changed answer a new time, and leaves an answer saved again unchanged as it was', () => {
    const saved = applyEdits(EMPTY_CHECKLISTS, 'nhs-app', { 'clear-how': { answer: 'partly', note: ' needs a banner ', date: '2026-12-01' } }, '2027-06-01', T);
    expect(saved.services['nhs-app']?.answers['clear-how']).toEqual({ answer: 'partly', note: 'needs a banner', date: '2026-12-01', updated: T });
    const again = applyEdits(saved, 'nhs-app', { 'clear-how': { answer: 'partly', note: 'needs a banner', date: '2026-12-01' } }, '2027-06-01', T + 5000);
    expect(again).toEqual(saved);
    const changed = applyEdits(saved, 'nhs-app', { 'clear-how': { answer: 'yes', note: 'needs a banner', date: '2026-12-02' } }, '', T + 5000);
    expect(changed.services['nhs-app']?.answers['clear-how']?.updated).toBe(T + 5000);
    expect(changed.services['nhs-app']?.nextReview).toEqual({ date: '', updated: T + 5000 });
  });

  it('refuses answers that are not yes, partly or no, and services or questions it does not know', () => {
    expect(parseChecklists({ services: { 'nhs-app': { answers: { 'clear-how': { ...ans('yes', T), answer: 'maybe' } } } } }).ok).toBe(false);
    expect(parseChecklists({ services: { 'not-a-service': { answers: {} } } }).ok).toBe(false);
    expect(parseChecklists({ services: { 'nhs-app': { answers: { 'made-up': ans('yes', T) } } } }).ok).toBe(false);
    expect(parseChecklists({ services: { 'nhs-app': { answers: { 'clear-how': ans('yes', T, 'x'.repeat(301)) } } } }).ok).toBe(false);
  });
});

describe('saving checklists on this workstation', () => {
  it('keeps both of two saves made at the same moment (one writer at a time)', async () => {
    await Promise.all([
      saveServiceChecklist('nhs-app', { 'clear-how': { answer: 'yes', note: '', date: '2026-12-01' } }, undefined, T),
      saveServiceChecklist('nhs-app', { timely: { answer: 'no', note: 'slow on Mondays', date: '2026-12-01' } }, '2027-03-01', T + 1),
      saveServiceChecklist('fit-notes', { 'no-bias': { answer: 'partly', note: '', date: '2026-12-01' } }, undefined, T + 2),
    ]);
    const c = await loadChecklists();
    expect(Object.keys(c.services['nhs-app']?.answers ?? {}).sort()).toEqual(['clear-how', 'timely']);
    expect(c.services['nhs-app']?.nextReview?.date).toBe('2027-03-01');
    expect(c.services['fit-notes']?.answers['no-bias']?.answer).toBe('partly');
  });

  it('never overwrites a stored value it cannot read', async () => {
    await checklistsItem.setValue({ services: { 'nhs-app': 'garbage' } } as unknown as Checklists);
    await expect(saveServiceChecklist('nhs-app', { timely: { answer: 'no', note: '', date: '2026-12-01' } }, undefined, T)).rejects.toThrow(/not valid/);
    expect(await checklistsItem.getValue()).toEqual({ services: { 'nhs-app': 'garbage' } });
  });
});

describe('checklists in the backup file', () => {
  let db: LogDatabase;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  const checklists: Checklists = { services: { 'nhs-app': { answers: { 'clear-how': ans('partly', T, 'banner on phones') }, nextReview: { date: '2027-06-01', updated: T } } } };

  it('exports them in a version 2 file, and importing it twice merges them once', async () => {
    await store(db, [offer('2026-11-20')]);
    const blob = await exportBackup(db, { workstation: 'ws-1', now: T, checklists });
    const text = await blob.text();
    const parsed = parseExchangeFile(text, 'b.json');
    expect(parsed.version).toBe(2);
    expect(parsed.checklists).toEqual(checklists);

    const target = freshDb();
    try {
      const src = { name: 'b.json', text: async () => text };
      const first = await importBackup(target, [src], { mergeChecklists: mergeStoredChecklists });
      expect(first.checklists).toEqual({ added: 2, updated: 0 });
      const second = await importBackup(target, [src], { mergeChecklists: mergeStoredChecklists });
      expect(second.checklists).toEqual({ added: 0, updated: 0 });
      expect(second.added).toBe(0);
      expect(await loadChecklists()).toEqual(checklists);
    } finally {
      await target.delete();
    }
  });

  it('still imports a version 1 file, which has no checklists', async () => {
    const v1 = { name: 'old.json', text: async () => JSON.stringify({ format: 'nudge-offers', version: 1, exported: '2025-11-07T10:00:00.000Z', workstation: 'ws-9', offers: [offer('2025-11-05')] }) };
    const s = await importBackup(db, [v1], { mergeChecklists: mergeStoredChecklists });
    expect(s.added).toBe(1);
    expect(s.checklists).toBeUndefined();
  });

  it('refuses a file whose checklists are malformed, and changes nothing', async () => {
    const bad = {
      name: 'bad.json',
      text: async () => JSON.stringify({ format: 'nudge-offers', version: 2, exported: '2025-11-07T10:00:00.000Z', workstation: 'ws-9', checklists: { services: { 'nhs-app': { answers: { 'clear-how': { answer: 'maybe', note: '', date: '2026-12-01', updated: T } } } } }, offers: [offer('2025-11-05')] }),
    };
    await expect(importBackup(db, [bad], { mergeChecklists: mergeStoredChecklists })).rejects.toThrow(ImportError);
    expect(await db.offers.count()).toBe(0);
    expect(await loadChecklists()).toEqual(EMPTY_CHECKLISTS);
  });
});

describe('the figures beside a checklist', () => {
  it('counts the last 3 months of offers for the service, leaving training out', async () => {
    const db = freshDb();
    try {
      await store(db, [
        offer('2026-11-20', { service: 'nhs-app', outcome: 'accepted' }),
        offer('2026-11-21', { service: 'nhs-app', outcome: 'already-uses' }),
        offer('2026-10-01', { service: 'nhs-app', outcome: 'needs-support' }),
        offer('2026-11-22', { service: 'nhs-app', outcome: 'offered' }),
        offer('2026-11-22', { service: 'nhs-app', outcome: 'accepted', training: 1 }),
        offer('2026-08-01', { service: 'nhs-app', outcome: 'accepted' }),
        offer('2026-11-22', { service: 'fit-notes', outcome: 'accepted' }),
      ]);
      const f = await serviceFigures(db, 'nhs-app', '2026-12-01');
      expect(f).toEqual({ from: '2026-09-02', to: '2026-12-01', offers: 4, accepted: 1, alreadyUses: 1, needsSupport: 1 });
      expect(share(f.accepted, f.offers)).toBe('25%');
      expect(share(0, 0)).toBe('none');
    } finally {
      await db.delete();
    }
  });

  it('starts the 3 months on the right day', () => {
    expect(monthsBefore('2026-12-01')).toBe('2026-09-02');
    expect(monthsBefore('2027-03-31')).toBe('2027-01-01');
    expect(SERVICE_IDS.length).toBeGreaterThan(0);
  });
});
