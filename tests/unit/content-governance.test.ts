/**
 * The default content a clinical safety officer signs off (issue 11): every item has a source and a
 * review date; nothing promises the online form "at any time"; everything that invites a health
 * problem says what to do when it is urgent; patients read it at a reading age of 11 or below;
 * "one part" is promised only where it holds for a realistic practice too; and the safety case's
 * count of texts that reassure about phone and in person is the true one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, PROMPTS, QUESTIONS, type Template } from '@/src/catalogue';
import { defaultContent, dueForReview } from '@/src/catalogue/governance';
import { POSTERS } from '@/src/ui/print/poster-words';
import { EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { countSms } from '@/src/sms/count';
import { MAX_READING_AGE, readability } from '@/src/templates/readability';
import { practiceValues, render, type Values } from '@/src/templates/render';
import { h } from 'preact';
import { render as renderPreact } from '@testing-library/preact';
import { PrintView } from '@/src/ui/print/PrintView';
import { SET_UP_PRACTICE } from './practice-fixture';

const ITEMS = defaultContent();
const CONDITION_PAGE = 'https://www.nhs.uk/conditions/high-blood-pressure-hypertension/';

/** Every string a patient reads or hears, named by where it comes from. */
const PATIENT_WORDS: [string, string][] = ITEMS.flatMap((i) => i.patientWords.map((w, n) => [`${i.kind} ${i.id}${n ? ` (${n + 1})` : ''}`, w] as [string, string]));

