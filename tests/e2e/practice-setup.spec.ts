/**
 * Issue 11, the panel's side: a fresh install says from its first screen that the practice needs
 * setting up, refuses texts that would carry an example value and points to set-up; once a manager
 * has set the practice up (Settings), the same insert carries the practice's details. And a link
 * asked for at each send is pasted in, used once and never remembered.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, launch, extensionIdOf, tabIdOf } from './fixtures';
import { findKeptPatientData } from './privacy';

const row = (panel: Page, id: string) => panel.getByRole('grid', { name: 'Texts to send' }).locator(`[data-template="${id}"]`);

test('a fresh install refuses to insert and points to set-up; after set-up in Settings the same insert carries the practice’s details', async ({ browserPath, demoUrl }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nudge-fresh-'));
  // A profile launched without the demo practice: as the extension is on the day it is installed.
  const context = await launch(browserPath, dir);
  try {
    const extensionId = await extensionIdOf(context);
    const host = await context.newPage();
    await host.goto(`${demoUrl}/consultation.html`);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const tabId = await tabIdOf(panel, host.url());
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    // The panel has reached the page (in a fresh profile its script may arrive only with the panel's first look).
    await expect(panel.getByTestId('context-name')).toHaveText('Jane');
    await host.locator('#sms-text').click();

    // From the first screen: set-up is needed, which details are missing, and where to set them up.
    const notice = panel.getByTestId('setup-notice');
    await expect(notice).toContainText('Set-up needed');
    await expect(notice).toContainText('Surgery name, Surgery phone number');
    await expect(notice.getByRole('link', { name: /Set up the practice/ })).toHaveAttribute('href', `chrome-extension://${extensionId}/dashboard.html#setup`);
    await expect(row(panel, 'test-results-short')).toContainText('Needs practice set-up');

    // Insert refuses, says why and how to set up; nothing goes in, nothing is counted.
    await expect(panel.getByTestId('field-hint')).toHaveText('Text goes into: Message');
    await row(panel, 'test-results-short').getByRole('button', { name: 'Insert' }).click();
    const alert = panel.getByTestId('alert');
    await expect(alert).toContainText('Not sent: the practice is not set up yet. This text needs: Surgery name');
    await expect(alert.getByRole('link', { name: /Set up the practice/ })).toHaveAttribute('href', /dashboard\.html#setup$/);
    await expect(host.locator('#sms-text')).toHaveValue('');
    await expect(panel.getByTestId('today-count')).toContainText('0');

    // The practice manager sets the practice up in Settings.
    const settings = await context.newPage();
    await settings.goto(`chrome-extension://${extensionId}/dashboard.html#settings`);
    await settings.getByLabel('Surgery name').fill('Meadow Lane Surgery');
    await settings.getByLabel('Surgery phone number').fill('01632 961777');
    await settings.getByLabel('Surgery website').fill('https://www.meadowlanesurgery.nhs.uk');
    await settings.getByLabel('Test results').fill('https://www.meadowlanesurgery.nhs.uk/test-results');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await expect(settings.getByTestId('settings-status')).toContainText('Settings saved');

    // The open panel uses them at once: the same insert now goes in, with the practice's details.
    await host.bringToFront();
    await expect(row(panel, 'test-results-short')).not.toContainText('Needs practice set-up');
    await host.locator('#sms-text').click();
    await row(panel, 'test-results-short').getByRole('button', { name: 'Insert' }).click();
    await expect(panel.getByTestId('status')).toContainText('Inserted “See test results in the NHS App”');
    await expect(host.locator('#sms-text')).toHaveValue(/^Hello Jane, this is Meadow Lane Surgery\./);
    await expect(panel.getByTestId('today-count')).toContainText('1');
    expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link asked for at each send: pasted with “Paste link”, checked, inserted once, never remembered', async ({ openWithPanel, context, extensionId }) => {
  const { host, panel } = await openWithPanel('consultation.html');
  await panel.evaluate(async () => {
    await chrome.storage.local.set({
      templates: {
        templates: [{ id: 'own-condition', service: 'self-care', title: 'The page we talked about', length: 'short', language: 'en', versions: {}, body: 'Hello ((first_name|there)), here is the page we talked about: ((condition_url))' }],
        archived: [],
      },
      templates$: { v: 1 },
    });
  });
  await host.locator('#sms-text').click();
  const own = row(panel, 'own-condition');
  await expect(own).toContainText('asks for details');
  await own.getByRole('button', { name: 'Insert' }).click();
  const dialog = panel.getByRole('dialog', { name: /Details needed for “The page we talked about”/ });
  const field = dialog.getByLabel('Link to the page you talked about');
  await expect(field).toBeFocused();
  // Not a full https link: refused in the dialog.
  await panel.evaluate(() => navigator.clipboard.writeText('www.nhs.uk/conditions/asthma'));
  await dialog.getByRole('button', { name: 'Paste link' }).click();
  await expect(field).toHaveValue('www.nhs.uk/conditions/asthma');
  await expect(dialog).toContainText('Enter a full link starting with https://');
  await panel.evaluate(() => navigator.clipboard.writeText('https://www.nhs.uk/conditions/asthma/'));
  await dialog.getByRole('button', { name: 'Paste link' }).click();
  await expect(field).toHaveValue('https://www.nhs.uk/conditions/asthma/');
  await dialog.getByRole('button', { name: 'Use these details' }).click();
  await expect(host.locator('#sms-text')).toHaveValue('Hello Jane, here is the page we talked about: https://www.nhs.uk/conditions/asthma/');

  // The next send asks again, with an empty field: the link was for that one text.
  await own.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog.getByLabel('Link to the page you talked about')).toHaveValue('');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const stored = await panel.evaluate(async () => JSON.stringify(await chrome.storage.local.get(null)) + JSON.stringify(await chrome.storage.session.get(null)));
  expect(stored).not.toContain('conditions/asthma');
  expect(await findKeptPatientData(context, extensionId, host)).toEqual([]);
});
