/** Starts the host content script: message handling, validation and tear-down. No framework, no polyfill. */
import { createHost } from './host';
import { isHostRequest } from '../messaging/guards';

/** The few extension APIs this script uses (Chrome and Firefox both provide `chrome.*`). */
export interface MinimalChrome {
  runtime: {
    id?: string;
    getURL(path: string): string;
    sendMessage(message: unknown): Promise<unknown> | void;
    onMessage: {
      addListener(fn: Listener): void;
      removeListener(fn: Listener): void;
    };
  };
}
export type Sender = { id?: string; url?: string; tab?: unknown };
type Listener = (message: unknown, sender: Sender, reply: (r: unknown) => void) => boolean;

/**
 * Where the running copy keeps its off switch, so that a newer copy (after an extension update, or
 * injected again) replaces it. A symbol in the content script's own world: the page cannot reach it
 * (named access such as an element with id="__nudgeHost" covers string names only, and the page's
 * scripts run in another world), so no page can spoof or disable it.
 */
const KEY = Symbol.for('nudge.host');

/**
 * Only this extension's own pages may ask: the panel, in the side panel or in a tab (Firefox gives
 * the sender a tab then), known by the extension's id and its own base URL. Never a web page,
 * another extension, or this extension's content script in some tab.
 */
export function fromOwnPage(sender: Sender, id: string | undefined, base: string): boolean {
  return !!id && sender.id === id && !!sender.url?.startsWith(base);
}

export function startHostScript(win: Window, api: MinimalChrome): void {
  const slot = win as unknown as Record<symbol, AbortController | undefined>;
  slot[KEY]?.abort();
  const controller = new AbortController();
  slot[KEY] = controller;
  const extensionId = api.runtime.id;
  const base = api.runtime.getURL('');

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
    if (!alive() || !fromOwnPage(sender, extensionId, base) || !isHostRequest(message)) return false;
    if (message.type === 'nudge/stop') {
      // Site access was withdrawn: stop watching and let go of everything now (no reply).
      controller.abort();
      return false;
    }
    const answer = host.handle(message);
    if (!answer) return false; // for another frame
    void answer.then(reply, () => reply(null));
    return true; // the reply comes once the editor has shown the text (or not)
  };
  api.runtime.onMessage.addListener(listener);
  controller.signal.addEventListener('abort', () => {
    try {
      api.runtime.onMessage.removeListener(listener);
    } catch {
      /* orphaned: the API is gone already */
    }
  });
  // The page going away ends everything this script holds.
  win.addEventListener('pagehide', (e) => !(e as PageTransitionEvent).persisted && controller.abort(), { signal: controller.signal });
}