describe('every default content item has a source and a review date', () => {
  it('lists every text, answer, benefit, card, poster and service', () => {
    const count = (kind: string) => ITEMS.filter((i) => i.kind === kind).length;
    expect(count('text')).toBe(DEFAULT_TEMPLATES.length);
    expect(count('answer')).toBe(Object.keys(QUESTIONS).length);
    expect(count('card')).toBe(PROMPTS.length);
    expect(count('poster')).toBe(Object.keys(POSTERS).length + 2);
  });

  it.each(ITEMS.map((i) => [`${i.kind} ${i.id}`, i] as const))('%s names its source and when it was reviewed', (_name, item) => {
    expect(item.source.label.trim().length).toBeGreaterThan(10);
    if (item.source.url) expect(item.source.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
    expect(item.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const date = new Date(`${item.reviewed}T00:00:00Z`);
    expect(Number.isNaN(date.getTime())).toBe(false);
    expect(date.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('lists nothing as due while every item was reviewed within 12 months, and everything 13 months on', () => {
    expect(dueForReview(ITEMS, new Date('2027-11-30T12:00:00Z'))).toEqual([]);
    expect(dueForReview(ITEMS, new Date('2028-01-02T12:00:00Z'))).toHaveLength(ITEMS.length);
  });

  it('lists an item with a missing or malformed date as due, oldest first', () => {
    const [a, b] = ITEMS;
    const due = dueForReview([{ ...a!, reviewed: '2024-05-01' }, { ...b!, reviewed: 'soon' }], new Date('2026-12-01T00:00:00Z'));
    expect(due.map((i) => i.reviewed)).toEqual(['2024-05-01', 'soon']);
  });
});

describe('the online form is never promised "at any time"', () => {
  const ANY_TIME = /\bat any time\b|\bany time of (the )?day\b|\b24\/7\b|\b24 hours a day\b|\bwhenever (it )?suits you\b/i;
  it.each(PATIENT_WORDS)('%s makes no round-the-clock promise', (_where, words) => {
    expect(words).not.toMatch(ANY_TIME);
  });
  it.each(PROMPTS.map((p) => [p.id, p] as const))('card %s does not promise it either, in its summary or talking points', (_id, p) => {
    for (const line of [p.summary, ...p.detail]) expect(line).not.toMatch(ANY_TIME);
  });
});

/**
 * Words that invite the patient to send us a health problem: the online form, a request or a
 * follow-up, readings from home, feeling worse or unwell, a review of how they are.
 */
const INVITES_SYMPTOMS = /\bonline form\b|\breview form\b|\brequest\b|\bfollow-up\b|\breadings?\b|\bfeel (worse|unwell)\b|\bget worse\b|\bhow you are\b|\bworries you\b/i;
/** The full urgent line: phone us; 111 (online or by phone) when closed; 999 in an emergency. */
const URGENT_IN_FULL = [/\burgent\b|\bget worse\b|\bworries you\b|\bunwell\b/i, /\bphone us\b/i, /\b111\b/, /\b999\b/];

describe('everything that invites a health problem says what to do when it is urgent', () => {
  const texts = DEFAULT_TEMPLATES.filter((t) => INVITES_SYMPTOMS.test(t.body)).map((t) => [t.id, t.body] as const);
  it('finds the texts that invite one (the form, follow-ups, readings, reviews, condition information)', () => {
    expect(texts.map(([id]) => id)).toEqual(
      expect.arrayContaining(['online-form-short', 'online-form-follow-up-short', 'online-form-full', 'home-monitoring-short', 'home-monitoring-full', 'review-due-short', 'review-due-full', 'condition-info-full']),
    );
  });
  it.each(texts)('text %s: phone us, 111 when closed, 999 in an emergency', (_id, body) => {
    for (const re of URGENT_IN_FULL) expect(body).toMatch(re);
  });

  const posters = Object.entries(POSTERS).filter(([, p]) => INVITES_SYMPTOMS.test(p.words));
  it.each(posters)('poster %s: phone us, 111.nhs.uk or 111 when closed, 999 in a life-threatening emergency', (_id, p) => {
    expect(p.words).toMatch(/phone us.*111\.nhs\.uk or call 111.*life-threatening emergency, call 999/);
  });

  /** Answers that use those words without inviting a health problem, and why. */
  const NOT_SYMPTOMS: Record<string, string> = {
    'record-upsetting': 'about something read in the record, which we explain',
    'monitoring-no-machine': 'about having a blood pressure monitor',
  };
  const answers = Object.values(QUESTIONS).filter((q) => INVITES_SYMPTOMS.test(q.answer) && !(q.id in NOT_SYMPTOMS));
  it.each(answers.map((q) => [q.id, q.answer] as const))('answer %s says what to do when it is urgent', (_id, answer) => {
    expect(answer).toMatch(/\burgent\b|\bunwell\b|\bemergency\b/i);
    expect(answer).toMatch(/\bphone us\b/i);
  });

  it('the review poster gives the whole urgent line, and the fit-note poster sends hospital patients to the hospital team', () => {
    expect(POSTERS.reviews.words).toMatch(/If you feel unwell, do not wait for your review\. If it is urgent, phone us\./);
    expect(POSTERS['fit-notes'].words).toMatch(/counting weekends and bank holidays\. In hospital care\? Ask the hospital team\./);
  });

  it('the answer to "what if it is urgent?" and the online form poster give the whole line', () => {
    expect(QUESTIONS['form-urgent'].answer).toMatch(/Phone us\. When we are closed, go to 111\.nhs\.uk or call 111\. In a life-threatening emergency, call 999/);
    expect(POSTERS['online-requests'].words).toMatch(/within one working day/);
  });

  it('the consultation card about the online form has the urgent line to say', () => {
    const card = PROMPTS.find((p) => p.id === 'clinician-online-request-follow-up')!;
    expect(card.detail.join(' ')).toMatch(/phone us, or call 111 when we are closed.*999/);
  });
});

describe('reading age', () => {
  it.each(PATIENT_WORDS)('%s reads at a reading age of 11 or below', (_where, words) => {
    expect(MAX_READING_AGE).toBe(11);
    const r = readability(words);
    expect(r.readingAge, `reading age ${r.readingAge}; long words: ${r.longWords.join(', ')}`).toBeLessThanOrEqual(MAX_READING_AGE);
  });

  it('measures a hard sentence as hard and a plain one as plain', () => {
    expect(readability('Your medicines, allergies, vaccinations, immunisations, investigations and correspondence are available.').readingAge).toBeGreaterThan(14);
    expect(readability('You can see your test results in the app. You do not need to phone us.').readingAge).toBeLessThan(9);
  });

  it('counts a link as one word and a line break as the end of a sentence', () => {
    const withLink = readability('See it here: https://www.nhs.uk/nhs-app/help/health-records-in-the-nhs-app/gp-health-record/');
    expect(withLink.words).toBe(4);
    expect(readability('Hello there\nSee us soon').sentences).toBe(2);
  });
});

type Practice = typeof EXAMPLE_PRACTICE;
const PRACTICES: [string, Practice][] = [
  ['the example surgery', EXAMPLE_PRACTICE],
  ['a realistic surgery (Castle Mead Medical Centre, long links)', SET_UP_PRACTICE],
];
/** No name (the fallback wording) and the longest name the claims cover (10 letters). */
const NAMES = ['', 'Jacqueline'];

function rendered(t: Template, p: Practice, name: string): string {
  const values: Values = { ...practiceValues(p), condition_url: CONDITION_PAGE, ...(name ? { first_name: name } : {}) };
  return render(t.body, values).text;
}

describe('honest length', () => {
  const claims = DEFAULT_TEMPLATES.filter((t) => t.onePart).map((t) => [t.id, t] as const);
  it.each(claims)('%s fits one part for the example and a realistic surgery, under both counting rules', (_id, t) => {
    for (const [where, p] of PRACTICES) {
      for (const name of NAMES) {
        const text = rendered(t, p, name);
        for (const rules of ['gsm', 'notify'] as const) {
          expect(countSms(text, rules), `${where}, name "${name}", ${rules}`).toMatchObject({ encoding: 'gsm7', fragments: 1 });
        }
      }
    }
  });

  it('no title promises a number of parts: only the panel, counting with the practice’s own details, can know', () => {
    for (const t of DEFAULT_TEMPLATES) expect(t.title, t.id).not.toMatch(/\b(one|1|single|two|2) (message |text )?parts?\b/i);
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.id, t] as const))('%s fits the default limit of 2 parts for a realistic surgery too', (_id, t) => {
    for (const [where, p] of PRACTICES) {
      for (const name of NAMES) expect(countSms(rendered(t, p, name), 'gsm').fragments, `${where}, name "${name}"`).toBeLessThanOrEqual(p.partLimit);
    }
  });
});

describe('per-send links', () => {
  const aboutToday = DEFAULT_TEMPLATES.filter((t) => /talked about/i.test(t.body));
  it('texts about "the information we talked about" ask for the page at each send, never a practice-wide link', () => {
    expect(aboutToday.map((t) => t.id)).toEqual(['condition-info-short', 'condition-info-full']);
    for (const t of aboutToday) {
      expect(t.link, t.id).toBe('condition_url');
      const links = [...t.body.matchAll(/\(\(([a-z_]+_url)\)\)/g)].map((m) => m[1]);
      expect(links, t.id).toEqual(['condition_url']);
    }
    // The clinician's card tells them the panel will ask for the page.
    expect(PROMPTS.find((p) => p.id === 'clinician-condition-info-by-text')!.detail.join(' ')).toMatch(/asks for that page's link each time/);
  });
});

describe('the safety case says only what is true', () => {
  const ROOT = resolve(__dirname, '../..');
  const caseText = readFileSync(resolve(ROOT, 'docs/clinical-safety/safety-case.md'), 'utf8');
  const logText = readFileSync(resolve(ROOT, 'docs/clinical-safety/hazard-log.md'), 'utf8');
  const REASSURES = /\b(still|always) (still )?phone( us)?,? (or|and) come in\b|by phone on .* or in person/i;

  it('gives the true count of default texts that say patients can still phone or come in', () => {
    const n = DEFAULT_TEMPLATES.filter((t) => REASSURES.test(t.body)).length;
    const claim = /(\d+) of (\d+) default texts say patients can still phone or come in/.exec(caseText);
    expect(claim, 'the safety case states the count').not.toBeNull();
    expect([Number(claim![1]), Number(claim![2])]).toEqual([n, DEFAULT_TEMPLATES.length]);
    // ...and names the right ones: "the two reassurance texts, the two digital-skills texts and the full NHS App text".
    expect(caseText.replace(/\s+/g, ' ')).toContain('(the two reassurance texts, the two digital-skills texts and the full NHS App text)');
    expect(DEFAULT_TEMPLATES.filter((t) => REASSURES.test(t.body)).map((t) => t.id).sort()).toEqual(
      ['digital-skills-full', 'digital-skills-short', 'nhs-app-signup-full', 'phone-or-visit-full', 'phone-or-visit-short'],
    );
  });

  it('gives the true count of answers that say it, names them, and every poster says it at its foot', () => {
    const says = Object.values(QUESTIONS).filter((q) => /\bstill phone or come in\b|\bphoning or coming in\b/i.test(q.answer));
    const flat = caseText.replace(/\s+/g, ' ');
    const claim = /so do (\d+) of (\d+) answers staff read out \(([^)]*)\)/.exec(flat);
    expect(claim, 'the safety case states the count').not.toBeNull();
    expect([Number(claim![1]), Number(claim![2])]).toEqual([says.length, Object.keys(QUESTIONS).length]);
    for (const q of says) expect(claim![3], q.id).toContain(`"${q.question}"`);
    const poster = { serviceName: 'Test results', explanation: POSTERS['test-results'].words, link: 'https://www.castlemeadmedicalcentre.nhs.uk/test-results', surgeryName: 'Castle Mead Medical Centre' };
    for (const surgeryPhone of ['01632 961234', '']) {
      const { container, unmount } = renderPreact(h(PrintView, { poster: { ...poster, surgeryPhone }, onPrint: async () => {} }));
      expect(container.querySelector('.poster-reassure')?.textContent).toMatch(/^You can still phone us (on 01632 961234 )?or come in to the surgery\./);
      unmount();
    }
  });

  it('every text that gives the urgent line says "life-threatening emergency, call 999", as the safety case says', () => {
    for (const t of DEFAULT_TEMPLATES.filter((x) => /\b999\b/.test(x.body))) expect(t.body, t.id).toMatch(/life-threatening emergency, call 999/);
  });

  it('lists every hazard in the hazard log, with the same initial and residual risk', () => {
    const inLog = [...logText.matchAll(/^### (H\d+) (.+)\n([\s\S]*?)(?=^### |(?![\s\S]))/gm)].map((m) => {
      const initial = /\*\*Initial risk\*\*.*?= \*\*(\d)\*\*/.exec(m[3]!)?.[1];
      const residual = /\*\*Residual risk\*\*.*?= \*\*(\d)\*\*/.exec(m[3]!)?.[1];
      return `${m[1]} ${m[2]!.trim()} | ${initial} | ${residual}`;
    });
    const inCase = [...caseText.matchAll(/^\| (H\d+ .+?) \| (\d) \| (\d) \|$/gm)].map((m) => `${m[1]} | ${m[2]} | ${m[3]}`);
    expect(inLog.length).toBeGreaterThanOrEqual(14);
    const byId = (a: string, b: string) => Number(/^H(\d+)/.exec(a)![1]) - Number(/^H(\d+)/.exec(b)![1]);
    expect([...inCase].sort(byId)).toEqual([...inLog].sort(byId));
    // "All residual risks are 1 or 2 (acceptable)".
    expect(caseText).toMatch(/All residual risks are 1 or 2/);
    for (const row of inLog) expect(row.endsWith('| 1') || row.endsWith('| 2'), row).toBe(true);
  });

  it('never claims that every text reassures about phone and in person', () => {
    for (const doc of [caseText, logText]) expect(doc).not.toMatch(/every (default )?text (tells|says|reassures)/i);
  });
});
