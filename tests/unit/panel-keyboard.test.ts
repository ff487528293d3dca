/**
 * The panel's lists of texts by keyboard (src/ui/panel/keyboard.ts, issue 14 item 2), alone: one Tab
 * stop per grid, arrows move, Enter on a row's text inserts that row, Ctrl+C copies the row only when
 * nothing is selected, and a held key is one press (hazard H46: a stray key must not send a text).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gridEntry, onGridFocus, onGridKey, settleGrid } from '@/src/ui/panel/keyboard';

afterEach(() => {
  document.body.replaceChildren();
});

/** A grid as TextList draws it: each row its text cell, then Insert (primary) and Copy. */
function grid(ids: string[], disabledInsert = false) {
  const g = document.createElement('div');
  g.setAttribute('role', 'grid');
  for (const id of ids) {
    const row = document.createElement('div');
    row.setAttribute('role', 'row');
    row.dataset.template = id;
    const text = Object.assign(document.createElement('div'), { textContent: `Text ${id}`, tabIndex: -1 });
    text.dataset.cell = 'text';
    const insert = Object.assign(document.createElement('button'), { textContent: 'Insert', disabled: disabledInsert });
    insert.dataset.cell = 'primary';
    const copy = Object.assign(document.createElement('button'), { textContent: 'Copy' });
    copy.dataset.cell = '';
    row.append(text, insert, copy);
    g.append(row);
  }
  document.body.append(g);
  const inserted: string[] = [];
  const copied: string[] = [];
  g.addEventListener('focusin', (e) => onGridFocus(e));
  g.addEventListener('keydown', (e) =>
    onGridKey(e, { onInsert: (row) => inserted.push(row.dataset.template!), onCopy: (row) => copied.push(row.dataset.template!) }),
  );
  settleGrid(g);
  const cell = (r: number, c: 'text' | 'insert' | 'copy') => g.querySelectorAll('[role="row"]')[r]!.children[c === 'text' ? 0 : c === 'insert' ? 1 : 2] as HTMLElement;
  const press = (key: string, opts: KeyboardEventInit = {}) => {
    const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...opts });
    (document.activeElement as HTMLElement).dispatchEvent(e);
    return e.defaultPrevented;
  };
  return { g, cell, press, inserted, copied };
}

describe('a grid of texts by keyboard', () => {
  it('is one Tab stop, on the first row’s Insert, and arrows move between rows and cells', () => {
    const { g, cell, press } = grid(['a', 'b', 'c']);
    const stops = [...g.querySelectorAll<HTMLElement>('[data-cell]')].filter((c) => c.tabIndex === 0);
    expect(stops).toEqual([cell(0, 'insert')]);
    expect(gridEntry(g)).toBe(cell(0, 'insert'));
    cell(0, 'insert').focus();
    expect(press('ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(cell(1, 'insert'));
    press('ArrowLeft');
    expect(document.activeElement).toBe(cell(1, 'text'));
    press('End');
    expect(document.activeElement).toBe(cell(1, 'copy'));
    press('ArrowUp');
    expect(document.activeElement).toBe(cell(0, 'copy'));
    // Still one Tab stop: the cell last reached.
    expect([...g.querySelectorAll<HTMLElement>('[data-cell]')].filter((c) => c.tabIndex === 0)).toEqual([cell(0, 'copy')]);
  });

  it('Enter on a row’s text inserts that row’s text, once however long the key is held', () => {
    const { cell, press, inserted } = grid(['a', 'b']);
    cell(1, 'text').focus();
    expect(press('Enter')).toBe(true);
    press('Enter', { repeat: true });
    press('Enter', { repeat: true });
    expect(inserted).toEqual(['b']);
  });

  it('Enter with a modifier, or on a button (which presses that button itself), is not an insert of the row', () => {
    const { cell, press, inserted } = grid(['a']);
    cell(0, 'text').focus();
    press('Enter', { shiftKey: true });
    press('Enter', { ctrlKey: true });
    cell(0, 'copy').focus();
    expect(press('Enter')).toBe(false); // left to the browser: it clicks Copy
    expect(press('Enter', { repeat: true })).toBe(true); // a held Enter on a button is one press
    expect(inserted).toEqual([]);
  });

  it('Ctrl+C (or Cmd+C) copies the row in focus, but leaves a selection the user made to the browser', () => {
    const { cell, press, copied } = grid(['a', 'b']);
    cell(0, 'insert').focus();
    expect(press('c', { ctrlKey: true })).toBe(true);
    cell(1, 'text').focus();
    press('C', { metaKey: true });
    press('c', { ctrlKey: true, repeat: true });
    expect(copied).toEqual(['a', 'b']);
    // The user selected words of a text: Ctrl+C copies those, as everywhere else.
    const range = document.createRange();
    range.selectNodeContents(cell(1, 'text'));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    expect(press('c', { ctrlKey: true })).toBe(false);
    expect(copied).toEqual(['a', 'b']);
  });

  it('a disabled Insert (a send under way) is skipped by the arrows and is never the Tab stop', () => {
    const { g, cell, press } = grid(['a', 'b'], true);
    expect(gridEntry(g)).toBe(cell(0, 'text'));
    cell(0, 'text').focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(cell(0, 'copy'));
  });
});
