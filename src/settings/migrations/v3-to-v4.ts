/**
 * Version 4: default links that moved are updated (issue 11, content review section 3). NHS App
 * help moved under https://www.nhs.uk/nhs-app/help/, so a saved copy of an old default link is
 * replaced with its new address; and the test results link, now NHS App help by default rather
 * than a page of the surgery's own, takes that default where it was empty or the fictional
 * surgery's. A link the practice chose itself is kept as it is.
 */
import type { Settings } from '../model';
import { DEFAULT_PRACTICE, RETIRED_LINKS } from '../practice';
import { isExampleLink } from '../setup';

export function migrateV3toV4(v3: Settings | null | undefined): Settings {
  const old = (typeof v3 === 'object' && v3 !== null ? { ...v3 } : {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(old)) {
    if (key.endsWith('Url') && typeof value === 'string' && Object.prototype.hasOwnProperty.call(RETIRED_LINKS, value)) old[key] = RETIRED_LINKS[value];
  }
  const results = old.testResultsUrl;
  if (typeof results !== 'string' || !results.trim() || isExampleLink(results)) old.testResultsUrl = DEFAULT_PRACTICE.testResultsUrl;
  return old as unknown as Settings;
}
