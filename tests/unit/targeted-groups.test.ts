/**
 * Issue 17, item 2: texts and prompts for the groups the guidance names for targeted offers (people
 * who missed an appointment, are overdue a review, or need help getting online), each used from the
 * panel like any other text or card and counted by the setting the panel records. The texts and cards
 * themselves are held to the pack's rules by the table-driven tests (catalogue.test.ts: GSM-7, a full
 * https link, the sender named, words patients know; content-governance.test.ts: a source and a review
 * date, reading age, honest length); these tests check that every group has what it needs, and the tone.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, PROMPTS, TARGETED_GROUPS, groupTemplates, groupsFor, promptsForRole, settingsForGroup, templateById } from '@/src/catalogue';
import type { LogDatabase } from '@/src/log/db';
import { recordOffer } from '@/src/log/record';
import { computeTallies } from '@/src/log/tallies';
import type { Setting } from '@/src/log/types';
import { practiceValues, render } from '@/src/templates/render';
import { readability, MAX_READING_AGE } from '@/src/templates/readability';
import { freshDb } from './log-helpers';
import { SET_UP_PRACTICE } from './practice-fixture';

const groups = TARGETED_GROUPS.map((g) => [g.id, g] as const);
/** The words in a card's talking points that staff say to the patient as they are (in quotes). */
const said = (detail: readonly string[]) => detail.flatMap((d) => [...d.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
/** Words that blame or pressure: the guidance asks for support (and, after a missed appointment, kindness). */
const BLAME = /\b(fail(ed|ure)?( to attend)?|must|wasted?|penalt\w*|struck off|remov(e|ed) from|warning|unacceptable|DNA)\b/i;

describe('targeted groups', () => {
  it('covers the three groups the guidance names', () => {
    expect(TARGETED_GROUPS.map((g) => g.id)).toEqual(['missed-appointment', 'overdue-review', 'digital-help']);
  });

  it.each(groups)('%s has a text and a prompt card, used from the panel as any other', (_id, g) => {
    const texts = groupTemplates(g);
    expect(texts.map((t) => t.id), 'every text exists').toEqual(g.templates);
    expect(texts.some((t) => t.length === 'short'), 'a short text').toBe(true);
    const card = PROMPTS.find((p) => p.id === g.prompt);
    expect(card, `card ${g.prompt}`).toBeDefined();
    // The card is one the panel shows (receptionists have it) and suggests the group's own texts first.
    expect(promptsForRole('receptionist').map((p) => p.id)).toContain(g.prompt);
    expect(card!.templates[0]).toBe(g.templates[0]);
    for (const t of g.templates.filter((id) => templateById(id)?.service === card!.service)) expect(card!.templates, t).toContain(t);
    expect(card!.outcomes).toEqual(expect.arrayContaining(['offered', 'accepted', 'declined', 'needs-support']));
    expect(groupsFor(g.prompt)).toContain(g);
  });

  it.each(groups)('%s: every text and every line said to the patient is support, never blame or pressure', (_id, g) => {
    const card = PROMPTS.find((p) => p.id === g.prompt)!;
    const words = [...groupTemplates(g).map((t) => render(t.body, practiceValues(SET_UP_PRACTICE)).text), ...said(card.detail)];
    expect(words.length).toBeGreaterThan(g.templates.length);
    for (const w of words) {
      expect(w).not.toMatch(BLAME);
      expect(readability(w).readingAge, w).toBeLessThanOrEqual(MAX_READING_AGE);
    }
    // Every group is told, somewhere, that the phone still works.
    expect(words.join(' ')).toMatch(/\bphone\b/i);
  });

  it('asks after the patient, never blames, after a missed appointment, and offers cancelling online for next time', () => {
    const g = TARGETED_GROUPS.find((x) => x.id === 'missed-appointment')!;
    const card = PROMPTS.find((p) => p.id === g.prompt)!;
    expect(card.detail[0]).toMatch(/^No blame/);
    expect(card.cues).toEqual(['missed-appointment-screen']);
    for (const t of groupTemplates(g).filter((x) => x.id.startsWith('missed-'))) {
      expect(t.body).toMatch(/hope (all is well|you are OK)/);
      expect(t.body).toMatch(/book again.*((appointments_url)).*phone us/s);
    }
    expect(templateById('missed-appointment-full')!.body).toMatch(/cancel online/);
  });

  it('gives each new text exactly one link, its main link', () => {
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.id.startsWith('missed-appointment-'))) {
      const links = [...t.body.matchAll(/\(\(([a-z_]+_url)\)\)/g)].map((m) => m[1]);
      expect(links, t.id).toEqual([t.link]);
    }
  });
});

describe('offers to targeted groups are counted by setting', () => {
  let db: LogDatabase;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('logs each group’s text and card with the setting the panel records, and the tallies count them by setting and by item', async () => {
    const clock = { now: () => new Date('2026-11-20T10:00:00').getTime() };
    const expected = new Map<Setting, number>();
    for (const g of TARGETED_GROUPS) {
      const settings = settingsForGroup(g);
      expect(settings.length, g.id).toBeGreaterThan(0);
      for (const setting of settings) {
        const t = templateById(g.templates[0]!)!;
        await recordOffer(db, { service: t.service, item: t.id, via: 'template', channel: 'inserted', role: 'receptionist', setting, outcome: 'offered', workstation: 'ws-1', language: 'en', training: 0 }, clock);
        const card = PROMPTS.find((p) => p.id === g.prompt)!;
        await recordOffer(db, { service: card.service, item: card.id, via: 'prompt', channel: 'spoken', role: 'receptionist', setting, outcome: 'accepted', workstation: 'ws-1', language: 'en', training: 0 }, clock);
        expected.set(setting, (expected.get(setting) ?? 0) + 2);
      }
    }
    const tallies = await computeTallies(db, { from: '2026-11-01', to: '2026-11-30' });
    expect(Object.fromEntries(tallies.bySetting.map((c) => [c.key, c.count]))).toEqual(Object.fromEntries(expected));
    // Each logged item maps back to its group, so a manager can see how often each group was offered to.
    const byGroup = new Map<string, number>();
    for (const { key, count } of tallies.topItems) for (const g of groupsFor(key)) byGroup.set(g.id, (byGroup.get(g.id) ?? 0) + count);
    for (const g of TARGETED_GROUPS) expect(byGroup.get(g.id), g.id).toBe(settingsForGroup(g).length * 2);
  });
});
