/**
 * Pages write offers through the background (src/ext/offer-recording.ts), so a write never dies
 * with the page that asked for it. A thin adapter over browser.runtime.sendMessage: it throws when
 * the background cannot be reached (the recorder retries; the write is idempotent by offer id).
 */
import { browser } from 'wxt/browser';
import type * as v from 'valibot';
import type { OfferWriter } from '../log/recorder';
import { TodayReplySchema, WriteReplySchema, type LogRequest } from '../messaging/log-protocol';
import { parse } from '../messaging/protocol';

export function createBackgroundWriter(send: (m: LogRequest) => Promise<unknown> = (m) => browser.runtime.sendMessage(m)): OfferWriter {
  async function ask<S extends v.GenericSchema>(message: LogRequest, schema: S): Promise<v.InferOutput<S>> {
    const reply = parse(schema, await send(message));
    if (!reply) throw Object.assign(new Error('The background did not answer.'), { name: 'NoAnswer' });
    return reply;
  }
  return {
    record: (offer) => ask({ type: 'nudge/log-record', offer }, WriteReplySchema),
    setOutcome: (id, outcome, workstation) => ask({ type: 'nudge/log-outcome', id, outcome, workstation }, WriteReplySchema),
    undo: (id, workstation) => ask({ type: 'nudge/log-undo', id, workstation }, WriteReplySchema),
    countToday: async (workstation) => (await ask({ type: 'nudge/log-today', workstation }, TodayReplySchema)).today,
  };
}
