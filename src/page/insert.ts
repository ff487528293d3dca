/**
 * Putting text into the user's box, and telling the truth about it. The text goes in through the
 * events editors listen for, chosen by how the field behaves (never by its vendor's class names):
 * - a plain input or textarea: the browser's own insertText command (trusted input events, the
 *   page's undo), else the value setter React and others track, with an input event;
 * - a rich-text editor (CKEditor 5, Lexical, Slate, ProseMirror, Quill, TinyMCE, Draft.js): a paste
 *   carrying the text, which each handles in its own model (and its own undo); if nothing takes it, a
 *   beforeinput insertText; if nothing takes that, the browser's command, which editors that watch
 *   the DOM read back into their model.
 * The insert counts only when the text is in the field after the editor's own update (a microtask
 * for Lexical, the next render for Slate and React, a timer for TinyMCE). A field that ends up with
 * part of the text is put back as it was; if it cannot be, the reply says so.
 */
import { isField, type Editable } from './editable';
import { deepActive } from './focus-tracker';

export type InsertOutcome = 'inserted' | 'failed' | 'no-room' | 'focus-moved' | 'partial';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** How often `needle` appears in `hay` (so a second copy of a text counts as arriving). */
const count = (hay: string, needle: string) => hay.split(needle).length - 1;
/** The field's text as the user sees it (the value of a plain field). */
const textOf = (el: Editable) => (isField(el) ? el.value : squash(el.innerText));
const events = { bubbles: true, cancelable: true, composed: true };

/** Set a plain field's value the way React's value tracker notices, and say so with an input event. */
function setValue(field: HTMLInputElement | HTMLTextAreaElement, value: string, inputType: string) {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set?.call(field, value);
  field.dispatchEvent(new InputEvent('input', { ...events, inputType }));
}

/**
 * Resolves true as soon as `done()` holds, checked now and after each change to the DOM of `el` (an
 * editor's own update is one), or `done()` after `ms`: it waits no longer than the editor takes.
 */
const until = (el: Editable, done: () => boolean, ms: number) =>
  new Promise<boolean>((resolve) => {
    const finish = (ok: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(ok);
    };
    const check = () => done() && finish(true);
    const observer = new MutationObserver(check);
    observer.observe(el, { childList: true, characterData: true, subtree: true });
    const timer = setTimeout(() => finish(done()), ms);
    queueMicrotask(check);
  });

/** Put `text` into `el` at the caret (a rich-text field: where its selection is, else at the end), replacing any selection. */
export async function insertText(el: Editable, text: string): Promise<InsertOutcome> {
  const doc = el.ownerDocument;
  const field = isField(el) ? el : null;
  const before = textOf(el);
  const start = field?.selectionStart ?? 0;
  const end = field?.selectionEnd ?? 0;
  // A maxlength that cannot hold the whole text: refused whole, before anything is written.
  if (field && field.maxLength >= 0 && before.length - end + start + text.length > field.maxLength) return 'no-room';

  el.focus({ preventScroll: true });
  // The page may move the focus when asked (to a password field, a search box): then nothing goes anywhere.
  if (deepActive(doc) !== el) return 'focus-moved';
  const sel = doc.getSelection();
  if (field) field.setSelectionRange(start, end);
  else if (sel && !(sel.rangeCount && el.contains(sel.getRangeAt(0).commonAncestorContainer))) {
    sel.selectAllChildren(el);
    sel.collapseToEnd();
  }

  const want = before.slice(0, start) + text + before.slice(end);
  const arrived = () => (field ? field.value === want : false) || count(textOf(el), field ? text : squash(text)) > count(before, field ? text : squash(text));
  const changed = () => textOf(el) !== before;
  const exec = () => {
    try {
      return doc.execCommand('insertText', false, text);
    } catch {
      return false;
    }
  };
  const taken = (e: Event) => !el.dispatchEvent(e) || changed();

  if (field) {
    // The command did nothing here: set the value instead.
    if (!exec() || !changed()) setValue(field, want, 'insertText');
  } else {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // Each step only if nothing took the one before (a step taken twice would put the text in twice).
    if (
      !taken(new ClipboardEvent('paste', { ...events, clipboardData: data })) &&
      !(await until(el, changed, 50)) &&
      !taken(new InputEvent('beforeinput', { ...events, inputType: 'insertText', data: text }))
    ) {
      // The browser's command types into whatever has the focus: only if that is still the user's box.
      if (deepActive(doc) !== el) return 'focus-moved';
      exec();
    }
  }
  if (await until(el, arrived, 1500)) return 'inserted';
  if (!changed()) return 'failed';
  // Part of the text, or something else, went in: put the field back as it was.
  if (field) setValue(field, before, 'historyUndo');
  else if (el.dispatchEvent(new InputEvent('beforeinput', { ...events, inputType: 'historyUndo' }))) doc.execCommand('undo');
  return (await until(el, () => !changed(), 300)) ? 'failed' : 'partial';
}
