/**
 * The send flow (src/ui/panel/send-flow.ts), in a panel and, last, made alone: what is shown is what is sent, typed values and
 * picks go only to their patient (issue 13, item 1), and one press is one send (item 4).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import type { Template } from '@/src/catalogue/templates';
import { computed, signal } from '@preact/signals';
import type { OfferEntry } from '@/src/log/recorder';
import type { Offer } from '@/src/log/types';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import { createNotices } from '@/src/ui/panel/notices';
import type { PanelOffers } from '@/src/ui/panel/offers';
import { createPageContext } from '@/src/ui/panel/page-context';
import { createPrefs } from '@/src/ui/panel/prefs';
import { createSendFlow } from '@/src/ui/panel/send-flow';
import { readySignal } from '@/src/ui/panel/state';
import { BOB, JANE, NOBODY, fakeHost, makePanel, settleWrites, template } from './panel-helpers';
import { SET_UP_PRACTICE } from './practice-fixture';

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`send-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await settleWrites();
  await db.delete();
});

const results = template('test-results-short');
/** A practice's own text with no fallback for the name: the fill dialog asks for it when the page shows none. */
const needsName: Template = { ...results, id: 'own-needs-name', body: 'Hello ((first_name)), this is ((surgery_name)).' };
const condition: Template = { ...results, id: 'own-condition', service: 'self-care', body: 'Hello ((first_name|there)), the page we talked about: ((condition_url))' };
const TWO_NAMES = { names: ['Jane Smith', 'Bob Jones'], nhsNumbers: [], mobiles: [] };

describe('values typed in the fill dialog belong to the patient they were typed for', () => {
  it('asks for a value the page does not give, then sends with it, for the same patient', async () => {
    const tab = fakeHost({ context: { names: [], nhsNumbers: ['9997877896'], mobiles: [] } });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    expect(await s.send.insert(needsName)).toBe(false);
    expect(s.send.fill.value).toMatchObject({ missing: ['first_name'], action: 'insert' });
    expect(await s.send.submitFill({ first_name: 'Sam' })).toBe(true);
    expect(tab.inserted).toEqual([{ text: 'Hello Sam, this is Castle Mead Medical Centre.', guard: { names: [], nhsNumbers: ['9997877896'], mobiles: [] } }]);
    expect(s.send.fill.value).toBeNull();
  });

  it('“Hello Jane” typed for one patient is refused when the page has moved to Bob before Submit, and what was typed is gone', async () => {
    const tab = fakeHost({ context: { names: [], nhsNumbers: ['9997877896'], mobiles: [] } });
    const { s } = makePanel({ db, host: tab });
    s.page.start();
    await s.page.refreshPage();
    await s.send.insert(needsName);
    // While the user types, the page moves to the next patient (and the panel hears of it).
    tab.page.context = BOB;
    tab.changed();
    expect(await s.send.submitFill({ first_name: 'Jane' })).toBe(false);
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/^Not inserted: the page shows a different patient .*What you typed was cleared/);
    expect(s.send.fill.value).toBeNull();
    expect(await db.offers.count()).toBe(0);
    // Nothing typed is kept: Bob's page shows his name, and that is what a new Insert uses.
    expect(await s.send.insert(needsName)).toBe(true);
    expect(tab.inserted.map((x) => x.text)).toEqual(['Hello Bob, this is Castle Mead Medical Centre.']);
  });

  it('…and when the panel has not heard of the change yet, the page itself refuses it: the guard is the patient it was typed for', async () => {
    const tab = fakeHost({ context: NOBODY });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    await s.send.insert(needsName);
    const stampGuard = s.send.fill.value!.stamp.guard;
    expect(stampGuard).toEqual({ names: [], nhsNumbers: [], mobiles: [] });
    // The page changes, but hello still answers with the old reading (the change is in flight).
    const hello = tab.host.hello;
    tab.host.hello = async () => ({ status: 'ready', page: { type: 'nudge/hello-reply', origin: 'http://127.0.0.1', context: NOBODY, field: 'Message', cues: [] } });
    tab.page.context = BOB;
    expect(await s.send.submitFill({ first_name: 'Jane' })).toBe(false);
    tab.host.hello = hello;
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toContain('different patient');
  });

  it('a value typed while one text box was chosen is refused if the user has since chosen another (another patient’s tab)', async () => {
    const tab = fakeHost({ context: NOBODY, field: 'Message to patient' });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    await s.send.copy(needsName);
    tab.page.field = 'Message to patient (tab 2)';
    expect(await s.send.submitFill({ first_name: 'Jane' })).toBe(false);
    expect(s.notices.notice.value?.text).toMatch(/^Not copied: .*another text box/);
  });

  it('a per-send link (condition_url) is asked for, must be a full https link in the dialog, goes into this text only and is not remembered', async () => {
    const tab = fakeHost();
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    expect(s.send.preview(condition).text).toContain('[Link to the page you talked about]');
    expect(s.send.preview(condition).hasLink).toBe(true);
    await s.send.insert(condition);
    expect(s.send.fill.value?.missing).toEqual(['condition_url']);
    expect(await s.send.submitFill({ condition_url: 'https://www.nhs.uk/conditions/asthma/' })).toBe(true);
    expect(tab.inserted[0]!.text).toBe('Hello Jane, the page we talked about: https://www.nhs.uk/conditions/asthma/');
    // The next send asks again: the link was for that one text.
    expect(await s.send.insert(condition)).toBe(false);
    expect(s.send.fill.value?.missing).toEqual(['condition_url']);
    s.send.cancelFill();
    expect(s.send.preview(condition).text).not.toContain('asthma');
  });
});

