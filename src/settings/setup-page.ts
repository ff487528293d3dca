/**
 * What the practice set-up page (dashboard.html#setup) shows for each detail the default texts
 * need: its status, the texts it blocks while it is not set up, a link to open to check it, and
 * problems with a one-click fix (a character that would turn texts into UCS-2, an NHS link that
 * has moved). Pure: the page (src/ui/dashboard/PracticeSetup.tsx) and its tests use it.
 */
import type { Template } from '../catalogue/templates';
import { gsmUcs2Characters, nameCharacter, SAFE_FIXES } from '../sms/analyse';
import { isSettingLink } from './model';
import { OWN_PRACTICE_FIELDS, RETIRED_LINKS, type PracticeSettings } from './practice';
import { detailsBlocking, practiceFieldsUsed, problemWith, type PracticeField } from './setup';

export interface SetupGroup {
  id: string;
  title: string;
  hint: string;
  fields: PracticeField[];
}

/**
 * The details on the page, in the order a manager fills them in: the surgery, its own pages, then
 * the national pages that come filled in. Only details some text uses (or names and numbers every
 * poster carries) are listed.
 */
export function setupGroups(templates: readonly Pick<Template, 'body'>[]): SetupGroup[] {
  const used = new Set<PracticeField>(['surgeryName', 'surgeryPhone']);
  for (const t of templates) for (const f of practiceFieldsUsed(t.body)) used.add(f);
  const own = (OWN_PRACTICE_FIELDS as readonly PracticeField[]).filter((f) => f.endsWith('Url') && used.has(f));
  const rest = [...used].filter((f) => !(OWN_PRACTICE_FIELDS as readonly string[]).includes(f));
  const groups: SetupGroup[] = [
    {
      id: 'surgery',
      title: 'Your surgery',
      hint: 'Every text and poster says who it is from, and some give your phone number.',
      fields: ['surgeryName', 'surgeryPhone'],
    },
    {
      id: 'own-pages',
      title: 'Your surgery’s web pages',
      hint: 'Links to your own website, online form and booking pages. Nudge cannot know these: until each is set, the texts that need it cannot be sent.',
      fields: own,
    },
    {
      id: 'national',
      title: 'National pages and help',
      hint: 'These come filled in with NHS and national pages. Open each one to check it still goes to the right page, or use your own.',
      fields: rest,
    },
  ];
  return groups.filter((g) => g.fields.length > 0);
}

export type FieldStatus = 'set' | 'not-set' | 'example' | 'moved';

export interface FieldReport {
  field: PracticeField;
  status: FieldStatus;
  /** Titles of the texts this detail stops from being sent while it is not set up. */
  blocks: string[];
  /** The link to open to check it (only a link a setting may hold). */
  openUrl: string | null;
  /** A character that would turn texts into UCS-2 (fewer characters a part), with the safe fix if there is one. */
  encoding: { characters: string[]; fixed: string | null } | null;
  /** An NHS link that has moved, with where it went. */
  movedTo: string | null;
}

/** Characters in `value` that would switch a text to UCS-2, and the value with safe fixes applied (null if none helps). */
export function encodingProblem(value: string): FieldReport['encoding'] {
  const chars = gsmUcs2Characters(value);
  if (!chars.length) return null;
  const fixed = SAFE_FIXES.reduce((v, f) => f.apply(v), value);
  return { characters: chars.map((c) => nameCharacter(c).label), fixed: fixed !== value && !gsmUcs2Characters(fixed).length ? fixed : null };
}

/** Everything the page says about one detail, given the values as they stand and the texts the panel offers. */
export function reportField(field: PracticeField, practice: PracticeSettings, templates: readonly Pick<Template, 'title' | 'body'>[]): FieldReport {
  const value = String(practice[field] ?? '').trim();
  const problem = problemWith(field, value);
  const movedTo = Object.prototype.hasOwnProperty.call(RETIRED_LINKS, value) ? RETIRED_LINKS[value]! : null;
  const status: FieldStatus = problem === 'not-set' ? 'not-set' : problem === 'example' ? 'example' : movedTo ? 'moved' : 'set';
  const blocks = problem ? templates.filter((t) => detailsBlocking(t.body, practice).includes(field)).map((t) => t.title) : [];
  return {
    field,
    status,
    blocks,
    openUrl: field.endsWith('Url') && value && problem !== 'example' && isSettingLink(value) ? value : null,
    encoding: value ? encodingProblem(value) : null,
    movedTo,
  };
}

/** How many of `templates` cannot be sent with these details. */
export function blockedCount(practice: PracticeSettings, templates: readonly Pick<Template, 'body'>[]): number {
  return templates.filter((t) => detailsBlocking(t.body, practice).length > 0).length;
}
