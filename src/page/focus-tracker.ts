import { isEditable, isField, type Editable } from './editable';

/**
 * The box the user chose: the field they last chose with a trusted click, tap or key in this frame
 * (or its same-origin frames, or open shadow roots), and which still has the page's focus. The
 * page's own focus moves (autofocus, el.focus(), synthetic events) never count: in Chromium a focus
 * event caused by a script is trusted too, so only pointer and key events choose, and focus that
 * follows at once from them (Tab, a label). When the focus is in a frame of another origin, that
 * frame is the target (its own copy of this script decides there). Holds elements weakly.
 *
 * Returns the user's box if it still has the focus, the cross-origin frame the focus is in, or null.
 */
export type FocusTracker = () => Editable | HTMLIFrameElement | null;

/** The element that has the focus, looking into open shadow roots and same-origin frames. */
export function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  for (;;) {
    const inner = el?.shadowRoot?.activeElement ?? (el?.tagName === 'IFRAME' ? (sameOrigin(el)?.activeElement ?? el) : null);
    if (!inner || inner === el) return el;
    el = inner;
  }
}

/** The document of a same-origin frame (null for another origin's, undefined for anything else). */
export const sameOrigin = (frame: Element | null): Document | null | undefined => (frame as HTMLIFrameElement | null)?.contentDocument;

export function createFocusTracker(doc: Document, signal: AbortSignal, onChange: () => void = () => {}): FocusTracker {
  let chosen: WeakRef<Editable> | null = null;
  let userAt = 0;
  const watched = new WeakSet<Document>();

  // The innermost element an event came from (inside open shadow roots); in a rich-text editor, its root.
  const choose = (e: Event) => {
    let el = e.composedPath()[0] as Element | null;
    if (el?.nodeType !== 1) el = (el as Node | null)?.parentElement ?? null;
    if (el && !isField(el) && (el as HTMLElement).isContentEditable) while ((el.parentElement as HTMLElement | null)?.isContentEditable) el = el.parentElement!;
    if (isEditable(el) && chosen?.deref() !== el) chosen = new WeakRef(el);
    onChange();
  };
  const onUser = (e: Event) => {
    if (!e.isTrusted) return;
    userAt = Date.now();
    choose(e);
  };
  // Focus that follows at once from the user's own key or click (Tab, a click on a label) is theirs too.
  const onFocus = (e: Event) => {
    if (Date.now() - userAt < 100) choose(e);
    else onChange();
    watch(sameOrigin(e.target as Element));
  };

  function watch(d: Document | null | undefined) {
    if (!d || watched.has(d)) return;
    watched.add(d);
    const o = { capture: true, signal };
    d.addEventListener('pointerdown', onUser, o);
    d.addEventListener('keydown', onUser, o);
    d.addEventListener('focusin', onFocus, o);
    // Same-origin frames (a letter editor, a message pane): watch each as it loads.
    d.addEventListener('load', (e) => watch(sameOrigin(e.target as Element)), o);
    d.querySelectorAll('iframe').forEach((f) => watch(sameOrigin(f)));
  }
  watch(doc);

  return () => {
    const el = deepActive(doc);
    const c = chosen?.deref();
    return el?.tagName === 'IFRAME' ? (el as HTMLIFrameElement) : c && c === el && isEditable(c) ? c : null;
  };
}
