/**
 * Every message in the extension, in one place. Each is validated on receipt as if a hostile
 * page wrote it: content scripts run beside host pages we do not control.
 *
 * Direction:
 * - HostRequest: extension page (panel) → content script, with browser.tabs.sendMessage.
 * - HostEvent:   content script → extension pages, with browser.runtime.sendMessage.
 *
 * The content script checks HostRequest with the hand-written validators in guards.ts (valibot
 * would break its size budget); a unit test fuzzes both and checks they accept the same messages.
 */
import * as v from 'valibot';
import { LIMITS } from './limits';

export { LIMITS };
const Text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const Short = v.pipe(v.string(), v.maxLength(LIMITS.short));
const List = v.pipe(v.array(Short), v.maxLength(LIMITS.list));
/** Selectors, cue URL parts and cue texts from settings (the settings schema allows 300). */
const Pattern = v.pipe(v.string(), v.maxLength(LIMITS.pattern));
const CueId = v.pipe(v.string(), v.maxLength(LIMITS.cueId));
/** Where a frame sits: its index among its parent's frames, at each level from the top. */
const FramePath = v.pipe(v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(999))), v.maxLength(LIMITS.frames));

/** A plain object (valibot's object schemas would otherwise accept an empty array). */
const PlainObject = v.custom<Record<string, unknown>>((x) => typeof x === 'object' && x !== null && !Array.isArray(x));
const record = <E extends v.ObjectEntries>(entries: E) => v.pipe(PlainObject, v.strictObject(entries));

export const PageContextSchema = v.strictObject({ names: List, nhsNumbers: List, mobiles: List });

/** The identifiers an inserted text relies on; the page must still show exactly these at insert time. */
export const GuardSchema = record({
  names: v.optional(List),
  nhsNumbers: v.optional(List),
  mobiles: v.optional(List),
});

/** A page cue: a part of the URL, a word of its path, or visible text that tells which screen this is. */
export const CueSchema = record({ id: CueId, url: v.optional(Pattern), urlWord: v.optional(Pattern), text: v.optional(Pattern) });
const CueList = v.pipe(v.array(CueSchema), v.maxLength(LIMITS.cues));

/** The site profile for the page's origin (see src/page/site-profile.ts). */
export const SiteProfileSchema = record({
  host: Pattern,
  nameSelector: v.optional(Pattern),
  nhsNumberSelector: v.optional(Pattern),
  mobileSelector: v.optional(Pattern),
  messageBoxSelector: v.optional(Pattern),
  cues: v.optional(CueList),
});

/** How to read the page: the site's profile and numbers that are never the patient's (the surgery's). */
const readEntries = { profile: v.optional(SiteProfileSchema), ignore: v.optional(List) };

export const HostRequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('nudge/hello'), ...readEntries, cues: v.optional(CueList) }),
  // `frame`: the insert is for the content script in that frame (the top frame has checked the patient).
  v.strictObject({ type: v.literal('nudge/insert'), text: Text, guard: v.optional(GuardSchema), ...readEntries, frame: v.optional(FramePath) }),
  // The site's access was withdrawn: the content script stops and lets go of everything.
  v.strictObject({ type: v.literal('nudge/stop') }),
]);

export const HelloReplySchema = v.strictObject({
  type: v.literal('nudge/hello-reply'),
  origin: Short,
  // No page title or path: they often name the patient, and the panel has no need of them.
  context: PageContextSchema,
  field: v.nullable(Short),
  /** Ids of the page cues (site profile and generic) that this page matches. */
  cues: v.pipe(v.array(CueId), v.maxLength(LIMITS.cues)),
});

/**
 * How an insert went. Beside the first five:
 * - 'no-room': the box's maxlength cannot hold the whole text; nothing was written.
 * - 'focus-moved': the page moved the focus away from the box during the insert; nothing was written.
 * - 'partial': the box changed but does not hold the whole text, and could not be put back.
 * - 'in-frame': (content script to the panel's link only) the box is in the frame at `frame`, of
 *   `origin`; the link asks that frame and never shows this status.
 * - 'frame-blocked': the box is in a frame of `origin` that Nudge may not reach; nothing was written.
 */
export const INSERT_STATUSES = ['inserted', 'no-field', 'patient-changed', 'patient-gone', 'failed', 'no-room', 'focus-moved', 'partial', 'in-frame', 'frame-blocked'] as const;
export const InsertReplySchema = v.strictObject({
  type: v.literal('nudge/insert-reply'),
  status: v.picklist(INSERT_STATUSES),
  field: v.nullable(Short),
  frame: v.optional(FramePath),
  origin: v.optional(Short),
});

export const HostEventSchema = v.variant('type', [
  // Sent when the page may show a different patient or screen; carries no page data.
  v.strictObject({ type: v.literal('nudge/page-changed') }),
]);

export type PageContextMessage = v.InferOutput<typeof PageContextSchema>;
export type Guard = v.InferOutput<typeof GuardSchema>;
export type Cue = v.InferOutput<typeof CueSchema>;
export type SiteProfileMessage = v.InferOutput<typeof SiteProfileSchema>;
export type HostRequest = v.InferOutput<typeof HostRequestSchema>;
export type HelloRequest = Extract<HostRequest, { type: 'nudge/hello' }>;
export type InsertRequest = Extract<HostRequest, { type: 'nudge/insert' }>;
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

/** Background → panel: keyboard commands the user gave (chrome://extensions/shortcuts). */
export const PanelCommandSchema = v.variant('type', [v.strictObject({ type: v.literal('nudge/focus-search') })]);
export type PanelCommand = v.InferOutput<typeof PanelCommandSchema>;
