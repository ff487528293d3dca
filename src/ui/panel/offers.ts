/**
 * The panel's side of the offer log: the offer the outcome bar is about, today's count and any
 * failure to write, as signals over the one recorder (src/log/recorder.ts). The outcome bar is
 * shown as soon as the user acts, never after waiting on the log (the offer's id is known at once).
 */
import { signal } from '@preact/signals';
import type { PromptCard } from '../../catalogue/prompts';
import type { OfferEntry, OfferRecorder, PendingOffer, RecorderStatus } from '../../log/recorder';
import type { Offer } from '../../log/types';
import { OUTCOMES_AFTER_SENDING, outcomeInSentence, type Outcome } from '../../log/vocabulary';
import type { Notices } from './notices';

/** The offer the outcome bar is about: the last one made from this panel. */
export interface LastOffer {
  id: string;
  /** What staff offered, for "Recorded: …". */
  label: string;
  outcome: Outcome;
  /** Outcomes that make sense for it. */
  outcomes: readonly Outcome[];
  /** The prompt card it came from, if any (outcomes on that card update this offer). */
  cardId?: string;
  training: boolean;
}

export type PanelOffers = ReturnType<typeof createPanelOffers>;

export function createPanelOffers(recorder: Pick<OfferRecorder, 'prepare' | 'write' | 'record' | 'setOutcome' | 'undo' | 'countToday'>, notices: Notices) {
  const lastOffer = signal<LastOffer | null>(null);
  const todayCount = signal(0);
  /** Why the log could not be written, in plain words; null while writes work. */
  const logError = signal<string | null>(null);
  /** Inserts on their way to the page, by card: that card's outcome waits for them (one offer, not two). */
  const sending = new Map<string, Promise<unknown>>();
  /** Any send (Insert, Copy, QR) on its way: an outcome clicked in the bar meanwhile is about what it makes. */
  let anyFlight: Promise<unknown> | null = null;

  function follow(p: PendingOffer, label: string, cardId: string | undefined, outcomes: readonly Outcome[]): void {
    lastOffer.value = { id: p.offer.id, label, outcome: p.offer.outcome, outcomes, training: p.offer.training === 1, ...(cardId ? { cardId } : {}) };
  }

  async function setOutcome(outcome: Outcome): Promise<void> {
    // A Copy is recorded once the clipboard has the text, an Insert once the page has it: an outcome
    // clicked in the bar before then belongs to that send's offer, not to the one the bar showed before it.
    if (anyFlight) await anyFlight;
    const last = lastOffer.value;
    if (last) await applyOutcome(last, outcome);
  }

  async function applyOutcome(last: LastOffer, outcome: Outcome): Promise<void> {
    if (last.outcome === outcome) return;
    // Shown at once; a second click on the same outcome (a double click) changes nothing.
    lastOffer.value = { ...last, outcome };
    notices.show({ kind: 'success', text: `Recorded: ${outcomeInSentence(outcome)}.` });
    const ok = await recorder.setOutcome(last.id, outcome);
    if (!ok && lastOffer.value?.id === last.id) lastOffer.value = null;
  }

  function record(entry: OfferEntry, label: string, cardId?: string, outcomes: readonly Outcome[] = OUTCOMES_AFTER_SENDING): PendingOffer | null {
    const p = recorder.record(entry);
    if (p) follow(p, label, cardId, outcomes);
    return p;
  }

  return {
    lastOffer,
    todayCount,
    logError,
    /** What the recorder reports (pass this as its onStatus). */
    status(s: RecorderStatus): void {
      logError.value = s.error;
      if (s.today !== undefined) todayCount.value = s.today;
    },

    /** An offer of a text (or QR code, card) was made: record it and show the outcome bar. Null when logging is off. */
    record,

    /** The offer an Insert carries (the background records it once the text went in), or null when logging is off. */
    prepare(entry: OfferEntry): Offer | null {
      return recorder.prepare(entry);
    },

    /** A send (from `cardId`, if any) is on its way: outcomes in the bar, and that card's, wait for it. */
    sendingFor(cardId: string | undefined, done: Promise<unknown>): void {
      const flight = Promise.allSettled([anyFlight, done]);
      anyFlight = flight;
      void flight.then(() => anyFlight === flight && (anyFlight = null));
      if (!cardId) return;
      const all = Promise.allSettled([sending.get(cardId), done]);
      sending.set(cardId, all);
      void all.then(() => sending.get(cardId) === all && sending.delete(cardId));
    },

    /** The text went in with `offer`: follow it (the background has it already; this confirms and counts it). */
    inserted(offer: Offer, label: string, cardId?: string): void {
      follow(recorder.write(offer), label, cardId, OUTCOMES_AFTER_SENDING);
    },

    /**
     * One click on a card's outcome: updates the card's last offer if it has one (so an Insert
     * and its outcome count once), otherwise records the card as offered in conversation.
     */
    async cardOutcome(card: PromptCard, outcome: Outcome): Promise<void> {
      const flight = sending.get(card.id);
      if (flight) await flight;
      const last = lastOffer.value;
      // That card's own offer, even if another card's send is on its way meanwhile.
      if (last && last.cardId === card.id) return applyOutcome(last, outcome);
      const p = record(
        { service: card.service, item: card.id, via: 'prompt', channel: outcome === 'shown' ? 'shown' : 'spoken', outcome, language: 'en' },
        card.summary,
        card.id,
        card.outcomes.length ? card.outcomes : OUTCOMES_AFTER_SENDING,
      );
      if (p) notices.show({ kind: 'success', text: `Recorded: ${outcomeInSentence(outcome)}.` });
    },

    setOutcome,

    /** Undo the last offer: it leaves every count. */
    async undoLast(): Promise<void> {
      const last = lastOffer.value;
      if (!last) return;
      lastOffer.value = null;
      if (await recorder.undo(last.id)) notices.show({ kind: 'info', text: `Undone: “${last.label}” is no longer counted.` });
    },

    async refreshCount(): Promise<void> {
      const n = await recorder.countToday();
      if (n !== null) todayCount.value = n;
    },
  };
}
