/** The print page's URL (?template=<id>&lang=<code> or ?service=<id>): small, so the panel can open it without the print code. */
import type { ServiceId } from '../../catalogue/services';

/** The print page's URL for a template or a service (for the panel to open with browser.tabs.create). */
export function printUrl(base: string, q: { template: string; lang?: string } | { service: ServiceId }): string {
  const p = new URLSearchParams('template' in q ? { template: q.template, ...(q.lang ? { lang: q.lang } : {}) } : { service: q.service });
  return `${base}?${p.toString()}`;
}
