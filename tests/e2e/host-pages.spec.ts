/**
 * Host pages: the panel reads the patient from pages it has never seen set up, and inserts only
 * where the user chose, refusing when the patient on the page has changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { EXTENSION_DIR, test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

const card = (panel: Page, id: string) => panel.getByRole('grid', { name: 'Texts to send' }).locator(`[data-template="${id}"]`);
const insertButton = (panel: Page, id: string) => card(panel, id).getByRole('button', { name: 'Insert', exact: true });
const SIGNUP = 'nhs-app-signup-short';
const signupText = (first: string) =>
  `Hello ${first}, this is Brookside Surgery. You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at https://www.nhs.uk/nhs-app/`;

test('a framework-controlled input: the text goes in at the caret and the page’s own state sees it', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('booking.html');
  await expect(panel.getByTestId('context-name')).toHaveText('David');
  const note = host.locator('#booking-note');
  await note.click();
  await host.keyboard.type('Booked. ');
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Text message to the patient');
  await insertButton(panel, SIGNUP).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  const expected = `Booked. ${signupText('David')}`;
  await expect(note).toHaveValue(expected);
  await expect(host.getByTestId('app-message')).toHaveText(expected);
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a textarea: the text replaces the selected words, and the page’s undo takes it back', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('results.html');
  const box = host.locator('#result-note');
  await box.fill('Dear patient, [TEXT] Thank you.');
  await box.click(); // the user clicks in the box and selects the words to replace
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(14, 20)); // [TEXT]
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Text message');
  await insertButton(panel, SIGNUP).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  await expect(box).toHaveValue(`Dear patient, ${signupText('Jane')} Thank you.`);
  await box.focus();
  await host.keyboard.press('Control+z');
  await expect(box).toHaveValue('Dear patient, [TEXT] Thank you.');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a rich-text editor inside a same-origin frame gets the text where the caret was', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('letters.html');
  await expect(panel.getByTestId('context-name')).toHaveText('David');
  const frame = host.frameLocator('#editor-frame');
  await frame.locator('#letter-body').click();
  await host.keyboard.press('End');
  await host.keyboard.type(' ');
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Letter');
  await insertButton(panel, SIGNUP).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  await expect(frame.locator('#letter')).toContainText(signupText('David'));
  // Where the caret was: after the greeting, before the sign-off.
  const text = await frame.locator('#letter').innerText();
  expect(text.indexOf('Your test results are back.')).toBeLessThan(text.indexOf('Hello David'));
  expect(text.indexOf('Hello David')).toBeLessThan(text.indexOf('Yours sincerely'));
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('"Next patient" in a single-page app just before Insert: the insert is refused, then the chip shows the new patient', async ({
  openWithPanel,
  context,
  extensionId,
}) => {
  const { host, panel, tabId } = await openWithPanel('consultation.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await host.locator('#sms-text').click();
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Message');
  // The page moves to the next patient (history.pushState, no page load) and, before the panel
  // has heard of it, the user chooses Insert on the text written for Jane.
  await panel.evaluate(async ([tab, id]) => {
    await chrome.scripting.executeScript({ target: { tabId: tab as number }, func: () => document.getElementById('next-patient')!.click() });
    (document.querySelector(`#texts [data-template="${id}"] button`) as HTMLButtonElement).click();
  }, [tabId, SIGNUP] as const);
  await expect(panel.getByTestId('alert')).toContainText('Not inserted: the page now shows a different patient');
  await expect(host.locator('#sms-text')).toHaveValue('');
  await expect(host.getByTestId('banner-name')).toHaveText('OKAFOR, David (Mr)');
  await expect(panel.getByTestId('context-name')).toHaveText('David');
  await expect(panel.getByTestId('context')).toContainText('••• ••• 2182');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('the chip follows single-page navigation, and a text made after it goes in for the new patient', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await host.locator('#next-patient').click();
  await expect(panel.getByTestId('context-name')).toHaveText('David');
  await expect(panel.getByTestId('context')).toContainText('mobile ending 456');
  await host.goBack(); // popstate
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await host.locator('#sms-text').click();
  await insertButton(panel, SIGNUP).click();
  await expect(host.locator('#sms-text')).toHaveValue(signupText('Jane'));
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('with no text box chosen, Insert says so and offers Copy, which works', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('booking.html');
  await expect(panel.getByTestId('field-hint')).toHaveText('Click in the box where texts should go.');
  await insertButton(panel, SIGNUP).click();
  const alert = panel.getByTestId('alert');
  await expect(alert).toContainText('No text box chosen');
  await alert.getByRole('button', { name: /^Copy/ }).click();
  await expect(panel.getByTestId('status')).toContainText('Copied');
  expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(signupText('David'));
  await expect(host.locator('#booking-note')).toHaveValue('');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a box that was chosen and then hidden is never written to', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('letters.html');
  await host.locator('#quick-note').click();
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Quick note');
  await host.locator('#close-note').click();
  await insertButton(panel, SIGNUP).click();
  await expect(panel.getByTestId('alert')).toContainText('No text box chosen');
  await expect(host.locator('#quick-note')).toHaveValue('');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('two candidate mobiles: nothing is assumed until the user picks, then the chip shows that ending', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html?patient=3');
  await expect(panel.getByTestId('context-name')).toHaveText('Zofia');
  const pick = panel.getByRole('group', { name: 'The page shows more than one mobile number. Which should the text go to?' });
  await expect(pick.getByRole('radio')).toHaveCount(2);
  await expect(panel.getByTestId('context-mobile')).toHaveCount(0);
  await pick.getByRole('radio', { name: 'Mobile ending 321' }).check();
  await expect(panel.getByTestId('context-mobile')).toHaveText('· mobile ending 321');
  // Another patient: the pick is forgotten.
  await host.locator('#next-patient').click();
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await expect(panel.getByTestId('context-mobile')).toHaveText('· mobile ending 123');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a site Nudge has no access to: nothing is read, and the panel says how to allow it', async ({ context, extensionId, demoUrl }) => {
  const host = await context.newPage();
  // The e2e build may reach 127.0.0.1 only; "localhost" is another site.
  await host.goto(`${demoUrl.replace('127.0.0.1', 'localhost')}/consultation.html`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // Without access the browser does not show us the tab's address: find it as the one we cannot see.
  const tabId = await panel.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => !t.url)?.id ?? null;
  });
  expect(tabId).not.toBeNull();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
  await expect(panel.getByTestId('context')).toContainText('Nudge cannot see this page');
  await expect(panel.getByTestId('site-access-how')).toContainText('select the Nudge button in the browser toolbar');
  await expect(panel.getByTestId('context')).not.toContainText('Jane');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('the content script stays small: at most 6 KB gzipped, with no framework, validator library or timer', () => {
  const script = readFileSync(join(EXTENSION_DIR, 'host-content.js'));
  expect(gzipSync(script, { level: 9 }).length).toBeLessThanOrEqual(6 * 1024);
  expect(script.toString()).not.toMatch(/valibot|preact|dexie|setInterval|requestAnimationFrame/i);
});
