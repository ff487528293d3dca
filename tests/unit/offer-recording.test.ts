/**
 * The background writes offers (src/ext/offer-recording.ts): only for the extension's own pages,
 * only valid messages, in the order they came, once per offer, and an Insert's offer only when
 * the text went in, whatever the panel does afterwards.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogDatabase } from '@/src/log/db';
import { makeOffer, countToday } from '@/src/log/record';
import type { Offer } from '@/src/log/types';
import { createOfferRecording } from '@/src/ext/offer-recording';

const ID = 'nudge-id';
const ORIGIN = `chrome-extension://${ID}`;
const PANEL = { id: ID, url: `${ORIGIN}/sidepanel.html` };
/** A panel popped out into a tab (and the tests' panels) is still one of our pages. */
const PANEL_IN_TAB = { id: ID, url: `${ORIGIN}/sidepanel.html?tabId=4`, tab: { id: 9 } };

let db: LogDatabase;
let tabAnswers: (message: unknown) => unknown;
let sentToTab: unknown[];
let frameAnswers: (message: unknown) => unknown;
let sentToFrames: unknown[];
beforeEach(() => {
  db = new LogDatabase(`bg-${crypto.randomUUID()}`);
  sentToTab = [];
  sentToFrames = [];
  frameAnswers = () => null;
  tabAnswers = () => ({ type: 'nudge/insert-reply', status: 'inserted', field: 'Message' });
});
afterEach(async () => {
  await db.delete();
});

const make = () =>
  createOfferRecording({
    openLog: () => db,
    sendToTab: async (_tab, m) => (sentToTab.push(m), tabAnswers(m)),
    sendToFrames: async (_tab, m) => (sentToFrames.push(m), frameAnswers(m)),
    extensionId: ID,
    extensionOrigin: ORIGIN,
    retry: { wait: () => 1 },
  });

const offer = (over: Partial<Offer> = {}): Offer =>
  ({ ...makeOffer({ service: 'nhs-app', item: 'nhs-app-signup-short', via: 'template', channel: 'inserted', role: 'receptionist', setting: 'phone', outcome: 'offered', workstation: 'ws-1', language: 'en', training: 0 }), ...over });
const insertRequest = { type: 'nudge/insert', text: 'Hello Jane', guard: { names: ['Jane Smith'] } };

