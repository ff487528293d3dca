import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LogDatabase } from '@/src/log/db';
import { TrendsSection } from '@/src/ui/dashboard/TrendsSection';
import { CampaignsSection } from '@/src/ui/dashboard/CampaignsSection';
import { FolderMerge } from '@/src/ui/dashboard/FolderMerge';
import { AutoBackupPanel } from '@/src/ui/dashboard/AutoBackupPanel';
import { settingsItem, workstationIdItem } from '@/src/settings/items';
import { DEFAULT_SETTINGS } from '@/src/settings/model';
import { freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
let granted: boolean;
let request: ReturnType<typeof vi.fn>;
beforeEach(() => {
  db = freshDb();
  granted = false;
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => granted);
  request = vi.fn(async () => (granted = true));
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(request as never);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async () => !(granted = false));
  for (const ev of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(ev, 'addListener').mockImplementation(() => {});
    vi.spyOn(ev, 'removeListener').mockImplementation(() => {});
  }
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const NOW = new Date(2025, 10, 20, 12).getTime();

describe('Trends', () => {
  it('shows the shares per month in a chart with a summary and in tables, and practices side by side', async () => {
    await store(db, [
      offer('2025-09-10', { outcome: 'accepted', practice: 'A81001' }),
      offer('2025-09-11', { outcome: 'declined', practice: 'A81001' }),
      offer('2025-10-10', { outcome: 'already-uses', practice: 'A81001' }),
      offer('2025-11-03', { outcome: 'already-uses', practice: 'B82002' }),
      offer('2025-11-04', { outcome: 'needs-support', service: 'test-results', role: 'clinician', setting: 'consultation' }),
    ]);
    render(<TrendsSection db={db} now={NOW} />);
    await waitFor(() => expect(screen.getByTestId('trends-offers').textContent).toBe('5'));
    expect(screen.getByTestId('trends-alreadyUses').textContent).toBe('40%');
    const chart = screen.getByRole('img', { name: /Shares of offers by month/ });
    expect(chart.getAttribute('aria-label')).toContain('Already use it from 0% in Sep 2025 to 50% in Nov 2025');
    const months = within(screen.getByTestId('trends-by-period'));
    expect(months.getByRole('row', { name: /Oct 2025/ }).textContent).toContain('100% (1)');
    expect(months.getByRole('row', { name: /Aug 2025/ }).textContent).toContain('no offers');
    expect(screen.getByTestId('trends-by-service').textContent).toContain('Test results in the NHS App');
    const practices = screen.getByTestId('trends-by-practice');
    expect(within(practices).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Figure', 'A81001', 'B82002', 'Not recorded', 'All practices']);
    // Focus on one service.
    fireEvent.change(screen.getByLabelText('Service'), { target: { value: 'test-results' } });
    await waitFor(() => expect(screen.getByTestId('trends-offers').textContent).toBe('1'));
    expect(screen.getByTestId('trends-range').textContent).toContain('only Test results in the NHS App');
  });

  it('says so when there are no offers', async () => {
    render(<TrendsSection db={db} now={NOW} />);
    await screen.findByTestId('trends-none');
  });
});

describe('Campaigns', () => {
  it('adds a campaign and compares equal periods before, during and after; refuses a bad one with its reasons', async () => {
    await store(db, [offer('2025-11-01'), offer('2025-11-12', { outcome: 'accepted' }), offer('2025-11-13'), offer('2025-11-14', { service: 'test-results' })]);
    render(<CampaignsSection db={db} now={NOW} />);
    await screen.findByTestId('no-campaigns');
    fireEvent.click(screen.getByRole('button', { name: 'Add a campaign' }));
    fireEvent.input(screen.getByLabelText('Start date'), { target: { value: '2025-11-10' } });
    fireEvent.input(screen.getByLabelText('End date'), { target: { value: '2025-11-09' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Enter a name for the campaign');
    expect(summary.textContent).toContain('The end date must be on or after the start date');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'NHS App fortnight' } });
    fireEvent.input(screen.getByLabelText('End date'), { target: { value: '2025-11-19' } });
    fireEvent.click(screen.getByLabelText('NHS App'));
    fireEvent.click(screen.getByRole('button', { name: 'Save campaign' }));
    const card = await screen.findByTestId('campaign');
    expect(within(card).getByTestId('campaign-periods').textContent).toContain('the same length, 10 days each');
    const rows = within(within(card).getByTestId('campaign-table')).getAllByRole('row');
    expect(rows[1]!.textContent).toBe('Offers120');
    expect(card.textContent).toContain('The period after it has not finished: 1 of 10 days so far');
    // Delete it, with a confirmation.
    fireEvent.click(within(card).getByRole('button', { name: /Delete/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await screen.findByTestId('no-campaigns');
    expect(await db.campaigns.count()).toBe(1);
  });
});

describe('Merge a folder', () => {
  it('merges the chosen folder and lists the workstations, the bad files and those not seen', async () => {
    render(<FolderMerge db={db} now={NOW} workstations={{ ids: [], names: new Map() }} practices={{ codes: [], names: new Map(), own: '' }} onMerged={() => {}} />);
    const input = screen.getByLabelText('Folder of backup files') as HTMLInputElement;
    expect(input.webkitdirectory).toBe(true);
    const good = JSON.stringify({ format: 'nudge-offers', version: 2, exported: '2025-11-19T18:00:00.000Z', workstation: 'ws-a', workstationName: 'Reception 1', practice: { odsCode: 'A81001', name: 'Riverside Surgery' }, offers: [offer('2025-11-19', { workstation: 'ws-a', practice: 'A81001' })] });
    const old = JSON.stringify({ format: 'nudge-offers', version: 2, exported: '2025-11-02T18:00:00.000Z', workstation: 'ws-b', workstationName: 'Back office', offers: [] });
    const files = [new File([good], 'a.json'), new File([old], 'b.json'), new File(['not json'], 'c.json')];
    Object.defineProperty(input, 'files', { value: files });
    fireEvent.click(screen.getByRole('button', { name: 'Merge the folder' }));
    const summary = await screen.findByTestId('folder-summary');
    expect(summary.textContent).toContain('Merged 2 of 3 backup files: 1 offers added');
    const ws = within(screen.getByTestId('folder-workstations'));
    expect(ws.getByRole('row', { name: /Reception 1/ }).textContent).toContain('Riverside Surgery (A81001)');
    expect(screen.getByTestId('folder-bad').textContent).toContain('c.json is not a Nudge backup: it is not valid JSON.');
    expect(screen.getByTestId('folder-not-seen').textContent).toContain('Back office: last seen 2 November 2025');
  });
});

describe('Automatic backups', () => {
  it('asks for the downloads permission only when the manager turns them on, and gives it back when turned off', async () => {
    await workstationIdItem.setValue('ws-me');
    render(<AutoBackupPanel />);
    await screen.findByText('Automatic backups are off for this workstation.');
    expect(request).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Turn on automatic backups' }));
    await waitFor(() => expect(screen.getByTestId('auto-backup-status').textContent).toContain('Automatic backups are on'));
    expect(request).toHaveBeenCalledWith({ permissions: ['downloads'] });
    expect((await settingsItem.getValue()).autoBackup).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Turn off automatic backups' }));
    await waitFor(() => expect(screen.getByTestId('auto-backup-status').textContent).toContain('off'));
    expect(granted).toBe(false);
  });

  it('stays off when the manager does not allow it', async () => {
    request.mockImplementation(async () => false);
    render(<AutoBackupPanel />);
    fireEvent.click(await screen.findByRole('button', { name: 'Turn on automatic backups' }));
    expect((await screen.findByRole('alert')).textContent).toContain('did not allow Nudge to save files');
    expect((await settingsItem.getValue()).autoBackup).toBe(false);
  });

  it('turned on by the policy without the permission: says so and offers to allow it', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS });
    await fakeBrowser.storage.managed.set({ autoBackup: true });
    render(<AutoBackupPanel />);
    const problem = await screen.findByTestId('auto-backup-problem');
    expect(problem.textContent).toContain('this browser has not allowed Nudge to save files');
    expect(screen.getByTestId('auto-backup-status').textContent).toContain('Set by your organisation’s IT policy');
    expect(screen.queryByRole('button', { name: 'Turn off automatic backups' })).toBeNull();
    fireEvent.click(within(problem).getByRole('button', { name: 'Allow Nudge to save backups' }));
    await waitFor(() => expect(request).toHaveBeenCalled());
  });
});
