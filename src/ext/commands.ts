/**
 * Keyboard commands (modifier shortcuts only, set in the manifest and changeable by the user at
 * chrome://extensions/shortcuts): "focus-search" opens the panel and puts the cursor in its search box.
 */
import { browser } from 'wxt/browser';

type SidePanelApi = { open?(o: { windowId: number }): Promise<void> };
type SidebarApi = { open?(): Promise<void> };

export function startCommands(): void {
  browser.commands?.onCommand.addListener((command: string, tab?: { windowId?: number }) => {
    if (command !== 'focus-search') return;
    const b = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
    // Open the panel first (the command is the user gesture the browser asks for)...
    const opening = b.sidePanel?.open && tab?.windowId !== undefined ? b.sidePanel.open({ windowId: tab.windowId }) : b.sidebarAction?.open?.();
    void Promise.resolve(opening)
      .catch(() => {})
      .then(() => tellPanel(5));
  });
}

/** ...then ask it to focus its search box, a few times while it loads (bounded: at most 5 tries in about a second). */
function tellPanel(triesLeft: number): void {
  browser.runtime
    .sendMessage({ type: 'nudge/focus-search' })
    .catch(() => {
      if (triesLeft > 1) setTimeout(() => tellPanel(triesLeft - 1), 200);
    });
}