describe('a name picked among several belongs to its patient', () => {
  it('is used while the page shows the same patients and field, and dropped when the page reports a change (another patient’s tab)', async () => {
    const tab = fakeHost({ context: TWO_NAMES });
    const { s } = makePanel({ db, host: tab });
    s.page.start();
    await s.page.refreshPage();
    expect(s.page.patientName.value).toBeNull();
    s.page.pick('name', 'Jane Smith');
    expect(s.send.preview(results).text).toMatch(/^Hello Jane,/);
    // The user moves to Bob's tab and clicks in his message box: the page reports a change.
    tab.changed();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.page.patientName.value).toBeNull();
    expect(await s.send.insert(results)).toBe(true);
    expect(tab.inserted[0]!.text).toMatch(/^Hello there,/);
  });

  it('is refused, not sent, when the page has changed field by the time Insert is pressed (before the panel heard of it)', async () => {
    const tab = fakeHost({ context: TWO_NAMES, field: 'Message (Jane)' });
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    s.page.pick('name', 'Jane Smith');
    tab.page.field = 'Message (Bob)';
    expect(await s.send.insert(results)).toBe(false);
    expect(tab.inserted).toEqual([]);
    expect(s.notices.notice.value?.text).toMatch(/changed after you chose the patient’s name/);
    expect(s.page.picked('name')).toBeNull();
  });
});

describe('one press, one send', () => {
  it.each(['insert', 'copy', 'showQr'] as const)('a double click or a held key on %s sends once and records one offer', async (action) => {
    const tab = fakeHost({ record: () => {} });
    const { s, copied } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    const t = template('nhs-app-signup-short');
    const presses = await Promise.all(Array.from({ length: 20 }, () => s.send[action](t)));
    expect(presses.filter(Boolean)).toHaveLength(1);
    expect(tab.inserted.length + copied.length + (s.send.qr.value ? 1 : 0)).toBe(1);
    await settleWrites();
    expect(await db.offers.count()).toBe(1);
  });

  it('presses a moment apart (a second, deliberate send) each count', async () => {
    let now = 0;
    const { s } = makePanel({ db, host: fakeHost({ record: () => {} }) });
    // A guard with a clock the test controls.
    const { createRepeatGuard } = await import('@/src/ui/panel/repeat-guard');
    const guard = createRepeatGuard(() => now, 800);
    const run = () => guard.run('copy|x', async () => true);
    expect(await run()).toBe(true);
    now = 300;
    expect(await run()).toBeUndefined(); // a double click
    now = 900;
    expect(await run()).toBeUndefined(); // held: each press extends the quiet time
    now = 2000;
    expect(await run()).toBe(true); // a new press after a pause
    expect(await guard.run('insert|x', async () => true)).toBe(true); // another action is never blocked
    void s;
  });
});

describe('what is shown is what is sent', () => {
  it('a language version and a one-click fix are sent as shown', async () => {
    const tab = fakeHost({ context: JANE });
    const cy: Template & { versions: Record<string, { body: string; dir: 'ltr' }> } = {
      ...results,
      id: 'own-cy',
      body: 'It’s ready, ((first_name|there)).',
      versions: { cy: { body: 'Mae’n barod, ((first_name|there)).', dir: 'ltr' } },
    };
    const { s } = makePanel({ db, host: tab });
    await s.page.refreshPage();
    const shown = s.send.preview(cy, { language: 'cy' });
    expect(shown.text).toBe('Mae’n barod, Jane.');
    await s.send.insert(cy, { language: 'cy', fixed: { from: shown.text, to: "Mae'n barod, Jane." } });
    expect(tab.inserted[0]!.text).toBe("Mae'n barod, Jane.");
    // A fix made for other words (another patient) is not applied.
    await new Promise((r) => setTimeout(r, 900));
    await s.send.insert(cy, { fixed: { from: 'It’s ready, David.', to: "It's ready, David." } });
    expect(tab.inserted[1]!.text).toBe('It’s ready, Jane.');
    await settleWrites();
    expect((await db.offers.toArray()).map((o) => o.language).sort()).toEqual(['cy', 'en']);
  });
});

/**
 * The send flow made alone (issue 14, item 4): no panel state, no recorder, no database. Its
 * parts are a real page context over a fake tab, real preferences and notices, and an offers
 * part that only writes down what it was asked to record.
 */
