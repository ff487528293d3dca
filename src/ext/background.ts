/** The background's wiring: panel behaviour and site access. Thin by design. */
import { browser } from 'wxt/browser';
import { syncHostScripts } from './host-scripts';
import { startRetention } from './retention';
import { startCommands } from './commands';
import { startAutoBackup } from './auto-backup';
import { startOfferRecording } from './offer-recording';

/**
 * Settings, the practice's details and the panel's session state: only the extension's own pages
 * and this background may read or write them, never code running in a content script's world (a
 * compromised page renderer could otherwise change the links in every text). Chrome 102+ has
 * setAccessLevel; Firefox does not (its content scripts reach storage.local: see the hazard log, H21).
 */
export async function restrictStorage(storage: { local?: unknown; session?: unknown } = browser.storage): Promise<string[]> {
  const done: string[] = [];
  for (const name of ['local', 'session'] as const) {
    const area = storage[name] as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } | undefined;
    if (typeof area?.setAccessLevel !== 'function') continue;
    try {
      await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
      done.push(name);
    } catch (e) {
      console.error(`Nudge: could not limit storage.${name} to the extension's own pages`, e);
    }
  }
  return done;
}

export function startBackground(): void {
  void restrictStorage(); // first, at every start of the background
  // Chrome and Edge: the toolbar button opens the side panel. (Firefox uses its sidebar.)
  // (The polyfill forwards namespaces it does not wrap, so browser.sidePanel is chrome.sidePanel.)
  const sidePanel = (browser as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});
  openSidebarOnActionClick(browser as unknown as ActionApis);

  const sync = () => void syncHostScripts().catch((e: unknown) => console.error('Nudge: could not register the host script', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  startRetention(); // daily purge of offers older than the retention period
  startCommands(); // keyboard shortcuts: open the panel and focus its search
  startAutoBackup(); // daily backup file into the downloads folder, when the practice turns it on
  startOfferRecording(); // offers from the panel and print page, written here so closing a page never loses one
}

/** The parts of the browser API the toolbar button needs (a parameter, so tests can pass their own). */
export interface ActionApis {
  sidePanel?: unknown;
  action?: { onClicked: { addListener(fn: () => void): void } };
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Firefox has no side panel: its toolbar button does nothing by itself (a button with no popup only
 * fires onClicked), so there it opens Nudge's sidebar. open(), not toggle(): staff told to "select the
 * Nudge button" while the page is showing (to give Nudge that tab) must not close the sidebar. The call
 * is made straight from the click, which is the user action Firefox asks for.
 */
export function openSidebarOnActionClick(api: ActionApis): boolean {
  const { sidePanel, action, sidebarAction } = api;
  if (sidePanel || !action || !sidebarAction) return false;
  action.onClicked.addListener(() => {
    sidebarAction.open().catch(() => {});
  });
  return true;
}
