/**
 * Issue 12 items 2–4 on pages built like real systems: a message box in a frame of another origin
 * (reachable or not), banner and box inside nested shadow roots, and an EMIS-style unlabelled
 * banner beside a "Reply to patient" box that is not a banner.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { findKeptPatientData } from './privacy';

const SIGNUP = 'nhs-app-signup-short';
const signup = (first: string) =>
  `Hello ${first}, this is Brookside Surgery. You can order repeat prescriptions, see your health record and contact us in the NHS App. Get it at https://www.nhs.uk/nhs-app/`;
const insertButton = (panel: Page) => panel.locator(`[data-template="${SIGNUP}"]`).getByRole('button', { name: 'Insert', exact: true });

test('a message box in a frame Nudge may not reach: the panel says so with the frame’s site, offers Copy and Allow, and the notes get nothing', async ({
  openWithPanel,
  demoUrl,
  context,
  extensionId,
}) => {
  const frameOrigin = demoUrl.replace('127.0.0.1', 'localhost'); // another origin, not granted in the e2e build
  const { host, panel } = await openWithPanel(`cross-origin.html?frame=${encodeURIComponent(`${frameOrigin}/message-frame.html`)}`);
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  // The user types in the consultation notes first, then clicks into the messaging frame.
  await host.locator('#notes').click();
  await host.keyboard.type('Seen today. ');
  const frame = host.frameLocator('#messages');
  await frame.locator('#msg').click();
  await insertButton(panel).click();
  const alert = panel.getByTestId('alert');
  await expect(alert).toContainText(`a part of the page from ${frameOrigin}, which Nudge is not allowed to reach`);
  await expect(alert.getByRole('button', { name: /^Copy/ })).toBeVisible();
  await expect(alert.getByRole('button', { name: `Allow Nudge on ${frameOrigin}` })).toBeVisible();
  await expect(host.locator('#notes')).toHaveValue('Seen today. ');
  await expect(frame.locator('#msg')).toHaveValue('');

  // Nothing chosen in the page before the frame: still that frame's box, never "No text box chosen".
  await host.reload();
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await frame.locator('#msg').click();
  await panel.reload(); // no notice left from before
  await insertButton(panel).click();
  await expect(alert).toContainText(`a part of the page from ${frameOrigin}, which Nudge is not allowed to reach`);

  // Allow: the browser is asked for that frame's site, on any port. (Headless Chromium cannot answer
  // its permission prompt, so the test stands in for the user's answer: yes, then no.)
  await panel.evaluate(() => {
    const asked: unknown[] = [];
    (window as unknown as { asked: unknown[] }).asked = asked;
    let answer = true;
    const request = (p: unknown) => {
      asked.push(p);
      answer = !answer;
      return Promise.resolve(!answer);
    };
    // The panel's `browser` (the polyfill, or the browser's own `browser` namespace) and `chrome`.
    for (const api of [chrome, (globalThis as unknown as { browser?: typeof chrome }).browser]) {
      if (api?.permissions) Object.defineProperty(api.permissions, 'request', { value: request, configurable: true, writable: true });
    }
  });
  await alert.getByRole('button', { name: `Allow Nudge on ${frameOrigin}` }).click();
  await expect(panel.getByTestId('status')).toHaveText(`Nudge may now work on ${frameOrigin}. Reload the page, click in the box again, then choose Insert.`);
  expect(await panel.evaluate(() => (window as unknown as { asked: unknown[] }).asked)).toEqual([{ origins: ['http://localhost/*'] }]);
  await panel.waitForTimeout(1000); // the same Insert again within 0.8 s of the last is a repeat, and ignored
  await insertButton(panel).click();
  await alert.getByRole('button', { name: `Allow Nudge on ${frameOrigin}` }).click();
  await expect(alert).toContainText(`Nudge was not allowed on ${frameOrigin}. You can still copy texts and paste them.`);
  await expect(host.locator('#notes')).toHaveValue('');
  await expect(frame.locator('#msg')).toHaveValue('');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('a message box in a granted frame of another origin: the text goes there, checked against the top frame’s patient, never into the notes', async ({
  openWithPanel,
  demoOtherUrl,
}) => {
  const { host, panel } = await openWithPanel(`cross-origin.html?frame=${encodeURIComponent(`${demoOtherUrl}/message-frame.html`)}`);
  await expect(panel.getByTestId('context-name')).toHaveText('Jane');
  await host.locator('#notes').click();
  await host.keyboard.type('Seen today. ');
  const frame = host.frameLocator('#messages');
  await frame.locator('#msg').click();
  await insertButton(panel).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  await frame.locator('#send').click();
  await expect(frame.getByTestId('sent')).toHaveText(signup('Jane'));
  await expect(host.locator('#notes')).toHaveValue('Seen today. ');
});

test('web components: the banner and the message box inside nested open shadow roots', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('components.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Rhys');
  await host.locator('message-box textarea').click(); // Playwright's locators pierce open shadow roots
  await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Message to the patient');
  await insertButton(panel).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  await host.locator('message-box #send').click();
  await expect(host.getByTestId('sent')).toHaveText(signup('Rhys'));
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});

test('an EMIS-style unlabelled banner gives the name; a "Reply to patient" box is never taken for the banner', async ({ openWithPanel }) => {
  const { host, panel } = await openWithPanel('emis.html');
  await expect(panel.getByTestId('context-name')).toHaveText('Aoife');
  await expect(panel.getByTestId('context')).toContainText('••• ••• 5919');
  await host.locator('#reply').click();
  await expect(panel.getByTestId('field-hint')).toContainText('Text goes into:');
  await insertButton(panel).click();
  await expect(panel.getByTestId('status')).toContainText('Inserted');
  await host.locator('#send').click();
  await expect(host.getByTestId('sent')).toHaveText(signup('Aoife'));
});
