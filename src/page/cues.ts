/**
 * Page cues: which kind of screen the page shows (results, registration, booking...), so the panel
 * can suggest the right prompts. The definitions come from the panel in the hello request (the
 * generic cues of src/catalogue/prompts.ts plus a site profile's own), so this script carries none.
 */
import { pageText } from './page-text';
import type { PageCue } from './site-profile';

/** Ids of the cues `doc` matches (every condition a cue sets must hold), without repeats. */
export function matchCues(doc: Document, cues: readonly PageCue[]): string[] {
  const loc = doc.location;
  const url = loc ? `${loc.pathname}${loc.search}${loc.hash}`.toLowerCase() : '';
  const words = (loc?.pathname ?? '').toLowerCase().split(/[/\-_.]+/);
  let text: string | undefined;
  const has = (part: string | undefined, where: () => string | string[]) => !part || where().includes(part.toLowerCase());
  const ids = cues.filter(
    (c) =>
      (c.url || c.urlWord || c.text) &&
      has(c.url, () => url) &&
      has(c.urlWord, () => words) &&
      has(c.text, () => (text ??= doc.body ? pageText(doc.body).replace(/\s+/g, ' ').toLowerCase() : '')),
  );
  return [...new Set(ids.map((c) => c.id))];
}
