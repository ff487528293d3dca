/**
 * The promotion kit's wording (issue 17, item 1): every service has wording for every channel, each
 * passes the content checks and its channel's limit, and the practice's details fill every
 * placeholder. When a service is added to SERVICE_IDS, the first test fails until its wording is
 * written (src/catalogue/promotion.ts, WORDING: one ServiceWording per service).
 */
import { describe, expect, it } from 'vitest';
import { CHANNELS, CHANNEL_IDS, PROMOTION_WORDING, SEASONS, inSeason, type PromotionWording } from '@/src/catalogue/promotion';
import { SERVICES, SERVICE_IDS } from '@/src/catalogue/services';
import { checkPromotion, explainsOnlineConsultation } from '@/src/promotion/checks';
import { fillWording, notReadyReason } from '@/src/promotion/fill';
import { countWords, measure, measureFor, spokenSeconds, spokenWords, xCharacters } from '@/src/promotion/measure';
import { DEFAULT_PRACTICE, EXAMPLE_PRACTICE } from '@/src/settings/practice';
import { MAX_READING_AGE, readability } from '@/src/templates/readability';
import { PLACEHOLDERS, practiceValues, render, type PlaceholderName } from '@/src/templates/render';
import { SET_UP_PRACTICE } from './practice-fixture';

const all = PROMOTION_WORDING.map((w) => [w.id, w] as const);
const filled = (w: PromotionWording) => fillWording(w.body, SET_UP_PRACTICE).text;

describe('promotion wording: coverage', () => {
  it.each(SERVICE_IDS.map((s) => [s]))('%s has wording for every channel', (service) => {
    const missing = CHANNEL_IDS.filter((c) => !PROMOTION_WORDING.some((w) => w.service === service && w.channel === c));
    expect(missing, `no ${missing.join(', ')} wording for ${service}: add it to WORDING in src/catalogue/promotion.ts`).toEqual([]);
    const social = PROMOTION_WORDING.filter((w) => w.service === service && w.channel === 'social-post');
    expect(social.some((w) => !w.season), 'an everyday social media post').toBe(true);
    expect(social.some((w) => w.season), 'a seasonal social media post').toBe(true);
  });

  it('has unique ids, and every newsletter item a prompt for a patient story', () => {
    expect(new Set(PROMOTION_WORDING.map((w) => w.id)).size).toBe(PROMOTION_WORDING.length);
    for (const w of PROMOTION_WORDING.filter((x) => x.channel === 'newsletter')) expect(w.storyPrompt, w.id).toMatch(/^Ask a patient/);
  });

  it.each(all)('%s names its source (a guidance section) and when it was reviewed', (_id, w) => {
    expect(w.source).toMatch(/Promoting online services/);
    expect(w.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(w.reviewed))).toBe(false);
  });

  it('defines every channel’s limit with a reason and a source', () => {
    for (const c of CHANNEL_IDS) {
      expect(CHANNELS[c].limit.max, c).toBeGreaterThan(0);
      expect(CHANNELS[c].limit.why.length, c).toBeGreaterThan(40);
      expect(CHANNELS[c].source, c).toMatch(/Promoting online services/);
    }
  });
});

