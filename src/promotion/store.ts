/**
 * The practice's own promotion wording, kept like template overrides (src/templates/store.ts): an
 * edited copy of a default (same id) or a version of its own, stored on this workstation, with the
 * default wording it was edited from (to tell when Nudge's wording changed since). Writes are atomic
 * across tabs (src/settings/locked-update.ts).
 *
 * The pure part takes everything as parameters; only the last few functions touch browser.storage.
 */
import * as v from 'valibot';
import { CHANNEL_IDS, PROMOTION_WORDING, SEASON_IDS, type ChannelId, type PromotionWording, type SeasonId } from '../catalogue/promotion';
import { SERVICE_IDS, type ServiceId } from '../catalogue/services';
import { promotionWordingItem } from '../settings/items';
import { updateLocked } from '../settings/locked-update';
import { ID_PATTERN } from '../templates/store';

export const WORDING_LIMITS = { title: 120, body: 3000, items: 1000 } as const;

export const StoredWordingSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_PATTERN, 'The id must be lower-case letters, digits and hyphens.')),
  service: v.picklist(SERVICE_IDS, (issue) => `“${String(issue.input)}” is not a service Nudge knows.`),
  channel: v.picklist(CHANNEL_IDS, (issue) => `“${String(issue.input)}” is not a channel Nudge knows.`),
  title: v.pipe(v.string(), v.trim(), v.nonEmpty('The title is empty.'), v.maxLength(WORDING_LIMITS.title, `The title is longer than ${WORDING_LIMITS.title} characters.`)),
  body: v.pipe(v.string(), v.trim(), v.nonEmpty('The wording is empty.'), v.maxLength(WORDING_LIMITS.body, `The wording is longer than ${WORDING_LIMITS.body} characters.`)),
  season: v.optional(v.picklist(SEASON_IDS)),
  /** For an edited default: the default wording it was edited from. */
  editedFrom: v.optional(v.pipe(v.string(), v.maxLength(WORDING_LIMITS.body * 2))),
  /** When the practice last saved it (epoch milliseconds). */
  updated: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type StoredWording = v.InferOutput<typeof StoredWordingSchema>;

export const PromotionStateSchema = v.strictObject({
  items: v.pipe(v.array(StoredWordingSchema), v.maxLength(WORDING_LIMITS.items, `At most ${WORDING_LIMITS.items} versions.`)),
});
export type PromotionState = v.InferOutput<typeof PromotionStateSchema>;

export const EMPTY_PROMOTION_STATE: PromotionState = { items: [] };

export interface EffectiveWording extends PromotionWording {
  /** default: as shipped; edited: the practice changed a default; own: the practice wrote it. */
  origin: 'default' | 'edited' | 'own';
  /** Nudge's current wording, for an edited default that still ships. */
  defaultBody?: string;
  /** True when Nudge's wording changed after the practice edited it. */
  defaultChanged: boolean;
  /** When the practice last saved it. */
  updated?: number;
}

/** The wording a practice sees: every default (or its edited copy), then the practice's own versions. Pure. */
export function effectiveWording(defaults: readonly PromotionWording[], state: PromotionState): EffectiveWording[] {
  const edits = new Map(state.items.map((x) => [x.id, x]));
  const seen = new Set<string>();
  const out: EffectiveWording[] = [];
  for (const d of defaults) {
    seen.add(d.id);
    const e = edits.get(d.id);
    if (!e) {
      out.push({ ...d, origin: 'default', defaultChanged: false });
      continue;
    }
    const { editedFrom, ...rest } = e;
    out.push({ ...d, ...rest, ...(e.season ? {} : { season: undefined }), origin: 'edited', defaultBody: d.body, defaultChanged: editedFrom !== undefined && editedFrom !== d.body });
  }
  for (const e of state.items) {
    if (seen.has(e.id)) continue;
    const { editedFrom, ...rest } = e;
    out.push({ ...rest, source: 'Written by your surgery', reviewed: new Date(e.updated).toISOString().slice(0, 10), origin: editedFrom !== undefined ? 'edited' : 'own', defaultChanged: false });
  }
  return out;
}

/** What the editor saves. */
export interface WordingDraft {
  id: string;
  service: ServiceId;
  channel: ChannelId;
  title: string;
  body: string;
  season?: SeasonId;
}

