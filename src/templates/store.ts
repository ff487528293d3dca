/**
 * The practice's own templates, kept on this workstation as overrides on top of the default pack:
 * edited copies of default templates (same id), the practice's new templates, archived flags and
 * language versions. Because only the overrides are stored, an update of the default pack brings
 * its new templates in while every template the practice changed keeps the practice's wording.
 *
 * The pure part (schemas, effectiveTemplates, the edit operations) takes everything as parameters;
 * only the last few functions touch browser.storage.
 */
import * as v from 'valibot';
import { practiceTemplatesItem } from '../settings/items';
import { SERVICE_IDS, type ServiceId } from '../catalogue/service-names';
import type { Template } from '../catalogue/templates';
import { withLock } from '../ext/lock';

export type TextDirection = 'ltr' | 'rtl';

/** Languages a practice can add versions in (the commonest in English GP surgeries), with their direction. */
export const LANGUAGES: { code: string; name: string; dir: TextDirection }[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'cy', name: 'Welsh (Cymraeg)', dir: 'ltr' },
  { code: 'pl', name: 'Polish (polski)', dir: 'ltr' },
  { code: 'ro', name: 'Romanian (română)', dir: 'ltr' },
  { code: 'pa', name: 'Punjabi (ਪੰਜਾਬੀ)', dir: 'ltr' },
  { code: 'ur', name: 'Urdu (اردو)', dir: 'rtl' },
  { code: 'bn', name: 'Bengali (বাংলা)', dir: 'ltr' },
  { code: 'gu', name: 'Gujarati (ગુજરાતી)', dir: 'ltr' },
  { code: 'ar', name: 'Arabic (العربية)', dir: 'rtl' },
  { code: 'fa', name: 'Persian (فارسی)', dir: 'rtl' },
  { code: 'ps', name: 'Pashto (پښتو)', dir: 'rtl' },
  { code: 'pt', name: 'Portuguese (português)', dir: 'ltr' },
  { code: 'es', name: 'Spanish (español)', dir: 'ltr' },
  { code: 'lt', name: 'Lithuanian (lietuvių)', dir: 'ltr' },
  { code: 'so', name: 'Somali (Soomaali)', dir: 'ltr' },
  { code: 'ta', name: 'Tamil (தமிழ்)', dir: 'ltr' },
  { code: 'tr', name: 'Turkish (Türkçe)', dir: 'ltr' },
  { code: 'uk', name: 'Ukrainian (українська)', dir: 'ltr' },
  { code: 'zh', name: 'Chinese (中文)', dir: 'ltr' },
];

const RTL = new Set(['ar', 'ur', 'fa', 'ps', 'he', 'yi', 'ckb', 'sd', 'ug', 'dv']);

/** The direction a language is written in, from its code ("ur", "ar-EG"). */
export function dirOf(language: string): TextDirection {
  return RTL.has(language.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

export function languageName(code: string): string {
  return LANGUAGES.find((l) => l.code === code)?.name ?? code;
}

export const LIMITS = {
  title: 120,
  body: 2000,
  templates: 500,
  versions: 20,
  /** Largest pack file accepted on import, in bytes. */
  fileBytes: 1_000_000,
} as const;

/** Ids are plain lower-case words with hyphens: never "__proto__" or anything else an object could trip on. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(?:-[A-Z]{2})?$/;

export const LanguageVersionSchema = v.strictObject({
  body: v.pipe(v.string('The text must be words.'), v.trim(), v.nonEmpty('The text is empty.'), v.maxLength(LIMITS.body, `The text is longer than ${LIMITS.body} characters.`)),
  dir: v.picklist(['ltr', 'rtl'] as const, 'The direction must be "ltr" or "rtl".'),
});
export type LanguageVersion = v.InferOutput<typeof LanguageVersionSchema>;

export const StoredTemplateSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_PATTERN, 'The id must be lower-case letters, digits and hyphens.')),
  service: v.picklist(SERVICE_IDS, (issue) => `“${String(issue.input)}” is not a service Nudge knows.`),
  title: v.pipe(v.string('The title must be words.'), v.trim(), v.nonEmpty('The title is empty.'), v.maxLength(LIMITS.title, `The title is longer than ${LIMITS.title} characters.`)),
  length: v.picklist(['short', 'full'] as const, 'The length must be "short" or "full".'),
  language: v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, 'The language must be a code such as "en" or "cy".')),
  body: v.pipe(v.string('The text must be words.'), v.trim(), v.nonEmpty('The text is empty.'), v.maxLength(LIMITS.body, `The text is longer than ${LIMITS.body} characters.`)),
  /** Other language versions, by language code ("cy", "pl", "ur"). */
  versions: v.pipe(
    v.record(v.pipe(v.string(), v.regex(LANGUAGE_PATTERN, 'A language version is named by a code such as "cy".')), LanguageVersionSchema),
    v.check((r) => Object.keys(r).length <= LIMITS.versions, `A template can have at most ${LIMITS.versions} language versions.`),
  ),
  /** For an edited default template: the default wording it was edited from (to tell when the default changed). */
  editedFrom: v.optional(v.string()),
  /** When the practice last changed it (ISO date and time), for the content review list. */
  edited: v.optional(v.pipe(v.string(), v.isoTimestamp('The edit date must be a date and time.'))),
});
export type StoredTemplate = v.InferOutput<typeof StoredTemplateSchema>;