describe('promotion wording: content and length', () => {
  it.each(all)('%s passes the content checks with a realistic practice', (_id, w) => {
    expect(checkPromotion(w.body, w.channel, { practice: SET_UP_PRACTICE }).map((c) => `${c.id}: ${c.message}`)).toEqual([]);
  });

  it.each(all)('%s fits its channel’s limit with a realistic practice', (_id, w) => {
    const m = measureFor(w.channel, filled(w), SET_UP_PRACTICE.countingRules);
    expect(m.ok, m.text).toBe(true);
  });

  it.each(all)('%s fills every placeholder with the practice’s own details, and nothing of the example surgery', (_id, w) => {
    const f = fillWording(w.body, SET_UP_PRACTICE);
    expect(f.ready).toBe(true);
    expect(f.preview).toBe(false);
    expect(f.text).not.toMatch(/\(\(|\)\)/);
    expect(f.text).not.toContain(EXAMPLE_PRACTICE.surgeryName);
    expect(f.text).not.toMatch(/\.example\b/);
    const values = practiceValues(SET_UP_PRACTICE);
    for (const m of w.body.matchAll(/\(\(([a-z_]+)\)\)/g)) {
      const name = m[1] as PlaceholderName;
      expect(PLACEHOLDERS[name], `((${name})) is a placeholder`).toBeDefined();
      expect(f.text, `((${name}))`).toContain(values[name]!);
    }
  });

  it.each(all)('%s uses the NHS words patients know', (_id, w) => {
    const text = filled(w);
    for (const [word, re] of [
      ['click here', /click here/i],
      ['practice', /\bpractices?\b/i],
      ['medical record', /medical records?/i],
      ['SMS', /\bSMS\b/],
      ['proxy', /\bprox(y|ies)\b/i],
      ['eConsult', /\be-?consult/i],
      ['NHS app with a small a', /\bNHS app\b/],
    ] as const) {
      expect(text, word).not.toMatch(re);
    }
    if (/online consultation/i.test(text)) expect(explainsOnlineConsultation(text), 'online consultation only where it is explained').toBe(true);
  });

  it('explains, on the website, that an "online consultation" is a request and not a video call', () => {
    const section = PROMOTION_WORDING.find((w) => w.service === 'online-requests' && w.channel === 'website-section')!;
    expect(section.body).toMatch(/"online consultation"/);
    expect(section.body).toMatch(/not a video call/);
    expect(section.body).toMatch(/request/);
  });

  it('tells patients what to do when it is urgent wherever it offers the online form, home readings, a review or another way to raise a health problem, at length', () => {
    const long = ['website-section', 'newsletter', 'ppg-info-point', 'phone-message', 'social-post'];
    // The online form (requests, fit notes, questions for reception), home readings, reviews (how you
    // are), and the services a patient with symptoms is sent to instead of us (Pharmacy First, self-referral).
    const invitesHealthProblem = ['online-requests', 'fit-notes', 'home-monitoring', 'ask-reception', 'reviews', 'pharmacy-first', 'self-referral'];
    const checked = PROMOTION_WORDING.filter((x) => invitesHealthProblem.includes(x.service) && long.includes(x.channel));
    expect(checked.length).toBe(invitesHealthProblem.length * (long.length + 1));
    for (const w of checked) expect(filled(w), w.id).toMatch(/urgent|999|111|worries you|unwell/i);
  });

  it('says 999 is for a life-threatening emergency wherever it names 999, and never that online requests are dealt with "as quickly as phone calls" (the charter\'s standard is what happens next within one working day)', () => {
    for (const w of PROMOTION_WORDING) {
      if (/\b999\b/.test(w.body)) expect(w.body, w.id).toMatch(/life-threatening emergency[,?] call 999/i);
      expect(w.body, w.id).not.toMatch(/as quickly as (a )?phone call/i);
    }
  });

  it('never promises the online form "at any time"', () => {
    for (const w of PROMOTION_WORDING) expect(filled(w), w.id).not.toMatch(/online form[^.]*any ?time|any ?time[^.]*online form/i);
  });

  it('reassures that phoning or coming in still works in every website section, newsletter item and patient group card', () => {
    const long = PROMOTION_WORDING.filter((w) => ['website-section', 'newsletter', 'ppg-info-point'].includes(w.channel));
    expect(long.filter((w) => !/\bphone\b|come in|go in|in person/i.test(filled(w))).map((w) => w.id)).toEqual([]);
  });

  it('gives phone messages no link, and a surgery name', () => {
    for (const w of PROMOTION_WORDING.filter((x) => x.channel === 'phone-message')) {
      expect(w.body, w.id).not.toMatch(/https?:|_url\)\)/);
      expect(w.body, w.id).toContain('((surgery_name))');
    }
  });

  it('uses only text message characters in review reminder footers', () => {
    for (const w of PROMOTION_WORDING.filter((x) => x.channel === 'review-reminder')) expect(measureFor('review-reminder', filled(w)).gsm7, w.id).toBe(true);
  });
});

