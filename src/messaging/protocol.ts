/**
 * Every message in the extension, in one place. Each is validated on receipt as if a hostile
 * page wrote it: content scripts run beside host pages we do not control.
 *
 * Direction:
 * - HostRequest: extension page (panel) → content script, with browser.tabs.sendMessage.
 * - HostEvent:   content script → extension pages, with browser.runtime.sendMessage.
 */
import * as v from 'valibot';

const Text = v.pipe(v.string(), v.maxLength(5000));
const Short = v.pipe(v.string(), v.maxLength(200));
const List = v.pipe(v.array(Short), v.maxLength(20));

export const PageContextSchema = v.strictObject({ names: List, nhsNumbers: List, mobiles: List });

/** The identifiers an inserted text relies on; the page must still show them at insert time. */
export const GuardSchema = v.strictObject({
  names: v.optional(List),
  nhsNumbers: v.optional(List),
  mobiles: v.optional(List),
});

export const HostRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('nudge/hello') }),
  v.strictObject({ type: v.literal('nudge/insert'), text: Text, guard: v.optional(GuardSchema) }),
]);

export const HelloReplySchema = v.strictObject({
  type: v.literal('nudge/hello-reply'),
  origin: Short,
  path: v.pipe(v.string(), v.maxLength(2000)),
  title: Short,
  context: PageContextSchema,
  field: v.nullable(Short),
  cues: List,
});

export const InsertReplySchema = v.strictObject({
  type: v.literal('nudge/insert-reply'),
  status: v.picklist(['inserted', 'no-field', 'patient-changed', 'patient-gone', 'failed']),
  field: v.nullable(Short),
});

export const HostEventSchema = v.variant('type', [
  // Sent when the page may show a different patient or screen; carries no page data.
  v.strictObject({ type: v.literal('nudge/page-changed') }),
]);

export type PageContextMessage = v.InferOutput<typeof PageContextSchema>;
export type Guard = v.InferOutput<typeof GuardSchema>;
export type HostRequest = v.InferOutput<typeof HostRequestSchema>;
export type HelloReply = v.InferOutput<typeof HelloReplySchema>;
export type InsertReply = v.InferOutput<typeof InsertReplySchema>;
export type HostEvent = v.InferOutput<typeof HostEventSchema>;

/** Parse a message, or null when it is not one of ours (never throws). */
export function parse<S extends v.GenericSchema>(schema: S, message: unknown): v.InferOutput<S> | null {
  const r = v.safeParse(schema, message);
  return r.success ? r.output : null;
}

/** The sender of a message, as browser.runtime gives it (only the fields we check). */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** True when a message comes from one of this extension's own pages (not a content script). */
export function fromExtensionPage(sender: SenderLike, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && !sender.tab && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** True when a message comes from this extension's content script in the top frame of `tabId`. */
export function fromHostTab(sender: SenderLike, extensionId: string, tabId: number): boolean {
  return sender.id === extensionId && sender.tab?.id === tabId && (sender.frameId ?? 0) === 0;
}