export const PracticeTemplatesSchema = v.strictObject({
  /** Edited copies of default templates (same id) and the practice's own templates. */
  templates: v.pipe(v.array(StoredTemplateSchema), v.maxLength(LIMITS.templates, `At most ${LIMITS.templates} templates.`)),
  /** Ids of archived templates (default or own): kept, but not offered in the panel. */
  archived: v.array(v.pipe(v.string(), v.regex(ID_PATTERN))),
  /** When each template was archived (ISO date and time), for the content review list. */
  archivedOn: v.optional(v.record(v.pipe(v.string(), v.regex(ID_PATTERN)), v.pipe(v.string(), v.isoTimestamp()))),
});
export type PracticeTemplates = v.InferOutput<typeof PracticeTemplatesSchema>;

export const EMPTY_PRACTICE_TEMPLATES: PracticeTemplates = { templates: [], archived: [] };

/** A template as the panel and editor see it: the default merged with the practice's changes. */
export type EffectiveTemplate = Template & {
  versions: Record<string, LanguageVersion>;
  /** Direction of the main language. */
  dir: TextDirection;
  /** default: as shipped; edited: the practice changed a default; own: the practice wrote it. */
  origin: 'default' | 'edited' | 'own';
  archived: boolean;
  /** The default pack's current wording, when this template is (or was edited from) one that still ships. */
  defaultBody?: string;
  /** True when the default wording changed after the practice edited it. */
  defaultChanged: boolean;
  /** When the practice last changed it (ISO date and time), if it is an edited or own template. */
  edited?: string;
  /** When it was archived (ISO date and time), if it is archived and the date is known. */
  archivedOn?: string;
};

function fromStored(s: StoredTemplate): Omit<StoredTemplate, 'editedFrom'> {
  const { editedFrom: _unused, ...rest } = s;
  return { ...rest, versions: { ...s.versions } };
}

/**
 * The templates a practice sees: every default (or the practice's edited copy of it), then the
 * practice's own, with edited defaults that no longer ship kept as the practice's. Pure.
 */
export function effectiveTemplates(defaults: readonly Template[], state: PracticeTemplates): EffectiveTemplate[] {
  const edits = new Map(state.templates.map((t) => [t.id, t]));
  const archived = new Set(state.archived);
  const archivedOn = (id: string) => (archived.has(id) && state.archivedOn?.[id] ? { archivedOn: state.archivedOn[id] } : {});
  const out: EffectiveTemplate[] = [];
  const seen = new Set<string>();
  for (const d of defaults) {
    seen.add(d.id);
    const e = edits.get(d.id);
    if (e) {
      // A claim about the default wording (such as fitting one message part) need not hold for the practice's.
      const { onePart: _claim, ...base } = d as Template & { onePart?: boolean };
      out.push({
        ...base,
        ...fromStored(e),
        dir: dirOf(e.language),
        origin: 'edited',
        archived: archived.has(d.id),
        defaultBody: d.body,
        defaultChanged: e.editedFrom !== undefined && e.editedFrom !== d.body,
        ...archivedOn(d.id),
      });
    } else {
      out.push({ ...d, versions: {}, dir: dirOf(d.language), origin: 'default', archived: archived.has(d.id), defaultChanged: false, ...archivedOn(d.id) });
    }
  }
  for (const e of state.templates) {
    if (seen.has(e.id)) continue;
    out.push({
      ...fromStored(e),
      dir: dirOf(e.language),
      // An edited default the pack no longer has stays, as the practice's own.
      origin: e.editedFrom !== undefined ? 'edited' : 'own',
      archived: archived.has(e.id),
      defaultChanged: false,
      ...archivedOn(e.id),
    } as EffectiveTemplate);
  }
  return out;
}

/** What the editor saves: everything a practice can change about a template. */
export type TemplateDraft = Omit<StoredTemplate, 'editedFrom' | 'edited'>;

function sameVersions(a: Record<string, LanguageVersion>, b: Record<string, LanguageVersion>): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => b[k] !== undefined && a[k]!.body === b[k]!.body && a[k]!.dir === b[k]!.dir);
}

function sameContent(a: TemplateDraft, b: TemplateDraft): boolean {
  return a.service === b.service && a.title === b.title && a.length === b.length && a.language === b.language && a.body === b.body && sameVersions(a.versions, b.versions);
}

/**
 * Save a template: an edit of a default is kept as an override; one identical to its default is
 * dropped. The date of the edit is recorded (`now`), unless nothing changed. Pure.
 */
