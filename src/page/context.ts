import { findMobiles } from './mobile';
import { findNhsNumbers } from './nhs-number';
import { findPatientNames } from './patient-name';
import { pageText } from './page-text';
import { PATIENT_REGIONS, safeQueryAll, type SiteProfile } from './site-profile';

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

/** The outermost elements marked as the patient's (a banner), or none. */
export function patientRegions(doc: Document): Element[] {
  const all = safeQueryAll(doc, PATIENT_REGIONS);
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/**
 * Read the patient context from `doc`. A site profile's selectors are used for whatever they
 * name; the rest is read generically: from the patient regions of the page, or from the whole
 * page when it has none. `ignoreNumbers` lists numbers that are never the patient's (the
 * surgery's own phone numbers).
 */
export function readContext(doc: Document, profile?: SiteProfile | null, ignoreNumbers: readonly string[] = []): PageContext {
  let generic: string | null = null;
  const genericText = () => {
    if (generic === null) {
      const regions = patientRegions(doc);
      generic = regions.length ? regions.map((r) => pageText(r)).join('\n') : doc.body ? pageText(doc.body) : '';
    }
    return generic;
  };
  const nameSel = profile?.nameSelector;
  const nhsSel = profile?.nhsNumberSelector;
  const mobSel = profile?.mobileSelector;
  return {
    names: cap(findPatientNames(doc, nameSel || undefined)),
    nhsNumbers: cap(findNhsNumbers(nhsSel ? textOf(doc, nhsSel) : genericText())),
    mobiles: cap(findMobiles(mobSel ? textOf(doc, mobSel) : genericText(), ignoreNumbers)),
  };
}

function cap(list: string[]): string[] {
  return list.length > MAX_CANDIDATES ? [] : list;
}

/** Two contexts show the same patient when neither has gained or lost an identifier. */
export function sameContext(a: PageContext, b: PageContext): boolean {
  return sameSet(a.names, b.names) && sameSet(a.nhsNumbers, b.nhsNumbers) && sameSet(a.mobiles, b.mobiles);
}

export function sameSet(x: readonly string[], y: readonly string[]): boolean {
  return x.length === y.length && x.every((v) => y.includes(v));
}

function textOf(doc: Document, selector: string): string {
  return safeQueryAll(doc, selector)
    .map((el) => pageText(el))
    .join('\n');
}
