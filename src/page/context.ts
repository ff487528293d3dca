/**
 * The patient context: who the page shows. Read only from the patient's own banner, chosen by what
 * it holds (a valid NHS number, with a date of birth or labels beside it), never by attribute words:
 * a "Reply to patient" box is not a banner. Only visible text counts, and never another person's
 * section (next of kin, contacts, carers, the GP). Every read is capped (page-text.ts TEXT_CAP).
 */
import { findMobiles } from './mobile';
import { findNhsNumbers, nhsMatches } from './nhs-number';
import { cleanName, namesIn, norm } from './patient-name';
import { textNodes, up } from './page-text';
import { safeQueryAll, type SiteProfile } from './site-profile';

/** What the page shows about the patient. Lives only in memory, for the tab it came from. */
export interface PageContext {
  names: string[];
  nhsNumbers: string[];
  mobiles: string[];
}

/**
 * More candidates than this means the page lists many patients (a day list, a search result),
 * not one: none of them is taken as "the patient".
 */
export const MAX_CANDIDATES = 6;
/** A banner holds at most this much text; a bigger block is a page, not a banner. */
const BANNER_CAP = 600;
/** A date as banners show dates of birth: 14-Mar-1968, 14/03/1968, 14 March 1968, 1968-03-14. */
const DATE = /\b\d{1,2}[ /.-](?:\d{1,2}|[a-z]{3,9})[ /.-]\d{4}\b|\b\d{4}-\d\d-\d\d\b/i;
/** Labels of sections about someone else. */
const OTHER_WORDS = 'next of kin|nok|emergency contact|carer|relative|guardian|parent|spouse|partner|son|daughter|usual gp|gp|doctor';
const OTHER = new RegExp(`^(?:${OTHER_WORDS})\\b`, 'i');
const ROW = 'tr,li,[role=row],[role=listitem]';

/** Shown on screen: rendered, not transparent, not in the page's negative (unreachable) space. */
export function visible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const v = el.ownerDocument.defaultView;
  return (
    el.checkVisibility?.({ opacityProperty: true, visibilityProperty: true }) !== false &&
    (!(r.width || r.height) || (r.right + (v?.scrollX ?? 0) > 0 && r.bottom + (v?.scrollY ?? 0) > 0))
  );
}

/**
 * The patient banners of `doc`: for each valid NHS number on the page (as shown, not labelled as a
 * reference), the smallest block around it that also shows a date, or else the largest that holds
 * no other NHS number and no more than a banner's text. Rows of a list of patients are not banners.
 */
export function patientRegions(doc: Document): Element[] {
  const nodes = doc.body ? textNodes(doc.body) : [];
  const starts: number[] = [];
  let text = '';
  for (const n of nodes) {
    starts.push(text.length);
    text += `${n.nodeValue}\n`;
  }
  const matches = nhsMatches(text).slice(0, 50);
  const found: Element[] = [];
  let i = 0;
  for (const m of matches) {
    while (i + 1 < starts.length && starts[i + 1]! <= m.index) i++;
    let lo = i;
    let hi = i;
    let region: Element | null = null;
    for (let e = up(nodes[i]!); e && e !== doc.body && e !== doc.documentElement; e = up(e)) {
      const within = (n: Node | null): boolean => !!n && (n === e || within(up(n)));
      while (lo > 0 && within(nodes[lo - 1]!)) lo--;
      while (hi + 1 < nodes.length && within(nodes[hi + 1]!)) hi++;
      const from = starts[lo]!;
      const to = starts[hi]! + nodes[hi]!.length;
      if (to - from > BANNER_CAP || matches.some((o) => o.index >= from && o.index < to && o.digits !== m.digits)) break;
      region = e;
      if (DATE.test(text.slice(from, to))) break;
    }
    if (region && !found.includes(region) && visible(region)) found.push(region);
  }
  // A region inside another is the same banner; regions in two or more rows are entries of a list.
  const rows = found.filter((r) => r.closest(ROW));
  return found.filter((r) => !(rows[1] && rows.includes(r)) && !found.some((o) => o !== r && o.contains(r)));
}

/**
 * The pieces of text of a banner a reader may use: visible, and not in another person's section
 * (a label such as "Next of kin" hides the rest of the block that holds it).
 */
export function bannerTexts(region: Element): string[] {
  const out: string[] = [];
  let skip: Element | null = null;
  for (const n of textNodes(region, BANNER_CAP * 2)) {
    const parent = up(n);
    if (skip?.contains(n) || !parent || !visible(parent)) continue;
    const t = n.nodeValue ?? '';
    const parts = t.split(/[|•·\n]/);
    const k = parts.findIndex((p) => OTHER.test(norm(p)));
    if (k < 0) {
      out.push(t);
      continue;
    }
    if (k) out.push(parts.slice(0, k).join('|'));
    // A label standing alone ("Next of kin"): the rest of the block that holds it is that person's.
    if (/^ ?:?$/.test(norm(parts.slice(k).join(' ')).replace(OTHER, ''))) {
      let block = parent;
      while (block !== region && norm(block.textContent ?? '', 80) === norm(t, 80)) block = up(block) ?? region;
      skip = block;
    }
  }
  return out;
}

/**
 * Read the patient context from `doc`. A site profile's selectors are used for whatever they
 * name; the rest is read from the page's patient banners only. `ignoreNumbers` lists numbers that
 * are never the patient's (the surgery's own phone numbers); `regions`, the banners if already found.
 */
export function readContext(doc: Document, profile?: SiteProfile | null, ignoreNumbers: readonly string[] = [], regions = patientRegions(doc)): PageContext {
  const banners = regions.map(bannerTexts);
  const generic = banners.map((b) => b.join('\n')).join('\n');
  const nameSel = profile?.nameSelector;
  const nhsSel = profile?.nhsNumberSelector;
  const mobSel = profile?.mobileSelector;
  return {
    names: cap(nameSel ? safeQueryAll(doc, nameSel).flatMap((el) => cleanName(el.textContent ?? '') ?? []) : banners.flatMap(namesIn)),
    nhsNumbers: cap(findNhsNumbers(nhsSel ? textOf(doc, nhsSel) : generic)),
    mobiles: cap(findMobiles(mobSel ? textOf(doc, mobSel) : generic, ignoreNumbers)),
  };
}

function cap(list: string[]): string[] {
  const once = [...new Set(list)];
  return once.length > MAX_CANDIDATES ? [] : once;
}

export function sameSet(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((v) => y.includes(v));
}

function textOf(doc: Document, selector: string): string {
  return safeQueryAll(doc, selector)
    .map((el) => el.textContent?.slice(0, 5000))
    .join('\n');
}
