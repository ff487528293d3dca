/**
 * The set-up block on the keyboard path (issue 11, item 1): in the panel's text grid, Enter on a
 * row inserts and Ctrl+C copies (src/ui/panel/keyboard.ts). On a fresh install both must be refused
 * exactly as the buttons are, with the set-up notice and its link; once the practice is set up the
 * same keys send the practice's own details. The rendered grid, the real send flow and a fake tab.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { LogDatabase } from '@/src/log/db';
import { DEFAULT_PRACTICE } from '@/src/settings/practice';
import { Notices } from '@/src/ui/panel/NoticesView';
import { SetupNotice } from '@/src/ui/panel/SetupNotice';
import { TextList } from '@/src/ui/panel/TextList';
import { PanelContext } from '@/src/ui/panel/use-panel';
import { makePanel, settleWrites, template, until } from './panel-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = new LogDatabase(`panel-keys-${crypto.randomUUID()}`);
});
afterEach(async () => {
  cleanup();
  await settleWrites();
  await db.delete();
});

const texts = [template('repeat-prescriptions-short'), template('online-form-short')];

function panel(settings?: Parameters<typeof makePanel>[0]['settings']) {
  const made = makePanel({ db, ...(settings ? { settings } : {}) });
  render(
    <PanelContext.Provider value={made.s}>
      <SetupNotice />
      <Notices />
      <TextList id="texts" label="Texts" texts={texts} />
    </PanelContext.Provider>,
  );
  return made;
}

const rowText = (id: string) => within(screen.getByTestId('texts').querySelector<HTMLElement>(`[data-template="${id}"]`)!).getAllByRole('gridcell')[0]!;

describe('the set-up block on the keyboard path', () => {
  it('a fresh install: Enter and Ctrl+C on a text are refused like the buttons, with set-up named and linked', async () => {
    const { s, tab, copied } = panel({ ...DEFAULT_PRACTICE });
    await s.page.refreshPage();
    expect(screen.getByTestId('setup-notice').textContent).toMatch(/Set-up needed.*Surgery name/);
    expect(screen.getByTestId('setup-link').getAttribute('href')).toBe('chrome-extension://x/dashboard.html#setup');

    const cell = rowText('repeat-prescriptions-short');
    cell.focus();
    fireEvent.keyDown(cell, { key: 'Enter' });
    await until(() => s.notices.notice.value !== null);
    expect(s.notices.notice.value).toMatchObject({ kind: 'error', setUp: true });
    expect(s.notices.notice.value?.text).toMatch(/^Not sent: the practice is not set up yet\. This text needs: Surgery name/);
    // The notice on screen carries the way to set up.
    expect(await screen.findByTestId('setup-link-alert')).toBeTruthy();
    expect(screen.getByTestId('alert').textContent).toMatch(/not set up yet/);

    s.notices.clear();
    fireEvent.keyDown(rowText('online-form-short'), { key: 'c', ctrlKey: true });
    await until(() => s.notices.notice.value !== null);
    expect(s.notices.notice.value).toMatchObject({ kind: 'error', setUp: true });

    expect(tab.inserted).toEqual([]);
    expect(copied).toEqual([]);
    expect(s.send.fill.value).toBeNull();
    await settleWrites();
    expect(await db.offers.count()).toBe(0);
  });

  it('set up: the same keys insert and copy, with the practice’s own details', async () => {
    const { s, tab, copied } = panel();
    await s.page.refreshPage();
    expect(screen.queryByTestId('setup-notice')).toBeNull();
    fireEvent.keyDown(rowText('repeat-prescriptions-short'), { key: 'Enter' });
    await until(() => tab.inserted.length > 0);
    expect(tab.inserted[0]!.text).toMatch(/^Hello Jane, this is Castle Mead Medical Centre\./);
    fireEvent.keyDown(rowText('online-form-short'), { key: 'c', ctrlKey: true });
    await until(() => copied.length > 0);
    expect(copied[0]).toMatch(/Castle Mead Medical Centre.*online form/);
    expect(s.notices.notice.value?.setUp).toBeFalsy();
  });
});

describe('honest length in the panel', () => {
  it('counts each text with the practice’s own details: a long surgery name makes the shortest NHS App text two parts, and says so', async () => {
    const shortest = template('nhs-app-one-part');
    const made = makePanel({ db, settings: { surgeryName: 'The Old Vicarage Surgery and Health Centre' } });
    render(
      <PanelContext.Provider value={made.s}>
        <TextList id="texts" label="Texts" texts={[shortest]} />
      </PanelContext.Provider>,
    );
    await made.s.page.refreshPage();
    const row = screen.getByTestId('texts').querySelector<HTMLElement>('[data-template="nhs-app-one-part"]')!;
    expect(row.textContent).toMatch(/· 2 parts/);
    expect(row.textContent).not.toMatch(/one part/i);
  });
});
