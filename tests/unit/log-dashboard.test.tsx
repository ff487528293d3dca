import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/preact';
import type { LogDatabase } from '@/src/log/db';
import { Overview } from '@/src/ui/dashboard/Overview';
import { DataSection } from '@/src/ui/dashboard/DataSection';
import { freshDb, offer, store } from './log-helpers';

let db: LogDatabase;
beforeEach(() => {
  db = freshDb();
  // The fake browser has no permissions API (the Data section's automatic backups ask it).
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
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

describe('Overview', () => {
  it('shows the tallies, the share accepted, charts with a text summary and the same numbers in tables', async () => {
    await store(db, [
      offer('2025-11-03', { outcome: 'accepted' }),
      offer('2025-11-04', { service: 'test-results', item: 'test-results-short', role: 'clinician', setting: 'consultation' }),
      offer('2025-11-05', { service: 'test-results', item: 'test-results-short', training: 1 }),
    ]);
    render(<Overview db={db} now={NOW} />);
    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('2'));
    expect(screen.getByTestId('share-accepted').textContent).toBe('50%');
    const chart = screen.getByRole('img', { name: /Offers by service/ });
    expect(chart.getAttribute('aria-label')).toBe('Offers by service, with accepted: NHS App 1 (1 accepted), Test results in the NHS App 1 (0 accepted).');
    expect(screen.getByTestId('by-role').textContent).toContain('Clinician');
    expect(screen.getByTestId('top-items').textContent).toContain('See test results in the NHS App');
    fireEvent.click(screen.getByLabelText('Include training offers'));
    await waitFor(() => expect(screen.getByTestId('total').textContent).toBe('3'));
  });

  it('says so when there are no offers', async () => {
    render(<Overview db={db} now={NOW} />);
    await waitFor(() => screen.getByTestId('no-offers'));
  });
});

describe('Data section', () => {
  it('refuses a bad backup with an alert naming the file, and changes nothing', async () => {
    await store(db, [offer('2025-11-03')]);
    render(<DataSection db={db} now={NOW} />);
    const input = screen.getByLabelText('Backup files (JSON)') as HTMLInputElement;
    const bad = new File(['{"format":"nudge-offers","version":9,"offers":[]}'], 'from-the-future.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [bad] });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/from-the-future\.json was made by a newer version of Nudge/);
    expect(await db.offers.count()).toBe(1);
  });

  it('asks for a file when none is chosen', async () => {
    render(<DataSection db={db} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Choose one or more backup files/);
  });
});