/**
 * Issue 11, item 6: everything a patient reads or hears at a reading age of 11 or below. Every
 * channel's wording is patient-facing (read on the website, in the newsletter, a letter, a text
 * message, a post or on the patient group's card, or heard on the phone), so all of it is measured,
 * filled with a realistic surgery's details (a long name: "Castle Mead Medical Centre") and with the
 * example surgery's. Staff-facing words are exempt: the channels' notes (`use`, `limit.why`), the
 * newsletter's story prompts and the titles the manager sees.
 */
describe('reading age', () => {
  const example = (w: PromotionWording) => render(w.body, practiceValues(EXAMPLE_PRACTICE)).text;
  it.each(all)('%s reads at a reading age of 11 or below, filled for a realistic surgery and for the example one', (_id, w) => {
    expect(MAX_READING_AGE).toBe(11);
    for (const text of [filled(w), example(w)]) {
      const r = readability(text);
      expect(r.readingAge, `reading age ${r.readingAge}; long words: ${r.longWords.join(', ')}\n${text}`).toBeLessThanOrEqual(MAX_READING_AGE);
    }
  });

  it('warns a surgery whose own wording reads above 11, and names the long words to look at first', () => {
    const hard = 'Electronic prescription nominations facilitate medication collection. ((repeat_prescriptions_url))';
    const c = checkPromotion(hard, 'letter-footer', { practice: SET_UP_PRACTICE }).find((x) => x.id === 'reading-age');
    expect(c?.level).toBe('warning');
    expect(c?.message).toMatch(/^Reading age about \d+: aim for 11 or below/);
    expect(c?.message).toMatch(/"(nominations|Electronic|medication|prescription|facilitate|collection)"/);
    const plain = 'You can order your medicines online. There is no need to phone: ((repeat_prescriptions_url))';
    expect(checkPromotion(plain, 'letter-footer', { practice: SET_UP_PRACTICE }).map((x) => x.id)).not.toContain('reading-age');
  });
});

describe('measuring against a channel’s limit', () => {
  it('counts words a reader sees, leaving links out', () => {
    expect(countWords('Get the NHS App: https://www.nhs.uk/nhs-app/')).toBe(4);
    expect(countWords('Urgent? Phone us. Emergency? Call 999.')).toBe(6);
    expect(countWords(' - \n ')).toBe(0);
  });

  it('reads a number of three or more digits digit by digit, and times a script at 150 words a minute', () => {
    expect(spokenWords('In an emergency, call 999.')).toBe(7);
    expect(spokenWords('Call 111 or phone 01632 961234.')).toBe(1 + 3 + 2 + 11);
    expect(spokenWords('The first 7 days')).toBe(4);
    expect(spokenSeconds('word '.repeat(150))).toBe(60);
  });

  it('keeps a phone message under 30 seconds: 74 words pass, 75 (exactly 30 seconds) do not', () => {
    const limit = CHANNELS['phone-message'].limit;
    expect(measure('word '.repeat(74), limit).ok).toBe(true);
    expect(measure('word '.repeat(75), limit).ok).toBe(false);
    expect(measure('word '.repeat(75), limit).text).toMatch(/30 seconds read aloud \(75 words at 150 words a minute\)/);
  });

  it('counts a post as X does: every link 23 characters, wide characters 2', () => {
    expect(xCharacters('Hi https://www.castlemeadmedicalcentre.nhs.uk/prescriptions')).toBe(3 + 23);
    expect(xCharacters('健康')).toBe(4);
    expect(measure('a'.repeat(281), CHANNELS['social-post'].limit).ok).toBe(false);
    expect(measure('a'.repeat(280), CHANNELS['social-post'].limit).ok).toBe(true);
  });

  it('refuses a review reminder footer that would switch the reminder to Unicode', () => {
    const m = measure('Book online 👍 https://www.nhs.uk', CHANNELS['review-reminder'].limit);
    expect(m.gsm7).toBe(false);
    expect(m.ok).toBe(false);
    expect(checkPromotion('Book online 👍 https://www.nhs.uk', 'review-reminder', { practice: SET_UP_PRACTICE }).map((c) => c.id)).toContain('over-limit');
  });
});

