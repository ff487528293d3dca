/**
 * Keyboard reach (issue 14, item 2). Each list of texts is an ARIA grid with one Tab stop: the
 * arrow keys move between rows (Up, Down) and between a row's cells (Left, Right), Home and End
 * go to the ends of a row, Enter on a text inserts it, and Ctrl+C (Cmd+C on a Mac) copies the
 * text of the row in focus when nothing is selected. Rows of outcome buttons are toolbars: one Tab
 * stop, Left and Right move. No single-character shortcuts (they break voice control, WCAG 2.1.4).
 */

/** The cells of a grid, row by row: the focusable element of each cell (marked data-cell). */
function gridRows(grid: Element): HTMLElement[][] {
  return [...grid.querySelectorAll('[role="row"]')]
    .map((row) => [...row.querySelectorAll<HTMLElement>('[data-cell]')].filter((el) => !(el as HTMLButtonElement).disabled && el.closest('[role="row"]') === row))
    .filter((cells) => cells.length > 0);
}

/** Make `el` the grid's one Tab stop. */
function makeActive(grid: Element, el: HTMLElement): void {
  for (const cell of grid.querySelectorAll<HTMLElement>('[data-cell]')) cell.tabIndex = cell === el ? 0 : -1;
}

/**
 * Keep exactly one Tab stop in the grid: the cell last focused if it is still there, else the
 * first row's preferred cell (marked data-cell="primary": its Insert button). Call after each render.
 */
export function settleGrid(grid: Element | null): void {
  if (!grid) return;
  const cells = [...grid.querySelectorAll<HTMLElement>('[data-cell]')];
  const current = cells.find((c) => c.dataset.active === 'true');
  const first = gridRows(grid)[0];
  const target = current ?? first?.find((c) => c.dataset.cell === 'primary') ?? first?.[0];
  if (target) makeActive(grid, target);
}

/** The grid's current Tab stop (to move focus into the grid from the search box or skip link). */
export function gridEntry(grid: Element | null): HTMLElement | null {
  if (!grid) return null;
  return [...grid.querySelectorAll<HTMLElement>('[data-cell]')].find((c) => c.tabIndex === 0) ?? null;
}

export interface GridHandlers {
  /** Enter on a row's text (not on one of its buttons). */
  onInsert(row: HTMLElement): void;
  /** Ctrl+C or Cmd+C in a row, with nothing selected. */
  onCopy(row: HTMLElement): void;
}

/** focusin on the grid: the focused cell becomes its Tab stop. */
export function onGridFocus(event: FocusEvent): void {
  const grid = event.currentTarget as HTMLElement;
  const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-cell]');
  if (!cell || !grid.contains(cell)) return;
  for (const c of grid.querySelectorAll<HTMLElement>('[data-active]')) delete c.dataset.active;
  cell.dataset.active = 'true';
  makeActive(grid, cell);
}

/** keydown on the grid. */
export function onGridKey(event: KeyboardEvent, handlers: GridHandlers): void {
  const grid = event.currentTarget as HTMLElement;
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('[role="row"]');
  if (!row) return;
  const copyKey = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'c';
  if (copyKey) {
    const selection = target.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return; // copy what the user selected, as usual
    event.preventDefault();
    if (!event.repeat) handlers.onCopy(row);
    return;
  }
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (event.key === 'Enter' && target.dataset.cell === 'text') {
    event.preventDefault();
    if (!event.repeat) handlers.onInsert(row);
    return;
  }
  // A held Enter on a button repeats its click: one press is one action.
  if (event.key === 'Enter' && event.repeat && target.tagName === 'BUTTON') {
    event.preventDefault();
    return;
  }
  const rows = gridRows(grid);
  const r = rows.findIndex((cells) => cells.includes(target));
  if (r === -1) return;
  const c = rows[r]!.indexOf(target);
  let next: HTMLElement | undefined;
  switch (event.key) {
    case 'ArrowDown':
      next = rows[r + 1]?.[Math.min(c, rows[r + 1]!.length - 1)];
      break;
    case 'ArrowUp':
      next = rows[r - 1]?.[Math.min(c, rows[r - 1]!.length - 1)];
      break;
    case 'ArrowRight':
      next = rows[r]![c + 1];
      break;
    case 'ArrowLeft':
      next = rows[r]![c - 1];
      break;
    case 'Home':
      next = rows[r]![0];
      break;
    case 'End':
      next = rows[r]![rows[r]!.length - 1];
      break;
    default:
      return;
  }
  event.preventDefault();
  if (!next) return;
  makeActive(grid, next);
  next.focus();
  next.scrollIntoView?.({ block: 'nearest' });
}

/** keydown on a toolbar (a row of buttons with one Tab stop): Left, Right, Home, End. */
export function onToolbarKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const bar = event.currentTarget as HTMLElement;
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && event.repeat && target.tagName === 'BUTTON') {
    event.preventDefault(); // a held key is one press
    return;
  }
  const items = [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);
  const i = items.indexOf(target as HTMLButtonElement);
  if (i === -1) return;
  const next =
    event.key === 'ArrowRight' || event.key === 'ArrowDown'
      ? items[(i + 1) % items.length]
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? items[(i - 1 + items.length) % items.length]
        : event.key === 'Home'
          ? items[0]
          : event.key === 'End'
            ? items[items.length - 1]
            : undefined;
  if (!next) return;
  event.preventDefault();
  for (const b of items) b.tabIndex = b === next ? 0 : -1;
  next.focus();
}

/** Keep one Tab stop in a toolbar: the pressed button, else the focused one, else the first. Call after each render. */
export function settleToolbar(bar: Element | null): void {
  if (!bar) return;
  const items = [...bar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);
  const focused = items.find((b) => b === bar.ownerDocument.activeElement);
  const stop = focused ?? items.find((b) => b.getAttribute('aria-pressed') === 'true') ?? items[0];
  for (const b of items) b.tabIndex = b === stop ? 0 : -1;
}
