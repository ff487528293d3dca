/** The panel's parts working together: sending a text, recording it once, and what is never kept. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';
import { PROMPTS } from '@/src/catalogue/prompts';
import { DEFAULT_PRACTICE } from '@/src/settings/practice';
import { createDbWriter } from '@/src/log/db-writer';
import { SET_UP_PRACTICE } from './practice-fixture';
import { BOB, NOBODY, fakeHost, makePanel, settleWrites, template, until } from './panel-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`panel-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await settleWrites();
  await db.delete();
});

const results = template('test-results-short');
const card = PROMPTS.find((p) => p.roles.includes('receptionist'))!;

describe('recording outcomes from the panel', () => {
  it('an Insert records one offer, then one click changes its outcome', async () => {
    const { s, tab } = makePanel({ db });
    await s.page.refreshPage();
    expect(await s.send.insert(results)).toBe(true);
    expect(tab.inserted[0]!.text).toMatch(/^Hello Jane, this is Castle Mead Medical Centre\./);
    // The outcome bar is there at once (it never waits on the log).
    expect(s.offers.lastOffer.value).toMatchObject({ label: results.title, outcome: 'offered' });
    await until(() => s.offers.todayCount.value === 1);
    await s.offers.setOutcome('accepted');
    const offers = await db.offers.toArray();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ outcome: 'accepted', channel: 'inserted', role: 'receptionist', setting: 'phone', training: 0 });
  });

  it('Undo takes the last offer out of the count', async () => {
    const { s } = makePanel({ db });
    await s.send.copy(results);
    await until(() => s.offers.todayCount.value === 1);
    await s.offers.undoLast();
    expect(s.offers.lastOffer.value).toBeNull();
    expect(s.offers.todayCount.value).toBe(0);
    expect((await db.offers.toArray())[0]).toMatchObject({ deleted: 1 });
  });

  it('an outcome on a card records the card as spoken once; a second click changes it, not adds', async () => {
    const { s } = makePanel({ db });
    await s.offers.cardOutcome(card, 'declined');
    await s.offers.cardOutcome(card, 'accepted');
    await until(async () => (await db.offers.toArray())[0]?.outcome === 'accepted');
    const offers = await db.offers.toArray();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ via: 'prompt', channel: 'spoken', item: card.id, service: card.service, outcome: 'accepted' });
  });

  it('an Insert from a card and the outcome on that card count once, even when the outcome is clicked before the insert is done', async () => {
    const { s } = makePanel({ db });
    await s.page.refreshPage();
    const sending = s.send.insert(results, { cardId: card.id });
    const outcome = s.offers.cardOutcome(card, 'accepted');
    await Promise.all([sending, outcome]);
    await until(async () => (await db.offers.toArray())[0]?.outcome === 'accepted');
    expect(await db.offers.count()).toBe(1);
    expect((await db.offers.toArray())[0]).toMatchObject({ outcome: 'accepted', channel: 'inserted' });
  });

  it('training-mode offers are marked and left out of the day’s count', async () => {
    const { s } = makePanel({ db });
    s.prefs.setTraining(true);
    await s.send.copy(results);
    await until(async () => (await db.offers.count()) === 1);
    expect((await db.offers.toArray())[0]).toMatchObject({ training: 1 });
    expect(s.offers.todayCount.value).toBe(0);
    expect(s.offers.lastOffer.value?.training).toBe(true);
  });

  it('nothing about the patient is recorded', async () => {
    const { s } = makePanel({ db });
    await s.page.refreshPage();
    await s.send.insert(results);
    await until(async () => (await db.offers.count()) === 1);
    const stored = JSON.stringify(await db.offers.toArray()) + JSON.stringify(await db.table('counts').toArray().catch(() => []));
    for (const id of ['Jane', 'Smith', '9997877896']) expect(stored).not.toContain(id);
  });

  it('with logging switched off, texts still go out and nothing is recorded', async () => {
    const { s, tab } = makePanel({ db, settings: { loggingEnabled: false } });
    await s.page.refreshPage();
    expect(await s.send.insert(results)).toBe(true);
    expect(tab.inserted).toHaveLength(1);
    expect(s.offers.lastOffer.value).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.offers.count()).toBe(0);
  });

  it.each([
    ['no-field', 'No text box chosen'],
    ['patient-changed', 'different patient'],
    ['patient-gone', 'no longer shows the patient'],
    ['failed', 'did not take the text'],
    ['no-room', 'character limit too small'],
    ['focus-moved', 'moved the cursor to another box'],
    ['partial', 'took only part of the text'],
    ['frame-blocked', 'which Nudge is not allowed to reach'],
    // A status this panel has no words for yet (the content script may add some): never counted, Copy offered.
    ['too-long-for-field', 'Not inserted: use Copy'],
  ] as const)('a refused insert (%s) says why and records nothing', async (status, words) => {
    const { s } = makePanel({ db, status: status as never });
    await s.page.refreshPage();
    expect(await s.send.insert(results)).toBe(false);
    expect(s.notices.notice.value?.text).toContain(words);
    expect(s.offers.lastOffer.value).toBeNull();
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.offers.count()).toBe(0);
  });

  it('a valid text longer than the insert limit says so (not "cannot reach this page"), offers Copy, and is never sent', async () => {
    const { s, tab } = makePanel({ db });
    await s.page.refreshPage();
    const long = { ...results, id: 'long-one', body: `Hello ((first_name)). ${'Please read this. '.repeat(300)}` };
    expect(await s.send.insert(long)).toBe(false);
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/this text is [\d,]+ characters long, and Nudge inserts at most 5,000/);
    expect(s.notices.notice.value?.text).not.toContain('cannot reach');
    expect(s.notices.notice.value?.offerCopy?.id).toBe('long-one');
  });
});

describe('texts that need the practice set up (issue 11)', () => {
  const needsPhone = { ...results, id: 'needs-phone', body: 'Call ((surgery_phone)) today, ((first_name|there)).' };

  it('a practice detail that is not set up is never asked for or sent, by Insert, Copy, QR or poster: the text is refused and set-up is named', async () => {
    for (const practice of [{ ...SET_UP_PRACTICE, surgeryPhone: '' }, { ...SET_UP_PRACTICE, surgeryPhone: '01632 960123' }]) {
      const opened: string[] = [];
      const { s, tab, copied } = makePanel({ db, settings: practice, openPrint: (t) => void opened.push(t.id) });
      await s.page.refreshPage();
      expect(await s.send.insert(needsPhone)).toBe(false);
      expect(await s.send.copy(needsPhone)).toBe(false);
      expect(await s.send.showQr(needsPhone)).toBe(false);
      expect(await s.send.print(needsPhone)).toBe(false);
      expect(s.send.fill.value).toBeNull();
      expect(s.send.qr.value).toBeNull();
      expect([tab.inserted, copied, opened]).toEqual([[], [], []]);
      expect(s.notices.notice.value).toMatchObject({ setUp: true });
      expect(s.notices.notice.value?.text).toMatch(/not set up yet.*Surgery phone number/);
    }
    expect(await db.offers.count()).toBe(0);
  });

  it('a fresh install (no practice details) refuses every default text that names the surgery, and says what is missing', async () => {
    const { s, tab } = makePanel({ db, settings: { ...DEFAULT_PRACTICE } });
    await s.page.refreshPage();
    expect(s.notSetUp.value).toEqual(expect.arrayContaining(['surgeryName', 'surgeryPhone']));
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.body.includes('((surgery_name))'))) expect(await s.send.insert(t), t.id).toBe(false);
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/practice is not set up yet/);
  });

  it('texts that need no missing detail still go out on a fresh install', async () => {
    const { s, tab } = makePanel({ db, settings: { ...DEFAULT_PRACTICE } });
    await s.page.refreshPage();
    // A practice's own text that names no surgery detail (the NHS App link is national, filled in at install).
    const plain = { ...results, id: 'own-app', body: 'Hello ((first_name|there)), get the NHS App: ((nhs_app_url))' };
    expect(s.send.preview(plain).blocking).toEqual([]);
    expect(await s.send.insert(plain)).toBe(true);
    expect(tab.inserted).toHaveLength(1);
  });

  it('training mode may use the example surgery where the practice is not set up, and marks every such text', async () => {
    const { s, tab } = makePanel({ db, settings: { ...DEFAULT_PRACTICE }, prefs: { training: true } });
    await s.page.refreshPage();
    expect(s.send.preview(results).example).toBe(true);
    expect(await s.send.insert(results)).toBe(true);
    expect(tab.inserted[0]!.text).toContain('Riverside Surgery');
    expect(s.notices.notice.value?.text).toContain('Training: example surgery');
  });

  it('until the managed policy has been read, a text is shown but Insert waits for it (and says so)', async () => {
    const { s, tab, policy } = makePanel({ db, policyRead: false });
    await s.page.refreshPage();
    expect(s.send.preview(results).text).toContain('Castle Mead');
    const sending = s.send.insert(results);
    await new Promise((r) => setTimeout(r, 10));
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/Reading your practice’s settings/);
    policy.set();
    expect(await sending).toBe(true);
    expect(tab.inserted).toHaveLength(1);
  });
});

describe('a log that cannot be written', () => {
  it('never blocks the insert, retries, and says so in plain words', async () => {
    const quota = Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const real = createDbWriter(() => db);
    let calls = 0;
    const failing = { ...real, record: async () => (calls++, Promise.reject(quota)) };
    const { s, tab } = makePanel({ db, writer: failing, host: fakeHost() });
    await s.page.refreshPage();
    expect(await s.send.insert(results)).toBe(true);
    expect(tab.inserted).toHaveLength(1);
    await until(() => (s.offers.logError.value ?? '').includes('not counted'));
    expect(calls).toBe(3);
    expect(s.offers.logError.value).toContain('disk is full');
  });
});

describe('following the tab', () => {
  it('a dismissed card stays dismissed for this patient only', async () => {
    const { s, tab } = makePanel({ db });
    await s.page.refreshPage();
    s.dismiss(card.id);
    expect(s.dismissed.value.has(card.id)).toBe(true);
    tab.page.context = BOB;
    await s.page.refreshPage();
    expect(s.dismissed.value.has(card.id)).toBe(false);
  });

  it('a page showing nobody: texts greet no one by name', async () => {
    const { s, tab } = makePanel({ db, context: NOBODY });
    await s.page.refreshPage();
    await s.send.insert(template('nhs-app-signup-short'));
    expect(tab.inserted[0]!.text).toMatch(/^Hello there,/);
  });
});
