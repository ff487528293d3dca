/**
 * Page cues: which kind of screen the page shows (results, registration, booking...), so the panel
 * can suggest the right prompts. The definitions come from the panel in the hello request (the
 * generic cues of src/catalogue/prompts.ts plus a site profile's own), so this script carries none.
 */
import { pageText } from './page-text';
import type { PageCue } from './site-profile';

/** Ids of the cues `doc` matches (every condition a cue sets must hold), without repeats. */
export function matchCues(doc: Document, cues: readonly PageCue[]): string[] {
  let text: string | null = null;
  const loc = doc.location;
  const url = loc ? `${loc.pathname}${loc.search}${loc.hash}`.toLowerCase() : '';
  const words = (loc?.pathname ?? '').toLowerCase().split(/[/\-_.]+/);
  const out: string[] = [];
  for (const c of cues) {
    if ((!c.url && !c.urlWord && !c.text) || out.includes(c.id)) continue;
    if (c.url && !url.includes(c.url.toLowerCase())) continue;
    if (c.urlWord && !words.includes(c.urlWord.toLowerCase())) continue;
    if (c.text) {
      text ??= doc.body ? pageText(doc.body).replace(/\s+/g, ' ').toLowerCase() : '';
      if (!text.includes(c.text.toLowerCase())) continue;
    }
    out.push(c.id);
  }
  return out;
}
