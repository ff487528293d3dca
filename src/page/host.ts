/**
 * The content script's work, as a factory so a test can run it on any Document.
 * Reads the page and inserts text when the panel asks; tells the panel when the page may have
 * changed. Keeps nothing: everything here dies with the page or when `signal` aborts.
 */
import { createFocusTracker } from './focus-tracker';
import { readContext, type PageContext } from './context';
import { fieldLabel } from './editable';
import { insertText } from './insert';
import type { Guard, HelloReply, HostRequest, InsertReply } from '../messaging/protocol';

export interface HostDeps {
  doc: Document;
  signal: AbortSignal;
  /** Tell the extension the page may show something new (no page data is sent). */
  notify: () => void;
}

export interface Host {
  handle(request: HostRequest): HelloReply | InsertReply;
}

export function createHost({ doc, signal, notify }: HostDeps): Host {
  const win = doc.defaultView;

  // Single-page apps change the patient without a page load: watch the title, the patient
  // banner and the body's direct children (not the whole page), and the history, debounced.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(notify, 150);
  };
  const focus = createFocusTracker(doc, signal, changed);
  signal.addEventListener('abort', () => clearTimeout(timer));
  if (win) {
    win.addEventListener('popstate', changed, { signal });
    win.addEventListener('hashchange', changed, { signal });
    win.addEventListener('nudge-navigate', changed, { signal });
  }
  const observer = new MutationObserver(changed);
  const watchRegions = () => {
    observer.disconnect();
    const title = doc.querySelector('title');
    if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
    const banners = doc.querySelectorAll('[role="banner"], [data-patient]');
    banners.forEach((b) => observer.observe(b, { childList: true, characterData: true, subtree: true }));
    if (doc.body) observer.observe(doc.body, { childList: true });
  };
  watchRegions();
  signal.addEventListener('abort', () => observer.disconnect());
  const bodyObserver = new MutationObserver(watchRegions);
  if (doc.body) bodyObserver.observe(doc.body, { childList: true });
  signal.addEventListener('abort', () => bodyObserver.disconnect());

  function context(): PageContext {
    return readContext(doc);
  }

  function guardHolds(guard: Guard, now: PageContext): 'ok' | 'patient-changed' | 'patient-gone' {
    const keys = ['names', 'nhsNumbers', 'mobiles'] as const;
    let anyShown = false;
    for (const k of keys) {
      const expected = guard[k];
      if (!expected || expected.length === 0) continue;
      if (now[k].length) anyShown = true;
      // The page must show exactly the identifiers the text was made for, and no other patient's.
      if (!expected.every((x) => now[k].includes(x)) || now[k].some((x) => !expected.includes(x))) {
        return now[k].length ? 'patient-changed' : anyShown ? 'patient-changed' : 'patient-gone';
      }
    }
    return 'ok';
  }

  return {
    handle(request) {
      if (request.type === 'nudge/hello') {
        const field = focus.current();
        const loc = doc.location;
        return {
          type: 'nudge/hello-reply',
          origin: loc?.origin ?? '',
          path: loc?.pathname ?? '',
          title: (doc.title ?? '').slice(0, 200),
          context: context(),
          field: field ? fieldLabel(field) : null,
          cues: [],
        };
      }
      const field = focus.current();
      if (!field) return { type: 'nudge/insert-reply', status: 'no-field', field: null };
      if (request.guard) {
        const verdict = guardHolds(request.guard, context());
        if (verdict !== 'ok') return { type: 'nudge/insert-reply', status: verdict, field: fieldLabel(field) };
      }
      const outcome = insertText(field, request.text, focus.savedRange(field));
      return { type: 'nudge/insert-reply', status: outcome, field: fieldLabel(field) };
    },
  };
}
