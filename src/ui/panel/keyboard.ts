/**
 * Arrow keys move between the panel's main actions (each card's first button, marked data-nav),
 * so a text can be found and inserted with the search box, arrow keys and Enter alone.
 * No single-character shortcuts: they break voice control (WCAG 2.1.4).
 */
export function moveFocus(from: Element, direction: 1 | -1, root: ParentNode = document): boolean {
  const items = Array.from(root.querySelectorAll<HTMLElement>('[data-nav]')).filter(
    // Skip disabled actions and those inside closed details (not rendered, so not focusable).
    // (checkVisibility also sees content-visibility: hidden, which Chrome uses for closed details.)
    (el) => !(el as HTMLButtonElement).disabled && (el.checkVisibility ? el.checkVisibility() : el.getClientRects().length > 0),
  );
  if (items.length === 0) return false;
  const i = items.indexOf(from as HTMLElement);
  const next = i === -1 ? (direction === 1 ? items[0] : items[items.length - 1]) : items[i + direction];
  if (!next) return false;
  next.focus();
  next.scrollIntoView?.({ block: 'nearest' });
  return true;
}

/** onKeyDown for the search box and the lists: ArrowDown/ArrowUp move between cards. */
export function onNavKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement | null;
  if (!target) return;
  const fromSearch = target.matches('input[type="search"]');
  if (!fromSearch && !target.hasAttribute('data-nav')) return;
  if (fromSearch && event.key === 'ArrowUp') return;
  if (moveFocus(fromSearch ? document.body : target, event.key === 'ArrowDown' ? 1 : -1, target.ownerDocument)) event.preventDefault();
}
