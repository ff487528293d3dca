/** The background's wiring: panel behaviour and site access. Thin by design. */
import { browser } from 'wxt/browser';
import { syncHostScripts } from './host-scripts';
import { startRetention } from './retention';
import { startCommands } from './commands';
import { startOfferRecording } from './offer-recording';

export function startBackground(): void {
  // Chrome and Edge: the toolbar button opens the side panel. (Firefox uses its sidebar.)
  // (The polyfill forwards namespaces it does not wrap, so browser.sidePanel is chrome.sidePanel.)
  const sidePanel = (browser as { sidePanel?: { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> } }).sidePanel;
  sidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  const sync = () => void syncHostScripts().catch((e: unknown) => console.error('Nudge: could not register the host script', e));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  startRetention(); // daily purge of offers older than the retention period
  startCommands(); // keyboard shortcuts: open the panel and focus its search
  startOfferRecording(); // offers from the panel and print page, written here so closing a page never loses one
}
