/**
 * Staff training (issue 17, item 4): every service has a briefing's demonstration, a role play for
 * the panel in training mode and a quiz from the catalogue's questions; role play turns the panel's
 * training mode on through its stored preferences.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, PROMPTS, QUESTIONS, SERVICES, SERVICE_IDS } from '@/src/catalogue';
import { DEMONSTRATIONS, NATIONAL_DIGITAL_HELP, QUIZ_LENGTH, ROLE_PLAYS, quizFor, rolePlaysFor } from '@/src/catalogue/training';
import { finishPractising, isPractising, startPractising, withTraining } from '@/src/training/practice-mode';
import { panelPrefsItem } from '@/src/settings/items';
import { DEFAULT_PREFS } from '@/src/settings/prefs';
import { MAX_READING_AGE, readability } from '@/src/templates/readability';

describe('training content', () => {
  it.each(SERVICE_IDS.map((s) => [s]))('%s has demonstration steps and a role play', (service) => {
    expect(DEMONSTRATIONS[service]?.steps.length, `add DEMONSTRATIONS['${service}'] in src/catalogue/training.ts`).toBeGreaterThanOrEqual(2);
    expect(rolePlaysFor(service).length, `add a role play for ${service} in src/catalogue/training.ts`).toBeGreaterThanOrEqual(1);
  });

  it.each(ROLE_PLAYS.map((r) => [r.id, r] as const))('%s says what the caller says, what to find in the panel and what a good outcome is, with texts and cards that exist', (_id, r) => {
    expect(r.says).toMatch(/^“.+”$/);
    expect(r.find.length).toBeGreaterThan(20);
    expect(r.good.length).toBeGreaterThan(40);
    expect(r.templates.length).toBeGreaterThan(0);
    for (const t of r.templates) expect(DEFAULT_TEMPLATES.find((x) => x.id === t)?.service, `template ${t}`).toBeDefined();
    expect(DEFAULT_TEMPLATES.some((x) => r.templates.includes(x.id) && x.service === r.service), 'a text for its own service').toBe(true);
    if (r.prompt) {
      const card = PROMPTS.find((p) => p.id === r.prompt);
      expect(card, `prompt ${r.prompt}`).toBeDefined();
      expect(card!.roles).toContain(r.role);
      expect(card!.outcomes).toContain(r.outcome);
    }
    expect(r.source).toMatch(/Promoting online services/);
    expect(r.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  /**
   * Issue 11, item 6: what a patient hears at a reading age of 11 or below. In a role play that is the
   * line staff practise saying (quoted in `good`); what the caller says (`says`) is heard only by the
   * colleague playing the receptionist or clinician, and the rest (`find`, `good`'s instructions, the
   * demonstrations) is for staff, so those are exempt, like the briefings and the checklist.
   */
  it.each(ROLE_PLAYS.map((r) => [r.id, r] as const))('%s gives a line to say, which a patient hears at a reading age of 11 or below in NHS words', (_id, r) => {
    const lines = [...r.good.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(lines.length, 'a quoted line in the good outcome').toBeGreaterThan(0);
    for (const line of lines) {
      const age = readability(line);
      expect(age.readingAge, `${line}: long words ${age.longWords.join(', ')}`).toBeLessThanOrEqual(MAX_READING_AGE);
      expect(line).not.toMatch(/\bclinicians?\b|\bpractice\b|online consultation|medical record|\bproxy\b/i);
    }
  });

  it.each(ROLE_PLAYS.map((r) => [r.id, r] as const))('%s names texts, cards and search words as the panel shows them', (_id, r) => {
    const titles = DEFAULT_TEMPLATES.filter((t) => r.templates.includes(t.id)).map((t) => t.title);
    const card = PROMPTS.find((p) => p.id === r.prompt);
    for (const m of r.find.matchAll(/(\w+) “([^”]+)”/g)) {
      const [, before, quoted] = m as unknown as [string, string, string];
      if (before === 'text') expect(titles, `the text “${quoted}”`).toContain(quoted);
      else if (before === 'card') expect(card?.summary.startsWith(quoted), `the card “${quoted}”`).toBe(true);
      else if (before === 'for') expect(SERVICES[r.service].searchWords.map((w) => w.toLowerCase()), `search for “${quoted}”`).toContain(quoted.toLowerCase());
      else throw new Error(`“${quoted}” after "${before}": say whether it is a text, a card or a search`);
    }
  });

  it('names where patients get free help with digital skills', () => {
    expect(NATIONAL_DIGITAL_HELP.map((h) => h.name).join(' ')).toMatch(/Learn My Way.*Good Things Foundation.*Age UK.*libraries/s);
  });
});

describe('the quiz', () => {
  it.each(SERVICE_IDS.map((s) => [s]))('%s: questions from the catalogue, each with its own answer among three different choices', (service) => {
    const quiz = quizFor(service);
    expect(quiz.length).toBeGreaterThan(0);
    expect(quiz.length).toBeLessThanOrEqual(QUIZ_LENGTH);
    for (const item of quiz) {
      expect(SERVICES[service].questions).toContain(item.question.id);
      expect(item.choices).toHaveLength(3);
      expect(new Set(item.choices.map((c) => c.text)).size).toBe(3);
      expect(item.choices.find((c) => c.id === item.answer)?.text).toBe(QUESTIONS[item.answer].answer);
    }
    expect(quizFor(service)).toEqual(quiz);
  });

  it('does not always put the right answer in the same place', () => {
    const places = new Set(SERVICE_IDS.flatMap((s) => quizFor(s).map((q) => q.choices.findIndex((c) => c.id === q.answer))));
    expect(places.size).toBe(3);
  });
});

describe('role play and the panel’s training mode', () => {
  it('turns training mode on in the panel’s stored preferences, keeping the rest', async () => {
    await panelPrefsItem.setValue({ ...DEFAULT_PREFS, role: 'clinician', recent: { clinician: ['video-short'] } });
    expect(await startPractising({ allowed: async () => true })).toEqual({ ok: true });
    expect(await panelPrefsItem.getValue()).toEqual({ ...DEFAULT_PREFS, role: 'clinician', recent: { clinician: ['video-short'] }, training: true });
    expect(await isPractising()).toBe(true);
  });

  it('finishing role play turns training mode off and keeps the other panel preferences', async () => {
    await panelPrefsItem.setValue({ ...DEFAULT_PREFS, role: 'receptionist', training: true });
    await finishPractising();
    expect(await panelPrefsItem.getValue()).toEqual({ ...DEFAULT_PREFS, role: 'receptionist', training: false });
    expect(await isPractising()).toBe(false);
  });

  it('refuses to start when the practice has switched training mode off on this computer', async () => {
    const r = await startPractising({ allowed: async () => false });
    expect(r.ok).toBe(false);
    expect(await isPractising()).toBe(false);
  });

  it('repairs missing or damaged preferences with the defaults', () => {
    expect(withTraining(null, true)).toEqual({ ...DEFAULT_PREFS, training: true });
    expect(withTraining('x', false)).toEqual(DEFAULT_PREFS);
  });
});
