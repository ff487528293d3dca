/**
 * Keyboard commands (modifier shortcuts only, set in the manifest and changeable by the user at
 * chrome://extensions/shortcuts): "focus-search" opens the panel and puts the cursor in its search box.
 */
import { browser } from 'wxt/browser';

type SidePanelApi = { open?(o: { windowId: number }): Promise<void> };
type SidebarApi = { open?(): Promise<void> };

export function startCommands(): void {
  browser.commands?.onCommand.addListener(onCommand);
}

/** What a keyboard command does. Resolves once the panel has been told. */
export function onCommand(command: string, tab?: { windowId?: number }): Promise<void> {
  if (command !== 'focus-search') return Promise.resolve();
  const b = browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarApi };
  // Open the panel first (the command is the user gesture the browser asks for)...
  let opening: Promise<void> | undefined;
  try {
    opening = b.sidePanel?.open && tab?.windowId !== undefined ? b.sidePanel.open({ windowId: tab.windowId }) : b.sidebarAction?.open?.();
  } catch {
    opening = undefined; // no panel API here: the panel may be open already
  }
  return Promise.resolve(opening)
    .catch(() => {})
    .then(() => tellPanel(5));
}

/** ...then ask it to focus its search box, a few times while it loads (bounded: at most 5 tries in about a second). */
function tellPanel(triesLeft: number): Promise<void> {
  return browser.runtime.sendMessage({ type: 'nudge/focus-search' }).then(
    () => {},
    () => (triesLeft > 1 ? new Promise<void>((r) => setTimeout(() => void tellPanel(triesLeft - 1).then(r), 200)) : undefined),
  );
}