export function putTemplate(state: PracticeTemplates, defaults: readonly Template[], draft: TemplateDraft, now: Date = new Date()): PracticeTemplates {
  const d = defaults.find((x) => x.id === draft.id);
  const others = state.templates.filter((t) => t.id !== draft.id);
  if (
    d &&
    d.service === draft.service &&
    d.title === draft.title &&
    d.length === draft.length &&
    d.language === draft.language &&
    d.body === draft.body &&
    sameVersions({}, draft.versions)
  ) {
    return { ...state, templates: others };
  }
  const previous = state.templates.find((t) => t.id === draft.id);
  const editedFrom = d ? (previous?.editedFrom ?? d.body) : previous?.editedFrom;
  const { edited: _was, editedFrom: _from, ...draftOnly } = draft as StoredTemplate;
  const edited = previous && sameContent(previous, draftOnly) ? previous.edited : now.toISOString();
  const stored: StoredTemplate = {
    ...draftOnly,
    versions: { ...draft.versions },
    ...(editedFrom !== undefined ? { editedFrom } : {}),
    ...(edited !== undefined ? { edited } : {}),
  };
  const at = state.templates.findIndex((t) => t.id === draft.id);
  const templates = at >= 0 ? state.templates.map((t, i) => (i === at ? stored : t)) : [...state.templates, stored];
  return { ...state, templates };
}

export function setArchived(state: PracticeTemplates, id: string, archived: boolean, now: Date = new Date()): PracticeTemplates {
  const was = state.archived.includes(id);
  const rest = state.archived.filter((x) => x !== id);
  const dates = { ...(state.archivedOn ?? {}) };
  if (archived && !was) dates[id] = now.toISOString();
  if (!archived) delete dates[id];
  const { archivedOn: _old, ...base } = state;
  return { ...base, archived: archived ? (was ? state.archived : [...rest, id]) : rest, ...(Object.keys(dates).length ? { archivedOn: dates } : {}) };
}

/** Go back to the default wording of a default template (drops the practice's edit). */
export function resetToDefault(state: PracticeTemplates, id: string): PracticeTemplates {
  return { ...state, templates: state.templates.filter((t) => t.id !== id) };
}

/** A fresh id for a practice's own template, never one already used. */
export function newTemplateId(taken: Iterable<string>, random: () => string = () => crypto.randomUUID().slice(0, 8)): string {
  const used = new Set(taken);
  for (;;) {
    const id = `own-${random().toLowerCase().replace(/[^a-z0-9]/g, '')}`;
    if (ID_PATTERN.test(id) && !used.has(id)) return id;
  }
}

/** Read stored state as untrusted: anything that does not validate is reported, never used. */
export function parsePracticeTemplates(raw: unknown): { ok: true; state: PracticeTemplates } | { ok: false; error: string } {
  const r = v.safeParse(PracticeTemplatesSchema, raw);
  if (r.success) return { ok: true, state: r.output };
  return { ok: false, error: r.issues[0]?.message ?? 'not valid' };
}

// ---- browser.storage (the thin adapter) ----

/** Stored state, validated. A stored value that fails validation is reported and left untouched in storage. */
export async function loadPracticeTemplates(): Promise<PracticeTemplates> {
  const r = parsePracticeTemplates(await practiceTemplatesItem.getValue());
  if (r.ok) return r.state;
  console.error(`Nudge: the practice's templates in storage are not valid (${r.error}); using the default pack.`);
  return EMPTY_PRACTICE_TEMPLATES;
}

export async function savePracticeTemplates(state: PracticeTemplates): Promise<void> {
  await practiceTemplatesItem.setValue(v.parse(PracticeTemplatesSchema, state));
}

/** The lock every extension page takes around a read-modify-write of the practice's templates. */
export const TEMPLATES_LOCK = 'nudge:templates';

/** A change to apply to the latest stored templates: the new state (or null to write nothing) and what to report. */
export type TemplatesChange<T> = (current: PracticeTemplates) => { next: PracticeTemplates | null; result: T };

/**
 * Apply `change` to the templates as they are stored now, inside one critical section shared by
 * every dashboard tab and window, so two tabs' edits or imports never overwrite each other
 * (issue 13, item 5). A stored value that does not validate is never built on: the change is
 * refused. `load` and `save` default to browser.storage; tests pass their own.
 */
export async function updatePracticeTemplates<T>(
  change: TemplatesChange<T>,
  io: { load: () => Promise<PracticeTemplates>; save: (s: PracticeTemplates) => Promise<void> } = { load: loadStoredStrict, save: savePracticeTemplates },
): Promise<{ state: PracticeTemplates; result: T }> {
  return withLock(TEMPLATES_LOCK, async () => {
    const current = await io.load();
    const { next, result } = change(current);
    if (next) await io.save(next);
    return { state: next ?? current, result };
  });
}

async function loadStoredStrict(): Promise<PracticeTemplates> {
  const r = parsePracticeTemplates(await practiceTemplatesItem.getValue());
  if (!r.ok) throw new Error(`the templates stored on this computer are not valid (${r.error}), so nothing was changed`);
  return r.state;
}

/** Call `cb` with the stored templates whenever another page changes them. Returns a function that stops watching. */
export function watchPracticeTemplates(cb: (state: PracticeTemplates) => void): () => void {
  return practiceTemplatesItem.watch((value) => {
    const r = parsePracticeTemplates(value);
    if (r.ok) cb(r.state);
  });
}

export type { ServiceId };
