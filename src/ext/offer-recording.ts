/**
 * The background's part in recording offers: it writes every offer the extension's pages hand it
 * (and relays Inserts, recording the offer once the text went in), so an offer the user made is
 * counted even if the panel closes straight after (issue 13, item 4). Each message is validated
 * and must come from one of this extension's own pages. Writes run one at a time, in the order
 * they arrived (an outcome never overtakes its offer), each retried and, when it still fails,
 * answered in plain words.
 */
import { browser } from 'wxt/browser';
import { LogDatabase } from '../log/db';
import { describeWriteError } from '../log/errors';
import { withRetries, type RetryOptions, type WriteResult } from '../log/recorder';
import { createDbWriter } from '../log/db-writer';
import { fromOwnPage, LogRequestSchema, type LogRequest } from '../messaging/log-protocol';
import { InsertReplySchema, parse, type InsertReply, type SenderLike } from '../messaging/protocol';

export interface OfferRecordingDeps {
  /** The log (opened again when it was closed: another page upgraded it, or a write failed). */
  openLog: () => LogDatabase;
  /** Send a request to a tab's top frame (the content script) and return its answer. */
  sendToTab: (tabId: number, message: unknown) => Promise<unknown>;
  /** Send a request to every frame of a tab; the one it names answers (for a box inside a frame). */
  sendToFrames: (tabId: number, message: unknown) => Promise<unknown>;
  extensionId: string;
  extensionOrigin: string;
  retry?: RetryOptions;
}

export type OfferRecording = ReturnType<typeof createOfferRecording>;

export function createOfferRecording(deps: OfferRecordingDeps) {
  const writer = createDbWriter(deps.openLog);
  let queue: Promise<unknown> = Promise.resolve();

  /** Run one write after every write asked for before it, retried; never rejects. */
  function enqueue(run: () => Promise<WriteResult>): Promise<WriteResult> {
    const next = queue.then(() => withRetries(run, deps.retry).catch((e: unknown): WriteResult => ({ ok: false, error: describeWriteError(e) })));
    queue = next;
    return next;
  }

  async function relayInsert(m: Extract<LogRequest, { type: 'nudge/insert-and-record' }>): Promise<{ reply: InsertReply | null }> {
    let reply: InsertReply | null = null;
    try {
      reply = parse(InsertReplySchema, await deps.sendToTab(m.tabId, m.request));
      if (reply?.status === 'in-frame' && m.request.type === 'nudge/insert') {
        // The user's box is in a frame of another origin, and the top frame has just checked the
        // patient: ask the content script in that frame (every frame hears it; only that one answers).
        // No answer means Nudge may not reach that frame's site (issue 12, item 2).
        const framed = { type: 'nudge/insert', text: m.request.text, frame: reply.frame };
        const inFrame = parse(InsertReplySchema, await deps.sendToFrames(m.tabId, framed).catch(() => null));
        reply = inFrame && inFrame.status !== 'in-frame' ? inFrame : { ...reply, status: 'frame-blocked' };
      }
    } catch {
      reply = null; // no content script there, or the tab is gone
    }
    // Recorded here, not by the panel: the panel may already be closed.
    if (reply?.status === 'inserted' && m.offer) void enqueue(() => writer.record(m.offer!));
    return { reply };
  }

  /** What the background answers to one validated request. */
  function handle(m: LogRequest): Promise<unknown> {
    switch (m.type) {
      case 'nudge/log-record':
        return enqueue(() => writer.record(m.offer));
      case 'nudge/log-outcome':
        return enqueue(() => writer.setOutcome(m.id, m.outcome, m.workstation));
      case 'nudge/log-undo':
        return enqueue(() => writer.undo(m.id, m.workstation));
      case 'nudge/log-today':
        return queue.then(() => writer.countToday(m.workstation)).then(
          (today) => ({ today }),
          () => ({ today: 0 }),
        );
      case 'nudge/insert-and-record':
        return relayInsert(m);
    }
  }

  return {
    /** The answer to a message, or undefined when it is not ours to answer (wrong sender, not valid). */
    onMessage(message: unknown, sender: SenderLike): Promise<unknown> | undefined {
      if (!fromOwnPage(sender, deps.extensionId, deps.extensionOrigin)) return undefined;
      const request = parse(LogRequestSchema, message);
      return request ? handle(request) : undefined;
    },
  };
}

/** Listen for log messages from the extension's own pages. */
export function startOfferRecording(): void {
  let db: LogDatabase | null = null;
  const recording = createOfferRecording({
    openLog: () => {
      if (!db || db.hasBeenClosed()) db = new LogDatabase();
      return db;
    },
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    sendToFrames: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/').replace(/\/$/, ''),
    // A failed write may leave the connection unusable: close it, and the next try opens it again.
    retry: { onRetry: () => db?.close() },
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => recording.onMessage(message, sender));
}