describe('the background’s offer log', () => {
  it('records an offer from the panel, once however often it is sent, and answers with today’s count', async () => {
    const bg = make();
    const o = offer();
    const answers = await Promise.all([1, 2, 3].map(() => bg.onMessage({ type: 'nudge/log-record', offer: o }, PANEL)));
    expect(answers).toEqual([{ ok: true, found: true, today: 1 }, { ok: true, found: true, today: 1 }, { ok: true, found: true, today: 1 }]);
    expect(await db.offers.count()).toBe(1);
  });

  it('applies writes in the order they came: an outcome sent straight after its offer is never lost', async () => {
    const bg = make();
    const o = offer();
    const [, changed] = await Promise.all([
      bg.onMessage({ type: 'nudge/log-record', offer: o }, PANEL),
      bg.onMessage({ type: 'nudge/log-outcome', id: o.id, outcome: 'accepted', workstation: 'ws-1' }, PANEL),
    ]);
    expect(changed).toMatchObject({ ok: true, found: true });
    expect((await db.offers.get(o.id))?.outcome).toBe('accepted');
    expect(await bg.onMessage({ type: 'nudge/log-undo', id: o.id, workstation: 'ws-1' }, PANEL_IN_TAB)).toMatchObject({ ok: true, found: true, today: 0 });
  });

  it('relays an Insert and records its offer only when the text went in, without waiting for the panel', async () => {
    const bg = make();
    const o = offer();
    expect(await bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: o }, PANEL)).toEqual({
      reply: { type: 'nudge/insert-reply', status: 'inserted', field: 'Message' },
    });
    expect(sentToTab).toEqual([insertRequest]);
    expect(await bg.onMessage({ type: 'nudge/log-today', workstation: 'ws-1' }, PANEL)).toEqual({ today: 1 });

    for (const status of ['patient-changed', 'no-field', 'failed', 'something-new']) {
      tabAnswers = () => ({ type: 'nudge/insert-reply', status, field: null });
      await bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: offer() }, PANEL);
    }
    tabAnswers = () => {
      throw new Error('Could not establish connection');
    };
    expect(await bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: offer() }, PANEL)).toEqual({ reply: null });
    expect(await countToday(db, 'ws-1')).toBe(1);
  });

  it('a box in a frame: the top frame checks the patient, then the frame is asked; no answer from it means Nudge may not reach it', async () => {
    const bg = make();
    tabAnswers = () => ({ type: 'nudge/insert-reply', status: 'in-frame', field: 'Reply', frame: [1], origin: 'https://messages.example.nhs.uk' });
    frameAnswers = (m) => ((m as { frame?: number[] }).frame?.[0] === 1 ? { type: 'nudge/insert-reply', status: 'inserted', field: 'Reply' } : null);
    expect(await bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: offer() }, PANEL)).toEqual({
      reply: { type: 'nudge/insert-reply', status: 'inserted', field: 'Reply' },
    });
    expect(sentToFrames).toEqual([{ type: 'nudge/insert', text: insertRequest.text, frame: [1] }]);
    expect(await bg.onMessage({ type: 'nudge/log-today', workstation: 'ws-1' }, PANEL)).toEqual({ today: 1 });

    // No content script answers in that frame (Nudge may not reach its site), or it throws.
    for (const answer of [() => null, () => Promise.reject(new Error('Receiving end does not exist.'))]) {
      frameAnswers = answer;
      expect(await bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: offer() }, PANEL)).toEqual({
        reply: { type: 'nudge/insert-reply', status: 'frame-blocked', field: 'Reply', frame: [1], origin: 'https://messages.example.nhs.uk' },
      });
    }
    // A frame that answers "in-frame" again is not trusted.
    frameAnswers = tabAnswers;
    expect(await bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: offer() }, PANEL)).toMatchObject({ reply: { status: 'frame-blocked' } });
    expect(await bg.onMessage({ type: 'nudge/log-today', workstation: 'ws-1' }, PANEL)).toEqual({ today: 1 });
  });

  it.each([
    ['a content script (its url is the host page’s)', { id: ID, url: 'https://clinical.example.nhs.uk/patient', tab: { id: 4 } }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }],
    ['a page pretending with our id but another origin', { id: ID, url: 'https://evil.example/chrome-extension://nudge-id/' }],
    ['no sender details', {}],
  ])('ignores messages from %s', async (_name, sender) => {
    const bg = make();
    expect(bg.onMessage({ type: 'nudge/log-record', offer: offer() }, sender)).toBeUndefined();
    expect(bg.onMessage({ type: 'nudge/insert-and-record', tabId: 4, request: insertRequest, offer: offer() }, sender)).toBeUndefined();
    expect(sentToTab).toEqual([]);
    expect(await db.offers.count()).toBe(0);
  });

  it.each([
    ['an offer with patient data in it', { type: 'nudge/log-record', offer: { ...offer(), patient: 'Jane Smith' } }],
    ['an undone offer sent as new', { type: 'nudge/log-record', offer: offer({ deleted: 1 }) }],
    ['an unknown outcome', { type: 'nudge/log-outcome', id: 'x', outcome: 'maybe', workstation: 'ws-1' }],
    ['a relayed message that is not an insert', { type: 'nudge/insert-and-record', tabId: 4, request: { type: 'nudge/stop' } }],
    ['a text too long', { type: 'nudge/insert-and-record', tabId: 4, request: { type: 'nudge/insert', text: 'x'.repeat(5001) } }],
    ['an unknown type', { type: 'nudge/log-everything' }],
    ['not an object', 'nudge/log-record'],
  ])('refuses %s, changing nothing', async (_name, message) => {
    const bg = make();
    expect(bg.onMessage(message, PANEL)).toBeUndefined();
    expect(sentToTab).toEqual([]);
    expect(await db.offers.count()).toBe(0);
  });

  it('a write that keeps failing is tried three times, then answered in plain words', async () => {
    let tries = 0;
    const broken = new LogDatabase(`bg-broken-${crypto.randomUUID()}`);
    broken.transaction = (() => {
      tries++;
      return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    }) as unknown as typeof broken.transaction;
    const bg = createOfferRecording({ openLog: () => broken, sendToTab: async () => null, sendToFrames: async () => null, extensionId: ID, extensionOrigin: ORIGIN, retry: { wait: () => 1 } });
    expect(await bg.onMessage({ type: 'nudge/log-record', offer: offer() }, PANEL)).toEqual({
      ok: false,
      error: 'The computer’s disk is full, so the log could not be saved. Free some disk space or ask your IT support for help.',
    });
    expect(tries).toBe(3);
  });
});