describe('the content checks for practices’ own wording', () => {
  const p = { practice: SET_UP_PRACTICE };
  const ids = (body: string, channel: (typeof CHANNEL_IDS)[number]) => checkPromotion(body, channel, p).map((c) => c.id);

  it('warns about "online consultation" unless it is explained as a request, not a video call', () => {
    expect(ids('Book an online consultation: ((online_form_url))', 'social-post')).toContain('online-consultation');
    expect(ids('You may see it called an "online consultation". It is not a video call: send us a request. ((online_form_url))', 'website-section')).not.toContain('online-consultation');
  });

  it('warns when the online form is promised at any time', () => {
    expect(ids('Use our online form at any time: ((online_form_url))', 'social-post')).toContain('any-time');
  });

  it('asks for a link where one helps, and none in a script read aloud', () => {
    expect(ids('Order your medicines online.', 'letter-footer')).toContain('no-link');
    expect(ids('This is ((surgery_name)). Go to ((website_url))', 'phone-message')).toContain('link-read-aloud');
  });

  it('asks phone messages and patient group cards to name the surgery', () => {
    expect(ids('Order your medicines online, on our website.', 'phone-message')).toContain('surgery-not-named');
    expect(ids('Thank you for calling ((surgery_name)).', 'phone-message')).not.toContain('surgery-not-named');
  });

  it('warns, in words, when wording is over its channel’s limit', () => {
    const long = `${'More words here. '.repeat(10)}\nGet the NHS App: ((nhs_app_url))`;
    const c = checkPromotion(long, 'website-banner', p).find((x) => x.id === 'over-limit');
    expect(c?.message).toMatch(/34 words of 20/);
  });

  it('reports placeholders Nudge cannot fill as errors', () => {
    expect(checkPromotion('Hello ((surgery_nmae))', 'social-post', p).filter((c) => c.level === 'error').map((c) => c.id)).toEqual(['unknown-placeholder']);
  });
});

describe('filling wording for a practice that is not set up', () => {
  it('shows a marked preview with the example surgery, and refuses to give it out', () => {
    const w = PROMOTION_WORDING.find((x) => x.id === 'nhs-app--phone-message')!;
    const f = fillWording(w.body, DEFAULT_PRACTICE);
    expect(f.preview).toBe(true);
    expect(f.ready).toBe(false);
    expect(f.text).toContain(EXAMPLE_PRACTICE.surgeryName);
    expect(notReadyReason(f)).toMatch(/Preview only.*surgery name/);
  });

  it('gives out wording that needs only national links even before set-up', () => {
    const w = PROMOTION_WORDING.find((x) => x.id === 'nhs-app--social-post')!;
    expect(fillWording(w.body, DEFAULT_PRACTICE).ready).toBe(true);
  });
});

describe('seasonal hooks', () => {
  it('knows which seasons are topical in each month', () => {
    expect(inSeason('winter', 12)).toBe(true);
    expect(inSeason('winter', 7)).toBe(false);
    for (const s of Object.values(SEASONS)) expect(s.months.every((m) => m >= 1 && m <= 12)).toBe(true);
  });

  it('gives every service a link its wording points to', () => {
    for (const s of SERVICE_IDS) expect(PLACEHOLDERS[SERVICES[s].link]).toBeDefined();
  });
});
