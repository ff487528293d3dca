import { isEditable, type Editable } from './editable';

/**
 * Remembers the field the user last focused in a page and in its same-origin iframes, and where
 * their caret was, so that text goes exactly where they were typing after they click in the panel.
 * Holds elements weakly: nothing is kept once the page drops them.
 */
export interface FocusTracker {
  /** The field the user last focused, if it is still in the page and editable. */
  current(): Editable | null;
  /** The caret or selection saved for a contenteditable field when it lost focus. */
  savedRange(el: Editable): Range | null;
}

export function createFocusTracker(doc: Document, signal: AbortSignal, onChange: () => void = () => {}): FocusTracker {
  let last: WeakRef<Editable> | null = null;
  const ranges = new WeakMap<Element, Range>();
  const watched = new WeakSet<Document>();

  const set = (el: Editable) => {
    if (last?.deref() === el) return;
    last = new WeakRef(el);
    onChange();
  };
  const remember = (target: EventTarget | null) => {
    const el = target as Element | null;
    if (el?.tagName === 'IFRAME') {
      watch((el as HTMLIFrameElement).contentDocument); // same-origin only; null for cross-origin frames
      const inner = (el as HTMLIFrameElement).contentDocument?.activeElement;
      if (isEditable(inner)) set(inner);
      return;
    }
    if (isEditable(el)) set(el);
  };

  const onFocusOut = (event: Event) => {
    const el = event.target as Element | null;
    if (!isEditable(el) || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') return; // inputs keep their own selection
    const sel = el.ownerDocument.getSelection();
    if (sel && sel.rangeCount > 0) {
      const r = sel.getRangeAt(0);
      if (el.contains(r.commonAncestorContainer)) ranges.set(el, r.cloneRange());
    }
  };

  function watch(d: Document | null | undefined) {
    if (!d || watched.has(d)) return;
    watched.add(d);
    d.addEventListener('focusin', (e) => remember(e.target), { capture: true, signal });
    d.addEventListener('focusout', onFocusOut, { capture: true, signal });
  }

  watch(doc);
  // Same-origin iframes (a letter editor, a message pane): watch each as it loads.
  const watchFrame = (f: Element) => {
    try {
      watch((f as HTMLIFrameElement).contentDocument);
    } catch {
      /* cross-origin: never touched */
    }
  };
  doc.querySelectorAll('iframe').forEach(watchFrame);
  doc.addEventListener('load', (e) => (e.target as Element | null)?.tagName === 'IFRAME' && watchFrame(e.target as Element), { capture: true, signal });
  const initial = doc.activeElement;
  if (isEditable(initial)) last = new WeakRef(initial);

  return {
    current() {
      const el = last?.deref() ?? null;
      return isEditable(el) ? el : null;
    },
    savedRange(el) {
      return ranges.get(el) ?? null;
    },
  };
}
