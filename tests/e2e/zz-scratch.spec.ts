import { test, expect } from './fixtures';

test('scratch', async ({ openWithPanel, context }) => {
  const { host, panel } = await openWithPanel(process.env.PAGE ?? 'consultation.html');
  const logs: string[] = [];
  panel.on('console', (m) => logs.push('panel: ' + m.text()));
  panel.on('pageerror', (e) => logs.push('panel error: ' + e.message));
  const sw = context.serviceWorkers()[0]!;
  sw.on('console', (m) => logs.push('sw: ' + m.text()));
  await host.locator('#sms-text').click();
  await panel.getByRole('grid', { name: 'Texts to send' }).locator('[data-template="nhs-app-signup-short"]').getByRole('button', { name: 'Insert' }).click();
  await panel.waitForTimeout(5000);
  console.log('status', await panel.getByTestId('status').textContent(), 'alert', await panel.getByTestId('alert').textContent(), 'value', await host.locator('#sms-text').inputValue());
  console.log(logs.join('\n'));
});