describe('the send flow alone', () => {
  function alone(opts: { training?: boolean; practice?: Partial<Settings>; policyRead?: boolean } = {}) {
    const settings = signal<Settings>({ ...DEFAULT_SETTINGS, ...SET_UP_PRACTICE, trainingModeAllowed: true, ...opts.practice });
    const tab = fakeHost({ context: JANE });
    const page = createPageContext(tab.host);
    const prefs = createPrefs({ initial: { training: opts.training ?? false }, settings, workstation: 'ws-alone' });
    const notices = createNotices();
    const asked: { how: string; entry?: OfferEntry; label?: string; cardId?: string | undefined }[] = [];
    const offer = (entry: OfferEntry): Offer => ({ ...entry, id: `o${asked.length}`, time: 0, day: '2026-12-01', updated: 0, deleted: 0, role: 'receptionist', setting: 'phone', workstation: 'ws-alone', training: 0 });
    const offers = {
      prepare: (entry: OfferEntry) => {
        asked.push({ how: 'prepare', entry });
        return offer(entry);
      },
      inserted: (o: Offer, label: string, cardId?: string) => void asked.push({ how: 'inserted', entry: o, label, cardId }),
      record: (entry: OfferEntry, label: string, cardId?: string) => {
        asked.push({ how: 'record', entry, label, cardId });
        return null;
      },
      sendingFor: () => {},
    } as unknown as PanelOffers;
    const policy = readySignal(opts.policyRead ?? true);
    const copied: string[] = [];
    const printed: string[] = [];
    const send = createSendFlow({
      page,
      prefs,
      offers,
      notices,
      host: tab.host,
      practice: computed(() => settings.value),
      policyRead: policy.ready,
      whenPolicyRead: policy.when,
      writeClipboard: async (t) => void copied.push(t),
      openPrint: (t, lang) => void printed.push(`${t.id}:${lang}`),
    });
    return { send, tab, page, notices, asked, copied, printed, policy, settings };
  }

  it('inserts the text as previewed, with the offer the offers part prepared, then tells it the text went in', async () => {
    const a = alone();
    await a.page.refreshPage();
    const shown = a.send.preview(results);
    expect(shown.text).toMatch(/^Hello Jane,/);
    expect(await a.send.insert(results, { cardId: 'reception-test-results' })).toBe(true);
    expect(a.tab.inserted.map((i) => i.text)).toEqual([shown.text]);
    expect(a.asked.map((x) => [x.how, x.entry?.channel, x.entry?.item, x.cardId])).toEqual([
      ['prepare', 'inserted', 'test-results-short', undefined],
      ['inserted', 'inserted', 'test-results-short', 'reception-test-results'],
    ]);
    expect(a.notices.notice.value?.kind).toBe('success');
  });

  it('copies and shows a QR code, asking the offers part to record each with its channel', async () => {
    const a = alone();
    await a.page.refreshPage();
    const app = template('nhs-app-signup-short');
    expect(await a.send.copy(app)).toBe(true);
    expect(a.copied).toEqual([a.send.preview(app).text]);
    expect(await a.send.showQr(app)).toBe(true);
    expect(a.send.qr.value?.url).toMatch(/^https:\/\//);
    expect(a.asked.map((x) => [x.how, x.entry?.channel, x.entry?.via])).toEqual([
      ['record', 'copied', 'template'],
      ['record', 'qr', 'qr'],
    ]);
  });

  it('refuses a text whose practice details are not set up, records nothing, and points to set-up; in training the example surgery stands in, marked', async () => {
    const a = alone({ practice: { surgeryName: '' } });
    await a.page.refreshPage();
    expect(await a.send.insert(results)).toBe(false);
    expect(await a.send.print(results)).toBe(false);
    expect(a.notices.notice.value).toMatchObject({ kind: 'error', setUp: true });
    expect(a.tab.inserted).toEqual([]);
    expect(a.printed).toEqual([]);
    expect(a.asked).toEqual([]);
    const t = alone({ practice: { surgeryName: '' }, training: true });
    await t.page.refreshPage();
    expect(t.send.preview(results).example).toBe(true);
    expect(await t.send.print(results)).toBe(true);
    expect(t.printed).toEqual(['test-results-short:en']);
  });

  it('waits for the managed policy before sending, and says so meanwhile', async () => {
    const a = alone({ policyRead: false });
    await a.page.refreshPage();
    const going = a.send.insert(results);
    await new Promise((r) => setTimeout(r, 10));
    expect(a.tab.inserted).toEqual([]);
    expect(a.notices.notice.value?.text).toMatch(/Reading your practice’s settings/);
    a.policy.set();
    expect(await going).toBe(true);
    expect(a.tab.inserted).toHaveLength(1);
  });
});

describe('the notices alone', () => {
  it('shows one message at a time, the latest, and clears', () => {
    const n = createNotices();
    expect(n.notice.value).toBeNull();
    n.show({ kind: 'info', text: 'one' });
    n.show({ kind: 'error', text: 'two', setUp: true });
    expect(n.notice.value).toEqual({ kind: 'error', text: 'two', setUp: true });
    n.clear();
    expect(n.notice.value).toBeNull();
  });
});
