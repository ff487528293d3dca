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

/**
 * Templates matching the search, best first: those whose title has every word, then those whose
 * service does, then those whose wording does; within each, the role's most recently used first,
 * then pack order. With no words, recent first, then pack order.
 */
export function searchTemplates(templates: readonly Template[], s: TemplateSearch): Template[] {
  const words = queryWords(s.query ?? '');
  const recent = s.recent ?? [];
  const rank = (t: Template) => {
    const i = recent.indexOf(t.id);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  const where = (t: Template) =>
    !words.length || matchesQuery(t.title, words) ? 0 : matchesQuery(`${t.title} ${t.service} ${s.serviceName?.(t.service) ?? ''}`, words) ? 1 : matchesQuery(`${t.title} ${t.service} ${s.serviceName?.(t.service) ?? ''} ${t.body}`, words) ? 2 : -1;
  return templates
    .map((t, index) => ({ t, index, where: where(t) }))
    .filter(({ t, where }) => (!s.service || t.service === s.service) && where >= 0)
    .sort((a, b) => a.where - b.where || rank(a.t) - rank(b.t) || a.index - b.index)
    .map(({ t }) => t);
}

/** Put `id` first in a recent list, keeping at most `max` ids. */
export function touchRecent(recent: readonly string[], id: string, max = 10): string[] {
  return [id, ...recent.filter((x) => x !== id)].slice(0, max);
}
