/** A panel made of its real parts, over a fake tab and a real (fake-indexeddb) log, for unit tests. */
import { computed, signal } from '@preact/signals';
import { DEFAULT_TEMPLATES, type Template } from '@/src/catalogue/templates';
import { PROMPTS } from '@/src/catalogue/prompts';
import type { LogDatabase } from '@/src/log/db';
import { createOfferRecorder, type OfferWriter } from '@/src/log/recorder';
import { createDbWriter } from '@/src/log/db-writer';
import type { Clock } from '@/src/log/record';
import type { HelloReply, InsertReply, Guard } from '@/src/messaging/protocol';
import type { Offer } from '@/src/log/types';
import { DEFAULT_SETTINGS, type Settings } from '@/src/settings/model';
import type { PanelPrefs } from '@/src/settings/prefs';
import type { HostLink } from '@/src/ui/panel/host-link';
import { createNotices } from '@/src/ui/panel/notices';
import { createPanelOffers, type PanelOffers } from '@/src/ui/panel/offers';
import { createPrefs } from '@/src/ui/panel/prefs';
import { createPanelState, readySignal } from '@/src/ui/panel/state';
import { SET_UP_PRACTICE } from './practice-fixture';

export type Context = HelloReply['context'];
export const JANE: Context = { names: ['Jane Smith'], nhsNumbers: ['9997877896'], mobiles: [] };
export const BOB: Context = { names: ['Bob Jones'], nhsNumbers: ['9991742182'], mobiles: [] };
export const NOBODY: Context = { names: [], nhsNumbers: [], mobiles: [] };

/**
 * A tab whose page shows `page.context` (change it to move the page to someone else) and checks
 * each insert's guard as the content script does. With an offer, an insert that went in records it,
 * as the background does.
 */
export function fakeHost(opts: { status?: InsertReply['status']; context?: Context; field?: string | null; record?: (o: Offer) => void } = {}) {
  const page = { context: opts.context ?? JANE, field: opts.field === undefined ? 'Message' : opts.field };
  const inserted: { text: string; guard?: Guard }[] = [];
  const listeners = new Set<() => void>();
  const same = (a: readonly string[] | undefined, b: readonly string[]) => a === undefined || (a.length === b.length && a.every((x) => b.includes(x)));
  const host: HostLink = {
    tabId: 1,
    hello: async () => ({ status: 'ready', page: { type: 'nudge/hello-reply', origin: 'http://127.0.0.1', context: page.context, field: page.field, cues: [] } }),
    insert: async (text, guard, offer) => {
      const status = opts.status ?? 'inserted';
      if (status !== 'inserted') return { type: 'nudge/insert-reply', status, field: page.field };
      if (guard && !(same(guard.names, page.context.names) && same(guard.nhsNumbers, page.context.nhsNumbers) && same(guard.mobiles, page.context.mobiles))) {
        const shown = page.context.names.length + page.context.nhsNumbers.length;
        return { type: 'nudge/insert-reply', status: shown ? 'patient-changed' : 'patient-gone', field: page.field };
      }
      inserted.push({ text, ...(guard ? { guard } : {}) });
      if (offer) opts.record?.(offer);
      return { type: 'nudge/insert-reply', status: 'inserted', field: page.field };
    },
    onChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    siteAccess: async () => ({ origin: 'http://127.0.0.1', granted: true }),
    allow: async () => true,
  };
  return {
    host,
    page,
    inserted,
    /** The page reports a change (as the content script does after a banner or focus change). */
    changed: () => listeners.forEach((cb) => cb()),
  };
}

/** Writes still under way (a test waits for them before deleting its database). */
const inflight = new Set<Promise<unknown>>();
function tracked(w: OfferWriter): OfferWriter {
  const track = <T>(p: Promise<T>): Promise<T> => {
    inflight.add(p);
    void p.catch(() => {}).finally(() => inflight.delete(p));
    return p;
  };
  return {
    record: (o) => track(w.record(o)),
    setOutcome: (id, outcome, ws) => track(w.setOutcome(id, outcome, ws)),
    undo: (id, ws) => track(w.undo(id, ws)),
    countToday: (ws) => track(w.countToday(ws)),
  };
}

/** Wait until every write a test started has finished. */
export async function settleWrites(): Promise<void> {
  while (inflight.size) await Promise.allSettled([...inflight]);
  await new Promise((r) => setTimeout(r, 0));
}

export interface MakeOptions {
  db: LogDatabase;
  host?: ReturnType<typeof fakeHost>;
  status?: InsertReply['status'];
  context?: Context;
  settings?: Partial<Settings>;
  prefs?: Partial<PanelPrefs>;
  templates?: Template[];
  writer?: OfferWriter;
  clock?: Clock;
  policyRead?: boolean;
  clipboard?: string[];
  openPrint?: (t: Template, language: string) => void;
}

/** A whole panel for one tab, its parts reachable for assertions. */
export function makePanel(o: MakeOptions) {
  const settings = signal<Settings>({ ...DEFAULT_SETTINGS, ...SET_UP_PRACTICE, ...o.settings });
  const notices = createNotices();
  const prefs = createPrefs({ initial: o.prefs ?? {}, settings: computed(() => settings.value), workstation: 'ws-1' });
  let offers: PanelOffers | null = null;
  const writer = tracked(o.writer ?? createDbWriter(() => o.db, o.clock));
  const recorder = createOfferRecorder({ writer, source: () => prefs.source.value, onStatus: (s) => offers?.status(s), retry: { wait: () => 1 }, ...(o.clock ? { clock: o.clock } : {}) });
  offers = createPanelOffers(recorder, notices);
  // The background records an inserted offer; here the fake tab does, through the same writer.
  const tab = o.host ?? fakeHost({ ...(o.status ? { status: o.status } : {}), ...(o.context ? { context: o.context } : {}), record: (offer) => void writer.record(offer) });
  const policy = readySignal(o.policyRead ?? true);
  const copied = o.clipboard ?? [];
  const s = createPanelState(
    {
      settings,
      templates: signal(o.templates ?? DEFAULT_TEMPLATES),
      prompts: PROMPTS,
      policyRead: policy.ready,
      whenPolicyRead: policy.when,
      prefs,
      offers,
      notices,
      writeClipboard: async (t) => void copied.push(t),
      setupUrl: 'chrome-extension://x/dashboard.html#setup',
      ...(o.openPrint ? { openPrint: o.openPrint } : {}),
    },
    tab.host,
  );
  return { s, tab, settings, policy, copied, recorder, writer };
}

/** Wait (up to 5 s, for busy machines) until `check` holds; the assertions after it say what broke. */
export const until = async (check: () => boolean | Promise<boolean>) => {
  const deadline = Date.now() + 5000;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
};

export const template = (id: string) => DEFAULT_TEMPLATES.find((t) => t.id === id)!;
