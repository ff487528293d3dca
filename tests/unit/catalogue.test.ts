import { describe, expect, it } from 'vitest';
import {
  BENEFITS,
  BENEFIT_IDS,
  CUE_IDS,
  DEFAULT_TEMPLATES,
  GENERIC_CUES,
  PROMPTS,
  QUESTIONS,
  QUESTION_IDS,
  SERVICES,
  SERVICE_IDS,
  benefitById,
  cueConditions,
  promptsForRole,
  questionById,
  serviceById,
  templateById,
  templatesForService,
  type Template,
} from '@/src/catalogue';
import { PLACEHOLDERS, practiceValues, render, type Values } from '@/src/templates/render';
// What the panel uses to list a card's texts and links (src/prompts/card.ts).
import { cardLinks, cardTexts } from '@/src/prompts/card';
import { EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { countSms } from '@/src/sms/count';
import { readFileSync } from 'node:fs';

// GSM 03.38 default alphabet and its extension table (extension characters take two septets).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '^{}\\[~]|€\f';

/** Septets the text takes in GSM-7, or null when it needs UCS-2. */
function gsmSeptets(text: string): number | null {
  let n = 0;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) n += 1;
    else if (GSM_EXTENDED.includes(ch)) n += 2;
    else return null;
  }
  return n;
}

const partsFor = (septets: number) => (septets <= 160 ? 1 : Math.ceil(septets / 153));

/** A page about a condition, as a clinician would give for ((condition_url)) (asked for at each send). */
const CONDITION_PAGE = 'https://www.nhs.uk/conditions/high-blood-pressure-hypertension/';
const practice: Values = { ...practiceValues(EXAMPLE_PRACTICE), condition_url: CONDITION_PAGE };
/** The fallback wording, a typical name, and the longest name the one-part claim covers. */
const NAMES: [string, Values][] = [
  ['no name (fallback wording)', practice],
  ['Jane', { ...practice, first_name: 'Jane' }],
  ['a 10-letter name', { ...practice, first_name: 'Alexandria' }],
];

/** Words patients should never read in our texts (CONTENT.md, NHS content style). */
const BANNED: [string, RegExp][] = [
  ['click here', /click here/i],
  ['online consultation', /online consultation/i],
  ['eConsultation', /e-?consult/i],
  ['SMS', /\bsms\b/i],
  ['medical record', /medical record/i],
  ['practice', /\bpractices?\b/i],
  ['proxy', /\bproxy\b/i],
];

const allTemplates = DEFAULT_TEMPLATES.map((t) => [t.id, t] as [string, Template]);

