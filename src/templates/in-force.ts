/**
 * The one place that decides which templates are in force on this workstation and which language
 * version of one is shown (design review, problem 4: the panel, the print page and the dashboard
 * each worked it out for themselves). Pure.
 */
import { DEFAULT_TEMPLATES, type Template } from '../catalogue/templates';
import { dirOf, effectiveTemplates, type EffectiveTemplate, type PracticeTemplates, type TextDirection } from './store';

/**
 * Every template the practice has, archived ones included (for titles in the dashboard and
 * exports): the managed policy's pack when it has one, else the default pack, with the
 * practice's own changes over it.
 */
export function templatesInForce(policyTemplates: readonly Template[] | null | undefined, practice: PracticeTemplates): EffectiveTemplate[] {
  return effectiveTemplates(policyTemplates ?? DEFAULT_TEMPLATES, practice);
}

/** The templates staff may send: in force and not archived. */
export function templatesOffered(all: readonly EffectiveTemplate[]): EffectiveTemplate[] {
  return all.filter((t) => !t.archived);
}

/** One language version of a template, ready to render. */
export interface TemplateVersion {
  language: string;
  body: string;
  dir: TextDirection;
}

/** A template as the panel and print page may hold it: a default one has no other versions. */
export type VersionedTemplate = Template & { versions?: Record<string, { body: string; dir?: TextDirection }> };

/** The languages a template can be shown in, its main language first. */
export function languagesOf(t: VersionedTemplate): string[] {
  return [t.language, ...Object.keys(t.versions ?? {}).filter((l) => l !== t.language)];
}

/** The template's wording in `language` (its main language when none is asked for), or null when it has no such version. */
export function versionOf(t: VersionedTemplate, language: string = t.language): TemplateVersion | null {
  if (language === t.language) return { language, body: t.body, dir: (t as Partial<EffectiveTemplate>).dir ?? dirOf(language) };
  const v = Object.prototype.hasOwnProperty.call(t.versions ?? {}, language) ? t.versions![language] : undefined;
  return v ? { language, body: v.body, dir: v.dir ?? dirOf(language) } : null;
}
