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
import { createDbWriter, withRetries, type WriteResult } from '../log/recorder';
import { LogRequestSchema, type LogRequest } from '../messaging/log-protocol';
import { fromExtensionPage, InsertReplySchema, parse, type InsertReply, type SenderLike } from '../messaging/protocol';
import type { Offer } from '../log/types';

let db: LogDatabase | null = null;
/** The log, opened again after another page upgraded or closed it. */
function openLog(): LogDatabase {
  if (!db || db.hasBeenClosed()) db = new LogDatabase();
  return db;
}

const writer = createDbWriter(openLog);
let queue: Promise<unknown> = Promise.resolve();

/** Run one write after every write asked for before it, retried; never rejects. */
function enqueue(run: () => Promise<WriteResult>): Promise<WriteResult> {
  const next = queue.then(() =>
    withRetries(run, { onRetry: () => db?.close() }).catch((e: unknown): WriteResult => ({ ok: false, error: describeWriteError(e) })),
  );
  queue = next;
  return next;
}

/** Write one offer (once, by its id). */
export function recordInBackground(offer: Offer): Promise<WriteResult> {
  return enqueue(() => writer.record(offer));
}

async function relayInsert(m: Extract<LogRequest, { type: 'nudge/insert-and-record' }>): Promise<{ reply: InsertReply | null }> {
  let reply: InsertReply | null = null;
  try {
    reply = parse(InsertReplySchema, await browser.tabs.sendMessage(m.tabId, m.request, { frameId: 0 }));
  } catch {
    reply = null; // no content script there, or the tab is gone
  }
  // Recorded here, not by the panel: the panel may already be closed.
  if (reply?.status === 'inserted' && m.offer) void recordInBackground(m.offer);
  return { reply };
}

/** What the background answers to one validated request. */
export function handleLogRequest(m: LogRequest): Promise<unknown> {
  switch (m.type) {
    case 'nudge/log-record':
      return recordInBackground(m.offer);
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

/** Listen for log messages from the extension's own pages. */
export function startOfferRecording(): void {
  const origin = browser.runtime.getURL('/').replace(/\/$/, '');
  browser.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => {
    if (!fromExtensionPage(sender, browser.runtime.id, origin)) return undefined;
    const request = parse(LogRequestSchema, message);
    if (!request) return undefined;
    return handleLogRequest(request);
  });
}