/** Save wording: an edit of a default is kept as an override; one identical to its default is dropped. Pure. */
export function putWording(state: PromotionState, defaults: readonly PromotionWording[], draft: WordingDraft, now: number): PromotionState {
  const d = defaults.find((x) => x.id === draft.id);
  const others = state.items.filter((x) => x.id !== draft.id);
  if (d && d.title === draft.title && d.body === draft.body && d.service === draft.service && d.channel === draft.channel && d.season === draft.season) {
    return { items: others };
  }
  const previous = state.items.find((x) => x.id === draft.id);
  const editedFrom = d ? (previous?.editedFrom ?? d.body) : previous?.editedFrom;
  const stored: StoredWording = {
    id: draft.id,
    service: draft.service,
    channel: draft.channel,
    title: draft.title.trim(),
    body: draft.body.trim(),
    ...(draft.season ? { season: draft.season } : {}),
    ...(editedFrom !== undefined ? { editedFrom } : {}),
    updated: now,
  };
  const at = state.items.findIndex((x) => x.id === draft.id);
  return { items: at >= 0 ? state.items.map((x, i) => (i === at ? stored : x)) : [...state.items, stored] };
}

/** Delete the practice's own version, or take an edited default back to Nudge's wording. Pure. */
export function removeWording(state: PromotionState, id: string): PromotionState {
  return { items: state.items.filter((x) => x.id !== id) };
}

/** A fresh id for the practice's own version, never one already used. */
export function newWordingId(taken: Iterable<string>, random: () => string = () => crypto.randomUUID().slice(0, 8)): string {
  const used = new Set(taken);
  for (;;) {
    const id = `own-${random().toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    if (ID_PATTERN.test(id) && !used.has(id)) return id;
  }
}

/** Months after which wording is due a check: facts about online services change (hazard H38). */
export const CHECK_AFTER_MONTHS = 12;

/** Why wording is due a check against today's facts, or null. `today` is "YYYY-MM-DD". */
export function dueForCheck(w: EffectiveWording, today: string): string | null {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const cutoff = new Date(Date.UTC(y, m - 1 - CHECK_AFTER_MONTHS, d)).toISOString().slice(0, 10);
  if (w.defaultChanged) return 'Nudge’s wording for this has been updated since your surgery changed it. Compare them, and check the facts in yours are still right.';
  if (w.origin === 'default' && w.reviewed < cutoff) return `Nudge last checked this wording on ${w.reviewed}, over ${CHECK_AFTER_MONTHS} months ago. Check the facts are still right before you use it.`;
  if (w.origin !== 'default' && w.updated !== undefined && new Date(w.updated).toISOString().slice(0, 10) < cutoff) {
    return `Your surgery last changed this wording over ${CHECK_AFTER_MONTHS} months ago. Check the facts are still right before you use it.`;
  }
  return null;
}

export function parsePromotionState(raw: unknown): { ok: true; state: PromotionState } | { ok: false; error: string } {
  const r = v.safeParse(PromotionStateSchema, raw);
  return r.success ? { ok: true, state: r.output } : { ok: false, error: r.issues[0]?.message ?? 'not valid' };
}

// ---- browser.storage (the thin adapter) ----

const LOCK = 'nudge:promotion-wording';

/** The stored wording, validated. A stored value that fails validation is reported, and Nudge's wording is used. */
export async function loadPromotionState(): Promise<PromotionState> {
  const r = parsePromotionState(await promotionWordingItem.getValue());
  if (r.ok) return r.state;
  console.error(`Nudge: the practice's promotion wording in storage is not valid (${r.error}); using Nudge's wording.`);
  return EMPTY_PROMOTION_STATE;
}

/**
 * Apply `change` to the wording as stored now, holding the lock, and save it. A stored value that
 * does not validate is not overwritten: the change is refused with an error.
 */
export function updatePromotionState(change: (s: PromotionState) => PromotionState): Promise<PromotionState> {
  // What is written is parsed here, so the stored item's `unknown` is a PromotionState.
  return updateLocked<unknown>(promotionWordingItem, LOCK, (raw) => {
    const r = parsePromotionState(raw);
    if (!r.ok) throw new Error(`the stored wording is not valid (${r.error})`);
    return v.parse(PromotionStateSchema, change(r.state));
  }) as Promise<PromotionState>;
}

export { PROMOTION_WORDING };
