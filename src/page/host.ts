/**
 * The content script's work, as a factory so a test can run it on any Document.
 * Reads the page and inserts text when the panel asks; tells the panel when the page may have
 * changed. Keeps nothing: everything here dies with the page or when `signal` aborts.
 */
import { createFocusTracker } from './focus-tracker';
import { patientRegions, readContext, sameSet, type PageContext } from './context';
import { fieldLabel, isEditable, type Editable } from './editable';
import { insertText } from './insert';
import { matchCues } from './cues';
import { safeQueryAll, type SiteProfile } from './site-profile';
import type { Guard, HelloReply, HostRequest, InsertReply } from '../messaging/protocol';

export interface HostDeps {
  doc: Document;
  signal: AbortSignal;
  /** Tell the extension the page may show something new (no page data is sent). */
  notify: () => void;
  /** Wait this long after the last change before telling (ms). */
  debounce?: number;
}

export interface Host {
  handle(request: HostRequest): HelloReply | InsertReply | null;
}

export type GuardVerdict = 'ok' | 'patient-changed' | 'patient-gone';

/**
 * Does the page still show the patient a text was made for? Every list the guard names must be
 * shown exactly (no identifier lost, none added); lists it leaves out are not compared.
 */
export function checkGuard(guard: Guard, now: PageContext): GuardVerdict {
  const keys = ['names', 'nhsNumbers', 'mobiles'] as const;
  for (const k of keys) {
    const expected = guard[k];
    if (expected && !sameSet(expected, now[k])) {
      const shown = now.names.length + now.nhsNumbers.length + now.mobiles.length;
      return shown ? 'patient-changed' : 'patient-gone';
    }
  }
  return 'ok';
}

export function createHost({ doc, signal, notify, debounce = 150 }: HostDeps): Host {
  const win = doc.defaultView;
  // Settings for reading this page, as the panel last sent them (no page data).
  let profile: SiteProfile | null = null;
  let ignore: string[] = [];

  // Single-page apps change the patient without a page load (pushState fires no event): watch
  // the title, the patient regions and the body's direct children (not the whole page), and the
  // history events that do fire, debounced.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(notify, debounce);
  };
  const focus = createFocusTracker(doc, signal, changed);
  signal.addEventListener('abort', () => clearTimeout(timer));
  if (win) {
    win.addEventListener('popstate', changed, { signal });
    win.addEventListener('hashchange', changed, { signal });
  }
  const deep = { childList: true, characterData: true, subtree: true };
  const observer = new MutationObserver(changed);
  let watched: Element[] = [];
  /** Watch the patient regions afresh; true when they are not the ones watched before. */
  const watchRegions = () => {
    observer.disconnect();
    const title = doc.querySelector('title');
    if (title) observer.observe(title, deep);
    const regions = patientRegions(doc);
    for (const sel of [profile?.nameSelector, profile?.nhsNumberSelector, profile?.mobileSelector]) {
      if (sel) regions.push(...safeQueryAll(doc, sel));
    }
    regions.forEach((r) => observer.observe(r, deep));
    // A page with no marked patient region is read whole, so it is watched whole (still debounced).
    if (doc.body && !regions.length) observer.observe(doc.body, deep);
    const moved = regions.length !== watched.length || regions.some((r, i) => r !== watched[i]);
    watched = regions;
    return moved;
  };
  watchRegions();
  // The body's children changing may add or replace a banner: look again for what to watch, and
  // tell the panel only if the banner did change (not for every toast a busy system shows).
  const bodyObserver = new MutationObserver(() => {
    if (watchRegions()) changed();
  });
  if (doc.body) bodyObserver.observe(doc.body, { childList: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    bodyObserver.disconnect();
  });

  const context = (): PageContext => readContext(doc, profile, ignore);

  /** The field text goes into: the one the user last focused, or the site profile's message box. */
  function target(): { el: Editable; label: string } | null {
    const el = focus.current();
    if (el) return { el, label: fieldLabel(el) };
    const sel = profile?.messageBoxSelector;
    const boxes = sel ? safeQueryAll(doc, sel).filter(isEditable) : [];
    // Only an unambiguous message box: never a guess between two.
    const box = boxes.length === 1 ? boxes[0] : undefined;
    return box && isEditable(box) ? { el: box, label: `${fieldLabel(box)} (set for this site)` } : null;
  }

  function settle(request: { profile?: SiteProfile; ignore?: string[] }) {
    // The panel sends the profile for this page's origin (and asks again if the origin moved).
    profile = request.profile ?? null;
    ignore = request.ignore ?? [];
    watchRegions(); // the profile may name other places to watch
  }

  return {
    handle(request) {
      if (request.type === 'nudge/stop') return null;
      settle(request);
      if (request.type === 'nudge/hello') {
        const t = target();
        return {
          type: 'nudge/hello-reply',
          origin: doc.location?.origin ?? '',
          context: context(),
          field: t ? t.label : null,
          cues: matchCues(doc, [...(profile?.cues ?? []), ...(request.cues ?? [])]),
        };
      }
      const t = target();
      if (!t) return { type: 'nudge/insert-reply', status: 'no-field', field: null };
      const field = t.label;
      if (request.guard) {
        const verdict = checkGuard(request.guard, context());
        if (verdict !== 'ok') return { type: 'nudge/insert-reply', status: verdict, field };
      }
      const outcome = insertText(t.el, request.text, focus.savedRange(t.el));
      return { type: 'nudge/insert-reply', status: outcome, field };
    },
  };
}
