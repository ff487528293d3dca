/** The panel's link to the content script in its bound tab. Thin adapter over browser.* APIs. */
import { browser } from 'wxt/browser';
import {
  HelloReplySchema,
  HostEventSchema,
  InsertReplySchema,
  fromHostTab,
  parse,
  type Guard,
  type HelloReply,
  type HostRequest,
  type InsertReply,
} from '../../messaging/protocol';
import { HOST_SCRIPT_FILE } from '../../ext/host-scripts';

export type HelloResult = { status: 'ready'; page: HelloReply } | { status: 'no-access' } | { status: 'no-tab' };

export interface HostLink {
  readonly tabId: number | null;
  hello(): Promise<HelloResult>;
  insert(text: string, guard?: Guard): Promise<InsertReply | null>;
  /** Call `cb` whenever the bound tab may show something new; returns an unsubscribe. */
  onChange(cb: () => void): () => void;
}

async function send(tabId: number, request: HostRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** A link to `tabId`. */
export function createHostLink(tabId: number | null): HostLink {
  return {
    tabId,
    async hello() {
      if (tabId === null) return { status: 'no-tab' };
      try {
        const reply = parse(HelloReplySchema, await send(tabId, { type: 'nudge/hello' }));
        if (reply) return { status: 'ready', page: reply };
      } catch {
        /* no content script there yet */
      }
      try {
        await browser.scripting.executeScript({ target: { tabId }, files: [HOST_SCRIPT_FILE] });
        const reply = parse(HelloReplySchema, await send(tabId, { type: 'nudge/hello' }));
        if (reply) return { status: 'ready', page: reply };
      } catch {
        /* no access to this site (or a browser page) */
      }
      return { status: 'no-access' };
    },
    async insert(text, guard) {
      if (tabId === null) return null;
      try {
        return parse(InsertReplySchema, await send(tabId, { type: 'nudge/insert', text, ...(guard ? { guard } : {}) }));
      } catch {
        return null;
      }
    },
    onChange(cb) {
      if (tabId === null) return () => {};
      const onMessage = (message: unknown, sender: { id?: string; tab?: { id?: number }; frameId?: number }) => {
        if (!fromHostTab(sender, browser.runtime.id, tabId)) return;
        if (parse(HostEventSchema, message)) cb();
      };
      const onUpdated = (id: number, info: { status?: string; url?: string }) => {
        if (id === tabId && (info.status === 'complete' || info.url)) cb();
      };
      const onRemoved = (id: number) => {
        if (id === tabId) cb();
      };
      browser.runtime.onMessage.addListener(onMessage);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
      };
    },
  };
}

/**
 * The tab this panel is bound to: `?tabId=N` in its URL (pop-out windows and tests), or else the
 * active tab of its window.
 */
export async function boundTabId(search: string): Promise<{ tabId: number | null; fixed: boolean }> {
  const fromUrl = new URLSearchParams(search).get('tabId');
  if (fromUrl && /^\d+$/.test(fromUrl)) return { tabId: Number(fromUrl), fixed: true };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return { tabId: tab?.id ?? null, fixed: false };
}
