/** The panel's offers alone (src/ui/panel/offers.ts, over the recorder): one offer however fast the clicks. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROMPTS } from '@/src/catalogue/prompts';
import { LogDatabase } from '@/src/log/db';
import { createOfferRecorder, recordingSource } from '@/src/log/recorder';
import { createDbWriter } from '@/src/log/db-writer';
import { DEFAULT_SETTINGS } from '@/src/settings/model';
import { DEFAULT_PREFS } from '@/src/settings/prefs';
import { createNotices } from '@/src/ui/panel/notices';
import { createPanelOffers, type PanelOffers } from '@/src/ui/panel/offers';
import { until } from './panel-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`offers-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await new Promise((r) => setTimeout(r, 30));
  await db.delete();
});

function make(): PanelOffers {
  let offers: PanelOffers | null = null;
  const recorder = createOfferRecorder({
    writer: createDbWriter(() => db),
    source: () => recordingSource(DEFAULT_PREFS, DEFAULT_SETTINGS, 'ws-1'),
    onStatus: (s) => offers?.status(s),
  });
  offers = createPanelOffers(recorder, createNotices());
  return offers;
}

const card = PROMPTS.find((p) => p.id === 'reception-test-results')!;
const ENTRY = { service: 'nhs-app', item: 'nhs-app-signup-short', via: 'template', channel: 'copied', outcome: 'offered', language: 'en' } as const;

describe('outcomes, however fast the clicks', () => {
  it('20 quick clicks on a card’s outcome record one offer', async () => {
    const offers = make();
    await Promise.all(Array.from({ length: 20 }, () => offers.cardOutcome(card, 'accepted')));
    await until(() => offers.todayCount.value === 1);
    expect(await db.offers.count()).toBe(1);
    expect((await db.offers.toArray())[0]).toMatchObject({ item: card.id, outcome: 'accepted', via: 'prompt' });
  });

  it('clicks on different outcomes of one card change one offer, ending on the last click', async () => {
    const offers = make();
    await Promise.all([offers.cardOutcome(card, 'declined'), offers.cardOutcome(card, 'accepted'), offers.cardOutcome(card, 'needs-support')]);
    await until(async () => (await db.offers.toArray())[0]?.outcome === 'needs-support');
    expect(await db.offers.count()).toBe(1);
    expect(offers.lastOffer.value?.outcome).toBe('needs-support');
  });

  it('double clicks in the outcome bar change the offer once and show it at once', async () => {
    const offers = make();
    offers.record(ENTRY, 'Sign up');
    expect(offers.lastOffer.value).toMatchObject({ outcome: 'offered', label: 'Sign up' });
    await Promise.all([offers.setOutcome('accepted'), offers.setOutcome('accepted')]);
    expect(offers.lastOffer.value?.outcome).toBe('accepted');
    expect(await db.offers.count()).toBe(1);
    expect((await db.offers.toArray())[0]?.outcome).toBe('accepted');
  });

  it('Undo takes the offer out of the count and hides the bar', async () => {
    const offers = make();
    offers.record(ENTRY, 'Sign up');
    await offers.undoLast();
    expect(offers.lastOffer.value).toBeNull();
    await until(() => offers.todayCount.value === 0);
    expect((await db.offers.toArray())[0]).toMatchObject({ deleted: 1 });
  });

  it('an outcome clicked on a card while its Insert is on the way waits for it, and updates that offer', async () => {
    const offers = make();
    let done: (v: boolean) => void = () => {};
    const sending = new Promise<boolean>((r) => (done = r));
    offers.sendingFor(card.id, sending);
    const clicked = offers.cardOutcome(card, 'accepted');
    const offer = offers.prepare(ENTRY)!;
    offers.inserted(offer, 'Results', card.id);
    done(true);
    await clicked;
    await until(async () => (await db.offers.toArray())[0]?.outcome === 'accepted');
    expect(await db.offers.count()).toBe(1);
    expect((await db.offers.toArray())[0]?.id).toBe(offer.id);
  });

  it('an outcome clicked in the bar while a Copy is on its way applies to the Copy’s offer, not the one before', async () => {
    const offers = make();
    offers.record(ENTRY, 'Sign up', card.id);
    let done: (v: boolean) => void = () => {};
    const copying = new Promise<boolean>((r) => (done = r));
    offers.sendingFor(undefined, copying);
    const clicked = offers.setOutcome('accepted');
    // The clipboard has the text now: the Copy is recorded.
    offers.record({ ...ENTRY, item: 'test-results-short' }, 'Results');
    done(true);
    await clicked;
    const byItem = async (item: string) => (await db.offers.toArray()).find((o) => o.item === item);
    await until(async () => (await byItem('test-results-short'))?.outcome === 'accepted');
    expect((await byItem('nhs-app-signup-short'))?.outcome).toBe('offered');
    expect(offers.lastOffer.value).toMatchObject({ label: 'Results', outcome: 'accepted' });
  });

  it('an outcome clicked in the bar while a send fails applies to the offer the bar still shows', async () => {
    const offers = make();
    offers.record(ENTRY, 'Sign up');
    let done: (v: boolean) => void = () => {};
    offers.sendingFor(undefined, new Promise<boolean>((r) => (done = r)));
    const clicked = offers.setOutcome('declined');
    done(false);
    await clicked;
    await until(async () => (await db.offers.toArray())[0]?.outcome === 'declined');
    expect(await db.offers.count()).toBe(1);
  });
  it('an outcome on a card whose offer the bar shows applies to it at once, even while another card’s send is on its way', async () => {
    const offers = make();
    const other = PROMPTS.find((p) => p.id !== card.id)!;
    offers.record(ENTRY, 'Results', card.id);
    let done: (v: boolean) => void = () => {};
    offers.sendingFor(other.id, new Promise<boolean>((r) => (done = r)));
    await offers.cardOutcome(card, 'accepted');
    expect(offers.lastOffer.value).toMatchObject({ cardId: card.id, outcome: 'accepted' });
    done(true);
    await until(async () => (await db.offers.toArray())[0]?.outcome === 'accepted');
    expect(await db.offers.count()).toBe(1);
  });
});
