/** Starts the host content script: message handling, validation and tear-down. No framework, no polyfill. */
import { createHost } from './host';
import { isHostRequest } from '../messaging/guards';

/** The few extension APIs this script uses (Chrome and Firefox both provide `chrome.*`). */
export interface MinimalChrome {
  runtime: {
    id?: string;
    /** This extension's URL for `path` (its own origin: chrome-extension://… or moz-extension://…). */
    getURL?(path: string): string;
    sendMessage(message: unknown): Promise<unknown> | void;
    onMessage: {
      addListener(fn: Listener): void;
      removeListener(fn: Listener): void;
    };
  };
}
type Listener = (message: unknown, sender: { id?: string; tab?: unknown; url?: string }, reply: (r: unknown) => void) => boolean;

const KEY = '__nudgeHost';

export function startHostScript(win: Window, api: MinimalChrome): void {
  const slot = win as unknown as Record<string, AbortController | undefined>;
  // A newer copy (after an extension update, or injected again) replaces the old one cleanly.
  slot[KEY]?.abort();
  const controller = new AbortController();
  slot[KEY] = controller;
  const extensionId = api.runtime.id;
  // This extension's own origin (chrome-extension://id/ or moz-extension://uuid/).
  const ownOrigin = api.runtime.getURL?.('/');

  // After the extension reloads or updates, this copy is orphaned: its runtime id disappears.
  const alive = () => {
    if (!controller.signal.aborted && api.runtime?.id !== extensionId) controller.abort();
    return !controller.signal.aborted;
  };

  const host = createHost({
    doc: win.document,
    signal: controller.signal,
    notify: () => {
      if (!alive()) return;
      try {
        void Promise.resolve(api.runtime.sendMessage({ type: 'nudge/page-changed' })).catch(() => {});
      } catch {
        controller.abort();
      }
    },
  });

  const listener: Listener = (message, sender, reply) => {
    // Only this extension's own pages may ask; never another extension, a web page or a content script.
    // Chrome gives its extension pages no sender.tab; Firefox gives one to an extension page open in a
    // tab (the panel popped out as sidepanel.html?tabId=N), so there its URL must be on our own origin.
    if (!alive() || sender.id !== extensionId || (sender.tab && !(ownOrigin && sender.url?.startsWith(ownOrigin)))) return false;
    if (!isHostRequest(message)) return false;
    if (message.type === 'nudge/stop') {
      // Site access was withdrawn: stop watching and let go of everything now (no reply).
      controller.abort();
      return false;
    }
    reply(host.handle(message));
    return false;
  };
  api.runtime.onMessage.addListener(listener);
  controller.signal.addEventListener('abort', () => {
    try {
      api.runtime.onMessage.removeListener(listener);
    } catch {
      /* orphaned: the API is gone already */
    }
    if (slot[KEY] === controller) slot[KEY] = undefined;
  });
  // The page going away ends everything this script holds.
  win.addEventListener('pagehide', (e) => !(e as PageTransitionEvent).persisted && controller.abort(), { signal: controller.signal });
}
