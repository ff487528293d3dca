/** Messages from the background to the panel (keyboard commands), validated and sender-checked. */
import { browser } from 'wxt/browser';
import { PanelCommandSchema, fromExtensionPage, parse } from '../../messaging/protocol';
import type { PanelState } from './state';

export function listenForPanelCommands(state: () => PanelState | null): () => void {
  const listener = (message: unknown, sender: { id?: string; url?: string; tab?: { id?: number } }) => {
    if (!fromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/').replace(/\/$/, ''))) return;
    const command = parse(PanelCommandSchema, message);
    if (!command) return;
    if (command.type === 'nudge/focus-search' && state()) {
      // Only on the user's own keyboard command: the panel never takes focus by itself.
      document.getElementById('panel-search')?.focus();
    }
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
