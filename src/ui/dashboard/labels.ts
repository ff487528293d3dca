/**
 * Words for the dashboard: services, periods, workstations and the titles of texts and prompt
 * cards. The log's own vocabulary (roles, settings, outcomes, channels) and its labels live in
 * src/log/vocabulary.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import { PROMPTS } from '../../catalogue/prompts';
import { serviceName } from '../../catalogue/services';
import { loadEffectiveSettings } from '../../settings/effective';
import { templatesInForce } from '../../templates/in-force';
import { EMPTY_PRACTICE_TEMPLATES, loadPracticeTemplates } from '../../templates/store';

export const serviceLabel = serviceName;

/** A workstation as staff see it: its name if known, else the start of its id. */
export function workstationLabel(id: string, names: ReadonlyMap<string, string> = new Map(), own?: string): string {
  const name = names.get(id);
  const short = id.slice(0, 8);
  if (id === own) return name ? `${name} (this computer)` : `This computer (${short})`;
  return name ?? `Workstation ${short}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Nov 2025" for a month, "w/c 3 Nov 2025" for a week. */
export function periodLabel(period: string): string {
  const [y, m, d] = period.split('-');
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `w/c ${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * Titles by item id, for "most used" and the offers CSV: every template in force (the default
 * pack or the policy's, the practice's edits and own texts, archived ones too: offers outlive
 * archiving; language versions share their template's id) and every prompt card (its summary).
 */
export function itemTitles(templates: readonly { id: string; title: string }[], prompts: readonly { id: string; summary: string }[] = PROMPTS): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of prompts) out.set(p.id, p.summary);
  for (const t of templates) out.set(t.id, t.title);
  return out;
}

/** The titles of every text and card this workstation knows (see itemTitles). */
export async function loadItemTitles(): Promise<Map<string, string>> {
  const [effective, practice] = await Promise.all([
    loadEffectiveSettings().catch(() => null),
    loadPracticeTemplates().catch(() => EMPTY_PRACTICE_TEMPLATES),
  ]);
  return itemTitles(templatesInForce(effective?.policyTemplates, practice));
}

/** An item's title, or its id when nothing by that id is known any more. */
export function itemLabel(titles: ReadonlyMap<string, string>, id: string): string {
  return titles.get(id) ?? id;
}

/** The titles for a dashboard section: the default pack's and the cards' at once, the practice's own once read. */
export function useItemTitles(): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(() => itemTitles(templatesInForce(null, EMPTY_PRACTICE_TEMPLATES)));
  useEffect(() => {
    let live = true;
    void loadItemTitles().then((t) => live && setTitles(t));
    return () => {
      live = false;
    };
  }, []);
  return titles;
}

/** A practice as a manager reads it: "Riverside Surgery (A81001)", its code alone, or "Not recorded". */
export function practiceLabel(code: string, names: ReadonlyMap<string, string> = new Map()): string {
  if (!code) return 'Not recorded';
  const name = names.get(code);
  return name ? `${name} (${code})` : code;
}
