/**
 * The one way an offer is recorded, wherever it is made (an Insert, a Copy, a QR code, a card's
 * outcome, a poster, the keyboard): the offer is assembled here from what was offered and from
 * one source of role, setting and training mode, written through an `OfferWriter`, retried, and
 * any failure put in plain words. No Preact, no browser APIs: the panel and the print page wrap it.
 *
 * Exactly once: every offer gets its id here, synchronously, when the user acts; writers store an
 * id only once (log/record.ts storeOffer), so a retried or repeated write never counts twice, and
 * the caller can show the outcome bar before the write has finished.
 */
import type { PanelPrefs } from '../settings/prefs';
import type { ServiceId } from '../catalogue/services';
import { describeWriteError } from './errors';
import { makeOffer, systemClock, type Clock } from './new-offer';
import type { Offer } from './types';
import { settingForRole, type Channel, type Outcome, type Role, type Setting, type Via } from './vocabulary';

/** Who is making offers and how they are counted: the same for the panel and the print page. */
export interface RecordingSource {
  role: Role;
  setting: Setting;
  /** Offers in training mode are kept apart (left out of counts and exports). */
  training: boolean;
  workstation: string;
  /** The practice's ODS code ('' when not set: offers are then stored without one). */
  practice: string;
  /** False when the practice has switched the log off: texts still go out, nothing is recorded. */
  logging: boolean;
}

/** The settings a recording source depends on (a subset of the effective settings). */
export interface RecordingSettings {
  defaultRole: Role;
  trainingMode: boolean;
  trainingModeAllowed: boolean;
  loggingEnabled: boolean;
  practiceOdsCode: string;
}

/**
 * The role, setting and training mode in force: the role chosen in the panel (else the practice's
 * default role), the setting chosen (else the role's usual one), and training mode when the
 * practice forces it or allows it and staff switched it on.
 */
export function recordingSource(prefs: PanelPrefs, settings: RecordingSettings, workstation: string): RecordingSource {
  const role = prefs.role ?? settings.defaultRole ?? 'receptionist';
  return {
    role,
    setting: prefs.setting ?? settingForRole(role),
    training: settings.trainingMode || (settings.trainingModeAllowed && prefs.training),
    workstation,
    practice: settings.practiceOdsCode,
    logging: settings.loggingEnabled,
  };
}

/** What was offered: everything but who offered it and when. */
export interface OfferEntry {
  service: ServiceId;
  /** Template or prompt card id ('' for none). */
  item: string;
  via: Via;
  channel: Channel;
  outcome: Outcome;
  language: string;
}

/** How a write went: `today` is this workstation's count of today's real offers after it, when known. */
export type WriteResult = { ok: true; found: boolean; today?: number } | { ok: false; error: string };

/**
 * Where offers are written. A writer throws when it could not be reached (the recorder retries);
 * it returns `ok: false` for a failure it has already retried and described.
 */
export interface OfferWriter {
  record(offer: Offer): Promise<WriteResult>;
  setOutcome(id: string, outcome: Outcome, workstation: string): Promise<WriteResult>;
  undo(id: string, workstation: string): Promise<WriteResult>;
  countToday(workstation: string): Promise<number>;
}

export interface RetryOptions {
  tries?: number;
  /** Milliseconds to wait before try `n + 1` (n from 1). */
  wait?: (n: number) => number;
  onRetry?: (error: unknown, n: number) => void;
}

/** Run `attempt` until it resolves, at most `tries` times; the last error is thrown. */
export async function withRetries<T>(attempt: () => Promise<T>, { tries = 3, wait = (n) => 250 * n, onRetry }: RetryOptions = {}): Promise<T> {
  let failure: unknown;
  for (let n = 1; n <= tries; n++) {
    try {
      return await attempt();
    } catch (e) {
      failure = e;
      if (n < tries) {
        onRetry?.(e, n);
        await new Promise((r) => setTimeout(r, wait(n)));
      }
    }
  }
  throw failure;
}

