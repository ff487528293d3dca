import type { Template } from '../catalogue/templates';
import { matchesQuery, queryWords } from '../prompts/select';

export interface TemplateSearch {
  query?: string;
  /** Only this service ('' or undefined for all). */
  service?: string;
  /** Template ids used most recently by this role, most recent first. */
  recent?: readonly string[];
  /** Service names, to search by what patients call a service. */
  serviceName?: (service: string) => string;
}

/** Templates matching the search, the role's most recently used first, then in pack order. */
export function searchTemplates(templates: readonly Template[], s: TemplateSearch): Template[] {
  const words = queryWords(s.query ?? '');
  const recent = s.recent ?? [];
  const rank = (t: Template) => {
    const i = recent.indexOf(t.id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return templates
    .map((t, index) => ({ t, index }))
    .filter(({ t }) => !s.service || t.service === s.service)
    .filter(({ t }) => matchesQuery(`${t.title} ${t.service} ${s.serviceName?.(t.service) ?? ''} ${t.body}`, words))
    .sort((a, b) => rank(a.t) - rank(b.t) || a.index - b.index)
    .map(({ t }) => t);
}

/** Put `id` first in a recent list, keeping at most `max` ids. */
export function touchRecent(recent: readonly string[], id: string, max = 10): string[] {
  return [id, ...recent.filter((x) => x !== id)].slice(0, max);
}
