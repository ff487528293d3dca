/**
 * Template packs: a practice's templates as a versioned JSON file, to move them between
 * workstations or share them between practices. Import is all-or-nothing: a file with any problem
 * is refused with messages that say what and where, and the practice's templates stay as they were.
 */
import * as v from 'valibot';
import type { Template } from '../catalogue/templates';
import { render } from './render';
import {
  LIMITS,
  StoredTemplateSchema,
  putTemplate,
  setArchived,
  type EffectiveTemplate,
  type PracticeTemplates,
  type TemplateDraft,
} from './store';
import { hostileKey } from '../messaging/hostile-keys';

export const PACK_FORMAT = 'nudge-templates';
export const PACK_VERSION = 1;

const PackTemplateSchema = v.strictObject({
  ...v.omit(StoredTemplateSchema, ['editedFrom', 'edited']).entries,
  versions: v.optional(StoredTemplateSchema.entries.versions, {}),
  archived: v.optional(v.boolean('“archived” must be true or false.'), false),
});
export type PackTemplate = v.InferOutput<typeof PackTemplateSchema>;

const PackSchema = v.strictObject({
  format: v.literal(PACK_FORMAT),
  version: v.literal(PACK_VERSION),
  exported: v.optional(v.string()),
  templates: v.pipe(
    v.array(PackTemplateSchema, 'The file has no list of templates.'),
    v.maxLength(LIMITS.templates, `A pack has at most ${LIMITS.templates} templates.`),
  ),
});

export interface Pack {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  exported?: string;
  templates: PackTemplate[];
}

/** The practice's templates (all of them, archived ones flagged) as a pack file's text. */
export function exportPack(templates: readonly EffectiveTemplate[], now: Date = new Date()): string {
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    exported: now.toISOString(),
    templates: templates.map((t) => ({
      id: t.id,
      service: t.service,
      title: t.title,
      length: t.length,
      language: t.language,
      body: t.body,
      versions: { ...t.versions },
      archived: t.archived,
    })),
  };
  return `${JSON.stringify(pack, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; state: PracticeTemplates; added: number; updated: number; unchanged: number }
  | { ok: false; errors: string[] };

const FIELD_NAMES: Record<string, string> = {
  id: 'id',
  service: 'service',
  title: 'title',
  length: 'length',
  language: 'language',
  body: 'text',
  versions: 'language versions',
  archived: 'archived',
};

function describe(issue: v.BaseIssue<unknown>, raw: unknown): string {
  const keys = (issue.path ?? []).map((p) => p.key);
  if (keys[0] === 'templates' && typeof keys[1] === 'number') {
    const item = Array.isArray((raw as { templates?: unknown }).templates) ? (raw as { templates: unknown[] }).templates[keys[1]] : undefined;
    const title = item && typeof item === 'object' && typeof (item as { title?: unknown }).title === 'string' ? ` (“${(item as { title: string }).title.slice(0, 60)}”)` : '';
    const field = typeof keys[2] === 'string' ? FIELD_NAMES[keys[2]] ?? `“${keys[2]}”` : null;
    const where = `Template ${keys[1] + 1}${title}`;
    if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
      return `${where}: “${String(issue.input)}” is not something a template can have.`;
    }
    if (issue.type === 'strict_object' && issue.received === 'undefined') return `${where}: the ${field ?? 'field'} is missing.`;
    if (keys[2] === 'versions' && typeof keys[3] === 'string') return `${where}, language version “${keys[3]}”: ${issue.message}`;
    return `${where}${field ? `, ${field}` : ''}: ${issue.message}`;
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') return `The file has “${String(issue.input)}”, which a template pack does not have.`;
  return `The file is not a template pack that Nudge can read: ${issue.message}`;
}

/**
 * Read a pack file's text and merge it into the practice's templates. Pure: it returns the new
 * state for the caller to save, or the reasons it was refused (and then nothing changes).
 */
export function importPack(text: string, state: PracticeTemplates, defaults: readonly Template[], now: Date = new Date()): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.fileBytes) {
    return { ok: false, errors: [`The file is too big (${(bytes / 1_000_000).toFixed(1)} MB). A template pack is at most ${LIMITS.fileBytes / 1_000_000} MB.`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['This file is not a template pack: it is not valid JSON. Choose a file that Nudge exported.'] };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: ['This file is not a template pack. Choose a file that Nudge exported.'] };
  }
  const bad = hostileKey(raw);
  if (bad) return { ok: false, errors: [`The file contains a key that is not allowed (“${bad}”). Nothing was imported.`] };

  const head = raw as { format?: unknown; version?: unknown };
  if (head.format !== PACK_FORMAT) {
    return { ok: false, errors: [`This is not a Nudge template pack (its format is ${head.format === undefined ? 'missing' : `“${String(head.format).slice(0, 40)}”`}).`] };
  }
  if (typeof head.version !== 'number' || !Number.isInteger(head.version) || head.version < 1) {
    return { ok: false, errors: ['The pack has no valid version number.'] };
  }
  if (head.version > PACK_VERSION) {
    return {
      ok: false,
      errors: [`This pack was made by a newer version of Nudge (pack version ${head.version}; this version reads version ${PACK_VERSION}). Update Nudge, then import it again.`],
    };
  }

  const parsed = v.safeParse(PackSchema, raw);
  if (!parsed.success) {
    const errors = [...new Set(parsed.issues.map((i) => describe(i, raw)))];
    return { ok: false, errors: errors.slice(0, 10).concat(errors.length > 10 ? [`…and ${errors.length - 10} more problems.`] : []) };
  }

  const errors: string[] = [];
  const ids = new Set<string>();
  parsed.output.templates.forEach((t, i) => {
    const where = `Template ${i + 1} (“${t.title.slice(0, 60)}”)`;
    if (ids.has(t.id)) errors.push(`${where}: the id “${t.id}” is used twice in this file.`);
    ids.add(t.id);
    const bodies: [string, string][] = [[t.language, t.body], ...Object.entries(t.versions).map(([lang, x]) => [lang, x.body] as [string, string])];
    for (const [lang, body] of bodies) {
      const place = `${where}${lang === t.language ? '' : `, language version “${lang}”`}`;
      for (const name of render(body, {}).unknown) errors.push(`${place}: ((${name})) is not a placeholder Nudge knows.`);
      const outside = body.replace(/\(\([^()]*\)\)/g, ' ');
      if (outside.includes('((') || outside.includes('))')) errors.push(`${place}: a placeholder is missing a bracket.`);
    }
  });
  if (errors.length) return { ok: false, errors: errors.slice(0, 10).concat(errors.length > 10 ? [`…and ${errors.length - 10} more problems.`] : []) };

  let next = state;
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const known = new Set([...defaults.map((d) => d.id), ...state.templates.map((t) => t.id)]);
  for (const t of parsed.output.templates) {
    const { archived, ...draft } = t;
    const before = next;
    next = setArchived(putTemplate(next, defaults, draft as TemplateDraft, now), t.id, archived, now);
    if (!known.has(t.id)) added++;
    else if (JSON.stringify(before) === JSON.stringify(next)) unchanged++;
    else updated++;
  }
  if (next.templates.length > LIMITS.templates) {
    return { ok: false, errors: [`After this import there would be more than ${LIMITS.templates} templates. Archive or remove some first.`] };
  }
  return { ok: true, state: next, added, updated, unchanged };
}
