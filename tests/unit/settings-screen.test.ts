import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LogDatabase } from '@/src/log/db';

afterEach(cleanup);
// The first import of the screen transforms its whole module graph: do it once, outside the tests' time limit.
beforeAll(async () => {
  await import('@/src/ui/dashboard/Settings');
}, 30_000);
beforeEach(() => {
  // The fake browser has no permissions API: this computer has allowed one site.
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: ['https://clinical.example.nhs.uk/*'], permissions: [] });
  for (const ev of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(ev, 'addListener').mockImplementation(() => {});
    vi.spyOn(ev, 'removeListener').mockImplementation(() => {});
  }
});

async function renderSettings() {
  vi.resetModules();
  const { Settings } = await import('@/src/ui/dashboard/Settings');
  render(h(Settings, { db: {} as LogDatabase }));
  return screen.findByLabelText('Surgery name');
}

describe('the Settings screen', () => {
  it('shows a setting from the IT policy as locked, says why, and follows policy changes live', async () => {
    await fakeBrowser.storage.managed.set({ surgeryName: 'Policy Surgery', retentionMonths: 36 });
    const name = (await renderSettings()) as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Policy Surgery'));
    expect(name.readOnly).toBe(true);
    expect(screen.getByTestId('locked-surgeryName').textContent).toContain('Set by your organisation’s IT policy');
    expect(name.getAttribute('aria-describedby')).toContain('setting-surgeryName-lock');
    expect((screen.getByLabelText('Surgery phone number') as HTMLInputElement).readOnly).toBe(false);

    await fakeBrowser.storage.managed.set({ surgeryName: 'Renamed By IT', retentionMonths: 36 });
    await waitFor(() => expect(name.value).toBe('Renamed By IT'));

    await fakeBrowser.storage.managed.clear();
    await waitFor(() => expect(name.readOnly).toBe(false));
    expect(screen.queryByTestId('locked-surgeryName')).toBeNull();
  });

  it('lists a bad policy value for IT instead of using it', async () => {
    await fakeBrowser.storage.managed.set({ websiteUrl: 'http://insecure.example' });
    await renderSettings();
    const problems = await screen.findByTestId('policy-problems');
    expect(problems.textContent).toContain('websiteUrl was ignored');
    expect((screen.getByLabelText('Surgery website') as HTMLInputElement).readOnly).toBe(false);
  });

  it('shows each error next to its field and in a summary, and saves nothing', async () => {
    const name = await renderSettings();
    fireEvent.input(name, { target: { value: 'x'.repeat(81) } });
    fireEvent.input(screen.getByLabelText('Online form'), { target: { value: 'www.example.nhs.uk/form' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const summary = await screen.findByTestId('error-summary');
    expect([...summary.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Surgery name: The surgery’s name must be 80 characters or fewer',
      'Online form: Enter the online form link as a full link starting with https://, like https://www.example.nhs.uk',
    ]);
    expect(document.getElementById('setting-onlineFormUrl-error')?.textContent).toContain('Enter the online form link');
    expect(await fakeBrowser.storage.local.get('practice')).toEqual({});
  });

  it('warns when the surgery’s name would turn every text into Unicode, and the safe fix puts a straight apostrophe in', async () => {
    const name = (await renderSettings()) as HTMLInputElement;
    fireEvent.input(name, { target: { value: 'St Mary’s Surgery' } });
    const warning = await screen.findByTestId('encoding-surgeryName');
    expect(warning.textContent).toMatch(/curly apostrophe.*70 characters a part instead of 160/);
    fireEvent.click(screen.getByRole('button', { name: 'Use “St Mary\'s Surgery” instead' }));
    await waitFor(() => expect(name.value).toBe("St Mary's Surgery"));
    expect(screen.queryByTestId('encoding-surgeryName')).toBeNull();
    // A setting that never goes into a text is not warned about.
    fireEvent.input(screen.getByLabelText('Workstation name'), { target: { value: 'Mary’s desk' } });
    expect(screen.queryByTestId('encoding-workstationName')).toBeNull();
  });

  it('lists the sites allowed on this computer and those IT lists, and only IT’s cannot be removed here', async () => {
    await fakeBrowser.storage.managed.set({ allowedSites: ['https://booking.example.nhs.uk'] });
    await renderSettings();
    const table = await screen.findByTestId('allowed-sites');
    await waitFor(() => expect(table.querySelectorAll('tbody tr')).toHaveLength(2));
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toContain('https://booking.example.nhs.uk');
    expect(rows[0]).toContain('Listed by your IT policy');
    expect(rows[0]).not.toContain('Remove');
    expect(rows[1]).toContain('https://clinical.example.nhs.uk');
    expect(rows[1]).toContain('Allowed on this computer');
    expect(screen.getByRole('button', { name: 'Remove https://clinical.example.nhs.uk' })).toBeTruthy();
  });
});
