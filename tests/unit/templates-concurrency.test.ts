/**
 * Edits that never overwrite each other (issue 13, item 5) and the dates of the practice's edits
 * (issue 11, item 7): template changes are applied on the latest stored state inside one critical
 * section, and each edit, import and archive records when it was made.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Template } from '@/src/catalogue/templates';
import { withLock } from '@/src/ext/lock';
import { importPack } from '@/src/templates/pack';
import {
  EMPTY_PRACTICE_TEMPLATES,
  effectiveTemplates,
  loadPracticeTemplates,
  putTemplate,
  setArchived,
  updatePracticeTemplates,
  type PracticeTemplates,
  type TemplateDraft,
} from '@/src/templates/store';

const defaults: Template[] = [{ id: 'a', service: 'nhs-app', title: 'A', length: 'short', language: 'en', body: 'Default A ((nhs_app_url))' }];
const own = (id: string): TemplateDraft => ({ id, service: 'nhs-app', title: `Ours ${id}`, length: 'short', language: 'en', body: `Ours ${id} ((nhs_app_url))`, versions: {} });
const pack = (id: string) => JSON.stringify({ format: 'nudge-templates', version: 1, templates: [{ ...own(id) }] });

describe('the dates of the practice’s edits', () => {
  it('an edit records when it was made; saving it again unchanged keeps that date', () => {
    const first = putTemplate(EMPTY_PRACTICE_TEMPLATES, defaults, own('own-1'), new Date('2026-03-04T10:00:00Z'));
    expect(first.templates[0]!.edited).toBe('2026-03-04T10:00:00.000Z');
    const same = putTemplate(first, defaults, own('own-1'), new Date('2026-06-01T10:00:00Z'));
    expect(same.templates[0]!.edited).toBe('2026-03-04T10:00:00.000Z');
    const changed = putTemplate(first, defaults, { ...own('own-1'), body: 'New words ((nhs_app_url))' }, new Date('2026-06-01T10:00:00Z'));
    expect(changed.templates[0]!.edited).toBe('2026-06-01T10:00:00.000Z');
  });

  it('an archive records its date, shown on the template; restoring clears it', () => {
    const s = setArchived(EMPTY_PRACTICE_TEMPLATES, 'a', true, new Date('2026-05-05T09:00:00Z'));
    expect(effectiveTemplates(defaults, s)[0]).toMatchObject({ archived: true, archivedOn: '2026-05-05T09:00:00.000Z' });
    const again = setArchived(s, 'a', true, new Date('2026-07-07T09:00:00Z'));
    expect(again.archivedOn).toEqual({ a: '2026-05-05T09:00:00.000Z' });
    expect(setArchived(s, 'a', false).archivedOn).toBeUndefined();
  });

  it('an imported template is dated with the import, and importing it again changes nothing', () => {
    const r = importPack(pack('own-x'), EMPTY_PRACTICE_TEMPLATES, defaults, new Date('2026-08-08T08:00:00Z'));
    expect(r.ok && r.state.templates[0]!.edited).toBe('2026-08-08T08:00:00.000Z');
    if (!r.ok) return;
    expect(importPack(pack('own-x'), r.state, defaults, new Date('2026-09-09T08:00:00Z'))).toMatchObject({ ok: true, unchanged: 1, updated: 0 });
  });

  it('a pack file cannot set an edit date of its own', () => {
    const file = JSON.stringify({ format: 'nudge-templates', version: 1, templates: [{ ...own('own-y'), edited: '2020-01-01T00:00:00Z' }] });
    expect(importPack(file, EMPTY_PRACTICE_TEMPLATES, defaults).ok).toBe(false);
  });
});

describe('changes from several dashboard tabs', () => {
  it('two imports at once both keep their templates, each counted as new', async () => {
    let stored: PracticeTemplates = EMPTY_PRACTICE_TEMPLATES;
    const io = {
      load: async () => {
        await new Promise((r) => setTimeout(r, 5));
        return stored;
      },
      save: async (s: PracticeTemplates) => {
        await new Promise((r) => setTimeout(r, 5));
        stored = s;
      },
    };
    const importing = (id: string) =>
      updatePracticeTemplates((current) => {
        const r = importPack(pack(id), current, defaults);
        return { next: r.ok ? r.state : null, result: r };
      }, io);
    const [one, two] = await Promise.all([importing('own-one'), importing('own-two')]);
    expect([one.result, two.result]).toEqual([expect.objectContaining({ added: 1 }), expect.objectContaining({ added: 1 })]);
    expect(stored.templates.map((t) => t.id).sort()).toEqual(['own-one', 'own-two']);
  });

  it('through browser.storage: each change starts from what the other wrote', async () => {
    await Promise.all(
      ['own-p', 'own-q', 'own-r'].map((id) => updatePracticeTemplates((current) => ({ next: putTemplate(current, defaults, own(id)), result: null }))),
    );
    expect((await loadPracticeTemplates()).templates.map((t) => t.id).sort()).toEqual(['own-p', 'own-q', 'own-r']);
  });

  it('refuses to build on stored templates that do not validate, and writes nothing', async () => {
    await fakeBrowser.storage.local.set({ templates: { templates: 'nonsense', archived: [] } });
    await expect(updatePracticeTemplates((c) => ({ next: putTemplate(c, defaults, own('own-z')), result: null }))).rejects.toThrow(/not valid/);
    expect((await fakeBrowser.storage.local.get('templates')).templates).toEqual({ templates: 'nonsense', archived: [] });
  });

  it('the lock runs one holder at a time, in turn, even when one fails', async () => {
    const order: string[] = [];
    const hold = (name: string, fail = false) =>
      withLock('test-lock', async () => {
        order.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 3));
        order.push(`${name} out`);
        if (fail) throw new Error('boom');
        return name;
      });
    const results = await Promise.allSettled([hold('a'), hold('b', true), hold('c')]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out', 'c in', 'c out']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
