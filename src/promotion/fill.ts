/**
 * Filling promotion wording with the practice's own details. Wording that needs a detail the
 * practice has not set up (empty, or still the example surgery's) is never given out: it is shown as
 * a preview, filled with the example surgery and marked as such, with Copy, Download and Print
 * refused (the same rule as the panel and the poster: src/settings/setup.ts, issue 11).
 */
import { PLACEHOLDERS, practiceValues, render, type PlaceholderName } from '../templates/render';
import type { PracticeSettings } from '../settings/practice';
import { detailsBlocking, withExampleGaps, type PracticeField } from '../settings/setup';
import { mainLink } from '../templates/links';

export interface Filled {
  /** The wording with every placeholder filled (from the example surgery where the practice has a gap, when `preview`). */
  text: string;
  /** True when the text may be given out (copied, downloaded, printed). */
  ready: boolean;
  /** True when example values stand in for the practice's missing details: show it marked as a preview only. */
  preview: boolean;
  /** The practice details it needs that are not set up yet. */
  needs: PracticeField[];
  /** Placeholders with no value at all (patient-only ones such as ((first_name)) have none here), or unknown. */
  unfilled: string[];
  /** The first full link in the text (for a QR code). */
  link: string | null;
}

/** The setting's label for a practice field ("Surgery name"), for messages. */
export function fieldLabel(field: PracticeField): string {
  const entry = (Object.entries(PLACEHOLDERS) as [PlaceholderName, (typeof PLACEHOLDERS)[PlaceholderName]][]).find(([, d]) => d.setting === field);
  return entry ? entry[1].label : field;
}

/** Fill `body` for the practice. */
export function fillWording(body: string, practice: PracticeSettings): Filled {
  const needs = detailsBlocking(body, practice);
  const preview = needs.length > 0;
  const r = render(body, practiceValues(preview ? withExampleGaps(practice) : practice));
  const unfilled = [...r.missing.map(String), ...r.unknown];
  return { text: r.text, ready: !preview && unfilled.length === 0, preview, needs, unfilled, link: mainLink(r.text) };
}

/** Why filled wording cannot be given out, in words, or null when it can. */
export function notReadyReason(f: Filled): string | null {
  if (f.ready) return null;
  if (f.needs.length) {
    return `Preview only, filled with an example surgery: set up ${f.needs.map((n) => fieldLabel(n).toLowerCase()).join(', ')} in Settings before you use it.`;
  }
  return `This wording has placeholders Nudge cannot fill here: ${f.unfilled.map((n) => `((${n}))`).join(', ')}. Edit it to remove them.`;
}