/** What the recorder tells its page: an error in plain words (null once writes work again) and today's count. */
export interface RecorderStatus {
  error: string | null;
  today?: number;
}

/** An offer handed to the recorder: known at once, written in the background. */
export interface PendingOffer {
  offer: Offer;
  /** Resolves true once it is in the log, false when it could not be written (the error is reported). */
  written: Promise<boolean>;
}

export interface RecorderDeps {
  writer: OfferWriter;
  /** Read afresh for every offer (the user may switch role or training mode at any time). */
  source: () => RecordingSource;
  clock?: Clock;
  newId?: () => string;
  onStatus?: (s: RecorderStatus) => void;
  retry?: RetryOptions;
}

export type OfferRecorder = ReturnType<typeof createOfferRecorder>;

export function createOfferRecorder(deps: RecorderDeps) {
  const clock = deps.clock ?? systemClock;
  const report = (s: RecorderStatus) => deps.onStatus?.(s);
  /** Writes of offers not yet settled: a change to an offer waits for the offer itself to be written. */
  const pending = new Map<string, Promise<unknown>>();
  const settled = (id: string) => pending.get(id) ?? Promise.resolve();

  async function write(run: () => Promise<WriteResult>, failed: string): Promise<Extract<WriteResult, { ok: true }> | null> {
    let result: WriteResult;
    try {
      result = await withRetries(run, {
        ...deps.retry,
        onRetry: (e) => report({ error: `${describeWriteError(e)} Trying again…` }),
      });
    } catch (e) {
      result = { ok: false, error: describeWriteError(e) };
    }
    if (!result.ok) {
      report({ error: `${result.error} ${failed}` });
      return null;
    }
    report({ error: null, ...(result.today !== undefined ? { today: result.today } : {}) });
    return result;
  }

  /**
   * The offer this entry makes now, with its final id, or null when the practice has switched
   * the log off. Not written yet: see `writeOffer` (an Insert hands it to the background with the text).
   */
  function prepare(entry: OfferEntry): Offer | null {
    const src = deps.source();
    if (!src.logging) return null;
    return makeOffer(
      { ...entry, role: src.role, setting: src.setting, workstation: src.workstation, training: src.training ? 1 : 0, practice: src.practice },
      clock,
      deps.newId?.() ?? crypto.randomUUID(),
    );
  }

  /** Write a prepared offer (once: writing the same offer again is harmless). */
  function writeOffer(offer: Offer): PendingOffer {
    const written = write(() => deps.writer.record(offer), 'This offer was not counted; the text itself was not affected.').then((r) => r !== null);
    pending.set(offer.id, written);
    void written.then(() => pending.get(offer.id) === written && pending.delete(offer.id));
    return { offer, written };
  }

  return {
    /** The source offers are recorded with now. */
    source: deps.source,
    prepare,
    write: writeOffer,

    /** Record an offer now (`prepare`, then `write`). Null when the practice has switched the log off. */
    record(entry: OfferEntry): PendingOffer | null {
      const offer = prepare(entry);
      return offer ? writeOffer(offer) : null;
    },

    /** Change a recorded offer's outcome. Resolves false when it could not be changed (or is gone). */
    async setOutcome(id: string, outcome: Outcome): Promise<boolean> {
      await settled(id);
      const r = await write(() => deps.writer.setOutcome(id, outcome, deps.source().workstation), 'The outcome was not saved.');
      return r !== null && r.found;
    },

    /** Undo a recorded offer: it leaves every count. Resolves false when it could not be undone. */
    async undo(id: string): Promise<boolean> {
      await settled(id);
      const r = await write(() => deps.writer.undo(id, deps.source().workstation), 'The offer was not undone.');
      return r !== null && r.found;
    },

    /** This workstation's real offers today, or null when the log cannot be read just now. */
    async countToday(): Promise<number | null> {
      try {
        return await deps.writer.countToday(deps.source().workstation);
      } catch {
        return null;
      }
    },
  };
}
