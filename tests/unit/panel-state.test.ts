import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import { createPanelState } from '@/src/ui/panel/state';
import type { HostLink } from '@/src/ui/panel/host-link';
import type { InsertReply } from '@/src/messaging/protocol';
import { DEFAULT_TEMPLATES } from '@/src/catalogue/templates';
import { PROMPTS } from '@/src/catalogue/prompts';
import { DEFAULT_PRACTICE } from '@/src/settings/practice';
import { SET_UP_PRACTICE } from './practice-fixture';
import { DEFAULT_PREFS } from '@/src/ui/panel/prefs';

function fakeHost(reply: InsertReply['status'] = 'inserted', nobodyShown = false) {
  const inserted: string[] = [];
  const context = nobodyShown ? { names: [], nhsNumbers: [], mobiles: [] } : { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: [] };
  const host: HostLink = {
    tabId: 1,
    hello: async () => ({ status: 'ready', page: { type: 'nudge/hello-reply', origin: 'http://127.0.0.1', context, field: 'Message', cues: [] } }),
    insert: async (text) => {
      if (reply === 'inserted') inserted.push(text);
      return { type: 'nudge/insert-reply', status: reply, field: 'Message' };
    },
    onChange: () => () => {},
    siteAccess: async () => ({ origin: 'http://127.0.0.1', granted: true }),
    allow: async () => true,
  } as HostLink;
  return { host, inserted };
}

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`panel-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Wait (up to 5 s, for busy machines) until `check` holds; the assertions after it say what broke. */
const until = async (check: () => boolean) => {
  const deadline = Date.now() + 5000;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
};

function make(reply: InsertReply['status'] = 'inserted', extra: Partial<Parameters<typeof createPanelState>[0]> & { nobodyShown?: boolean } = {}) {
  const { host, inserted } = fakeHost(reply, extra.nobodyShown);
  const s = createPanelState({
    host,
    db,
    workstation: 'ws-1',
    templates: DEFAULT_TEMPLATES,
    prompts: PROMPTS,
    practice: SET_UP_PRACTICE,
    writeClipboard: async () => {},
    ...extra,
  });
  return { s, inserted };
}

const template = DEFAULT_TEMPLATES.find((t) => t.id === 'test-results-short')!;
const card = PROMPTS.find((p) => p.roles.includes('receptionist'))!;

describe('recording outcomes from the panel', () => {
  it('an Insert records one offer, then one click changes its outcome', async () => {
    const { s, inserted } = make();
    await s.refreshPage();
    expect(await s.insert(template)).toBe(true);
    expect(inserted[0]).toMatch(/^Hello Jane, this is Castle Mead Medical Centre\./);
    // The count is read again just after the offer is shown as recorded: wait for both.
    await until(() => s.lastOffer.value !== null && s.todayCount.value === 1);
    expect(s.todayCount.value).toBe(1);
    await s.setOutcome('accepted');
    const offers = await db.offers.toArray();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ outcome: 'accepted', channel: 'inserted', role: 'receptionist', setting: 'phone', training: 0 });
  });

  it('Undo takes the last offer out of the count', async () => {
    const { s } = make();
    await s.copy(template);
    await until(() => s.lastOffer.value !== null);
    await s.undoLast();
    expect(s.lastOffer.value).toBeNull();
    expect(s.todayCount.value).toBe(0);
    expect((await db.offers.toArray())[0]).toMatchObject({ deleted: 1 });
  });

  it('an outcome on a card records the card as spoken once; a second click changes it, not adds', async () => {
    const { s } = make();
    await s.cardOutcome(card, 'declined');
    await s.cardOutcome(card, 'accepted');
    const offers = await db.offers.toArray();
    expect(offers).toHaveLength(1);
    expect(offers[0]).toMatchObject({ via: 'prompt', channel: 'spoken', item: card.id, service: card.service, outcome: 'accepted' });
  });

  it('an Insert from a card and the outcome on that card count once', async () => {
    const { s } = make();
    await s.refreshPage();
    await s.insert(template, { cardId: card.id });
    await until(() => s.lastOffer.value !== null);
    await s.cardOutcome(card, 'accepted');
    expect(await db.offers.count()).toBe(1);
    expect((await db.offers.toArray())[0]).toMatchObject({ outcome: 'accepted', channel: 'inserted' });
  });

  it('training-mode offers are marked and left out of the day’s count', async () => {
    const { s } = make();
    s.setPrefs({ training: true });
    await s.copy(template);
    await until(() => s.lastOffer.value !== null);
    expect((await db.offers.toArray())[0]).toMatchObject({ training: 1 });
    expect(s.todayCount.value).toBe(0);
  });

  it('nothing about the patient is recorded', async () => {
    const { s } = make();
    await s.refreshPage();
    await s.insert(template);
    await until(() => s.lastOffer.value !== null);
    const stored = JSON.stringify(await db.offers.toArray()) + JSON.stringify(await db.table('counts').toArray().catch(() => []));
    for (const id of ['Jane', 'Smith', '9997877896']) expect(stored).not.toContain(id);
  });

  it('the setting follows the role until changed', () => {
    const { s } = make();
    expect(s.setting.value).toBe('phone');
    s.setRole('clinician');
    expect(s.setting.value).toBe('consultation');
    s.setPrefs({ setting: 'front-desk' });
    expect(s.setting.value).toBe('front-desk');
    s.setRole('receptionist');
    expect(s.setting.value).toBe('phone');
  });

  it('a dismissed card stays dismissed for this patient only', async () => {
    const { s } = make();
    await s.refreshPage();
    s.dismiss(card.id);
    expect(s.dismissed.value.has(card.id)).toBe(true);
    s.page.value = { ...s.page.value!, context: { names: ['David Okafor'], nhsNumbers: ['9991742182'], mobiles: [] } };
    expect(s.dismissed.value.has(card.id)).toBe(false);
  });

  it('with logging switched off, texts still go out and nothing is recorded', async () => {
    const { s, inserted } = make('inserted', { logging: () => false });
    await s.refreshPage();
    expect(await s.insert(template)).toBe(true);
    expect(inserted).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await db.offers.count()).toBe(0);
  });

  it.each([
    ['no-field', 'No text box chosen'],
    ['patient-changed', 'different patient'],
    ['patient-gone', 'no longer shows the patient'],
  ] as const)('a refused insert (%s) says why and records nothing', async (status, words) => {
    const { s } = make(status);
    await s.refreshPage();
    expect(await s.insert(template)).toBe(false);
    expect(s.notice.value?.text).toContain(words);
    expect(await db.offers.count()).toBe(0);
  });
});

describe('texts that still need details', () => {
  const needsName = { ...template, id: 'needs-name', body: 'Hello ((first_name)), this is ((surgery_name)).' };
  const needsPhone = { ...template, id: 'needs-phone', body: 'Call ((surgery_phone)) today, ((first_name|there)).' };

  it('asks in the fill dialog for a value the page does not give, then sends with it', async () => {
    const { s, inserted } = make('inserted', { nobodyShown: true });
    await s.refreshPage();
    expect(await s.insert(needsName)).toBe(false);
    expect(inserted).toEqual([]);
    expect(s.fill.value).toMatchObject({ missing: ['first_name'], action: 'insert' });
    expect(await s.submitFill({ first_name: 'Sam' })).toBe(true);
    expect(inserted).toEqual(['Hello Sam, this is Castle Mead Medical Centre.']);
    expect(s.fill.value).toBeNull();
  });

  it('cancelling the dialog inserts nothing', async () => {
    const { s, inserted } = make('inserted', { nobodyShown: true });
    await s.refreshPage();
    await s.insert(needsName);
    s.cancelFill();
    expect(s.fill.value).toBeNull();
    expect(inserted).toEqual([]);
    expect(await db.offers.count()).toBe(0);
  });

  it('a practice detail that is not set up is never asked for or sent: the text is refused and set-up is named', async () => {
    for (const practice of [{ ...SET_UP_PRACTICE, surgeryPhone: '' }, { ...SET_UP_PRACTICE, surgeryPhone: '01632 960123' }]) {
      const { s, inserted } = make('inserted', { practice });
      await s.refreshPage();
      expect(await s.insert(needsPhone)).toBe(false);
      expect(await s.copy(needsPhone)).toBe(false);
      expect(s.fill.value).toBeNull();
      expect(inserted).toEqual([]);
      expect(s.notice.value?.text).toMatch(/not set up yet.*Surgery phone number/);
    }
    expect(await db.offers.count()).toBe(0);
  });

  it('a fresh install (no practice details) refuses every default text that names the surgery', async () => {
    const { s, inserted } = make('inserted', { practice: DEFAULT_PRACTICE });
    await s.refreshPage();
    for (const t of DEFAULT_TEMPLATES.filter((x) => x.body.includes('((surgery_name))'))) expect(await s.insert(t), t.id).toBe(false);
    expect(inserted).toEqual([]);
    expect(s.notice.value?.text).toMatch(/practice is not set up yet/);
  });

  it('training mode may use the example surgery where the practice is not set up', async () => {
    const { s, inserted } = make('inserted', { practice: DEFAULT_PRACTICE, prefs: { ...DEFAULT_PREFS, training: true } });
    await s.refreshPage();
    expect(await s.insert(template)).toBe(true);
    expect(inserted[0]).toContain('Riverside Surgery');
  });

  it('a safe fix the user applied is what gets sent, while the text is unchanged', async () => {
    const curly = { ...template, id: 'curly', body: 'It’s ready, ((first_name|there)).' };
    const { s, inserted } = make();
    await s.refreshPage();
    await s.insert(curly, { fixed: { from: 'It’s ready, Jane.', to: "It's ready, Jane." } });
    // A fix made for another text (another patient) is not applied.
    await s.insert(curly, { fixed: { from: 'It’s ready, David.', to: "It's ready, David." } });
    expect(inserted).toEqual(["It's ready, Jane.", 'It’s ready, Jane.']);
  });
});

describe('a log that cannot be written', () => {
  it('never blocks the insert, retries, and says so in plain words', async () => {
    const { s, inserted } = make();
    await s.refreshPage();
    const quota = Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    const transaction = db.transaction.bind(db);
    let calls = 0;
    db.transaction = (() => {
      calls++;
      return Promise.reject(quota);
    }) as unknown as typeof db.transaction;
    expect(await s.insert(template)).toBe(true);
    expect(inserted).toHaveLength(1);
    await until(() => (s.logError.value ?? '').includes('not counted'));
    expect(calls).toBe(3);
    expect(s.logError.value).toContain('disk is full');
    db.transaction = transaction;
  }, 10_000);
});
