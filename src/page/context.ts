import { findMobiles } from './mobile';
import { findNhsNumbers } from './nhs-number';
import { findPatientNames } from './patient-name';
import { pageText } from './page-text';
import type { SiteProfile } from './site-profile';

/** What the page shows about the patient. Lives only in memory, for the tab it came from. */
export interface PageContext {
  names: string[];
  nhsNumbers: string[];
  mobiles: string[];
}

/** Places where clinical systems show the patient: a banner or a block marked as the patient's. */
const PATIENT_REGIONS = '[role="banner"], [data-patient], [class*="patient-banner"], [id*="patient-banner"], [class*="demographic"], [aria-label*="patient" i]';

/**
 * Read the patient context from `doc`. With a site profile, only its selectors are used; without
 * one, the patient regions of the page are read, and the whole page only when it has none.
 * `ignoreNumbers` lists numbers that are never the patient's (the surgery's own phone numbers).
 */
export function readContext(doc: Document, profile?: SiteProfile | null, ignoreNumbers: readonly string[] = []): PageContext {
  if (profile && (profile.nameSelector || profile.nhsNumberSelector || profile.mobileSelector)) {
    return {
      names: profile.nameSelector ? findPatientNames(doc, profile.nameSelector) : [],
      nhsNumbers: profile.nhsNumberSelector ? findNhsNumbers(textOf(doc, profile.nhsNumberSelector)) : [],
      mobiles: profile.mobileSelector ? findMobiles(textOf(doc, profile.mobileSelector), ignoreNumbers) : [],
    };
  }
  const regions = safeQueryAll(doc, PATIENT_REGIONS);
  const text = regions.length ? regions.map((r) => pageText(r)).join('\n') : doc.body ? pageText(doc.body) : '';
  return {
    names: findPatientNames(doc),
    nhsNumbers: findNhsNumbers(text),
    mobiles: findMobiles(text, ignoreNumbers),
  };
}

/** Two contexts show the same patient when neither has gained or lost an identifier. */
export function sameContext(a: PageContext, b: PageContext): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v) => y.includes(v));
  return same(a.names, b.names) && same(a.nhsNumbers, b.nhsNumbers) && same(a.mobiles, b.mobiles);
}

function textOf(doc: Document, selector: string): string {
  return safeQueryAll(doc, selector)
    .map((el) => pageText(el))
    .join('\n');
}

function safeQueryAll(doc: Document, selector: string): Element[] {
  try {
    return Array.from(doc.querySelectorAll(selector));
  } catch {
    return [];
  }
}
