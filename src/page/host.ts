/**
 * The content script's work, as a factory so a test can run it on any Document.
 * Reads the page and inserts text when the panel asks; tells the panel when the page may have
 * changed. Keeps nothing: everything here dies with the page or when `signal` aborts.
 *
 * In the top frame it reads the patient context and watches the banner; in a frame (granted sites
 * get this script in every frame) it only tracks the user's box and inserts when the panel names
 * this frame, after the top frame has checked the patient (the top frame decides the context).
 */
import { createFocusTracker } from './focus-tracker';
import { patientRegions, readContext, sameSet, type PageContext } from './context';
import { fieldLabel } from './editable';
import { insertText } from './insert';
import { matchCues } from './cues';
import { up } from './page-text';
import { safeQueryAll, type SiteProfile } from './site-profile';
import type { Guard, HelloReply, HostRequest, InsertReply } from '../messaging/protocol';

export interface HostDeps {
  doc: Document;
  signal: AbortSignal;
  /** Tell the extension the page may show something new (no page data is sent). */
  notify: () => void;
  /** Wait this long after the last change before telling (ms)... */
  debounce?: number;
  /** ...but never longer than this after the first change: a banner that never stops changing is still reported. */
  maxWait?: number;
}

export interface Host {
  /** The reply to `request`, or null (at once) when it is not for this frame or needs none. */
  handle(request: HostRequest): Promise<HelloReply | InsertReply> | null;
}

export type GuardVerdict = 'ok' | 'patient-changed' | 'patient-gone';

/**
 * Does the page still show the patient a text was made for? Every list the guard names must be
 * shown exactly (no identifier lost, none added); lists it leaves out are not compared.
 */
export function checkGuard(guard: Guard, now: PageContext): GuardVerdict {
  for (const k of ['names', 'nhsNumbers', 'mobiles'] as const) {
    if (guard[k] && !sameSet(guard[k], now[k])) return now.names.length + now.nhsNumbers.length + now.mobiles.length ? 'patient-changed' : 'patient-gone';
  }
  return 'ok';
}

/** Where `win` sits among the frames from the top: its index in its parent's frames at each level. */
export function framePath(win: Window): number[] {
  const path: number[] = [];
  for (let w = win, i = 0; w !== w.parent; w = w.parent, i = 0) {
    while (i < w.parent.length && w.parent[i] !== w) i++;
    path.unshift(i);
  }
  return path;
}

export function createHost({ doc, signal, notify, debounce = 150, maxWait = 1000 }: HostDeps): Host {
  const win = doc.defaultView;
  const top = !win || win === win.top;
  const here = win ? framePath(win).join() : '';
  // Settings for reading this page, as the panel last sent them (no page data).
  let profile: SiteProfile | null = null;
  let ignore: string[] = [];

  // Debounced, with a maximum wait from the first change.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first = 0;
  const changed = () => {
    const now = Date.now();
    first ||= now;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        first = 0;
        notify();
      },
      Math.min(debounce, first + maxWait - now),
    );
  };
  const focus = createFocusTracker(doc, signal, top ? changed : undefined);

  // Single-page apps change the patient without a page load (pushState fires no event): watch the
  // title and the banners (their whole subtree), the elements that hold each banner (their children
  // only: a banner replaced or one added), and the history events that do fire.
  let watched: Element[] = [];
  const observer = new MutationObserver(changed);
  const holders = new MutationObserver((records) => {
    // A toast or a row added beside the banner is not news; a banner gone, or digits that may be a new one, are.
    if (watched.some((r) => !r.isConnected) || records.some((r) => [...r.addedNodes].some((n) => /\d{3}\D?\d{3}\D?\d{4}/.test(n.textContent!)))) {
      if (watchRegions()) changed();
    }
  });
  /** Watch the banners afresh; true when they are not the ones watched before. */
  function watchRegions(): boolean {
    observer.disconnect();
    holders.disconnect();
    const deep = { childList: true, characterData: true, subtree: true };
    const regions = patientRegions(doc);
    for (const r of regions) {
      observer.observe(r, { ...deep, attributes: true }); // a banner hidden or shown is news too
      for (let a: Node | null = up(r); a; a = a.parentNode ?? (a as ShadowRoot).host) holders.observe(a, { childList: true });
    }
    // A page with no banner may show one any moment: its body is watched whole (still debounced).
    for (const el of [doc.querySelector('title'), regions.length ? null : doc.body]) if (el) observer.observe(el, deep);
    const moved = regions.length !== watched.length || regions.some((r, i) => r !== watched[i]);
    watched = regions;
    return moved;
  }
  // Nothing is read or watched until the panel first asks (a page nobody has the panel open on costs
  // nothing); from then on, every request looks again for the banners to watch.
  if (top) {
    win?.addEventListener('popstate', changed, { signal });
    win?.addEventListener('hashchange', changed, { signal });
  }
  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
    holders.disconnect();
  });

  /** The box text goes into: the one the user chose, or the frame of another origin it is in. */
  function target(): { el: HTMLElement; label: string; frame?: number[]; origin?: string } | null {
    const el = focus();
    // A site profile's message box is the only box texts may go into on that site.
    if (!el || (profile?.messageBoxSelector && !safeQueryAll(doc, profile.messageBoxSelector).includes(el))) return null;
    if (el.tagName !== 'IFRAME') return { el, label: fieldLabel(el) };
    const origin = /^[a-z-]+:\/\/[^/]+/i.exec((el as HTMLIFrameElement).src)?.[0] ?? 'another site';
    return { el, label: `a box in a frame from ${origin}`, frame: framePath((el as HTMLIFrameElement).contentWindow!), origin };
  }

  async function answer(request: Exclude<HostRequest, { type: 'nudge/stop' }>): Promise<HelloReply | InsertReply> {
    // The panel sends the profile for this page's origin (and asks again if the origin moved).
    profile = request.profile ?? null;
    ignore = request.ignore ?? [];
    if (top) watchRegions(); // a banner may have come since
    const t = target();
    const context = () => readContext(doc, profile, ignore, top ? watched : undefined);
    if (request.type === 'nudge/hello') {
      return {
        type: 'nudge/hello-reply',
        origin: doc.location?.origin ?? '',
        context: context(),
        field: t?.label ?? null,
        cues: matchCues(doc, [...(profile?.cues ?? []), ...(request.cues ?? [])]),
      };
    }
    const reply = (status: InsertReply['status']): InsertReply => ({ type: 'nudge/insert-reply', status, field: t?.label ?? null, frame: t?.frame, origin: t?.origin });
    if (!t) return reply('no-field');
    const verdict = request.guard ? checkGuard(request.guard, context()) : 'ok';
    if (verdict !== 'ok') return reply(verdict);
    // The box is in a frame of another origin: the panel asks that frame (if Nudge may reach it).
    return reply(t.frame ? 'in-frame' : await insertText(t.el, request.text));
  }

  return {
    handle(request) {
      // A request for a frame is answered by that frame alone; any other by the top frame alone.
      if (request.type === 'nudge/stop' || (request.type === 'nudge/insert' && request.frame ? request.frame.join() : top ? here : null) !== here) return null;
      return answer(request);
    },
  };
}
