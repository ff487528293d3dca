// The demo practice's details, set up the way a practice manager would set up Nudge (Settings),
// with its links pointing at the demo surgery website. `npm start` and the browser tests use it:
// a fresh install refuses to send texts until the practice is set up (issue 11).
import { readFileSync } from 'node:fs';

/** The demo practice's settings, for the demo system served at `demoUrl` (http://127.0.0.1:PORT). */
export function demoPractice(demoUrl) {
  const site = `${demoUrl}/surgery/`;
  return {
    surgeryName: 'Brookside Surgery',
    // 01632 is a fictional area code; 960xxx, Ofcom's drama range, counts as an example number.
    surgeryPhone: '01632 961234',
    websiteUrl: site,
    onlineFormUrl: `${site}#contact-us`,
    repeatPrescriptionsUrl: `${site}#prescriptions`,
    appointmentsUrl: `${site}#appointments`,
    testResultsUrl: `${site}#test-results`,
    updateDetailsUrl: `${site}#change-your-details`,
    homeMonitoringUrl: `${site}#blood-pressure`,
    registrationUrl: `${site}#register`,
    fitNoteUrl: `${site}#fit-notes`,
    travelUrl: `${site}#travel`,
    pharmacyFirstUrl: `${site}#pharmacy-first`,
    selfReferralUrl: `${site}#refer-yourself`,
    reviewsUrl: `${site}#reviews`,
  };
}

/** The settings item's storage key (WXT's `local:practice`) and its version (src/settings/version.ts). */
export const SETTINGS_STORAGE_KEY = 'practice';
export const SETTINGS_VERSION = Number(
  /SETTINGS_VERSION = (\d+)/.exec(readFileSync(new URL('../src/settings/version.ts', import.meta.url), 'utf8'))?.[1] ?? NaN,
);

/**
 * Save the demo practice's details from an extension page (Playwright `Page` or `Worker`), merged
 * over whatever is stored, as the Settings screen would.
 */
export async function setUpDemoPractice(extensionPage, demoUrl) {
  const version = SETTINGS_VERSION;
  if (!Number.isInteger(version)) throw new Error('Could not read SETTINGS_VERSION from src/settings/version.ts');
  await extensionPage.evaluate(
    async ([details, key, v]) => {
      const current = (await chrome.storage.local.get(key))[key] ?? {};
      await chrome.storage.local.set({ [key]: { ...current, ...details }, [`${key}$`]: { v } });
    },
    [demoPractice(demoUrl), SETTINGS_STORAGE_KEY, version],
  );
}
