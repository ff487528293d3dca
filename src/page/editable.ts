/** Fields that a text message can be typed into, and the checks a field must pass to receive one. */
import { up } from './page-text';
import { visible } from './context';

export type Editable = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

/** Is `el` an input or a textarea (a plain field with a value)? */
export const isField = (el: Element): el is HTMLInputElement | HTMLTextAreaElement => /^(?:INPUT|TEXTAREA)$/.test(el.tagName);

/**
 * True when `el` is a field the user can type a message into right now: connected, enabled, not
 * read-only, a text field (never a password), and shown: not hidden, inert, transparent, offscreen,
 * clipped away or tiny, here or in the frame that holds it.
 */
export function isEditable(el: Element | null | undefined): el is Editable {
  return (
    !!el?.isConnected &&
    (isField(el)
      ? !el.readOnly && !el.matches(':disabled') && (el.tagName === 'TEXTAREA' || /^(?:text|search|)$/i.test(el.getAttribute('type') ?? ''))
      : (el as HTMLElement).isContentEditable) &&
    isShown(el)
  );
}

/**
 * Shown to the user at a usable size: at least 8 × 8 pixels once clipped by the boxes around it
 * that hide their overflow, with no clip or clip-path on it or around it, here and in every frame
 * up to the top.
 */
export function isShown(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.ownerDocument.defaultView?.frameElement ?? null) {
    if (e.closest('[inert],[aria-hidden=true]') || !visible(e)) return false;
    let { left, top, right, bottom } = e.getBoundingClientRect();
    for (let a: Element | null = e; a; a = up(a)) {
      const s = getComputedStyle(a);
      if (/\(/.test(s.clipPath + s.clip)) return false; // clipped away: clip-path: inset(…), clip: rect(…)
      if (s.overflow === 'visible') continue;
      const b = a.getBoundingClientRect();
      left = Math.max(left, b.left);
      top = Math.max(top, b.top);
      right = Math.min(right, b.right);
      bottom = Math.min(bottom, b.bottom);
    }
    if (right - left < 8 || bottom - top < 8) return false;
  }
  return true;
}

/** The accessible name of a field, for "Inserted into ‘Message’". Never its contents. */
export function fieldLabel(el: Editable): string {
  const by = el.getAttribute('aria-labelledby');
  const name =
    el.getAttribute('aria-label') ||
    (by && by.split(/\s+/).map((id) => (el.getRootNode() as Document).getElementById(id)?.textContent).join(' ')) ||
    (el as HTMLInputElement).labels?.[0]?.textContent ||
    el.getAttribute('placeholder') ||
    '';
  return name.trim().slice(0, 60) || (isField(el) ? 'text box' : 'editable area');
}
