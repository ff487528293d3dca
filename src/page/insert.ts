import type { Editable } from './editable';

export type InsertOutcome = 'inserted' | 'failed';

/**
 * Put `text` into `el` at the caret, replacing any selection, as if the user had typed it:
 * the browser's own editing command keeps the page's undo and fires the beforeinput/input
 * events that frameworks (React, Angular, Vue) listen for. Where the command is unavailable,
 * the value is set through the prototype's setter (so React's value tracker notices) and an
 * input event is dispatched. Returns 'failed' if the field does not end up holding the text.
 */
export function insertText(el: Editable, text: string, saved: Range | null = null): InsertOutcome {
  const doc = el.ownerDocument;
  const isField = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
  const before = isField ? (el as HTMLInputElement).value : (el.textContent ?? '');

  // Restore where the caret was before focus moved to the panel.
  const field = el as HTMLInputElement;
  const start = isField ? (field.selectionStart ?? field.value.length) : 0;
  const end = isField ? (field.selectionEnd ?? field.value.length) : 0;
  el.focus({ preventScroll: true });
  if (isField) {
    field.setSelectionRange(start, end);
  } else {
    const sel = doc.getSelection();
    if (sel && (sel.rangeCount === 0 || !el.contains(sel.getRangeAt(0).commonAncestorContainer))) {
      sel.removeAllRanges();
      if (saved && el.contains(saved.commonAncestorContainer)) sel.addRange(saved);
      else {
        const r = doc.createRange();
        r.selectNodeContents(el);
        r.collapse(false);
        sel.addRange(r);
      }
    }
  }

  let ok = false;
  try {
    // execCommand is deprecated for new editors, but it is still the only way to insert text
    // that joins the page's own undo stack and fires trusted input events.
    ok = doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  if (ok && contains(el, isField, text, before)) return 'inserted';

  // Fallback for pages or browsers where the command does nothing.
  if (isField) {
    const current = field.value;
    if (current === before) {
      const next = current.slice(0, start) + text + current.slice(end);
      const proto = el.tagName === 'INPUT' ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setter) setter.call(el, next);
      else field.value = next;
      field.setSelectionRange(start + text.length, start + text.length);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }
  // A rich-text editor that ignores the browser's own command is left alone: its own model would
  // not see a change made behind its back. The panel then offers Copy.
  return contains(el, isField, text, before) ? 'inserted' : 'failed';
}

function contains(el: Editable, isField: boolean, text: string, before: string): boolean {
  const now = isField ? (el as HTMLInputElement).value : (el as HTMLElement).innerText ?? el.textContent ?? '';
  // Compare ignoring line-break differences (contenteditable turns "\n" into <br> or <div>).
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  return now !== before && squash(now).includes(squash(text));
}
