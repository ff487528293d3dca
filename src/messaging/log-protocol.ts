/**
 * Messages from extension pages (the panel, the print page) to the background, which writes the
 * offer log. The background validates each as if a hostile page wrote it and acts only on
 * messages from this extension's own pages (never a content script or another extension).
 *
 * Why the background writes: an offer the user made must be recorded even if the panel closes at
 * once (issue 13, item 4). A page's own write dies with the page; the background's does not. An
 * Insert goes through the background too, with its offer, so that a text that went in is always
 * counted, whatever happens to the panel after the click.
 */
import * as v from 'valibot';
import { HostRequestSchema, InsertReplySchema, type SenderLike } from './protocol';
import { OfferSchema } from '../log/offer-schema';
import { OUTCOMES } from '../log/vocabulary';

const Id = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9-]+$/));
const Workstation = v.pipe(v.string(), v.minLength(1), v.maxLength(64), v.regex(/^[A-Za-z0-9._-]+$/));
/** A new offer: live (never sent as undone) and as the recorder made it. */
const NewOffer = v.pipe(
  OfferSchema,
  v.check((o) => o.deleted === 0 && o.updated === o.time, 'A new offer is live and unchanged.'),
);
const InsertRequest = v.pipe(
  HostRequestSchema,
  v.check((r) => r.type === 'nudge/insert', 'Only an insert may be relayed.'),
);

export const LogRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('nudge/log-record'), offer: NewOffer }),
  v.strictObject({ type: v.literal('nudge/log-outcome'), id: Id, outcome: v.picklist(OUTCOMES), workstation: Workstation }),
  v.strictObject({ type: v.literal('nudge/log-undo'), id: Id, workstation: Workstation }),
  v.strictObject({ type: v.literal('nudge/log-today'), workstation: Workstation }),
  // Insert this text in the tab's top frame and, if it went in, record this offer.
  v.strictObject({
    type: v.literal('nudge/insert-and-record'),
    tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    request: InsertRequest,
    offer: v.optional(NewOffer),
  }),
]);
export type LogRequest = v.InferOutput<typeof LogRequestSchema>;

export const WriteReplySchema = v.variant('ok', [
  v.strictObject({ ok: v.literal(true), found: v.boolean(), today: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  v.strictObject({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(500)) }),
]);
export const TodayReplySchema = v.strictObject({ today: v.pipe(v.number(), v.integer(), v.minValue(0)) });
/** The content script's reply, or null when the page could not be reached. */
export const InsertAndRecordReplySchema = v.strictObject({ reply: v.nullable(InsertReplySchema) });

/**
 * True when a message comes from one of this extension's own pages: the side panel, the print page
 * or the dashboard, also when one is open in a tab (a popped-out panel, the tests). The browser sets
 * `url` from the sending frame, so a content script (its url is the host page's) or a web page can
 * never pass; another extension fails the id.
 */
export function fromOwnPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(`${extensionOrigin}/`);
}