describe('every default text is ready to send', () => {
  it.each(allTemplates)("%s renders fully once the practice's details are set", (_id, t) => {
    for (const [, values] of NAMES) {
      const r = render(t.body, values);
      expect(r.missing).toEqual([]);
      expect(r.unknown).toEqual([]);
      expect(r.text).not.toMatch(/\(\(|\)\)/);
    }
  });

  it.each(allTemplates)('%s uses only placeholders the settings know', (_id, t) => {
    const names = [...t.body.matchAll(/\(\(([^()|]+)(?:\|[^()]*)?\)\)/g)].map((m) => m[1]!.trim().toLowerCase());
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(Object.keys(PLACEHOLDERS)).toContain(n);
  });

  it.each(allTemplates)('%s names the surgery and gives a full https link, its main link', (_id, t) => {
    const text = render(t.body, practice).text;
    expect(text).toContain(EXAMPLE_PRACTICE.surgeryName);
    expect(text).toMatch(/https:\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    expect(t.link, 'main link').toBeDefined();
    expect(t.body).toContain(`((${t.link}))`);
    expect(render(`((${t.link}))`, practice).text).toMatch(/^https:\/\//);
  });

  it.each(allTemplates)('%s avoids words patients should not read', (_id, t) => {
    const text = render(t.body, practice).text;
    for (const [word, re] of BANNED) expect(text, word).not.toMatch(re);
    expect(`${t.title} ${text}`, 'online consultation in the title').not.toMatch(/online consultation/i);
  });

  it.each(allTemplates)('%s uses GSM-7 characters only and fits the default part limit', (_id, t) => {
    for (const [name, values] of NAMES) {
      const septets = gsmSeptets(render(t.body, values).text);
      expect(septets, `${name}: not GSM-7`).not.toBeNull();
      expect(partsFor(septets!), name).toBeLessThanOrEqual(EXAMPLE_PRACTICE.partLimit);
    }
  });

  const onePart = allTemplates.filter(([, t]) => t.onePart);
  it.each(onePart)('%s fits one message part, as it claims, with names up to 10 letters', (_id, t) => {
    for (const [name, values] of NAMES) {
      expect(gsmSeptets(render(t.body, values).text), name).toBeLessThanOrEqual(160);
    }
  });

  it.each(onePart)('%s fits one part under both GSM 03.38 and GOV.UK Notify rules (countSms)', (_id, t) => {
    for (const [name, values] of NAMES) {
      const text = render(t.body, values).text;
      for (const rules of ['gsm', 'notify'] as const) {
        expect(countSms(text, rules), `${name}, ${rules}`).toMatchObject({ encoding: 'gsm7', fragments: 1 });
      }
    }
  });

  it('keeps the wording the first release shipped for the NHS App sign-up text', () => {
    expect(render(templateById('nhs-app-signup-short')!.body, { ...practice, first_name: 'Jane' }).text).toBe(
      'Hello Jane, this is Riverside Surgery. You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at https://www.nhs.uk/nhs-app/',
    );
  });

  it('keeps the first release’s template ids and titles', () => {
    const titles: [string, string][] = [
      ['nhs-app-signup-short', 'Sign up to the NHS App'],
      ['repeat-prescriptions-short', 'Order repeat prescriptions online'],
      ['test-results-short', 'See test results in the NHS App'],
      ['online-form-short', 'Contact us using our online form'],
      ['digital-skills-short', 'Help getting online'],
    ];
    for (const [id, title] of titles) expect(templateById(id)?.title, id).toBe(title);
  });
});

describe('the pack covers every service', () => {
  it.each(SERVICE_IDS.map((s) => [s]))('%s has a short text and a full text', (service) => {
    const mine = templatesForService(service);
    expect(mine.some((t) => t.length === 'short')).toBe(true);
    expect(mine.some((t) => t.length === 'full')).toBe(true);
  });

  it('has help with digital skills and the "you can still phone or come in" reassurance', () => {
    const support = DEFAULT_TEMPLATES.filter((t) => t.purpose === 'support');
    const reassurance = DEFAULT_TEMPLATES.filter((t) => t.purpose === 'reassurance');
    expect(support.length).toBeGreaterThan(0);
    expect(reassurance.length).toBeGreaterThan(0);
    for (const t of reassurance) expect(t.body).toMatch(/phone .*(or|and) (come in|in person)/);
  });

  it('gives each text a title found nowhere else, so staff can pick it out by name', () => {
    for (const t of DEFAULT_TEMPLATES) {
      for (const other of DEFAULT_TEMPLATES.filter((o) => o !== t)) {
        const shown = `${other.title} ${render(other.body, practice).text}`.toLowerCase();
        expect(shown, `${t.id} in ${other.id}`).not.toContain(t.title.toLowerCase());
      }
    }
  });

  it('gives template ids once only', () => {
    const ids = DEFAULT_TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('services, benefits and questions', () => {
  it.each(SERVICE_IDS.map((s) => [s, SERVICES[s]] as const))('%s has a name, a description, benefits and questions', (id, s) => {
    expect(s.id).toBe(id);
    expect(s.name).not.toBe('');
    expect(s.staffDescription.length).toBeGreaterThan(20);
    expect(s.benefits.length).toBeGreaterThan(0);
    expect(s.questions.length).toBeGreaterThan(0);
    for (const b of s.benefits) expect(benefitById(b), b).toBeDefined();
    for (const q of s.questions) expect(questionById(q), q).toBeDefined();
    expect(new Set(s.questions).size, 'questions listed twice').toBe(s.questions.length);
    expect(Object.keys(PLACEHOLDERS)).toContain(s.link);
    expect(s.name).not.toMatch(/online consultation|medical record|\bpractice\b/i);
  });

  it('keeps every record keyed by its own id', () => {
    for (const id of BENEFIT_IDS) expect(BENEFITS[id].id).toBe(id);
    for (const id of QUESTION_IDS) expect(QUESTIONS[id].id).toBe(id);
    expect(Object.keys(BENEFITS).sort()).toEqual([...BENEFIT_IDS].sort());
    expect(Object.keys(QUESTIONS).sort()).toEqual([...QUESTION_IDS].sort());
    expect(Object.keys(SERVICES).sort()).toEqual([...SERVICE_IDS].sort());
  });

  it('uses every benefit and every question somewhere', () => {
    const benefits = new Set(Object.values(SERVICES).flatMap((s) => s.benefits));
    const questions = new Set([...Object.values(SERVICES).flatMap((s) => s.questions), ...PROMPTS.flatMap((p) => p.questions)]);
    expect([...BENEFIT_IDS].filter((b) => !benefits.has(b))).toEqual([]);
    expect([...QUESTION_IDS].filter((q) => !questions.has(q))).toEqual([]);
  });

  it('gives every patient benefit something staff can say, and answers staff can read out', () => {
    for (const b of Object.values(BENEFITS)) {
      if (b.for === 'surgery') expect(b.say, b.id).toBe('');
      else expect(b.say.length, b.id).toBeGreaterThan(20);
    }
    for (const q of Object.values(QUESTIONS)) {
      expect(q.answer.length, q.id).toBeGreaterThan(20);
      expect(q.answer, q.id).not.toMatch(/online consultation|medical record|\bproxy\b/i);
    }
  });

  it('answers the questions staff hear most with the facts from the guidance', () => {
    expect(QUESTIONS['how-old'].answer).toMatch(/13 and over.*registered with a GP surgery in England/);
    expect(QUESTIONS['how-old'].answer).toMatch(/13 to 15, ask us first/);
    expect(QUESTIONS['do-i-have-to'].answer).toMatch(/still phone or come in/);
    expect(QUESTIONS['form-is-it-video'].answer).toMatch(/^No\./);
    expect(QUESTIONS['form-what-happens-next'].answer).toMatch(/within one working day/i);
    expect(QUESTIONS['form-urgent'].answer).toMatch(/111\.nhs\.uk or call 111.*life-threatening emergency, call 999/);
    expect(QUESTIONS['carer-use'].answer).toMatch(/family and carer access.*both be registered with us.*own NHS App.*cannot send us messages.*change your pharmacy/);
    expect(QUESTIONS['register-no-id'].answer).toMatch(/immigration status/);
    expect(QUESTIONS['fit-note-first-week'].answer).toMatch(/7 days or less.*every day.*weekends and bank holidays/);
    expect(QUESTIONS['fit-note-how'].answer).toMatch(/hospital team.*Nurses, pharmacists, physios and occupational therapists/);
    expect(QUESTIONS['record-what-can-i-see'].answer).toMatch(/31 October 2023.*notes from your appointments/);
    expect(QUESTIONS['record-upsetting'].answer).toMatch(/pushing you to show them your record, tell us/);
    expect(QUESTIONS['register-online-services'].answer).toMatch(/set up the NHS App yourself/);
    expect(QUESTIONS['text-is-it-real'].answer).not.toMatch(/only link/i);
  });

  it('finds services by id and says so when there is none', () => {
    expect(serviceById('test-results')?.name).toBe('Test results in the NHS App');
    expect(serviceById('nope')).toBeUndefined();
    expect(serviceById('constructor')).toBeUndefined();
    expect(benefitById('toString')).toBeUndefined();
    expect(questionById('__proto__')).toBeUndefined();
  });
});

describe('prompt cards', () => {
  const cards = PROMPTS.map((p) => [p.id, p] as const);

  it('gives card ids once only', () => {
    expect(new Set(PROMPTS.map((p) => p.id)).size).toBe(PROMPTS.length);
  });

  it.each(cards)('%s is a well-formed card', (_id, p) => {
    expect(p.summary.length).toBeLessThanOrEqual(140);
    expect(p.summary.length).toBeGreaterThan(20);
    expect(['info', 'warning', 'critical']).toContain(p.indicator);
    expect(p.roles.length).toBeGreaterThan(0);
    expect(p.settings.length).toBeGreaterThan(0);
    expect(p.detail.length).toBeGreaterThanOrEqual(3);
    expect(p.source.label.length).toBeGreaterThan(10);
    expect(p.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(serviceById(p.service), p.service).toBeDefined();
    expect(p.outcomes).toEqual(expect.arrayContaining(['offered', 'accepted', 'declined', 'already-uses', 'needs-support']));
  });

  it.each(cards)('%s refers only to things that exist', (_id, p) => {
    for (const b of p.benefits) expect(benefitById(b), b).toBeDefined();
    for (const q of p.questions) expect(questionById(q), q).toBeDefined();
    for (const t of p.templates) expect(templateById(t), t).toBeDefined();
    for (const c of p.cues) expect(CUE_IDS, c).toContain(c);
    expect(cardTexts(p, DEFAULT_TEMPLATES)).toHaveLength(p.templates.length);
  });

  it.each(cards)('%s suggests texts for its own service first, and benefits for the patient', (_id, p) => {
    expect(p.templates.length).toBeGreaterThan(0);
    expect(templateById(p.templates[0]!)?.service).toBe(p.service);
    for (const b of p.benefits) expect(BENEFITS[b].for, b).not.toBe('surgery');
  });

  it.each(cards)('%s links only to full https addresses once practice settings are filled', (_id, p) => {
    const links = cardLinks(p, practice);
    expect(links).toHaveLength(p.links.length);
    for (const l of links) expect(l.url).toMatch(/^https:\/\//);
  });

  it('leaves out a link whose practice setting is empty rather than showing it broken', () => {
    const card = PROMPTS.find((p) => p.id === 'reception-fit-note')!;
    expect(cardLinks(card, { ...practice, fit_note_url: '' })).toEqual([]);
  });

  const byRole: [string, string[]][] = [
    ['clinician', ['clinician-condition-info-by-text', 'clinician-online-request-follow-up', 'clinician-show-record']],
    [
      'receptionist',
      [
        'reception-test-results',
        'reception-repeat-prescription',
        'reception-appointments',
        'reception-change-details',
        'reception-fit-note',
        'reception-new-patient',
        'reception-digital-support',
        'reception-travel',
        'reception-family-carer',
        'reception-pharmacy-first',
        'reception-overdue-review',
        'reception-ask-question',
        'reception-missed-appointment',
      ],
    ],
    ['manager', []],
  ];
  it.each(byRole)('a %s gets the cards the guidance names for them', (role, ids) => {
    expect(promptsForRole(role as 'clinician' | 'receptionist' | 'manager').map((p) => p.id)).toEqual(ids);
  });

  it('offers "shown" only on the card that shows the patient their record', () => {
    expect(PROMPTS.filter((p) => p.outcomes.includes('shown')).map((p) => p.id)).toEqual(['clinician-show-record']);
  });

  it('puts the test-results card on the results screen, and each receptionist moment on its screen', () => {
    const onCue = (cue: string) => PROMPTS.filter((p) => p.cues.includes(cue as never)).map((p) => p.id);
    expect(onCue('results-screen')).toContain('reception-test-results');
    expect(onCue('prescriptions-screen')).toEqual(['reception-repeat-prescription']);
    expect(onCue('appointments-screen')).toEqual(['reception-appointments']);
    expect(onCue('registration-screen')).toEqual(['reception-new-patient']);
    expect(onCue('travel-screen')).toEqual(['reception-travel']);
    expect(onCue('recall-screen')).toEqual(['reception-overdue-review']);
    expect(onCue('missed-appointment-screen')).toEqual(['reception-missed-appointment']);
    expect(onCue('consultation-screen')).toHaveLength(3);
  });

  it('never says "online consultation" where a patient might hear it', () => {
    for (const p of PROMPTS) {
      // A talking point that opens with a quote is meant to be said as it is.
      for (const line of p.detail.filter((d) => d.startsWith('"'))) {
        expect(line, p.id).not.toMatch(/online consultation|medical record|\bpractice\b/i);
      }
    }
  });
});

describe('generic page cues', () => {
  it('defines each cue once, with URL words and visible-text phrases', () => {
    expect(GENERIC_CUES.map((c) => c.id).sort()).toEqual([...CUE_IDS].sort());
    for (const c of GENERIC_CUES) {
      expect(c.urlWords.length, c.id).toBeGreaterThan(0);
      expect(c.textWords.length, c.id).toBeGreaterThan(0);
      for (const w of c.urlWords) expect(w, c.id).toMatch(/^[a-z0-9]+$/);
    }
  });

  it('does not use a bare navigation word that every screen of a system shows', () => {
    const everywhere = ['Results', 'Appointments', 'Consultation'];
    for (const c of GENERIC_CUES) for (const w of everywhere) expect(c.textWords, c.id).not.toContain(w);
  });
});

describe('generic page cues on the demo practice system', () => {
  /** The cue ids a page matches: any URL word among its path's words, or any phrase in its text. */
  function cuesOn(file: string): string[] {
    // Without stylesheets and scripts: only the page's own words count.
    const html = readFileSync(`demo/${file}`, 'utf8').replace(/<link[^>]*>|<script[\s\S]*?<\/script>/gi, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const words = `/${file}`.toLowerCase().split(/[/\-_.]+/);
    const text = (doc.body.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
    const ids = cueConditions()
      .filter((c) => (c.urlWord ? words.includes(c.urlWord) : text.includes(c.text!.toLowerCase())))
      .map((c) => c.id);
    return [...new Set(ids)].sort();
  }

  const screens: [string, string[]][] = [
    ['results.html', ['results-screen']],
    ['consultation.html', ['consultation-screen']],
    ['booking.html', ['appointments-screen']],
  ];
  it.each(screens)('%s is recognised as %j and nothing else', (file, ids) => {
    expect(cuesOn(file)).toEqual(ids);
  });

  it('expands every word and phrase of every cue', () => {
    const n = GENERIC_CUES.reduce((sum, c) => sum + c.urlWords.length + c.textWords.length, 0);
    expect(cueConditions()).toHaveLength(n);
  });
});
