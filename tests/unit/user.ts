/**
 * The user's own clicks and keys, for unit tests. Browsers mark real input `isTrusted`; the content
 * script counts only those (a page's own focus moves never choose a box), so tests mark theirs too.
 */
export function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** The user clicks `el` (a trusted pointerdown, then the focus the click brings). */
export function userClick(el: HTMLElement): void {
  el.dispatchEvent(trusted(new Event('pointerdown', { bubbles: true, composed: true })));
  el.focus();
}
