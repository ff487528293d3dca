/** The panel's link to the content script in its bound tab. Thin adapter over browser.* APIs. */
import { browser } from 'wxt/browser';
import {
  HelloReplySchema,
  HostEventSchema,
  fromHostTab,
  parse,
  type Cue,
  type Guard,
  type HelloReply,
  type HostRequest,
  type InsertReply,
} from '../../messaging/protocol';
import { HOST_SCRIPT_FILE } from '../../ext/host-scripts';
import { InsertAndRecordReplySchema } from '../../messaging/log-protocol';
import type { Offer } from '../../log/types';
import { profileFor, type SiteProfile } from '../../page/site-profile';
import { GENERIC_CUES, cueConditions, type Cue as CatalogueCue } from '../../catalogue/prompts';

export type HelloResult = { status: 'ready'; page: HelloReply } | { status: 'no-access' } | { status: 'no-tab' };

/**
 * What the panel knows about its tab's site: its origin when the browser lets us see it (we have
 * access, or the user clicked the toolbar button on it: activeTab), and whether the practice has
 * allowed the site for good (an optional host permission).
 */
export interface SiteAccessInfo {
  origin: string | null;
  granted: boolean;
}

export interface HostLink {
  readonly tabId: number | null;
  hello(): Promise<HelloResult>;
  /**
   * Insert `text` in the field the user chose, if the page still shows the patient of `guard`.
   * With `offer`, the background records it once the text went in (even if the panel has closed).
   * Null when the page could not be reached.
   */
  insert(text: string, guard?: Guard, offer?: Offer): Promise<InsertReply | null>;
  /** Call `cb` whenever the bound tab may show something new; returns an unsubscribe. */
  onChange(cb: () => void): () => void;
  siteAccess(): Promise<SiteAccessInfo>;
  /**
   * Ask the browser to allow `origin` for good. Call it straight from a click handler (the browser
   * asks the user, and only during a user gesture). Resolves to whether it was allowed.
   */
  allow(origin: string): Promise<boolean>;
}

/** Settings the link reads afresh for each request (they may change while the panel is open). */
export interface HostLinkOptions {
  /** The practice's site profiles (settings `siteProfiles`). */
  profiles?: () => readonly SiteProfile[];
  /** The surgery's own phone numbers, never read as the patient's. */
  ignoreNumbers?: () => readonly string[];
  /** Generic page cues, as the catalogue writes them (the catalogue's GENERIC_CUES when left out). */
  cues?: readonly CatalogueCue[];
}

/**
 * The match pattern that grants one origin's host: "https://example.nhs.uk/*", without the port.
 * Firefox's match patterns take no port (one with a port never matches what was granted), and in
 * Chrome a pattern without a port covers every port, so this is what both browsers grant and find.
 */
export function originPattern(origin: string): string {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

/** The origin of an http(s) URL, or null for anything else (browser pages, files, bad URLs). */
export function webOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
  } catch {
    return null;
  }
}

async function send(tabId: number, request: HostRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId: 0 });
}

/** A link to `tabId`. */
export function createHostLink(tabId: number | null, options: HostLinkOptions = {}): HostLink {
  /**
   * The tab's URL as the browser shows it to us: present only while we may reach the page (a
   * granted site or activeTab). Undefined: no access. Null: the tab is gone.
   */
  async function tabUrl(): Promise<string | undefined | null> {
    if (tabId === null) return null;
    try {
      return (await browser.tabs.get(tabId)).url;
    } catch {
      return null;
    }
  }

  /** How to read a page at `origin`: its site profile and the surgery's numbers. */
  function readOptions(origin: string | null): Pick<Extract<HostRequest, { type: 'nudge/insert' }>, 'profile' | 'ignore'> {
    const profile = origin ? profileFor(options.profiles?.() ?? [], origin) : null;
    const ignore = (options.ignoreNumbers?.() ?? []).filter((n) => n.trim()).slice(0, 20);
    return { ...(profile ? { profile } : {}), ...(ignore.length ? { ignore } : {}) };
  }
  // One protocol cue per URL word or phrase (catalogue/prompts.ts cueConditions), within the protocol's limit.
  const cueList: Cue[] = cueConditions(options.cues ?? GENERIC_CUES).slice(0, 300);
  const cues = () => [...cueList];
  let lastOrigin: string | null = null;

  async function ask(origin: string | null): Promise<HelloReply | null> {
    if (tabId === null) return null;
    try {
      return parse(HelloReplySchema, await send(tabId, { type: 'nudge/hello', ...readOptions(origin), cues: cues() }));
    } catch {
      return null; // no content script there (yet)
    }
  }

  return {
    tabId,
    async hello() {
      if (tabId === null) return { status: 'no-tab' };
      const url = await tabUrl();
      if (url === null) return { status: 'no-tab' };
      const origin = webOrigin(url);
      if (!origin) {
        // We may not reach this page (never allowed, or allowed and then withdrawn): a content
        // script left running from before is told to stop, and nothing is read.
        if (url === undefined) void send(tabId, { type: 'nudge/stop' }).catch(() => {});
        lastOrigin = null;
        return { status: 'no-access' };
      }
      let reply = await ask(origin);
      if (!reply) {
        try {
          await browser.scripting.executeScript({ target: { tabId }, files: [HOST_SCRIPT_FILE] });
          reply = await ask(origin);
        } catch {
          /* no access to this site (or a browser page) */
        }
      }
      // The tab moved to another site while we asked: never show one site's reading for another.
      if (reply && reply.origin !== origin) reply = await ask(reply.origin);
      if (!reply || webOrigin(`${reply.origin}/`) !== reply.origin) return { status: 'no-access' };
      lastOrigin = reply.origin;
      return { status: 'ready', page: reply };
    },
    async insert(text, guard, offer) {
      if (tabId === null) return null;
      const request: HostRequest = { type: 'nudge/insert', text, ...(guard ? { guard } : {}), ...readOptions(lastOrigin) };
      try {
        // Through the background, which records the offer once the text went in (issue 13, item 4).
        const answer = parse(InsertAndRecordReplySchema, await browser.runtime.sendMessage({ type: 'nudge/insert-and-record', tabId, request, ...(offer ? { offer } : {}) }));
        return answer ? answer.reply : null;
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
      // A site allowed or withdrawn (here, in the browser's settings, or by policy).
      const onPermissions = () => cb();
      browser.runtime.onMessage.addListener(onMessage);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.tabs.onRemoved.addListener(onRemoved);
      const permissionEvents = [browser.permissions.onAdded, browser.permissions.onRemoved];
      const listening = permissionEvents.filter((e) => {
        try {
          e.addListener(onPermissions);
          return true;
        } catch {
          return false; // a browser (or test double) without these events
        }
      });
      return () => {
        browser.runtime.onMessage.removeListener(onMessage);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.tabs.onRemoved.removeListener(onRemoved);
        listening.forEach((e) => e.removeListener(onPermissions));
      };
    },
    async siteAccess() {
      const origin = webOrigin((await tabUrl()) ?? undefined);
      if (!origin) return { origin: null, granted: false };
      // The host on any port; or (Chrome) a grant made for this port alone.
      const patterns = [...new Set([originPattern(origin), `${origin}/*`])];
      let granted = false;
      for (const pattern of patterns) {
        try {
          granted ||= await browser.permissions.contains({ origins: [pattern] });
        } catch {
          /* a pattern this browser does not accept (Firefox: one with a port) */
        }
      }
      return { origin, granted };
    },
    allow(origin) {
      // No await before this call: the browser only asks the user during the click.
      return browser.permissions.request({ origins: [originPattern(origin)] }).catch(() => false);
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
